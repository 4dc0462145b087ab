"""Where a SQLite database may live: not on a network or sync file system.

SQLite's WAL needs shared memory on one machine; over NFS, SMB/CIFS, sshfs or a FUSE sync
folder, two workstations would corrupt the file. Several desks must use the PostgreSQL mode.
``CLUBDESK_ALLOW_NETWORK_FS=1`` lifts the refusal (at your own risk, e.g. a single PC on a
FUSE-encrypted home directory).
"""

from __future__ import annotations

import os
from pathlib import Path

from clubdesk.model.errors import DatabaseError

NETWORK_TYPES = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "9p", "afs", "ceph",
                 "glusterfs", "davfs", "lustre", "gpfs", "beegfs", "ncpfs"}


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding ``path`` (Linux /proc/mounts), or None."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path.resolve())
    best, kind = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, parts[2]
    return kind


def check_local(path: Path, mounts: str | None = None) -> None:
    if os.environ.get("CLUBDESK_ALLOW_NETWORK_FS") == "1":
        return
    folder = path if path.is_dir() else path.parent
    kind = filesystem_type(folder, mounts)
    if kind is None:
        return
    if kind in NETWORK_TYPES or kind.startswith("fuse.") or kind == "fuse":
        raise DatabaseError(
            "La base « {path} » est sur un disque réseau ou un dossier synchronisé ({kind}) : "
            "SQLite ne peut pas y être partagé sans risque. Gardez la base sur le disque de ce "
            "PC, ou, pour plusieurs postes, utilisez le mode PostgreSQL.", path=path, kind=kind)
