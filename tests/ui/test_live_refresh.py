"""A desk sees another desk's check-ins and rota within 2 seconds, without a restart.

On PostgreSQL (the PostgreSQL pass) the change arrives by LISTEN/NOTIFY; on SQLite by polling
the audit trail: the same test, on the back end under test.
"""

from __future__ import annotations

from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.topics import Topic, topics_for
from clubdesk.ui.live_refresh import LiveRefresh

DIRECTION = Actor("direction", "direction")


def test_another_desks_check_in_appears_within_two_seconds(qtbot, desk, demo_target) -> None:
    reception = desk.screen_named("reception_screen")
    before = reception.present_model.rowCount()
    other = Club.open(demo_target, Actor("poste-2", "accueil"))
    try:
        today = clock.today()
        present = {p.member_id for p in other.attendance.present(today)}
        member = next(r for r in other.members.list_members("current") if r.id not in present)
        other.attendance.check_in(member.id, today, "day")
        qtbot.waitUntil(lambda: reception.present_model.rowCount() == before + 1, timeout=2000)
    finally:
        other.close()


def test_another_desks_rota_appears_within_two_seconds(qtbot, desk, demo_target) -> None:
    rota = desk.screen_named("rota_screen")
    rota.reload()
    version = rota.plan.version
    other = Club.open(demo_target, Actor("poste-2", "equipe"))
    try:
        today = clock.today()
        plan = other.rota.plan(today)
        other.rota.save(today, plan.assignments, expected_version=plan.version)
        qtbot.waitUntil(lambda: rota.plan.version == version + 1, timeout=2000)
    finally:
        other.close()


def test_reads_do_not_count_as_changes(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, DIRECTION)
    live = LiveRefresh(club.db, poll_seconds=0.1)
    seen: list[frozenset[Topic]] = []
    live.changed.connect(seen.append)
    try:
        live.start()
        member = club.members.list_members("current")[0]
        club.followups.for_member(member.id)  # a staff read: recorded, but not a change
        qtbot.wait(600)
        assert seen == []
        club.members.update(member.id, phone="06 12 34 56 78")
        qtbot.waitUntil(lambda: any(Topic.MEMBERS in s for s in seen), timeout=2000)
    finally:
        live.stop()
        club.close()


def test_topics_follow_the_tables() -> None:
    assert topics_for({("create", "attendance")}) == {Topic.ATTENDANCE, Topic.AUDIT}
    assert topics_for({("update", "rota_entry"), ("create", "rota_day")}) == {
        Topic.ROTA, Topic.AUDIT}
    assert Topic.MEMBERS in topics_for({("import", "club")})  # an import: everything
    assert topics_for({("read", "followup")}) == frozenset()
    assert topics_for(()) == frozenset()


def test_a_lost_database_is_said_once_then_the_return(qtbot, tmp_path) -> None:
    from clubdesk.model.errors import DatabaseError

    class Flaky:  # a feed whose server goes away, then comes back
        def __init__(self) -> None:
            self.calls = 0

        def mark(self) -> int:
            return 0

        def listener(self) -> None:
            return None

        def since(self, seq: int, skip: object = ()):
            from clubdesk.model.changes import Changes

            self.calls += 1
            if 2 <= self.calls <= 4:
                raise DatabaseError("Le serveur de la base « x » ne répond pas.")
            return Changes(seq, frozenset())

    club = Club.open(str(tmp_path / "c.sqlite3"))
    live = LiveRefresh(club.db, poll_seconds=0.05)
    live.feed = Flaky()  # type: ignore[assignment]
    said: list[str] = []
    live.connection.connect(said.append)
    try:
        live.start()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=3000)
        assert said == ["Le serveur de la base « x » ne répond pas.", ""]
    finally:
        live.stop()
        club.close()


def test_this_desks_own_changes_are_not_announced_twice(qtbot, desk, demo_target) -> None:
    """An operation announces what it changed; live refresh skips those entries, and still
    announces another desk's change that comes right after."""
    ops = desk.ops
    announced: list[frozenset[Topic]] = []
    ops.changed.connect(announced.append)
    member = ops.club.members.list_members("current")[0]
    outcome = ops.run(ops.club.members.update, member.id, phone="06 12 34 56 78")
    assert outcome.ok
    assert announced == [frozenset({Topic.MEMBERS, Topic.AUDIT})]
    qtbot.wait(2500)  # two polls at least: the entry is this desk's, nothing more comes
    assert announced == [frozenset({Topic.MEMBERS, Topic.AUDIT})]
    other = Club.open(demo_target, Actor("poste-2", "equipe"))
    try:
        other.tasks.create(name="Jardin")
        qtbot.waitUntil(lambda: len(announced) == 2, timeout=3000)
        assert Topic.TASKS in announced[1] and Topic.MEMBERS not in announced[1]
    finally:
        other.close()
