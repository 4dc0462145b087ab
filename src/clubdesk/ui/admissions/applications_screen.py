"""« Candidatures »: the pre-insertion applications with their state and their rank on the
waiting list, a filter by state, and the form of a new application (the person, who
referred them or a spontaneous application, the days it was received and of the intake
interview, notes). Staff only (équipe, direction)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.admissions import NOTES_MAX, ApplicationRow
from clubdesk.model.topics import Topic
from clubdesk.ui.admissions.models import ApplicationsModel, state_words
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import (
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_form,
    make_heading,
    make_line,
    make_table,
    scrolled,
    to_qdate,
)
from clubdesk.ui.widgets.words import count_text


class ApplicationsScreen(Screen):
    screen_name = "applications_screen"
    topics = frozenset({Topic.FOLLOWUPS, Topic.MEMBERS, Topic.PARTNERS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Candidatures"), intro=self.tr(
            "Les demandes d'entrée en pré-insertion : qui oriente la personne, où en est sa "
            "candidature, et l'ordre de la liste d'attente. Les commissions d'admission "
            "décident sur l'écran « Commissions »."),
            message_name="applications_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        today = clock.today()

        # -- the list ---------------------------------------------------------------------
        self.state_filter = make_combo("applications_state_filter", self.tr("État montré"), [
            (self.tr("Tous les états"), None),
            *((word, code) for code, word in state_words().items())])
        filter_label = QLabel(self.tr("É&tat :"))
        filter_label.setBuddy(self.state_filter)
        self.model = ApplicationsModel(self)
        self.table = make_table("applications_table", self.tr("Candidatures"), self.model,
                                fixed=(0, 3, 5), weights={1: 3, 2: 3, 4: 2})
        self.table.setMinimumHeight(200)
        self.count_label = QLabel()
        self.count_label.setObjectName("applications_count")
        self.count_label.setWordWrap(True)

        # -- the form of a new application --------------------------------------------------
        self.person_combo = make_combo("application_person", self.tr("Personne"))
        self.first_edit = make_line("application_first_name", self.tr("Prénom"), 100)
        self.last_edit = make_line("application_last_name", self.tr("Nom"), 100)
        self.referred_combo = make_combo("application_referred_by", self.tr("Orientée par"))
        self.received_edit = make_date("application_received", self.tr("Reçue le"), today,
                                       latest=today)
        self.interview_check = make_check(self.tr("fait le"),
                                          "application_interview_done")
        self.interview_edit = make_date("application_interview", self.tr("Entretien le"),
                                        today, latest=today)
        self.waiting_check = make_check(self.tr("Mettre en liste d'attente"),
                                        "application_waiting")
        self.notes_edit = make_line("application_notes", self.tr("Notes (équipe)"),
                                    NOTES_MAX)
        form = make_form()
        add_row(form, self.tr("&Personne :"), self.person_combo)
        add_row(form, self.tr("P&rénom :"), self.first_edit)
        add_row(form, self.tr("&Nom :"), self.last_edit)
        add_row(form, self.tr("&Orientée par :"), self.referred_combo)
        add_row(form, self.tr("Reçue &le :"), self.received_edit)
        add_row(form, self.tr("&Entretien d'accueil :"), self.interview_check,
                hbox(self.interview_check, self.interview_edit, 1))
        add_row(form, self.tr("N&otes :"), self.notes_edit)
        self.save_button = make_button(self.tr("Enregistrer la candidature"),
                                       "save_application_button",
                                       self.tr("Enregistrer la nouvelle candidature"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(hbox(filter_label, self.state_filter, 1))
        column.addWidget(self.table)
        column.addWidget(self.count_label)
        column.addWidget(make_heading(self.tr("Nouvelle candidature"), "application_heading"))
        column.addLayout(form)
        column.addWidget(self.waiting_check)
        column.addLayout(hbox(self.save_button, 1))
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.person_combo.currentIndexChanged.connect(lambda _i: self._person_changed())
        self.interview_check.toggled.connect(self.interview_edit.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.interview_edit.setEnabled(False)
        self.refresh()
        self._person_changed()

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        club = self.ops.club
        outcome = self.ops.run(club.admissions.applications, self.state_filter.currentData())
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        rows: list[ApplicationRow] = outcome.value
        if self.state_filter.currentData() == "waiting":
            rows = sorted(rows, key=lambda r: r.waiting_rank or 0)
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.waiting_rank)
        self.count_label.setText(
            count_text(len(rows), self.tr("%1 candidature, dont %2 en liste d'attente."),
                       self.tr("%1 candidatures, dont %2 en liste d'attente."))
            .replace("%2", str(waiting)))
        people = self.ops.run(club.members.list_members, "all")
        fill_combo(self.person_combo, [(self.tr("— une nouvelle personne —"), None)] + [
            (p.display_name, p.id) for p in (people.value if people.ok else [])])
        partners = self.ops.run(club.admissions.partners)
        fill_combo(self.referred_combo, [(self.tr("— candidature spontanée —"), None)] + [
            (name, pid) for pid, name in (partners.value if partners.ok else [])])

    def _person_changed(self) -> None:
        new = self.person_combo.currentData() is None
        self.first_edit.setEnabled(new)
        self.last_edit.setEnabled(new)

    def save(self) -> None:
        member_id = self.person_combo.currentData()
        interview = (from_qdate(self.interview_edit.date())
                     if self.interview_check.isChecked() else None)
        outcome = self.ops.run(
            self.ops.club.admissions.add, member_id,
            first_name=self.first_edit.text() if member_id is None else "",
            last_name=self.last_edit.text() if member_id is None else "",
            referred_by=self.referred_combo.currentData(),
            received_on=from_qdate(self.received_edit.date()), interview_on=interview,
            notes=self.notes_edit.text(), waiting=self.waiting_check.isChecked())
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.first_edit.clear()
        self.last_edit.clear()
        self.notes_edit.clear()
        self.interview_check.setChecked(False)
        self.waiting_check.setChecked(False)
        self.person_combo.setCurrentIndex(0)
        self.received_edit.setDate(to_qdate(clock.today()))
        self.refresh()
        self.say(self.tr("Candidature enregistrée."), good=True)
        self.first_edit.setFocus(Qt.FocusReason.OtherFocusReason)
