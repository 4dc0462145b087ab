"""Encryption at rest: SQLCipher, never a silent fallback, nothing readable without the key."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from clubdesk.model.club import Club
from clubdesk.model.errors import DatabaseError
from clubdesk.model.storage import encryption
from clubdesk.model.storage.db import Database

CANARY = "Zéphyrine Canarivore"
KEY = "une phrase de passe pour le club"


def files_around(db: Path) -> list[Path]:
    return [p for p in db.parent.rglob("*") if p.is_file()]


def canary_bytes() -> list[bytes]:
    first, last = CANARY.split()
    return [last.encode("utf-8"), last.encode("utf-16-le"), first.encode("utf-8")]


def test_canary_is_nowhere_in_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    path = tmp_path / "club" / "club.sqlite3"
    path.parent.mkdir()
    db = Database.open(str(path), passphrase=KEY)
    club = Club(db)
    first, last = CANARY.split()
    m = club.members.create(first, last_name=last, joined_on=date(2025, 1, 6))
    club.attendance.check_in(m.id, date(2025, 3, 3), "am")
    club.followups.add(m.id, date(2025, 3, 3), "interview", note=f"Entretien avec {last}")
    db.backup_to(path.parent / "copie.sqlite3")  # backups are encrypted with the same key
    club.db.downgrade("0006")
    db.close()
    again = Database.open(str(path), passphrase=KEY)  # migrates: a pre-migration copy is set aside
    report = Club(again).indicators.compute(2025).as_json()  # an export that needs no name
    (path.parent / "indicateurs.json").write_text(json.dumps(report, ensure_ascii=False))
    assert list((path.parent / "backups").glob("*.sqlite3"))
    again.close()
    written = files_around(path)
    for file in written:
        data = file.read_bytes()
        for needle in canary_bytes():
            assert needle not in data, f"{needle!r} found in {file.name}"
    for candidate in (path, path.parent / "copie.sqlite3"):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(candidate).execute("SELECT * FROM member").fetchall()
    copy = Database.open(str(path.parent / "copie.sqlite3"), passphrase=KEY)
    assert Club(copy).members.search(first)[0].last_name == last
    copy.close()


def test_wrong_passphrase_is_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    path = tmp_path / "club.sqlite3"
    Database.open(str(path), passphrase=KEY).close()
    before = {p.name: p.read_bytes() for p in files_around(path)}
    with pytest.raises(DatabaseError, match="Phrase de passe incorrecte"):
        Database.open(str(path), passphrase="pas la bonne")
    with pytest.raises(DatabaseError, match="chiffrée : donnez sa phrase de passe"):
        Database.open(str(path))
    assert {p.name: p.read_bytes() for p in files_around(path)} == before


def test_a_plain_file_where_encryption_is_on_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    path = tmp_path / "club.sqlite3"
    Database.open(str(path), passphrase=KEY).close()
    path.unlink()
    Database.open(str(tmp_path / "other.sqlite3")).close()
    (tmp_path / "other.sqlite3").rename(path)  # someone puts a plain database in its place
    with pytest.raises(DatabaseError, match="n'est pas chiffrée alors que le chiffrement"):
        Database.open(str(path))


def test_no_sqlcipher_means_no_database_never_a_plain_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "club.sqlite3"
    Database.open(str(path), passphrase=KEY).close()

    def missing() -> None:
        raise DatabaseError("Le chiffrement (SQLCipher) n'est pas installé sur cet ordinateur.")

    monkeypatch.setattr(encryption, "sqlcipher", missing)
    with pytest.raises(DatabaseError, match="SQLCipher"):
        Database.open(str(path), passphrase=KEY)
    new = tmp_path / "new.sqlite3"
    with pytest.raises(DatabaseError, match="SQLCipher"):
        Database.open(str(new), passphrase=KEY)
    assert not new.exists()


def test_a_failing_keyring_means_asking_never_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)

    def broken(*_args: object) -> None:
        raise RuntimeError("keyring locked")

    monkeypatch.setattr(keyring, "get_password", broken)
    monkeypatch.setattr(keyring, "set_password", broken)
    path = tmp_path / "club.sqlite3"
    Database.open(str(path), passphrase=KEY).close()
    assert encryption.store_in_keyring(path, KEY) is False
    assert encryption.passphrase_from_environment(path) is None
    with pytest.raises(DatabaseError, match="donnez sa phrase de passe"):
        Database.open(str(path))
    for file in files_around(path):
        assert KEY.encode() not in file.read_bytes()


def test_environment_passphrase_and_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    path = tmp_path / "club.sqlite3"
    monkeypatch.setenv("CLUBDESK_PASSPHRASE", KEY)
    Database.open(str(path)).close()  # created encrypted from the environment
    assert encryption.is_encrypted_file(path) and encryption.encryption_required(path)
    monkeypatch.delenv("CLUBDESK_PASSPHRASE")
    store: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(keyring, "set_password", lambda s, u, p: store.__setitem__((s, u), p))
    monkeypatch.setattr(keyring, "get_password", lambda s, u: store.get((s, u)))
    assert encryption.store_in_keyring(path, KEY)
    Database.open(str(path)).close()  # the keyring gives it


def test_encrypt_rekey_decrypt_keep_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    path = tmp_path / "club.sqlite3"
    club = Club(Database.open(str(path)))
    club.members.create("Émilie", last_name="Durand")
    club.close()
    encryption.encrypt(path, KEY)
    assert encryption.is_encrypted_file(path)
    with pytest.raises(DatabaseError):
        encryption.encrypt(path, KEY)
    encryption.rekey(path, KEY, "nouvelle phrase")
    with pytest.raises(DatabaseError, match="incorrecte"):
        Database.open(str(path), passphrase=KEY)
    club = Club(Database.open(str(path), passphrase="nouvelle phrase"))
    assert club.members.search("durand")[0].first_name == "Émilie"
    club.close()
    encryption.decrypt(path, "nouvelle phrase")
    assert not encryption.is_encrypted_file(path) and not encryption.encryption_required(path)
    club = Club(Database.open(str(path)))
    assert club.members.count() == 1 and club.audit.verify().ok
    club.close()
