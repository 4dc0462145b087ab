"""The table models of the « Candidatures » and « Commissions » screens, and the French
words of the states, decisions and refusal reasons as the screens show them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from clubdesk.model.admissions import (
    REFUSAL_REASON_LABELS,
    STATE_LABELS,
    ApplicationRow,
    CommissionRow,
)
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.table_model import RowsTableModel, short_date


def state_words() -> dict[str, str]:
    """The states of an application in the language of the interface."""
    return {code: translate_core(label) for code, label in STATE_LABELS.items()}


def reason_words() -> dict[str, str]:
    """The refusal reasons in the language of the interface."""
    return {code: translate_core(label) for code, label in REFUSAL_REASON_LABELS.items()}


def referred_text(row: ApplicationRow) -> str:
    if row.referred_by_partner_id is None:
        return QCoreApplication.translate("Admissions", "spontanée")
    return row.referred_by


class ApplicationsModel(RowsTableModel[ApplicationRow]):
    COLUMNS = ("waiting_rank", "name", "referred_by", "received_on", "state", "state_since")
    RIGHT_ALIGNED = frozenset({"waiting_rank"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Rang"), self.tr("Personne"), self.tr("Orientée par"),
                self.tr("Reçue le"), self.tr("État"), self.tr("Depuis le"))

    def text(self, row: ApplicationRow, column: str) -> str:
        if column == "waiting_rank":
            return str(row.waiting_rank) if row.waiting_rank else ""
        if column == "referred_by":
            return referred_text(row)
        if column in ("received_on", "state_since"):
            return short_date(getattr(row, column))
        if column == "state":
            return state_words()[row.state]
        return str(getattr(row, column))


class CommissionsModel(RowsTableModel[CommissionRow]):
    COLUMNS = ("held_on", "partners", "decisions")
    RIGHT_ALIGNED = frozenset({"decisions"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Partenaires présents"), self.tr("Décisions"))

    def text(self, row: CommissionRow, column: str) -> str:
        if column == "held_on":
            return short_date(row.held_on)
        return str(getattr(row, column))


class AgendaModel(RowsTableModel[ApplicationRow]):
    COLUMNS = ("waiting_rank", "name", "received_on", "state")
    RIGHT_ALIGNED = frozenset({"waiting_rank"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Rang"), self.tr("Personne"), self.tr("Reçue le"), self.tr("État"))

    def text(self, row: ApplicationRow, column: str) -> str:
        if column == "waiting_rank":
            return str(row.waiting_rank) if row.waiting_rank else ""
        if column == "received_on":
            return short_date(row.received_on)
        if column == "state":
            return state_words()[row.state]
        return str(getattr(row, column))
