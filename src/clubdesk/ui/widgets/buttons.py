"""Buttons and check boxes with the same height and accessible names everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QSizePolicy

BUTTON_HEIGHT = 36  # at 100 %: the style sheet's QPushButton min-height with its padding
FIELD_HEIGHT = 32


def make_button(text: str, name: str, accessible: str | None = None, *,
                fixed: bool = True) -> QPushButton:
    """A push button; ``fixed`` False lets it grow with its row."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible or text.replace("&", ""))
    # its height comes from the style sheet (min-height grows with the text size): a fixed
    # minimum here would let a layout squeeze it to a check box's height at 200 %
    if fixed:
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


def make_check(text: str, name: str, accessible: str | None = None) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(accessible or text.replace("&", ""))
    box.setMinimumHeight(FIELD_HEIGHT)
    return box
