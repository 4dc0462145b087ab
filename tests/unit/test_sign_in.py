"""Signing in neither tells who has an account nor locks the club out; the first account is
created once; the recovery code gives the direction a way back in (issue 12)."""

from __future__ import annotations

import re
import statistics
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from clubdesk.model.access import Actor
from clubdesk.model.accounts import recovery
from clubdesk.model.accounts.users import authenticate, create_first_account
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.tables import AuditEntry, Setting, UserAccount

STRONG = "Mot-de-passe-2026"
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
GATE = Actor("connexion", "accueil")
SRC_UI = Path(__file__).resolve().parents[2] / "src" / "clubdesk" / "ui"


def answer(call: Callable[[], object]) -> str:
    """What the person sees: the refusal's sentence (or « entré »)."""
    try:
        call()
    except ClubdeskError as exc:
        return f"{type(exc).__name__}: {exc}"
    return "entré"


def answers(club: Club, username: str, count: int, step: timedelta) -> list[str]:
    now, out = T0, []
    for _ in range(count):
        out.append(answer(lambda n=now: authenticate(club.db, username, "mauvais", now=n)))
        now += step
    return out


def trail(club: Club) -> list[AuditEntry]:
    with club.db.session(write=False) as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


@pytest.mark.parametrize("step", [timedelta(seconds=1), timedelta(seconds=20)])
def test_known_and_unknown_names_get_the_same_answers(club: Club, step: timedelta) -> None:
    club.users.create("anne", STRONG, "direction")
    known = answers(club, "anne", 12, step)
    unknown = answers(club, "personne", 12, step)
    assert known == unknown
    assert known[0] == "ClubdeskError: Identifiant ou mot de passe incorrect."
    assert any("Trop d'essais : attendez" in a for a in known)
    assert not any("bloqué" in a for a in known)


def test_a_disabled_account_answers_like_a_wrong_password(club: Club) -> None:
    anne = club.users.create("anne", STRONG, "direction")
    direction = Club(club.db, authenticate(club.db, "anne", STRONG))
    lea = direction.users.create("lea", STRONG, "accueil")
    direction.users.set_disabled(lea.id, True)
    step = timedelta(seconds=1)
    now, disabled = T0, []
    for _ in range(8):  # even with the right password
        disabled.append(answer(lambda n=now: authenticate(club.db, "lea", STRONG, now=n)))
        now += step
    assert disabled == answers(club, "paul", 8, step)
    assert anne.id != lea.id


def test_unknown_names_cost_as_much_time_as_accounts(club: Club) -> None:
    club.users.create("anne", STRONG, "direction")
    durations: dict[str, list[float]] = {"anne": [], "personne": []}
    now = T0
    for _ in range(7):
        for name in durations:  # interleaved: a busy machine slows both alike
            start = time.perf_counter()
            with pytest.raises(ClubdeskError, match="incorrect"):
                authenticate(club.db, name, "mauvais", now=now)
            durations[name].append(time.perf_counter() - start)
        now += timedelta(minutes=10)  # every delay has passed: each attempt is verified
    ratio = statistics.median(durations["personne"]) / statistics.median(durations["anne"])
    assert 0.5 <= ratio <= 2, (ratio, durations)


def test_a_huge_username_is_refused_and_never_written(club: Club) -> None:
    club.users.create("anne", STRONG, "direction")
    huge = "a" * 1_000_000
    with pytest.raises(ClubdeskError, match="Identifiant ou mot de passe incorrect"):
        authenticate(club.db, huge, STRONG, now=T0)
    with pytest.raises(ClubdeskError, match="incorrect"):
        authenticate(club.db, "x" * 59 + "<script>", STRONG, now=T0)
    failed = [e for e in trail(club) if e.action == "login_failed"]
    assert len(failed) == 2
    for entry in failed:
        assert len(entry.username) <= 60 and entry.username == "inconnu"
        assert "aaaa" not in entry.record_id and "script" not in entry.username


