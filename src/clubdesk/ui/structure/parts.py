"""What every page of « Structure » is built with: the French dates of its fields, the kit's
form, button, line and table makers, the page's message and the one way a change is made.

The pages are sections of the one StructureScreen (each a class of its own module, all on
this base); their strings keep the StructureScreen translation context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    FRENCH,
    add_row,
    hbox,
    make_button,
    make_form,
    make_line,
    make_message,
    make_spin,
    make_table,
    scrolled,
    set_message,
)

translate = QCoreApplication.translate
__all__ = ["FRENCH", "StructureParts", "from_iso", "to_iso", "translate"]
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


class StructureParts(Screen):
    """The screen's common helpers; the screen sets the attributes below."""

    ops: Operations
    today: Callable[[], date]
    confirm: Callable[[str], bool]  # asks before a line is deleted
    messages: dict[str, QLabel]
    _own_change: bool  # an edit of this screen under way (read back by its page)

    @staticmethod
    def _form() -> QFormLayout:
        return make_form()

    @staticmethod
    def _add_row(form: QFormLayout, text: str, widget: QWidget) -> None:
        add_row(form, text, widget)

    def _message(self, name: str) -> QLabel:
        """The message line of one page (« info », « hours »…)."""
        self.messages[name] = label = make_message(f"{name}_message")
        return label

    def show_message(self, name: str, text: str, *, problem: bool = False) -> None:
        set_message(self.messages[name], text, problem=problem)

    @staticmethod
    def _button(text: str, name: str, accessible: str = "") -> QPushButton:
        return make_button(text, name, accessible or text)

    @staticmethod
    def _line(name: str, accessible: str, max_length: int) -> QLineEdit:
        return make_line(name, accessible, max_length)

    @staticmethod
    def _table(name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
        # the last column (a note, a title) takes most of the space left
        last = model.columnCount() - 1
        return make_table(name, accessible, model, weights={last: 3})

    @staticmethod
    def _page(*widgets: QWidget, scroll: bool = False) -> tuple[QWidget, QVBoxLayout]:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        for widget in widgets:
            layout.addWidget(widget)
        return (scrolled(inner) if scroll else inner), layout

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
        year = self.today().year
        spin = make_spin(name, translate("StructureScreen", "Année"), 2000, year + 1,
                         value=year - 1)
        spin.setMinimumWidth(110)
        return spin

    def _year_row(self, spin: QSpinBox) -> QHBoxLayout:
        label = QLabel(translate("StructureScreen", "&Année :"))
        label.setBuddy(spin)
        return hbox(label, spin, 1)
