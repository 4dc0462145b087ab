"""A table model over the members due for a reach-out (ReachOutService.due)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from clubdesk.model.reach_out import DueMember
from clubdesk.ui.table_model import RowsTableModel, short_date


def contact_label(preference: str, phone: str, email: str) -> str:
    """'Téléphone : 06 12 34 56 78', 'E-mail : x@y.fr', 'Courrier'..."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("reach_out", text)

    if preference in ("phone", "sms"):
        label = tr("Téléphone") if preference == "phone" else tr("SMS")
        if phone:
            return tr("%1 : %2").replace("%2", phone).replace("%1", label)
        return tr("%1 (pas de numéro)").replace("%1", label)
    if preference == "email":
        if email:
            return tr("%1 : %2").replace("%2", email).replace("%1", tr("E-mail"))
        return tr("E-mail (pas d'adresse)")
    if preference == "post":
        return tr("Courrier")
    return tr("Aucun")


class ReachOutTableModel(RowsTableModel[DueMember]):
    COLUMNS = ("name", "last_seen", "days", "contact", "last_reach_out")
    RIGHT_ALIGNED = frozenset({"days"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("Dernière venue"), self.tr("Jours sans nouvelles"),
                self.tr("Contact préféré"), self.tr("Dernier contact"))

    def row_id(self, row: DueMember) -> int:
        return row.member_id

    def text(self, r: DueMember, column: str) -> str:
        if column == "name":
            return r.display_name
        if column == "last_seen":
            return short_date(r.last_seen) if r.last_seen else self.tr("aucune venue")
        if column == "days":
            return str(r.days_since)
        if column == "contact":
            return contact_label(r.contact_preference, r.phone, r.email)
        return short_date(r.last_reach_out) if r.last_reach_out else self.tr("aucun")
