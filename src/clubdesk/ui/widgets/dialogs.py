"""Choosing a folder or a file: every screen goes through here.

The dialogs open in a folder that exists: the last folder chosen on this computer, else the
user's documents folder, else the home folder. The last folder is kept in ``dialogs.ini``
in the data directory (this computer's setting, next to ``preferences.json``); it is a
folder name, never a member's data.

Whether the dialog is the system's or Qt's own is left to the platform; Qt's own speaks the
interface's language (the qtbase catalogue installed by clubdesk.ui.i18n).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from clubdesk import paths

log = logging.getLogger(__name__)

SETTINGS_FILE = "dialogs.ini"
LAST_FOLDER_KEY = "last_folder"


def _settings() -> QSettings:
    return QSettings(str(paths.data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def documents_folder() -> Path | None:
    """The user's documents folder when it exists."""
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if where and Path(where).is_dir():
        return Path(where)
    return None


def last_folder() -> Path | None:
    """The folder chosen last on this computer, when it still exists."""
    try:
        value = _settings().value(LAST_FOLDER_KEY, "")
    except Exception:  # noqa: BLE001 - an unreadable settings file is no reason to fail
        log.warning("dialog settings unreadable")
        return None
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return None


def remember_folder(folder: Path) -> None:
    """Keep ``folder`` as the next dialog's starting folder (when it exists)."""
    if not folder.is_dir():
        return
    try:
        paths.data_dir().mkdir(parents=True, exist_ok=True)
        settings = _settings()
        settings.setValue(LAST_FOLDER_KEY, str(folder))
        settings.sync()
    except OSError:
        log.warning("dialog settings not written")


def start_folder(wanted: Path | str | None = None) -> Path:
    """Where a dialog opens: ``wanted`` if it is an existing folder, else the last folder
    chosen, else the documents folder, else home."""
    if wanted:
        candidate = Path(wanted)
        if candidate.is_dir():
            return candidate
    return last_folder() or documents_folder() or Path.home()


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setObjectName("file_dialog")
    return dialog


def _run(dialog: QFileDialog) -> Path | None:
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files and files[0] else None


def choose_folder(parent: QWidget | None, title: str,
                  start: Path | str | None = None) -> Path | None:
    """An existing folder, or None when cancelled. ``start``: where to open if it exists."""
    dialog = _dialog(parent, title, start_folder(start))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    if chosen is not None:
        remember_folder(chosen)
    return chosen


def save_file_name(parent: QWidget | None, title: str, suggested: Path | str,
                   filters: str = "") -> Path | None:
    """Where to write a file, or None when cancelled. ``suggested``: a file name (or a path
    whose folder is used when it exists)."""
    suggested = Path(suggested)
    folder = start_folder(suggested.parent if suggested.parent != Path(".") else None)
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(str(folder / suggested.name))
    chosen = _run(dialog)
    if chosen is not None:
        remember_folder(chosen.parent)
    return chosen


def open_file_name(parent: QWidget | None, title: str, filters: str = "",
                   start: Path | str | None = None) -> Path | None:
    """An existing file to read, or None when cancelled."""
    dialog = _dialog(parent, title, start_folder(start), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    if chosen is not None:
        remember_folder(chosen.parent)
    return chosen
