"""Does every screen fit a small laptop's screen (1366×768) at a given text size?

:func:`walk` builds the main window of a role once, at a text scale, resizes it to the screen,
shows each screen of the navigation (and each tab and page of it) and lists what does not fit:

- the window asks for more than the screen (its minimum size, or a screen's);
- a single line of text (a label, a button, a check box) wider than its widget: cut;
- a control outside the screen, or clipped by its parent, where no scroll area reaches it.

A screenshot of each screen (each tab) is saved in ``shots`` when given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pages import pages_of
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.ui import appearance, preferences
from clubdesk.ui.appearance import ElidedLabel
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.preferences import Preferences

SCREEN = QSize(1366, 768)
SCALES = (100, 125, 150, 175, 200)
ROLES = ("accueil", "equipe", "direction")
WINDOW = "main_window"  # the name problems of the whole window are filed under

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QTextEdit, QPlainTextEdit, QSlider)
PARTS_OF = (*CONTROLS, QTabBar, QScrollBar)  # a bigger control's own parts are not checked
REACHED = (*CONTROLS, QAbstractScrollArea)  # what must be within reach
TEXTS = (QLabel, QPushButton, QCheckBox, QRadioButton)
SLACK = 2  # px: rounding


@dataclass(frozen=True)
class Problem:
    screen: str  # the screen's object name (WINDOW for the whole window)
    kind: str  # "fenêtre", "coupé", "hors d'atteinte"
    detail: str

    def __str__(self) -> str:
        return f"{self.screen} : {self.kind} — {self.detail}"


def _is_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    text = text.replace("\n", " ")[:50]
    return f"{type(widget).__name__} {widget.objectName() or '?'} « {text} »"


def _settle(root: QWidget) -> None:
    for pool in root.findChildren(QThreadPool):
        pool.waitForDone(10_000)
    for _ in range(2):
        QCoreApplication.processEvents()


# -- what is checked -------------------------------------------------------------------------

def cut_text(widget: QWidget) -> str | None:
    """Why the single line of ``widget``'s text does not fit in it, or None."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if (not text.strip() or isinstance(widget, ElidedLabel) or widget.wordWrap()
                or "\n" in text or "<" in text
                or (widget.pixmap() is not None and not widget.pixmap().isNull())):
            return None
        if widget.buddy() is not None:
            text = re.sub(r"&(.)", r"\1", text)
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        needed = widget.fontMetrics().horizontalAdvance(text)
        if needed > room + SLACK:
            return f"{needed} px de texte pour {room}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text().strip() \
            and "\n" not in widget.text():
        hint = widget.sizeHint().width()
        if hint > widget.width() + SLACK:
            return f"{hint} px pour {widget.width()}"
    return None


def out_of_reach(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` cannot be seen whole: clipped by a parent that does not scroll, or
    outside the screen (the window's top left corner at the screen's)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) \
                and parent is parent.parentWidget().viewport():  # type: ignore[union-attr]
            return None  # scrolled to; the scroll area itself is checked
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if parent is window:
            break
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return f"coupé par {type(parent).__name__} {parent.objectName() or '?'} " \
                   f"({_size(rect)} dans {_size(parent.rect())})"
        rect = rect.intersected(parent.rect())
        child, parent = parent, parent.parentWidget()
    screen = QRect(QPoint(0, 0), SCREEN).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not screen.contains(rect):
        return f"hors de l'écran ({_size(rect)})"
    return None


def _size(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()} en {rect.x()},{rect.y()}"


def problems_in(root: QWidget, window: QWidget, screen: str, where: str,
                besides: QWidget | None = None) -> list[Problem]:
    """What does not fit in ``root`` (not counting what is inside ``besides``)."""
    found: list[Problem] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or _is_part(widget, root) \
                or (besides is not None and besides.isAncestorOf(widget)):
            continue
        if isinstance(widget, TEXTS) and (why := cut_text(widget)):
            found.append(Problem(screen, "coupé", f"{where}{_describe(widget)} : {why}"))
        if isinstance(widget, REACHED) and (why := out_of_reach(widget, window)):
            found.append(Problem(screen, "hors d'atteinte",
                                 f"{where}{_describe(widget)} : {why}"))
    return found


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _too_big(hint: QSize, room: QSize) -> bool:
    return hint.width() > room.width() or hint.height() > room.height()


# -- the walk --------------------------------------------------------------------------------

def open_window(database: str, role: str, scale: int) -> MainWindow:
    prefs = Preferences(text_scale=scale)
    preferences.save(prefs)  # read by the application at start, like on a real computer
    appearance.apply(QApplication.instance(), prefs)  # type: ignore[arg-type]
    window = build_main_window(database, actor=Actor(role, role))
    window.resize(SCREEN)
    window.show()
    QCoreApplication.processEvents()
    return window


def walk(database: str, role: str, scale: int, shots: Path | None = None) -> list[Problem]:
    """The problems of every screen of ``role`` at ``scale`` % on a 1366×768 screen."""
    window = open_window(database, role, scale)
    try:
        found: list[Problem] = []
        for what, hint in (("taille minimale", window.minimumSizeHint()),
                           ("taille minimale imposée", window.minimumSize())):
            if _too_big(hint, SCREEN):
                found.append(Problem(WINDOW, "fenêtre", f"{what} {hint.width()}×"
                                     f"{hint.height()} pour un écran {SCREEN.width()}×"
                                     f"{SCREEN.height()}"))
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            QCoreApplication.processEvents()
            screen = window.stack.currentWidget()
            name = screen.objectName() or window.nav.item(row).text()
            _settle(screen)
            # what the screen gets when the window is the screen's size
            holder = getattr(window, "stack_scroll", window.stack)
            room = SCREEN - (window.size() - holder.size())
            scrolls = any(isinstance(a, QAbstractScrollArea) for a in _ancestors(screen))
            for page in pages_of(screen):
                QCoreApplication.processEvents()
                hint = screen.minimumSizeHint()
                if hint.width() > room.width() or (hint.height() > room.height()
                                                   and not scrolls):
                    found.append(Problem(name, "fenêtre", f"{page or 'écran'} : taille "
                                         f"minimale {hint.width()}×{hint.height()} pour "
                                         f"{room.width()}×{room.height()}"))
                if isinstance(holder, QAbstractScrollArea) \
                        and holder.horizontalScrollBar().maximum() > SLACK:
                    found.append(Problem(name, "fenêtre", f"{page or 'écran'} : défile de "
                                         f"côté ({window.stack.width()} px pour "
                                         f"{holder.viewport().width()})"))
                found += problems_in(screen, window, name, f"{page[3:]} : " if page else "")
                if shots is not None:
                    shots.mkdir(parents=True, exist_ok=True)
                    slug = re.sub(r"[^a-z0-9]+", "-", f"{name}{page}".lower())
                    window.grab().save(str(shots / f"{role}-{scale}-{slug}.png"))
        found += problems_in(window, window, WINDOW, "", besides=window.stack)
        return list(dict.fromkeys(found))
    finally:
        if window.live_refresh is not None:
            window.live_refresh.stop()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
