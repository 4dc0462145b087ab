"""A sent report stays sent (issue 19, item 5): the figures and the three files as sent to
the ARS, who and when; what changed since, in the registry's keys."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from clubdesk.export.annual_report import freeze_report, save_sent_files
from clubdesk.model.access import Actor
from clubdesk.model.annual.sent import sent_years
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.tables import AuditEntry, SentReport

Y = 2025
DIRECTION = Actor("anne", "direction")


def year_with_one_member(club: Club) -> int:
    a = club.members.create("Alice", last_name="Martin", joined_on=date(2025, 1, 6),
                            today=date(2025, 1, 6)).id
    club.attendance.check_in(a, date(2025, 3, 3), "day")
    return a


def stored(club: Club) -> list[dict]:
    table = SentReport.__table__
    with club.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table))]


def trail_count(club: Club) -> int:
    with club.db.session(write=False) as session:
        return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def test_a_frozen_report_keeps_its_figures_and_names_what_changed(club: Club) -> None:
    anne = Club(club.db, DIRECTION)
    year_with_one_member(club)
    before = anne.indicators.compute(Y).as_json()
    sent = freeze_report(anne.sent_reports, Y)
    assert (sent.year, sent.sent_by) == (Y, "anne")
    # the club's clock runs from 10:00 (a few seconds pass while the files are rendered)
    assert sent.sent_at.replace(tzinfo=None, second=0) == datetime(2026, 11, 23, 10, 0)
    assert sent.figures == json.loads(json.dumps(before))
    assert anne.sent_reports.changed_since_sent(Y) == []
    assert sent_years(club.db) == {Y: date(2026, 11, 23)}

    # A member who joined in 2025 and came in June, entered late: the year's figures move.
    b = club.members.create("Bruno", joined_on=date(2025, 6, 2), today=date(2025, 6, 2)).id
    club.attendance.check_in(b, date(2025, 6, 3), "am")
    changed = anne.sent_reports.changed_since_sent(Y)
    assert {"entries", "seen_during_year", "active_by_month"} <= set(changed)
    assert "caseload_start" not in changed  # 1 January did not move
    again = anne.sent_reports.sent(Y)
    assert again is not None and again.figures == sent.figures  # still what was sent
    assert again.figures["entries"] == before["entries"] != \
        anne.indicators.compute(Y).values["entries"]

    files = dict(anne.sent_reports.files(Y))
    assert files["rapport-annuel-2025.pdf"].startswith(b"%PDF")
    document = json.loads(files["indicateurs-2025.json"])  # the header, then the figures
    assert {k: document.pop(k) for k in ("format_version", "year", "club")} == {
        "format_version": 2, "year": Y, "club": ""}
    assert document.pop("generated_at") and document == sent.figures
    book = openpyxl.load_workbook(io.BytesIO(files["indicateurs-2025.xlsx"]))
    assert book.sheetnames


def test_the_sent_files_are_saved_again_byte_for_byte(club: Club, tmp_path: Path) -> None:
    anne = Club(club.db, DIRECTION)
    year_with_one_member(club)
    freeze_report(anne.sent_reports, Y)
    club.members.create("Bruno", joined_on=date(2025, 6, 2), today=date(2025, 6, 2))
    paths = save_sent_files(anne.sent_reports, Y, tmp_path / "envoi")
    assert [p.name for p in paths] == ["indicateurs-2025.xlsx", "rapport-annuel-2025.pdf",
                                       "indicateurs-2025.json"]
    assert {p.name: p.read_bytes() for p in paths} == dict(anne.sent_reports.files(Y))
    assert sorted(p.name for p in (tmp_path / "envoi").iterdir()) == sorted(
        p.name for p in paths)  # no temporary file left


def test_a_second_freeze_is_refused_and_changes_nothing(club: Club) -> None:
    anne = Club(club.db, DIRECTION)
    year_with_one_member(club)
    freeze_report(anne.sent_reports, Y)
    club.members.create("Bruno", joined_on=date(2025, 6, 2), today=date(2025, 6, 2))
    rows, entries = stored(club), trail_count(club)
    other = Club(club.db, Actor("paul", "direction"))
    with pytest.raises(ClubdeskError, match="déjà marqué comme transmis .le 23/11/2026 par "
                                            "anne."):
        freeze_report(other.sent_reports, Y)
    assert stored(club) == rows
    assert trail_count(club) == entries  # refused before anything, even a read


def test_a_year_not_over_is_refused(club: Club) -> None:
    anne = Club(club.db, DIRECTION)
    with pytest.raises(ClubdeskError, match="2026 n'est pas terminée.*1er janvier 2027"):
        freeze_report(anne.sent_reports, 2026)
    with pytest.raises(ClubdeskError, match="n'a pas été marqué comme transmis"):
        anne.sent_reports.changed_since_sent(2025)
    assert anne.sent_reports.sent(2025) is None
    assert stored(club) == [] and sent_years(club.db) == {}


@pytest.mark.parametrize("role", ["accueil", "equipe"])
def test_reception_and_team_are_refused(club: Club, role: str, tmp_path: Path) -> None:
    year_with_one_member(club)
    freeze_report(Club(club.db, DIRECTION).sent_reports, Y)
    rows = stored(club)
    someone = Club(club.db, Actor("lea", role))
    for call in (lambda: freeze_report(someone.sent_reports, 2024),
                 lambda: someone.sent_reports.sent(Y),
                 lambda: someone.sent_reports.changed_since_sent(Y),
                 lambda: someone.sent_reports.files(Y),
                 lambda: save_sent_files(someone.sent_reports, Y, tmp_path / "x")):
        with pytest.raises(AccessDenied):
            call()
    assert stored(club) == rows and not (tmp_path / "x").exists()


def test_retention_and_erasure_leave_the_sent_report_as_sent(club: Club) -> None:
    anne = Club(club.db, DIRECTION)
    a = year_with_one_member(club)
    club.members.leave(a, date(2025, 6, 30), today=date(2025, 6, 30))
    freeze_report(anne.sent_reports, Y)
    rows = stored(club)
    anne.retention.apply(date(2040, 1, 1))  # archives then anonymises everyone gone
    anne.retention.erase(a, date(2040, 1, 1))
    assert stored(club) == rows


KILLER = """
import os, signal, sys
from sqlalchemy.orm import Session
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.tables import SentReport

