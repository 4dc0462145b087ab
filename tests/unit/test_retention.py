"""Retention (CNIL): archive after 2 years without contact, anonymise after the archive
period, erasure on request; past annual reports keep their figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ValidationError

TODAY = date(2026, 11, 23)


@pytest.fixture
def history(club: Club) -> dict[str, int]:
    old = club.members.create("Ancienne", last_name="Canarivore", phone="06 11 22 33 44",
                              joined_on=date(2020, 1, 6), today=TODAY)
    club.attendance.check_in(old.id, date(2020, 3, 2), "am")
    club.followups.add(old.id, date(2020, 3, 3), "interview", note="Note sur Canarivore",
                       today=TODAY)
    club.members.leave(old.id, date(2021, 6, 1), "déménagement", today=TODAY)
    recent = club.members.create("Récente", joined_on=date(2020, 1, 6), today=TODAY)
    club.members.leave(recent.id, date(2021, 6, 1), today=TODAY)
    club.reach_out.record(recent.id, date(2025, 6, 1), "phone", today=TODAY)  # a contact
    current = club.members.create("Actuelle", joined_on=date(2019, 1, 6), today=TODAY)
    return {"old": old.id, "recent": recent.id, "current": current.id}


def test_archive_list_on_a_controlled_clock(club: Club, history) -> None:
    due = club.retention.to_archive(TODAY)
    assert [r.member_id for r in due] == [history["old"]]  # 2+ years, no open membership
    assert club.retention.to_archive(date(2023, 3, 1)) == []  # not yet two years
    club.settings.set_int("retention_years", 1)
    assert {r.member_id for r in club.retention.to_archive(TODAY)} == {history["old"],
                                                                       history["recent"]}


def test_archived_records_are_for_the_direction_only(club: Club, history) -> None:
    club.retention.archive([history["old"]], TODAY)
    for role in ("accueil", "equipe"):
        other = Club(club.db, Actor("x", role))
        assert history["old"] not in [r.id for r in other.members.list_members()]
        assert other.members.search("ancienne") == []
        with pytest.raises(AccessDenied, match="archivée"):
            other.members.get(history["old"])
    direction = Club(club.db, Actor("d", "direction"))
    assert direction.members.get(history["old"]).last_name == "Canarivore"


def test_anonymisation_keeps_past_reports_identical(club: Club, history) -> None:
    direction = Club(club.db, Actor("d", "direction"))
    before = {y: direction.indicators.compute(y).as_json() for y in (2020, 2021)}
    club.retention.archive([history["old"]], date(2023, 1, 1))
    assert [r.member_id for r in club.retention.to_anonymise(TODAY)] == [history["old"]]
    archived, anonymised = club.retention.apply(TODAY)
    assert anonymised == 1
    record = direction.members.get(history["old"])
    assert (record.first_name, record.last_name, record.phone) == ("Anonyme", "", "")
    assert club.followups.for_member(history["old"])[0].note == ""
    # the exit reason is a code from a list (never free text): it stays, counted in the table
    assert club.members.periods(history["old"])[0].leave_reason == "moved"
    after = {y: direction.indicators.compute(y).as_json() for y in (2020, 2021)}
    assert after == before
    with pytest.raises(ValidationError):
        club.retention.anonymise(history["old"], TODAY)


def test_erasure_on_request_leaves_no_trace_in_the_files(club: Club, history,
                                                         db_path: Path) -> None:
    club.retention.erase(history["old"], TODAY)
    entries = club.audit.entries()
    assert {("erase", "member"), ("anonymise", "member")} <= {(e.action, e.record_type)
                                                             for e in entries}
    assert club.audit.verify().ok
    club.db.close()
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            assert b"Canarivore" not in path.read_bytes(), path.name


def test_only_the_direction_applies_retention(club: Club, history) -> None:
    staff = Club(club.db, Actor("e", "equipe"))
    for call in (lambda: staff.retention.to_archive(TODAY),
                 lambda: staff.retention.erase(history["old"], TODAY),
                 lambda: staff.retention.apply(TODAY)):
        with pytest.raises(AccessDenied):
            call()
