"""The seal of the audit trail: a key the database does not hold, and an anchor outside it.

The hash chain (clubdesk.model.audit.chain) uses a public algorithm: whoever can write to the
database can delete entries and recompute it. So every entry is also *sealed*: an
HMAC-SHA256, with a key kept outside the database, over the entry's fields, its link to the
previous entry and the previous entry's seal. The seal is stored as ``kid:hex`` (``kid``: the
first 8 hex digits of a digest of the key, which says which key sealed it).

Where the key lives (never in the database), per club (indexed by the club's identity, the
``club_identity`` setting, created when missing):

- an encrypted club: derived from its passphrase (HMAC of the passphrase with a fixed label
  and the identity); whoever opens the club can verify its trail on any computer;
- otherwise: a random key in the OS keyring when one works, else in a key file readable only
  by its user (0600, folder 0700) in this desk's configuration folder
  (``cles-journal/<identity>.json``); on a server club, every desk needs a copy of it.

After a passphrase change (or `db decrypt`) the old derived key is kept in that key store, so
that the entries it sealed still verify.

The newest sealed position (seq and seal) is anchored outside the table: in a small file
beside the database (a server club: in this desk's data directory, one file per server and
database) written after each commit that sealed an entry, and in every backup's manifest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, make_url, select
from sqlmodel import Session

from clubdesk import paths as app_paths
from clubdesk.model.storage.club_identity import IDENTITY_KEY, identity_on
from clubdesk.model.storage.private_files import private_dir, write_private_text

log = logging.getLogger(__name__)

KEYRING_SERVICE = "clubdesk-journal"
_LABEL = b"clubdesk audit seal v1|"
ANCHOR_SUFFIX = ".ancre-journal.json"
_PENDING = "clubdesk_seal_pending"
_COMMITTING = "clubdesk_seal_committing"


# -- keys ------------------------------------------------------------------------------


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"clubdesk audit key id|" + key).hexdigest()[:8]


def derived_key(passphrase: str, identity: str) -> bytes:
    """An encrypted club's sealing key: from its passphrase, never stored."""
    return hmac.new(passphrase.encode("utf-8"), _LABEL + identity.encode("utf-8"),
                    hashlib.sha256).digest()


def seal_of(key: bytes, seq: int, stamp: str, username: str, action: str, record_type: str,
            record_id: str, prev_hash: str, prev_seal: str) -> str:
    text = "\x1f".join((str(seq), stamp, username, action, record_type, record_id, prev_hash,
                        prev_seal or ""))
    return key_id(key) + ":" + hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def key_folder() -> Path:
    return app_paths.config_dir() / "cles-journal"


def key_file(identity: str) -> Path:
    return key_folder() / (re.sub(r"[^\w.-]", "_", identity) + ".json")


@dataclass
class KeyRecord:
    """The keys this desk holds for one club (the first one seals), and where they are."""

    keys: list[bytes] = field(default_factory=list)
    since: int | None = None  # the first sequence number sealed with the stored key
    place: str = ""  # "keyring" or the key file's path; "" when none was found

    def by_id(self) -> dict[str, bytes]:
        return {key_id(k): k for k in self.keys}

    def dump(self) -> str:
        return json.dumps({"format": 1, "keys": [k.hex() for k in self.keys],
                           "since": self.since}, indent=2) + "\n"


def _parse(text: str, place: str) -> KeyRecord | None:
    try:
        data = json.loads(text)
        return KeyRecord([bytes.fromhex(k) for k in data["keys"]], data.get("since"), place)
    except (ValueError, KeyError, TypeError):
        log.warning("an unreadable audit key record was ignored")
        return None


def load_keys(identity: str) -> KeyRecord:
    """This desk's keys for the club ``identity`` (OS keyring first, then the key file)."""
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, identity)
    except Exception:  # noqa: BLE001 - no keyring, a locked one: the key file
        found = None
    if found:
        record = _parse(found, "keyring")
        if record is not None:
            return record
    path = key_file(identity)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return KeyRecord()
    return _parse(text, str(path)) or KeyRecord()


def save_keys(identity: str, record: KeyRecord) -> str:
    """Keep ``record`` in the OS keyring when one works, else in the key file (0600 in a
    0700 folder). Returns where; raises OSError when neither can be written."""
    if record.place != str(key_file(identity)):
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, identity, record.dump())
            return "keyring"
        except Exception:  # noqa: BLE001 - no working keyring: the key file
            pass
    private_dir(key_folder(), ours=True)
    write_private_text(key_file(identity), record.dump())
    return str(key_file(identity))


def keep_derived_key(identity: str | None, passphrase: str) -> None:
    """Before an encrypted club's passphrase changes (or goes): keep the key derived from the
    old one in this desk's key store, so that the entries it sealed still verify."""
    if not identity:
        return
    record = load_keys(identity)
    old = derived_key(passphrase, identity)
    if old in record.keys:
        return
    record.keys.append(old)
    try:
        save_keys(identity, record)
    except OSError:
        log.warning("the old audit key could not be kept")


