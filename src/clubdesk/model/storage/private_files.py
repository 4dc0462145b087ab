"""Files that hold the club's data are readable by this account only (0600, folders 0700).

On POSIX a file is created with its final mode (never a moment of 0644), and an existing
club file or backups folder with looser bits is tightened. Elsewhere (Windows, a FAT USB
key) modes do not apply and these helpers do nothing harmful."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def private_dir(path: Path, *, ours: bool = False) -> Path:
    """Create ``path`` (and its parents) readable by this account only. A folder that
    already exists keeps its rights unless it is clubdesk's own (``ours``: the backups
    folder, the keys folder): a folder the person chose (a USB key, their documents, the
    folder of the club file, /tmp) is never changed."""
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if ours or not existed:
        tighten(path, DIR_MODE)
    return path


def create_private(path: Path) -> None:
    """A new empty file with mode 0600 (SQLite then gives its -wal and -shm the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    tighten(path)


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """Remove the group's and others' rights on ``path`` when it has any."""
    if not POSIX:
        return
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, mode)
    except OSError:  # a file system without modes, or a file that is not ours: left as is
        pass


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary name in the same folder, mode 0600."""
    tmp = path.with_name(path.name + ".en-cours")
    tmp.unlink(missing_ok=True)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
