"""What a backup is, told apart from what its file name says.

Every club has an identity: a random UUID stored once in its ``setting`` table (key
``club_identity``), created the first time the club is backed up. Every backup gets a
manifest beside it, ``<backup>.manifeste.json`` (mode 0600, no personal data): the club's
identity, the schema revision, the member count, the SHA-256 of the backup file and the
newest position of the audit trail in the copy (its sequence number and seal: an anchor that
`audit verify` compares the trail with, see clubdesk.model.audit.seal), written when the copy
is made and verified. A restore reads the manifest and the copy itself before
touching anything (see clubdesk.model.storage.backup.BackupService.restore)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage import encryption
from clubdesk.model.storage.club_identity import IDENTITY_KEY
from clubdesk.model.storage.db import head_revision, known_revisions
from clubdesk.model.storage.private_files import write_private_text

MANIFEST_SUFFIX = ".manifeste.json"
FORMAT = 1


class RestoreNeedsConfirmation(ClubdeskError):
    """A backup that may be restored only when the person says so: ``kind`` is
    ``"other_club"`` (it belongs to another club) or ``"no_manifest"`` (an old backup, or a
    file from elsewhere, that nothing proves unchanged)."""

    def __init__(self, message: str, /, *, kind: str, **params: object) -> None:
        super().__init__(message, **params)
        self.kind = kind


@dataclass(frozen=True)
class Manifest:
    club: str | None
    schema: str | None
    members: int
    sha256: str
    format: int = FORMAT
    audit_seq: int | None = None  # the copy's newest audit entry (an anchor of the trail)
    audit_seal: str | None = None


@dataclass(frozen=True)
class CopyFacts:
    """What a copy holds, read from the copy itself."""

    revision: str
    club: str | None
    members: int
    audit_seq: int | None = None
    audit_seal: str | None = None


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(backup: Path, facts: CopyFacts) -> Path:
    """The manifest of a verified copy (the copy's digest is computed now)."""
    manifest = Manifest(facts.club, facts.revision, facts.members, sha256_of(backup),
                        audit_seq=facts.audit_seq, audit_seal=facts.audit_seal)
    path = manifest_path(backup)
    write_private_text(path, json.dumps(asdict(manifest), indent=2) + "\n")
    return path


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside ``backup``; None when there is none; a garbled one is refused."""
    path = manifest_path(backup)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(club=data["club"], schema=data["schema"], members=int(data["members"]),
                        sha256=str(data["sha256"]), format=int(data.get("format", FORMAT)),
                        audit_seq=(int(data["audit_seq"]) if data.get("audit_seq") is not None
                                   else None),
                        audit_seal=data.get("audit_seal"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ClubdeskError("Le manifeste de la sauvegarde « {path} » est illisible : elle "
                            "n'a pas été utilisée.", path=backup) from exc


def inspect_copy(path: Path, key: str | None) -> CopyFacts:
    """Check that ``path`` is a sound clubdesk database that this version can open (or
    upgrade), readable with ``key``; what it holds, or a refusal in one sentence."""
    if not path.is_file():
        raise ClubdeskError("La sauvegarde « {path} » n'existe pas.", path=path)
    encrypted = encryption.is_encrypted_file(path)
    if encrypted and key is None:
        raise ClubdeskError("La sauvegarde « {path} » est chiffrée alors que la base du club "
                            "ne l'est pas : elle ne peut pas être utilisée telle quelle (elle "
                            "s'ouvre avec la phrase de passe qu'avait le club).", path=path)
    if not encrypted and key is not None:
        raise ClubdeskError("La sauvegarde « {path} » n'est pas chiffrée alors que la base du "
                            "club l'est : elle n'a pas été utilisée.", path=path)
    try:
        conn = encryption.connect(path, key, readonly=True)
    except Exception as exc:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own errors
        raise ClubdeskError("La sauvegarde « {path} » ne peut pas être lue.", path=path) from exc
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except Exception as exc:  # noqa: BLE001
            raise ClubdeskError("La sauvegarde « {path} » ne s'ouvre pas avec la phrase de "
                                "passe du club, ou elle est abîmée.", path=path) from exc
        if result != "ok":
            raise ClubdeskError("La sauvegarde « {path} » est abîmée ({result}).", path=path,
                                result=result)
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
               if "alembic_version" in tables else None)
        if row is None or "member" not in tables:
            raise ClubdeskError("Le fichier « {path} » n'est pas une sauvegarde clubdesk : il "
                                "n'a pas été utilisé.", path=path)
        revision = str(row[0])
        if revision not in known_revisions():
            raise ClubdeskError("La sauvegarde « {path} » vient d'une version plus récente de "
                                "clubdesk (schéma {revision}) : cette version ne peut pas "
                                "l'ouvrir, rien n'a été restauré.", path=path,
                                revision=revision)
        if revision == head_revision():
            from clubdesk.model.tables import Member

            missing = set(Member.metadata.tables) - tables
            if missing:
                raise ClubdeskError("Le fichier « {path} » n'est pas une sauvegarde clubdesk "
                                    "complète : il n'a pas été utilisé.", path=path)
        members = int(conn.execute("SELECT count(*) FROM member").fetchone()[0])
        # the oldest schemas (a copy set aside before their upgrade) have no settings yet
        found = (conn.execute("SELECT value FROM setting WHERE key = ?",
                              (IDENTITY_KEY,)).fetchone() if "setting" in tables else None)
        seq, seal = _audit_position(conn)
        return CopyFacts(revision, str(found[0]) if found else None, members, seq, seal)
    except ClubdeskError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own errors
        raise ClubdeskError("La sauvegarde « {path} » ne peut pas être lue.", path=path) from exc
    finally:
        conn.close()


def _audit_position(conn: Any) -> tuple[int | None, str | None]:
    """The copy's newest audit entry (seq, seal); seal None in a copy made before seals."""
    try:
        row = conn.execute("SELECT seq, seal FROM audit_entry ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
    except Exception:  # noqa: BLE001 - an old schema (no seal column, no audit table)
        return None, None
    return (int(row[0]), row[1]) if row else (None, None)

