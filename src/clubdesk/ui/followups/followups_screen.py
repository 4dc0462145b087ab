"""« Suivis »: the follow-up sheet of one member, and the team's next steps.

Two tabs. « Fiche de suivi »: a member chosen on the left, and on the right their history
(presences, follow-ups, path steps), a form to note a follow-up, their professional path
and the emploi accompagné modules. « Mes prochaines étapes »: the next steps due for the
whole team or one staff member (« en retard » written in words), and that person's
caseload. Staff data only: the reception role sees the refusal sentence instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.followups import KIND_LABELS, PATH_LABELS
from clubdesk.model.paths import CATEGORY_LABELS, CONTRACT_LABELS, MODULE_LABELS
from clubdesk.model.topics import Topic
from clubdesk.ui import appearance
from clubdesk.ui.followups.models import (
    CaseloadModel,
    DueStepsModel,
    MemberResultsModel,
    ModuleRow,
    ModulesModel,
    PathStepsModel,
    TimelineModel,
    short_date,
)
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import access_refusal
from clubdesk.ui.widgets import (
    add_row,
    choices,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_form,
    make_hint,
    make_line,
    make_list,
    make_message,
    make_table,
    scrolled,
    selected_row,
    set_message,
    to_qdate,
)

NOTE_MAX = 5000
LATEST = date(2100, 12, 31)

STYLE = (
    "QLabel[role=\"message\"] { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel[role=\"message\"][problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QLabel[heading=\"true\"] { font-size: 13pt; font-weight: 600; }"
    "QTableView::item { padding: 4px 0px; }"
    "QTableView QHeaderView::section { padding: 4px 6px; font-weight: 600; }"
    "QListView::item { padding: 5px; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
    "QTabWidget#followups_tabs > QTabBar::tab { padding: 8px 18px; font-weight: 600; }"
    "QTabWidget[documentMode=\"true\"] > QTabBar::tab { padding: 6px 12px; }"
)


# -- the screen -------------------------------------------------------------------------------


class FollowupsScreen(QWidget):
    def __init__(self, ops: Operations, today: Callable[[], date] = clock.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.member_id: int | None = None
        self.setObjectName("followups_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast

        title = QLabel(self.tr("Suivis"))
        title.setObjectName("screen_title")
        self.access_message = make_message("followups_access_message")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("followups_tabs")
        self.tabs.setAccessibleName(self.tr("Parties de l'écran des suivis"))
        self.tabs.addTab(self._sheet_tab(), self.tr("Fiche de suivi"))
        self.tabs.addTab(self._due_tab(), self.tr("Mes prochaines étapes"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.access_message)
        layout.addWidget(self.tabs, 1)

        self.refusal = access_refusal(ops.club.actor)
        if self.refusal is not None:
            set_message(self.access_message, self.tr(
                "%1 Les suivis et les parcours des membres sont réservés à l'équipe.")
                .replace("%1", self.refusal), problem=True)
            self.tabs.hide()
            layout.addStretch(1)
            return
        ops.changed.connect(self._on_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _sheet_tab(self) -> QWidget:
        # Left: choosing the member.
        self.search = make_line("followup_member_search", self.tr("Chercher un membre"), 100,
                                self.tr("nom ou prénom"))
        search_label = QLabel(self.tr("&Chercher un membre :"))
        search_label.setBuddy(self.search)
        search_label.setWordWrap(True)  # large text in a narrow column
        self.results_model = MemberResultsModel(self)
        self.results = make_list("followup_member_results", self.tr("Membres trouvés"),
                                 self.results_model)
        self.results_hint = make_hint(self.tr("Tapez quelques lettres du nom."),
                                      "followup_results_hint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.results_hint)
        left.setMinimumWidth(170)

        # Right: the member's sheet.
        self.member_label = QLabel()
        self.member_label.setObjectName("followup_member_name")
        self.member_label.setProperty("heading", True)
        self.member_label.setWordWrap(True)
        self.member_tabs = QTabWidget()
        self.member_tabs.setObjectName("member_tabs")
        self.member_tabs.setAccessibleName(self.tr("Parties de la fiche de suivi"))
        self.member_tabs.setDocumentMode(True)
        self.member_tabs.addTab(self._history_page(), self.tr("Historique"))
        self.member_tabs.addTab(scrolled(self._followup_page()), self.tr("Nouveau suivi"))
        self.member_tabs.addTab(scrolled(self._path_page()), self.tr("Parcours"))
        self.member_tabs.addTab(scrolled(self._modules_page()), self.tr("Emploi accompagné"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.member_label)
        right_layout.addWidget(self.member_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("followup_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # wide enough for the search label at the chosen text size
        splitter.setSizes([max(205, search_label.fontMetrics().horizontalAdvance(
            search_label.text()) + 16), 700])

        self.search.textChanged.connect(lambda *_: self.run_search())
        self.search.returnPressed.connect(self._choose_first_result)
        self.results.selectionModel().currentRowChanged.connect(self._on_result)
        self.results.clicked.connect(self._on_result)
        page = QWidget()
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _history_page(self) -> QWidget:
        self.show_attendance = make_check(self.tr("Montrer les présences"), "show_attendance")
        self.show_attendance.setChecked(True)
        self.timeline_model = TimelineModel(self)
        self.timeline = make_table("timeline_table", self.tr("Historique du membre"),
                                   self.timeline_model, fixed=(0,), weights={1: 2, 2: 3})
        self.timeline_count = make_hint(name="timeline_count")
        self.show_attendance.toggled.connect(self._on_show_attendance)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(hbox(self.show_attendance, 1, self.timeline_count))
        layout.addWidget(self.timeline, 1)
        return page

    def _followup_page(self) -> QWidget:
        today = self.today()
        self.followup_date = make_date("followup_date", self.tr("Date du suivi"), today,
                                       latest=today)
        self.followup_staff = make_combo("followup_staff", self.tr("Suivi fait par"))
        self.followup_kind = make_combo(
            "followup_kind", self.tr("Type de suivi"),
            choices(KIND_LABELS))
        self.followup_note = QPlainTextEdit()
        self.followup_note.setObjectName("followup_note")
        self.followup_note.setAccessibleName(self.tr("Note du suivi"))
        self.followup_note.setTabChangesFocus(True)
        self.followup_note.setPlaceholderText(self.tr("Ce qui a été dit, avec les mots du "
                                                      "membre si possible."))
        self.followup_note.setMinimumHeight(90)
        self.followup_note.setMaximumHeight(140)
        self.followup_next = make_line("followup_next_step", self.tr("Prochaine étape"), 500,
                                       self.tr("facultatif"))
        self.followup_has_due = make_check(self.tr("avec une échéance"), "followup_has_due",
                                           self.tr("La prochaine étape a une échéance"))
        self.followup_due = make_date("followup_due", self.tr("Date d'échéance"), today)
        self.followup_due.setEnabled(False)
        self.followup_has_due.toggled.connect(self.followup_due.setEnabled)
        self.followup_partner = make_combo("followup_partner", self.tr("Partenaire concerné"))
        self.followup_read = make_check(self.tr("Relu avec le membre aujourd'hui"),
                                        "followup_read")
        self.add_followup_button = make_button(self.tr("Noter ce suivi"), "add_followup_button",
                                               self.tr("Noter ce suivi pour ce membre"))
        self.followup_message = make_message("followup_message")

        form = make_form()
        add_row(form, self.tr("&Date :"), self.followup_date)
        add_row(form, self.tr("Fait &par :"), self.followup_staff)
        add_row(form, self.tr("&Type :"), self.followup_kind)
        add_row(form, self.tr("&Note :"), self.followup_note)
        add_row(form, self.tr("Prochaine é&tape :"), self.followup_next)
        add_row(form, self.tr("É&chéance :"), self.followup_has_due,
                hbox(self.followup_has_due, self.followup_due, 1))
        add_row(form, self.tr("P&artenaire :"), self.followup_partner)
        form.addRow("", self.followup_read)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(hbox(1, self.add_followup_button))
        layout.addWidget(self.followup_message)
        layout.addStretch(1)
        self.add_followup_button.clicked.connect(self.add_followup)
        return page

    def _path_page(self) -> QWidget:
        today = self.today()
        self.steps_model = PathStepsModel(self)
        self.steps_table = make_table("steps_table", self.tr("Étapes du parcours"),
                                      self.steps_model, fixed=(1, 2, 4))
        self.steps_table.setMinimumHeight(150)
        self.steps_empty = make_hint(self.tr("Pas encore d'étape de parcours."), "steps_empty")

        # Ending the chosen step, and the covers of a transitional job.
        self.step_end_date = make_date("step_end_date", self.tr("Date de fin de l'étape"),
                                       today)
        self.end_step_button = make_button(self.tr("Fin de l'étape"), "end_step_button",
                                           self.tr("Noter la fin de l'étape choisie"))
        end_label = QLabel(self.tr("Étape choisie, &finie le :"))
        end_label.setBuddy(self.step_end_date)
        self.cover_date = make_date("cover_date", self.tr("Date du remplacement"), today)
        self.cover_who = make_line("cover_who", self.tr("Remplacé(e) par"), 200,
                                   self.tr("prénom"))
        self.add_cover_button = make_button(self.tr("Noter un remplacement"),
                                            "add_cover_button")
        self.covers_label = make_hint(name="covers_label")
        chosen_box = QGroupBox(self.tr("L'étape choisie"))
        chosen_box.setObjectName("chosen_step_box")
        chosen_form = make_form()
        chosen_form.addRow(end_label, hbox(self.step_end_date, self.end_step_button, 1))
        self.cover_caption = add_row(chosen_form, self.tr("&Remplacement le :"),
                                     self.cover_date, hbox(self.cover_date, 1))
        self.cover_who_caption = add_row(chosen_form, self.tr("&par :"), self.cover_who,
                                         hbox(self.cover_who, self.add_cover_button))
        chosen_layout = QVBoxLayout(chosen_box)
        chosen_layout.addLayout(chosen_form)
        chosen_layout.addWidget(self.covers_label)

        # Adding a step.
        self.step_kind = make_combo("step_kind", self.tr("Type d'étape"),
                                    choices(PATH_LABELS))
        self.step_title = make_line("step_title", self.tr("Intitulé de l'étape"), 200,
                                    self.tr("facultatif, par exemple : aide-cuisinier"))
        self.step_start = make_date("step_start", self.tr("Début de l'étape"), today)
        self.step_ongoing = make_check(self.tr("en cours"), "step_ongoing",
                                       self.tr("Étape en cours, sans date de fin"))
        self.step_ongoing.setChecked(True)
        self.step_end = make_date("step_end", self.tr("Fin de l'étape"), today)
        self.step_end.setEnabled(False)
        self.step_ongoing.toggled.connect(lambda on: self.step_end.setEnabled(not on))
        self.step_partner = make_combo("step_partner", self.tr("Partenaire de l'étape"))
        self.step_hours = QDoubleSpinBox()
        self.step_hours.setObjectName("step_hours")
        self.step_hours.setAccessibleName(self.tr("Heures par semaine"))
        self.step_hours.setRange(0, 48)
        self.step_hours.setSingleStep(0.5)
        self.step_hours.setDecimals(1)
        self.step_hours.setSuffix(self.tr(" h"))
        self.step_hours.setSpecialValueText(self.tr("non dit"))
        self.step_hours.setMinimumHeight(32)
        self.step_hours.setMinimumWidth(120)
        self.step_hours.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.step_category = make_combo(
            "step_category", self.tr("Catégorie d'emploi"),
            [(self.tr("— à choisir —"), None),
             *choices(CATEGORY_LABELS)])
        self.step_contract = make_combo(
            "step_contract", self.tr("Contrat"),
            [(self.tr("—"), None), *choices(CONTRACT_LABELS)])
        self.employment_hint = make_hint(
            self.tr("La catégorie et le contrat ne concernent que les emplois."),
            "employment_hint")
        self.add_step_button = make_button(self.tr("Ajouter l'étape"), "add_step_button",
                                           self.tr("Ajouter l'étape au parcours"))
        self.step_message = make_message("step_message")
        self.step_kind.currentIndexChanged.connect(lambda *_: self._on_step_kind())

        add_box = QGroupBox(self.tr("Nouvelle étape"))
        add_box.setObjectName("new_step_box")
        form = make_form()
        add_row(form, self.tr("T&ype :"), self.step_kind)
        add_row(form, self.tr("&Intitulé :"), self.step_title)
        add_row(form, self.tr("&Début :"), self.step_start, hbox(self.step_start, 1))
        add_row(form, self.tr("Fi&n :"), self.step_ongoing,
                hbox(self.step_ongoing, self.step_end, 1))
        add_row(form, self.tr("Pa&rtenaire :"), self.step_partner)
        add_row(form, self.tr("&Heures par semaine :"), self.step_hours,
                hbox(self.step_hours, 1))
        add_row(form, self.tr("&Catégorie :"), self.step_category)
        add_row(form, self.tr("C&ontrat :"), self.step_contract)
        form.addRow("", self.employment_hint)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addLayout(hbox(1, self.add_step_button))

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.steps_table, 1)
        layout.addWidget(self.steps_empty)
        layout.addWidget(chosen_box)
        layout.addWidget(add_box)
        layout.addWidget(self.step_message)
        self.steps_table.selectionModel().selectionChanged.connect(
            lambda *_: self._on_step_selection())
        self.end_step_button.clicked.connect(self.end_step)
        self.add_cover_button.clicked.connect(self.add_cover)
        self.add_step_button.clicked.connect(self.add_step)
        self._on_step_kind()
        return page

    def _modules_page(self) -> QWidget:
        today = self.today()
        explanation = make_hint(self.tr(
            "L'emploi accompagné se fait en quatre modules. Il demande une RQTH "
            "(reconnaissance de la qualité de travailleur handicapé)."))
        self.rqth_label = QLabel()
        self.rqth_label.setObjectName("rqth_label")
        self.rqth_label.setWordWrap(True)
        self.modules_model = ModulesModel(self)
        self.modules_table = make_table("modules_table",
                                        self.tr("Modules d'emploi accompagné"),
                                        self.modules_model, fixed=(1, 2))
        self.modules_table.setFixedHeight(34 * 4 + 40)

        self.module_kind = make_combo("module_kind", self.tr("Module"),
                                      choices(MODULE_LABELS))
        self.module_start = make_date("module_start", self.tr("Début du module"), today)
        self.module_ongoing = make_check(self.tr("en cours"), "module_ongoing",
                                         self.tr("Module en cours, sans date de fin"))
        self.module_ongoing.setChecked(True)
        self.module_end = make_date("module_end", self.tr("Fin du module"), today)
        self.module_end.setEnabled(False)
        self.module_ongoing.toggled.connect(lambda on: self.module_end.setEnabled(not on))
        self.save_module_button = make_button(self.tr("Enregistrer le module"),
                                              "save_module_button")
        self.module_message = make_message("module_message")

        box = QGroupBox(self.tr("Noter un module"))
        box.setObjectName("module_box")
        form = make_form()
        add_row(form, self.tr("&Module :"), self.module_kind)
        add_row(form, self.tr("&Début :"), self.module_start, hbox(self.module_start, 1))
        add_row(form, self.tr("&Fin :"), self.module_ongoing,
                hbox(self.module_ongoing, self.module_end, 1))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.save_module_button))

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addWidget(self.rqth_label)
        layout.addWidget(self.modules_table)
        layout.addWidget(box)
        layout.addWidget(self.module_message)
        layout.addStretch(1)
        self.modules_table.selectionModel().selectionChanged.connect(
            lambda *_: self._on_module_selection())
        self.save_module_button.clicked.connect(self.save_module)
        return page

    def _due_tab(self) -> QWidget:
        self.due_staff = make_combo("due_staff", self.tr("Étapes de qui"))
        due_staff_label = QLabel(self.tr("&Pour :"))
        due_staff_label.setBuddy(self.due_staff)
        self.due_explanation = make_hint(
            self.tr("Les étapes en retard d'abord, puis celles des 7 prochains jours."),
            "due_explanation")
        self.due_model = DueStepsModel(self)
        self.due_table = make_table("due_table", self.tr("Prochaines étapes"), self.due_model,
                                    fixed=(0, 3), weights={1: 2, 2: 3})
        self.due_count = make_hint(name="due_count")
        self.mark_done_button = make_button(self.tr("C'est fait"), "mark_done_button",
                                            self.tr("L'étape choisie est faite"))
        self.open_member_button = make_button(self.tr("Ouvrir la fiche"), "open_member_button",
                                              self.tr("Ouvrir la fiche de suivi du membre"))
        self.due_message = make_message("due_message")

        due_box = QGroupBox(self.tr("Prochaines étapes"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_explanation)
        due_layout.addWidget(self.due_table, 1)
        due_layout.addWidget(self.due_count)
        due_layout.addLayout(hbox(self.open_member_button, 1, self.mark_done_button))
        due_layout.addWidget(self.due_message)

        self.caseload_model = CaseloadModel(self)
        self.caseload_table = make_table("caseload_table", self.tr("Membres suivis"),
                                         self.caseload_model, fixed=(1,))
        self.caseload_hint = make_hint(name="caseload_hint")
        self.caseload_box = QGroupBox(self.tr("Membres suivis"))
        self.caseload_box.setObjectName("caseload_box")
        caseload_layout = QVBoxLayout(self.caseload_box)
        caseload_layout.addWidget(self.caseload_hint)
        caseload_layout.addWidget(self.caseload_table, 1)

        row = QHBoxLayout()
        row.addWidget(due_box, 3)
        row.addWidget(self.caseload_box, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.staff_hint = make_hint(self.tr("Choisissez une personne pour voir aussi les "
                                            "membres qu'elle suit."), "due_staff_hint")
        layout.addLayout(hbox(due_staff_label, self.due_staff, self.staff_hint, 1))
        layout.addLayout(row, 1)
        self.due_staff.currentIndexChanged.connect(lambda *_: self.refresh_due())
        self.due_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_due_buttons())
        self.due_table.doubleClicked.connect(lambda *_: self.open_due_member())
        self.mark_done_button.clicked.connect(self.mark_done)
        self.open_member_button.clicked.connect(self.open_due_member)
        return page

    # -- refreshing -------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {Topic.STAFF, Topic.PARTNERS}:
            self._fill_choices()
        if topics & {Topic.MEMBERS}:
            self.run_search()
        if topics & {Topic.FOLLOWUPS, Topic.PATHS, Topic.ATTENDANCE, Topic.MEMBERS, Topic.PARTNERS}:
            self.refresh_member()
        if topics & {Topic.FOLLOWUPS, Topic.STAFF, Topic.MEMBERS}:
            self.refresh_due()

    def refresh(self) -> None:
        self._fill_choices()
        self.run_search()
        self.refresh_member()
        self.refresh_due()

    def _read(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A read from a service; a refusal is shown calmly and gives None."""
        try:
            return call(*args, **kwargs)
        except ClubdeskError as exc:
            set_message(self.access_message, str(exc), problem=True)
            return None

    def _fill_choices(self) -> None:
        staff = self._read(self.ops.club.staff.list_staff, on=self.today()) or []
        people = [(s.display_name, s.id) for s in staff]
        fill_combo(self.followup_staff, [(self.tr("—"), None), *people])
        fill_combo(self.due_staff, [(self.tr("Toute l'équipe"), None), *people])
        partners = self._read(self.ops.club.partners.list_partners,
                              include_archived=True) or []
        self.partner_names = {p.id: p.name for p in partners}
        active = [(p.name, p.id) for p in partners if not p.archived]
        fill_combo(self.followup_partner, [(self.tr("—"), None), *active])
        fill_combo(self.step_partner, [(self.tr("—"), None), *active])
        self.steps_model.set_partner_names(self.partner_names)

    # -- choosing the member ---------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text().strip()
        rows = self._read(self.ops.club.members.search, text, limit=40,
                          on=self.today()) if text else []
        self.results_model.set_rows(rows or [])
        if not text:
            self.results_hint.setText(self.tr("Tapez quelques lettres du nom."))
        elif not rows:
            self.results_hint.setText(self.tr("Personne ne porte ce nom."))
        else:
            self.results_hint.setText(self.tr("Choisissez la personne dans la liste."))
        if self.member_id is not None:
            row = self.results_model.find_row(lambda r: r.id == self.member_id)
            if row >= 0:
                self.results.selectionModel().blockSignals(True)
                self.results.setCurrentIndex(self.results_model.index(row, 0))
                self.results.selectionModel().blockSignals(False)

    def _choose_first_result(self) -> None:
        if self.results_model.rowCount() > 0:
            self.results.setCurrentIndex(self.results_model.index(0, 0))
            self.results.setFocus()
            self._on_result(self.results_model.index(0, 0))

    def _on_result(self, index: QModelIndex, *_: Any) -> None:
        if index.isValid():
            self.show_member(self.results_model.row_at(index.row()).id)

    def show_member(self, member_id: int) -> None:
        """Open the follow-up sheet of ``member_id``."""
        if member_id != self.member_id:
            self.member_id = member_id
            for label in (self.followup_message, self.step_message, self.module_message):
                set_message(label, "")
        self.refresh_member()

    def refresh_member(self) -> None:
        member_id = self.member_id
        self.member_tabs.setEnabled(member_id is not None)
        if member_id is None:
            self.member_label.setText(self.tr("Choisissez un membre dans la liste à gauche."))
            self.member_label.setProperty("heading", False)
            self.timeline_model.set_entries([])
            self.steps_model.set_rows([])
            self.modules_model.set_rows([])
            self.rqth_label.setText("")
            self.timeline_count.setText("")
            self._on_step_selection()
            return
        row = self._read(self.ops.club.members.row, member_id, on=self.today())
        if row is None:  # gone (merged, deleted)
            self.member_id = None
            self.refresh_member()
            return
        self.member_label.setProperty("heading", True)
        self.member_label.setText(self.tr("Fiche de %1").replace("%1", row.display_name))
        self.member_label.style().unpolish(self.member_label)
        self.member_label.style().polish(self.member_label)

        self.timeline_model.set_entries(
            self._read(self.ops.club.followups.timeline, member_id) or [])
        self._after_timeline()

        selected = self._selected_step()
        self.steps_model.set_rows(self._read(self.ops.club.paths.steps, member_id) or [])
        self.steps_empty.setVisible(self.steps_model.rowCount() == 0)
        if selected is not None:
            row_number = self.steps_model.find_row(lambda s: s.id == selected.id)
            if row_number >= 0:
                self.steps_table.selectRow(row_number)
        self._on_step_selection()

        member = self._read(self.ops.club.members.get, member_id)
        rqth = getattr(member, "rqth", None)
        self.rqth_label.setText({
            "yes": self.tr("RQTH : oui."),
            "no": self.tr("RQTH : non. L'emploi accompagné n'est pas possible sans RQTH."),
        }.get(rqth or "", self.tr("RQTH : pas renseignée dans la fiche du membre.")))
        followed = {m.module: m for m in self._read(self.ops.club.paths.modules,
                                                    member_id) or []}
        self.modules_model.set_rows([
            ModuleRow(key, translate_core(label), getattr(followed.get(key), "started_on", None),
                      getattr(followed.get(key), "ended_on", None))
            for key, label in MODULE_LABELS.items()])

    def _after_timeline(self) -> None:
        self.timeline.resizeRowsToContents()
        count = self.timeline_model.rowCount()
        self.timeline_count.setText(
            self.tr("Rien à montrer pour l'instant.") if count == 0
            else self.tr("%n ligne(s)", "", count))

    def _on_show_attendance(self, show: bool) -> None:
        self.timeline_model.set_show_attendance(show)
        self._after_timeline()

    # -- a new follow-up --------------------------------------------------------------------

    def add_followup(self) -> None:
        if self.member_id is None:
            set_message(self.followup_message, self.tr("Choisissez d'abord un membre."),
                        problem=True)
            return
        note = self.followup_note.toPlainText()
        if len(note) > NOTE_MAX:
            set_message(self.followup_message,
                        self.tr("La note est trop longue : %1 caractères au plus.")
                        .replace("%1", str(NOTE_MAX)), problem=True)
            return
        today = self.today()
        outcome = self.ops.run(
            self.ops.club.followups.add, self.member_id, from_qdate(self.followup_date.date()),
            self.followup_kind.currentData(), note=note,
            staff_id=self.followup_staff.currentData(), next_step=self.followup_next.text(),
            due_on=(from_qdate(self.followup_due.date())
                    if self.followup_has_due.isChecked() else None),
            partner_id=self.followup_partner.currentData(),
            read_with_member_on=today if self.followup_read.isChecked() else None,
            today=today)
        if not outcome.ok:
            set_message(self.followup_message, str(outcome.error), problem=True)
            return
        self.followup_note.clear()
        self.followup_next.clear()
        self.followup_has_due.setChecked(False)
        self.followup_read.setChecked(False)
        self.followup_date.setDate(to_qdate(today))
        self.followup_due.setDate(to_qdate(today))
        set_message(self.followup_message,
                    self.tr("Suivi noté. Il est dans l'historique."))

    # -- the path ---------------------------------------------------------------------------

    def _on_step_kind(self) -> None:
        employment = self.step_kind.currentData() == "employment"
        self.step_category.setEnabled(employment)
        self.step_contract.setEnabled(employment)
        self.employment_hint.setVisible(not employment)
        if not employment:
            self.step_category.setCurrentIndex(0)
            self.step_contract.setCurrentIndex(0)

    def _selected_step(self) -> Any:
        row = selected_row(self.steps_table)
        return self.steps_model.row_at(row) if row is not None else None

    def _on_step_selection(self) -> None:
        step = self._selected_step()
        self.end_step_button.setEnabled(step is not None and step.ended_on is None)
        self.step_end_date.setEnabled(step is not None and step.ended_on is None)
        transitional = (step is not None and step.kind == "employment"
                        and step.category == "transitional")
        if step is not None:
            # Dates offered inside the step: it cannot end before it starts, and a cover
            # happens while the job lasts.
            today = self.today()
            self.step_end_date.setMinimumDate(to_qdate(step.started_on))
            self.cover_date.setDateRange(to_qdate(step.started_on),
                                         to_qdate(step.ended_on or LATEST))
            self.cover_date.setDate(to_qdate(min(today, step.ended_on or today)))
        for widget in (self.cover_date, self.cover_who, self.add_cover_button):
            widget.setEnabled(transitional)
        if step is None:
            self.covers_label.setText(self.tr("Choisissez une étape dans la liste pour "
                                              "noter sa fin ou un remplacement."))
            return
        if not transitional:
            self.covers_label.setText(self.tr("Les remplacements concernent seulement les "
                                              "emplois de transition."))
            return
        covers = self._read(self.ops.club.paths.covers, step.id) or []
        if not covers:
            self.covers_label.setText(self.tr("Aucun remplacement noté pour cet emploi."))
        else:
            listed = ", ".join(f"{short_date(c.date)} ({c.covered_by})" for c in covers)
            self.covers_label.setText(self.tr("Remplacements notés : %1").replace("%1", listed))

    def add_step(self) -> None:
        if self.member_id is None:
            return
        hours = self.step_hours.value()
        employment = self.step_kind.currentData() == "employment"
        outcome = self.ops.run(
            self.ops.club.paths.add_step, self.member_id, self.step_kind.currentData(),
            from_qdate(self.step_start.date()),
            None if self.step_ongoing.isChecked() else from_qdate(self.step_end.date()),
            partner_id=self.step_partner.currentData(),
            hours_per_week=hours if hours > 0 else None,
            category=self.step_category.currentData() if employment else None,
            contract=self.step_contract.currentData() if employment else None,
            title=self.step_title.text())
        if not outcome.ok:
            set_message(self.step_message, str(outcome.error), problem=True)
            return
        self.step_title.clear()
        self.step_hours.setValue(0)
        self.step_category.setCurrentIndex(0)
        self.step_contract.setCurrentIndex(0)
        self.step_ongoing.setChecked(True)
        set_message(self.step_message, self.tr("Étape ajoutée au parcours."))

    def end_step(self) -> None:
        step = self._selected_step()
        if step is None:
            return
        outcome = self.ops.run(self.ops.club.paths.end_step, step.id,
                               from_qdate(self.step_end_date.date()))
        if not outcome.ok:
            set_message(self.step_message, str(outcome.error), problem=True)
            return
        set_message(self.step_message, self.tr("Fin de l'étape notée."))

    def add_cover(self) -> None:
        step = self._selected_step()
        if step is None:
            return
        outcome = self.ops.run(self.ops.club.paths.add_cover, step.id,
                               from_qdate(self.cover_date.date()), self.cover_who.text())
        if not outcome.ok:
            set_message(self.step_message, str(outcome.error), problem=True)
            return
        self.cover_who.clear()
        set_message(self.step_message, self.tr("Remplacement noté."))

    # -- emploi accompagné -------------------------------------------------------------------

    def _on_module_selection(self) -> None:
        row = selected_row(self.modules_table)
        if row is None:
            return
        module = self.modules_model.row_at(row)
        self.module_kind.setCurrentIndex(self.module_kind.findData(module.module))
        if module.started_on is not None:
            self.module_start.setDate(to_qdate(module.started_on))
        self.module_ongoing.setChecked(module.ended_on is None)
        if module.ended_on is not None:
            self.module_end.setDate(to_qdate(module.ended_on))

    def save_module(self) -> None:
        if self.member_id is None:
            return
        outcome = self.ops.run(
            self.ops.club.paths.set_module, self.member_id, self.module_kind.currentData(),
            from_qdate(self.module_start.date()),
            None if self.module_ongoing.isChecked() else from_qdate(self.module_end.date()))
        if not outcome.ok:
            set_message(self.module_message, str(outcome.error), problem=True)
            return
        set_message(self.module_message, self.tr("Module « %1 » enregistré.")
                    .replace("%1", self.module_kind.currentText()))

    # -- next steps and caseload ------------------------------------------------------------

    def refresh_due(self) -> None:
        staff_id = self.due_staff.currentData()
        selected = self._selected_due()
        self.due_model.set_rows(
            self._read(self.ops.club.followups.due, self.today(), staff_id=staff_id) or [])
        self.due_table.resizeRowsToContents()
        if selected is not None:
            row = self.due_model.find_row(lambda d: d.followup_id == selected.followup_id)
            if row >= 0:
                self.due_table.selectRow(row)
        rows = self.due_model.rows()
        late = sum(1 for r in rows if r.overdue)
        if not rows:
            self.due_count.setText(
                self.tr("Aucune étape en retard, ni dans les 7 prochains jours."))
        elif late:
            self.due_count.setText(
                self.tr("%1 étape(s), dont %2 en retard.")
                .replace("%1", str(len(rows))).replace("%2", str(late)))
        else:
            self.due_count.setText(self.tr("%1 étape(s), aucune en retard.")
                                   .replace("%1", str(len(rows))))
        self.staff_hint.setVisible(staff_id is None)
        self.caseload_box.setVisible(staff_id is not None)
        if staff_id is None:
            self.caseload_model.set_rows([])
        else:
            name = self.due_staff.currentText()
            self.caseload_box.setTitle(self.tr("Membres suivis par %1").replace("%1", name))
            self.caseload_model.set_rows(
                self._read(self.ops.club.followups.caseload, staff_id) or [])
            count = self.caseload_model.rowCount()
            self.caseload_hint.setText(
                self.tr("Personne pour l'instant : le dernier suivi d'un membre dit qui le "
                        "suit.") if count == 0
                else self.tr("%1 membre(s), dont le dernier suivi a été fait par %2.")
                .replace("%1", str(count)).replace("%2", name))
        self._update_due_buttons()

    def _selected_due(self) -> Any:
        row = selected_row(self.due_table)
        return self.due_model.row_at(row) if row is not None else None

    def _update_due_buttons(self) -> None:
        chosen = self._selected_due() is not None
        self.mark_done_button.setEnabled(chosen)
        self.open_member_button.setEnabled(chosen)

    def mark_done(self) -> None:
        step = self._selected_due()
        if step is None:
            set_message(self.due_message, self.tr("Choisissez d'abord une étape dans la liste."),
                        problem=True)
            return
        outcome = self.ops.run(self.ops.club.followups.mark_done, step.followup_id,
                               self.today())
        if not outcome.ok:
            set_message(self.due_message, str(outcome.error), problem=True)
            return
        set_message(self.due_message, self.tr("C'est noté : « %1 » pour %2 est fait.")
                    .replace("%1", step.next_step).replace("%2", step.member_name))

    def open_due_member(self) -> None:
        step = self._selected_due()
        if step is None:
            return
        self.show_member(step.member_id)
        self.tabs.setCurrentIndex(0)
        self.member_tabs.setCurrentIndex(0)