def test_thirty_failures_never_lock_out_the_only_direction_account(club: Club) -> None:
    club.users.create("anne", STRONG, "direction")
    now = T0
    for _ in range(30):
        with pytest.raises(ClubdeskError):
            authenticate(club.db, "anne", "mauvais", now=now)
        now += timedelta(seconds=30)
    with pytest.raises(AccessDenied, match="attendez"):
        authenticate(club.db, "anne", STRONG, now=now)
    # the delay is capped (5 minutes): then the right password opens
    assert authenticate(club.db, "anne", STRONG, now=now + timedelta(minutes=5)).name == "anne"
    # and the count starts again from zero
    with pytest.raises(ClubdeskError, match="incorrect"):
        authenticate(club.db, "anne", "mauvais", now=now + timedelta(minutes=5))


def test_two_desks_cannot_both_create_the_first_account(db_target: str) -> None:
    desk_a, desk_b = Club.open(db_target, GATE), Club.open(db_target, GATE)
    try:
        first = create_first_account(desk_a.db, "anne", STRONG, "Anne")
        assert first.actor.role == "direction" and first.actor.user_id == first.row.id
        with pytest.raises(AccessDenied, match="déjà un compte"):
            create_first_account(desk_b.db, "bob", STRONG)
        with pytest.raises(AccessDenied):  # not direction, and the club has an account
            desk_b.users.create("bob", STRONG, "direction")
        assert [u.username for u in Club(desk_a.db, first.actor).users.list_users()] == [
            "anne"]
    finally:
        desk_a.close()
        desk_b.close()


