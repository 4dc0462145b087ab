"""The sealed audit trail (issue 16, item 8): cut, emptied or recomputed, it is found out.

Attacks are made as an attacker with write access to the database would make them: plain SQL
on the club's own database (SQLite file or PostgreSQL), the chain recomputed with the public
algorithm (clubdesk.model.audit.chain.entry_hash). The key is never in the database.
"""

from __future__ import annotations

import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from clubdesk.model.access import Actor
from clubdesk.model.audit import seal
from clubdesk.model.audit.chain import GENESIS, entry_hash
from clubdesk.model.club import Club
from clubdesk.model.storage.backup_manifest import read_manifest
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import AuditEntry

DAY = date(2026, 11, 23)
DIRECTION = Actor("alice", "direction")
EQUIPE = Actor("bob", "equipe")
SCRIPT = Path(sys.executable).with_name("clubdesk")


@pytest.fixture
def desk(db_target: str) -> Iterator[Club]:
    """A club whose trail holds entries of two people (about 16 entries)."""
    club = Club.open(db_target, DIRECTION)
    bob = Club(club.db, EQUIPE)
    for i in range(4):
        member = club.members.create(f"Prénom{i}", last_name=f"Nom{i}", joined_on=DAY)
        bob.members.get(member.id)
        bob.followups.add(member.id, DAY, "interview", note="Très confidentiel", today=DAY)
    yield club
    club.close()


def run(club: Club, sql: str, **params: object) -> None:
    with club.db.engine.begin() as conn:
        conn.execute(text(sql), params)


def rows(club: Club) -> list[dict]:
    table = AuditEntry.__table__
    with club.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table).order_by(table.c.seq))]


def recompute_without(club: Club, username: str, *, drop_seals: bool) -> None:
    """Delete one person's entries, renumber and recompute the public hash chain (the seals
    kept as they were, or removed as if the entries predated the seal)."""
    kept = [r for r in rows(club) if r["username"] != username]
    prev = GENESIS
    run(club, "DELETE FROM audit_entry")
    for seq, r in enumerate(kept, 1):
        digest = entry_hash(prev, seq, r["at"], r["username"], r["action"], r["record_type"],
                            r["record_id"])
        run(club, "INSERT INTO audit_entry (seq, at, username, action, record_type, "
                  "record_id, prev_hash, hash, seal) VALUES (:seq, :at, :u, :a, :t, :i, :p, "
                  ":h, :s)", seq=seq, at=r["at"], u=r["username"], a=r["action"],
            t=r["record_type"], i=r["record_id"], p=prev, h=digest,
            s=None if drop_seals else r["seal"])
        prev = digest


def identity(club: Club) -> str:
    with club.db.engine.connect() as conn:
        return str(conn.execute(text("SELECT value FROM setting WHERE key = 'club_identity'"))
                   .scalar_one())


def anchor_file(club: Club) -> Path:
    return seal.anchor_path(club.db.url)


def test_a_fresh_club_verifies_intact_and_names_what_it_compared_with(desk: Club) -> None:
    result = desk.audit.verify()
    assert result.ok, result.sentence()
    assert result.unsealed_until is None  # every entry is sealed from the first one
    sentence = result.sentence()
    assert sentence.startswith("Journal intact")
    assert str(anchor_file(desk)) in sentence and str(seal.key_file(identity(desk))) \
        in sentence
    assert all(r["seal"] for r in rows(desk))


def test_an_empty_club_verifies_intact(club: Club) -> None:
    result = club.audit.verify()
    assert result.ok and result.entries == 0


def test_a_cut_tail_is_reported_against_the_anchor_file(desk: Club) -> None:
    last = rows(desk)[-1]["seq"]
    run(desk, "DELETE FROM audit_entry WHERE seq > :n", n=last - 5)
    result = desk.audit.verify()
    assert not result.ok and result.problem == "cut"
    sentence = result.sentence()
    assert sentence.startswith("Journal coupé") and f"n° {last}" in sentence
    assert f"n° {last - 5}" in sentence and "les 5 dernières entrées ont été supprimées" in sentence
    assert str(anchor_file(desk)) in sentence


def test_an_emptied_trail_is_reported(desk: Club) -> None:
    run(desk, "DELETE FROM audit_entry")
    result = desk.audit.verify()
    assert not result.ok and result.problem == "emptied"
    assert result.sentence().startswith("Journal vidé") and "intact" not in result.sentence()


