"""The form of one staff member: name, function, qualification, pair-aidant, the account
they sign in with, and (for a new person) the FTE and first day of their contract."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from clubdesk.model.staff import StaffRow
from clubdesk.ui.widgets import (
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_decimal,
    make_form,
    make_line,
    to_qdate,
)

translate = QCoreApplication.translate


class StaffForm(QGroupBox):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(translate("StaffScreen", "Fiche du salarié"), parent)
        self.setObjectName("staff_form")
        self.first_edit = make_line("staff_first_name", translate("StaffScreen", "Prénom"), 100)
        self.last_edit = make_line("staff_last_name", translate("StaffScreen", "Nom"), 100)
        self.function_edit = make_line(
            "staff_function",
            translate("StaffScreen", "Fonction"),
            200,
            translate("StaffScreen", "par exemple : chargée d'insertion"),
        )
        self.qualification_edit = make_line(
            "staff_qualification",
            translate("StaffScreen", "Qualification"),
            200,
            translate("StaffScreen", "par exemple : DEES"),
        )
        self.peer_check = make_check(
            translate("StaffScreen", "Travailleur pair-aidant"), "staff_peer_worker"
        )
        self.account_combo = make_combo(
            "staff_account", translate("StaffScreen", "Compte de connexion")
        )
        self.fte_spin = make_decimal(
            "staff_first_fte", translate("StaffScreen", "ETP du contrat"), 0.01, 1.0
        )
        self.fte_spin.setValue(1.0)
        self.start_date = make_date(
            "staff_first_day", translate("StaffScreen", "Premier jour du contrat"), today
        )
        self.save_button = make_button(
            translate("StaffScreen", "Enregistrer"),
            "save_staff_button",
            translate("StaffScreen", "Enregistrer la fiche du salarié"),
        )
        form = make_form()
        add_row(form, translate("StaffScreen", "&Prénom :"), self.first_edit)
        add_row(form, translate("StaffScreen", "&Nom :"), self.last_edit)
        add_row(form, translate("StaffScreen", "&Fonction :"), self.function_edit)
        add_row(form, translate("StaffScreen", "&Qualification :"), self.qualification_edit)
        form.addRow(QLabel(""), self.peer_check)
        add_row(form, translate("StaffScreen", "&Compte :"), self.account_combo)
        self.fte_caption = add_row(form, translate("StaffScreen", "&ETP :"), self.fte_spin)
        self.start_caption = add_row(
            form, translate("StaffScreen", "À partir du :"), self.start_date
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(hbox(1, self.save_button))
        self.set_accounts([])

    def set_accounts(self, accounts: list[tuple[str, int]]) -> None:
        fill_combo(
            self.account_combo, [(translate("StaffScreen", "Aucun compte"), None), *accounts]
        )

    def fill(self, row: StaffRow | None, today: date) -> None:
        """A staff member's values, or an empty form for a new one (FTE and first day);
        the box's title says which."""
        self.setTitle(translate("StaffScreen", "Fiche de %1").replace("%1", row.display_name)
                      if row else translate("StaffScreen", "Nouveau salarié : sa fiche"))
        self.first_edit.setText(row.first_name if row else "")
        self.last_edit.setText(row.last_name if row else "")
        self.function_edit.setText(row.function if row else "")
        self.qualification_edit.setText(row.qualification if row else "")
        self.peer_check.setChecked(bool(row and row.peer_worker))
        self.account_combo.setCurrentIndex(
            max(0, self.account_combo.findData(row.user_id if row else None))
        )
        for widget in (self.fte_spin, self.start_date, self.fte_caption, self.start_caption):
            widget.setVisible(row is None)
        self.fte_spin.setValue(1.0)
        self.start_date.setDate(to_qdate(today))

    def values(self) -> dict[str, Any]:
        return {
            "first_name": self.first_edit.text(),
            "last_name": self.last_edit.text(),
            "function": self.function_edit.text(),
            "qualification": self.qualification_edit.text(),
            "peer_worker": self.peer_check.isChecked(),
        }

    def first_period(self) -> tuple[float, date]:
        return round(self.fte_spin.value(), 2), from_qdate(self.start_date.date())
