"""The « Contacts » tab of a partner on « Partenaires »: its contacts and the form to add
one. Its strings keep the screen's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from clubdesk.ui.partners.models import ContactsModel
from clubdesk.ui.widgets import (
    add_row,
    hbox,
    make_button,
    make_form,
    make_line,
    make_message,
    make_table,
    set_message,
)

if TYPE_CHECKING:
    from clubdesk.ui.partners.partners_screen import PartnersScreen

translate = QCoreApplication.translate


class ContactsPage(QWidget):
    def __init__(self, screen: PartnersScreen) -> None:
        super().__init__()
        self.partners_screen = screen
        self.contacts_model = ContactsModel(self)
        self.contacts_table = make_table(
            "contacts_table", translate("PartnersScreen", "Contacts du partenaire"),
            self.contacts_model, fixed=(2,))
        self.contacts_table.setMinimumHeight(130)
        self.contact_name = make_line("contact_name",
                                      translate("PartnersScreen", "Nom du contact"), 200)
        self.contact_role = make_line(
            "contact_role", translate("PartnersScreen", "Rôle du contact"), 200,
            translate("PartnersScreen", "facultatif, par exemple : responsable RH"))
        self.contact_phone = make_line(
            "contact_phone", translate("PartnersScreen", "Téléphone du contact"), 40,
            translate("PartnersScreen", "facultatif"))
        self.contact_email = make_line(
            "contact_email", translate("PartnersScreen", "E-mail du contact"), 200,
            translate("PartnersScreen", "facultatif"))
        self.add_contact_button = make_button(
            translate("PartnersScreen", "Ajouter le contact"), "add_contact_button")
        self.contact_message = make_message("contact_message")
        self.contact_box = QGroupBox(translate("PartnersScreen", "Nouveau contact"))
        self.contact_box.setObjectName("contact_box")
        form = make_form()
        add_row(form, translate("PartnersScreen", "N&om :"), self.contact_name)
        add_row(form, translate("PartnersScreen", "&Rôle :"), self.contact_role)
        add_row(form, translate("PartnersScreen", "Télé&phone :"), self.contact_phone)
        add_row(form, translate("PartnersScreen", "&E-mail :"), self.contact_email)
        box_layout = QVBoxLayout(self.contact_box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.add_contact_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.contacts_table, 1)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.contact_message)
        self.add_contact_button.clicked.connect(self.add_contact)

    def add_contact(self) -> None:
        partner = self.partners_screen.partner_or_say(self.contact_message)
        if partner is None:
            return
        ops = self.partners_screen.ops
        outcome = ops.run(ops.club.partners.add_contact, partner.id,
                          self.contact_name.text(), role=self.contact_role.text(),
                          phone=self.contact_phone.text(),
                          email=self.contact_email.text())
        if not outcome.ok:
            set_message(self.contact_message, str(outcome.error), problem=True)
            return
        for line in (self.contact_name, self.contact_role, self.contact_phone,
                     self.contact_email):
            line.clear()
        set_message(self.contact_message, translate("PartnersScreen", "Contact ajouté."))
