"""« Commissions »: the admission commissions (their day and the partners present), a new
commission, and for the chosen one its agenda: the applications still waiting for a
decision. The decision of the application chosen in the agenda (admis, refusé with a
reason and whether it was told, réorienté towards a partner, ajourné) is recorded with
« Enregistrer la décision ». Staff only (équipe, direction)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.admissions import ApplicationRow, CommissionRow
from clubdesk.model.topics import Topic
from clubdesk.ui.admissions.models import AgendaModel, CommissionsModel, reason_words
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import (
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_heading,
    make_table,
    scrolled,
    selected_row,
)
from clubdesk.ui.widgets.words import count_text


class CommissionsScreen(Screen):
    screen_name = "commissions_screen"
    topics = frozenset({Topic.FOLLOWUPS, Topic.MEMBERS, Topic.PARTNERS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Commissions"), intro=self.tr(
            "Les commissions d'admission et les partenaires présents. Choisissez une "
            "commission : les candidatures en attente de décision s'affichent ; pour "
            "chacune, notez la décision de la commission."),
            message_name="commissions_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        self.commission_id: int | None = None
        today = clock.today()

        # -- the commissions ----------------------------------------------------------------
        self.model = CommissionsModel(self)
        self.table = make_table("commissions_table", self.tr("Commissions"), self.model,
                                fixed=(0, 2), weights={1: 1})
        self.table.setMinimumHeight(150)

        # -- a new commission ---------------------------------------------------------------
        self.date_edit = make_date("commission_date", self.tr("Date de la commission"), today)
        self.partners_list = QListWidget()
        self.partners_list.setObjectName("commission_partners")
        self.partners_list.setAccessibleName(self.tr("Partenaires présents"))
        self.partners_list.setMinimumHeight(110)
        new_form = make_form()
        add_row(new_form, self.tr("&Date :"), self.date_edit)
        add_row(new_form, self.tr("&Partenaires présents :"), self.partners_list)
        self.add_button = make_button(self.tr("Enregistrer la commission"),
                                      "save_commission_button",
                                      self.tr("Enregistrer la nouvelle commission"))

        # -- the agenda and the decision ----------------------------------------------------
        self.agenda_label = QLabel()
        self.agenda_label.setObjectName("commission_agenda_label")
        self.agenda_label.setWordWrap(True)
        self.agenda_model = AgendaModel(self)
        self.agenda = make_table("commission_agenda", self.tr("Candidatures à décider"),
                                 self.agenda_model, fixed=(0, 2, 3), weights={1: 1})
        self.agenda.setMinimumHeight(150)
        self.decision_combo = make_combo("decision_choice", self.tr("Décision"), (
            (self.tr("admis"), "admitted"), (self.tr("refusé"), "refused"),
            (self.tr("réorienté"), "reoriented"), (self.tr("ajourné"), "postponed")))
        self.reason_combo = make_combo("decision_reason", self.tr("Motif du refus"), [
            (self.tr("— motif —"), ""), *((w, c) for c, w in reason_words().items())])
        self.told_combo = make_combo("decision_told", self.tr("Motif dit à la personne"), (
            (self.tr("— à préciser —"), None), (self.tr("oui"), True), (self.tr("non"), False)))
        self.partner_combo = make_combo("decision_partner", self.tr("Réorienté vers"))
        decision_form = make_form()
        add_row(decision_form, self.tr("Dé&cision :"), self.decision_combo)
        add_row(decision_form, self.tr("&Motif du refus :"), self.reason_combo)
        add_row(decision_form, self.tr("Motif di&t à la personne :"), self.told_combo)
        add_row(decision_form, self.tr("&Réorienté vers :"), self.partner_combo)
        self.decide_button = make_button(self.tr("Enregistrer la décision"),
                                         "save_decision_button",
                                         self.tr("Enregistrer la décision de la commission"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.table)
        column.addWidget(make_heading(self.tr("Nouvelle commission"), "commission_new_heading"))
        column.addLayout(new_form)
        column.addLayout(hbox(self.add_button, 1))
        column.addWidget(make_heading(self.tr("Ordre du jour"), "commission_agenda_heading"))
        column.addWidget(self.agenda_label)
        column.addWidget(self.agenda)
        column.addLayout(decision_form)
        column.addLayout(hbox(self.decide_button, 1))
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.decision_combo.currentIndexChanged.connect(lambda _i: self._decision_changed())
        self.add_button.clicked.connect(self.add_commission)
        self.decide_button.clicked.connect(self.decide)
        self.refresh()
        self._decision_changed()

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        club = self.ops.club
        outcome = self.ops.run(club.admissions.commissions)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        rows: list[CommissionRow] = outcome.value
        self.model.set_rows(rows)
        partners = self.ops.run(club.admissions.partners)
        self._fill_partners(set(partners.value if partners.ok else []))
        if self.commission_id is None and rows:  # the latest commission's agenda at first
            self.commission_id = rows[0].id
        if self.commission_id is not None:
            row = self.model.find_row(lambda r: r.id == self.commission_id)
            if row >= 0:
                self.table.selectRow(row)
        self._show_agenda()

    def _fill_partners(self, partners: set[tuple[int, str]]) -> None:
        ticked = {self.partners_list.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.partners_list.count())
                  if self.partners_list.item(i).checkState() == Qt.CheckState.Checked}
        self.partners_list.clear()
        ordered = sorted(partners, key=lambda p: p[1])
        for pid, name in ordered:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in ticked
                               else Qt.CheckState.Unchecked)
            self.partners_list.addItem(item)
        fill_combo(self.partner_combo, [(self.tr("— partenaire —"), None)] + [
            (name, pid) for pid, name in ordered])

    def _on_selection(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self.commission_id = self.model.row_at(row).id
        self._show_agenda()

    def _show_agenda(self) -> None:
        if self.commission_id is None:
            self.agenda_model.set_rows([])
            self.agenda_label.setText(self.tr("Choisissez une commission dans la liste."))
            return
        outcome = self.ops.run(self.ops.club.admissions.agenda, self.commission_id)
        rows: list[ApplicationRow] = outcome.value if outcome.ok else []
        self.agenda_model.set_rows(rows)
        self.agenda_label.setText(
            self.tr("Aucune candidature en attente de décision.") if not rows else
            count_text(len(rows), self.tr("%1 candidature en attente de décision."),
                       self.tr("%1 candidatures en attente de décision.")))

    def _decision_changed(self) -> None:
        decision = self.decision_combo.currentData()
        self.reason_combo.setEnabled(decision == "refused")
        self.told_combo.setEnabled(decision == "refused")
        self.partner_combo.setEnabled(decision == "reoriented")

    # -- changing -----------------------------------------------------------------------

    def add_commission(self) -> None:
        ids = [self.partners_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.partners_list.count())
               if self.partners_list.item(i).checkState() == Qt.CheckState.Checked]
        outcome = self.ops.run(self.ops.club.admissions.add_commission,
                               from_qdate(self.date_edit.date()), ids)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.commission_id = outcome.value.id
        for i in range(self.partners_list.count()):
            self.partners_list.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.refresh()
        self.say(self.tr("Commission enregistrée."), good=True)

    def decide(self) -> None:
        if self.commission_id is None:
            self.say(self.tr("Choisissez d'abord une commission."), problem=True)
            return
        row = selected_row(self.agenda)
        if row is None:
            self.say(self.tr("Choisissez d'abord une candidature de l'ordre du jour."),
                     problem=True)
            return
        application = self.agenda_model.row_at(row)
        decision = self.decision_combo.currentData()
        refused = decision == "refused"
        outcome = self.ops.run(
            self.ops.club.admissions.decide, application.id, self.commission_id, decision,
            reason=self.reason_combo.currentData() if refused else "",
            told=self.told_combo.currentData() if refused else None,
            partner_id=self.partner_combo.currentData() if decision == "reoriented" else None)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.refresh()
        self.say(self.tr("Décision enregistrée pour %1.").replace("%1", application.name),
                 good=True)
