"""Every screen follows the club as it is now (issue 16, item 2).

Each screen of the main window, for every role, is listed in ``CHANGES`` with a change that
a second desk makes (a second ``Club.open`` on the same club: the same SQLite file, or the
same PostgreSQL database) to something that screen shows, and the method the screen reads
again with. Through live refresh's poll, that method must run. A new screen without an
entry fails the first test. Also: every table maps to a topic, and the demo created from
the welcome banner shows its tasks at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlmodel import SQLModel

from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.topics import TABLE_TOPICS, Topic

DIRECTION = Actor("direction", "direction")
ROLES = ("accueil", "equipe", "direction")


def _check_in(c: Club) -> None:
    today = clock.today()
    present = {p.member_id for p in c.attendance.present(today)}
    member = next(r for r in c.members.list_members("current") if r.id not in present)
    c.attendance.check_in(member.id, today, "day")


def _rota(c: Club) -> None:
    today = clock.today()
    plan = c.rota.plan(today)
    c.rota.save(today, plan.assignments, expected_version=plan.version)


def _member(c: Club) -> None:
    member = c.members.list_members("current")[0]
    c.members.update(member.id, phone="06 11 22 33 44")


def _followup(c: Club) -> None:
    member = c.members.list_members("current")[0]
    c.followups.add(member.id, clock.today(), "interview", next_step="Rappeler",
                    due_on=clock.today(), today=clock.today())


def _reach_out(c: Club) -> None:
    member = c.members.list_members("current")[0]
    c.reach_out.record(member.id, clock.today(), "sms", today=clock.today())


Change = Callable[[Club], None]
# object name -> (the change another desk makes, the method the screen reads again with,
#                 what to type first so that the screen shows that data, if anything)
CHANGES: dict[str, tuple[Change, str, tuple[str, str] | None] | None] = {
    "reception_screen": (_check_in, "refresh_present", None),
    "rota_screen": (_rota, "reload", None),
    "members_screen": (_member, "refresh", None),
    "followups_screen": (_followup, "refresh_due", None),
    "partners_screen": (lambda c: c.partners.create("Mairie", "local_authority"), "refresh",
                        None),
    "dashboard_screen": (_check_in, "refresh", None),
    "reach_out_screen": (_reach_out, "refresh", None),
    "tasks_screen": (lambda c: c.tasks.create(name="Jardin"), "refresh", None),
    "workshops_screen": (lambda c: c.workshops.add("Atelier jardin", clock.today(),
                                                   today=clock.today()), "refresh", None),
    "report_screen": (_check_in, "refresh", None),
    "structure_screen": (lambda c: c.structure.set_info({"name": "Le Phare"}), "reload", None),
    "exchange_screen": (_member, "_search_members", ("member_search", "a")),
    "staff_screen": (lambda c: c.staff.create("Bruno", "Roux"), "refresh", None),
    "users_screen": (lambda c: c.users.create("bruno", "un mot de passe assez long 42",
                                              "accueil"), "refresh", None),
    "audit_screen": (_member, "load", None),
    "backup_screen": (lambda c: c.settings.set_int("backup_hours", 6), "refresh", None),
    "retention_screen": (lambda c: c.settings.set_int("retention_years", 3), "refresh", None),
    "preferences_screen": None,  # this desk's display settings: no club data
    "volunteers_screen": (lambda c: c.volunteers.add("Claire Martin", clock.today()),
                          "refresh", None),
    "outings_screen": (lambda c: c.outings.add("Pique-nique", clock.today(),
                                               today=clock.today()), "refresh", None),
    "applications_screen": (lambda c: c.admissions.add(first_name="Karim",
                                                       received_on=clock.today(),
                                                       today=clock.today()), "refresh", None),
    "commissions_screen": (lambda c: c.admissions.add_commission(clock.today()), "refresh",
                           None),
    "objectives_screen": (lambda c: c.objectives.add(
        c.members.list_members("all")[0].id, "savoir", "Lire un plan", clock.today()),
        "refresh", None),
    "contracts_screen": (lambda c: c.contracts.add_meals(
        c.members.list_members("all")[0].id, clock.today()), "refresh", None),
    "production_screen": (lambda c: c.partners.create("Brasserie", "client"), "refresh",
                          None),
}


def test_every_table_maps_to_a_topic() -> None:
    assert set(SQLModel.metadata.tables) - set(TABLE_TOPICS) == set()
    assert set(TABLE_TOPICS) - set(SQLModel.metadata.tables) == set()
    assert all(topics and topics <= set(Topic) for topics in TABLE_TOPICS.values())


def test_every_screen_of_every_role_has_a_change_in_the_table(qtbot,
                                                              every_kind_target) -> None:
    from clubdesk.app import build_main_window

    names: set[str] = set()
    for role in ROLES:  # every kind of structure on: every screen
        window = build_main_window(every_kind_target, actor=Actor(role, role))
        qtbot.addWidget(window)
        names |= set(window.screen_names())
    assert names - set(CHANGES) == set(), "add each new screen to CHANGES"
    assert set(CHANGES) - names == set()


@pytest.mark.parametrize("name", sorted(n for n, c in CHANGES.items() if c is not None))
def test_another_desks_change_refreshes_the_screen(qtbot, every_kind_target: str, desk,
                                                   name: str) -> None:
    """(every_kind_target comes first: the desk opens the demo with every kind on)"""
    change, method, typed = CHANGES[name]  # type: ignore[misc]
    screen = desk.screen_named(name)
    desk.show_screen(screen)
    qtbot.waitUntil(screen.isVisible, timeout=2000)
    if typed is not None:
        getattr(screen, typed[0]).setText(typed[1])
    if name == "audit_screen":
        screen.load()
    qtbot.wait(50)
    calls: list[int] = []
    original = getattr(screen, method)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    setattr(screen, method, spy)
    other = Club.open(every_kind_target, Actor("poste-2", "direction"))
    try:
        change(other)
    finally:
        other.close()
    qtbot.waitUntil(lambda: bool(calls), timeout=4000)


def test_the_demo_from_the_welcome_banner_shows_its_tasks(qtbot, tmp_path) -> None:
    from clubdesk.ui.operations import Operations
    from clubdesk.ui.tasks.tasks_screen import TasksScreen
    from clubdesk.ui.welcome_banner import WelcomeBanner

    club = Club.open(str(tmp_path / "empty.sqlite3"))
    try:
        ops = Operations(club)
        tasks = TasksScreen(ops)
        qtbot.addWidget(tasks)
        tasks.refresh()
        before = tasks.model.rowCount()
        banner = WelcomeBanner(ops)
        qtbot.addWidget(banner)
        banner.load_demo()
        assert len(club.tasks.list_tasks()) > before
        assert tasks.model.rowCount() == len(club.tasks.list_tasks())
    finally:
        club.close()
