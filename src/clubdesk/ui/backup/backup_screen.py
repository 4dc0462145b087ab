"""« Sauvegardes » (direction): the state of the backups, a backup now, the list of backups,
a restore that can be undone, and the settings (how often; a second folder such as a USB key).

The backup itself runs off the UI thread on its own connection (clubdesk.ui.backup.scheduler).
A restore replaces the whole club: afterwards every screen is told to read everything again.
The list of backups is in clubdesk.ui.backup.backups_table, the « Réglages » box in
clubdesk.ui.backup.backup_settings; everything is built with the kit (clubdesk.ui.widgets).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import topics
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage.backup import BackupInfo, replaced_note
from clubdesk.model.storage.backup_manifest import RestoreNeedsConfirmation
from clubdesk.model.topics import Topic
from clubdesk.ui.backup.backup_settings import AskFolder, BackupSettingsBox, hours_text
from clubdesk.ui.backup.backups_table import BackupTableModel, taken_text
from clubdesk.ui.backup.scheduler import BackupScheduler, stored_hours
from clubdesk.ui.confirm import ask_yes_no
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, direction_refusal
from clubdesk.ui.widgets import (
    hbox,
    make_button,
    make_hint,
    make_message,
    make_table,
    scrolled,
    selected_row,
    set_message,
)
from clubdesk.ui.widgets.dialogs import choose_folder

__all__ = ["EVERY_TOPIC", "BackupScreen", "BackupTableModel"]

# A restore replaces the whole club: every screen reads everything again (the restore's
# trail entry says so, clubdesk.model.topics).
EVERY_TOPIC = topics.EVERY_TOPIC

Confirm = Callable[[str], bool]


# -- the screen -----------------------------------------------------------------------------------


class BackupScreen(Screen):
    """« Sauvegardes ». ``scheduler``: the application's automatic backups (« Sauvegarder
    maintenant » then goes through it, so two backups never run at once); without one the
    screen has its own, never started. ``confirm(sentence)`` asks before a restore;
    ``ask_folder(start)`` chooses the second folder; both are injectable for tests.

    A club on a server is backed up as local copies on this desk (restoring into the server
    is refused by the service, in words: it is done with `clubdesk db copy`)."""

    screen_name = "backup_screen"
    topics = frozenset({Topic.BACKUPS, Topic.SETTINGS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 scheduler: BackupScheduler | None = None, confirm: Confirm | None = None,
                 ask_folder: AskFolder | None = None) -> None:
        super().__init__(ops, self.tr("Sauvegardes"), message_name="backup_message",
                         parent=parent)
        self.scheduler = scheduler or BackupScheduler(ops, parent=self)
        self.confirm = confirm or self._confirm
        self.ask_folder = ask_folder or self._ask_folder
        self.undo_path: Path | None = None  # the copy set aside by the last restore
        self._asked = False  # « Sauvegarder maintenant » waits for its answer
        reason = direction_refusal(ops, self.tr("Les sauvegardes sont gérées par la direction."))
        if reason:
            self.refuse(reason)
            return
        self.intro = self.intro_label  # its sentence says how often (refresh)

        self.status = make_message("backup_screen_status")
        self.status.setAccessibleName(self.tr("État des sauvegardes"))

        self.now_button = make_button(self.tr("&Sauvegarder maintenant"), "backup_now_button",
                                      self.tr("Faire une sauvegarde vérifiée maintenant"))
        self.busy = QProgressBar()
        self.busy.setObjectName("backup_busy")
        self.busy.setAccessibleName(self.tr("Sauvegarde en cours"))
        self.busy.setRange(0, 0)  # no percentage: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(220)
        self.busy.hide()
        self.busy_text = make_hint(self.tr("Sauvegarde en cours…"), "backup_busy_text")
        self.busy_text.hide()
        self.now_message = self.message
        self.now_message.setAccessibleName(self.tr("Résultat de la sauvegarde"))

        self.model = BackupTableModel(self)
        self.table = make_table("backups_table", self.tr("Les sauvegardes"), self.model,
                                fixed=(0, 1), weights={2: 1})
        self.table.setMinimumHeight(140)
        self.table_label = QLabel(self.tr("&Les sauvegardes (la plus récente en haut) :"))
        self.table_label.setObjectName("backups_label")
        self.table_label.setBuddy(self.table)
        self.empty_hint = make_hint(self.tr("Aucune sauvegarde pour l'instant : cliquez sur "
                                            "« Sauvegarder maintenant »."), "backups_empty")

        self.restore_button = make_button(
            self.tr("&Restaurer cette sauvegarde"), "restore_button",
            self.tr("Restaurer la sauvegarde choisie dans la liste"))
        self.undo_button = make_button(
            self.tr("&Annuler la restauration"), "undo_restore_button",
            self.tr("Annuler la restauration : revenir à la base d'avant"))
        self.undo_button.hide()
        self.restore_message = make_message("restore_message")
        self.restore_message.setAccessibleName(self.tr("Résultat de la restauration"))

        self.body = QWidget()
        self.body.setObjectName("backup_body")
        body = QVBoxLayout(self.body)
        body.setSpacing(10)
        body.addWidget(self.status)
        now_row = hbox(self.now_button, self.busy, self.busy_text, 1, spacing=12)
        body.addLayout(now_row)
        body.addWidget(self.now_message)
        body.addSpacing(4)
        body.addWidget(self.table_label)
        body.addWidget(self.table, 1)
        body.addWidget(self.empty_hint)
        body.addLayout(hbox(self.restore_button, self.undo_button, 1, spacing=12))
        body.addWidget(self.restore_message)
        self.settings = BackupSettingsBox(ops, lambda start: self.ask_folder(start))
        body.addWidget(self.settings)
        self.scroll_area = scrolled(self.body)
        self.scroll_area.setObjectName("backup_scroll")
        self.scroll_area.setAccessibleName(self.tr("Sauvegardes"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outer.addWidget(self.scroll_area, 1)

        self.now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.undo_button.clicked.connect(self.undo_restore)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.scheduler.status_changed.connect(self._show_status)
        self.scheduler.running_changed.connect(self._show_busy)
        self.scheduler.finished.connect(self._backed_up)
        self.scheduler.failed.connect(self._backup_failed)
        self.refresh()

    # -- settings (clubdesk.ui.backup.backup_settings; the names the screen had) -------------

    @property
    def hours(self) -> QSpinBox:
        return self.settings.hours

    @property
    def second_folder(self) -> QLineEdit:
        return self.settings.second_folder

    @property
    def choose_button(self) -> QPushButton:
        return self.settings.choose_button

    @property
    def settings_message(self) -> QLabel:
        return self.settings.settings_message

    def set_hours(self, hours: int) -> None:
        self.settings.set_hours(hours)

    def choose_second_folder(self) -> None:
        self.settings.choose_second_folder()

    def save_second_folder(self) -> None:
        self.settings.save_second_folder()

    def _ask_folder(self, start: str) -> Path | None:
        return choose_folder(self, self.tr("Choisir le second dossier de sauvegarde"), start)

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = self.ops.club.backups.backups()
        except ClubdeskError as exc:
            set_message(self.now_message, str(exc), problem=True)
            rows = []
        keep = self.selected_backup()
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        if keep is not None:
            row = self.model.find_row(lambda b: b.path == keep.path)
            if row >= 0:
                self.table.selectRow(row)
        hours = stored_hours(self.ops)
        self.intro.setText(self.tr(
            "clubdesk fait une sauvegarde vérifiée au démarrage, toutes les %1 et à la "
            "fermeture. Il garde une sauvegarde par jour pendant 7 jours, une par semaine "
            "pendant 5 semaines et une par mois pendant 12 mois.").replace(
                "%1", hours_text(hours)))
        self.intro.show()
        self.settings.load(hours)
        self._show_status(self.scheduler.refresh_status() if self.scheduler.enabled
                          else self.scheduler.last_sentence)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def select_backup(self, path: Path) -> None:
        row = self.model.find_row(lambda b: b.path == path)
        if row >= 0:
            self.table.selectRow(row)

    def _show_status(self, sentence: str) -> None:
        set_message(self.status, sentence)

    def _on_selection(self, *_args: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.scheduler.is_running()
        chosen = self.selected_backup()
        self.now_button.setEnabled(not running and self.scheduler.enabled)
        self.restore_button.setEnabled(not running and chosen is not None
                                       and chosen.members is not None)
        self.undo_button.setEnabled(not running)

    # -- backup now -------------------------------------------------------------------------

    def backup_now(self) -> None:
        """« Sauvegarder maintenant »: off the UI thread; the answer comes in a message."""
        set_message(self.now_message, "")
        if self.scheduler.backup_now():
            self._asked = True
        elif self.scheduler.is_running():
            self._asked = True  # the automatic one under way answers for both
            set_message(self.now_message, self.tr("Une sauvegarde est déjà en cours : elle "
                                                   "se termine dans un instant."))

    def _show_busy(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.busy_text.setVisible(running)
        self._update_buttons()

    def _backed_up(self, path: str) -> None:
        if not self._asked:
            return
        self._asked = False
        found = self.model.find_row(lambda b: str(b.path) == path)
        members = self.model.row_at(found).members if found >= 0 else None
        text = self.tr("Sauvegarde faite et vérifiée : « %1 ».").replace("%1", Path(path).name)
        if members is not None:
            text += " " + (self.tr("Elle contient 1 membre.") if members == 1 else self.tr(
                "Elle contient %1 membres.").replace("%1", QLocale().toString(members)))
        replaced = replaced_note(Path(path))  # the rotation keeps one backup a day
        if replaced:
            text += " " + replaced
        set_message(self.now_message, text)
        if found >= 0:
            self.table.selectRow(found)

    def _backup_failed(self, sentence: str) -> None:
        if not self._asked:
            return
        self._asked = False
        set_message(self.now_message, sentence, problem=True)

    # -- restore ----------------------------------------------------------------------------

    def _confirm(self, sentence: str) -> bool:
        return ask_yes_no(self, self.tr("Restaurer une sauvegarde"), sentence)

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or backup.members is None or self.scheduler.is_running():
            return
        when = taken_text(backup.taken_at)
        if not self.confirm(self.tr(
                "Restaurer la sauvegarde du %1 ?\n\n"
                "La base actuelle est d'abord mise de côté, puis remplacée par cette "
                "sauvegarde. Ce qui a été saisi après le %1 ne sera plus dans la base.\n\n"
                "Vous pourrez annuler la restauration : la base actuelle revient alors "
                "comme maintenant.").replace("%1", when)):
            return
        if self._busy_backing_up():
            return
        set_message(self.now_message, "")
        outcome = self.ops.run(self.ops.club.backups.restore, backup.path)
        if isinstance(outcome.error, RestoreNeedsConfirmation):
            # an old backup without a manifest (or another club's): only when said so
            if not self.confirm(str(outcome.error)) or self._busy_backing_up():
                set_message(self.restore_message, self.tr("Rien n'a été restauré."))
                return
            confirmed = {"other_club": True} if outcome.error.kind == "other_club" else \
                {"without_manifest": True}
            outcome = self.ops.run(self.ops.club.backups.restore, backup.path,
                                   **confirmed)
        if not outcome.ok:
            set_message(self.restore_message, str(outcome.error), problem=True)
            return
        self.undo_path = Path(outcome.value)
        set_message(self.restore_message, self.tr(
            "Sauvegarde restaurée : la base est revenue au %1.\n"
            "Pour annuler : restaurer la base mise de côté (« %2 ») avec le bouton "
            "« Annuler la restauration ».").replace("%1", when).replace(
                "%2", self.undo_path.name))
        self.undo_button.show()
        self.undo_button.setFocus()

    def _busy_backing_up(self) -> bool:
        """An automatic backup may have started while the question was asked."""
        if not self.scheduler.is_running():
            return False
        set_message(self.restore_message, self.tr(
            "Une sauvegarde est en cours : rien n'a été restauré. Réessayez dans un instant."),
            problem=True)
        return True

    def undo_restore(self) -> None:
        if self.undo_path is None or self.scheduler.is_running():
            return
        if not self.confirm(self.tr(
                "Annuler la restauration ?\n\n"
                "La base revient comme juste avant la restauration. Ce qui a été saisi depuis "
                "la restauration ne sera plus dans la base.")):
            return
        if self._busy_backing_up():
            return
        # the copy this screen set aside: the club it was, even after another club's backup
        outcome = self.ops.run(self.ops.club.backups.restore, self.undo_path,
                               other_club=True)
        if not outcome.ok:
            set_message(self.restore_message, str(outcome.error), problem=True)
            return
        self.undo_path = None
        self.undo_button.hide()
        set_message(self.restore_message, self.tr(
            "Restauration annulée : la base est revenue comme avant la restauration."))