def test_an_emptied_trail_is_found_even_without_the_anchor_file(desk: Club) -> None:
    """The key store remembers where sealing started: a trail sealed since n° 1 that holds
    nothing, or unsealed entries, is not « intact »."""
    run(desk, "DELETE FROM audit_entry")
    anchor_file(desk).unlink()
    desk.members.create("Après", joined_on=DAY)  # a new entry n° 1, sealed again
    assert desk.audit.verify().ok  # indistinguishable from a new club: a backup tells
    run(desk, "UPDATE audit_entry SET seal = NULL")
    anchor_file(desk).unlink()
    result = desk.audit.verify()
    assert not result.ok and result.problem == "unsealed" and result.broken_at == 1


def test_a_chain_recomputed_without_one_person_is_reported(desk: Club) -> None:
    first_bob = next(r["seq"] for r in rows(desk) if r["username"] == "bob")
    recompute_without(desk, "bob", drop_seals=False)
    result = desk.audit.verify()
    assert not result.ok and result.problem == "recomputed"
    assert result.broken_at == first_bob  # the first entry that moved
    assert "sceau" in result.sentence() and str(seal.key_file(identity(desk))) in \
        result.sentence()


def test_a_chain_recomputed_with_the_old_formula_is_reported(desk: Club) -> None:
    """Seals removed, the whole chain recomputed with the public SHA-256 formula, as if
    every entry predated the seal."""
    recompute_without(desk, "bob", drop_seals=True)
    result = desk.audit.verify()
    assert not result.ok and result.problem == "unsealed" and result.broken_at == 1
    anchor_file(desk).unlink()  # the key store still knows sealing started at n° 1
    assert desk.audit.verify().problem == "unsealed"


def test_the_anchor_alone_catches_a_recomputed_chain(desk: Club) -> None:
    """Without the key store's start (key record removed, another desk's key kept), the
    anchor file names the entry that is not the one anchored."""
    last = rows(desk)[-1]["seq"]
    run(desk, "UPDATE audit_entry SET seal = NULL")
    seal.key_file(identity(desk)).unlink()
    result = desk.audit.verify()
    assert not result.ok and result.problem == "anchor" and result.broken_at == last
    assert str(anchor_file(desk)) in result.sentence()


def test_the_key_is_not_in_the_database(desk: Club) -> None:
    record = seal.load_keys(identity(desk))
    (key,) = record.keys
    secrets = {key.hex(), key.hex().upper()}
    with desk.db.engine.connect() as conn:
        for table in desk.db.engine.dialect.get_table_names(conn):
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                cells = " ".join(str(c) for c in row)
                assert not any(s in cells for s in secrets), table
    if desk.db.path is not None:
        data = desk.db.path.read_bytes() + Path(str(desk.db.path) + "-wal").read_bytes()
        assert key not in data and key.hex().encode() not in data


def test_the_key_file_is_readable_by_its_user_only(desk: Club) -> None:
    path = seal.key_file(identity(desk))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(anchor_file(desk).stat().st_mode) == 0o600


def test_a_missing_key_is_said_never_intact(desk: Club) -> None:
    path = seal.key_file(identity(desk))
    path.unlink()
    seal.forget_cache()
    result = desk.audit.verify()
    assert not result.ok and result.problem == "key_missing"
    sentence = result.sentence()
    assert "introuvable" in sentence and "intact »" in sentence  # « pas « intact » »
    assert not sentence.startswith("Journal intact") and str(path) in sentence
    assert "relancez la vérification" in sentence
    # this desk goes on working: its entries are unsealed, and said so
    desk.members.create("Sans", last_name="Clé", joined_on=DAY)
    assert rows(desk)[-1]["seal"] is None
    assert not desk.audit.verify().ok


def test_an_anchor_behind_the_table_is_accepted(desk: Club) -> None:
    """Several desks append to a server club; each one's anchor file knows its own last
    entry: only a table behind the anchor is a cut."""
    first = rows(desk)[3]
    seal.write_anchor(desk.db.url, identity(desk), first["seq"], first["seal"])
    assert desk.audit.verify().ok
    seal.write_anchor(desk.db.url, identity(desk), rows(desk)[-1]["seq"] + 1, "x:y")
    assert desk.audit.verify().problem == "cut"


def test_an_anchor_is_written_only_after_a_commit(desk: Club) -> None:
    before = anchor_file(desk).read_text()
    with pytest.raises(RuntimeError), desk.db.session(actor=DIRECTION) as session:
        from clubdesk.model.audit.chain import append

        append(session.connection(), "alice", "read", "member", "1")
        raise RuntimeError("annulé")
    assert anchor_file(desk).read_text() == before
    assert desk.audit.verify().ok


