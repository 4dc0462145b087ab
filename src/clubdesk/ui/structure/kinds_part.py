"""« Type de structure »: the kinds of structure on (issue 20), four check boxes. The same
choice is offered at first start (clubdesk.ui.session.login_screen) and kept, for the
direction, on the « Identité et locaux » page of « Structure »."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from clubdesk.model.structure_kinds import DEFAULT_KINDS, KIND_INFO, KINDS
from clubdesk.ui import i18n
from clubdesk.ui.structure.parts import StructureParts, translate


class KindsChoice(QWidget):
    """One check box per kind of structure; the club-house ticked until told otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kinds_choice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code in KINDS:
            box = QCheckBox(i18n.translate_core(KIND_INFO[code].label))
            box.setObjectName(f"kind_{code}")
            box.setAccessibleName(box.text())
            layout.addWidget(box)
            self.boxes[code] = box
        self.set_kinds(DEFAULT_KINDS)

    def kinds(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_kinds(self, kinds: tuple[str, ...] | list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in kinds)


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
