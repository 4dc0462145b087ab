from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from clubdesk.app import offer_repair
from clubdesk.model.access import Actor
from clubdesk.model.club import Club


def test_a_damaged_file_at_start_offers_the_latest_good_backup(demo_target: str, 
    qtbot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    club = Club.open(demo_target, Actor("d", "direction"))
    club.backups.make()
    members = club.members.count()
    club.close()
    data = bytearray(demo_db.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[offset + 64:offset + 2048] = b"\xff" * 1984
    demo_db.write_bytes(bytes(data))
    for side in demo_db.parent.glob(demo_db.name + "-*"):
        side.unlink()
    asked: list[str] = []

    def yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert offer_repair(demo_target)
    assert asked and "dernière sauvegarde" in asked[0] and f"{members} membres" in asked[0]
    repaired = Club.open(demo_target)
    assert repaired.db.check()["ok"] and repaired.members.count() == members
    repaired.close()