def test_two_desks_at_the_same_moment_make_one_first_account(db_target: str) -> None:
    desks = [Club.open(db_target, GATE) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def create(desk: Club, name: str) -> None:
        barrier.wait()
        outcomes.append(answer(lambda: create_first_account(desk.db, name, STRONG)))

    try:
        threads = [threading.Thread(target=create, args=(d, n))
                   for d, n in zip(desks, ("anne", "bob"), strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(outcomes) == [
            "AccessDenied: Le club a déjà un compte : entrez avec votre identifiant.", "entré"]
        with desks[0].db.session(write=False) as session:
            assert len(list(session.scalars(select(UserAccount)))) == 1
    finally:
        for desk in desks:
            desk.close()


def test_no_screen_builds_a_service_as_the_local_administrator() -> None:
    pattern = re.compile(r"(Service|Club)\([^)]*LOCAL_ADMIN")
    offenders = [f"{path.relative_to(SRC_UI)}:{n}" for path in SRC_UI.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line) or "begin(LOCAL_ADMIN" in line]
    assert offenders == []


# -- the recovery code ------------------------------------------------------------------------


def test_the_recovery_code_resets_a_direction_password_once(club: Club) -> None:
    first = create_first_account(club.db, "anne", STRONG)
    code = first.recovery_code
    assert re.fullmatch(r"([A-Z2-9]{4}-){4}[A-Z2-9]{4}", code)
    with club.db.session(write=False) as session:
        stored = session.get(Setting, recovery.SETTING_KEY)
    assert stored is not None and stored.value.startswith("$argon2id$")
    assert recovery.normal_code(code) not in stored.value

    following = recovery.recover(club.db, "anne", code.lower().replace("-", " "),
                                 "Nouveau-secret-2026", now=T0)
    assert following != code
    assert authenticate(club.db, "anne", "Nouveau-secret-2026", now=T0).name == "anne"
    with pytest.raises(ClubdeskError, match="Code de secours ou identifiant incorrect"):
        recovery.recover(club.db, "anne", code, "Autre-secret-2026", now=T0)  # used up
    later = T0 + timedelta(hours=1)
    recovery.recover(club.db, "anne", following, "Encore-secret-2026", now=later)
    actions = [(e.action, e.username) for e in trail(club) if "recovery" in e.action]
    assert actions == [("recovery_used", "anne"), ("recovery_failed", "anne"),
                       ("recovery_used", "anne")]
    assert not any(recovery.normal_code(c) in e.record_id or c in e.record_id
                   for e in trail(club) for c in (code, following))


def test_the_recovery_code_clears_the_delays_and_is_throttled(club: Club) -> None:
    code = create_first_account(club.db, "anne", STRONG).recovery_code
    direction = Club(club.db, authenticate(club.db, "anne", STRONG))
    direction.users.create("lea", STRONG, "accueil")
    for _ in range(6):
        with pytest.raises(ClubdeskError):
            authenticate(club.db, "anne", "mauvais", now=T0)
    with pytest.raises(AccessDenied, match="attendez"):
        authenticate(club.db, "anne", STRONG, now=T0)
    refusals = [answer(lambda n=name, w=wrong: recovery.recover(club.db, n, w, "Nouveau-2026-x",
                                                                now=T0))
                for name, wrong in (("anne", "AAAA"), ("lea", code), ("personne", code),
                                    ("anne", "BBBB"))]
    assert refusals[:3] == ["ClubdeskError: Code de secours ou identifiant incorrect."] * 3
    assert "attendez" in refusals[3]  # three failures: the next one waits
    recovery.recover(club.db, "anne", code, "Nouveau-secret-2026", now=T0 + timedelta(seconds=5))
    # anne's delay is gone with the reset
    assert authenticate(club.db, "anne", "Nouveau-secret-2026", now=T0).name == "anne"


def test_the_direction_issues_a_new_code_and_the_old_one_stops(club: Club) -> None:
    old = create_first_account(club.db, "anne", STRONG).recovery_code
    anne = authenticate(club.db, "anne", STRONG)
    with pytest.raises(AccessDenied):
        recovery.issue_code(club.db, Actor("lea", "equipe", user_id=9))
    new = recovery.issue_code(club.db, anne)
    with pytest.raises(ClubdeskError, match="incorrect"):
        recovery.recover(club.db, "anne", old, "Nouveau-secret-2026", now=T0)
    recovery.recover(club.db, "anne", new, "Nouveau-secret-2026", now=T0 + timedelta(hours=1))
    assert [e.action for e in trail(club)].count("recovery_new") == 1



def test_the_code_is_never_stored_in_clear(club: Club, db_path: Path) -> None:
    code = create_first_account(club.db, "anne", STRONG).recovery_code
    club.db.close()
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert code.encode() not in data and recovery.normal_code(code).encode() not in data


def test_the_wait_is_said_in_plain_words_one_second_then_two_seconds(club: Club) -> None:
    """« attendez 1 seconde », « attendez 2 secondes », never « seconde(s) »."""
    club.users.create("anne", STRONG, "direction")
    for _ in range(3):  # the third failure asks for 1 s
        answer(lambda: authenticate(club.db, "anne", "mauvais", now=T0))
    assert answer(lambda: authenticate(club.db, "anne", STRONG, now=T0)) == \
        "AccessDenied: Trop d'essais : attendez 1 seconde avant de réessayer."
    later = T0 + timedelta(seconds=1)  # the fourth failure asks for 2 s
    answer(lambda: authenticate(club.db, "anne", "mauvais", now=later))
    assert answer(lambda: authenticate(club.db, "anne", STRONG, now=later)) == \
        "AccessDenied: Trop d'essais : attendez 2 secondes avant de réessayer."


def test_a_failure_recorded_by_a_desk_whose_clock_is_ahead_never_lengthens_the_wait(
        club: Club) -> None:
    """Two desks on one server, one of them a minute ahead (or two processes whose clocks
    were set, as the command-line tests do): its failure never shows the other desk a wait
    longer than the delay itself, and a first failure makes nobody wait."""
    club.users.create("anne", STRONG, "direction")
    ahead = T0 + timedelta(minutes=1)
    assert answer(lambda: authenticate(club.db, "anne", "mauvais", now=ahead)) == \
        "ClubdeskError: Identifiant ou mot de passe incorrect."
    assert answer(lambda: authenticate(club.db, "anne", STRONG, now=T0)) == "entré"
    for _ in range(3):  # the third failure asks for 1 s
        answer(lambda: authenticate(club.db, "anne", "mauvais", now=ahead))
    waiting = answer(lambda: authenticate(club.db, "anne", STRONG, now=T0))
    assert waiting == "AccessDenied: Trop d'essais : attendez 1 seconde avant de réessayer."
    # (the desk behind waits until its clock passes the delay: at most the clocks' gap)
    assert answer(lambda: authenticate(club.db, "anne", STRONG, now=ahead + timedelta(seconds=1))) \
        == "entré"
