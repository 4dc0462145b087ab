"""No club is locked out by an import, and an import writes only what the importer's role
may write (issue 16, items 3 and 7). Both back ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from clubdesk.model.access import Actor
from clubdesk.model.accounts import one_time
from clubdesk.model.accounts.users import authenticate
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.exchange.accounts import DIRECTION_FILES, NewAdmin, NoUsableDirection
from clubdesk.model.tables import StructureInfo, UserAccount

NEW = "Nouveau-secret-2026"
OTHER = "Autre-secret-2026"
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def counts(club: Club) -> dict[str, int]:
    """Rows per table (the whole database), to show that a refusal wrote nothing."""
    with club.db.session(write=False) as s:
        return {t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


@pytest.fixture
def exported(tmp_path: Path, demo_target: str) -> Path:
    source = Club.open(demo_target)
    try:
        export_club(source.db, source.actor, tmp_path / "export")
    finally:
        source.close()
    return tmp_path / "export"


def test_import_with_admin_lets_direction_in_and_the_others_use_one_time_codes(
        exported: Path, new_db) -> None:
    club = Club.open(new_db("target", kind="schema"))
    try:
        report = import_club(club.db, club.actor, exported,
                             admin=NewAdmin("direction", NEW))
        assert report.accounts.admin == "direction"
        assert report.accounts.admin_change == "password"
        assert report.accounts.without_password == ("accueil", "equipe")
        assert report.accounts.first_accounts and report.recovery_code
        me = authenticate(club.db, "direction", NEW, now=T0)
        assert me.role == "direction"
        with pytest.raises(ClubdeskError, match="incorrect"):  # no password yet
            authenticate(club.db, "equipe", "Equipe-demo-2026", now=T0)

        users = Club(club.db, me).users
        equipe = next(u for u in users.list_users() if u.username == "equipe")
        assert equipe.password == "none"
        code = users.one_time_code(equipe.id)
        assert next(u for u in users.list_users() if u.username == "equipe").password == "code"
        with club.db.session(write=False) as s:  # only a hash of the code is kept
            stored = s.get(UserAccount, equipe.id).password_hash
        assert code not in stored and one_time.pending(stored) is not None
        # signing in with the code asks for a new password, and opens nothing
        with pytest.raises(one_time.NewPasswordNeeded):
            authenticate(club.db, "equipe", code, now=T0)
        with pytest.raises(ClubdeskError, match="trop faible"):  # checked by the rules
            one_time.choose_password(club.db, "equipe", code, "court", now=T0)
        actor = one_time.choose_password(club.db, "equipe", code.lower(), OTHER, now=T0)
        assert actor.role == "equipe"
        assert authenticate(club.db, "equipe", OTHER, now=T0).name == "equipe"
        # the code is consumed
        with pytest.raises(ClubdeskError, match="incorrect"):
            one_time.choose_password(club.db, "equipe", code, NEW, now=T0 + timedelta(hours=1))
        with pytest.raises(ClubdeskError, match="incorrect"):
            authenticate(club.db, "equipe", code, now=T0 + timedelta(hours=2))
    finally:
        club.close()


def test_a_one_time_code_expires_and_wrong_codes_are_throttled(exported: Path,
                                                               new_db) -> None:
    club = Club.open(new_db("target", kind="schema"))
    try:
        import_club(club.db, club.actor, exported, admin=NewAdmin("direction", NEW))
        users = Club(club.db, authenticate(club.db, "direction", NEW, now=T0)).users
        accueil = next(u for u in users.list_users() if u.username == "accueil")
        # issued 7 days and a minute before now (the club's clock: T0 + 1 hour)
        code = one_time.issue(club.db, users.actor, accueil.id,
                              now=T0 - timedelta(days=one_time.VALID_DAYS, minutes=1))
        later = T0
        with pytest.raises(ClubdeskError, match="expiré"):
            authenticate(club.db, "accueil", code, now=later)
        with pytest.raises(ClubdeskError, match="expiré"):
            one_time.choose_password(club.db, "accueil", code, OTHER, now=later)
        assert next(u for u in Club(club.db, users.actor).users.list_users()
                    if u.username == "accueil").password == "expired"
        code = one_time.issue(club.db, users.actor, accueil.id, now=T0)
        for n in range(3):
            with pytest.raises(ClubdeskError, match="incorrect"):
                authenticate(club.db, "accueil", "AAAA-BBBB-CCCC-DDDD-EEEE",
                             now=T0 + timedelta(seconds=n))
        with pytest.raises(ClubdeskError, match="attendez"):  # the same throttle
            one_time.choose_password(club.db, "accueil", code, OTHER,
                                     now=T0 + timedelta(seconds=2.5))
        # equipe may not issue codes
        with pytest.raises(AccessDenied):
            one_time.issue(club.db, Actor("x", "equipe"), accueil.id)
    finally:
        club.close()


@pytest.mark.parametrize("admin", [None, "inconnu"], ids=["no-admin", "admin-not-in-file"])
def test_an_import_that_would_lock_the_club_is_refused_and_writes_nothing(
        exported: Path, new_db, admin: str | None) -> None:
    club = Club.open(new_db("target", kind="schema"))
    try:
        before = counts(club)
        if admin is None:
            with pytest.raises(NoUsableDirection) as err:
                import_club(club.db, club.actor, exported)
            assert "--admin IDENTIFIANT" in str(err.value) and "« direction »" in str(err.value)
            assert "Rien n'a été enregistré" in str(err.value)
            assert counts(club) == before
            return
        # --admin may name an account the file does not hold: it is created (direction)
        report = import_club(club.db, club.actor, exported, admin=NewAdmin(admin, NEW))
        assert report.accounts.admin_change == "created"
        assert authenticate(club.db, admin, NEW, now=T0).role == "direction"
    finally:
        club.close()


def test_admin_promotes_an_account_of_another_role_and_a_weak_password_writes_nothing(
        exported: Path, new_db) -> None:
    club = Club.open(new_db("target", kind="schema"))
    try:
        before = counts(club)
        with pytest.raises(ClubdeskError, match="trop faible"):
            import_club(club.db, club.actor, exported, admin=NewAdmin("equipe", "faible"))
        assert counts(club) == before
        report = import_club(club.db, club.actor, exported, admin=NewAdmin("equipe", NEW))
        assert report.accounts.admin_change == "promoted"
        assert authenticate(club.db, "equipe", NEW, now=T0).role == "direction"
    finally:
        club.close()


def test_merge_into_a_club_with_accounts_keeps_them(exported: Path, demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        me = authenticate(club.db, "direction", "Direction-demo-2026", now=T0)
        report = import_club(club.db, me, exported, merge=True)
        assert report.skipped["users.csv"] == 3 and report.recovery_code is None
        assert authenticate(club.db, "equipe", "Equipe-demo-2026", now=T0).role == "equipe"
    finally:
        club.close()


DIRECTION_ROWS = {
    "users.csv": "username,display_name,role,disabled\nchef,X,direction,no\n",
    "structure.csv": "key,value\nname,Club pirate\n",
    "opening_hours.csv": "weekday,opens,closes\n1,09:00,17:00\n",
    "funding.csv": "year,funder,amount_eur,kind\n2025,ARS,1000,fir\n",
    "activities.csv": "year,title,status\n2025,Atelier,done\n",
    "governance.csv": "body,holder,elected_member\nBureau,Paul,yes\n",
    "surveys.csv": "date,audience,answers\n2025-01-06,members,10\n",
    "volunteers.csv": "name,started_on\nPaul Pirate,2025-01-06\n",
}


def test_every_direction_file_is_listed() -> None:
    assert set(DIRECTION_ROWS) == DIRECTION_FILES


@pytest.mark.parametrize("role", ["equipe", "accueil"])
@pytest.mark.parametrize("name", sorted(DIRECTION_ROWS))
def test_staff_and_reception_cannot_import_direction_files(
        tmp_path: Path, demo_target: str, role: str, name: str) -> None:
    folder = tmp_path / "attack"
    folder.mkdir()
    (folder / name).write_text(DIRECTION_ROWS[name], encoding="utf-8")
    (folder / "members.csv").write_text("member_id,first_name\nnew,Paul\n", encoding="utf-8")
    club = Club.open(demo_target)
    try:
        before = counts(club)
        for merge in (True, False):
            with pytest.raises(AccessDenied) as err:
                import_club(club.db, Actor(role, role), folder, merge=merge)
            message = str(err.value)
            if role == "accueil":  # imports nothing at all: refused before reading
                assert message == "Votre rôle (accueil) ne permet pas cette action."
            else:  # the files named, and only those
                assert message.startswith(
                    f"Votre rôle (équipe) ne permet pas d'importer : {name}. ")
                assert "Rien n'a été enregistré" in message and "members.csv" not in message
        assert counts(club) == before
    finally:
        club.close()


def test_the_reported_attack_equipe_makes_itself_direction_is_refused(
        tmp_path: Path, demo_target: str) -> None:
    folder = tmp_path / "attack"
    folder.mkdir()
    for name in ("users.csv", "structure.csv"):
        (folder / name).write_text(DIRECTION_ROWS[name], encoding="utf-8")
    club = Club.open(demo_target)
    try:
        equipe = authenticate(club.db, "equipe", "Equipe-demo-2026", now=T0)
        with pytest.raises(AccessDenied, match="structure.csv, users.csv"):
            import_club(club.db, equipe, folder, merge=True)
        with club.db.session(write=False) as s:
            assert s.scalars(select(UserAccount).where(UserAccount.username == "chef")
                             ).first() is None
            names = s.scalars(select(StructureInfo.value).where(
                StructureInfo.key == "name")).all()  # every version of the name
            assert "Club pirate" not in names
        with pytest.raises(AccessDenied, match="direction"):  # --admin is the direction's
            import_club(club.db, equipe, folder, merge=True, admin=NewAdmin("chef", NEW))
        # staff may still import what they may write through the services
        for name in ("users.csv", "structure.csv"):
            (folder / name).unlink()
        (folder / "members.csv").write_text("member_id,first_name\nnew,Paul\n",
                                            encoding="utf-8")
        assert import_club(club.db, equipe, folder, merge=True).created["members.csv"] == 1
    finally:
        club.close()
