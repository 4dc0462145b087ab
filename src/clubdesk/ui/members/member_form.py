"""The member record ("fiche"): create or edit a person, their membership and their profile.

Identity and profile are written when the user clicks « Enregistrer ». Membership history is
different: « Adhérer » and « Quitter le club » act at once (on an existing record) because a
period is a fact of the club's history, never edited or deleted from here. On a new record,
« Adhérer » is kept aside and written together with the record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES
from clubdesk.model.member_profile import Profile
from clubdesk.model.members import SENSITIVE_FIELDS, MemberRow
from clubdesk.model.tables import MembershipPeriod
from clubdesk.model.text import fold
from clubdesk.model.topics import Topic
from clubdesk.ui import appearance
from clubdesk.ui.members.member_table_model import status_label
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import french_date, from_qdate, make_date_edit, to_qdate

WEEKDAYS = (1, 2, 3, 4, 5)
OTHER_PAGE = 2  # « Autres informations »: RQTH, referent partner, other peer places
HALF_DAYS = ("am", "pm")

MESSAGE_STYLE = (
    "QLabel#form_error { background: #fff6e6; border: 1px solid #e3b873; border-radius: 6px;"
    " padding: 8px; color: #4a3200; }"
    "QFrame#duplicates_panel { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; }"
    "QLabel#membership_status { font-weight: 600; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QListWidget#member_sections { font-size: 12pt; }"
    "QListWidget#member_sections::item { padding: 10px 8px; }"
    "QListWidget#duplicates_list::item, QListWidget#periods_list::item { padding: 4px; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
)


class MemberForm(QDialog):
    """Create a person (``member_id`` None) or edit one."""

    saved = Signal(int)  # the member id, once everything is written

    def __init__(
        self,
        ops: Operations,
        member_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.member_id: int | None = None
        self.loaded_version: int | None = None  # the record's version on screen (stale saves)
        self.pending_join: date | None = None  # "Adhérer" on a record not yet created
        self._confirmed_key: tuple[str, ...] | None = None  # duplicates seen, create anyway
        self._duplicates: list[MemberRow] = []
        self._stored_charter: tuple[date | None, str] = (None, "")
        self._hidden_likes: set[int] = set()  # wishes on archived tasks: kept as they are
        self._hidden_avoids: set[int] = set()
        self._hidden_availability: set[tuple[int, str]] = set()
        self.setObjectName("member_form")
        appearance.set_sheet(self, MESSAGE_STYLE)  # follows text size and contrast
        self.setMinimumSize(760, 600)
        self.resize(860, 660)

        self.title = QLabel()
        self.title.setObjectName("screen_title")
        self.title.setWordWrap(True)

        # The parts of the record, listed on the left (easier to read than a row of tabs).
        self.sections = QListWidget()
        self.sections.setObjectName("member_sections")
        self.sections.setAccessibleName(self.tr("Parties de la fiche"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("member_pages")
        for title, page in (
            (self.tr("Identité et contact"), self._identity_page()),
            (self.tr("Charte et adhésion"), self._membership_page()),
            (self.tr("Autres informations"), self._other_page()),
            (self.tr("Compétences"), self._skills_page()),
            (self.tr("Envies"), self._wishes_page()),
            (self.tr("Disponibilités"), self._availability_page()),
        ):
            self.sections.addItem(title)
            self.pages.addWidget(page)
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 40)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        # Reception keeps names and contact: the sensitive page is neither shown nor sent.
        self.sensitive_shown = ops.club.actor.role in STAFF_ROLES
        other_item = self.sections.item(OTHER_PAGE)
        if other_item is not None:
            other_item.setHidden(not self.sensitive_shown)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)

        self.error_label = QLabel()
        self.error_label.setObjectName("form_error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Message"))
        self.error_label.hide()

        self.duplicates_panel = self._duplicates_box()
        self.duplicates_panel.hide()

        self.save_button = QPushButton()
        self.save_button.setObjectName("save_member_button")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(36)
        self.close_button = QPushButton(self.tr("Fermer sans enregistrer"))
        self.close_button.setObjectName("close_member_button")
        self.close_button.setAccessibleName(self.tr("Fermer la fiche sans enregistrer"))
        self.close_button.setMinimumHeight(36)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addWidget(self.duplicates_panel)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for edit in (self.first_name, self.last_name, self.phone, self.email):
            edit.textChanged.connect(self._on_identity_changed)
        ops.changed.connect(self._on_changed)

        if member_id is None:
            self._set_create_mode()
        else:
            self.load_member(member_id)

    # -- building the pages -----------------------------------------------------------

    def _line(self, object_name: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        return edit

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(14)
        return form

    @staticmethod
    def _add_row(form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("hint", True)
        return label

    @staticmethod
    def _page(inner: QWidget | None = None) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(12)
        if inner is not None:
            layout.addWidget(inner)
        return page, layout

    def _identity_page(self) -> QWidget:
        self.first_name = self._line("first_name", self.tr("Prénom (obligatoire)"), 100)
        self.last_name = self._line("last_name", self.tr("Nom"), 100)
        self.preferred_name = self._line(
            "preferred_name", self.tr("Surnom ou prénom d'usage"), 100)
        self.phone = self._line("phone", self.tr("Téléphone"), 40)
        self.phone.setPlaceholderText(self.tr("par exemple 06 12 34 56 78"))
        self.email = self._line("email", self.tr("Adresse e-mail"), 200)
        self.address = self._line("address", self.tr("Adresse postale"), 300)
        self.contact_preference = QComboBox()
        self.contact_preference.setObjectName("contact_preference")
        self.contact_preference.setAccessibleName(self.tr("Moyen de contact préféré"))
        for value, label in (
            ("phone", self.tr("Téléphone")),
            ("sms", self.tr("SMS")),
            ("email", self.tr("E-mail")),
            ("post", self.tr("Courrier")),
            ("none", self.tr("Aucun")),
        ):
            self.contact_preference.addItem(label, value)
        self.contact_preference.setCurrentIndex(self.contact_preference.findData("none"))

        form = self._form()
        self._add_row(form, self.tr("&Prénom (obligatoire) :"), self.first_name)
        self._add_row(form, self.tr("&Nom :"), self.last_name)
        self._add_row(form, self.tr("S&urnom :"), self.preferred_name)
        self._add_row(form, self.tr("&Téléphone :"), self.phone)
        self._add_row(form, self.tr("&E-mail :"), self.email)
        self._add_row(form, self.tr("A&dresse :"), self.address)
        self._add_row(form, self.tr("&Contact préféré :"), self.contact_preference)
        page, layout = self._page()
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _membership_page(self) -> QWidget:
        today = self.today()
        self.charter_not_signed = QCheckBox(self.tr("Pas encore signée"))
        self.charter_not_signed.setObjectName("charter_not_signed")
        self.charter_not_signed.setAccessibleName(self.tr("La charte n'est pas encore signée"))
        self.charter_date = make_date_edit(
            "charter_date", self.tr("Date de signature de la charte"), today)
        self.charter_version = self._line("charter_version", self.tr("Version de la charte"), 40)
        self.charter_version.setPlaceholderText(self.tr("par exemple 2024"))
        self.charter_not_signed.toggled.connect(self._on_charter_toggled)

        charter_box = QGroupBox(self.tr("Charte"))
        charter_form = self._form()
        charter_form.addRow(self.charter_not_signed)
        self._add_row(charter_form, self.tr("Date de &signature :"), self.charter_date)
        self._add_row(charter_form, self.tr("&Version :"), self.charter_version)
        charter_box.setLayout(charter_form)

        self.membership_status = QLabel()
        self.membership_status.setObjectName("membership_status")
        self.membership_status.setWordWrap(True)
        self.periods_list = QListWidget()
        self.periods_list.setObjectName("periods_list")
        self.periods_list.setAccessibleName(self.tr("Périodes d'adhésion"))
        self.periods_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.periods_list.setMinimumHeight(90)
        self.membership_date = make_date_edit(
            "membership_date", self.tr("Date d'adhésion ou de départ"), today)
        self.join_button = QPushButton(self.tr("Adhérer"))
        self.join_button.setObjectName("join_button")
        self.join_button.setAccessibleName(self.tr("Adhérer à la date choisie"))
        self.cancel_join_button = QPushButton(self.tr("Annuler cette adhésion"))
        self.cancel_join_button.setObjectName("cancel_join_button")
        self.cancel_join_button.setAccessibleName(self.tr("Annuler l'adhésion notée"))
        self.leave_reason = self._line("leave_reason", self.tr("Motif du départ (facultatif)"),
                                       300)
        self.leave_button = QPushButton(self.tr("Quitter le club"))
        self.leave_button.setObjectName("leave_button")
        self.leave_button.setAccessibleName(self.tr("Quitter le club à la date choisie"))
        self.join_button.setMinimumWidth(130)
        self.leave_button.setMinimumWidth(130)
        self.join_button.clicked.connect(self.join)
        self.cancel_join_button.clicked.connect(self.cancel_pending_join)
        self.leave_button.clicked.connect(self.leave)

        membership_box = QGroupBox(self.tr("Adhésion"))
        box = QVBoxLayout(membership_box)
        box.setSpacing(10)
        box.addWidget(self.membership_status)
        periods_label = QLabel(self.tr("&Historique des adhésions :"))
        periods_label.setBuddy(self.periods_list)
        box.addWidget(periods_label)
        box.addWidget(self.periods_list)
        actions = QGridLayout()
        actions.setHorizontalSpacing(14)
        actions.setVerticalSpacing(10)
        date_label = QLabel(self.tr("À la &date du :"))
        date_label.setBuddy(self.membership_date)
        reason_label = QLabel(self.tr("&Motif du départ (facultatif) :"))
        reason_label.setBuddy(self.leave_reason)
        actions.addWidget(date_label, 0, 0, Qt.AlignmentFlag.AlignRight)
        actions.addWidget(self.membership_date, 0, 1, Qt.AlignmentFlag.AlignLeft)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_button)
        join_row.addWidget(self.cancel_join_button)
        actions.addLayout(join_row, 0, 2)
        actions.addWidget(reason_label, 1, 0, Qt.AlignmentFlag.AlignRight)
        actions.addWidget(self.leave_reason, 1, 1)
        actions.addWidget(self.leave_button, 1, 2)
        actions.setColumnStretch(1, 1)
        box.addLayout(actions)

        page, layout = self._page()
        layout.addWidget(charter_box)
        layout.addWidget(membership_box, 1)
        return page

    def _other_page(self) -> QWidget:
        self.rqth = QComboBox()
        self.rqth.setObjectName("rqth")
        self.rqth.setAccessibleName(
            self.tr("RQTH (reconnaissance de la qualité de travailleur handicapé), facultatif"))
        self.rqth.addItem(self.tr("Non renseignée"), None)
        self.rqth.addItem(self.tr("Oui"), "yes")
        self.rqth.addItem(self.tr("Non"), "no")
        self.referent_partner = self._line(
            "referent_partner", self.tr("Partenaire référent"), 200)
        self.other_peer_places = self._line(
            "other_peer_places", self.tr("Autres lieux entre pairs fréquentés"), 500)
        self.other_peer_places.setPlaceholderText(self.tr(
            "par exemple un GEM (groupe d'entraide mutuelle)"))

        form = self._form()
        self._add_row(form, self.tr("&RQTH :"), self.rqth)
        form.addRow("", self._hint(self.tr(
            "RQTH (reconnaissance de la qualité de travailleur handicapé) : facultatif. "
            "Ne la notez que si la personne souhaite la donner.")))
        self._add_row(form, self.tr("&Partenaire référent :"), self.referent_partner)
        self._add_row(form, self.tr("&Autres lieux entre pairs :"), self.other_peer_places)
        page, layout = self._page()
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _skills_page(self) -> QWidget:
        self.skills_table = QTableWidget(0, 2)
        self.skills_table.setObjectName("skills_table")
        self.skills_table.setAccessibleName(self.tr("Compétences et niveaux"))
        self.skills_table.setHorizontalHeaderLabels([self.tr("Compétence"), self.tr("Niveau")])
        self.skills_table.verticalHeader().hide()
        header = self.skills_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 290)
        self.skills_table.verticalHeader().setDefaultSectionSize(40)
        self.skills_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skills_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.skills_table.setTabKeyNavigation(False)
        self.add_skill_button = QPushButton(self.tr("Ajouter une compétence"))
        self.add_skill_button.setObjectName("add_skill_button")
        self.add_skill_button.setAccessibleName(self.tr("Ajouter une compétence"))
        self.remove_skill_button = QPushButton(self.tr("Retirer la compétence choisie"))
        self.remove_skill_button.setObjectName("remove_skill_button")
        self.remove_skill_button.setAccessibleName(self.tr("Retirer la compétence choisie"))
        self.add_skill_button.clicked.connect(lambda: self.add_skill_row())
        self.remove_skill_button.clicked.connect(self.remove_skill_row)

        label = QLabel(self.tr("Ce que la personne sait faire ou aimerait apprendre :"))
        label.setBuddy(self.skills_table)
        label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_skill_button)
        row.addWidget(self.remove_skill_button)
        row.addStretch(1)
        page, layout = self._page()
        layout.addWidget(label)
        layout.addWidget(self.skills_table, 1)
        layout.addLayout(row)
        return page

    def _wishes_page(self) -> QWidget:
        self.wish_combos: dict[int, QComboBox] = {}
        inner = QWidget()
        form = self._form()
        for task in self.ops.club.tasks.list_tasks():
            assert task.id is not None
            combo = QComboBox()
            combo.setObjectName(f"wish_{task.id}")
            combo.setAccessibleName(self.tr("Envie pour la tâche %1").replace("%1", task.name))
            combo.addItem(self.tr("—"), None)
            combo.addItem(self.tr("aime"), "like")
            combo.addItem(self.tr("préfère éviter"), "avoid")
            combo.setMinimumWidth(200)
            self._add_row(form, f"{task.name} :", combo)
            self.wish_combos[task.id] = combo
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        page, layout = self._page()
        layout.addWidget(self._hint(self.tr(
            "Pour chaque tâche de la journée, ce que la personne en pense. "
            "« — » veut dire : pas d'avis.")))
        if not self.wish_combos:
            layout.addWidget(self._hint(self.tr("Aucune tâche n'est encore définie.")))
        layout.addWidget(scroll, 1)
        return page

    def _availability_page(self) -> QWidget:
        self.availability: dict[tuple[int, str], QCheckBox] = {}
        days = (self.tr("lundi"), self.tr("mardi"), self.tr("mercredi"), self.tr("jeudi"),
                self.tr("vendredi"))
        halves = {"am": self.tr("matin"), "pm": self.tr("après-midi")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(12)
        for row, (weekday, day) in enumerate(zip(WEEKDAYS, days, strict=True)):
            day_label = QLabel(day)
            day_label.setMinimumWidth(110)
            grid.addWidget(day_label, row, 0)
            for column, half in enumerate(HALF_DAYS, start=1):
                box = QCheckBox(halves[half])
                box.setObjectName(f"available_{weekday}_{half}")
                box.setAccessibleName(f"{day} {halves[half]}")
                grid.addWidget(box, row, column)
                self.availability[(weekday, half)] = box
        grid.setColumnStretch(3, 1)
        page, layout = self._page()
        layout.addWidget(self._hint(self.tr(
            "Les demi-journées où la personne vient d'habitude :")))
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _duplicates_box(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("duplicates_panel")
        sentence = QLabel(self.tr("Cette personne existe peut-être déjà :"))
        sentence.setWordWrap(True)
        self.duplicates_list = QListWidget()
        self.duplicates_list.setObjectName("duplicates_list")
        self.duplicates_list.setAccessibleName(self.tr("Fiches qui se ressemblent"))
        self.duplicates_list.setMaximumHeight(96)
        sentence.setBuddy(self.duplicates_list)
        self.open_duplicate_button = QPushButton(self.tr("Ouvrir cette fiche"))
        self.open_duplicate_button.setObjectName("open_duplicate_button")
        self.open_duplicate_button.setAccessibleName(
            self.tr("Ouvrir la fiche existante choisie"))
        self.open_duplicate_button.clicked.connect(self.open_duplicate)
        self.duplicates_list.itemActivated.connect(lambda _item: self.open_duplicate())
        explain = self._hint(self.tr(
            "Si c'est bien elle, ouvrez sa fiche. Sinon, cliquez sur « Créer quand même »."))
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(sentence)
        row = QHBoxLayout()
        row.addWidget(self.duplicates_list, 1)
        row.addWidget(self.open_duplicate_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(explain)
        return frame

    # -- loading ------------------------------------------------------------------------

    def _set_create_mode(self) -> None:
        self.member_id = None
        self.setWindowTitle(self.tr("Nouvelle personne"))
        self.title.setText(self.tr("Nouvelle personne"))
        self._set_save_text(self.tr("Enregistrer"))
        self.charter_not_signed.setChecked(True)
        self._on_charter_toggled(True)
        self._refresh_periods()
        self.first_name.setFocus()

    def load_member(self, member_id: int) -> None:
        """Show the stored record ``member_id`` (what was typed before is replaced)."""
        club = self.ops.club
        member = club.members.get(member_id)
        profile = club.profiles.get(member_id)
        self.member_id = member_id
        self.loaded_version = member.version
        self.pending_join = None
        self._confirmed_key = None
        self.duplicates_panel.hide()
        self.show_error("")
        name = f"{member.preferred_name or member.first_name} {member.last_name}".strip()
        self.setWindowTitle(self.tr("Fiche de %1").replace("%1", name))
        self.title.setText(self.tr("Fiche de %1").replace("%1", name))
        self._set_save_text(self.tr("Enregistrer"))

        self.first_name.setText(member.first_name)
        self.last_name.setText(member.last_name)
        self.preferred_name.setText(member.preferred_name)
        self.phone.setText(member.phone)
        self.email.setText(member.email)
        self.address.setText(member.address)
        self.contact_preference.setCurrentIndex(
            max(0, self.contact_preference.findData(member.contact_preference)))
        signed = member.charter_signed_on
        self.charter_not_signed.setChecked(signed is None)
        if signed is not None:
            self.charter_date.setDate(to_qdate(signed))
        self._on_charter_toggled(signed is None)
        self.charter_version.setText(member.charter_version)
        self._stored_charter = (signed, member.charter_version)
        self.rqth.setCurrentIndex(max(0, self.rqth.findData(member.rqth)))
        self.referent_partner.setText(member.referent_partner)
        self.other_peer_places.setText(member.other_peer_places)

        self.skills_table.setRowCount(0)
        for skill_name in sorted(profile.skills, key=fold):
            self.add_skill_row(skill_name, profile.skills[skill_name], edit=False)
        for task_id, combo in self.wish_combos.items():
            kind = "like" if task_id in profile.likes else (
                "avoid" if task_id in profile.avoids else None)
            combo.setCurrentIndex(combo.findData(kind))
        self._hidden_likes = profile.likes - set(self.wish_combos)
        self._hidden_avoids = profile.avoids - set(self.wish_combos)
        for key, box in self.availability.items():
            box.setChecked(key in profile.availability)
        self._hidden_availability = profile.availability - set(self.availability)
        self._refresh_periods()

    # -- skills -------------------------------------------------------------------------

    def add_skill_row(self, name: str = "", level: str = "discovering", *,
                      edit: bool = True) -> int:
        row = self.skills_table.rowCount()
        self.skills_table.insertRow(row)
        self.skills_table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        combo.setObjectName("skill_level")
        combo.setAccessibleName(self.tr("Niveau"))
        combo.addItem(self.tr("découvre"), "discovering")
        combo.addItem(self.tr("pratique"), "practising")
        combo.addItem(self.tr("peut apprendre aux autres"), "can_teach")
        combo.setCurrentIndex(max(0, combo.findData(level)))
        self.skills_table.setCellWidget(row, 1, combo)
        if edit:
            index = self.skills_table.model().index(row, 0)
            self.skills_table.setCurrentCell(row, 0)
            self.skills_table.setFocus()
            self.skills_table.edit(index)
        return row

    def remove_skill_row(self) -> None:
        row = self.skills_table.currentRow()
        if row >= 0:
            self.skills_table.removeRow(row)

    def skill_level_combo(self, row: int) -> QComboBox:
        widget = self.skills_table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _skills(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.skills_table.rowCount()):
            item = self.skills_table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            if not name:
                continue  # an empty line added by mistake is not a skill
            key = name
            while key in out:
                # Same name twice: keep both (the service strips the spaces and says which
                # skill is in double) rather than silently dropping one of the levels.
                key += " "
            out[key] = self.skill_level_combo(row).currentData()
        return out

    # -- reading the form ---------------------------------------------------------------

    def charter_signed_on(self) -> date | None:
        if self.charter_not_signed.isChecked():
            return None
        return from_qdate(self.charter_date.date())

    def _fields(self) -> dict[str, Any]:
        fields = {
            "last_name": self.last_name.text(),
            "preferred_name": self.preferred_name.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "address": self.address.text(),
            "contact_preference": self.contact_preference.currentData(),
            "rqth": self.rqth.currentData(),
            "charter_signed_on": self.charter_signed_on(),
            "charter_version": self.charter_version.text(),
            "referent_partner": self.referent_partner.text(),
            "other_peer_places": self.other_peer_places.text(),
        }
        if not self.sensitive_shown:
            for name in SENSITIVE_FIELDS:
                fields.pop(name, None)
        return fields

    def profile(self) -> Profile:
        likes = {tid for tid, c in self.wish_combos.items() if c.currentData() == "like"}
        avoids = {tid for tid, c in self.wish_combos.items() if c.currentData() == "avoid"}
        return Profile(
            skills=self._skills(),
            likes=likes | self._hidden_likes,
            avoids=avoids | self._hidden_avoids,
            availability={k for k, box in self.availability.items() if box.isChecked()}
            | self._hidden_availability,
        )

    def _identity_key(self) -> tuple[str, ...]:
        return (fold(self.first_name.text()), fold(self.last_name.text()),
                self.phone.text().strip(), self.email.text().strip().casefold())

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        club = self.ops.club
        self.show_error("")
        if self.member_id is None and self._confirmed_key != self._identity_key():
            found = club.members.possible_duplicates(
                self.first_name.text(), self.last_name.text(),
                phone=self.phone.text(), email=self.email.text())
            if found:
                self._show_duplicates(found)
                return
        if self.member_id is None:
            outcome = self.ops.run(
                club.members.create, self.first_name.text(), joined_on=self.pending_join,
                today=self.today(), **self._fields())
            if not outcome.ok:
                self._refuse(outcome.error)
                return
            # From now on the record exists: a second click updates it, never duplicates it.
            self.member_id = outcome.value.id
            self.loaded_version = outcome.value.version
            self.pending_join = None
            self.duplicates_panel.hide()
            self._stored_charter = (self.charter_signed_on(), self.charter_version.text())
            self._refresh_periods()
        else:
            outcome = self.ops.run(
                club.members.update, self.member_id, first_name=self.first_name.text(),
                expected_version=self.loaded_version, **self._fields())
            if not outcome.ok:
                self._refuse(outcome.error)  # what was typed stays in the form
                return
            self.loaded_version = outcome.value.version
        assert self.member_id is not None
        saved = self.ops.run(club.profiles.save, self.member_id, self.profile())
        if not saved.ok:
            self._refuse(saved.error)
            return
        self.saved.emit(self.member_id)
        self.accept()

    def _show_duplicates(self, found: list[MemberRow]) -> None:
        self._duplicates = found
        self._confirmed_key = self._identity_key()
        self.duplicates_list.clear()
        for row in found:
            parts = [row.display_name, status_label(row.status).lower()]
            parts += [p for p in (row.phone, row.email) if p]
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.duplicates_list.addItem(item)
        self.duplicates_list.setCurrentRow(0)
        self.duplicates_panel.show()
        self._set_save_text(self.tr("Créer quand même"))
        self.duplicates_list.setFocus()

    def _on_identity_changed(self, _text: str) -> None:
        if self.member_id is None and self._confirmed_key is not None \
                and self._confirmed_key != self._identity_key():
            self._confirmed_key = None
            self.duplicates_panel.hide()
            self._set_save_text(self.tr("Enregistrer"))

    def open_duplicate(self) -> None:
        item = self.duplicates_list.currentItem()
        if item is not None:
            self.load_member(int(item.data(Qt.ItemDataRole.UserRole)))
            self.first_name.setFocus()

    # -- membership ---------------------------------------------------------------------

    def join(self) -> None:
        self.show_error("")
        signed = self.charter_signed_on()
        if signed is None:
            self.show_error(self.tr("Notez d'abord la date de signature de la charte."))
            self.charter_not_signed.setFocus()
            return
        on = from_qdate(self.membership_date.date())
        if self.member_id is None:
            if on > self.today():
                self.show_error(self.tr("La date d'entrée ne peut pas être après aujourd'hui."))
                return
            self.pending_join = on
            self._refresh_periods()
            return
        club = self.ops.club
        version = self.charter_version.text()
        if self._stored_charter != (signed, version.strip()):
            # The membership rests on the charter: keep the charter on record first.
            outcome = self.ops.run(club.members.update, self.member_id,
                                   charter_signed_on=signed, charter_version=version,
                                   expected_version=self.loaded_version)
            if not outcome.ok:
                self._refuse(outcome.error)
                return
            self.loaded_version = outcome.value.version
            self._stored_charter = (signed, version.strip())
        added = self.ops.run(club.members.add_period, self.member_id, on,
                             today=self.today())
        if not added.ok:
            self._refuse(added.error)
        self._refresh_periods()

    def cancel_pending_join(self) -> None:
        self.pending_join = None
        self._refresh_periods()

    def leave(self) -> None:
        self.show_error("")
        if self.member_id is None:
            return
        outcome = self.ops.run(
            self.ops.club.members.leave, self.member_id, from_qdate(self.membership_date.date()),
            self.leave_reason.text(), today=self.today())
        if not outcome.ok:
            self._refuse(outcome.error)
            return
        self.leave_reason.clear()
        self._refresh_periods()

    def periods(self) -> list[MembershipPeriod]:
        if self.member_id is None:
            return []
        return self.ops.club.members.periods(self.member_id)

    def _refresh_periods(self) -> None:
        periods = self.periods()
        self.periods_list.clear()
        for p in periods:
            if p.left_on is None:
                text = self.tr("depuis le %1").replace("%1", french_date(p.joined_on))
            else:
                text = self.tr("du %1 au %2").replace("%1", french_date(p.joined_on)).replace(
                    "%2", french_date(p.left_on))
                if p.leave_reason:
                    text += f" ({p.leave_reason})"
            self.periods_list.addItem(text)
        open_period = next((p for p in periods if p.left_on is None), None)
        creating = self.member_id is None
        if creating and self.pending_join is not None:
            self.periods_list.addItem(self.tr("depuis le %1 (sera enregistrée avec la fiche)")
                                      .replace("%1", french_date(self.pending_join)))
            status = self.tr("Adhésion notée à partir du %1 : elle sera enregistrée avec la "
                             "fiche.").replace("%1", french_date(self.pending_join))
        elif open_period is not None:
            status = self.tr("Membre depuis le %1.").replace(
                "%1", french_date(open_period.joined_on))
        elif periods:
            status = self.tr("Ancien membre : pas d'adhésion en cours.")
        else:
            status = self.tr("Visiteur : pas encore d'adhésion.")
        if not periods and not (creating and self.pending_join is not None):
            self.periods_list.addItem(self.tr("Aucune adhésion pour l'instant."))
        self.membership_status.setText(status)
        self.join_button.setText(self.tr("Ré-adhérer") if periods else self.tr("Adhérer"))
        self.join_button.setEnabled(open_period is None and self.pending_join is None)
        self.cancel_join_button.setVisible(creating and self.pending_join is not None)
        self.leave_button.setEnabled(open_period is not None)
        self.leave_reason.setEnabled(open_period is not None)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.MEMBERS in topics and self.member_id is not None:
            self._refresh_periods()

    def _on_charter_toggled(self, not_signed: bool) -> None:
        self.charter_date.setEnabled(not not_signed)

    # -- messages -----------------------------------------------------------------------

    def _set_save_text(self, text: str) -> None:
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _refuse(self, error: Exception | None) -> None:
        self.show_error(str(error))
        widget = self._field_widgets().get(getattr(error, "field", ""))
        if widget is None:
            return
        self.show_section_of(widget)
        widget.setFocus()

    def show_section(self, index: int) -> None:
        self.sections.setCurrentRow(index)

    def show_section_of(self, widget: QWidget) -> None:
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.show_section(index)
                return

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "first_name": self.first_name, "last_name": self.last_name,
            "preferred_name": self.preferred_name, "phone": self.phone, "email": self.email,
            "address": self.address, "contact_preference": self.contact_preference,
            "rqth": self.rqth, "charter_signed_on": self.charter_date,
            "charter_version": self.charter_version, "joined_on": self.membership_date,
            "left_on": self.membership_date, "referent_partner": self.referent_partner,
            "other_peer_places": self.other_peer_places, "skills": self.skills_table,
        }