def keep_file_key(path: Path, passphrase: str) -> None:
    """:func:`keep_derived_key` for the encrypted file ``path`` (before `db rekey` or
    `db decrypt`)."""
    from clubdesk.model.storage import encryption

    try:
        conn = encryption.connect(path, passphrase, readonly=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?",
                               (IDENTITY_KEY,)).fetchone()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - no identity yet, an old schema: nothing was sealed
        return
    keep_derived_key(str(row[0]) if row else None, passphrase)


def describe_place(record: KeyRecord, identity: str | None, encrypted: bool) -> str:
    """Where the key was found, or where it was looked for, in words."""
    from clubdesk.model.errors import say

    if encrypted:
        return say("dérivée de la phrase de passe du club")
    if record.place == "keyring":
        return say("trousseau du système ({service})", service=KEYRING_SERVICE)
    if record.place:
        return say("fichier « {path} »", path=record.place)
    where = key_file(identity) if identity else key_folder()
    return say("trousseau du système ({service}) puis fichier « {path} »",
               service=KEYRING_SERVICE, path=where)


# -- the club a connection belongs to ---------------------------------------------------------


@dataclass(frozen=True)
class Place:
    url: str
    passphrase: str | None = None


_places: weakref.WeakKeyDictionary[Engine, Place] = weakref.WeakKeyDictionary()
_key_cache: dict[tuple[str, str | None], KeyRecord] = {}


def register(engine: Engine, url: str, passphrase: str | None) -> None:
    """Called by clubdesk.model.storage.db.Database for each club it opens."""
    _places[engine] = Place(url, passphrase)


def place_of(connection: Connection) -> Place:
    return _places.get(connection.engine) or Place(str(connection.engine.url))


def seal_new_entry(connection: Connection, seq: int, stamp: str, username: str, action: str,
                   record_type: str, record_id: str, prev_hash: str,
                   prev_seal: str) -> str | None:
    """The seal of the entry being appended (None when this desk cannot seal); the anchor
    is written once the transaction has committed."""
    place = place_of(connection)
    identity = identity_on(connection, create=True)
    assert identity is not None
    key = sealing_key(connection, place, identity, seq)
    if key is None:
        return None
    seal = seal_of(key, seq, stamp, username, action, record_type, record_id, prev_hash,
                   prev_seal)
    if _anchor_holds(connection, place.url, identity, seq):
        remember(connection, place, identity, seq, seal)
    return seal


def seal_new_entries(connection: Connection, rows: list[dict[str, Any]], stamp: str,
                     prev_seal: str) -> None:
    """Seal rows about to be appended in one statement (each a dict of the entry's columns,
    in order, chained by ``prev_hash``): the same seals as one ``seal_new_entry`` per row,
    the key looked up once, the anchor moved to the last row."""
    if not rows:
        return
    place = place_of(connection)
    identity = identity_on(connection, create=True)
    assert identity is not None
    key = sealing_key(connection, place, identity, int(rows[0]["seq"]))
    if key is None:
        for row in rows:
            row["seal"] = None
        return
    for row in rows:
        row["seal"] = seal_of(key, int(row["seq"]), stamp, row["username"], row["action"],
                              row["record_type"], row["record_id"], row["prev_hash"],
                              prev_seal)
        prev_seal = row["seal"]
    last = rows[-1]
    if _anchor_holds(connection, place.url, identity, int(last["seq"])):
        remember(connection, place, identity, int(last["seq"]), last["seal"])


def _anchor_holds(connection: Connection, url: str, identity: str, seq: int) -> bool:
    """True when the table still agrees with this desk's anchor, which may then move to the
    new entry. After a cut (the anchor is at or past the new number) or a rewrite (the
    anchored entry has another seal), the anchor stays where it is, as evidence."""
    anchor = read_anchor(url)
    if anchor is None or anchor.club != identity:
        return True
    if anchor.seq >= seq:
        return False
    from clubdesk.model.tables import AuditEntry

    table = AuditEntry.__table__  # type: ignore[attr-defined]
    found = connection.execute(select(table.c.seal).where(table.c.seq == anchor.seq)).first()
    if found is None:  # purged since (a recorded purge) or never there
        oldest = connection.execute(select(table.c.seq).order_by(table.c.seq).limit(1)).first()
        return oldest is not None and oldest[0] > anchor.seq
    return bool(found[0] == anchor.seal)


