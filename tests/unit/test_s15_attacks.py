"""Attacks on step 15's additions (staff, structure history and attachments, workshops,
charter and exit reasons, sent reports): as a hostile user, with hostile files, on an
encrypted club, on a full disk, and after an erasure."""

from __future__ import annotations

import base64
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from clubdesk.export.annual_report import freeze_report
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.exchange.accounts import NewAdmin
from clubdesk.model.tables import (
    CharterSignature,
    MembershipPeriod,
    StructureDocument,
    WorkshopAttendee,
)

ADMIN = NewAdmin("direction", "Direction-import-2026")
PDF = b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"
HEADER = "document_id,kind,valid_from,file_name,part,content"


def documents_folder(tmp_path: Path, rows: list[tuple[int, int, str]]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [HEADER] + [f"{doc},lease,2024-01-01,bail.pdf,{part},{content}"
                        for doc, part, content in rows]
    (folder / "structure_documents.csv").write_text("\n".join(lines) + "\n")
    return folder


def refused_import(tmp_path: Path, folder: Path) -> list[str]:
    club = Club.open(str(tmp_path / "cible.sqlite3"))
    try:
        with pytest.raises(ClubdeskError, match="Rien n'a été enregistré") as caught:
            import_club(club.db, club.actor, folder, admin=ADMIN)
        with club.db.session(write=False) as session:
            assert session.scalar(select(func.count()).select_from(StructureDocument)) == 0
        return list(getattr(caught.value, "errors", []))
    finally:
        club.close()


# -- hostile structure_documents.csv ---------------------------------------------------


def test_attack_a_duplicated_document_part_is_refused(tmp_path: Path) -> None:
    """Two rows claim part 2 of the same document: one of them was silently dropped (the
    stored file depended on the rows' order). Now refused in words."""
    text = base64.b64encode(PDF).decode()
    other = base64.b64encode(PDF.replace(b"x", b"y")).decode()
    folder = documents_folder(tmp_path, [(1, 1, text[:40]), (1, 2, text[40:]),
                                         (1, 2, other[40:])])
    errors = refused_import(tmp_path, folder)
    assert any("partie 2" in e and "deux fois" in e for e in errors), errors


def test_attack_parts_of_one_document_that_disagree(tmp_path: Path) -> None:
    """Part 2 of document 1 says another kind of file: the first part's description won
    silently. Now refused."""
    text = base64.b64encode(PDF).decode()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "structure_documents.csv").write_text(
        HEADER + "\n" + f"1,lease,2024-01-01,bail.pdf,1,{text[:40]}\n"
        + f"1,inventory,2024-01-01,bail.pdf,2,{text[40:]}\n")
    errors = refused_import(tmp_path, folder)
    assert any("même type" in e for e in errors), errors


def test_attack_broken_missing_and_shuffled_parts(tmp_path: Path) -> None:
    text = base64.b64encode(PDF).decode()
    broken = refused_import(tmp_path / "a", documents_folder(
        (tmp_path / "a"), [(1, 1, text[:-4] + "!!!!")]))
    assert any("base64" in e for e in broken), broken
    missing = refused_import(tmp_path / "b", documents_folder(
        tmp_path / "b", [(1, 1, text[:40]), (1, 3, text[80:])]))
    assert any("sans trou" in e for e in missing), missing
    # parts out of order in the file are put back in order
    club = Club.open(str(tmp_path / "c.sqlite3"))
    try:
        import_club(club.db, club.actor, documents_folder(
            tmp_path / "c", [(1, 2, text[40:]), (1, 1, text[:40])]), admin=ADMIN)
        doc = club.structure.documents()[0]
        assert club.structure.document_content(doc.id)[1] == PDF
    finally:
        club.close()


