"""The « Échanges » tab of a partner on « Partenaires »: the exchanges with the club and the
form to note one, with the members it concerned (found by name). Its strings keep the
screen's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clubdesk.model.errors import ClubdeskError
from clubdesk.model.partners import INTERACTION_LABELS
from clubdesk.ui.partners.models import InteractionsModel, interaction_label
from clubdesk.ui.table_model import MemberResultsModel
from clubdesk.ui.widgets import (
    add_row,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_line,
    make_list,
    make_message,
    make_table,
    set_message,
    to_qdate,
)

if TYPE_CHECKING:
    from clubdesk.ui.partners.partners_screen import PartnersScreen

translate = QCoreApplication.translate


def _with_button(view: QWidget, button: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(view, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


class InteractionsPage(QWidget):
    def __init__(self, screen: PartnersScreen) -> None:
        super().__init__()
        self.partners_screen = screen
        today = screen.today()
        self.interactions_model = InteractionsModel(self)
        self.interactions_table = make_table(
            "interactions_table", translate("PartnersScreen", "Échanges avec le partenaire"),
            self.interactions_model, fixed=(0,), weights={1: 2, 2: 3})
        self.interactions_table.setMinimumHeight(130)
        self.interaction_date = make_date(
            "interaction_date", translate("PartnersScreen", "Date de l'échange"), today)
        self.interaction_kind = make_combo(
            "interaction_kind", translate("PartnersScreen", "Type d'échange"),
            [(interaction_label(key), key) for key in INTERACTION_LABELS])
        self.interaction_note = make_line(
            "interaction_note", translate("PartnersScreen", "Note de l'échange"), 1000,
            translate("PartnersScreen", "facultatif"))
        self.interaction_search = make_line(
            "interaction_member_search",
            translate("PartnersScreen", "Chercher un membre concerné"), 100,
            translate("PartnersScreen", "chercher par nom ou prénom"))
        self.interaction_results_model = MemberResultsModel(self)
        self.interaction_results = make_list(
            "interaction_member_results", translate("PartnersScreen", "Membres trouvés"),
            self.interaction_results_model)
        self.interaction_results.setFixedHeight(100)
        self.add_member_button = make_button(
            translate("PartnersScreen", "Ajouter ce membre"), "add_interaction_member_button",
            translate("PartnersScreen", "Ajouter le membre trouvé à l'échange"))
        self.chosen_model = MemberResultsModel(self)
        self.chosen_members = make_list(
            "interaction_members",
            translate("PartnersScreen", "Membres concernés par l'échange"), self.chosen_model)
        self.chosen_members.setFixedHeight(80)
        self.remove_member_button = make_button(
            translate("PartnersScreen", "Retirer"), "remove_interaction_member_button",
            translate("PartnersScreen", "Retirer le membre de l'échange"))
        self.add_interaction_button = make_button(
            translate("PartnersScreen", "Noter l'échange"), "add_interaction_button")
        self.interaction_message = make_message("interaction_message")

        self.interaction_box = QGroupBox(translate("PartnersScreen", "Nouvel échange"))
        self.interaction_box.setObjectName("interaction_box")
        form = make_form()
        add_row(form, translate("PartnersScreen", "&Date :"), self.interaction_date,
                hbox(self.interaction_date, 1))
        add_row(form, translate("PartnersScreen", "&Type :"), self.interaction_kind)
        add_row(form, translate("PartnersScreen", "&Note :"), self.interaction_note)
        search_label = QLabel(translate("PartnersScreen", "&Membres concernés (facultatif) :"))
        search_label.setBuddy(self.interaction_search)
        search_label.setWordWrap(True)
        chosen_label = QLabel(translate("PartnersScreen", "Membres choisis :"))
        chosen_label.setBuddy(self.chosen_members)
        box_layout = QVBoxLayout(self.interaction_box)
        box_layout.addLayout(form)
        box_layout.addSpacing(6)
        box_layout.addWidget(search_label)
        box_layout.addLayout(hbox(self.interaction_search, self.add_member_button))
        box_layout.addWidget(self.interaction_results)
        box_layout.addWidget(chosen_label)
        box_layout.addLayout(_with_button(self.chosen_members, self.remove_member_button))
        box_layout.addLayout(hbox(1, self.add_interaction_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.interactions_table, 1)
        layout.addWidget(self.interaction_box)
        layout.addWidget(self.interaction_message)
        self.interaction_search.textChanged.connect(lambda *_: self.search_members())
        self.interaction_search.returnPressed.connect(self.add_found_member)
        self.interaction_results.activated.connect(lambda *_: self.add_found_member())
        self.add_member_button.clicked.connect(self.add_found_member)
        self.remove_member_button.clicked.connect(self.remove_chosen_member)
        self.add_interaction_button.clicked.connect(self.add_interaction)
        self.search_members()
        self._update_chosen()

    # -- members of an exchange ---------------------------------------------------------------

    def search_members(self) -> None:
        text = self.interaction_search.text().strip()
        rows = []
        if text:
            try:
                rows = self.partners_screen.ops.club.members.search(text, limit=20)
            except ClubdeskError as exc:
                set_message(self.interaction_message, str(exc), problem=True)
        self.interaction_results_model.set_rows(rows)
        self.interaction_results.setVisible(bool(text))
        if rows:
            self.interaction_results.setCurrentIndex(
                self.interaction_results_model.index(0, 0))
        self.add_member_button.setEnabled(bool(rows))

    def add_found_member(self) -> None:
        index = self.interaction_results.currentIndex()
        if not index.isValid():
            return
        member = self.interaction_results_model.row_at(index.row())
        chosen = self.chosen_model.rows()
        if all(m.id != member.id for m in chosen):
            self.chosen_model.set_rows([*chosen, member])
        self.interaction_search.clear()
        self.interaction_search.setFocus()
        self._update_chosen()

    def remove_chosen_member(self) -> None:
        index = self.chosen_members.currentIndex()
        if not index.isValid():
            return
        rows = self.chosen_model.rows()
        del rows[index.row()]
        self.chosen_model.set_rows(rows)
        self._update_chosen()

    def _update_chosen(self) -> None:
        self.remove_member_button.setEnabled(self.chosen_model.rowCount() > 0)
        if self.chosen_model.rowCount() > 0:
            self.chosen_members.setCurrentIndex(self.chosen_model.index(0, 0))

    def add_interaction(self) -> None:
        partner = self.partners_screen.partner_or_say(self.interaction_message)
        if partner is None:
            return
        ops = self.partners_screen.ops
        outcome = ops.run(
            ops.club.partners.add_interaction, partner.id,
            from_qdate(self.interaction_date.date()), self.interaction_kind.currentData(),
            note=self.interaction_note.text(),
            member_ids=tuple(m.id for m in self.chosen_model.rows()))
        if not outcome.ok:
            set_message(self.interaction_message, str(outcome.error), problem=True)
            return
        self.interaction_note.clear()
        self.chosen_model.set_rows([])
        self._update_chosen()
        self.interaction_date.setDate(to_qdate(self.partners_screen.today()))
        set_message(self.interaction_message, translate("PartnersScreen", "Échange noté."))
