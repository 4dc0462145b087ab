"""On a PostgreSQL server, clubdesk's roles hold in the server too (issue 16, item 10):
reception's database role cannot read a note with plain SQL, yet works through the
services; a desk whose login is the reception's role cannot become staff."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.pool import NullPool
from test_role_reads import READS, TODAY, mark_staff_data, services, staff_values

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.storage import server_roles

SERVER_ONLY = pytest.mark.skipif(not os.environ.get("CLUBDESK_TEST_PG_URL"),
                                 reason="database roles exist on a PostgreSQL server only")
PASSWORDS = {"accueil": "Accueil-serveur-2026", "equipe": "Equipe-serveur-2026",
             "direction": "Direction-serveur-2026"}


def login_url(owner_url: str, role: str) -> str:
    parsed = make_url(owner_url)
    name = server_roles.role_name(str(parsed.database), role)
    return parsed.set(username=name, password=PASSWORDS[role]).render_as_string(
        hide_password=False)


def drop_roles(owner_url: str) -> None:
    database = str(make_url(owner_url).database)
    names = ", ".join(f'"{server_roles.role_name(database, r)}"' for r in PASSWORDS)
    engine = create_engine(owner_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE usename LIKE :p"), {"p": f"{database}\\_%"})
            conn.exec_driver_sql(f"DROP OWNED BY {names}")
            conn.exec_driver_sql(f"DROP ROLE {names}")
    finally:
        engine.dispose()


@pytest.fixture
def server(demo_target: str, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The demo club on the server with its three roles (each a login with a password)
    and marked staff-only values in every staff-only column."""
    owner = Club.open(demo_target)
    try:
        context = mark_staff_data(owner, tmp_path)
        names = server_roles.set_up(owner.db, owner.actor, PASSWORDS)
    finally:
        owner.close()
    try:
        yield {"owner": demo_target, "names": names, **context}
    finally:
        drop_roles(demo_target)


def plain_select(url: str, sql: str) -> list[Any]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)).all())
    finally:
        engine.dispose()


STAFF_QUERIES = ["SELECT note FROM followup", "SELECT title FROM path_step",
                 "SELECT module FROM supported_employment",
                 "SELECT leave_reason FROM membership_period", "SELECT rqth FROM member",
                 "SELECT note FROM partner_interaction", "SELECT note FROM reach_out",
                 "SELECT member_id FROM interaction_member",
                 "SELECT username, record_id FROM audit_entry"]


@SERVER_ONLY
def test_reception_credentials_cannot_read_staff_data_with_plain_sql(server: dict[str, Any]
                                                                    ) -> None:
    reception = login_url(server["owner"], "accueil")
    for sql in STAFF_QUERIES:
        with pytest.raises(ProgrammingError, match="permission denied"):
            plain_select(reception, sql)
    # its own data it reads: names, contact, presences, the chain's end
    assert plain_select(reception, "SELECT first_name, phone FROM member")
    assert plain_select(reception, "SELECT left_on FROM membership_period")
    assert plain_select(reception, "SELECT seq, hash FROM audit_entry")
    # the team reads the follow-ups (the marked note among them), not who did what
    team = login_url(server["owner"], "equipe")
    notes = [r[0] for r in plain_select(team, "SELECT note FROM followup")]
    assert "ZZSECRET followup note" in notes
    with pytest.raises(ProgrammingError, match="permission denied"):
        plain_select(team, "SELECT username FROM audit_entry")
    assert plain_select(login_url(server["owner"], "direction"),
                        "SELECT username, record_id FROM audit_entry")


@SERVER_ONLY
def test_reception_login_works_through_the_services(server: dict[str, Any]) -> None:
    desk = Club.open(login_url(server["owner"], "accueil"), Actor("accueil", "accueil"))
    try:
        member = server["member"]
        assert desk.db.hides_staff_columns
        assert member in [r.id for r in desk.members.search(server["first_name"])]
        record = desk.members.get(member)
        assert record.first_name == server["first_name"] and record.rqth is None
        assert [p.leave_reason for p in desk.members.periods(member)][-1] == ""
        other = desk.members.list_members("current")[0].id
        desk.attendance.check_in(other, TODAY, "am")
        assert other in {p.member_id for p in desk.attendance.present(TODAY)}
        desk.members.update(other, phone="06 12 34 56 78")
        desk.members.leave(other, TODAY, "sans nouvelles", today=TODAY)
        desk.reach_out.record(other, TODAY, "phone", "Camille", "rappelé", today=TODAY)
        with pytest.raises(AccessDenied):
            desk.followups.for_member(member)
        # every read reception may make works on its database role, and shows nothing staff
        for name, arguments in READS.items():
            service, method = name.split(".")
            args, kwargs = arguments(server)
            try:
                result = getattr(services(desk)[service], method)(*args, **kwargs)
            except AccessDenied:
                continue
            assert not staff_values(result), name
    finally:
        desk.close()
    owner = Club.open(server["owner"])
    try:  # what reception wrote is there, and in the trail
        assert owner.members.periods(other)[-1].leave_reason == "no_news"
        assert owner.audit.verify().ok
    finally:
        owner.close()


