"""Entry fields: text lines, drop-downs, numbers and French dates.

The drop-downs, number and date fields ignore the mouse wheel unless they have the keyboard
focus: scrolling a long form over a field must never change what it holds (a follow-up's
partner once changed to another firm that way). The wheel then scrolls the form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
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


_TYPED_DATE = (
    re.compile(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})"),  # 15/01/2026, 15/1/26
    re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})"),  # 15012026, 150126
)
_TYPING = re.compile(r"[\d/.\- ]{0,10}")


def typed_date(text: str, latest: date = LATEST) -> date | None:
    """A date typed the French way: « 15/01/2026 », « 15/1/26 », « 15012026 » (also with
    « . », « - » or spaces). A two-digit year is in the 2000s, or in the 1900s when that
    would be after ``latest`` (a birth date typed « 3/5/58 »). None: not a date."""
    text = text.strip()
    for pattern in _TYPED_DATE:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if date(2000 + year, 1, 1) <= latest else 1900
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


class WheelSafeDateEdit(_WheelOnlyWhenFocused, QDateEdit):
    """A date field that also takes a date typed whole (see :func:`typed_date`): the text is
    read when the field is left or on Enter, as a QDateEdit's sections would refuse
    « 15/1/26 ». The calendar, the arrows and the sections still work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._no_wheel_focus()
        self.setKeyboardTracking(False)  # « 15/01/20 » is not 2020 while « 26 » is coming
        # The date edit re-selects its sections as the cursor moves, which undoes free typing.
        self.lineEdit().cursorPositionChanged.disconnect()

    def _typed(self, text: str) -> QDate | None:
        value = typed_date(text, from_qdate(self.maximumDate()))
        return to_qdate(value) if value is not None else None

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        typed = self._typed(text)
        if typed is not None and self.minimumDate() <= typed <= self.maximumDate():
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())  # not a date: back to the last one

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        typed = self._typed(text)
        return QDateTime(typed, QTime(0, 0)) if typed is not None else self.dateTime()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Printable characters go straight into the text (the date edit would jump to the
        next section on « / »); arrows, Enter and shortcuts keep their usual meaning."""
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)
        if plain and event.text() and event.text().isprintable():
            QAbstractSpinBox.keyPressEvent(self, event)
        else:
            super().keyPressEvent(event)


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
    """A French date field (JJ/MM/AAAA, a calendar on its arrow, « 15/1/26 » or « 15012026 »
    typed) set to ``today``, which is also the latest date it takes."""
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
