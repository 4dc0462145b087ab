"""The server goes away during a session (PostgreSQL pass, on the real test server): the save
is refused with its reason, what was typed stays in the form, a banner says the server does
not answer, and all is well again when it answers.

The outage is real: the test server stops accepting connections to the club's database
(ALTER DATABASE … ALLOW_CONNECTIONS false) and drops the open ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, make_url, text

from clubdesk.model.access import Actor
from clubdesk.ui.members.member_form import MemberForm

pytestmark = pytest.mark.skipif(not os.environ.get("CLUBDESK_TEST_PG_URL"),
                                reason="needs the PostgreSQL test server (PostgreSQL pass)")


class Outage:
    def __init__(self, url: str) -> None:
        self.name = make_url(url).database
        self.admin = create_engine(os.environ["CLUBDESK_TEST_PG_URL"],
                                   isolation_level="AUTOCOMMIT")

    def begin(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :n"), {"n": self.name})

    def end(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true'))


@pytest.fixture
def outage(demo_target: str) -> Iterator[Outage]:
    o = Outage(demo_target)
    yield o
    o.end()
    o.admin.dispose()


def test_a_save_during_an_outage_keeps_the_typing_and_says_why(qtbot, demo_target,
                                                              outage) -> None:
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    window.live_refresh.poll_seconds = 0.2
    window.live_refresh.start()
    try:
        member = window.ops.club.members.list_members("current")[0]
        form = MemberForm(window.ops, member.id, window, today=lambda: date(2026, 11, 23))
        qtbot.addWidget(form)
        form.phone.setText("06 98 76 54 32")
        outage.begin()
        form.save()
        assert "ne répond pas" in form.error_label.text()
        assert form.phone.text() == "06 98 76 54 32"  # nothing typed is lost
        banner = window.connection_banner
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=5000)
        assert "ne répond pas" in banner.label.text()
        window.live_refresh.poll_seconds = 30  # from now on only « Réessayer » is quick
        qtbot.wait(500)  # the worker is in its long wait
        outage.end()
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: banner.isHidden(), timeout=5000)
        form.save()  # the same form, saved again once the server answers
        assert window.ops.club.members.get(member.id).phone == "06 98 76 54 32"
    finally:
        window.live_refresh.stop()
