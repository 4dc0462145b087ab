"""« Financements » of « Structure »: the funding lines of a year and their total."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clubdesk.export.annual_report import fr_euros
from clubdesk.model.tables import FundingLine
from clubdesk.ui.structure.parts import StructureParts, translate
from clubdesk.ui.structure.table_models import funding_model
from clubdesk.ui.widgets import make_check, make_combo, make_decimal


class FundingSection(StructureParts):
    """The funding page: the year's lines, a form for a new one, a deletion asked first."""

    def _funding_page(self) -> QWidget:
        self.funding_year = self._year_spin("funding_year")
        self.funding_model = funding_model(self)
        self.funding_view = self._table(
            "funding_table",
            translate("StructureScreen", "Financements de l'année"),
            self.funding_model,
        )
        self.funding_total = QLabel()
        self.funding_total.setObjectName("funding_total")
        self.delete_funding_button = self._button(
            translate("StructureScreen", "Supprimer la ligne choisie"),
            "delete_funding_button",
            translate("StructureScreen", "Supprimer la ligne de financement choisie"),
        )
        self.funder = self._line("funder", translate("StructureScreen", "Financeur"), 200)
        self.funder.setPlaceholderText(
            translate(
                "StructureScreen",
                "par exemple ARS (agence régionale de santé), Conseil départemental",
            )
        )
        self.amount = make_decimal("funding_amount",
                                   translate("StructureScreen", "Montant en euros"),
                                   0, 100_000_000, step=1, suffix=" €")
        self.amount.setGroupSeparatorShown(True)
        self.amount.setMinimumWidth(180)
        self.amount.setMaximumWidth(240)
        self.funding_kind = make_combo(
            "funding_kind",
            translate("StructureScreen", "Type de financement"),
            (
                (translate("StructureScreen", "FIR (fonds d'intervention régional) de l'ARS"),
                 "fir"),
                (translate("StructureScreen", "complémentaire"), "complementary"),
            ),
        )
        self.funding_kind.setMaximumWidth(560)
        self.in_kind = make_check(
            translate("StructureScreen", "en nature (mise à disposition, don…)"),
            "funding_in_kind",
            translate("StructureScreen", "Financement en nature"),
        )
        self.add_funding_button = self._button(
            translate("StructureScreen", "Ajouter"),
            "add_funding_button",
            translate("StructureScreen", "Ajouter la ligne de financement"),
        )
        self.funding_year.valueChanged.connect(lambda _y: self._load_funding())
        self.delete_funding_button.clicked.connect(self.delete_funding)
        self.add_funding_button.clicked.connect(self.add_funding)

        box = QGroupBox(translate("StructureScreen", "Nouvelle ligne de financement"))
        form = self._form()
        self._add_row(form, translate("StructureScreen", "&Financeur :"), self.funder)
        self._add_row(form, translate("StructureScreen", "&Montant :"), self.amount)
        self._add_row(form, translate("StructureScreen", "&Type :"), self.funding_kind)
        form.addRow("", self.in_kind)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_funding_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        page, layout = self._page()
        layout.addLayout(self._year_row(self.funding_year))
        layout.addWidget(self.funding_view, 1)
        under = QHBoxLayout()
        under.addWidget(self.funding_total, 1)
        under.addWidget(self.delete_funding_button)
        layout.addLayout(under)
        layout.addWidget(box)
        layout.addWidget(self._message("funding"))
        return page

    def _load_funding(self) -> None:
        lines: list[FundingLine] = self.ops.club.structure.funding(self.funding_year.value())
        self.funding_model.set_rows(lines)
        total = sum(f.amount_eur for f in lines)
        self.funding_total.setText(
            translate("StructureScreen", "Total de l'année : %1").replace("%1", fr_euros(total))
        )

    def add_funding(self) -> None:
        if self._run(
            "funding",
            self.ops.club.structure.add_funding,
            self.funding_year.value(),
            self.funder.text(),
            self.amount.value(),
            self.funding_kind.currentData(),
            in_kind=self.in_kind.isChecked(),
            then=self._load_funding,
            done=translate("StructureScreen", "Ligne de financement ajoutée."),
        ):
            self.funder.clear()
            self.amount.setValue(0)
            self.in_kind.setChecked(False)

    def delete_funding(self) -> None:
        rows = self.funding_view.selectionModel().selectedRows()
        if not rows:
            self.show_message(
                "funding",
                translate("StructureScreen", "Choisissez d'abord une ligne dans la liste."),
                problem=True,
            )
            return
        line = self.funding_model.row_at(rows[0].row())
        if not self.confirm(
            translate(
                "StructureScreen",
                "Supprimer cette ligne de financement ?\nElle ne sera plus dans le rapport annuel.",
            )
        ):
            return
        self._run(
            "funding",
            self.ops.club.structure.delete_line,
            FundingLine,
            line.id,
            done=translate("StructureScreen", "Ligne de financement supprimée."),
            then=self._load_funding,
        )
