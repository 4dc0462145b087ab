"""Every screen of every role fits a 1366×768 screen at 100, 125, 150, 175 and 200 % text
(issue #18, item 1): no window bigger than the screen, no single line of text cut, no control
out of reach (tests/ui/fit.py says how each is measured).

What does not fit yet is listed in KNOWN_MISFITS, (screen's object name, scale); the list may
only shrink: a new misfit fails the test, and so does an entry that fits now (remove it).
Screenshots: $CLUBDESK_FIT_SHOTS, else a folder of pytest's temporary directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fit import ROLES, SCALES, WINDOW, Problem, cut_text, open_window, out_of_reach, walk
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from clubdesk.ui.screens import screens_for

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("usual_appearance")]

# (screen, scale) that do not fit yet: may only shrink.
KNOWN_MISFITS: set[tuple[str, int]] = set()


@pytest.fixture(scope="module")
def walks() -> dict[tuple[str, int], list[Problem]]:
    """Each role's walk at each scale, made once for the module."""
    return {}


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("CLUBDESK_FIT_SHOTS")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("fit-shots")


def walked(walks: dict[tuple[str, int], list[Problem]], demo_db: Path, shots: Path,
           role: str, scale: int) -> list[Problem]:
    if (role, scale) not in walks:
        walks[role, scale] = walk(str(demo_db), role, scale, shots)
    return walks[role, scale]


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("role", ROLES)
def test_every_screen_fits_1366_by_768(qtbot, walks, demo_db: Path, shots: Path, role: str,
                                       scale: int) -> None:
    problems = walked(walks, demo_db, shots, role, scale)
    new = [str(p) for p in problems if (p.screen, scale) not in KNOWN_MISFITS]
    assert not new, f"\n{len(new)} problème(s), captures dans {shots}\n" + "\n".join(new)


def test_known_misfits_still_misfit(qtbot, walks, demo_db: Path, shots: Path) -> None:
    """An entry of KNOWN_MISFITS that fits now in every role must leave the list."""
    fitting = []
    for screen, scale in sorted(KNOWN_MISFITS):
        roles = [r for r in ROLES if screen == WINDOW
                 or screen in {e.name for e in screens_for(r)}]
        assert roles, f"{screen} n'est l'écran d'aucun rôle"
        if not any(p.screen == screen for r in roles
                   for p in walked(walks, demo_db, shots, r, scale)):
            fitting.append((screen, scale))
    assert not fitting, f"ces écrans tiennent maintenant, à retirer de KNOWN_MISFITS : {fitting}"


def test_the_walker_sees_cut_text_and_controls_out_of_reach(qtbot) -> None:
    """The walker can fail: a label too narrow for its line, a button past the screen's
    right edge; a button far down a scroll area is within reach."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1600, 700)
    cut = QLabel("Une ligne bien trop longue pour sa place", window)
    cut.setGeometry(10, 10, 60, 30)
    wrapped = QLabel("Une ligne bien trop longue pour sa place", window)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(10, 50, 60, 300)
    outside = QPushButton("Loin", window)
    outside.setGeometry(1400, 10, 120, 40)
    scroll = QScrollArea(window)
    scroll.setGeometry(100, 100, 300, 200)
    inner = QWidget()
    inner.resize(280, 2000)
    far_down = QPushButton("En bas", inner)
    far_down.setGeometry(10, 1900, 120, 40)
    scroll.setWidget(inner)
    window.show()
    assert cut_text(cut) is not None
    assert cut_text(wrapped) is None
    assert "hors de l'écran" in (out_of_reach(outside, window) or "")
    assert out_of_reach(far_down, window) is None
    assert out_of_reach(scroll, window) is None



def test_the_navigation_narrows_to_its_icons_with_the_titles_in_tooltips(
        qtbot, demo_db: Path) -> None:
    window = open_window(str(demo_db), "direction", 100)
    qtbot.addWidget(window)
    assert not window.nav_delegate.compact and window.nav.width() >= 210
    window.close()
    window = open_window(str(demo_db), "direction", 125)
    qtbot.addWidget(window)
    assert window.nav_delegate.compact and window.nav.width() < 100  # icons only
    assert window.nav.item(0).text() == window.goto_titles()[0]  # the titles stay
    index = window.nav.model().index(1, 0)
    centre = window.nav.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, window.nav.viewport().mapToGlobal(centre))
    assert window.nav_delegate.helpEvent(event, window.nav, QStyleOptionViewItem(), index)
    assert QToolTip.text() == f"{window.nav.item(1).text()} (Ctrl+2)"
    window.resize(1920, 1080)  # room enough: the titles come back
    assert not window.nav_delegate.compact and window.nav.width() >= 210
