"""« Enquêtes de satisfaction » of « Structure »: the surveys, the latest first."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from clubdesk.model.tables import SatisfactionSurvey
from clubdesk.ui.structure.parts import StructureParts, translate
from clubdesk.ui.structure.table_models import survey_model
from clubdesk.ui.widgets import from_qdate, make_combo, make_date_edit, make_spin


class SurveysSection(StructureParts):
    """The surveys page: the list and a form for a new survey."""

    def _surveys_page(self) -> QWidget:
        self.survey_model = survey_model(self)
        self.survey_view = self._table(
            "survey_table",
            translate("StructureScreen", "Enquêtes de satisfaction"),
            self.survey_model,
        )
        self.survey_date = make_date_edit(
            "survey_date", translate("StructureScreen", "Date de l'enquête"), self.today()
        )
        self.survey_audience = make_combo(
            "survey_audience",
            translate("StructureScreen", "Public de l'enquête"),
            (
                (translate("StructureScreen", "membres"), "members"),
                (translate("StructureScreen", "partenaires"), "partners"),
            ),
        )
        self.survey_audience.setMaximumWidth(300)
        self.survey_answers = make_spin(
            "survey_answers", translate("StructureScreen", "Nombre de réponses"), 0, 100_000
        )
        self.survey_answers.setMinimumWidth(120)
        self.survey_answers.setMaximumWidth(160)
        self.survey_summary = self._line(
            "survey_summary", translate("StructureScreen", "Résumé des réponses"), 2000
        )
        self.add_survey_button = self._button(
            translate("StructureScreen", "Ajouter"),
            "add_survey_button",
            translate("StructureScreen", "Ajouter l'enquête"),
        )
        self.add_survey_button.clicked.connect(self.add_survey)
        box = QGroupBox(translate("StructureScreen", "Nouvelle enquête"))
        form = self._form()
        self._add_row(form, translate("StructureScreen", "&Date :"), self.survey_date)
        self._add_row(form, translate("StructureScreen", "&Public :"), self.survey_audience)
        self._add_row(form, translate("StructureScreen", "&Réponses :"), self.survey_answers)
        self._add_row(form, translate("StructureScreen", "Ré&sumé :"), self.survey_summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_survey_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        page, layout = self._page(self.survey_view)
        layout.setStretch(0, 1)
        layout.addWidget(box)
        layout.addWidget(self._message("surveys"))
        return page

    def add_survey(self) -> None:
        if self._run(
            "surveys",
            self.ops.club.structure.add_survey,
            from_qdate(self.survey_date.date()),
            self.survey_audience.currentData(),
            self.survey_answers.value(),
            self.survey_summary.text(),
            today=self.today(),
            done=translate("StructureScreen", "Enquête ajoutée."),
            then=self._load_surveys,
        ):
            self.survey_summary.clear()
            self.survey_answers.setValue(0)

    def _load_surveys(self) -> None:
        surveys: list[SatisfactionSurvey] = self.ops.club.structure.surveys()
        self.survey_model.set_rows(list(reversed(surveys)))  # the latest first
