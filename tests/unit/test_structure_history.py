"""Premises, opening hours and governance kept with the date from which they hold; the lease
and the état des lieux as files (issue 19, item 2)."""

from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.exchange.accounts import NewAdmin
from clubdesk.model.tables import StructureDocument

ADMIN = NewAdmin("direction", "Direction-import-2026")
PDF = b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"
# a real 1x1 PNG
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde" + b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00"
       + zlib.compress(b"")[:0] + b"\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


def club_with_a_history(club: Club) -> None:
    s = club.structure
    s.set_info({"premises_address": "3 rue des Lilas", "lease_start": "2019-05-01",
                "rent_eur": "900"}, as_of=date(2019, 5, 1))
    s.set_opening_hours([(1, "09:00", "17:00"), (3, "09:00", "12:00")], as_of=date(2019, 5, 1))
    s.set_body("Conseil d'administration", [("Anne", True), ("Bruno", False)],
               as_of=date(2019, 5, 1))
    # 2021: the rent goes up in June, Friday opens in September
    s.set_info({"rent_eur": "950"}, as_of=date(2021, 6, 1))
    s.set_opening_hours([(1, "09:00", "17:00"), (3, "09:00", "12:00"), (5, "14:00", "18:00")],
                        as_of=date(2021, 9, 1))
    # 2023: a new lease in new premises, a new board
    s.set_info({"premises_address": "12 quai Neuf", "lease_start": "2023-03-01",
                "rent_eur": "1400"}, as_of=date(2023, 3, 1))
    s.set_opening_hours([(2, "10:00", "18:00")], as_of=date(2023, 3, 1))
    s.set_body("Conseil d'administration", [("Chloé", True)], as_of=date(2023, 3, 1))
    s.attach_document("lease", date(2019, 5, 1), "bail-2019.pdf", PDF)
    s.attach_document("lease", date(2023, 3, 1), "bail-2023.pdf", PDF + b"2023")


def test_a_past_year_report_uses_what_held_then(club: Club) -> None:
    club_with_a_history(club)
    v = club.indicators.compute(2021).values
    assert v["premises"]["premises_address"] == "3 rue des Lilas"
    assert v["premises"]["lease_start"] == "2019-05-01"  # not the lease of 2023
    assert v["premises"]["rent_eur"] == "950"  # in force on 31 December 2021
    assert [(h["weekday"], h["opens"]) for h in v["opening_hours"]] == [
        (1, "09:00"), (3, "09:00"), (5, "14:00")]
    assert [(c["date"], c["subject"], c["before"], c["after"])
            for c in v["structure_changes"]] == [
        ("2021-06-01", "rent_eur", "900", "950"),
        ("2021-09-01", "opening_hours", "lun. 09:00–17:00 ; mer. 09:00–12:00",
         "lun. 09:00–17:00 ; mer. 09:00–12:00 ; ven. 14:00–18:00")]
    # governance in force then: Anne and Bruno, one of two elected (no finding)
    assert not any("Conseil" in f for f in v["compliance"])
    now = club.indicators.compute(2023).values
    assert now["premises"]["lease_start"] == "2023-03-01"
    assert [(h["weekday"], h["opens"]) for h in now["opening_hours"]] == [(2, "10:00")]
    assert {c["subject"] for c in now["structure_changes"]} == {
        "premises_address", "lease_start", "rent_eur", "opening_hours"}


def test_in_force_and_changes_during(club: Club) -> None:
    club_with_a_history(club)
    s = club.structure
    then = s.in_force(date(2021, 12, 31))
    assert then.info["rent_eur"] == "950" and then.hours_from == date(2021, 9, 1)
    assert then.bodies == [("Conseil d'administration", [("Anne", True), ("Bruno", False)])]
    assert [d.file_name for d in then.documents] == ["bail-2019.pdf"]
    assert s.in_force(date(2018, 1, 1)).info == {} and s.in_force(date(2018, 1, 1)).hours == []
    assert [(c.on, c.what, c.key) for c in s.changes_during(2023)] == [
        (date(2023, 3, 1), "governance", "Conseil d'administration"),
        (date(2023, 3, 1), "hours", ""),
        (date(2023, 3, 1), "premises", "lease_start"),
        (date(2023, 3, 1), "premises", "premises_address"),
        (date(2023, 3, 1), "premises", "rent_eur")]
    assert s.changes_during(2022) == []
    # today's screens read today's values
    assert s.info()["premises_address"] == "12 quai Neuf"
    assert [b.name for b, seats in s.governance() if seats[0].holder == "Chloé"]


