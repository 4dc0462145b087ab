from __future__ import annotations

from pathlib import Path

import pytest

from clubdesk.model.errors import DatabaseError
from clubdesk.model.storage.local_disk import check_local, filesystem_type

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export/clubs /mnt/clubs nfs4 rw 0 0
//nas/partage /mnt/nas cifs rw 0 0
dropbox /home/lea/Dropbox fuse.dropbox rw 0 0
/dev/sdb1 /media/cle vfat rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/lea/club.sqlite3", "ext4"), ("/mnt/clubs/club.sqlite3", "nfs4"),
    ("/mnt/nas/a/b/club.sqlite3", "cifs"), ("/home/lea/Dropbox/club.sqlite3", "fuse.dropbox"),
    ("/media/cle/club.sqlite3", "vfat"), ("/mnt/clubsX/club.sqlite3", "ext4"),
])
def test_the_file_system_of_a_path(path: str, kind: str) -> None:
    assert filesystem_type(Path(path), MOUNTS) == kind


@pytest.mark.parametrize("path", ["/mnt/clubs/club.sqlite3", "/mnt/nas/club.sqlite3",
                                  "/home/lea/Dropbox/club.sqlite3"])
def test_network_and_sync_folders_are_refused_with_the_reason(
    path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLUBDESK_ALLOW_NETWORK_FS", raising=False)
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        check_local(Path(path), MOUNTS)
    monkeypatch.setenv("CLUBDESK_ALLOW_NETWORK_FS", "1")
    check_local(Path(path), MOUNTS)  # lifted on purpose


def test_local_disks_and_usb_keys_are_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLUBDESK_ALLOW_NETWORK_FS", raising=False)
    check_local(Path("/home/lea/club.sqlite3"), MOUNTS)
    check_local(Path("/media/cle/club.sqlite3"), MOUNTS)
