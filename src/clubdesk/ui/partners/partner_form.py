"""The « Nouveau partenaire » form of « Partenaires », shown in place of the chosen partner,
and the category choices it shares with the list's filter. Its strings keep the screen's
translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from clubdesk.model.partners import CATEGORY_LABELS
from clubdesk.ui.partners.models import category_hint, category_label
from clubdesk.ui.widgets import (
    add_row,
    hbox,
    make_button,
    make_combo,
    make_form,
    make_hint,
    make_line,
    make_message,
    set_message,
)

if TYPE_CHECKING:
    from clubdesk.ui.partners.partners_screen import PartnersScreen

translate = QCoreApplication.translate


def category_items() -> list[tuple[str, Any]]:
    return [(category_label(key), key) for key in CATEGORY_LABELS]


def add_category_hints(combo: Any) -> None:
    """Examples of partners of each category, as the tooltip of its item."""
    for index in range(combo.count()):
        hint = category_hint(combo.itemData(index))
        if hint:
            combo.setItemData(index, hint, Qt.ItemDataRole.ToolTipRole)


class NewPartnerBox(QGroupBox):
    def __init__(self, screen: PartnersScreen) -> None:
        super().__init__(translate("PartnersScreen", "Nouveau partenaire"))
        self.partners_screen = screen
        self.setObjectName("new_partner_box")
        self.partner_name = make_line(
            "partner_name", translate("PartnersScreen", "Nom du partenaire"), 200)
        self.partner_category = make_combo(
            "partner_category", translate("PartnersScreen", "Catégorie du partenaire"),
            category_items())
        add_category_hints(self.partner_category)
        self.category_hint = make_hint(name="partner_category_hint")
        self.partner_address = make_line(
            "partner_address", translate("PartnersScreen", "Adresse du partenaire"), 300,
            translate("PartnersScreen", "facultatif"))
        self.partner_city = make_line(
            "partner_city", translate("PartnersScreen", "Ville du partenaire"), 100,
            translate("PartnersScreen", "facultatif"))
        self.add_partner_button = make_button(
            translate("PartnersScreen", "Créer le partenaire"), "add_partner_button")
        self.cancel_partner_button = make_button(
            translate("PartnersScreen", "Annuler"), "cancel_partner_button",
            translate("PartnersScreen", "Annuler la création du partenaire"))
        self.new_partner_message = make_message("new_partner_message")
        form = make_form()
        add_row(form, translate("PartnersScreen", "&Nom :"), self.partner_name)
        add_row(form, translate("PartnersScreen", "Ca&tégorie :"), self.partner_category)
        form.addRow("", self.category_hint)
        add_row(form, translate("PartnersScreen", "&Adresse :"), self.partner_address)
        add_row(form, translate("PartnersScreen", "&Ville :"), self.partner_city)
        box_layout = QVBoxLayout(self)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.cancel_partner_button, self.add_partner_button))
        box_layout.addWidget(self.new_partner_message)
        box_layout.addStretch(1)
        self.partner_category.currentIndexChanged.connect(lambda *_: self._on_category())
        self.add_partner_button.clicked.connect(self.create_partner)
        self.cancel_partner_button.clicked.connect(screen.show_detail)
        self._on_category()

    def _on_category(self) -> None:
        hint = category_hint(self.partner_category.currentData())
        self.category_hint.setText(translate("PartnersScreen", "Par exemple : %1")
                                   .replace("%1", hint) if hint else "")
        self.category_hint.setVisible(bool(hint))

    def start(self) -> None:
        set_message(self.new_partner_message, "")
        self.partner_name.setFocus()

    def create_partner(self) -> None:
        ops = self.partners_screen.ops
        outcome = ops.run(ops.club.partners.create, self.partner_name.text(),
                          self.partner_category.currentData(),
                          address=self.partner_address.text(),
                          city=self.partner_city.text())
        if not outcome.ok:
            set_message(self.new_partner_message, str(outcome.error), problem=True)
            return
        for line in (self.partner_name, self.partner_address, self.partner_city):
            line.clear()
        self.partners_screen.show_created(outcome.value)