@pytest.fixture(autouse=True)
def _folders(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()


def test_attack_a_huge_document_is_refused_without_holding_it(tmp_path: Path) -> None:
    """40 MB of base64 for one document: refused as over 10 MB, and the parts past the
    limit are not kept (they were all held, joined, then decoded: three copies)."""
    part = "A" * 30000
    folder = documents_folder(tmp_path, [(1, n, part) for n in range(1, 1401)])
    size = (folder / "structure_documents.csv").stat().st_size
    tracemalloc.start()
    try:
        errors = refused_import(tmp_path, folder)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert any("10 Mo au plus" in e for e in errors), errors
    assert peak < 3 * size, (peak, size)


def test_attack_an_overlong_cell_is_refused_in_french(tmp_path: Path) -> None:
    folder = documents_folder(tmp_path, [(1, 1, "A" * 200_000)])
    errors = refused_import(tmp_path, folder)
    assert errors and not any("field larger" in e for e in errors), errors
    assert any("trop longue" in e for e in errors), errors


# -- hostile charter, workshop and exit-reason files ------------------------------------


def exported_demo(demo_db: Path, tmp_path: Path) -> Path:
    club = Club.open(str(demo_db))
    try:
        return export_club(club.db, club.actor, tmp_path / "export")
    finally:
        club.close()


def append_line(path: Path, line: str) -> None:
    text = path.read_text()
    path.write_text(text + ("" if text.endswith("\n") else "\n") + line + "\n")


def test_attack_unknown_members_in_signatures_and_attendees(demo_db: Path,
                                                            tmp_path: Path) -> None:
    out = exported_demo(demo_db, tmp_path)
    append_line(out / "charter_signatures.csv", "999999,2024,2024-01-01")
    sessions = (out / "workshop_sessions.csv").read_text().splitlines()
    first_session = sessions[1].split(",")[0]
    append_line(out / "workshop_attendees.csv", f"{first_session},999998")
    target = Club.open(str(tmp_path / "cible.sqlite3"))
    try:
        with pytest.raises(ClubdeskError, match="Rien n'a été enregistré") as caught:
            import_club(target.db, target.actor, out, admin=ADMIN)
        errors = "\n".join(caught.value.errors)  # type: ignore[attr-defined]
        assert "charter_signatures.csv" in errors and "workshop_attendees.csv" in errors
        with target.db.session(write=False) as session:
            for table in (CharterSignature, WorkshopAttendee):
                assert session.scalar(select(func.count()).select_from(table)) == 0
    finally:
        target.close()


def test_attack_a_health_detail_as_exit_reason(demo_db: Path, tmp_path: Path) -> None:
    club = Club.open(str(demo_db))
    try:
        member = club.members.list_members("current")[0].id
        with pytest.raises(ClubdeskError, match="se choisit dans la liste"):
            club.members.leave(member, date(2026, 11, 20), "hospitalisation",
                               today=date(2026, 11, 23))
        assert club.members.periods(member)[-1].left_on is None
    finally:
        club.close()
    out = exported_demo(demo_db, tmp_path)
    periods = out / "membership_periods.csv"
    lines = periods.read_text().splitlines()
    header = lines[0].split(",")
    at = header.index("leave_reason")
    closed = next(i for i, line in enumerate(lines[1:], 1) if line.split(",")[at])
    cells = lines[closed].split(",")
    cells[at] = "hospitalisation"
    lines[closed] = ",".join(cells)
    periods.write_text("\n".join(lines) + "\n")
    target = Club.open(str(tmp_path / "cible.sqlite3"))
    try:
        with pytest.raises(ClubdeskError, match="Rien n'a été enregistré"):
            import_club(target.db, target.actor, out, admin=ADMIN)
        with target.db.session(write=False) as session:
            assert session.scalar(select(func.count()).select_from(MembershipPeriod)) == 0
    finally:
        target.close()
    assert b"hospitalisation" not in (tmp_path / "cible.sqlite3").read_bytes()


# -- roles -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["accueil", "equipe"])
def test_attack_attachments_and_sent_files_are_the_direction_s(club: Club, role: str) -> None:
    """The lease and état des lieux are shown on the direction's « Structure » screen only,
    yet any role could read their bytes through the service (and it left no trace)."""
    from clubdesk.model.structure import StructureService

    doc = club.structure.attach_document("lease", date(2024, 1, 1), "bail.pdf", PDF)
    desk = StructureService(club.db, Actor(f"test-{role}", role))
    with pytest.raises(AccessDenied):
        desk.document_content(doc.id)
    assert club.structure.document_content(doc.id)[1] == PDF
    from clubdesk.model.tables import AuditEntry

    with club.db.session(write=False) as session:
        reads = session.scalars(select(AuditEntry.action).where(
            AuditEntry.record_type == "structure_document")).all()
    assert "export" in reads


def test_attack_staff_accounts_and_attendees_through_the_services(club: Club) -> None:
    member = club.members.create("Inès", last_name="Atelier", joined_on=date(2024, 1, 8))
    club.users.create("direction", "Direction-2026-motdepasse", "direction")
    user = club.users.create("camille", "Camille-2026-motdepasse", "equipe")
    person = club.staff.create("Camille", "Durand", function="animatrice",
                               user_id=int(user.id))
    club.staff.add_period(person.id, date(2024, 1, 1), fte=0.8)
    session = club.workshops.add("Atelier CV", date(2026, 11, 2), attendees=[member.id],
                                 today=date(2026, 11, 23))
    club.members.leave(member.id, date(2026, 11, 20), "job", today=date(2026, 11, 23))
    desk = Club(club.db, Actor("test-accueil", "accueil"))
    assert [r.account for r in desk.staff.list_staff()] == [""]
    for read in (lambda: desk.workshops.attendees(session.id),
                 lambda: desk.workshops.sessions(2026),
                 lambda: desk.sent_reports.files(2025),
                 lambda: desk.users.list_users()):
        with pytest.raises(AccessDenied):
            read()
    assert [p.leave_reason for p in desk.members.periods(member.id)] == [""]
    team = Club(club.db, Actor("test-equipe", "equipe"))
    assert [r.account for r in team.staff.list_staff()] == [""]
    assert team.workshops.attendees(session.id) == [member.id]


# -- the server's own roles (PostgreSQL) ---------------------------------------------------

from test_server_roles import SERVER_ONLY, login_url, plain_select, server  # noqa: E402,F401


@SERVER_ONLY
def test_attack_new_tables_with_plain_sql_on_the_server(server: dict[str, Any]) -> None:  # noqa: F811
    """Each role's database login, plain SQL: the sent report is the direction's, the
    workshop attendees and notes the staff's, an attachment's bytes the direction's."""
    from sqlalchemy.exc import ProgrammingError

    reception = login_url(server["owner"], "accueil")
    team = login_url(server["owner"], "equipe")
    direction = login_url(server["owner"], "direction")
    refused = {reception: ["SELECT pdf FROM sent_report", "SELECT year FROM sent_report",
                           "SELECT member_id FROM workshop_attendee",
                           "SELECT notes FROM workshop_session",
                           "SELECT content FROM structure_document"],
               team: ["SELECT json_file FROM sent_report",
                      "SELECT content FROM structure_document"]}
    for url, queries in refused.items():
        for sql in queries:
            with pytest.raises(ProgrammingError, match="permission denied"):
                plain_select(url, sql)
    assert plain_select(reception, "SELECT member_id, version FROM charter_signature")
    assert plain_select(reception, "SELECT title, held_on FROM workshop_session")
    assert plain_select(reception, "SELECT file_name, size FROM structure_document")
    assert plain_select(team, "SELECT member_id FROM workshop_attendee")
    assert plain_select(direction, "SELECT pdf FROM sent_report")
    assert plain_select(direction, "SELECT content FROM structure_document")


# -- a full disk -------------------------------------------------------------------------


def fill(folder: Path, leave_kib: int) -> Path:
    """Fill the small disk, then give back ``leave_kib``: a disk almost full."""
    import os

    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave_kib * 1024))
    return filler


