"""The « Charte et adhésion » page of the member record: the charter's signatures, the membership
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

from clubdesk.model.charter import Signature
from clubdesk.model.exit_reasons import EXIT_REASON_LABELS, exit_reason_label
from clubdesk.model.tables import MembershipPeriod
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.members.member_pages import FormPage
from clubdesk.ui.widgets import (
    add_row,
    french_date,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date_edit,
    make_strong,
)

translate = QCoreApplication.translate


class MembershipPage(FormPage):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charter_status = make_strong("", "charter_status")
        self.charter_list = QListWidget()
        self.charter_list.setObjectName("charter_list")
        self.charter_list.setAccessibleName(translate("MemberForm",
                                                      "Signatures de la charte"))
        self.charter_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.charter_list.setMinimumHeight(60)
        self.charter_date = make_date_edit(
            "charter_date", translate("MemberForm", "Date de signature de la charte"), today)
        self.sign_button = make_button(
            translate("MemberForm", "Signer la charte"), "sign_charter_button",
            translate("MemberForm", "Noter une signature de la charte à la date choisie"),
            fixed=False)

        charter_box = QGroupBox(translate("MemberForm", "Charte"))
        charter_form = self.form()
        charter_form.addRow(self.charter_status)
        charter_form.addRow(self.charter_list)
        # the button under its date, as for joining and leaving: side by side they were wider
        # than the record at 100 % (the page scrolled sideways, the button cut at its edge)
        add_row(charter_form, translate("MemberForm", "Date de &signature :"),
                self.charter_date)
        charter_form.addRow("", hbox(self.sign_button, 1))
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
        # A choice, never free text: a reason written by hand could hold a health detail.
        self.leave_reason = make_combo(
            "leave_reason", translate("MemberForm", "Motif du départ"),
            [(translate("MemberForm", "(non renseigné)"), ""),
             *((translate_core(label), code)
               for code, label in EXIT_REASON_LABELS.items())])
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
        add_row(actions, translate("MemberForm", "&Motif du départ :"),
                self.leave_reason)
        actions.addRow("", hbox(self.leave_button, 1))
        return actions

    # -- what the page holds ----------------------------------------------------------

    def chosen_charter_date(self) -> date:
        return from_qdate(self.charter_date.date())

    def show_signatures(self, signatures: Sequence[Signature], version: str,
                        pending: date | None) -> None:
        """Every signature kept (oldest first), and whether the charter in force is signed."""
        self.charter_list.clear()
        for s in signatures:
            self.charter_list.addItem(translate("MemberForm", "version %1, signée le %2")
                                      .replace("%1", s.version)
                                      .replace("%2", french_date(s.signed_on)))
        if pending is not None:
            self.charter_list.addItem(
                translate("MemberForm", "version %1, signée le %2 (sera enregistrée avec "
                          "la fiche)").replace("%1", version)
                .replace("%2", french_date(pending)))
        if not signatures and pending is None:
            self.charter_list.addItem(translate("MemberForm", "Aucune signature pour "
                                                "l'instant."))
        signed = pending is not None or any(s.version == version for s in signatures)
        self.charter_status.setText(
            (translate("MemberForm", "Charte actuelle (version %1) : signée.") if signed
             else translate("MemberForm", "Charte actuelle (version %1) : pas encore "
                            "signée.")).replace("%1", version))
        self.sign_button.setText(translate("MemberForm", "Signer la charte (version %1)")
                                 .replace("%1", version))

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
                    text += " (" + translate_core(
                        exit_reason_label(p.leave_reason)) + ")"
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
