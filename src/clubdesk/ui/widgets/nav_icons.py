"""The icons of the navigation entries (resources/icons/nav/, see their LICENSE.txt)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter

from clubdesk.ui import appearance
from clubdesk.ui.screens import ScreenEntry


def nav_icon(entry: ScreenEntry) -> QIcon:
    """The entry's icon; in high contrast, drawn in the theme's text colour."""
    icon = QIcon(str(entry.icon_file())) if entry.icon else QIcon()
    prefs = appearance.current()
    if icon.isNull() or not prefs.high_contrast:
        return icon
    tinted = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = icon.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor(appearance.theme_for(prefs).text))
        painter.end()
        tinted.addPixmap(pixmap)
    return tinted