@SERVER_ONLY
def test_a_reception_login_cannot_become_staff(server: dict[str, Any]) -> None:
    with pytest.raises(AccessDenied, match="ne permet pas le rôle équipe"):
        Club.open(login_url(server["owner"], "accueil"), Actor("equipe", "equipe"))
    # a staff login serves the sign-in desk (role accueil) without switching
    team = Club.open(login_url(server["owner"], "equipe"), Actor("connexion", "accueil"))
    try:
        assert team.db.server_role is None
        assert team.members.get(server["member"]).rqth is None  # the service still redacts
    finally:
        team.close()


@SERVER_ONLY
def test_roles_come_after_the_first_account(club: Club) -> None:
    with pytest.raises(ClubdeskError, match="premier compte"):
        server_roles.set_up(club.db, club.actor)


@SERVER_ONLY
def test_the_owner_login_switches_to_the_role_after_sign_in(server: dict[str, Any]) -> None:
    reception = Club.open(server["owner"], Actor("accueil", "accueil"))
    team = Club.open(server["owner"], Actor("equipe", "equipe"))
    try:
        assert reception.db.server_role == server["names"][0]
        with reception.db.engine.connect() as conn, pytest.raises(ProgrammingError):
            conn.execute(text("SELECT note FROM followup")).all()
        assert reception.members.get(server["member"]).rqth is None
        notes = [f.note for f in team.followups.for_member(server["member"])]
        assert "ZZSECRET followup note" in notes
        assert team.members.get(server["member"]).rqth == "yes"
    finally:
        reception.close()
        team.close()


@SERVER_ONLY
def test_roles_again_after_a_migration_and_idempotent(server: dict[str, Any]) -> None:
    owner = Club.open(server["owner"])
    try:
        assert server_roles.set_up(owner.db, owner.actor) == server["names"]  # again: fine
        with owner.db.engine.begin() as conn:
            conn.exec_driver_sql("RESET ROLE")
            conn.exec_driver_sql(f'REVOKE ALL ON member FROM "{server["names"][0]}"')
        server_roles.refresh_grants(owner.db)  # what an upgrade does after migrating
    finally:
        owner.close()
    assert plain_select(login_url(server["owner"], "accueil"), "SELECT first_name FROM member")
    with pytest.raises(ClubdeskError):
        server_roles.role_name("club-é", "accueil")


def test_sqlite_has_no_server_roles(db_path: Path) -> None:
    sqlite = Club.open(str(db_path))
    try:
        with pytest.raises(ClubdeskError, match="PostgreSQL"):
            server_roles.set_up(sqlite.db, sqlite.actor)
        with pytest.raises(AccessDenied):
            server_roles.set_up(sqlite.db, Actor("equipe", "equipe"))
        sqlite.db.use_role("accueil")  # nothing to switch
        assert sqlite.db.server_role is None and not sqlite.db.hides_staff_columns
    finally:
        sqlite.close()


@SERVER_ONLY
def test_db_roles_on_the_command_line(demo_target: str, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from clubdesk.cli import main

    monkeypatch.setenv("CLUBDESK_USER", "equipe")
    monkeypatch.setenv("CLUBDESK_PASSWORD", "Equipe-demo-2026")
    monkeypatch.setenv("CLUBDESK_ROLE_PASSWORD_ACCUEIL", PASSWORDS["accueil"])
    assert main(["db", "roles", "--db", demo_target, "--login", "accueil"]) == 1
    assert "rôle (équipe) ne permet pas" in capsys.readouterr().err
    monkeypatch.setenv("CLUBDESK_USER", "direction")
    monkeypatch.setenv("CLUBDESK_PASSWORD", "Direction-demo-2026")
    try:
        assert main(["db", "roles", "--db", demo_target, "--login", "accueil"]) == 0
        out = capsys.readouterr().out
        assert "Rôles du serveur prêts" in out and "_accueil peut se connecter" in out
        with pytest.raises(ProgrammingError, match="permission denied"):
            plain_select(login_url(demo_target, "accueil"), "SELECT note FROM followup")
        # the reception desk's own login: its command line works for reception
        monkeypatch.setenv("CLUBDESK_USER", "accueil")
        monkeypatch.setenv("CLUBDESK_PASSWORD", "Accueil-demo-2026")
        reception = login_url(demo_target, "accueil")
        assert main(["members", "search", "Anne", "--db", reception]) == 0
        assert main(["followups", "due", "--db", reception]) == 1
        assert "ne permet pas" in capsys.readouterr().err
    finally:
        drop_roles(demo_target)


def test_db_roles_on_a_sqlite_file(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from clubdesk.cli import main

    monkeypatch.setenv("CLUBDESK_USER", "direction")
    monkeypatch.setenv("CLUBDESK_PASSWORD", "Direction-demo-2026")
    assert main(["db", "roles", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert "PostgreSQL" in err and "Traceback" not in err
