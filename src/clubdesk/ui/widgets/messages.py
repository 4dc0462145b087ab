"""Lines of text a screen shows: its message (an answer to what the person just did), hints,
headings and the refusal that replaces a screen the role may not use.

They are styled by the application's style sheet (clubdesk.ui.appearance) from their
properties (``message``, ``problem``, ``good``, ``hint``, ``heading``, ``refusal``,
``strong``), never by a sheet of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property it is keyed on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def make_message(name: str) -> QLabel:
    """A hidden message line; :func:`set_message` shows it with a sentence."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("message", True)
    label.setProperty("problem", False)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def set_message(label: QLabel, text: str, *, problem: bool = False, good: bool = False) -> None:
    """Show ``text`` (hidden when empty): a problem in warm colours, a success in green,
    otherwise a calm blue. In a scrolled form the message is brought into view."""
    label.setProperty("problem", problem)
    label.setProperty("good", good)
    restyle(label)
    label.setText(text)
    label.setVisible(bool(text))
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if text and parent is not None:
        area = parent
        QTimer.singleShot(0, label, lambda: area.ensureWidgetVisible(label, 0, 8))


def _marked(text: str, name: str, mark: str) -> QLabel:
    label = QLabel(text)
    label.setProperty(mark, True)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def make_hint(text: str = "", name: str = "") -> QLabel:
    """A quieter sentence that explains a field or a section."""
    return _marked(text, name, "hint")


def make_heading(text: str, name: str = "") -> QLabel:
    """The heading of a section or of a step inside a screen."""
    return _marked(text, name, "heading")


def make_strong(text: str = "", name: str = "") -> QLabel:
    """A label in bold (the person or the item a group box is about)."""
    return _marked(text, name, "strong")


def make_refusal(text: str, name: str = "") -> QLabel:
    """The sentence shown in place of a screen this role may not use."""
    label = _marked(text, name, "refusal")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
