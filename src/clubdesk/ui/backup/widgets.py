"""The small builders the « Sauvegardes » and « Conservation des données » screens share: their
style sheet, buttons, hints, messages, the refusal page, the scrolled body and spin boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

BUTTON_HEIGHT = 36

STYLE = (
    "QLabel[hint=\"true\"] { color: #444; }"
    "QLabel[message=\"true\"] { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel[message=\"true\"][problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel[refusal=\"true\"] { background: #fff6e6; border: 1px solid #e3b873;"
    " border-radius: 6px; padding: 8px; color: #4a3200; }"
    "QLabel[status=\"true\"] { background: #f4f6f8; border: 1px solid #c9d1d9;"
    " border-radius: 6px; padding: 8px; }"
    "QTableView::item { padding: 4px; }"
    "QTableView QHeaderView::section { padding: 4px 10px; font-weight: 600; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
)


def make_button(name: str, text: str, accessible: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible or text.replace("&", ""))
    button.setMinimumHeight(BUTTON_HEIGHT)
    return button


def make_hint(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("hint", True)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def make_message(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setProperty("message", True)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def make_refusal(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("refusal", True)
    label.setWordWrap(True)
    label.hide()
    return label


def refusal_page(refusal: QLabel) -> QWidget:
    """The refusal at the top of the screen, alone (shown instead of the screen's body)."""
    page = QWidget()
    page.setObjectName(refusal.objectName() + "_page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(refusal)
    layout.addStretch(1)
    page.hide()
    return page


def scroll_area(name: str, accessible: str, body: QWidget) -> QScrollArea:
    """The screen's body, scrolled rather than squeezed on a small window."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setAccessibleName(accessible)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    return area


def show_message(label: QLabel, text: str, *, problem: bool = False) -> None:
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def make_spin(name: str, accessible: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(low, high)
    spin.setKeyboardTracking(False)
    spin.setMinimumHeight(BUTTON_HEIGHT)
    spin.setMinimumWidth(120)
    return spin
