"""« Marquer comme transmis » on the « Rapport annuel » screen (issue 19, item 5): a plain
question first, then « Transmis le … par … », the sent figures, what changed since in words,
and the sent files saved again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clubdesk.model.annual.registry import entry
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.report_screen import ReportScreen

TODAY = date(2026, 11, 23)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def make_screen(qtbot):
    screens: list[ReportScreen] = []

    def make(ops: Operations) -> ReportScreen:
        screen = ReportScreen(ops, today=lambda: TODAY)
        qtbot.addWidget(screen)
        screen.resize(1100, 700)
        screen.show()
        screens.append(screen)
        qtbot.waitUntil(lambda: not screen.busy and screen.computed is not None,
                        timeout=20_000)
        return screen

    yield make
    for screen in screens:
        screen.pool.waitForDone()


def value_of(screen: ReportScreen, label: str) -> str:
    model = screen.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return model.index(row, 1).data()
    raise KeyError(label)


def test_mark_as_sent_then_the_sent_figures_and_what_changed(
        make_screen, demo_ops: Operations, qtbot, tmp_path: Path) -> None:
    screen = make_screen(demo_ops)
    panel = screen.sent_panel
    assert screen.computed is not None and screen.computed.year == 2025
    assert panel.freeze_button.isVisible() and panel.freeze_button.isEnabled()
    assert not panel.resave_button.isVisible()
    assert "pas encore marqué comme transmis" in panel.status.text()
    entries_label = entry("entries").label
    before = value_of(screen, entries_label)

    questions: list[str] = []
    panel.confirm = lambda sentence: questions.append(sentence) and False  # « Non »
    qtbot.mouseClick(panel.freeze_button, LEFT)
    assert questions and "ne pourra pas être refait" in questions[0]
    assert demo_ops.club.sent_reports.sent(2025) is None  # nothing done on « Non »

    panel.confirm = lambda sentence: True
    qtbot.mouseClick(panel.freeze_button, LEFT)
    assert demo_ops.club.sent_reports.sent(2025) is not None
    qtbot.waitUntil(lambda: not screen.busy and panel.resave_button.isVisible(),
                    timeout=20_000)
    assert panel.status.text().startswith("Transmis le 23/11/2026 à 10:")
    assert f"par {demo_ops.club.actor.name} :" in panel.status.text()
    assert "Rien n'a changé depuis" in panel.changed_heading.text()
    assert not panel.freeze_button.isVisible()

    # A member of 2025 entered late: the table keeps the sent figure, the change is named.
    late = demo_ops.run(demo_ops.club.members.create, "Tardif", joined_on=date(2025, 6, 2),
                        today=date(2025, 6, 2)).value
    demo_ops.run(demo_ops.club.attendance.check_in, late.id, date(2025, 6, 3), "am")
    qtbot.waitUntil(lambda: entries_label in panel.changed_texts(), timeout=20_000)
    assert value_of(screen, entries_label) == before
    assert panel.changed_list.isVisible() and "Changé depuis" in panel.changed_heading.text()

    folder = tmp_path / "envoi"
    panel.ask_folder = lambda suggested: folder
    qtbot.mouseClick(panel.resave_button, LEFT)
    files = dict(demo_ops.club.sent_reports.files(2025))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files
    assert str(folder) in screen.message.text()


def test_the_current_year_cannot_be_marked_yet(make_screen, demo_ops: Operations,
                                               qtbot) -> None:
    screen = make_screen(demo_ops)
    screen.year.setValue(2026)
    qtbot.waitUntil(lambda: screen.computed is not None and screen.computed.year == 2026
                    and not screen.busy, timeout=20_000)
    panel = screen.sent_panel
    assert not panel.freeze_button.isEnabled()
    assert "1er janvier 2027" in panel.changed_heading.text()
