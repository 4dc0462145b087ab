"""The kinds of structure (issue 20) as four check boxes: offered at first start
(clubdesk.ui.session.login_screen) and on « Structure » (clubdesk.ui.structure.kinds_part)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from clubdesk.model.structure_kinds import DEFAULT_KINDS, KIND_INFO, KINDS
from clubdesk.ui import i18n


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
