"""« Ateliers collectifs »: the collective workshop sessions of a year, and the form of the
chosen one (title, date, held or planned, who led it, who came).

Who came is chosen among the club's people with a search list (« Ajouter » or a double
click) and taken off the list of the session with « Retirer ». Staff only (équipe,
direction): who came to a collective support is staff data, like a follow-up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.topics import Topic
from clubdesk.model.workshops import NOTES_MAX, TITLE_MAX, SessionRow
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import (
    SearchList,
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_heading,
    make_line,
    make_list,
    make_spin,
    make_table,
    scrolled,
    selected_row,
    to_qdate,
)
from clubdesk.ui.widgets.words import count_text
from clubdesk.ui.workshops.models import PeopleModel, SessionsModel


class WorkshopsScreen(Screen):
    screen_name = "workshops_screen"
    topics = frozenset({Topic.FOLLOWUPS, Topic.MEMBERS, Topic.STAFF})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Ateliers collectifs"), intro=self.tr(
            "Chaque séance d'un atelier collectif : sa date, qui l'a animée, qui est venu. "
            "Les séances réalisées comptent dans les « activités réalisées » du rapport "
            "annuel, les séances prévues (cette année ou la suivante) dans les activités "
            "prévues."), message_name="workshop_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        self.editing_id: int | None = None
        self.came: list[Any] = []  # the people of the session being edited (member rows)
        self.people: list[Any] = []
        today = clock.today()

        # -- the year's sessions ----------------------------------------------------------
        self.year_spin = make_spin("workshop_year", self.tr("Année"), 1900, 2100,
                                   value=today.year)
        year_label = QLabel(self.tr("&Année :"))
        year_label.setBuddy(self.year_spin)
        self.new_button = make_button(self.tr("Nouvelle séance"), "new_workshop_button",
                                      self.tr("Vider le formulaire pour une nouvelle séance"))
        self.model = SessionsModel(self)
        self.table = make_table("workshops_table", self.tr("Séances de l'année"), self.model,
                                fixed=(0, 2, 4), weights={1: 3, 3: 2})
        self.table.setMinimumHeight(180)
        self.count_label = QLabel()
        self.count_label.setObjectName("workshops_count")
        self.count_label.setWordWrap(True)

        # -- the form ---------------------------------------------------------------------
        self.title_edit = make_line("workshop_title", self.tr("Titre de l'atelier"),
                                    TITLE_MAX, self.tr("Atelier CV, atelier cuisine…"))
        self.date_edit = make_date("workshop_date", self.tr("Date de la séance"), today)
        self.status_combo = make_combo("workshop_status", self.tr("État de la séance"), (
            (self.tr("réalisée"), "done"), (self.tr("prévue"), "planned")))
        self.staff_combo = make_combo("workshop_staff", self.tr("Animée par (salarié)"))
        self.leader_edit = make_line("workshop_leader", self.tr("Intervenant extérieur"), 200,
                                     self.tr("Nom et structure, s'il y a lieu"))
        self.notes_edit = make_line("workshop_notes", self.tr("Notes sur la séance"),
                                    NOTES_MAX)
        form = make_form()
        add_row(form, self.tr("&Titre :"), self.title_edit)
        add_row(form, self.tr("&Date :"), self.date_edit)
        add_row(form, self.tr("É&tat :"), self.status_combo)
        add_row(form, self.tr("Animée &par :"), self.staff_combo)
        add_row(form, self.tr("&Intervenant :"), self.leader_edit)
        add_row(form, self.tr("N&otes :"), self.notes_edit)

        # -- who came -------------------------------------------------------------------
        self.people_model = PeopleModel(self)
        self.search = SearchList("workshop_people", self.tr("Personnes du club"),
                                 self.people_model, placeholder=self.tr("Chercher un nom…"))
        self.search.setMinimumHeight(160)
        self.add_button = make_button(self.tr("Ajouter à la séance"), "workshop_add_person",
                                      self.tr("Ajouter la personne choisie à la séance"))
        self.came_model = PeopleModel(self)
        self.came_list = make_list("workshop_came", self.tr("Personnes venues"),
                                   self.came_model)
        self.came_list.setMinimumHeight(120)
        self.remove_button = make_button(self.tr("Retirer"), "workshop_remove_person",
                                         self.tr("Retirer la personne choisie de la séance"))
        self.came_label = QLabel()
        self.came_label.setObjectName("workshop_came_count")
        self.came_label.setWordWrap(True)

        self.save_button = make_button(self.tr("Enregistrer la séance"), "save_workshop_button",
                                       self.tr("Enregistrer la séance"))
        self.delete_button = make_button(self.tr("Supprimer la séance"),
                                         "delete_workshop_button",
                                         self.tr("Supprimer la séance choisie"))

        # -- placing: one column, scrolled (fits 1366 × 768 up to 200 % text) -------------
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(hbox(year_label, self.year_spin, 1, self.new_button))
        column.addWidget(self.table)
        column.addWidget(self.count_label)
        column.addWidget(make_heading(self.tr("La séance"), "workshop_form_heading"))
        column.addLayout(form)
        column.addWidget(make_heading(self.tr("Qui est venu"), "workshop_people_heading"))
        column.addWidget(self.search)
        column.addLayout(hbox(self.add_button, 1))
        column.addWidget(self.came_list)
        column.addWidget(self.came_label)
        column.addLayout(hbox(self.remove_button, 1))
        column.addLayout(hbox(self.save_button, self.delete_button, 1))
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        # -- behaviour ------------------------------------------------------------------
        self.year_spin.valueChanged.connect(lambda _year: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.new_button.clicked.connect(self.new_session)
        self.add_button.clicked.connect(self.add_person)
        self.search.view.doubleClicked.connect(lambda _index: self.add_person())
        self.remove_button.clicked.connect(self.remove_person)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._show_came())
        self.new_session()
        self.refresh()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        club = self.ops.club
        outcome = self.ops.run(club.workshops.sessions, self.year_spin.value())
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        rows: list[SessionRow] = outcome.value
        self.model.set_rows(rows)
        held = [r for r in rows if r.status == "done"]
        planned = len(rows) - len(held)
        self.count_label.setText(" ".join([
            self.tr("Aucune séance réalisée.") if not held else
            self.tr("1 séance réalisée.") if len(held) == 1 else
            self.tr("%1 séances réalisées.").replace("%1", str(len(held))),
            self.tr("Aucune séance prévue.") if not planned else
            self.tr("1 séance prévue.") if planned == 1 else
            self.tr("%1 séances prévues.").replace("%1", str(planned))]))
        staff = self.ops.run(club.staff.list_staff)
        fill_combo(self.staff_combo, [(self.tr("— aucun salarié —"), None)] + [
            (s.display_name, s.id) for s in (staff.value if staff.ok else [])])
        people = self.ops.run(club.members.list_members, "all")
        self.people = people.value if people.ok else []
        self.people_model.set_rows(self.people)
        if self.editing_id is not None:
            row = self.model.find_row(lambda r: r.id == self.editing_id)
            if row >= 0:
                self.table.selectRow(row)

    def _on_selection(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self._fill(self.model.row_at(row))

    def _fill(self, row: SessionRow) -> None:
        self.editing_id = row.id
        self.title_edit.setText(row.title)
        self.date_edit.setDate(to_qdate(row.held_on))
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(row.led_by_staff_id)))
        self.leader_edit.setText(row.leader_name)
        self.notes_edit.setText(row.notes)
        outcome = self.ops.run(self.ops.club.workshops.attendees, row.id)
        ids = outcome.value if outcome.ok else []
        by_id = {p.id: p for p in self.people}
        self.came = [by_id[i] for i in ids if i in by_id]
        self.delete_button.setEnabled(True)
        self._show_came()

    def _show_came(self) -> None:
        self.came_model.set_rows(self.came)
        planned = self.status_combo.currentData() == "planned"
        for widget in (self.search, self.add_button, self.came_list, self.remove_button):
            widget.setEnabled(not planned)
        if planned:
            self.came_label.setText(self.tr("Une séance prévue n'a pas encore de "
                                            "participants."))
        else:
            self.came_label.setText(count_text(len(self.came), self.tr("%1 personne venue."),
                                               self.tr("%1 personnes venues.")))

    # -- changing -------------------------------------------------------------------------

    def new_session(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        self.title_edit.clear()
        self.date_edit.setDate(to_qdate(clock.today()))
        self.status_combo.setCurrentIndex(0)
        self.staff_combo.setCurrentIndex(0)
        self.leader_edit.clear()
        self.notes_edit.clear()
        self.came = []
        self.delete_button.setEnabled(False)
        self._show_came()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_person(self) -> None:
        row = self.search.current_source_row()
        if row is None:
            self.say(self.tr("Choisissez d'abord une personne dans la liste."), problem=True)
            return
        person = self.people_model.row_at(row)
        if any(p.id == person.id for p in self.came):
            self.say(self.tr("%1 est déjà sur la liste de la séance.")
                     .replace("%1", person.display_name), problem=True)
            return
        self.came.append(person)
        self.say("")
        self._show_came()

    def remove_person(self) -> None:
        index = self.came_list.currentIndex()
        if not index.isValid():
            self.say(self.tr("Choisissez d'abord une personne venue."), problem=True)
            return
        del self.came[index.row()]
        self._show_came()

    def save(self) -> None:
        held_on: date = from_qdate(self.date_edit.date())
        status = self.status_combo.currentData()
        service = self.ops.club.workshops
        fields: dict[str, Any] = {
            "status": status, "led_by_staff_id": self.staff_combo.currentData(),
            "leader_name": self.leader_edit.text(), "notes": self.notes_edit.text(),
            "attendees": [p.id for p in self.came] if status == "done" else []}
        title = self.title_edit.text()
        if self.editing_id is None:
            outcome = self.ops.run(service.add, title, held_on, **fields)
        else:
            outcome = self.ops.run(service.update, self.editing_id, title, held_on, **fields)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.editing_id = outcome.value.id
        if held_on.year != self.year_spin.value():
            self.year_spin.setValue(held_on.year)  # refreshes
        else:
            self.refresh()
        self.say(self.tr("Séance enregistrée."), good=True)

    def delete(self) -> None:
        if self.editing_id is None:
            return
        outcome = self.ops.run(self.ops.club.workshops.delete, self.editing_id)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.new_session()
        self.refresh()
        self.say(self.tr("Séance supprimée."), good=True)
