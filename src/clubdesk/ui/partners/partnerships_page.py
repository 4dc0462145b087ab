"""The « Partenariats » tab of a partner on « Partenaires »: its partnerships (an internship
agreement, a sponsorship…) and the form to add one. Its strings keep the screen's translation
context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from clubdesk.ui.partners.models import PartnershipsModel
from clubdesk.ui.widgets import (
    add_row,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_date,
    make_form,
    make_line,
    make_message,
    make_table,
    set_message,
)

if TYPE_CHECKING:
    from clubdesk.ui.partners.partners_screen import PartnersScreen

translate = QCoreApplication.translate


class PartnershipsPage(QWidget):
    def __init__(self, screen: PartnersScreen) -> None:
        super().__init__()
        self.partners_screen = screen
        today = screen.today()
        self.partnerships_model = PartnershipsModel(self)
        self.partnerships_table = make_table(
            "partnerships_table", translate("PartnersScreen", "Partenariats du partenaire"),
            self.partnerships_model, fixed=(1, 2, 3))
        self.partnerships_table.setMinimumHeight(130)
        self.partnership_kind = make_line(
            "partnership_kind", translate("PartnersScreen", "Type de partenariat"), 200,
            translate("PartnersScreen", "par exemple : convention de stage"))
        self.partnership_start = make_date(
            "partnership_start", translate("PartnersScreen", "Début du partenariat"), today)
        self.partnership_ongoing = make_check(
            translate("PartnersScreen", "en cours"), "partnership_ongoing",
            translate("PartnersScreen", "Partenariat en cours, sans date de fin"))
        self.partnership_ongoing.setChecked(True)
        self.partnership_end = make_date(
            "partnership_end", translate("PartnersScreen", "Fin du partenariat"), today)
        self.partnership_end.setEnabled(False)
        self.partnership_ongoing.toggled.connect(
            lambda on: self.partnership_end.setEnabled(not on))
        self.partnership_signed = make_check(
            translate("PartnersScreen", "signée le"), "partnership_signed",
            translate("PartnersScreen", "La convention est signée"))
        self.partnership_signed_on = make_date(
            "partnership_signed_on",
            translate("PartnersScreen", "Date de signature de la convention"), today)
        self.partnership_signed_on.setEnabled(False)
        self.partnership_signed.toggled.connect(self.partnership_signed_on.setEnabled)
        self.add_partnership_button = make_button(
            translate("PartnersScreen", "Ajouter le partenariat"), "add_partnership_button")
        self.partnership_message = make_message("partnership_message")
        self.partnership_box = QGroupBox(translate("PartnersScreen", "Nouveau partenariat"))
        self.partnership_box.setObjectName("partnership_box")
        form = make_form()
        add_row(form, translate("PartnersScreen", "&Type :"), self.partnership_kind)
        add_row(form, translate("PartnersScreen", "&Début :"), self.partnership_start,
                hbox(self.partnership_start, 1))
        add_row(form, translate("PartnersScreen", "&Fin :"), self.partnership_ongoing,
                hbox(self.partnership_ongoing, self.partnership_end, 1))
        add_row(form, translate("PartnersScreen", "&Convention :"), self.partnership_signed,
                hbox(self.partnership_signed, self.partnership_signed_on, 1))
        box_layout = QVBoxLayout(self.partnership_box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.add_partnership_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.partnerships_table, 1)
        layout.addWidget(self.partnership_box)
        layout.addWidget(self.partnership_message)
        self.add_partnership_button.clicked.connect(self.add_partnership)

    def add_partnership(self) -> None:
        partner = self.partners_screen.partner_or_say(self.partnership_message)
        if partner is None:
            return
        signed = self.partnership_signed.isChecked()
        ops = self.partners_screen.ops
        outcome = ops.run(
            ops.club.partners.add_partnership, partner.id, self.partnership_kind.text(),
            from_qdate(self.partnership_start.date()),
            None if self.partnership_ongoing.isChecked()
            else from_qdate(self.partnership_end.date()),
            agreement_signed=signed,
            agreement_signed_on=from_qdate(self.partnership_signed_on.date()) if signed else None)
        if not outcome.ok:
            set_message(self.partnership_message, str(outcome.error), problem=True)
            return
        self.partnership_kind.clear()
        self.partnership_ongoing.setChecked(True)
        self.partnership_signed.setChecked(False)
        set_message(self.partnership_message, translate("PartnersScreen", "Partenariat ajouté."))
