"""A GEM's volunteer animators and its sponsorship: rights, history, exchange, demo."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from clubdesk.model import demo, demo_gem
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ValidationError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.exchange.importer import ImportFailed
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import AuditEntry, Volunteer
from clubdesk.model.volunteers import overlapping

TODAY = date(2026, 11, 23)


def test_rights_direction_writes_staff_read(club: Club) -> None:
    row = club.volunteers.add("Claire Martin", date(2025, 1, 6), functions="peinture")
    team = Club(club.db, Actor("tom", "equipe"))
    assert [v.name for v in team.volunteers.volunteers()] == ["Claire Martin"]
    with pytest.raises(AccessDenied):
        team.volunteers.add("Autre", date(2025, 1, 6))
    with pytest.raises(AccessDenied):
        team.volunteers.set_sponsorship({"sponsor_name": "X"})
    reception = Club(club.db, Actor("lea", "accueil"))
    with pytest.raises(AccessDenied):
        reception.volunteers.volunteers()
    club.volunteers.update(row.id, "Claire Martin", date(2025, 1, 6),
                           ended_on=date(2025, 6, 30), functions="peinture, chant")
    assert club.volunteers.volunteers()[0].ended_on == date(2025, 6, 30)
    club.volunteers.delete(row.id)
    assert club.volunteers.volunteers() == []
    with club.db.session(write=False) as session:  # every change in the trail
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.record_type == "volunteer")) >= 3


def test_sponsorship_kept_with_the_date_it_holds_from(club: Club) -> None:
    partner = club.partners.create("UNAFAM 76", "peer_structure")
    club.volunteers.set_sponsorship({"sponsor_partner_id": str(partner.id),
                                     "sponsorship_signed_on": "2021-01-15",
                                     "sponsorship_ends_on": "2024-01-14"},
                                    as_of=date(2021, 1, 15))
    club.volunteers.set_sponsorship({"sponsorship_ends_on": "2027-01-14",
                                     "managing_association": "Les Amis"},
                                    as_of=date(2024, 1, 15))  # renewed
    old = club.volunteers.sponsorship(date(2023, 12, 31))
    assert old["sponsor_name"] == "UNAFAM 76"  # the partner's name, taken from the register
    assert old["sponsorship_ends_on"] == "2024-01-14" and old["managing_association"] == ""
    now = club.volunteers.sponsorship(date(2025, 1, 1))
    assert now["sponsorship_ends_on"] == "2027-01-14"
    assert now["managing_association"] == "Les Amis"
    # the GEM table of 2023 shows what held then
    assert club.indicators.compute(2023, "gem").values["gem_identity"][
        "managing_association"] == ""
    with pytest.raises(ValidationError):
        club.volunteers.set_sponsorship({"sponsor_partner_id": "999999"})
    with pytest.raises(ValidationError):
        club.volunteers.set_sponsorship({"unknown": "x"})
    assert club.volunteers.sponsorship(date(2025, 1, 1)) == now  # refusals wrote nothing


@settings(max_examples=200, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 800),
       st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 800))
def test_overlap_is_sharing_a_day(a: date, da: int, b: date, db: int) -> None:
    first = Volunteer(id=1, name="Zoé Été", started_on=a, ended_on=a + timedelta(days=da))
    b_end = b + timedelta(days=db)
    days_a = {a + timedelta(days=n) for n in range(da + 1)}
    days_b = {b + timedelta(days=n) for n in range(db + 1)}
    expected = bool(days_a & days_b)
    assert (overlapping([first], "zoe ete", b, b_end) is not None) == expected
    assert overlapping([first], "Autre", b, b_end) is None


def test_exchange_round_trip_is_identical(club: Club, tmp_path: Path) -> None:
    club.volunteers.add("Claire Martin", date(2023, 5, 1), ended_on=date(2024, 4, 30),
                        functions="peinture; chant", qualifications="« beaux-arts »")
    club.volunteers.add("Claire Martin", date(2024, 5, 1))
    club.volunteers.add("Denis Roy", date(2025, 2, 1), qualifications="BAFA")
    club.volunteers.set_sponsorship({"sponsor_name": "UNAFAM 76",
                                     "managing_association": "Les Amis"},
                                    as_of=date(2021, 1, 15))
    first = export_club(club.db, club.actor, tmp_path / "one")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in ("volunteers.csv", "structure.csv"):
            assert (first / name).read_text() == (second / name).read_text()
        assert len((first / "volunteers.csv").read_text().splitlines()) == 4
        assert "UNAFAM 76" in (first / "structure.csv").read_text()
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        assert report.created.get("volunteers.csv", 0) == 0
    finally:
        db.close()


def test_an_import_refuses_a_volunteer_ending_before_it_starts(club: Club,
                                                              tmp_path: Path) -> None:
    club.volunteers.add("Denis Roy", date(2025, 2, 1))
    folder = export_club(club.db, club.actor, tmp_path / "one")
    path = folder / "volunteers.csv"
    path.write_text(path.read_text().replace("2025-02-01,", "2025-02-01,2025-01-01"))
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        with pytest.raises(ImportFailed) as refused:
            import_club(db, other.actor, folder, today=TODAY)
        assert any("avant son début" in str(e) for e in refused.value.errors)
        assert other.volunteers.volunteers() == []  # nothing written
    finally:
        db.close()


def test_demo_gem_after_the_demo(club: Club) -> None:
    demo.generate(club.db, club.actor, today=TODAY)
    with club.db.session(actor=club.actor) as session:
        demo_gem.add_demo(session, random.Random(1), TODAY)
    rows = club.volunteers.volunteers()
    assert len(rows) == 3 and sum(1 for r in rows if r.ended_on) == 1
    held = club.volunteers.sponsorship(TODAY)
    assert held["sponsor_name"] and held["managing_association"]
    assert held["sponsorship_signed_on"] < held["sponsorship_ends_on"]
    gem = club.indicators.compute(2025, "gem").values
    assert gem["gem_identity"]["managing_association"] == demo_gem.MANAGING_ASSOCIATION
    assert len(gem["gem_volunteers"]) >= 2
