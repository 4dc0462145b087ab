"""« Stages et contrats » (pre-insertion, issue 20 item 2): at the top what ends within 30
days; then a person's periods (the trial month, its renewal, the 6-month contracts) with
their end dates and the buttons to start a trial, renew, start the contract or end a period
early; then the person's prepared exit and contacts after it, the month's travel refunds
and meals (clubdesk.ui.contracts.exit_costs). Staff only (équipe, direction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.contracts import REASON_MAX, PeriodRow
from clubdesk.model.topics import Topic
from clubdesk.ui.contracts.exit_costs import ExitAndCosts
from clubdesk.ui.contracts.models import PeopleModel, PeriodsModel, SoonModel
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import (
    SearchList,
    add_row,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_date,
    make_form,
    make_heading,
    make_line,
    make_table,
    scrolled,
    selected_row,
)
from clubdesk.ui.widgets.words import count_text

SOON_DAYS = 30


class ContractsScreen(Screen):
    screen_name = "contracts_screen"
    topics = frozenset({Topic.FOLLOWUPS, Topic.MEMBERS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Stages et contrats"), intro=self.tr(
            "Le mois d'essai (renouvelable une fois), puis le contrat de 6 mois "
            "(renouvelable). clubdesk calcule chaque date de fin."),
            message_name="contracts_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        self.member_id: int | None = None
        today = clock.today()

        self.soon_model = SoonModel(self)
        self.soon = make_table("contracts_soon_table",
                               self.tr("Se termine dans les 30 jours"), self.soon_model,
                               fixed=(2, 3, 4), weights={0: 2, 1: 2})
        self.soon_label = QLabel()
        self.soon_label.setObjectName("contracts_soon_count")
        self.soon_label.setWordWrap(True)

        self.people_model = PeopleModel(self)
        self.search = SearchList("contracts_people", self.tr("Personnes du club"),
                                 self.people_model, placeholder=self.tr("Chercher un nom…"))
        self.search.setMinimumHeight(140)
        self.person_label = QLabel()
        self.person_label.setObjectName("contracts_person")
        self.person_label.setWordWrap(True)
        self.periods_model = PeriodsModel(self)
        self.periods = make_table("contracts_periods_table", self.tr("Périodes de la personne"),
                                  self.periods_model, fixed=(1, 2, 3), weights={0: 3})

        self.start_date = make_date("contracts_start_date", self.tr("À partir du"), today)
        self.without_trial = make_check(self.tr("Sans mois d'essai"), "contracts_without_trial",
                                        self.tr("Contrat sans mois d'essai avant lui"))
        self.trial_button = make_button(self.tr("Commencer le mois d'essai"),
                                        "start_trial_button",
                                        self.tr("Commencer le mois d'essai à la date choisie"))
        self.renew_button = make_button(self.tr("Renouveler"), "renew_button",
                                        self.tr("Renouveler la période choisie"))
        self.contract_button = make_button(
            self.tr("Commencer le contrat"), "start_contract_button",
            self.tr("Commencer le contrat le lendemain de la fin de l'essai"))
        self.end_date = make_date("contracts_end_date", self.tr("Dernier jour"), today)
        self.end_reason = make_line("contracts_end_reason", self.tr("Motif (équipe seulement)"),
                                    REASON_MAX)
        self.end_button = make_button(self.tr("Arrêter avant la fin"), "end_early_button",
                                      self.tr("Arrêter la période choisie avant sa fin"))
        start_form = make_form()
        add_row(start_form, self.tr("À &partir du :"), self.start_date)
        end_form = make_form()
        add_row(end_form, self.tr("&Dernier jour :"), self.end_date)
        add_row(end_form, self.tr("&Motif :"), self.end_reason)

        self.exit_costs = ExitAndCosts(ops, self.say, self)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(make_heading(self.tr("Se termine dans les 30 jours"),
                                      "contracts_soon_heading"))
        column.addWidget(self.soon)
        column.addWidget(self.soon_label)
        column.addWidget(make_heading(self.tr("Une personne"), "contracts_person_heading"))
        column.addWidget(self.search)
        column.addWidget(self.person_label)
        column.addWidget(self.periods)
        column.addLayout(start_form)
        column.addLayout(hbox(self.without_trial, 1))
        column.addLayout(hbox(self.trial_button, self.renew_button, 1))
        column.addLayout(hbox(self.contract_button, 1))
        column.addLayout(end_form)
        column.addLayout(hbox(self.end_button, 1))
        column.addWidget(self.message)
        column.addWidget(self.exit_costs)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        self.search.view.selectionModel().selectionChanged.connect(
            lambda *_: self._on_person())
        self.soon.doubleClicked.connect(lambda _i: self._on_soon())
        self.trial_button.clicked.connect(self.start_trial)
        self.renew_button.clicked.connect(self.renew)
        self.contract_button.clicked.connect(self.start_contract)
        self.end_button.clicked.connect(self.end_early)
        self.refresh()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        club = self.ops.club
        soon = self.ops.run(club.contracts.ending_within, SOON_DAYS, clock.today())
        rows: list[PeriodRow] = soon.value if soon.ok else []
        self.soon_model.set_rows(rows)
        self.soon_label.setText(self.tr("Rien ne se termine dans les 30 jours.") if not rows
                                else count_text(len(rows),
                                                self.tr("%1 période à décider."),
                                                self.tr("%1 périodes à décider.")))
        people = self.ops.run(club.members.list_members, "all")
        self.people_model.set_rows(people.value if people.ok else [])
        self.show_person(self.member_id)

    def show_person(self, member_id: int | None) -> None:
        self.member_id = member_id
        rows: list[PeriodRow] = []
        if member_id is not None:
            outcome = self.ops.run(self.ops.club.contracts.periods, member_id)
            rows = outcome.value if outcome.ok else []
            found = self.people_model.find_row(lambda p: p.id == member_id)
            name = self.people_model.row_at(found).display_name if found >= 0 else ""
            self.person_label.setText(self.tr("Personne choisie : %1").replace("%1", name))
        else:
            self.person_label.setText(self.tr("Choisissez une personne dans la liste."))
        self.periods_model.set_rows(rows)
        if rows:
            self.periods.selectRow(len(rows) - 1)
        for widget in (self.trial_button, self.renew_button, self.contract_button,
                       self.end_button):
            widget.setEnabled(member_id is not None)
        self.exit_costs.show_person(member_id)

    def _on_person(self) -> None:
        row = self.search.current_source_row()
        if row is not None:
            self.show_person(self.people_model.row_at(row).id)

    def _on_soon(self) -> None:
        row = selected_row(self.soon)
        if row is not None:
            self.show_person(self.soon_model.row_at(row).member_id)

    def _chosen_period(self) -> PeriodRow | None:
        row = selected_row(self.periods)
        return None if row is None else self.periods_model.row_at(row)

    # -- changing -------------------------------------------------------------------------

    def _done(self, outcome: Any, text: str) -> None:
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.refresh()
        self.say(text.replace("%1", f"{outcome.value.ends_on:%d/%m/%Y}"), good=True)

    def start_trial(self) -> None:
        if self.member_id is None:
            return
        self._done(self.ops.run(self.ops.club.contracts.start_trial, self.member_id,
                                from_qdate(self.start_date.date())),
                   self.tr("Mois d'essai enregistré : il se termine le %1."))

    def start_contract(self) -> None:
        if self.member_id is None:
            return
        alone = self.without_trial.isChecked()
        start = from_qdate(self.start_date.date()) if alone else None
        self._done(self.ops.run(self.ops.club.contracts.start_contract, self.member_id, start,
                                without_trial=alone),
                   self.tr("Contrat enregistré : il se termine le %1."))

    def renew(self) -> None:
        period = self._chosen_period()
        if period is None:
            self.say(self.tr("Choisissez d'abord une période."), problem=True)
            return
        self._done(self.ops.run(self.ops.club.contracts.renew, period.id),
                   self.tr("Renouvellement enregistré : il se termine le %1."))

    def end_early(self) -> None:
        period = self._chosen_period()
        if period is None:
            self.say(self.tr("Choisissez d'abord une période."), problem=True)
            return
        outcome = self.ops.run(self.ops.club.contracts.end_early, period.id,
                               from_qdate(self.end_date.date()), self.end_reason.text())
        if outcome.ok:
            self.end_reason.clear()
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.refresh()
        self.say(self.tr("Période arrêtée."), good=True)
