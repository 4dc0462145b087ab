"""Which widgets carry the application's style sheet, so that a text size or contrast change
re-styles what is on screen at once and the rest when it is shown (issue 21).

Qt re-polishes every widget under a style sheet that changes: under the QApplication's, once
per widget *and* per level of nesting above it (about 1 s for the direction's 2,000 deeply
nested widgets); under a widget's, once per widget below it. So the sheet is never set on the
application, nor on a window that holds pages of screens:

- a window without pages of screens carries the sheet itself (a dialog, the bare windows of
  the tests); its children, dialogs, menus and tool tips follow it;
- in a window with pages (:func:`hold_pages`: the main window's stack of screens), each page
  carries it, and so does each widget beside the way from the window down to the pages (the
  navigation, the status bar, the menu bar, the sign-in pages, the banners); the widgets on
  the way carry none and draw with the application's palette and font;
- a page out of sight is re-styled when it is next shown, not at the change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

CARRIER = "clubdesk_window"  # the widget carries the application's sheet
STALE = "clubdesk_stale"  # a page out of sight, not yet re-styled since the last change
PAGES = "clubdesk_pages"  # a widget whose children are pages of screens (re-styled lazily)

__all__ = ["CARRIER", "hold_pages", "restyle_window"]


def _sheet_for(widget: QWidget) -> str:
    from clubdesk.ui import appearance

    return appearance.sheet_for(widget)


def _set(widget: QWidget) -> None:
    text = _sheet_for(widget)
    if widget.styleSheet() != text:
        widget.setStyleSheet(text)


class _Shower(QObject):
    """On the pages: re-styles a page out of step when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.property(STALE):
            watched.setProperty(STALE, None)
            _set(watched)
        return False


class _Adopter(QObject):
    """On the widgets on the way to the pages: adopts what is added to them later (a banner,
    a dialog of the main window, a page added without :func:`hold_pages`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ChildPolished and isinstance(watched, QWidget):
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget) and not child.property(CARRIER):
                if _on_the_way(child):
                    restyle_window(child)
                else:
                    _carry(child, lazily=bool(watched.property(PAGES)))
        return False


_shower = _Shower()
_adopter = _Adopter()


def _on_the_way(widget: QWidget) -> bool:
    """Does ``widget`` hold pages of screens (itself, or further down)?"""
    if widget.property(PAGES):
        return True
    return any(holder.property(PAGES) for holder in widget.findChildren(QWidget))


def _way_to_pages(window: QWidget) -> set[int]:
    """The widgets from ``window`` down to its holders of pages (ids), both ends included."""
    way: set[int] = set()
    holders = [w for w in window.findChildren(QWidget) if w.property(PAGES)]
    if window.property(PAGES):
        holders.append(window)
    for holder in holders:
        node: QWidget | None = holder
        while node is not None and id(node) not in way:
            way.add(id(node))
            node = None if node is window else node.parentWidget()
    return way


def _has_open_dialog(page: QWidget) -> bool:
    """A page out of sight may have opened a dialog that is in sight (a member's form)."""
    return any(dialog.isVisible() for dialog in page.findChildren(QDialog))


def _carry(widget: QWidget, lazily: bool) -> None:
    widget.setProperty(CARRIER, True)
    if lazily:
        widget.installEventFilter(_shower)
        if not widget.isVisible() and not _has_open_dialog(widget):
            widget.setProperty(STALE, True)
            return
    widget.setProperty(STALE, None)
    _set(widget)


def hold_pages(holder: QWidget, page: QWidget | None = None) -> None:
    """``holder`` shows pages of screens (and ``page`` is one, about to be added): they are
    re-styled one at a time, when shown. Call it before the pages are shown."""
    holder.setProperty(PAGES, True)
    if page is not None:
        page.setProperty(CARRIER, True)
        page.installEventFilter(_shower)
        _set(page)  # cheap before the page is first shown: nothing of it is polished yet


def restyle_window(window: QWidget) -> None:
    """Bring ``window`` (a widget without parent, or one on the way to pages) in step with
    the current sheet: the carriers re-styled (the pages out of sight when next shown)."""
    _restyle_from(window, _way_to_pages(window), pages=False)


def _restyle_from(widget: QWidget, way: set[int], pages: bool) -> None:
    if id(widget) not in way:
        _carry(widget, lazily=pages)
        return
    widget.installEventFilter(_adopter)  # what is added to it later is adopted
    widget.setProperty(CARRIER, None)
    own = _sheet_for(widget)  # its own sheet only, if any
    if widget.styleSheet() != own:
        widget.setStyleSheet(own)
    holds_pages = bool(widget.property(PAGES))
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        _restyle_from(child, way, holds_pages)