commit = Session.commit
def commit_then_die(self):
    if any(isinstance(o, SentReport) for o in self.new):
        self.flush()  # the row and its trail entry are written, not committed
        os.kill(os.getpid(), signal.SIGKILL)
    return commit(self)
Session.commit = commit_then_die
from clubdesk.export.annual_report import freeze_report
freeze_report(Club.open(sys.argv[1], Actor("anne", "direction")).sent_reports, 2025)
"""


def test_a_kill_during_the_freeze_leaves_nothing_half_written(db_path: Path) -> None:
    club = Club.open(str(db_path))
    year_with_one_member(club)
    entries = trail_count(club)
    club.close()
    env = {**os.environ, "CLUBDESK_NOW": "2026-11-23T10:00"}
    done = subprocess.run([sys.executable, "-c", KILLER, str(db_path)], env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr
    club = Club.open(str(db_path))
    try:
        assert stored(club) == [] and sent_years(club.db) == {}
        with club.db.session(write=False) as session:
            types = session.scalars(select(AuditEntry.record_type)
                                    .where(AuditEntry.seq > entries)).all()
        assert "sent_report" not in types  # reads of the figures only
        again = freeze_report(Club(club.db, DIRECTION).sent_reports, Y)
        assert again.year == Y  # can be done again
    finally:
        club.close()


def test_the_sent_files_are_encrypted_and_in_the_backups(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from clubdesk.model.storage.db import Database

    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    key = "une phrase de passe pour le club"
    path = tmp_path / "club" / "club.sqlite3"
    path.parent.mkdir()
    db = Database.open(str(path), passphrase=key)
    club = Club(db, DIRECTION)
    year_with_one_member(club)
    freeze_report(club.sent_reports, Y)
    sent = dict(club.sent_reports.files(Y))
    db.backup_to(path.parent / "copie.sqlite3")
    db.close()
    needle = sent["indicateurs-2025.json"][:200]
    assert b"caseload_start" in needle
    for file in (p for p in path.parent.rglob("*") if p.is_file()):
        assert needle not in file.read_bytes(), file.name
    copy = Database.open(str(path.parent / "copie.sqlite3"), passphrase=key)
    try:
        assert dict(Club(copy, DIRECTION).sent_reports.files(Y)) == sent
    finally:
        copy.close()
