"""Show each tab and each page of a widget in turn: the one walker of the UI checks (the fit
walker in fit.py, the accessibility walk in test_accessibility.py)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

SKIPPED = {"session_pages"}  # the sign-in shell's pages: walked on their own


def pages_of(root: QWidget) -> Iterator[str]:
    """Show each tab and page of ``root`` in turn (one level of nesting and the next),
    yielding a short name of what is shown ("" first: the page shown when called). Each
    holder is put back on its starting page afterwards."""
    yield ""
    seen: set[int] = set()
    for _depth in range(2):
        holders = [w for w in root.findChildren(QWidget)
                   if isinstance(w, QTabWidget | QStackedWidget) and w.isVisible()
                   and not isinstance(w.parentWidget(), QTabWidget)  # a tab widget's own
                   and id(w) not in seen and w.objectName() not in SKIPPED]
        for holder in holders:
            seen.add(id(holder))
            start = holder.currentIndex()
            for index in range(holder.count()):
                if index == start:
                    continue
                if isinstance(holder, QTabWidget):
                    if not holder.isTabEnabled(index) or not holder.isTabVisible(index):
                        continue
                    label = holder.tabText(index).replace("&", "")
                else:
                    label = holder.widget(index).objectName() or str(index)
                holder.setCurrentIndex(index)
                QCoreApplication.processEvents()
                yield f" / {label}"
            holder.setCurrentIndex(start)
            QCoreApplication.processEvents()