def club_on_a_small_disk(small_disk: Any, tmp_path: Path) -> tuple[Path, Path]:
    from test_sent_report import year_with_one_member

    source = tmp_path / "source.sqlite3"
    club = Club.open(str(source))
    year_with_one_member(club)
    club.close()
    disk = small_disk(4096)
    path = disk / "club.sqlite3"
    path.write_bytes(source.read_bytes())
    return disk, path


@pytest.mark.parametrize("action", ["freeze", "attach"])
def test_attack_full_disk_while_freezing_or_attaching(small_disk: Any, tmp_path: Path,
                                                      db_path: Path, action: str) -> None:
    disk, path = club_on_a_small_disk(small_disk, tmp_path)
    club = Club.open(str(path))
    filler = fill(disk, 48)
    try:
        with pytest.raises(ClubdeskError) as caught:
            if action == "freeze":
                freeze_report(club.sent_reports, 2025)
            else:
                club.structure.attach_document("lease", date(2025, 1, 1), "bail.pdf",
                                               b"%PDF-1.4\n" + bytes(range(256)) * 4000)
        assert "Traceback" not in str(caught.value) and "disque" in str(caught.value)
    finally:
        club.close()
        filler.unlink()
    # the database, and the audit seal's anchor (reads were recorded): no temporary file
    left = {p.name for p in disk.iterdir()} - {"filler", "club.sqlite3-wal", "club.sqlite3-shm"}
    assert left <= {"club.sqlite3", "club.sqlite3.ancre-journal.json"}, left
    again = Club.open(str(path))
    try:
        assert again.sent_reports.sent(2025) is None
        assert again.structure.documents() == []
        assert again.audit.verify().ok
    finally:
        again.close()


