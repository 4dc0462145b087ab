"""Does every screen fit a small laptop's screen (1366×768) at a given text size?

:func:`walk` builds the main window of a role once, at a text scale, resizes it to the screen,
shows each screen of the navigation (and each tab and page of it) and lists what does not fit:

- the window asks for more than the screen (its minimum size, or a screen's);
- a single line of text (a label, a button, a check box) wider than its widget: cut;
- a control outside the screen, or clipped by its parent, where no scroll area reaches it;
- inside item views (tables, trees, lists): a column header wider than its section, a visible
  cell whose text needs more room than it has (elided, or wrapped on more lines than its row
  shows): cut; a view showing fewer than 3 whole rows while it holds 3 or more: too small
  (« trop petit »). A view that scrolls sideways is not a problem: what it cuts is.

Besides the navigation's screens, :func:`walk` opens the members screen's member form (the
first member) and :func:`walk_sign_in` the sign-in pages (sign-in, choosing a new password,
first account, recovery code).

A screenshot of each screen (each tab) is saved in ``shots`` when given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from pages import pages_of
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSlider,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
FEWEST_ROWS = 3  # a view holding at least this many rows shows at least this many


@dataclass(frozen=True)
class Problem:
    screen: str  # the screen's object name (WINDOW for the whole window)
    kind: str  # "fenêtre", "coupé", "hors d'atteinte", "trop petit"
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


def _header_text(header: QHeaderView, section: int) -> str:
    model = header.model()
    if model is None:
        return ""
    value = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def cut_headers(view: QAbstractItemView) -> list[str]:
    """The column headers of ``view`` whose text is wider (or taller) than their section."""
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    if header is None:
        return []
    header = header()
    if header is None or not header.isVisible() or header.model() is None:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    wraps = bool(header.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap))
    out = []
    for section in range(header.count()):
        text = _header_text(header, section)
        size = header.sectionSize(section)
        if header.isSectionHidden(section) or not text.strip() or size <= 0:
            continue
        lines = text.split("\n")
        units = [w for line in lines for w in line.split()] if wraps else lines
        needed = max(metrics.horizontalAdvance(u) for u in units) + 2 * margin
        if needed > size + SLACK:
            out.append(f"en-tête « {text.replace(chr(10), ' ')} » : {needed} px pour {size}")
        elif not wraps and len(lines) * metrics.lineSpacing() > header.height() + SLACK:
            out.append(f"en-tête « {text.replace(chr(10), ' ')} » : {len(lines)} lignes "
                       f"dans {header.height()} px")
    return out


def _shown_indexes(view: QAbstractItemView) -> Iterator[tuple[int, object]]:
    """(row, index) of the cells of ``view`` that are in its viewport (top level rows)."""
    model = view.model()
    if model is None:
        return
    area = view.viewport().rect()
    try:
        columns = model.columnCount(view.rootIndex())
    except TypeError:  # a list model's columnCount is private: one column
        columns = 1
    for row in range(min(model.rowCount(view.rootIndex()), 5000)):
        first = view.visualRect(model.index(row, 0, view.rootIndex()))
        if first.isValid() and first.top() > area.bottom():
            break
        for column in range(columns):
            index = model.index(row, column, view.rootIndex())
            if view.visualRect(index).intersects(area):
                yield row, index


def _cell_cut(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """Why the text of the cell ``index`` does not show whole, as the style paints it."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
    else:
        option.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    text = option.text
    if not text.strip():
        return None
    style = view.style()
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = area.width() - 2 * margin
    metrics = QFontMetrics(option.font)
    shown = text.replace("\n", " ")[:40]
    if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
        word = max((w for w in text.split()), key=metrics.horizontalAdvance)
        if metrics.horizontalAdvance(word) > width + SLACK:
            return f"cellule « {shown} » : le mot « {word} » dans {width} px"
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(0, 0, max(width, 1), 100_000, flags, text).height()
        if height > option.rect.height() + SLACK:  # the last line shown is elided
            return f"cellule « {shown} » : {height} px de haut pour {option.rect.height()}"
        return None
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if needed > width + SLACK:
        return f"cellule « {shown} » : {needed} px de texte pour {width}"
    if metrics.height() > option.rect.height() + SLACK:
        return f"cellule « {shown} » : {metrics.height()} px de haut pour {option.rect.height()}"
    return None


def cut_cells(view: QAbstractItemView) -> list[str]:
    """The cells of ``view`` in sight whose text does not show whole: a line elided (wider
    than the cell), or more wrapped lines than the row's height shows."""
    out = []
    for _row, index in _shown_indexes(view):
        if why := _cell_cut(view, index):  # type: ignore[arg-type]
            out.append(why)
            if len(out) >= 3:  # enough to see the column
                break
    return out


def too_few_rows(view: QAbstractItemView) -> str | None:
    """Why ``view`` shows too few of its rows: fewer than FEWEST_ROWS whole rows in sight
    while it holds at least that many."""
    model = view.model()
    if model is None or model.rowCount(view.rootIndex()) < FEWEST_ROWS:
        return None
    area = view.viewport().rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    rows = {row for row, index in _shown_indexes(view)
            if area.top() <= view.visualRect(index).top()  # type: ignore[arg-type]
            and view.visualRect(index).bottom() <= area.bottom()}  # type: ignore[arg-type]
    if len(rows) < FEWEST_ROWS:
        return f"{len(rows)} ligne(s) entière(s) visible(s) sur {model.rowCount()}"
    return None


