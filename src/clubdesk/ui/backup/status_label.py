"""The backups' line in the main window's status bar: when the last verified backup was made,
and what needs doing, in words (no alarming colour).

The status bar is narrow: when the whole sentence does not fit, a short form keeps the date
and the warnings (« second dossier non branché »); the whole sentence stays in the tooltip
and is what screen readers say."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from clubdesk.model.storage.backup import BackupStatus
from clubdesk.ui.backup.scheduler import BackupScheduler

MIN_WIDTH = 220


class BackupStatusLabel(QLabel):
    """Follows ``scheduler``: its status sentences, and the reason of a failed backup until
    the next one succeeds."""

    def __init__(self, scheduler: BackupScheduler | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_status")
        self.setAccessibleName(self.tr("État des sauvegardes"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Asks for its whole sentence, takes what the status bar gives (at least MIN_WIDTH).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_WIDTH)
        self.setContentsMargins(6, 0, 6, 0)
        self._status = ""
        self._failure = ""
        self._full = ""
        self._short = ""
        self.scheduler = scheduler
        if scheduler is not None:
            scheduler.status_changed.connect(self.show_status)
            scheduler.failed.connect(self.show_failure)
            scheduler.finished.connect(self._on_finished)
            if not scheduler.enabled:
                self.hide()  # PostgreSQL: the server's backups, nothing to say here
            if scheduler.last_error:
                self.show_failure(scheduler.last_error)
            self.show_status(scheduler.last_sentence)
        else:
            self._render()

    def sentence(self) -> str:
        """Everything the line says, never shortened."""
        return self._full

    def show_status(self, sentence: str) -> None:
        self._status = sentence
        status = self.scheduler.last_status if self.scheduler is not None else None
        self._short = self.short_form(status) if status is not None else ""
        self._render()

    def show_failure(self, sentence: str) -> None:
        self._failure = self.tr("La dernière sauvegarde a échoué : %1").replace(
            "%1", sentence) if sentence else ""
        self._render()

    def _on_finished(self, _path: str) -> None:
        self._failure = ""
        self._render()

    def short_form(self, status: BackupStatus) -> str:
        """« Sauvegarde : 23/11 à 14:05 — second dossier non branché »."""
        if status.last_good is None:
            parts = [self.tr("Aucune sauvegarde vérifiée")]
        else:
            parts = [self.tr("Sauvegarde : %1").replace(
                "%1", f"{status.last_good.astimezone():%d/%m à %H:%M}")]
        # The core's warnings are told apart by its flags, not by their words (translated).
        if status.stale and status.last_good is not None:
            parts.append(self.tr("plus de deux jours"))
        if status.unplugged is not None:
            parts.append(self.tr("second dossier non branché"))
        known = int(status.stale) + int(status.unplugged is not None)
        parts += [self.tr("à vérifier")] * max(0, len(status.warnings) - known)
        return " — ".join(parts)

    def _render(self) -> None:
        self._full = " ".join(part for part in (self._status, self._failure) if part)
        self.setToolTip(self._full)
        self.setAccessibleDescription(self._full)
        self.updateGeometry()  # its wish follows the sentence
        self._fit()

    def _fit(self) -> None:
        width = max(self.contentsRect().width(), MIN_WIDTH)
        metrics = self.fontMetrics()
        text = self._full
        if metrics.horizontalAdvance(text) > width and self._short:
            text = self._short
            if self._failure:
                text += " — " + self.tr("la dernière a échoué")
        super().setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        margins = self.contentsMargins()
        hint.setWidth(max(MIN_WIDTH, self.fontMetrics().horizontalAdvance(self._full)
                          + margins.left() + margins.right() + 4))
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(MIN_WIDTH)
        return hint