# -- erasure -----------------------------------------------------------------------------


def test_attack_erasure_of_a_member_of_workshops_and_charter(club: Club) -> None:
    """Erasure takes the person off every workshop's list and deletes their signatures;
    the sent report keeps its figures (documented decision, model/annual/sent.py)."""
    from test_sent_report import stored

    d = date(2025, 3, 3)
    zoe = club.members.create("Zoé", last_name="Zorglub", joined_on=date(2025, 1, 6),
                              today=date(2025, 1, 6)).id
    other = club.members.create("Léa", last_name="Autre", joined_on=date(2025, 1, 6),
                                today=date(2025, 1, 6)).id
    club.attendance.check_in(zoe, d, "day")
    club.charter.sign(zoe, d, "2024")
    club.charter.sign(other, d, "2024")
    ws = club.workshops.add("Atelier CV", d, attendees=[zoe, other], today=d)
    club.members.leave(zoe, date(2025, 6, 30), "moved", today=date(2025, 6, 30))
    freeze_report(club.sent_reports, 2025)
    rows = stored(club)
    club.retention.erase(zoe, date(2026, 11, 23))
    with club.db.session(write=False) as session:
        for table in (CharterSignature, WorkshopAttendee):
            held = session.scalars(select(table.member_id)).all()  # type: ignore[attr-defined]
            assert zoe not in held and other in held, table
    assert club.workshops.attendees(ws.id) == [other]
    assert stored(club) == rows
    sent = dict(club.sent_reports.files(2025))
    assert b"Zorglub" not in sent["indicateurs-2025.json"]


# -- encryption --------------------------------------------------------------------------


def test_attack_encrypted_club_keeps_new_data_out_of_plain_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An encrypted club: an attachment's bytes, a sent report's JSON, the staff's names and
    a workshop's title are in no file in plain: the database, its backups, the temporary
    folder."""
    import tempfile

    from test_sent_report import year_with_one_member

    from clubdesk.model.storage.db import Database

    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    key = "une phrase de passe pour le club"
    path = tmp_path / "club" / "club.sqlite3"
    path.parent.mkdir()
    db = Database.open(str(path), passphrase=key)
    club = Club(db)
    year_with_one_member(club)
    secret_pdf = b"%PDF-1.4\n" + b"BAIL-CONFIDENTIEL-QUAI-NEUF " * 400
    club.structure.attach_document("lease", date(2025, 1, 1), "bail.pdf", secret_pdf)
    person = club.staff.create("Eulalie", "Quimperlé", function="coordinatrice")
    club.staff.add_period(person.id, date(2025, 1, 1), fte=1)
    club.workshops.add("Atelier Xylographie", date(2025, 3, 3), today=date(2025, 3, 3))
    freeze_report(club.sent_reports, 2025)
    sent = dict(club.sent_reports.files(2025))
    club.backups.make(tmp_path / "club" / "copie.sqlite3")
    db.close()
    needles = [b"BAIL-CONFIDENTIEL", b"Quimperl", "Quimperlé".encode("utf-16-le"),
               b"Xylographie", sent["indicateurs-2025.json"][:120]]
    assert b"Xylographie" in sent["indicateurs-2025.json"]  # the needles are real
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) >= 2
    for file in files:
        data = file.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle[:30]!r} in {file.relative_to(tmp_path)}"


# -- the command line, signed in as the CLI signs in --------------------------------------


@pytest.mark.parametrize("role", ["accueil", "equipe"])
def test_attack_the_command_line_as_reception_or_team(
        demo_target: str, tmp_path: Path, role: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from clubdesk.cli import main

    owner = Club.open(demo_target)
    try:
        freeze_report(owner.sent_reports, 2025)
        member = owner.members.list_members("current")[0]
    finally:
        owner.close()
    monkeypatch.setenv("CLUBDESK_USER", role)
    monkeypatch.setenv("CLUBDESK_PASSWORD", "Accueil-demo-2026" if role == "accueil"
                       else "Equipe-demo-2026")
    capsys.readouterr()
    assert main(["staff", "list", "--json", "--db", demo_target]) == 0
    staff = json.loads(capsys.readouterr().out)
    assert staff and all(s["account"] is None for s in staff)  # the accounts are the direction's
    out = tmp_path / "envoi"
    code = main(["report", "--year", "2025", "--out", str(out), "--db", demo_target])
    said = capsys.readouterr()
    assert code == 1 and "Traceback" not in said.err and said.err.strip(), said
    assert not out.exists()
    assert main(["members", "leave", str(member.id), "--on", "2026-11-20", "--reason",
                 "hospitalisation", "--db", demo_target]) == 1
    said = capsys.readouterr()
    assert "se choisit dans la liste" in said.err and "Traceback" not in said.err
    assert main(["report", "--year", "2025", "--freeze", "--db", demo_target]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_attack_an_old_free_text_exit_reason_leaves_the_database_file(db_path: Path) -> None:
    """A health detail typed before exit reasons were coded: the migration reads it as
    « autre » and the text is in the database file no more (only in the copy set aside
    before the migration, which the backups' rotation ages out)."""
    import sqlite3

    club = Club.open(str(db_path))
    m = club.members.create("Zoé", last_name="Zed", joined_on=date(2025, 1, 6),
                            today=date(2025, 1, 6)).id
    club.members.leave(m, date(2025, 6, 30), "moved", today=date(2025, 6, 30))
    club.db.downgrade("0015")
    club.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE membership_period SET leave_reason = 'hospitalisation en psychiatrie' "
                "WHERE left_on IS NOT NULL")
    con.commit()
    con.close()
    club = Club.open(str(db_path))
    try:
        assert [p.leave_reason for p in club.members.periods(m)] == ["other"]
    finally:
        club.close()
    for file in db_path.parent.glob(db_path.name + "*"):
        assert b"hospitalisation" not in file.read_bytes(), file.name


