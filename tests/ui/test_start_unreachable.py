"""Start with the club's server away: the dialog offers the desk's last backup, which opens
read-only, signed in, every screen readable (the real run() of the application)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clubdesk.model.club import Club
from clubdesk.model.storage.backup import backup_folder
from clubdesk.model.storage.db import Database
from clubdesk.ui import i18n

AWAY = "postgresql+psycopg://clubdesk@127.0.0.1:1/club"  # nothing listens on port 1


def answer_when_asked(choice: str, seen: list[str]) -> QTimer:
    """Clicks ``choice`` in the « serveur injoignable » dialog as soon as it is shown."""
    from clubdesk.ui.session.server_dialogs import UnreachableDialog

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UnreachableDialog):
            seen.append(dialog.windowTitle())
            seen.append(" ".join(button.text() for button in dialog.buttons.values()))
            dialog.buttons[choice].click()
            timer.stop()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_an_unreachable_server_opens_the_last_backup_read_only(
        qtbot, demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from clubdesk.app import run

    folder = backup_folder(AWAY)
    folder.mkdir(parents=True)
    backup = folder / "club-sauvegarde-20261123-100000.sqlite3"
    source = Database.open(str(demo_db))
    source.backup_to(backup)
    source.close()
    before = backup.read_bytes()
    monkeypatch.setenv("CLUBDESK_LANG", "fr")  # whatever the machine's language
    monkeypatch.setenv("CLUBDESK_SMOKE_QUIT_MS", "300")
    monkeypatch.setenv("CLUBDESK_USER", "direction")
    monkeypatch.setenv("CLUBDESK_PASSWORD", "Direction-demo-2026")
    seen: list[str] = []
    timer = answer_when_asked("backup", seen)
    try:
        assert run(AWAY) == 0
    finally:
        timer.stop()
        i18n.remove_translators()
    assert seen[0] == "Le serveur ne répond pas"
    assert "Ouvrir la dernière sauvegarde" in seen[1]
    assert "screens shown" in capsys.readouterr().out  # signed in, every screen shown
    assert backup.read_bytes() == before  # opened read-only: not one byte written
    club = Club.open(str(backup))
    assert club.members.count() > 0
    club.close()