def sealing_key(connection: Connection, place: Place, identity: str, seq: int) -> bytes | None:
    """The key that seals entry ``seq`` (inside the append's transaction, chain locked), or
    None when this desk has none and the trail is already sealed by another key (a desk that
    lacks the key file: its entries stay unsealed, and `audit verify` says so)."""
    if place.passphrase is not None:
        return derived_key(place.passphrase, identity)
    cached = _key_cache.get((identity, None))
    if cached is not None and cached.keys:
        return cached.keys[0]
    record = load_keys(identity)
    if not record.keys:
        from clubdesk.model.tables import AuditEntry

        table = AuditEntry.__table__  # type: ignore[attr-defined]
        already = connection.execute(
            select(table.c.seq).where(table.c.seal.is_not(None)).limit(1)).first()
        if already is not None:
            return None
        record = KeyRecord([secrets.token_bytes(32)], seq)
        try:
            record.place = save_keys(identity, record)
        except OSError:
            log.warning("the audit sealing key could not be stored: entries stay unsealed")
            return None
    _key_cache[(identity, None)] = record
    return record.keys[0]


def forget_cache() -> None:
    _key_cache.clear()


# -- the anchor outside the table -------------------------------------------------------------


def anchor_path(url: str) -> Path:
    """Beside the SQLite file; for a server club, in this desk's data directory (one file
    per server and database, as the backups folder)."""
    from clubdesk.model.storage.db import sqlite_path, to_url

    url = to_url(url)
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ANCHOR_SUFFIX)
    parsed = make_url(url)
    name = f"{parsed.host or 'localhost'}-{parsed.port or 5432}-{parsed.database or ''}"
    return app_paths.data_dir() / "ancres-journal" / (re.sub(r"[^\w.-]", "_", name) + ".json")


@dataclass(frozen=True)
class Anchor:
    club: str | None
    seq: int
    seal: str
    source: str  # what it is, in words, for the verification's sentence


def read_anchor(url: str) -> Anchor | None:
    from clubdesk.model.errors import say

    path = anchor_path(url)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(data.get("club"), int(data["seq"]), str(data["seal"]),
                      say("fichier d'ancrage « {path} »", path=path))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Anchor(None, 0, "", say("fichier d'ancrage illisible « {path} »", path=path))


def write_anchor(url: str, club: str, seq: int, seal: str) -> None:
    """Move the anchor forward to (seq, seal). It never goes back: after a cut, the entries
    appended at the same numbers do not hide it (the anchored seal no longer matches); only a
    restore, which is recorded, resets it (:func:`forget_anchor`)."""
    path = anchor_path(url)
    current = read_anchor(url)
    if current is not None and current.club == club and current.seq >= seq:
        return
    try:
        private_dir(path.parent)
        _write_quickly(path, json.dumps({"format": 1, "club": club, "seq": seq, "seal": seal},
                                        indent=2) + "\n")
    except OSError:
        log.warning("the audit anchor could not be written")


def _write_quickly(path: Path, text: str) -> None:
    """Through a temporary name, mode 0600, without waiting for the disk (fsync): written after
    every commit that sealed an entry, it must stay cheap; an anchor lost in a crash is at
    worst behind the table, which verifies."""
    tmp = path.with_name(path.name + ".en-cours")
    tmp.unlink(missing_ok=True)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def forget_anchor(url: str) -> None:
    """After a restore (recorded in the trail): the club's trail rightly went back to the
    backup's; the next sealed entry anchors it again."""
    try:
        anchor_path(url).unlink(missing_ok=True)
    except OSError:
        log.warning("the audit anchor could not be removed")


def remember(connection: Connection, place: Place, club: str, seq: int, seal: str) -> None:
    """The anchor to write once this transaction has committed."""
    connection.info[_PENDING] = (place.url, club, seq, seal)


# A pending anchor is written only after the commit succeeded: an anchor ahead of the table
# would read as a cut trail.
@event.listens_for(Engine, "begin")
def _on_begin(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)
    conn.info.pop(_COMMITTING, None)


@event.listens_for(Engine, "commit")
def _on_commit(conn: Connection) -> None:
    pending = conn.info.pop(_PENDING, None)
    if pending is not None:
        conn.info[_COMMITTING] = pending


@event.listens_for(Engine, "rollback")
def _on_rollback(conn: Connection) -> None:
    conn.info.pop(_PENDING, None)
    conn.info.pop(_COMMITTING, None)


@event.listens_for(Session, "after_begin")
def _session_begin(session: Session, _transaction: Any, connection: Connection) -> None:
    session.info.setdefault("clubdesk_seal_infos", []).append(connection.info)


@event.listens_for(Session, "after_commit")
def _session_committed(session: Session) -> None:
    for info in session.info.pop("clubdesk_seal_infos", []):
        done = info.pop(_COMMITTING, None)
        if done is not None:
            write_anchor(*done)


@event.listens_for(Session, "after_rollback")
def _session_rolled_back(session: Session) -> None:
    for info in session.info.pop("clubdesk_seal_infos", []):
        info.pop(_PENDING, None)
        info.pop(_COMMITTING, None)
