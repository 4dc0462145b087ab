"""Several desks on one club: stale saves refused, no duplicate presence, one audit chain.

Runs on the back end under test (SQLite file, or the PostgreSQL server in the PostgreSQL
pass); the two-process test uses real separate processes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import DuplicateError
from clubdesk.model.storage.optimistic_lock import StaleRecord

DAY = date(2026, 11, 23)


def test_a_stale_member_save_is_refused_with_who_and_when(db_target: str, make_member) -> None:
    m = make_member("Émilie")
    desk_a = Club.open(db_target, Actor("Paul", "equipe"))
    desk_b = Club.open(db_target, Actor("Léa", "accueil"))
    try:
        seen_a = desk_a.members.get(m.id).version
        seen_b = desk_b.members.get(m.id).version
        desk_a.members.update(m.id, phone="06 11 22 33 44", expected_version=seen_a)
        with pytest.raises(StaleRecord) as refused:
            desk_b.members.update(m.id, phone="07 00 00 00 00", expected_version=seen_b)
        message = str(refused.value)
        assert "a changé entre-temps (Paul, à " in message and "rechargez" in message
        assert desk_b.members.get(m.id).phone == "06 11 22 33 44"  # nothing overwritten
        # after reloading, the second desk saves
        fresh = desk_b.members.get(m.id)
        desk_b.members.update(m.id, phone="07 00 00 00 00", expected_version=fresh.version)
        assert desk_a.members.get(m.id).phone == "07 00 00 00 00"
        assert desk_a.members.get(m.id).version == seen_a + 2
    finally:
        desk_a.close()
        desk_b.close()


def test_a_stale_task_save_is_refused(club: Club) -> None:
    task = club.tasks.create(name="Cuisine", min_people=2, max_people=4)
    club.tasks.update(task.id, max_people=5, expected_version=task.version)
    with pytest.raises(StaleRecord, match="La tâche « Cuisine » a changé entre-temps"):
        club.tasks.update(task.id, max_people=6, expected_version=task.version)
    assert club.tasks.get(task.id).max_people == 5


def test_a_second_check_in_from_another_desk_says_already_checked_in(db_target: str,
                                                                        make_member) -> None:
    m = make_member("Loïc")
    desk_a, desk_b = Club.open(db_target), Club.open(db_target)
    try:
        desk_a.attendance.check_in(m.id, DAY, "am")
        with pytest.raises(DuplicateError, match="déjà pointé"):
            desk_b.attendance.check_in(m.id, DAY, "am")
        assert len(desk_a.attendance.present(DAY)) == 1
    finally:
        desk_a.close()
        desk_b.close()


DESK = r"""
import json, sys
from datetime import date
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError, DuplicateError
from clubdesk.model.storage.optimistic_lock import StaleRecord

target, name, ids, rounds = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
club = Club.open(target, Actor(name, "equipe"))
done = {"checked_in": 0, "already": 0, "saved": 0, "stale": 0, "rota_saved": 0,
        "rota_stale": 0}
for member_id in ids:
    try:
        club.attendance.check_in(member_id, date(2026, 11, 23), "am")
        done["checked_in"] += 1
    except DuplicateError:
        done["already"] += 1
for n in range(rounds):
    seen = club.members.get(ids[0]).version
    try:
        club.members.update(ids[0], phone=f"06 00 00 00 {n:02d}", expected_version=seen)
        done["saved"] += 1
    except StaleRecord:
        done["stale"] += 1
while done["rota_saved"] < rounds:  # the day's rota, reloaded when the other desk won
    plan = club.rota.plan(date(2026, 11, 23))
    try:
        club.rota.save(date(2026, 11, 23), plan.assignments, expected_version=plan.version)
        done["rota_saved"] += 1
    except ClubdeskError as exc:
        assert "rechargez" in str(exc), str(exc)
        done["rota_stale"] += 1
club.close()
print(json.dumps(done))
"""


def test_two_processes_check_in_edit_the_same_record_and_save_the_rota(
        db_target: str, club: Club, make_member) -> None:
    ids = [make_member(f"P{n}").id for n in range(40)]
    procs = [subprocess.Popen([sys.executable, "-c", DESK, db_target, name, json.dumps(ids),
                               "15"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("poste-1", "poste-2")]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    # every member is present exactly once; each desk was told "déjà pointé" for the rest
    assert sum(r["checked_in"] for r in results) == len(ids)
    assert sum(r["already"] for r in results) == len(ids)
    present = club.attendance.present(DAY)
    assert sorted(p.member_id for p in present) == sorted(ids)
    # no lost update: every save that was accepted bumped the version exactly once
    saved = sum(r["saved"] for r in results)
    assert saved + sum(r["stale"] for r in results) == 30
    assert club.members.get(ids[0]).version == 1 + saved
    # the rota: every accepted save is one version, none overwritten
    assert club.rota.plan(DAY).version == sum(r["rota_saved"] for r in results) == 30
    # and the audit trail is still one unbroken chain
    assert club.audit.verify().ok
