"""The list of the « Journal » screen: one row per entry, when, who, what was done, on what."""

from __future__ import annotations

from collections.abc import Sequence

from clubdesk.model.tables import AuditEntry
from clubdesk.ui.audit.words import action_label, local_time, record_label
from clubdesk.ui.table_model import RowsTableModel


class AuditTableModel(RowsTableModel[AuditEntry]):
    """The entries, newest first as the trail gives them; an entry's seq under SEQ_ROLE."""

    SEQ_ROLE = RowsTableModel.ID_ROLE
    COLUMNS = ("at", "username", "action", "record")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date et heure"), self.tr("Qui"), self.tr("Action"), self.tr("Quoi"))

    def text(self, row: AuditEntry, column: str) -> str:
        if column == "at":
            return local_time(row.at)
        if column == "action":
            return action_label(row.action)
        if column == "record":
            return record_label(row.record_type, row.record_id)
        return row.username

    def row_id(self, row: AuditEntry) -> int | None:
        return row.seq