# -- moving a club ---------------------------------------------------------------------------


def test_attack_db_copy_keeps_the_sent_report_and_attachments(demo_target: str,
                                                             new_db: Any) -> None:
    """The exchange format leaves the sent reports out (documented): `db copy` is the way a
    club moves with them, so it must carry their bytes and the attachments' exactly."""
    from clubdesk.model.storage.transfer import copy_club

    source = Club.open(demo_target)
    try:
        freeze_report(source.sent_reports, 2025)
        data = b"%PDF-1.4\n" + bytes(range(256)) * 300
        source.structure.attach_document("inventory", date(2025, 1, 1), "edl.pdf", data)
        sent = source.sent_reports.files(2025)
        summary = source.sent_reports.sent(2025)
        target = new_db("copie")
        copy_club(source.db, target, source.actor)
    finally:
        source.close()
    copy = Club.open(target)
    try:
        assert copy.sent_reports.files(2025) == sent
        again = copy.sent_reports.sent(2025)
        assert again is not None and summary is not None
        assert (again.sent_at, again.sent_by, again.figures) == (
            summary.sent_at, summary.sent_by, summary.figures)
        doc = [d for d in copy.structure.documents() if d.file_name == "edl.pdf"][0]
        assert copy.structure.document_content(doc.id)[1] == data
    finally:
        copy.close()


def test_attack_an_imported_file_name_is_cleaned_as_when_attached(tmp_path: Path,
                                                                  new_db: Any) -> None:
    """A file name with folders, or longer than the column, in structure_documents.csv:
    kept as its last part, cut to 255 characters, as attach_document does (a long name was
    a raw database error on PostgreSQL)."""
    text = base64.b64encode(PDF).decode()
    folder = tmp_path / "in"
    folder.mkdir()
    long_name = "x" * 300 + ".pdf"
    (folder / "structure_documents.csv").write_text(
        HEADER + "\n" + f"1,lease,2024-01-01,C:\\scans\\..\\bail.pdf,1,{text}\n"
        + f"2,inventory,2024-01-01,dossier/{long_name},1,{text}\n")
    club = Club.open(new_db("cible"))
    try:
        import_club(club.db, club.actor, folder, admin=ADMIN)
        names = [d.file_name for d in club.structure.documents()]
    finally:
        club.close()
    assert names == ["bail.pdf", long_name[:255]]
    (folder / "structure_documents.csv").write_text(
        HEADER + "\n" + f"1,lease,2024-01-01,dossier/,1,{text}\n")
    errors = refused_import(tmp_path / "b", folder)
    assert any("nom du fichier est vide" in e for e in errors), errors
