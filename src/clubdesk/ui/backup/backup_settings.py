"""The « Réglages » box of the « Sauvegardes » screen: how often the automatic backups run, and
a second folder (a USB key, another disk) each backup is also copied into.

Its sentences keep the translation context of the screen they came from (« BackupScreen »).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.backup.scheduler import HOURS_SETTING, stored_hours
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import (
    hbox,
    make_button,
    make_hint,
    make_line,
    make_message,
    make_spin,
    set_message,
)

SECOND_FOLDER_SETTING = "backup_second_folder"

AskFolder = Callable[[str], Path | None]  # the folder shown first; None when cancelled


def hours_text(hours: int) -> str:
    """What follows « toutes les »: « heures », « 4 heures »."""
    return QCoreApplication.translate("BackupScreen", "heures") if hours == 1 else \
        QCoreApplication.translate("BackupScreen", "%1 heures").replace("%1", str(hours))


def set_spin(spin: QSpinBox, value: int) -> None:
    """A value shown without being saved again."""
    spin.blockSignals(True)
    spin.setValue(value)
    spin.blockSignals(False)


class BackupSettingsBox(QGroupBox):
    """« Réglages »: each change is saved at once and its result said under the box.
    ``ask_folder(start)`` chooses the second folder (the screen's, injectable for tests)."""

    def __init__(self, ops: Operations, ask_folder: AskFolder,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BackupScreen", "Réglages"), parent)
        self.ops = ops
        self.ask_folder = ask_folder
        self.setObjectName("backup_settings")
        self.hours = make_spin("backup_hours", QCoreApplication.translate(
            "BackupScreen", "Heures entre deux sauvegardes automatiques"), 1, 24)
        self.hours.setMinimumWidth(120)
        hours_label = QLabel(QCoreApplication.translate(
            "BackupScreen", "Sauvegarde automatique &toutes les :"))
        hours_label.setBuddy(self.hours)
        hours_after = make_hint(QCoreApplication.translate(
            "BackupScreen", "et à chaque fermeture de clubdesk."))
        hours_row = hbox(hours_label, self.hours)
        hours_row.addWidget(hours_after, 1)

        self.second_folder = make_line(
            "backup_second_folder",
            QCoreApplication.translate("BackupScreen", "Second dossier de sauvegarde"), 4096,
            QCoreApplication.translate("BackupScreen",
                                       "par exemple une clé USB (laisser vide si aucun)"))
        self.second_folder.setClearButtonEnabled(True)
        folder_label = QLabel(QCoreApplication.translate("BackupScreen", "Second &dossier :"))
        folder_label.setBuddy(self.second_folder)
        self.choose_button = make_button(
            QCoreApplication.translate("BackupScreen", "&Choisir…"),
            "choose_second_folder_button",
            QCoreApplication.translate("BackupScreen",
                                       "Choisir le second dossier de sauvegarde"))
        folder_row = hbox(folder_label)
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_hint = make_hint(QCoreApplication.translate(
            "BackupScreen",
            "Chaque sauvegarde est aussi copiée dans ce dossier quand il est branché (une clé "
            "USB, un autre disque). Une copie hors de l'ordinateur protège en cas de panne ou "
            "de vol."))
        self.settings_message = make_message("backup_settings_message")
        self.settings_message.setAccessibleName(
            QCoreApplication.translate("BackupScreen", "Résultat du réglage"))

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(hours_row)
        layout.addLayout(folder_row)
        layout.addWidget(folder_hint)
        layout.addWidget(self.settings_message)

        self.hours.valueChanged.connect(self.set_hours)
        self.second_folder.editingFinished.connect(self.save_second_folder)
        self.choose_button.clicked.connect(self.choose_second_folder)

    def load(self, hours: int) -> None:
        """The stored settings shown again (the folder only while no one is typing in it)."""
        set_spin(self.hours, hours)
        self._update_hours_suffix()
        if not self.second_folder.hasFocus():
            self.second_folder.setText(self._stored_second_folder())

    def _stored_second_folder(self) -> str:
        try:
            return self.ops.club.settings.get_text(SECOND_FOLDER_SETTING)
        except ClubdeskError:
            return ""

    def _update_hours_suffix(self) -> None:
        self.hours.setSuffix(QCoreApplication.translate("BackupScreen", " heure")
                             if self.hours.value() == 1 else
                             QCoreApplication.translate("BackupScreen", " heures"))

    def set_hours(self, hours: int) -> None:
        self._update_hours_suffix()
        try:
            outcome = self.ops.run(self.ops.club.settings.set_int, HOURS_SETTING, hours)
        except KeyError:  # a core without this setting yet
            set_message(self.settings_message, QCoreApplication.translate(
                "BackupScreen",
                "Ce réglage ne peut pas encore être enregistré dans cette version."),
                problem=True)
            return
        if not outcome.ok:
            set_message(self.settings_message, str(outcome.error), problem=True)
            set_spin(self.hours, stored_hours(self.ops))
            self._update_hours_suffix()
            return
        set_message(self.settings_message, QCoreApplication.translate(
            "BackupScreen", "Enregistré : une sauvegarde automatique toutes les %1.").replace(
                "%1", hours_text(hours)))

    def choose_second_folder(self) -> None:
        start = self.second_folder.text().strip()  # empty: the dialogs' usual folder
        chosen = self.ask_folder(start)
        if chosen is None:
            return
        self.second_folder.setText(str(chosen))
        self.save_second_folder()

    def save_second_folder(self) -> None:
        text = self.second_folder.text().strip()
        if text == self._stored_second_folder():
            return
        outcome = self.ops.run(self.ops.club.settings.set_text, SECOND_FOLDER_SETTING, text)
        if not outcome.ok:
            set_message(self.settings_message, str(outcome.error), problem=True)
            return
        if not text:
            said = QCoreApplication.translate(
                "BackupScreen", "Second dossier retiré : les sauvegardes restent sur cet "
                "ordinateur seulement.")
        elif Path(text).is_dir():
            said = QCoreApplication.translate(
                "BackupScreen", "Second dossier enregistré : chaque sauvegarde y sera aussi "
                "copiée.")
        else:
            said = QCoreApplication.translate(
                "BackupScreen", "Second dossier enregistré. Il n'est pas branché pour "
                "l'instant : les sauvegardes y seront copiées quand il le sera.")
        set_message(self.settings_message, said)
