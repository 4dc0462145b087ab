"""Encryption at rest with SQLCipher (package sqlcipher3), never a silent fallback.

A database is encrypted when its file does not start with the plain SQLite header. When a
club turns encryption on, a marker file ``<database>.chiffrement`` is written beside it: from
then on a plain file at that place, or a machine without SQLCipher, is refused with a clear
sentence instead of being opened unprotected.

The passphrase comes from the caller (the window asks for it), else ``CLUBDESK_PASSPHRASE``
(for scripts and tests; less safe than the keyring), else the OS keyring when one works.
It is never written to a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

from clubdesk.model.errors import DatabaseError, PassphraseNeeded

SQLITE_HEADER = b"SQLite format 3\x00"
KEYRING_SERVICE = "clubdesk"


def marker(path: Path) -> Path:
    return path.with_name(path.name + ".chiffrement")


def encryption_required(path: Path) -> bool:
    return marker(path).exists()


def is_encrypted_file(path: Path) -> bool:
    """True for a non-empty file that is not a plain SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def sqlcipher() -> ModuleType:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise DatabaseError("Le chiffrement (SQLCipher) n'est pas installé sur cet ordinateur : "
                            "la base chiffrée ne peut pas être ouverte.") from exc
    return dbapi2  # type: ignore[no-any-return]


def quiet(module: ModuleType) -> None:
    """SQLCipher logs a wrong key on stderr by itself; the refusal is ours to say, in words."""
    conn = module.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except Exception:  # noqa: BLE001 - an older SQLCipher without this pragma
        pass
    finally:
        conn.close()


def key_pragma(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def passphrase_from_environment(path: Path) -> str | None:
    """CLUBDESK_PASSPHRASE, else the OS keyring; None when neither gives one."""
    env = os.environ.get("CLUBDESK_PASSPHRASE")
    if env:
        return env
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, str(path))
    except Exception:  # noqa: BLE001 - no keyring, a locked one, a broken backend: ask instead
        return None
    return value or None


def store_in_keyring(path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the OS keyring when one works; False otherwise (never a file)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, str(path), passphrase)
    except Exception:  # noqa: BLE001
        return False
    return True


def connect(path: Path, passphrase: str | None, *, readonly: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection: plain sqlite3, or SQLCipher with the key set first."""
    import sqlite3

    if passphrase is None:
        if readonly:
            return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, **kwargs)
        return sqlite3.connect(str(path), **kwargs)
    module = sqlcipher()
    quiet(module)
    if readonly:
        conn = module.connect(f"{path.as_uri()}?mode=ro", uri=True, **kwargs)
    else:
        conn = module.connect(str(path), **kwargs)
    conn.execute(key_pragma(passphrase))
    return conn


def check_key(path: Path, passphrase: str) -> None:
    """Refuse a wrong passphrase in one sentence, creating nothing."""
    conn = connect(path, passphrase, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # noqa: BLE001 - sqlcipher3 raises its own DatabaseError
        raise PassphraseNeeded("Phrase de passe incorrecte pour la base « {path} » (ou fichier "
                            "abîmé) : rien n'a été ouvert ni modifié.", path=path) from exc
    finally:
        conn.close()


def export_copy(source: Path, source_key: str | None, target: Path, target_key: str) -> None:
    """Copy a whole database into a new file (mode 0600) with another key ('' = plain)."""
    from clubdesk.model.storage.private_files import create_private

    for side in ("", "-wal", "-shm", "-journal"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    create_private(target)
    conn = connect(source, source_key) if source_key is not None else sqlcipher().connect(
        str(source))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        escaped_path = str(target).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{escaped_path}' AS converted KEY "
                     f"'{target_key.replace(chr(39), chr(39) * 2)}'")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
        conn.commit()
    finally:
        conn.close()


def _replace(path: Path, new: Path) -> None:
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(new, path)


def _convert(path: Path, source_key: str | None, tmp: Path, target_key: str) -> None:
    """``path`` converted through ``tmp`` (same folder), renamed at the end; on any failure
    the temporary file is removed and the sentence says what happened."""
    try:
        export_copy(path, source_key, tmp, target_key)
        _replace(path, tmp)
    except DatabaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - a full disk, a missing SQLCipher: in words
        raise DatabaseError("La conversion de la base « {path} » a échoué (disque plein ou "
                            "illisible) : la base est restée comme avant.", path=path) from exc
    finally:
        for side in ("", "-wal", "-shm", "-journal"):
            tmp.with_name(tmp.name + side).unlink(missing_ok=True)


def encrypt(path: Path, passphrase: str) -> None:
    """Turn a plain database into an encrypted one, in place, and require it from now on."""
    if not passphrase:
        raise DatabaseError("Choisissez une phrase de passe (elle ne peut pas être vide).")
    if is_encrypted_file(path):
        raise DatabaseError("La base « {path} » est déjà chiffrée.", path=path)
    _convert(path, None, path.with_name(path.name + ".chiffrement-en-cours"), passphrase)
    write_marker(path)


def write_marker(path: Path) -> None:
    from clubdesk.model.storage.private_files import write_private_text

    write_private_text(marker(path), "sqlcipher\n")


def decrypt(path: Path, passphrase: str) -> None:
    from clubdesk.model.audit import seal

    check_key(path, passphrase)
    seal.keep_file_key(path, passphrase)  # the entries it sealed still verify
    _convert(path, passphrase, path.with_name(path.name + ".dechiffrement-en-cours"), "")
    if marker(path).exists():
        marker(path).unlink()
    forget_keyring(path)


def forget_keyring(path: Path) -> None:
    """Remove the passphrase of ``path`` from the OS keyring (after `db decrypt`)."""
    try:
        import keyring

        if keyring.get_password(KEYRING_SERVICE, str(path)):
            keyring.delete_password(KEYRING_SERVICE, str(path))
    except Exception:  # noqa: BLE001 - no keyring: nothing to forget
        pass


def known_encrypted(path: Path, passphrase: str | None) -> str | None:
    """Why ``path`` must be encrypted, if anything says so: the marker, a passphrase given
    for it (argument or CLUBDESK_PASSPHRASE), or an entry in the OS keyring."""
    if marker(path).exists():
        return "marker"
    if passphrase or os.environ.get("CLUBDESK_PASSPHRASE"):
        return "passphrase"
    try:
        import keyring

        if keyring.get_password(KEYRING_SERVICE, str(path)):
            return "keyring"
    except Exception:  # noqa: BLE001 - no keyring: nothing known from it
        pass
    return None


def rekey(path: Path, passphrase: str, new_passphrase: str) -> None:
    if not new_passphrase:
        raise DatabaseError("La nouvelle phrase de passe ne peut pas être vide.")
    check_key(path, passphrase)
    from clubdesk.model.audit import seal

    seal.keep_file_key(path, passphrase)  # the entries it sealed still verify
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA rekey = '" + new_passphrase.replace("'", "''") + "'")
        conn.commit()
    finally:
        conn.close()
