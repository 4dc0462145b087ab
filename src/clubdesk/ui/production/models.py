"""The table models of the « Commandes et production » screen: the orders, the month's
production sessions, the workers of the session being entered and the month's hours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clubdesk.model.production import (
    STATUS_LABELS,
    OrderRow,
    PersonHours,
    SessionRow,
    hours_text,
)
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.table_model import RowsTableModel, short_date
from clubdesk.ui.widgets.words import whole_number


def status_text(status: str) -> str:
    return translate_core(STATUS_LABELS[status])


class OrdersModel(RowsTableModel[OrderRow]):
    COLUMNS = ("due_on", "client", "what", "quantity", "status")
    RIGHT_ALIGNED = frozenset({"quantity"})

    def headers(self) -> Sequence[str]:
        return (self.tr("À livrer le"), self.tr("Client"), self.tr("Commande"),
                self.tr("Quantité"), self.tr("État"))

    def text(self, row: OrderRow, column: str) -> str:
        if column == "due_on":
            return short_date(row.due_on)
        if column == "quantity":
            return "" if row.quantity is None else whole_number(row.quantity)
        if column == "status":
            status = status_text(row.status)
            return self.tr("%1, en retard").replace("%1", status) if row.late else status
        return str(getattr(row, column))


class SessionsModel(RowsTableModel[SessionRow]):
    COLUMNS = ("held_on", "workshop", "order", "workers")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Atelier"), self.tr("Commande"),
                self.tr("Qui a travaillé (heures)"))

    def text(self, row: SessionRow, column: str) -> str:
        if column == "held_on":
            return short_date(row.held_on)
        if column == "workers":
            return ", ".join(self.tr("%1 : %2 h").replace("%1", w.name)
                             .replace("%2", hours_text(w.minutes)) for w in row.workers)
        return str(getattr(row, column))


@dataclass(frozen=True)
class Worker:
    id: int  # the member's
    name: str
    hours: str  # as typed, « 3,5 »


class WorkersModel(RowsTableModel[Worker]):
    COLUMNS = ("name", "hours")
    RIGHT_ALIGNED = frozenset({"hours"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Personne"), self.tr("Heures"))


class HoursModel(RowsTableModel[PersonHours]):
    COLUMNS = ("name", "minutes")
    RIGHT_ALIGNED = frozenset({"minutes"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Personne"), self.tr("Heures du mois"))

    def row_id(self, row: PersonHours) -> int:
        return row.member_id

    def text(self, row: PersonHours, column: str) -> str:
        if column == "minutes":
            return hours_text(row.minutes)
        return row.name
