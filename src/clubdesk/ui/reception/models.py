"""List models of the reception screen: search results and the people present."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from clubdesk.model.attendance import Presence
from clubdesk.model.members import MemberRow

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def arrival_time(presence: Presence) -> str:
    """The time ``presence`` was checked in, « 09:50 » (« --:-- » when unknown)."""
    at = presence.checked_in_at
    return at.astimezone().strftime("%H:%M") if at else "--:--"


class CheckinResultsModel(QAbstractListModel):
    """Members matching what was typed, best first; those already checked in for the
    half-day shown are marked « déjà là (09:50) »."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._arrivals: dict[int, str] = {}  # member id -> time of arrival

    def set_arrivals(self, arrivals: dict[int, str]) -> None:
        self._arrivals = dict(arrivals)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def arrived_at(self, member_id: int) -> str | None:
        """When ``member_id`` was checked in for the half-day shown; None: not yet."""
        return self._arrivals.get(member_id)

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = f"{r.first_name} {r.last_name}".strip()
            if r.preferred_name:
                name += f" « {r.preferred_name} »"
            if r.status == "former":
                name += self.tr("  — ancien membre")
            elif r.status == "visitor":
                name += self.tr("  — visiteur")
            if r.id in self._arrivals:
                name += self.tr("  — déjà là (%1)").replace("%1", self._arrivals[r.id])
            return name
        if role == ID_ROLE:
            return r.id
        return None


class PresentListModel(QAbstractListModel):
    """Who is here in the chosen half-day, last arrival first, with the time of arrival."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Presence] = []

    def set_rows(self, rows: Sequence[Presence]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Presence:
        return self._rows[row]

    def arrivals(self) -> dict[int, str]:
        """Member id -> time of arrival, for everyone in the list."""
        return {p.member_id: arrival_time(p) for p in reversed(self._rows)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{arrival_time(p)}   {p.display_name}"
            if p.mode == "remote":
                text += self.tr("  · à distance")
            if p.half_day == "day":
                text += self.tr("  · journée")
            return text
        if role == ID_ROLE:
            return p.attendance_id
        return None
