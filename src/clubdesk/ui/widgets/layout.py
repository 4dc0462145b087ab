"""Form rows, rows of widgets and the scrolled body of a long screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)


def make_form() -> QFormLayout:
    """Captions on the left (right-aligned), fields growing to the right."""
    form = QFormLayout()
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(12)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def add_row(form: QFormLayout, text: str, widget: QWidget,
            field: QWidget | QHBoxLayout | None = None) -> QLabel:
    """A caption (the buddy of ``widget``, so Alt+letter reaches it) and the field
    (``widget`` itself, or ``field`` holding it)."""
    caption = QLabel(text)
    caption.setBuddy(widget)
    if isinstance(field, QHBoxLayout):
        form.addRow(caption, field)
    else:
        form.addRow(caption, field or widget)
    return caption


def hbox(*items: QWidget | int, spacing: int = 8) -> QHBoxLayout:
    """A row of widgets; an int is a stretch."""
    row = QHBoxLayout()
    row.setSpacing(spacing)
    for item in items:
        if isinstance(item, int):
            row.addStretch(item)
        else:
            row.addWidget(item)
    return row


def scrolled(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that follows its width."""
    layout = inner.layout()
    if layout is not None:
        layout.setContentsMargins(4, 6, 4, 4)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area
