"""« Type de structure »: the kinds of structure on (issue 20), four check boxes. The same
choice is offered at first start (clubdesk.ui.session.login_screen) and kept, for the
direction, on the « Identité et locaux » page of « Structure »."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout

from clubdesk.ui.structure.parts import StructureParts, translate
from clubdesk.ui.widgets.kinds_choice import KindsChoice


class KindsSection(StructureParts):
    """The « Type de structure » box: the direction ticks the kinds on and saves them."""

    def _kinds_box(self) -> QGroupBox:
        self.kinds_box = box = QGroupBox(translate("StructureScreen", "Type de structure"))
        box.setObjectName("kinds_box")
        self.kinds_choice = KindsChoice()
        self.save_kinds_button = self._button(
            translate("StructureScreen", "Enregistrer"), "save_kinds_button",
            translate("StructureScreen", "Enregistrer le type de structure"))
        self.save_kinds_button.clicked.connect(self.save_kinds)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_kinds_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.kinds_choice)
        layout.addLayout(row)
        layout.addWidget(self._message("kinds"))
        return box

    def save_kinds(self) -> None:
        self._run("kinds", self.ops.club.kinds.set, self.kinds_choice.kinds(),
                  done=translate("StructureScreen", "Type de structure enregistré."),
                  then=self._load_kinds)

    def _load_kinds(self) -> None:
        self.kinds_choice.set_kinds(self.ops.club.kinds.current())
