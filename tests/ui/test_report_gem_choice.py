"""« Rapport annuel »: the choice « Tableau club-house / Tableau GEM »; the GEM's table
shown and written (its three files), without the sent-report panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from clubdesk.model.annual.registry import GEM
from clubdesk.model.club import Club
from clubdesk.ui.report.report_screen import ReportScreen

TODAY = date(2026, 11, 23)


def test_the_gem_table_is_offered_shown_and_written(qtbot, ops, club: Club,
                                                     tmp_path: Path) -> None:
    club.members.create("Anne", joined_on=date(2025, 3, 2), today=date(2025, 3, 2))
    club.volunteers.add("Claire Martin", date(2025, 1, 6), functions="peinture")
    club.kinds.set(["clubhouse", "gem"])  # a club-house that also runs a GEM: two tables
    folder = tmp_path / "gem"
    screen = ReportScreen(ops, today=lambda: TODAY, ask_folder=lambda _s: folder)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)
    assert [screen.kind.itemText(i) for i in range(screen.kind.count())] == [
        "Tableau club-house", "Tableau GEM"]
    assert screen.kind.isVisible()
    assert screen.computed is not None and screen.computed.indicators.table == "clubhouse"
    screen.kind.setCurrentIndex(screen.kind.findData(GEM))
    qtbot.waitUntil(lambda: not screen.busy and screen.computed is not None
                    and screen.computed.indicators.table == GEM, timeout=20_000)
    labels = [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]
    assert labels[:3] == ["Le GEM : nom et lieu", "Adhérents au 31 décembre",
                          "Nouveaux adhérents dans l'année"]
    row = labels.index("Animateurs bénévoles")
    assert screen.model.index(row, 1).data() == "1 animateur bénévole"
    assert not screen.sent_panel.isVisible()
    qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.writing, timeout=30_000)
    screen.pool.waitForDone()
    assert sorted(p.name for p in folder.iterdir()) == [
        "tableau-gem-2025.json", "tableau-gem-2025.pdf", "tableau-gem-2025.xlsx"]


def test_one_table_per_kind_and_no_choice(qtbot, ops, club: Club) -> None:
    """A club-house alone sees no choice; a GEM alone gets the GEM's table, no choice."""
    screen = ReportScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)
    assert not screen.kind.isVisible() and screen.table_kind == "clubhouse"
    club.kinds.set(["gem"])
    screen.hide()
    screen.show()  # back on the screen after « Structure »
    assert not screen.kind.isVisible() and screen.table_kind == GEM
    qtbot.waitUntil(lambda: not screen.busy and screen.computed is not None
                    and screen.computed.indicators.table == GEM, timeout=20_000)
