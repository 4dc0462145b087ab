"""The lower part of « Stages et contrats »: a person's prepared exit and the contacts
after it, then the month's travel refunds and meals with their totals (the person's and
the structure's), and the person's lines of the month, where one typed by mistake is taken
back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.contracts import NOTE_MAX, euros, parse_euros
from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.confirm import ask_yes_no
from clubdesk.ui.contracts.models import ContactsModel, CostsModel
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import (
    add_row,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_heading,
    make_line,
    make_spin,
    make_table,
    to_qdate,
)

Say = Callable[..., None]


class ExitAndCosts(QWidget):
    def __init__(self, ops: Operations, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.say = ops, say
        self.member_id: int | None = None
        today = clock.today()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        # -- the prepared exit ----------------------------------------------------------------
        self.exit_kind = make_combo("exit_kind", self.tr("Type de sortie"), (
            (self.tr("temporaire"), "temporary"), (self.tr("définitive"), "definitive")))
        self.exit_date = make_date("exit_date", self.tr("Date de sortie prévue"), today)
        self.exit_destination = make_combo("exit_destination", self.tr("Orientation"), (
            (self.tr("emploi en milieu ordinaire"), "ordinary_job"),
            (self.tr("entreprise adaptée"), "adapted_company"), (self.tr("ESAT"), "esat"),
            (self.tr("formation"), "training"),
            (self.tr("autre structure d'insertion"), "other_insertion"),
            (self.tr("soins"), "care"), (self.tr("sans solution"), "no_solution"),
            (self.tr("autre"), "other")))
        self.exit_button = make_button(self.tr("Enregistrer la sortie"), "save_exit_button",
                                       self.tr("Enregistrer la sortie préparée"))
        self.exit_state = QLabel()
        self.exit_state.setObjectName("exit_state")
        self.exit_state.setWordWrap(True)
        form = make_form()
        add_row(form, self.tr("T&ype :"), self.exit_kind)
        add_row(form, self.tr("Date &prévue :"), self.exit_date)
        add_row(form, self.tr("&Orientation :"), self.exit_destination)
        column.addWidget(make_heading(self.tr("Sortie préparée"), "exit_heading"))
        column.addWidget(self.exit_state)
        column.addLayout(form)
        column.addLayout(hbox(self.exit_button, 1))

        self.contacts_model = ContactsModel(self)
        self.contacts = make_table("exit_contacts_table", self.tr("Contacts après la sortie"),
                                   self.contacts_model, fixed=(0, 1), weights={2: 3})
        self.contact_date = make_date("exit_contact_date", self.tr("Date du contact"), today)
        self.contact_channel = make_combo("exit_contact_channel", self.tr("Moyen"), (
            (self.tr("téléphone"), "phone"), (self.tr("visite"), "visit"),
            (self.tr("courrier"), "mail")))
        self.contact_note = make_line("exit_contact_note", self.tr("Note (équipe seulement)"),
                                      NOTE_MAX)
        self.contact_button = make_button(self.tr("Ajouter le contact"), "add_exit_contact",
                                          self.tr("Ajouter le contact après la sortie"))
        form = make_form()
        add_row(form, self.tr("Date du &contact :"), self.contact_date)
        add_row(form, self.tr("&Moyen :"), self.contact_channel)
        add_row(form, self.tr("&Note :"), self.contact_note)
        column.addWidget(make_heading(self.tr("Contacts après la sortie"),
                                      "exit_contacts_heading"))
        column.addWidget(self.contacts)
        column.addLayout(form)
        column.addLayout(hbox(self.contact_button, 1))

        # -- travel costs and meals -------------------------------------------------------------
        self.year = make_spin("costs_year", self.tr("Année"), 1900, 2100, value=today.year)
        self.month = make_spin("costs_month", self.tr("Mois"), 1, 12, value=today.month)
        self.cost_date = make_date("cost_date", self.tr("Date"), today)
        self.amount = make_line("refund_amount", self.tr("Montant remboursé en euros"), 12,
                                self.tr("12,50"))
        self.refund_button = make_button(self.tr("Ajouter le remboursement"), "add_refund",
                                         self.tr("Ajouter les frais de déplacement remboursés"))
        self.meals = make_spin("meal_count", self.tr("Nombre de repas"), 1, 10, value=1)
        self.meals_button = make_button(self.tr("Ajouter les repas"), "add_meals",
                                        self.tr("Ajouter les repas pris ce jour"))
        self.totals = QLabel()
        self.totals.setObjectName("costs_totals")
        self.totals.setWordWrap(True)
        self.costs_model = CostsModel(self)
        self.costs = make_table("costs_table", self.tr("Les lignes du mois de la personne"),
                                self.costs_model, fixed=(0,))
        self.delete_cost_button = make_button(
            self.tr("Supprimer la ligne choisie"), "delete_cost",
            self.tr("Supprimer le remboursement ou les repas choisis, saisis par erreur"))
        self.delete_cost_button.setEnabled(False)
        form = make_form()
        add_row(form, self.tr("Mo&is :"), self.month)
        add_row(form, self.tr("A&nnée :"), self.year)
        add_row(form, self.tr("&Date :"), self.cost_date)
        add_row(form, self.tr("Mon&tant (€) :"), self.amount)
        add_row(form, self.tr("&Repas :"), self.meals)
        column.addWidget(make_heading(self.tr("Frais de déplacement et repas du mois"),
                                      "costs_heading"))
        column.addWidget(self.totals)
        column.addLayout(form)
        column.addLayout(hbox(self.refund_button, self.meals_button, 1))
        column.addWidget(self.costs)
        column.addLayout(hbox(self.delete_cost_button, 1))

        self.exit_button.clicked.connect(self.save_exit)
        self.contact_button.clicked.connect(self.add_contact)
        self.refund_button.clicked.connect(self.add_refund)
        self.meals_button.clicked.connect(self.add_meals)
        self.delete_cost_button.clicked.connect(self.delete_cost)
        self.costs.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_cost_button.setEnabled(self._chosen_cost() is not None))
        self.confirm: Callable[[str], bool] = lambda sentence: ask_yes_no(
            self, self.tr("Supprimer"), sentence)
        self.month.valueChanged.connect(lambda _v: self.show_totals())
        self.year.valueChanged.connect(lambda _v: self.show_totals())
        self.show_person(None)

    # -- reading ----------------------------------------------------------------------------

    def show_person(self, member_id: int | None) -> None:
        self.member_id = member_id
        for widget in (self.exit_button, self.contact_button, self.refund_button,
                       self.meals_button):
            widget.setEnabled(member_id is not None)
        service = self.ops.club.contracts
        plan: Any = None
        contacts: list[Any] = []
        if member_id is not None:
            found = self.ops.run(service.exit_plan, member_id)
            plan = found.value if found.ok else None
            listed = self.ops.run(service.exit_contacts, member_id)
            contacts = listed.value if listed.ok else []
        if plan is None:
            self.exit_state.setText(self.tr("Pas de sortie préparée."))
        else:
            self.exit_kind.setCurrentIndex(self.exit_kind.findData(plan.kind))
            self.exit_date.setDate(to_qdate(plan.planned_on))
            self.exit_destination.setCurrentIndex(
                self.exit_destination.findData(plan.destination))
            self.exit_state.setText(self.tr("Sortie %1 prévue le %2 : %3.")
                                    .replace("%1", self.exit_kind.currentText())
                                    .replace("%2", f"{plan.planned_on:%d/%m/%Y}")
                                    .replace("%3", self.exit_destination.currentText()))
        self.contacts_model.set_rows(contacts)
        self.show_totals()

    def show_totals(self) -> None:
        outcome = self.ops.run(self.ops.club.contracts.month_totals, self.year.value())
        if not outcome.ok:
            self.totals.setText("")
            return
        month = self.month.value()
        club = outcome.value.structure.get(month)
        mine = outcome.value.people.get(self.member_id or 0, {}).get(month)
        parts = []
        if self.member_id is not None:
            parts.append(self.tr("La personne : %1 remboursés, %2 repas.")
                         .replace("%1", euros(mine.cents if mine else 0))
                         .replace("%2", str(mine.meals if mine else 0)))
        parts.append(self.tr("La structure : %1 remboursés, %2 repas.")
                     .replace("%1", euros(club.cents if club else 0))
                     .replace("%2", str(club.meals if club else 0)))
        self.totals.setText(" ".join(parts))
        lines: list[Any] = []
        if self.member_id is not None:
            listed = self.ops.run(self.ops.club.contracts.month_costs, self.member_id,
                                  self.year.value(), month)
            lines = listed.value if listed.ok else []
        self.costs_model.set_rows(lines)
        self.delete_cost_button.setEnabled(False)

    def _chosen_cost(self) -> Any:
        chosen = self.costs.selectionModel().selectedRows()
        return self.costs_model.row_at(chosen[0].row()) if chosen else None

    # -- changing ---------------------------------------------------------------------------

    def _done(self, outcome: Any, text: str) -> None:
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.show_person(self.member_id)
        self.say(text, good=True)

    def save_exit(self) -> None:
        if self.member_id is None:
            return
        outcome = self.ops.run(self.ops.club.contracts.set_exit_plan, self.member_id,
                               self.exit_kind.currentData(), from_qdate(self.exit_date.date()),
                               self.exit_destination.currentData())
        self._done(outcome, self.tr("Sortie enregistrée."))

    def add_contact(self) -> None:
        if self.member_id is None:
            return
        outcome = self.ops.run(self.ops.club.contracts.add_exit_contact, self.member_id,
                               from_qdate(self.contact_date.date()),
                               self.contact_channel.currentData(), self.contact_note.text())
        if outcome.ok:
            self.contact_note.clear()
        self._done(outcome, self.tr("Contact enregistré."))

    def add_refund(self) -> None:
        if self.member_id is None:
            return
        try:
            cents = parse_euros(self.amount.text())
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            return
        outcome = self.ops.run(self.ops.club.contracts.add_refund, self.member_id,
                               from_qdate(self.cost_date.date()), cents)
        if outcome.ok:
            self.amount.clear()
        self._done(outcome, self.tr("Remboursement enregistré."))

    def add_meals(self) -> None:
        if self.member_id is None:
            return
        outcome = self.ops.run(self.ops.club.contracts.add_meals, self.member_id,
                               from_qdate(self.cost_date.date()), self.meals.value())
        self._done(outcome, self.tr("Repas enregistrés."))

    def delete_cost(self) -> None:
        line = self._chosen_cost()
        if line is None:
            return
        what = self.costs_model.text(line, "what")
        if not self.confirm(self.tr("Supprimer la ligne du %1 : %2 ?")
                            .replace("%1", f"{line.day:%d/%m/%Y}").replace("%2", what)):
            return
        outcome = self.ops.run(self.ops.club.contracts.delete_cost, line.kind, line.id)
        self._done(outcome, self.tr("Ligne supprimée : %1.").replace("%1", what))
