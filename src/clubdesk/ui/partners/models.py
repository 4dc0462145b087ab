"""Table models of the « Partenaires » screen: partners, contacts, partnerships, exchanges
and the members a partner has hosted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clubdesk.model.followups import PATH_LABELS
from clubdesk.model.partners import (
    CATEGORY_HINTS,
    CATEGORY_LABELS,
    INTERACTION_LABELS,
    HostedMember,
)
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.table_model import RowsTableModel, short_date


def category_label(category: str) -> str:
    """A partner category in the language of the interface (the key when unknown)."""
    label = CATEGORY_LABELS.get(category)
    return translate_core(label) if label else str(category)


def category_hint(category: Any) -> str | None:
    """Examples of partners of that category (a tooltip), or None."""
    hint = CATEGORY_HINTS.get(category)
    return translate_core(hint) if hint else None


def interaction_label(kind: str) -> str:
    """A kind of exchange with a partner in the language of the interface."""
    label = INTERACTION_LABELS.get(kind)
    return translate_core(label) if label else str(kind)


class PartnersModel(RowsTableModel[Any]):
    """Partner rows: name (« archivé » said in words), category, city."""

    COLUMNS = ("name", "category", "city")

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("Catégorie"), self.tr("Ville"))

    def text(self, row: Any, column: str) -> str:
        if column == "name":
            if row.archived:
                return self.tr("%1 (archivé)").replace("%1", row.name)
            return str(row.name)
        if column == "category":
            return category_label(row.category)
        return str(row.city)

    def tooltip(self, row: Any, column: str) -> str | None:
        if column == "category":
            return category_hint(row.category)
        return None


class ContactsModel(RowsTableModel[Any]):
    COLUMNS = ("name", "role", "phone", "email")

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("Rôle"), self.tr("Téléphone"), self.tr("E-mail"))


class PartnershipsModel(RowsTableModel[Any]):
    COLUMNS = ("kind", "started_on", "ended_on", "agreement")

    def headers(self) -> Sequence[str]:
        return (self.tr("Partenariat"), self.tr("Début"), self.tr("Fin"), self.tr("Convention"))

    def text(self, row: Any, column: str) -> str:
        if column == "kind":
            return str(row.kind)
        if column == "started_on":
            return short_date(row.started_on)
        if column == "ended_on":
            return short_date(row.ended_on) if row.ended_on else self.tr("en cours")
        if not row.agreement_signed:
            return self.tr("pas signée")
        if row.agreement_signed_on is None:
            return self.tr("signée")
        return self.tr("signée le %1").replace("%1", short_date(row.agreement_signed_on))


class InteractionsModel(RowsTableModel[Any]):
    COLUMNS = ("date", "kind", "note")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Type"), self.tr("Note"))

    def text(self, row: Any, column: str) -> str:
        if column == "date":
            return short_date(row.date)
        if column == "kind":
            return interaction_label(row.kind)
        return str(row.note)


class HostedModel(RowsTableModel[HostedMember]):
    """Members the partner employed, hosted or met, and how."""

    COLUMNS = ("member", "how")

    def headers(self) -> Sequence[str]:
        return (self.tr("Membre"), self.tr("Comment"))

    def text(self, row: HostedMember, column: str) -> str:
        if column == "member":
            return f"{row.first_name} {row.last_name}".strip()
        return translate_core(PATH_LABELS[row.how]) if row.how in PATH_LABELS else (
            interaction_label(row.how))

    def row_id(self, row: HostedMember) -> Any:
        return row.member_id
