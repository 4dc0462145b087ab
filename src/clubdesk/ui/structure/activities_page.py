"""« Activités » of « Structure »: the activities of a year, done or planned."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from clubdesk.model.tables import Activity
from clubdesk.ui.structure.parts import StructureParts, translate
from clubdesk.ui.structure.table_models import activity_model
from clubdesk.ui.widgets import make_combo


class ActivitiesSection(StructureParts):
    """The activities page: the year's activities, a form for a new one, a deletion."""

    def _activities_page(self) -> QWidget:
        self.activity_year = self._year_spin("activity_year")
        self.activity_model = activity_model(self)
        self.activity_view = self._table(
            "activity_table",
            translate("StructureScreen", "Activités de l'année"),
            self.activity_model,
        )
        self.delete_activity_button = self._button(
            translate("StructureScreen", "Supprimer l'activité choisie"), "delete_activity_button"
        )
        self.activity_title = self._line(
            "activity_title", translate("StructureScreen", "Titre de l'activité"), 200
        )
        self.activity_kind = self._line(
            "activity_kind", translate("StructureScreen", "Type d'activité"), 100
        )
        self.activity_kind.setPlaceholderText(
            translate("StructureScreen", "par exemple atelier, sortie")
        )
        self.activity_status = make_combo(
            "activity_status",
            translate("StructureScreen", "État de l'activité"),
            (
                (translate("StructureScreen", "réalisée"), "done"),
                (translate("StructureScreen", "prévue"), "planned"),
            ),
        )
        self.activity_status.setMaximumWidth(300)
        self.activity_description = self._line(
            "activity_description", translate("StructureScreen", "Description"), 2000
        )
        self.add_activity_button = self._button(
            translate("StructureScreen", "Ajouter"),
            "add_activity_button",
            translate("StructureScreen", "Ajouter l'activité"),
        )
        self.activity_year.valueChanged.connect(lambda _y: self._load_activities())
        self.delete_activity_button.clicked.connect(self.delete_activity)
        self.add_activity_button.clicked.connect(self.add_activity)

        box = QGroupBox(translate("StructureScreen", "Nouvelle activité"))
        form = self._form()
        self._add_row(form, translate("StructureScreen", "&Titre :"), self.activity_title)
        self._add_row(form, translate("StructureScreen", "T&ype :"), self.activity_kind)
        self._add_row(form, translate("StructureScreen", "É&tat :"), self.activity_status)
        self._add_row(
            form, translate("StructureScreen", "&Description :"), self.activity_description
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_activity_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        page, layout = self._page()
        layout.addLayout(self._year_row(self.activity_year))
        layout.addWidget(self.activity_view, 1)
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.delete_activity_button)
        layout.addLayout(under)
        layout.addWidget(box)
        layout.addWidget(self._message("activities"))
        return page

    def _load_activities(self) -> None:
        rows: list[Activity] = self.ops.club.structure.activities(self.activity_year.value())
        self.activity_model.set_rows(rows)

    def add_activity(self) -> None:
        if self._run(
            "activities",
            self.ops.club.structure.add_activity,
            self.activity_year.value(),
            self.activity_title.text(),
            self.activity_status.currentData(),
            kind=self.activity_kind.text(),
            description=self.activity_description.text(),
            then=self._load_activities,
            done=translate("StructureScreen", "Activité ajoutée."),
        ):
            for edit in (self.activity_title, self.activity_kind, self.activity_description):
                edit.clear()

    def delete_activity(self) -> None:
        rows = self.activity_view.selectionModel().selectedRows()
        if not rows:
            self.show_message(
                "activities",
                translate("StructureScreen", "Choisissez d'abord une activité dans la liste."),
                problem=True,
            )
            return
        activity = self.activity_model.row_at(rows[0].row())
        if not self.confirm(
            translate(
                "StructureScreen",
                "Supprimer cette activité ?\nElle ne sera plus dans le rapport annuel.",
            )
        ):
            return
        self._run(
            "activities",
            self.ops.club.structure.delete_line,
            Activity,
            activity.id,
            done=translate("StructureScreen", "Activité supprimée."),
            then=self._load_activities,
        )
