"""The club's server: connection settings, an unreachable server, the read-only backup."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import make_url

from clubdesk import paths
from clubdesk.model.access import Actor
from clubdesk.model.accounts.users import authenticate
from clubdesk.model.errors import DatabaseError
from clubdesk.model.storage import server
from clubdesk.model.storage.db import (
    READ_ONLY_SENTENCE,
    Database,
    ServerUnreachable,
    check_connection,
)
from clubdesk.ui.session.server_dialogs import ConnectionDialog, UnreachableDialog

CLOSED = "postgresql+psycopg://clubdesk@127.0.0.1:1/club"  # nothing listens on port 1


def test_an_unreachable_server_is_named_in_the_message() -> None:
    with pytest.raises(ServerUnreachable) as refused:
        Database.open(CLOSED)
    message = str(refused.value)
    assert "127.0.0.1:1" in message and "ne répond pas" in message
    assert "password" not in message.lower()


def test_the_settings_dialog_says_when_the_server_does_not_answer(qtbot) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.user.setText("clubdesk")
    dialog.password.setText("secret-typed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "ne répond pas" in dialog.message.text()
    assert "127.0.0.1" in dialog.message.text()
    assert not paths.server_config_path().exists()  # nothing saved
    assert dialog.password.text() == "secret-typed"  # what was typed stays
    for widget in (dialog.host, dialog.port, dialog.database, dialog.user, dialog.password,
                   dialog.tls):
        assert widget.accessibleName()


@pytest.mark.skipif(not os.environ.get("CLUBDESK_TEST_PG_URL"),
                    reason="needs the PostgreSQL test server (PostgreSQL pass)")
def test_settings_of_a_real_server_are_saved_without_the_password(qtbot, new_db) -> None:
    url = make_url(new_db("club", kind="schema"))
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(url.host or "")
    dialog.port.setValue(url.port or 5432)
    dialog.database.setText(url.database or "")
    dialog.user.setText(url.username or "")
    dialog.password.setText("pas-de-mot-de-passe-en-trust")
    assert dialog.test(), dialog.message.text()
    assert "répond" in dialog.message.text()
    dialog.save()
    saved = json.loads(paths.server_config_path().read_text(encoding="utf-8"))
    assert saved["host"] == url.host and saved["database"] == url.database
    assert "pas-de-mot-de-passe" not in paths.server_config_path().read_text(encoding="utf-8")
    # from now on this desk opens the server's club by default
    target = server.database_target()
    assert make_url(target).database == url.database
    Database.open(target).close()


def test_tls_setting_goes_into_the_url() -> None:
    settings = server.ServerSettings(host="db.club.fr", database="club", user="accueil",
                                     tls="require")
    url = make_url(settings.url("pw"))
    assert url.query["sslmode"] == "require" and url.password == "pw"
    assert server.ServerSettings.from_url(settings.url()) == settings
    with pytest.raises(DatabaseError):
        check_connection("postgresql+psycopg://u@127.0.0.1:1/club?sslmode=require")


def test_the_unreachable_dialog_offers_the_backup_only_when_there_is_one(qtbot,
                                                                         tmp_path) -> None:
    none = UnreachableDialog("Le serveur de la base « 10.0.0.5:5432 » ne répond pas.", None)
    qtbot.addWidget(none)
    assert not none.buttons[UnreachableDialog.BACKUP].isEnabled()
    some = UnreachableDialog("Le serveur ne répond pas.", tmp_path / "x.sqlite3")
    qtbot.addWidget(some)
    assert some.buttons[UnreachableDialog.BACKUP].isEnabled()
    qtbot.mouseClick(some.buttons[UnreachableDialog.BACKUP], Qt.MouseButton.LeftButton)
    assert some.choice == UnreachableDialog.BACKUP
    qtbot.mouseClick(none.buttons[UnreachableDialog.RETRY], Qt.MouseButton.LeftButton)
    assert none.choice == UnreachableDialog.RETRY


@pytest.mark.sqlite_only
def test_the_last_backup_opens_read_only_and_refuses_saves(qtbot, demo_db: Path) -> None:
    from clubdesk.app import build_main_window

    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    window = build_main_window(str(demo_db), read_only=True,
                               actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    assert "lecture seule" in window.windowTitle()
    db = window.ops.club.db
    assert authenticate(db, "direction", "Direction-demo-2026").role == "direction"
    club = window.ops.club
    member = club.members.list_members("current")[0]
    outcome = window.ops.run(club.members.update, member.id, phone="06 00 00 00 01")
    assert not outcome.ok and str(outcome.error) == READ_ONLY_SENTENCE
    for row in range(window.nav.count()):  # every screen can be looked at
        window.nav.setCurrentRow(row)
    window.close()
    db.close()
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
