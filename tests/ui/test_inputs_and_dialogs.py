"""Issue #18, item 2: Qt's own dialogs in the interface's language, file dialogs that open in
a folder that exists and remember the last one, dates typed on the keyboard, a status bar
whose texts are cut with « … » and whole in their tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLibraryInfo, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from clubdesk.app import build_main_window, ensure_application
from clubdesk.model.access import Actor
from clubdesk.ui import i18n
from clubdesk.ui.backup.status_label import BackupStatusLabel
from clubdesk.ui.widgets import WheelSafeDateEdit, dialogs, make_date, make_date_edit
from clubdesk.ui.widgets.fields import typed_date

# -- 1. Qt's dialogs speak the interface's language -------------------------------------------


def _dialog_words() -> tuple[list[str], list[str]]:
    """(the standard buttons of a message box, the labels and buttons of Qt's file dialog)."""
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    buttons = [button.text() for button in box.buttons()]
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    words = [label.text().replace("&", "").replace("\xa0", " ")
             for label in dialog.findChildren(QLabel)]
    words += [button.text() for button in dialog.findChildren(QPushButton)]
    box.deleteLater()
    dialog.deleteLater()
    return buttons, words


@pytest.fixture
def back_to_french() -> Iterator[None]:
    yield
    app = QApplication.instance()
    i18n.remove_translators(app)
    ensure_application()  # French, with Qt's French catalogue, as every other test expects


def test_qt_dialogs_speak_french_with_the_application(back_to_french: None) -> None:
    i18n.remove_translators(QApplication.instance())
    ensure_application()  # no CLUBDESK_LANG: French, and Qt's French catalogue with it
    buttons, words = _dialog_words()
    assert "Annuler" in buttons and "Cancel" not in buttons
    assert "Voir dans :" in words  # « &Look in: » of Qt 6, found without its « & »
    assert "Fichiers de type :" in words
    assert "Annuler" in words
    assert not {"Look in:", "Files of type:", "Cancel"} & set(words)


def test_qt_dialogs_speak_english_in_english(back_to_french: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Any valid catalogue stands for clubdesk_en.qm: only Qt's own strings are looked at.
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    monkeypatch.setattr(i18n, "qm_file", lambda language="en": qt_folder / "qtbase_en.qm")
    assert i18n.install_translator(QApplication.instance(), "en") == "en"
    buttons, words = _dialog_words()
    assert "Cancel" in buttons and "Annuler" not in buttons
    assert "Look in:" in words and "Files of type:" in words
    assert "Voir dans :" not in words


# -- 2. file dialogs: a folder that exists, the last one remembered ---------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder without a Documents folder (nor any user-dirs setting)."""
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def _answer(choose: Callable[[QFileDialog], Path | None], seen: list[Path]) -> None:
    """When the next dialog is open: note where it opened, then choose (None: cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        chosen = choose(dialog)
        if chosen is None:
            dialog.reject()
        else:
            dialog.selectFile(str(chosen))
            dialog.accept()

    QTimer.singleShot(0, act)


def test_dialogs_open_at_home_without_documents_then_where_chosen_last(home: Path) -> None:
    assert not (home / "Documents").exists()
    assert dialogs.start_folder() == home
    target = home / "club exports"
    target.mkdir()
    seen: list[Path] = []
    _answer(lambda _dialog: target, seen)
    assert dialogs.choose_folder(None, "Dossier") == target
    assert seen == [home]

    _answer(lambda dialog: Path(dialog.directory().absolutePath()) / "planning.pdf", seen)
    saved = dialogs.save_file_name(None, "Enregistrer", "planning.pdf", "PDF (*.pdf)")
    assert seen[1] == target and saved == target / "planning.pdf"

    (target / "club.zip").write_bytes(b"PK")
    _answer(lambda dialog: Path(dialog.directory().absolutePath()) / "club.zip", seen)
    assert dialogs.open_file_name(None, "Ouvrir", "Archive (*.zip)") == target / "club.zip"
    assert seen[2] == target
    assert dialogs.last_folder() == target  # kept in this computer's data folder
    assert (Path(str(dialogs.paths.data_dir())) / dialogs.SETTINGS_FILE).is_file()


def test_dialogs_prefer_documents_and_forget_a_folder_gone(home: Path) -> None:
    documents = home / "Documents"
    documents.mkdir()
    assert dialogs.start_folder() == documents
    gone = home / "usb"
    gone.mkdir()
    dialogs.remember_folder(gone)
    assert dialogs.start_folder() == gone
    gone.rmdir()  # the USB key was unplugged
    assert dialogs.start_folder() == documents
    seen: list[Path] = []
    _answer(lambda _dialog: None, seen)  # cancelled: nothing remembered
    assert dialogs.choose_folder(None, "Dossier", start=home / "nowhere") is None
    assert seen == [documents] and dialogs.last_folder() is None


# -- 3. dates typed on the keyboard --------------------------------------------------------


@pytest.mark.parametrize("typed", ["15/01/2026", "15/1/26", "15012026"])
def test_a_date_field_takes_a_date_typed_whole(qtbot, typed: str) -> None:
    field = make_date("day", "Date", date(2026, 11, 23))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    changes: list[object] = []
    field.dateChanged.connect(changes.append)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (field.date().year(), field.date().month(), field.date().day()) == (2026, 1, 15)
    assert field.text() == "15/01/2026" and len(changes) == 1
    assert isinstance(field, WheelSafeDateEdit) and field.calendarPopup()


def test_a_date_typed_is_read_when_the_field_is_left(qtbot) -> None:
    field = make_date("day", "Date", date(2026, 11, 23))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2.3.2027")
    # Leaving the field reads it (the focus event itself: offscreen, no window is active).
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut,
                                              Qt.FocusReason.TabFocusReason))
    assert field.date().toString("yyyy-MM-dd") == "2027-03-02"


def test_a_date_that_is_not_one_gives_back_the_last_date(qtbot) -> None:
    field = make_date_edit("birth", "Date de naissance", date(2026, 11, 23))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    for typed in ("31/02/2026", "15/01/2027", "abc"):  # no such day; after its latest date
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.date().toString("yyyy-MM-dd") == "2026-11-23", typed
        assert field.text() == "23/11/2026"
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "3/5/58")  # a birth date: 1958, not 2058 (after today)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date().toString("yyyy-MM-dd") == "1958-05-03"


def test_typed_date_forms() -> None:
    assert typed_date("15/01/2026") == date(2026, 1, 15)
    assert typed_date(" 15-1-26 ") == date(2026, 1, 15)
    assert typed_date("150126") == date(2026, 1, 15)
    assert typed_date("3/5/58", latest=date(2026, 11, 23)) == date(1958, 5, 3)
    assert typed_date("3/5/58") == date(2058, 5, 3)
    for wrong in ("", "15/01", "1501202", "32/01/2026", "15/13/2026", "15/01/202"):
        assert typed_date(wrong) is None, wrong


# -- 4. the status bar at 1366 px ------------------------------------------------------------


def test_every_status_bar_text_fits_or_is_cut_with_its_whole_text_in_a_tooltip(
        qtbot, demo_target: str) -> None:
    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    backups = window.findChild(BackupStatusLabel)
    sentence = ("Dernière sauvegarde vérifiée : lundi 23 novembre 2026 à 09:58 ; la prochaine "
                "dans 4 heures, et une copie dans le second dossier.")
    backups.show_status(sentence)
    who = window.findChild(QLabel, "session_user_label")
    long_name = "Marie-Charlotte de La Rochefoucauld-Montmorency, rôle direction"
    who.setText(long_name)
    qtbot.waitUntil(lambda: backups.width() > 300)
    bar = window.statusBar()
    assert bar.width() == 1366
    for label in bar.findChildren(QLabel):
        if not label.isVisible():
            continue
        left = label.mapTo(bar, label.rect().topLeft()).x()
        assert left >= 0 and left + label.width() <= bar.width(), label.objectName()
        full = label.full_text() if hasattr(label, "full_text") else label.text()
        if label.fontMetrics().horizontalAdvance(full) > label.contentsRect().width():
            label.grab()  # painted: a label cut with « … » puts its text in its tooltip
            assert full in label.toolTip(), label.objectName()
    assert backups.text() != sentence and backups.toolTip() == sentence  # cut, whole in tip
    assert backups.width() >= 300  # « Sa… » no more
    shown_whole = who.fontMetrics().horizontalAdvance(long_name) <= who.contentsRect().width()
    assert shown_whole or long_name in who.toolTip()
    who.setText(long_name * 3)  # no one is called that: cut, whole in the tooltip
    qtbot.waitUntil(lambda: who.minimumWidth() < who.sizeHint().width())
    who.grab()
    assert who.width() < who.sizeHint().width() and long_name * 3 in who.toolTip()
    assert who.mapTo(bar, who.rect().topRight()).x() < bar.width()
    version = [label for label in bar.findChildren(QLabel) if "clubdesk" in label.text()][0]
    assert version.fontMetrics().horizontalAdvance(version.text()) <= version.width()
