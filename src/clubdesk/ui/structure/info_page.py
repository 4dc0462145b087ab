"""« Identité et locaux » of « Structure »: the club's fields for the annual report, its
dates typed the French way."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from clubdesk.model.structure import INFO_FIELDS
from clubdesk.ui import i18n
from clubdesk.ui.structure.documents_part import DocumentsSection
from clubdesk.ui.structure.history_parts import Since, cumulative
from clubdesk.ui.structure.kinds_part import KindsSection
from clubdesk.ui.structure.parts import from_iso, to_iso, translate


class InfoSection(DocumentsSection, KindsSection):
    """The identity and premises page: one line per field of the core's INFO_FIELDS."""

    def _info_page(self) -> QWidget:
        self.info_edits: dict[str, QLineEdit] = {}
        form = self._form()
        for field in INFO_FIELDS:
            label = i18n.translate_core(field.label)  # a Term of the core
            edit = self._line(f"info_{field.key}", label, 300)
            if field.kind == "date":
                edit.setPlaceholderText(translate("StructureScreen", "JJ/MM/AAAA"))
                edit.setMaximumWidth(180)
            elif field.kind == "number":
                edit.setMaximumWidth(180)
            self.info_edits[field.key] = edit
            self._add_row(form, translate("StructureScreen", "%1 :").replace("%1", label), edit)
        self.save_info_button = self._button(
            translate("StructureScreen", "Enregistrer"),
            "save_info_button",
            translate("StructureScreen", "Enregistrer l'identité et les locaux"),
        )
        self.save_info_button.clicked.connect(self.save_info)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_info_button)
        self.info_since = Since("info")
        page, layout = self._page(scroll=True)
        layout.addWidget(self._kinds_box())
        layout.addLayout(form)
        layout.addLayout(self.info_since.row())
        layout.addLayout(row)
        layout.addWidget(self._message("info"))
        layout.addWidget(self.info_since.history)
        layout.addWidget(self._documents_box())
        layout.addStretch(1)
        return page

    def info_values(self) -> dict[str, str]:
        values = {}
        for field in INFO_FIELDS:
            text = self.info_edits[field.key].text()
            values[field.key] = to_iso(text) if field.kind == "date" else text
        return values

    def save_info(self) -> None:
        self._run(
            "info",
            self.ops.club.structure.set_info,
            self.info_values(),
            as_of=self.info_since.day(),
            done=translate("StructureScreen", "Identité et locaux enregistrés."),
            then=self._load_info,
        )

    def _load_info(self) -> None:
        kinds = {f.key: f.kind for f in INFO_FIELDS}
        for key, value in self.ops.club.structure.info().items():
            edit = self.info_edits[key]
            edit.setText(from_iso(value) if kinds[key] == "date" else value)
            edit.setCursorPosition(0)  # the start of a long text, not its end
        by_label: dict[str, list[tuple[date, str]]] = {}
        kept = self.ops.club.structure.versions().info
        for field in INFO_FIELDS:  # in the form's order
            versions = kept.get(field.key, [])
            if versions:
                by_label[i18n.translate_core(field.label)] = [
                    (on, from_iso(value) if field.kind == "date" else value)
                    for on, value in versions]
        self.info_since.show(cumulative(by_label))
        self.info_since.reset()
        self._load_documents()
        self._load_kinds()