def test_saving_never_overwrites_an_older_version(club: Club) -> None:
    club_with_a_history(club)
    s = club.structure
    before = s.versions()
    s.set_info({"rent_eur": "1500"}, as_of=date(2024, 1, 1))
    s.set_info({"rent_eur": "1450"}, as_of=date(2024, 1, 1))  # same day: that day's version
    s.set_info({"rent_eur": "1450"}, as_of=date(2024, 6, 1))  # unchanged: nothing new
    after = s.versions()
    assert after.info["rent_eur"] == before.info["rent_eur"] + [(date(2024, 1, 1), "1450")]
    assert after.hours == before.hours and after.seats == before.seats
    # an earlier date inserts a version between the others, the later ones still hold
    s.set_opening_hours([(4, "08:00", "12:00")], as_of=date(2022, 1, 10))
    assert [h.weekday for h in s.opening_hours(date(2022, 6, 1))] == [4]
    assert [h.weekday for h in s.opening_hours(date(2023, 6, 1))] == [2]
    with pytest.raises(ClubdeskError, match="au moins une plage"):
        s.set_opening_hours([], as_of=date(2025, 1, 1))
    with pytest.raises(ClubdeskError, match="fin du bail"):
        s.set_info({"lease_end": "2020-01-01"}, as_of=date(2024, 2, 1))  # before 2023-03-01


def test_existing_values_hold_from_2000_after_the_migration(club: Club) -> None:
    """A club from before the history: its values hold for every past year."""
    with club.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO structure_info (key, value) VALUES "
                             "('lease_start', '2015-01-01')")
        conn.exec_driver_sql("INSERT INTO opening_hours (weekday, opens, closes) VALUES "
                             "(2, '09:00', '12:00')")
    v = club.indicators.compute(2016).values
    assert v["premises"]["lease_start"] == "2015-01-01"
    assert [h["weekday"] for h in v["opening_hours"]] == [2] and v["structure_changes"] == []


def test_documents_are_checked_by_their_bytes_before_anything_is_stored(club: Club) -> None:
    s = club.structure
    refusals = [
        ("bail.pdf", b"", "est vide"),
        ("bail.pdf", b"PK\x03\x04 a zip named pdf", "ni un PDF"),
        ("photo.png", b"GIF89a", "ni un PDF"),
        ("gros.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), "10 Mo au plus"),
    ]
    for name, data, words in refusals:
        with pytest.raises(ClubdeskError, match=words):
            s.attach_document("lease", date(2024, 1, 1), name, data)
    with pytest.raises(ClubdeskError):
        s.attach_document("receipt", date(2024, 1, 1), "x.pdf", PDF)
    with club.db.session(write=False) as session:
        assert session.scalar(select(func.count()).select_from(StructureDocument)) == 0
    # exactly 10 MB is accepted; a JPEG named .pdf is stored as what it is
    big = s.attach_document("inventory", date(2024, 1, 1), "C:\\scans\\edl.pdf",
                            b"%PDF-" + b"0" * (10 * 1024 * 1024 - 5))
    jpeg = s.attach_document("inventory", date(2024, 2, 1), "edl.pdf", b"\xff\xd8\xff\xe0JFIF")
    assert big.size == 10 * 1024 * 1024 and big.file_name == "edl.pdf"
    assert jpeg.media_type == "image/jpeg"
    info, data = s.document_content(big.id)
    assert info.media_type == "application/pdf" and len(data) == 10 * 1024 * 1024


def test_only_the_direction_attaches_and_it_is_on_the_record(club: Club) -> None:
    from clubdesk.model.access import Actor
    from clubdesk.model.structure import StructureService
    from clubdesk.model.tables import AuditEntry

    team = StructureService(club.db, Actor("anne", "equipe"))
    with pytest.raises(AccessDenied):
        team.attach_document("lease", date(2024, 1, 1), "bail.pdf", PDF)
    doc = club.structure.attach_document("lease", date(2024, 1, 1), "bail.pdf", PDF)
    assert [d.id for d in team.documents()] == [doc.id]
    # reception has no need of a signed lease: neither the list nor the file
    reception = StructureService(club.db, Actor("paul", "accueil"))
    with pytest.raises(AccessDenied):
        reception.documents()
    with pytest.raises(AccessDenied):
        reception.document_content(doc.id)
    with club.db.session(write=False) as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.record_type == "structure_document")).all()
    assert [(e.action, e.record_id) for e in entries] == [("create", str(doc.id))]


