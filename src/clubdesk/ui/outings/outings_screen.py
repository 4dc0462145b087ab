"""« Sorties et activités »: a GEM's calendar, a month at a time. The members decide their
activities and outings together; whoever holds the desk (reception included) signs people
up, cancels a sign-up and notes who came.

For the chosen outing: its details and the places left, who has a place and the waiting
list (a cancellation moves the first one waiting up), « Inscrire » a member chosen in a
search list, « Désinscrire », and after the day one check box per person to note who came.
Below, the form to add an outing or change the chosen one. Deleting is for staff; the
others mark an outing « annulée ».
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES
from clubdesk.model.calendar_fr import MONTHS
from clubdesk.model.outings import OutingRow, SignupRow, euros, month_end
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.outings.form import OutingForm
from clubdesk.ui.outings.models import (
    OutingsModel,
    PeopleModel,
    SignupsModel,
    kind_text,
    status_text,
)
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    SearchList,
    hbox,
    make_button,
    make_check,
    make_heading,
    make_list,
    make_strong,
    make_table,
    scrolled,
    selected_row,
)
from clubdesk.ui.widgets.words import count_text


class OutingsScreen(Screen):
    screen_name = "outings_screen"
    topics = frozenset({Topic.OUTINGS, Topic.MEMBERS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Sorties et activités"), intro=self.tr(
            "Les activités et les sorties décidées ensemble, mois par mois. Choisissez-en une "
            "pour voir qui est inscrit, inscrire quelqu'un ou noter qui est venu."),
            message_name="outing_message", parent=parent)
        today = clock.today()
        self.first_day = today.replace(day=1)
        self.selected_id: int | None = None
        self.creating = False  # « Nouvelle sortie »: no outing chosen on a refresh
        self.people: list[Any] = []
        self.checks: dict[int, QCheckBox] = {}

        # -- the month --------------------------------------------------------------------
        self.previous_button = make_button(self.tr("◀ Mois précédent"), "outing_previous",
                                           self.tr("Voir le mois précédent"))
        self.month_label = make_strong("", "outing_month")
        self.next_button = make_button(self.tr("Mois suivant ▶"), "outing_next",
                                       self.tr("Voir le mois suivant"))
        self.model = OutingsModel(self)
        self.table = make_table("outings_table", self.tr("Sorties et activités du mois"),
                                self.model, fixed=(0, 2, 4), weights={1: 3, 3: 2})
        self.count_label = QLabel()
        self.count_label.setObjectName("outings_count")
        self.count_label.setWordWrap(True)

        # -- the chosen outing ------------------------------------------------------------
        self.details = QLabel()
        self.details.setObjectName("outing_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seated_model = SignupsModel(self)
        self.seated_list = make_list("outing_seated", self.tr("Inscrits"), self.seated_model)
        self.waiting_model = SignupsModel(self)
        self.waiting_list = make_list("outing_waiting", self.tr("Liste d'attente"),
                                      self.waiting_model)
        for view in (self.seated_list, self.waiting_list):
            view.setMinimumHeight(110)
            view.setMaximumHeight(260)
        self.seated_label = QLabel(self.tr("Inscrits :"))
        self.seated_label.setBuddy(self.seated_list)
        self.waiting_label = QLabel(self.tr("Liste d'attente :"))
        self.waiting_label.setBuddy(self.waiting_list)
        self.cancel_button = make_button(self.tr("Désinscrire"), "outing_cancel_signup",
                                         self.tr("Désinscrire la personne choisie"))
        self.people_model = PeopleModel(self)
        self.search = SearchList("outing_people", self.tr("Membres"), self.people_model,
                                 placeholder=self.tr("Chercher un nom…"))
        self.search.setMinimumHeight(150)
        self.signup_button = make_button(self.tr("Inscrire"), "outing_signup",
                                         self.tr("Inscrire la personne choisie"))
        self.attendance_hint = QLabel()
        self.attendance_hint.setObjectName("outing_attendance_hint")
        self.attendance_hint.setWordWrap(True)
        self.attendance_box = QWidget()
        self.attendance_layout = QVBoxLayout(self.attendance_box)
        self.attendance_layout.setContentsMargins(0, 0, 0, 0)
        self.attendance_button = make_button(self.tr("Enregistrer les présences"),
                                             "outing_save_attendance",
                                             self.tr("Enregistrer qui est venu"))

        # -- the form ---------------------------------------------------------------------
        self.form = OutingForm(today)
        self.new_button = make_button(self.tr("Nouvelle sortie ou activité"), "outing_new",
                                      self.tr("Vider le formulaire pour en ajouter une"))
        self.save_button = make_button(self.tr("Enregistrer"), "outing_save",
                                       self.tr("Enregistrer la sortie ou l'activité"))
        self.delete_button = make_button(self.tr("Supprimer"), "outing_delete",
                                         self.tr("Supprimer la sortie choisie"))
        self.delete_button.setVisible(ops.club.actor.role in STAFF_ROLES)

        # -- placing: one column, scrolled (fits 1366 × 768 up to 200 % text) -------------
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(hbox(self.previous_button, self.month_label, self.next_button, 1))
        column.addWidget(self.table)
        column.addWidget(self.count_label)
        column.addWidget(make_heading(self.tr("La sortie choisie"), "outing_heading"))
        column.addWidget(self.details)
        column.addWidget(self.seated_label)
        column.addWidget(self.seated_list)
        column.addWidget(self.waiting_label)
        column.addWidget(self.waiting_list)
        column.addLayout(hbox(self.cancel_button, 1))
        column.addWidget(self.search)
        column.addLayout(hbox(self.signup_button, 1))
        column.addWidget(make_heading(self.tr("Qui est venu"), "outing_attendance_heading"))
        column.addWidget(self.attendance_hint)
        column.addWidget(self.attendance_box)
        column.addLayout(hbox(self.attendance_button, 1))
        column.addWidget(make_heading(self.tr("Ajouter ou modifier"), "outing_form_heading"))
        column.addWidget(self.form)
        column.addLayout(hbox(self.save_button, self.new_button, self.delete_button, 1))
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        # -- behaviour --------------------------------------------------------------------
        self.previous_button.clicked.connect(lambda: self.show_month(-1))
        self.next_button.clicked.connect(lambda: self.show_month(1))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.seated_list.clicked.connect(lambda _i: self.waiting_list.clearSelection())
        self.waiting_list.clicked.connect(lambda _i: self.seated_list.clearSelection())
        self.signup_button.clicked.connect(self.sign_up)
        self.search.view.doubleClicked.connect(lambda _index: self.sign_up())
        self.cancel_button.clicked.connect(self.cancel_signup)
        self.attendance_button.clicked.connect(self.save_attendance)
        self.new_button.clicked.connect(self.new_outing)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.refresh()

    # -- reading --------------------------------------------------------------------------

    def show_month(self, step: int) -> None:
        """The month before (-1) or after (+1)."""
        if step < 0:
            self.first_day = (self.first_day - timedelta(days=1)).replace(day=1)
        else:
            self.first_day = month_end(self.first_day.year, self.first_day.month) \
                + timedelta(days=1)
        self.selected_id = None
        self.creating = False
        self.refresh()

    def refresh(self) -> None:
        club = self.ops.club
        first = self.first_day
        self.month_label.setText(f"{MONTHS[first.month - 1].capitalize()} {first.year}")
        outcome = self.ops.run(club.outings.month, first.year, first.month)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        rows: list[OutingRow] = outcome.value
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Rien de prévu ce mois-ci.") if not rows else
                                 self.tr("1 sortie ou activité ce mois-ci.") if len(rows) == 1
                                 else self.tr("%1 sorties et activités ce mois-ci.")
                                 .replace("%1", str(len(rows))))
        people = self.ops.run(club.members.list_members, "all")
        self.people = people.value if people.ok else []
        self.people_model.set_rows(self.people)
        # nothing chosen: the next one to come (not cancelled), else the month's last one
        if self.selected_id is None and rows and not self.creating:
            today = clock.today()
            self.selected_id = next((r.id for r in rows if r.held_on >= today
                                     and r.status != "cancelled"), rows[-1].id)
            self.form.fill(next(r for r in rows if r.id == self.selected_id))
        found = self.model.find_row(lambda r: r.id == self.selected_id)
        if found >= 0:
            self.table.selectRow(found)
            self._show_outing(self.model.row_at(found))
        else:
            self.selected_id = None
            self._show_outing(None)

    def _on_selection(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        outing = self.model.row_at(row)
        if outing.id != self.selected_id:
            self.selected_id = outing.id
            self.form.fill(outing)
        self._show_outing(outing)

    def _show_outing(self, outing: OutingRow | None) -> None:
        signups: list[SignupRow] = []
        if outing is not None:
            outcome = self.ops.run(self.ops.club.outings.signups, outing.id)
            signups = outcome.value if outcome.ok else []
        self.seated_model.set_rows([s for s in signups if not s.waiting])
        self.waiting_model.set_rows([s for s in signups if s.waiting])
        self.details.setText(self._details(outing))
        for widget in (self.seated_list, self.waiting_list, self.cancel_button, self.search,
                       self.signup_button):
            widget.setEnabled(outing is not None)
        self.delete_button.setEnabled(outing is not None)
        self._show_attendance(outing, [s for s in signups if not s.waiting])

    def _details(self, outing: OutingRow | None) -> str:
        if outing is None:
            return self.tr("Choisissez une sortie ou une activité dans la liste.")
        parts = [f"{kind_text(self, outing.kind).capitalize()} « {outing.title} », "
                 + self.tr("le %1").replace("%1", outing.held_on.strftime("%d/%m/%Y"))
                 + (self.tr(" à %1").replace("%1", outing.starts_at) if outing.starts_at
                    else "")
                 + (f" — {outing.place}" if outing.place else "") + "."]
        if outing.places is None:
            parts.append(self.tr("Places sans limite."))
        else:
            parts.append(self.tr("Places restantes : %1 sur %2.")
                         .replace("%1", str(outing.places_left))
                         .replace("%2", str(outing.places)))
        if outing.waiting:
            parts.append(self.tr("En attente : %1.").replace("%1", str(outing.waiting)))
        parts.append(self.tr("Reste à charge : %1.").replace(
            "%1", self.tr("gratuit") if outing.cost_cents == 0 else euros(outing.cost_cents)))
        if outing.decided_on is not None:
            parts.append(self.tr("Décidée en réunion le %1.").replace(
                "%1", outing.decided_on.strftime("%d/%m/%Y")))
        parts.append(self.tr("État : %1.").replace("%1", status_text(self, outing.status)))
        return " ".join(parts)

    def _show_attendance(self, outing: OutingRow | None, seated: list[SignupRow]) -> None:
        while self.attendance_layout.count():
            item = self.attendance_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.checks = {}
        open_to_marks = (outing is not None and outing.status != "cancelled"
                         and outing.held_on <= clock.today())
        self.attendance_button.setEnabled(open_to_marks and bool(seated))
        if outing is None:
            self.attendance_hint.setText("")
            return
        if outing.status == "cancelled":
            self.attendance_hint.setText(self.tr("Sortie annulée : pas de présences."))
            return
        if not open_to_marks:
            self.attendance_hint.setText(self.tr("On note qui est venu après la sortie."))
            return
        self.attendance_hint.setText(self.tr("Cochez les personnes venues.") if seated
                                     else self.tr("Personne n'était inscrit."))
        for signup in seated:
            check = make_check(signup.name, f"outing_present_{signup.member_id}",
                               self.tr("Présence de %1 à la sortie").replace("%1", signup.name))
            check.setChecked(bool(signup.present))
            self.attendance_layout.addWidget(check)
            self.checks[signup.member_id] = check

    # -- changing -------------------------------------------------------------------------

    def _done(self, outcome: Any, good: str) -> bool:
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return False
        self.refresh()
        self.say(good, good=True)
        return True

    def sign_up(self) -> None:
        row = self.search.current_source_row()
        if self.selected_id is None or row is None:
            self.say(self.tr("Choisissez d'abord une sortie et une personne."), problem=True)
            return
        person = self.people_model.row_at(row)
        outcome = self.ops.run(self.ops.club.outings.sign_up, self.selected_id, person.id)
        if outcome.ok and outcome.value.waiting:
            text = self.tr("%1 est en liste d'attente (rang %2).")
        else:
            text = self.tr("Inscription notée : %1.")
        self._done(outcome, text.replace("%1", person.display_name).replace(
            "%2", str(outcome.value.rank if outcome.ok else "")))

    def cancel_signup(self) -> None:
        chosen: SignupRow | None = None
        for view, model in ((self.seated_list, self.seated_model),
                            (self.waiting_list, self.waiting_model)):
            chosen = chosen or _chosen(view, model)
        if self.selected_id is None or chosen is None:
            self.say(self.tr("Choisissez d'abord une personne inscrite ou en attente."),
                     problem=True)
            return
        outcome = self.ops.run(self.ops.club.outings.cancel_signup, self.selected_id,
                               chosen.member_id)
        moved = outcome.value if outcome.ok else None
        names = {p.id: p.display_name for p in self.people}
        text = self.tr("Inscription annulée : %1.").replace("%1", chosen.name)
        if moved is not None:
            text += " " + self.tr("%1 passe de la liste d'attente à une place.").replace(
                "%1", names.get(moved, ""))
        self._done(outcome, text)

    def save_attendance(self) -> None:
        if self.selected_id is None:
            return
        marks = {mid: check.isChecked() for mid, check in self.checks.items()}
        outcome = self.ops.run(self.ops.club.outings.set_attendance, self.selected_id, marks)
        self._done(outcome, count_text(
            sum(marks.values()), self.tr("Présences enregistrées : %1 personne venue."),
            self.tr("Présences enregistrées : %1 personnes venues.")))

    def new_outing(self) -> None:
        self.selected_id = None
        self.creating = True
        self.table.clearSelection()
        today = clock.today()
        same_month = (today.year, today.month) == (self.first_day.year, self.first_day.month)
        self.form.clear(today if same_month or self.first_day < today else self.first_day)
        self._show_outing(None)
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        title, held_on, fields = self.form.values()
        service = self.ops.club.outings
        if self.selected_id is None:
            outcome = self.ops.run(service.add, title, held_on, **fields)
        else:
            outcome = self.ops.run(service.update, self.selected_id, title, held_on, **fields)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.selected_id = outcome.value.id
        self.creating = False
        self.first_day = held_on.replace(day=1)
        self._done(outcome, self.tr("Enregistrée."))

    def delete(self) -> None:
        if self.selected_id is None:
            return
        outcome = self.ops.run(self.ops.club.outings.delete, self.selected_id)
        if self._done(outcome, self.tr("Supprimée.")):
            self.new_outing()


def _chosen(view: QListView, model: SignupsModel) -> SignupRow | None:
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        return None
    return model.row_at(index.row())

