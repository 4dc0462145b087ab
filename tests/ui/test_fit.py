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
from fit import (
    ROLES,
    SCALES,
    WINDOW,
    Problem,
    cut_text,
    open_window,
    out_of_reach,
    problems_in,
    walk,
    walk_sign_in,
)
from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui.screens import screens_for
from clubdesk.ui.widgets import keep_words_whole, make_table

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
def test_every_screen_fits_1366_by_768(qtbot, walks, every_kind_db: Path, shots: Path,
                                       role: str, scale: int) -> None:
    """Every screen of every kind of structure (the demo with every kind on)."""
    problems = walked(walks, every_kind_db, shots, role, scale)
    new = [str(p) for p in problems if (p.screen, scale) not in KNOWN_MISFITS]
    assert not new, f"\n{len(new)} problème(s), captures dans {shots}\n" + "\n".join(new)
    if role != "accueil" or scale == SCALES[0]:
        return
    # the member form was walked too (opened from the members screen)
    assert list(shots.glob(f"{role}-{scale}-member-form*.png"))


@pytest.mark.parametrize("scale", SCALES)
def test_the_sign_in_pages_fit_1366_by_768(qtbot, demo_db: Path, shots: Path,
                                           scale: int) -> None:
    """Signing in, choosing a new password after a one-time code, the first account and its
    recovery code: nothing cut or out of reach."""
    problems = [str(p) for p in walk_sign_in(str(demo_db), scale, shots)]
    assert not problems, f"\n{len(problems)} problème(s), captures dans {shots}\n" \
        + "\n".join(problems)
    assert len(list(shots.glob(f"connexion-{scale}-*.png"))) == 4


def test_known_misfits_still_misfit(qtbot, walks, every_kind_db: Path, shots: Path) -> None:
    """An entry of KNOWN_MISFITS that fits now in every role must leave the list."""
    fitting = []
    for screen, scale in sorted(KNOWN_MISFITS):
        roles = [r for r in ROLES if screen == WINDOW
                 or screen in {e.name for e in screens_for(r)}]
        assert roles, f"{screen} n'est l'écran d'aucun rôle"
        if not any(p.screen == screen for r in roles
                   for p in walked(walks, every_kind_db, shots, r, scale)):
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



def _grid(rows: list[list[str]], headers: list[str]) -> QStandardItemModel:
    model = QStandardItemModel(len(rows), len(headers))
    model.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    return model


def test_the_walker_sees_cut_headers_cut_cells_and_lists_too_small(qtbot) -> None:
    """Inside item views: a header wider than its column, a single line elided in a column
    too narrow, a list two rows high holding five rows. A table that fits is fine."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1200, 700)
    model = _grid([["Anne", "Réunion d'accueil des nouveaux membres"], ["Paul", "Jardin"],
                   ["Zoé", "Cuisine"]], ["Nom", "Après-midi de la semaine prochaine"])
    narrow = QTableView(window)
    narrow.setObjectName("narrow")
    narrow.setWordWrap(False)
    narrow.setModel(model)
    narrow.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    narrow.setColumnWidth(1, 90)
    narrow.setGeometry(10, 10, 500, 300)
    short = QListView(window)
    short.setObjectName("short")
    short.setModel(QStringListModel(["un", "deux", "trois", "quatre", "cinq"]))
    short.setGeometry(600, 10, 200, 2 * short.sizeHintForRow(0) + 2 * short.frameWidth())
    fitting = QTableView(window)
    fitting.setObjectName("fitting")
    fitting.setModel(_grid([["Anne", "Jardin"]] * 3, ["Nom", "Tâche"]))
    fitting.setGeometry(600, 200, 500, 400)
    window.show()
    QCoreApplication.processEvents()
    found = problems_in(window, window, "essai", "")
    kinds = {(p.kind, p.detail.split(" «")[0].split()[-1]) for p in found}
    details = "\n".join(map(str, found))
    assert ("coupé", "narrow") in kinds, details
    assert any("en-tête « Après-midi de la semaine prochaine »" in p.detail for p in found)
    assert any("cellule « Réunion d'accueil" in p.detail for p in found), details
    assert ("trop petit", "short") in kinds, details
    assert not any("fitting" in p.detail for p in found), details


def test_the_kit_keeps_words_and_headers_whole_and_shows_three_rows(qtbot) -> None:
    """make_table and keep_words_whole: in a narrow window the columns stay as wide as their
    header and their longest word (the table scrolls sideways) and make_table asks room for
    three rows; the walker then finds nothing."""
    window = QWidget()
    qtbot.addWidget(window)
    rows = [["Anne", "Communication", "Réunion d'accueil"]] * 6
    headers = ["Nom", "Responsabilités", "Après-midi"]
    table = make_table("kit_table", "Essai", _grid(rows, headers))
    grid = QTableView()
    grid.setObjectName("kit_grid")
    grid.setModel(_grid(rows, headers))
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    keep_words_whole(grid)
    column = QVBoxLayout(window)
    column.addWidget(table)
    column.addWidget(grid)
    column.addStretch(1)
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200 %
    window.setFont(font)
    window.resize(260, 900)
    window.show()
    for _ in range(3):
        QCoreApplication.processEvents()
    problems = "\n".join(map(str, problems_in(window, window, "essai", "")))
    assert not problems
    assert table.height() >= table.rowHeight(0) * 3
    assert grid.horizontalScrollBar().maximum() > 0  # it scrolls rather than cut



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
