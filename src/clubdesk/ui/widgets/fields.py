"""Entry fields: text lines, drop-downs, numbers and French dates.

The drop-downs, number and date fields ignore the mouse wheel unless they have the keyboard
focus: scrolling a long form over a field must never change what it holds (a follow-up's
partner once changed to another firm that way). The wheel then scrolls the form.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from clubdesk.ui.i18n import translate_core
from clubdesk.ui.widgets.buttons import FIELD_HEIGHT

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
LATEST = date(2100, 12, 31)  # the core refuses dates after 2100 (model/validation.py)


class _WheelOnlyWhenFocused:
    """Mixed into a field: it takes no focus from the wheel, and ignores the wheel unless it
    has the focus (the event then goes on to the form around it, which scrolls)."""

    def _no_wheel_focus(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # type: ignore[attr-defined]

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class WheelSafeComboBox(_WheelOnlyWhenFocused, QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._no_wheel_focus()


class WheelSafeSpinBox(_WheelOnlyWhenFocused, QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._no_wheel_focus()


class WheelSafeDoubleSpinBox(_WheelOnlyWhenFocused, QDoubleSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._no_wheel_focus()


class WheelSafeDateEdit(_WheelOnlyWhenFocused, QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._no_wheel_focus()


def make_line(name: str, accessible: str, max_length: int, placeholder: str = "") -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setAccessibleName(accessible)
    line.setMaxLength(max_length)
    line.setMinimumHeight(FIELD_HEIGHT)
    if placeholder:
        line.setPlaceholderText(placeholder)
    return line


def make_combo(name: str, accessible: str, items: Iterable[tuple[str, Any]] = ()) -> QComboBox:
    """A drop-down of (text, value) items."""
    combo = WheelSafeComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setMinimumHeight(FIELD_HEIGHT)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
    """Replace the items, keeping the chosen value when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if combo.currentData() != current:
        combo.currentIndexChanged.emit(combo.currentIndex())


def choices(labels: Mapping[str, str]) -> list[tuple[str, str]]:
    """(label in the interface's language, key) for a combo, from a dict of the core's Terms."""
    return [(translate_core(label), key) for key, label in labels.items()]


def make_spin(name: str, accessible: str, low: int, high: int, *, suffix: str = "",
              value: int | None = None) -> QSpinBox:
    """A whole number from ``low`` to ``high``; it changes on Enter, arrows or leaving the
    field (typing « 30 » does not act on « 3 » first)."""
    spin = WheelSafeSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(low, high)
    spin.setKeyboardTracking(False)
    spin.setMinimumHeight(FIELD_HEIGHT)
    if suffix:
        spin.setSuffix(suffix)
    if value is not None:
        spin.setValue(value)
    return spin


def make_decimal(name: str, accessible: str, low: float, high: float, *, decimals: int = 2,
                 step: float = 0.1, suffix: str = "") -> QDoubleSpinBox:
    """A decimal number (French comma) from ``low`` to ``high``."""
    spin = WheelSafeDoubleSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setLocale(FRENCH)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)
    spin.setMinimumHeight(FIELD_HEIGHT)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def french_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def make_date_edit(object_name: str, accessible_name: str, today: date) -> QDateEdit:
    """A French date field (JJ/MM/AAAA, a calendar on its arrow) set to ``today``, which is
    also the latest date it takes."""
    edit = WheelSafeDateEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setLocale(FRENCH)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(to_qdate(today))
    edit.setDate(to_qdate(today))
    edit.setMinimumWidth(170)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def make_date(name: str, accessible: str, value: date, *,
              latest: date | None = None) -> QDateEdit:
    """A French date field set to ``value``; ``latest`` None: any date up to 2100."""
    edit = make_date_edit(name, accessible, latest or LATEST)
    edit.setDate(to_qdate(value))
    edit.setMinimumHeight(FIELD_HEIGHT)
    return edit
