"""The « Charte et adhésion » page of the member record: the charter, the membership
periods (a history never edited from here) and the date to join or leave at.

The page shows; the record (clubdesk.ui.members.member_form) acts on its buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.tables import Member, MembershipPeriod
from clubdesk.ui.members.member_pages import FormPage
from clubdesk.ui.widgets import (
    add_row,
    french_date,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_date_edit,
    make_line,
    make_strong,
    to_qdate,
)

translate = QCoreApplication.translate


class MembershipPage(FormPage):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charter_not_signed = make_check(
            translate("MemberForm", "Pas encore signée"), "charter_not_signed",
            translate("MemberForm", "La charte n'est pas encore signée"))
        self.charter_date = make_date_edit(
            "charter_date", translate("MemberForm", "Date de signature de la charte"), today)
        self.charter_version = make_line(
            "charter_version", translate("MemberForm", "Version de la charte"), 40,
            translate("MemberForm", "par exemple 2024"))
        self.charter_not_signed.toggled.connect(self.charter_toggled)

        charter_box = QGroupBox(translate("MemberForm", "Charte"))
        charter_form = self.form()
        charter_form.addRow(self.charter_not_signed)
        add_row(charter_form, translate("MemberForm", "Date de &signature :"), self.charter_date)
        add_row(charter_form, translate("MemberForm", "&Version :"), self.charter_version)
        charter_box.setLayout(charter_form)

        self.membership_status = make_strong("", "membership_status")
        self.periods_list = QListWidget()
        self.periods_list.setObjectName("periods_list")
        self.periods_list.setAccessibleName(translate("MemberForm", "Périodes d'adhésion"))
        self.periods_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.periods_list.setMinimumHeight(90)
        self.membership_date = make_date_edit(
            "membership_date", translate("MemberForm", "Date d'adhésion ou de départ"), today)
        self.join_button = make_button(
            translate("MemberForm", "Adhérer"), "join_button",
            translate("MemberForm", "Adhérer à la date choisie"), fixed=False)
        self.cancel_join_button = make_button(
            translate("MemberForm", "Annuler cette adhésion"), "cancel_join_button",
            translate("MemberForm", "Annuler l'adhésion notée"), fixed=False)
        self.leave_reason = make_line(
            "leave_reason", translate("MemberForm", "Motif du départ (facultatif)"), 300)
        self.leave_button = make_button(
            translate("MemberForm", "Quitter le club"), "leave_button",
            translate("MemberForm", "Quitter le club à la date choisie"), fixed=False)
        self.join_button.setMinimumWidth(130)
        self.leave_button.setMinimumWidth(130)

        membership_box = QGroupBox(translate("MemberForm", "Adhésion"))
        box = QVBoxLayout(membership_box)
        box.setSpacing(10)
        box.addWidget(self.membership_status)
        periods_label = QLabel(translate("MemberForm", "&Historique des adhésions :"))
        periods_label.setBuddy(self.periods_list)
        box.addWidget(periods_label)
        box.addWidget(self.periods_list)
        box.addLayout(self._actions())

        self.column.addWidget(charter_box)
        self.column.addWidget(membership_box, 1)

    def _actions(self) -> QFormLayout:
        """The date, then joining; the reason, then leaving: one field a row, its button
        under it (a row of three did not fit the record at large text sizes)."""
        actions = self.form()
        add_row(actions, translate("MemberForm", "À la &date du :"), self.membership_date)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_button)
        join_row.addWidget(self.cancel_join_button)
        join_row.addStretch(1)
        actions.addRow("", join_row)
        add_row(actions, translate("MemberForm", "&Motif du départ (facultatif) :"),
                self.leave_reason)
        actions.addRow("", hbox(self.leave_button, 1))
        return actions

    # -- what the page holds ----------------------------------------------------------

    def charter_toggled(self, not_signed: bool) -> None:
        self.charter_date.setEnabled(not not_signed)

    def charter_signed_on(self) -> date | None:
        if self.charter_not_signed.isChecked():
            return None
        return from_qdate(self.charter_date.date())

    def fill_charter(self, member: Member) -> None:
        signed = member.charter_signed_on
        self.charter_not_signed.setChecked(signed is None)
        if signed is not None:
            self.charter_date.setDate(to_qdate(signed))
        self.charter_toggled(signed is None)
        self.charter_version.setText(member.charter_version)

    def chosen_date(self) -> date:
        return from_qdate(self.membership_date.date())

    def show_periods(self, periods: Sequence[MembershipPeriod], *, creating: bool,
                     pending_join: date | None) -> None:
        """The history, the status in one sentence, and which buttons make sense now."""
        self.periods_list.clear()
        for p in periods:
            if p.left_on is None:
                text = translate("MemberForm", "depuis le %1").replace(
                    "%1", french_date(p.joined_on))
            else:
                text = translate("MemberForm", "du %1 au %2").replace(
                    "%1", french_date(p.joined_on)).replace("%2", french_date(p.left_on))
                if p.leave_reason:
                    text += f" ({p.leave_reason})"
            self.periods_list.addItem(text)
        open_period = next((p for p in periods if p.left_on is None), None)
        noted = creating and pending_join is not None
        if noted:
            assert pending_join is not None
            self.periods_list.addItem(
                translate("MemberForm", "depuis le %1 (sera enregistrée avec la fiche)")
                .replace("%1", french_date(pending_join)))
            status = translate("MemberForm", "Adhésion notée à partir du %1 : elle sera "
                               "enregistrée avec la fiche.").replace(
                "%1", french_date(pending_join))
        elif open_period is not None:
            status = translate("MemberForm", "Membre depuis le %1.").replace(
                "%1", french_date(open_period.joined_on))
        elif periods:
            status = translate("MemberForm", "Ancien membre : pas d'adhésion en cours.")
        else:
            status = translate("MemberForm", "Visiteur : pas encore d'adhésion.")
        if not periods and not noted:
            self.periods_list.addItem(translate("MemberForm", "Aucune adhésion pour l'instant."))
        self.membership_status.setText(status)
        self.join_button.setText(translate("MemberForm", "Ré-adhérer") if periods
                                 else translate("MemberForm", "Adhérer"))
        self.join_button.setEnabled(open_period is None and pending_join is None)
        self.cancel_join_button.setVisible(noted)
        self.leave_button.setEnabled(open_period is not None)
        self.leave_reason.setEnabled(open_period is not None)
