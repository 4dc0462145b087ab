"""The Journal screen shows what `clubdesk audit verify` says: a cut trail is not « intact »."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from clubdesk.model.access import Actor
from clubdesk.model.audit import seal
from clubdesk.model.club import Club
from clubdesk.ui.audit.audit_screen import AuditScreen
from clubdesk.ui.operations import Operations

DIRECTION = Actor("direction", "direction", user_id=3)


@pytest.fixture
def club(demo_target: str) -> Iterator[Club]:
    c = Club.open(demo_target, DIRECTION)
    c.members.get(1)  # one sealed entry at least, so that an anchor exists
    yield c
    c.close()


def test_the_journal_screen_reports_a_cut_tail_like_the_command_line(qtbot, club: Club) -> None:
    with club.db.engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_entry")).scalar_one()
        conn.execute(text("DELETE FROM audit_entry WHERE seq > :n"), {"n": last - 5})
    screen = AuditScreen(Operations(club))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    shown = screen.verify_message.text()
    assert shown == club.audit.verify().sentence()
    assert shown.startswith("Journal coupé") and str(seal.anchor_path(club.db.url)) in shown
    assert screen.verify_message.property("problem") and not screen.verify_message.property("good")
