"""The « Membres accueillis » tab of a partner on « Partenaires » (staff only): the members
who had a job, an internship or another path step with it, or took part in an exchange. Its
strings keep the screen's translation context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.partners.models import HostedModel
from clubdesk.ui.widgets import make_hint, make_table

translate = QCoreApplication.translate


class HostedPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.hosted_model = HostedModel(self)
        self.hosted_table = make_table(
            "hosted_table", translate("PartnersScreen", "Membres accueillis"), self.hosted_model)
        self.hosted_hint = make_hint(name="hosted_hint")
        layout = QVBoxLayout(self)
        layout.addWidget(make_hint(translate(
            "PartnersScreen",
            "Les membres qui ont eu un emploi, un stage ou une autre étape de parcours chez "
            "ce partenaire, ou qui ont participé à un échange avec lui.")))
        layout.addWidget(self.hosted_hint)
        layout.addWidget(self.hosted_table, 1)
        layout.addStretch(0)
        self.hosted_layout = layout

    def show_partner(self, partners: Any, partner_id: int) -> None:
        """The members ``partner_id`` hosted, or the sentence that says none (or why not)."""
        try:
            hosted = partners.hosted_members(partner_id)
        except ClubdeskError as exc:
            self.hosted_model.set_rows([])
            self._show_table(False)
            self.hosted_hint.setText(str(exc))
        else:
            self.hosted_model.set_rows(hosted)
            self._show_table(bool(hosted))
            self.hosted_hint.setText(
                "" if hosted else translate("PartnersScreen", "Aucun membre pour l'instant."))
        self.hosted_hint.setVisible(bool(self.hosted_hint.text()))

    def _show_table(self, visible: bool) -> None:
        """The table when there are rows; otherwise the sentence stays at the top."""
        self.hosted_table.setVisible(visible)
        self.hosted_layout.setStretch(self.hosted_layout.count() - 1, 0 if visible else 1)
