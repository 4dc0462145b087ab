"""Under a new record: the people already on file who may be the same person, to open
instead of creating a double."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from clubdesk.model.members import MemberRow
from clubdesk.ui.members.member_table_model import status_label
from clubdesk.ui.widgets import make_button, make_hint, make_strong

translate = QCoreApplication.translate


class DuplicatesPanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("duplicates_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        sentence = make_strong(translate("MemberForm", "Cette personne existe peut-être déjà :"))
        self.duplicates_list = QListWidget()
        self.duplicates_list.setObjectName("duplicates_list")
        self.duplicates_list.setAccessibleName(translate("MemberForm", "Fiches qui se ressemblent"))
        self.duplicates_list.setMaximumHeight(96)
        sentence.setBuddy(self.duplicates_list)
        self.open_duplicate_button = make_button(
            translate("MemberForm", "Ouvrir cette fiche"), "open_duplicate_button",
            translate("MemberForm", "Ouvrir la fiche existante choisie"))
        explain = make_hint(translate(
            "MemberForm",
            "Si c'est bien elle, ouvrez sa fiche. Sinon, cliquez sur « Créer quand même »."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(sentence)
        row = QHBoxLayout()
        row.addWidget(self.duplicates_list, 1)
        row.addWidget(self.open_duplicate_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(explain)

    def show_rows(self, found: Sequence[MemberRow]) -> None:
        self.duplicates_list.clear()
        for row in found:
            parts = [row.display_name, status_label(row.status).lower()]
            parts += [p for p in (row.phone, row.email) if p]
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.duplicates_list.addItem(item)
        self.duplicates_list.setCurrentRow(0)
        self.show()
        self.duplicates_list.setFocus()

    def chosen_id(self) -> int | None:
        item = self.duplicates_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
