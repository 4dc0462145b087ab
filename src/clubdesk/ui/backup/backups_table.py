"""The list of backups of the « Sauvegardes » screen: one row per backup, the most recent first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale

from clubdesk.model.storage.backup import BackupInfo
from clubdesk.ui.table_model import RowsTableModel


def taken_text(when: datetime) -> str:
    """« 23/11/2026 à 14:05 », in local time."""
    return f"{when.astimezone():%d/%m/%Y à %H:%M}"


class BackupTableModel(RowsTableModel[BackupInfo]):
    COLUMNS = ("taken_at", "members", "file")
    RIGHT_ALIGNED = frozenset({"members"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Membres"), self.tr("Fichier"))

    def text(self, row: BackupInfo, column: str) -> str:
        if column == "taken_at":
            return taken_text(row.taken_at)
        if column == "members":
            return self.tr("illisible") if row.members is None else \
                QLocale().toString(row.members)
        return row.path.name

    def tooltip(self, row: BackupInfo, column: str) -> str | None:
        if column == "members" and row.members is None:
            return self.tr("Cette sauvegarde ne peut pas être lue (abîmée, ou chiffrée avec "
                           "une autre phrase de passe).")
        if column == "file":
            return str(row.path)
        return None

    def row_id(self, row: BackupInfo) -> Any:
        return str(row.path)