def test_a_second_desk_on_a_server_club_keeps_its_own_anchor(
        desk: Club, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if desk.db.path is not None:
        pytest.skip("a server club: the anchor is per desk (the SQLite file's is beside it)")
    mine = anchor_file(desk)
    assert mine.parent.parent == Path(str(tmp_path)) / "data"
    monkeypatch.setenv("CLUBDESK_DATA_DIR", str(tmp_path / "autre-poste"))
    other = Club.open(desk.db.url, Actor("carole", "direction"))
    try:
        other.members.create("Autre", last_name="Poste", joined_on=DAY)
        assert anchor_file(other) != mine and anchor_file(other).exists()
        assert other.audit.verify().ok
    finally:
        other.close()
    monkeypatch.setenv("CLUBDESK_DATA_DIR", str(tmp_path / "data"))
    assert desk.audit.verify().ok  # this desk's anchor is behind: accepted


@pytest.mark.sqlite_only
def test_every_backup_manifest_anchors_the_trail(desk: Club) -> None:
    path = desk.backups.make()
    manifest = read_manifest(path)
    assert manifest is not None and manifest.audit_seq is not None and manifest.audit_seal
    anchor_file(desk).unlink()
    run(desk, "DELETE FROM audit_entry WHERE seq > :n", n=manifest.audit_seq - 3)
    result = desk.audit.verify()
    assert result.problem == "cut" and path.name in result.sentence()
    assert "manifeste" in result.sentence()


@pytest.mark.sqlite_only
def test_an_existing_club_keeps_its_old_entries_verifiable_and_unsealed(desk: Club) -> None:
    """Entries made before the seal existed (no seal, no key, no anchor) verify with their
    hash chain and are reported as unsealed; sealing starts with the next entry."""
    old = rows(desk)[-1]["seq"]
    run(desk, "UPDATE audit_entry SET seal = NULL")
    seal.key_file(identity(desk)).unlink()
    anchor_file(desk).unlink()
    seal.forget_cache()
    result = desk.audit.verify()
    assert result.ok and result.unsealed_until == old
    assert f"non scellées (antérieures au scellement) jusqu'au n° {old}" in result.sentence()
    desk.members.create("Premier", last_name="Scellé", joined_on=DAY)
    assert rows(desk)[-1]["seal"] and seal.load_keys(identity(desk)).since == old + 1
    result = desk.audit.verify()
    assert result.ok and result.unsealed_until == old


@pytest.mark.sqlite_only
def test_an_encrypted_club_derives_its_key_from_the_passphrase(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "chiffre.sqlite3"
    club = Club(Database.open(str(path), passphrase="phrase de passe du club"), DIRECTION)
    try:
        club.members.create("Chiffré", joined_on=DAY)
        ident = identity(club)
        assert not seal.key_file(ident).exists()  # no key stored: derived
        expected = seal.key_id(seal.derived_key("phrase de passe du club", ident))
        assert {r["seal"].split(":")[0] for r in rows(club)} == {expected}
        result = club.audit.verify()
        assert result.ok and "phrase de passe" in result.sentence()
    finally:
        club.close()
    # opened with another passphrase (after a change), the old entries still verify
    from clubdesk.model.storage import encryption

    encryption.rekey(path, "phrase de passe du club", "nouvelle phrase")
    club = Club(Database.open(str(path), passphrase="nouvelle phrase"), DIRECTION)
    try:
        club.members.create("Après", joined_on=DAY)
        assert club.audit.verify().ok
    finally:
        club.close()


@pytest.mark.sqlite_only
def test_the_command_line_reports_a_cut_tail(desk: Club) -> None:
    last = rows(desk)[-1]["seq"]
    run(desk, "DELETE FROM audit_entry WHERE seq > :n", n=last - 5)
    done = subprocess.run([str(SCRIPT), "audit", "verify", "--db", str(desk.db.path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("Journal coupé") and str(anchor_file(desk)) in done.stdout
    assert "Traceback" not in done.stderr


def test_entries_appended_after_a_cut_do_not_hide_it(desk: Club) -> None:
    """The anchor only moves forward: new entries written at the numbers of the deleted
    ones do not match the anchored seal."""
    last = rows(desk)[-1]["seq"]
    run(desk, "DELETE FROM audit_entry WHERE seq > :n", n=last - 5)
    desk.members.get(1)  # the next entry, n° last - 4
    assert desk.audit.verify().problem == "cut"
    for _ in range(6):
        desk.members.get(1)
    result = desk.audit.verify()
    assert not result.ok and result.problem == "anchor" and result.broken_at == last


@pytest.mark.sqlite_only
def test_a_restore_starts_the_anchor_again(desk: Club) -> None:
    path = desk.backups.make()
    for _ in range(3):
        desk.members.get(1)
    desk.backups.restore(path)
    result = desk.audit.verify()
    assert result.ok, result.sentence()
    assert rows(desk)[-1]["action"] == "restore"