def cut_sideways(area: QScrollArea) -> str | None:
    """Why the content of ``area`` is cut on the right: wider than the area that may not
    scroll sideways (its horizontal scroll bar always off)."""
    inner = area.widget()
    never = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if inner is None or area.horizontalScrollBarPolicy() != never:
        return None
    room = area.viewport().width()
    if inner.width() > room + SLACK:
        return f"contenu de {inner.width()} px dans {room} px, sans défilement de côté"
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
        if isinstance(widget, QScrollArea) and (why := cut_sideways(widget)):
            found.append(Problem(screen, "coupé", f"{where}{_describe(widget)} : {why}"))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for why in cut_headers(widget) + cut_cells(widget):
                found.append(Problem(screen, "coupé", f"{where}{_describe(widget)} : {why}"))
            if why := too_few_rows(widget):
                found.append(Problem(screen, "trop petit",
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


def _shoot(window: QWidget, shots: Path | None, name: str) -> None:
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower())
        window.grab().save(str(shots / f"{slug}.png"))


def _window_problems(window: QWidget, name: str) -> list[Problem]:
    found = []
    for what, hint in (("taille minimale", window.minimumSizeHint()),
                       ("taille minimale imposée", window.minimumSize())):
        if _too_big(hint, SCREEN):
            found.append(Problem(name, "fenêtre", f"{what} {hint.width()}×"
                                 f"{hint.height()} pour un écran {SCREEN.width()}×"
                                 f"{SCREEN.height()}"))
    return found


def _dialog_problems(dialog: QWidget, name: str, shots: Path | None,
                     shot: str) -> list[Problem]:
    """A dialog (the member form) at the screen's size at most, each of its pages."""
    dialog.resize(dialog.size().boundedTo(SCREEN))
    QCoreApplication.processEvents()
    found = _window_problems(dialog, name)
    for page in pages_of(dialog):
        QCoreApplication.processEvents()
        found += problems_in(dialog, dialog, name, f"{page[3:]} : " if page else "")
        _shoot(dialog, shots, f"{shot}-{name}{page}")
    return found


def _member_form_problems(window: MainWindow, screen: QWidget, shots: Path | None,
                          shot: str) -> list[Problem]:
    rows = window.ops.club.members.list_members()
    if not rows:
        return []
    form = screen.open_member(rows[0].id)  # type: ignore[attr-defined]
    try:
        QCoreApplication.processEvents()
        _settle(form)
        return _dialog_problems(form, "member_form", shots, shot)
    finally:
        form.reject()
        QCoreApplication.processEvents()


def walk(database: str, role: str, scale: int, shots: Path | None = None) -> list[Problem]:
    """The problems of every screen of ``role`` at ``scale`` % on a 1366×768 screen."""
    window = open_window(database, role, scale)
    try:
        found = _window_problems(window, WINDOW)
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
                _shoot(window, shots, f"{role}-{scale}-{name}{page}")
            if name == "members_screen":
                found += _member_form_problems(window, screen, shots, f"{role}-{scale}")
        found += problems_in(window, window, WINDOW, "", besides=window.stack)
        return list(dict.fromkeys(found))
    finally:
        _close(window)


def _close(window: MainWindow) -> None:
    if window.live_refresh is not None:
        window.live_refresh.stop()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def walk_sign_in(database: str, scale: int, shots: Path | None = None) -> list[Problem]:
    """The problems of the pages shown before anyone works, at ``scale`` %: signing in,
    choosing a new password after a one-time code, the first account, its recovery code."""
    from clubdesk.ui.session.shell import session_of

    prefs = Preferences(text_scale=scale)
    preferences.save(prefs)
    appearance.apply(QApplication.instance(), prefs)  # type: ignore[arg-type]
    window = build_main_window(database)
    window.resize(SCREEN)
    window.show()
    QCoreApplication.processEvents()
    shell = session_of(window)
    try:
        found = _window_problems(window, WINDOW)

        def check(page: QWidget, what: str) -> None:
            shell.pages.setCurrentWidget(page)
            QCoreApplication.processEvents()
            name = page.objectName()
            found.extend(problems_in(page, window, name, f"{what} : " if what else ""))
            _shoot(window, shots, f"connexion-{scale}-{name}-{what}")

        check(shell.login, "")
        shell.login._asking_password(True)  # after a one-time code
        check(shell.login, "nouveau mot de passe")
        shell.login.reset()
        shell.show_first_account()
        check(shell.first_account, "")
        shell.recovery.show_code(SimpleNamespace(  # type: ignore[arg-type]
            recovery_code="7K2Q-9XWM-4HJD-PL3T-8RNC-B6FV", actor=None))
        check(shell.recovery, "")
        return list(dict.fromkeys(found))
    finally:
        _close(window)
