"""What every page of « Structure » is built with: the French dates of its fields, its form,
button, line and table makers, the page's message and the one way a change is made.

The pages are sections of the one StructureScreen (each a class of its own module, all on
this base); their strings keep the StructureScreen translation context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui.operations import Operations
from clubdesk.ui.table_model import make_table

translate = QCoreApplication.translate
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
_FRENCH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


def to_iso(text: str) -> str:
    """'01/11/2023' -> '2023-11-01'; anything else is passed on as typed (the service says
    what is wrong with it)."""
    found = _FRENCH_DATE.match(text)
    if not found:
        return text.strip()
    day, month, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return text.strip()


def from_iso(text: str) -> str:
    try:
        return date.fromisoformat(text).strftime("%d/%m/%Y") if text else ""
    except ValueError:
        return text


class StructureParts(QWidget):
    """The screen's common helpers; the screen sets the attributes below."""

    ops: Operations
    today: Callable[[], date]
    confirm: Callable[[str], bool]  # asks before a line is deleted
    messages: dict[str, QLabel]
    _own_change: bool  # an edit of this screen under way (read back by its page)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        return form

    @staticmethod
    def _add_row(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _message(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name}_message")
        label.setProperty("message", True)
        label.setWordWrap(True)
        label.hide()
        self.messages[name] = label
        return label

    def show_message(self, name: str, text: str, *, problem: bool = False) -> None:
        label = self.messages[name]
        label.setProperty("problem", problem)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    @staticmethod
    def _button(text: str, name: str, accessible: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible or text)
        button.setMinimumHeight(34)
        return button

    @staticmethod
    def _line(name: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        return edit

    @staticmethod
    def _table(name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
        # the last column (a note, a title) takes the space left
        return make_table(name, accessible, model, stretch=model.columnCount() - 1)

    @staticmethod
    def _page(*widgets: QWidget, scroll: bool = False) -> tuple[QWidget, QVBoxLayout]:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        for widget in widgets:
            layout.addWidget(widget)
        if not scroll:
            return inner, layout
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        return area, layout

    def _run(self, page: str, call: Callable[..., Any], *args: Any, done: str = "",
             then: Callable[[], None] | None = None, **kwargs: Any) -> bool:
        """One change through the operations; the page's message says how it went, and
        only that page is read again (what is typed elsewhere stays)."""
        self._own_change = True  # read back below, page by page: no reload of every page
        try:
            outcome = self.ops.run(call, *args, **kwargs)
        finally:
            self._own_change = False
        if not outcome.ok:
            self.show_message(page, str(outcome.error), problem=True)
            return False
        if then is not None:
            then()
        self.show_message(page, done)
        return True

    def _year_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(translate("StructureScreen", "Année"))
        spin.setRange(2000, self.today().year + 1)
        spin.setValue(self.today().year - 1)
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(110)
        return spin

    def _year_row(self, spin: QSpinBox) -> QHBoxLayout:
        label = QLabel(translate("StructureScreen", "&Année :"))
        label.setBuddy(spin)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(spin)
        row.addStretch(1)
        return row