def test_the_exchange_format_carries_the_history_and_files(tmp_path: Path, club: Club) -> None:
    club_with_a_history(club)
    club.structure.attach_document("inventory", date(2023, 3, 2), "edl.png", PNG)
    big = b"%PDF-" + bytes(range(256)) * 4000  # about a million bytes: many parts
    club.structure.attach_document("inventory", date(2024, 1, 1), "edl-2024.pdf", big)
    export_club(club.db, club.actor, tmp_path / "one")
    csv = (tmp_path / "one" / "structure_documents.csv").read_text()
    assert csv.startswith("document_id,kind,valid_from,file_name,part,content\n")
    assert max(len(line) for line in csv.splitlines()) < 32767  # fits a workbook's cell
    for n, container in enumerate(("two", "two.zip", "two.xlsx")):
        middle = Club.open(str(tmp_path / f"mid{n}.sqlite3"))
        import_club(middle.db, middle.actor, tmp_path / "one", admin=ADMIN)
        export_club(middle.db, middle.actor, tmp_path / f"{n}{container}")
        last = Club.open(str(tmp_path / f"last{n}.sqlite3"))
        import_club(last.db, last.actor, tmp_path / f"{n}{container}", admin=ADMIN)
        export_club(last.db, last.actor, tmp_path / f"three{n}")
        # identical, but for the « direction » account the first import creates
        assert {p.name: p.read_bytes() for p in (tmp_path / f"three{n}").iterdir()
                if p.name != "users.csv"} == {
            p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()
            if p.name != "users.csv"}, container
        docs = last.structure.documents()
        assert [d.file_name for d in docs][-1] == "edl-2024.pdf"
        assert last.structure.document_content(docs[-1].id)[1] == big
        assert last.indicators.compute(2021).values["premises"]["rent_eur"] == "950"
        for c in (middle, last):
            c.close()


def test_the_demo_club_moved_in_2023_and_opens_on_saturdays_since_2024(
        demo_target: str) -> None:
    """The demo has a history: its 2021 report shows the premises before the move of
    1 November 2023 and the hours before Saturday mornings (1 September 2024)."""
    club = Club.open(demo_target)
    try:
        then = club.indicators.compute(2021).values
        assert then["premises"]["premises_address"] == "5 impasse du Moulin, 14000 Caen"
        assert then["premises"]["lease_start"] == "2018-03-01"
        assert (then["premises"]["premises_surface_m2"], then["premises"]["rent_eur"]) == (
            "110", "950")
        assert 6 not in {h["weekday"] for h in then["opening_hours"]}
        assert then["structure_changes"] == []
        now = club.indicators.compute(2025).values
        assert now["premises"]["premises_address"] == "12 rue des Lilas, 14000 Caen"
        assert now["premises"]["lease_start"] == "2023-11-01"
        assert 6 in {h["weekday"] for h in now["opening_hours"]}
        moved = club.indicators.compute(2023).values["structure_changes"]
        assert {(c["date"], c["subject"]) for c in moved} >= {
            ("2023-11-01", "premises_address"), ("2023-11-01", "lease_start"),
            ("2023-11-01", "rent_eur")}
        assert [(c["date"], c["subject"]) for c in club.indicators.compute(2024).values[
            "structure_changes"]] == [("2024-09-01", "opening_hours")]
        assert club.structure.documents() == []
    finally:
        club.close()
