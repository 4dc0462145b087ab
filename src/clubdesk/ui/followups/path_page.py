"""The « Parcours » tab of a member's follow-up sheet on « Suivis »: the professional path
(steps with their partner, hours and kind of job), ending the chosen step, the covers of a
transitional job, and the form to add a step. Its strings keep the screen's translation
context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from clubdesk.model.career_paths import CATEGORY_LABELS, CONTRACT_LABELS
from clubdesk.model.followups import PATH_LABELS
from clubdesk.ui.followups.models import PathStepsModel, short_date
from clubdesk.ui.widgets import (
    LATEST,
    add_row,
    choices,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_decimal,
    make_form,
    make_hint,
    make_line,
    make_message,
    make_table,
    selected_row,
    set_message,
    to_qdate,
)

if TYPE_CHECKING:
    from clubdesk.ui.followups.followups_screen import FollowupsScreen

translate = QCoreApplication.translate


class PathPage(QWidget):
    def __init__(self, screen: FollowupsScreen) -> None:
        super().__init__()
        self.followups_screen = screen
        self.steps_model = PathStepsModel(self)
        self.steps_table = make_table(
            "steps_table", translate("FollowupsScreen", "Étapes du parcours"),
            self.steps_model, fixed=(1, 2, 4))
        self.steps_table.setMinimumHeight(150)
        self.steps_empty = make_hint(
            translate("FollowupsScreen", "Pas encore d'étape de parcours."), "steps_empty")
        self.step_message = make_message("step_message")

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps_table, 1)
        layout.addWidget(self.steps_empty)
        layout.addWidget(self._chosen_box(screen))
        layout.addWidget(self._new_step_box(screen))
        layout.addWidget(self.step_message)
        self.steps_table.selectionModel().selectionChanged.connect(
            lambda *_: self.on_step_selection())
        self.end_step_button.clicked.connect(self.end_step)
        self.add_cover_button.clicked.connect(self.add_cover)
        self.add_step_button.clicked.connect(self.add_step)
        self._on_step_kind()

    def _chosen_box(self, screen: FollowupsScreen) -> QGroupBox:
        """Ending the chosen step, and the covers of a transitional job."""
        today = screen.today()
        self.step_end_date = make_date(
            "step_end_date", translate("FollowupsScreen", "Date de fin de l'étape"), today)
        self.end_step_button = make_button(
            translate("FollowupsScreen", "Fin de l'étape"), "end_step_button",
            translate("FollowupsScreen", "Noter la fin de l'étape choisie"))
        end_label = QLabel(translate("FollowupsScreen", "Étape choisie, &finie le :"))
        end_label.setBuddy(self.step_end_date)
        self.cover_date = make_date(
            "cover_date", translate("FollowupsScreen", "Date du remplacement"), today)
        self.cover_who = make_line(
            "cover_who", translate("FollowupsScreen", "Qui a fait le remplacement"), 200,
            translate("FollowupsScreen", "prénom"))
        self.add_cover_button = make_button(
            translate("FollowupsScreen", "Noter un remplacement"), "add_cover_button")
        self.covers_label = make_hint(name="covers_label")
        box = QGroupBox(translate("FollowupsScreen", "L'étape choisie"))
        box.setObjectName("chosen_step_box")
        form = make_form()
        form.addRow(end_label, hbox(self.step_end_date, self.end_step_button, 1))
        self.cover_caption = add_row(
            form, translate("FollowupsScreen", "&Remplacement le :"), self.cover_date,
            hbox(self.cover_date, 1))
        self.cover_who_caption = add_row(
            form, translate("FollowupsScreen", "&par :"), self.cover_who,
            hbox(self.cover_who, self.add_cover_button))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.covers_label)
        return box

    def _new_step_box(self, screen: FollowupsScreen) -> QGroupBox:
        today = screen.today()
        self.step_kind = make_combo(
            "step_kind", translate("FollowupsScreen", "Type d'étape"), choices(PATH_LABELS))
        self.step_title = make_line(
            "step_title", translate("FollowupsScreen", "Intitulé de l'étape"), 200,
            translate("FollowupsScreen", "facultatif, par exemple : aide-cuisinier"))
        self.step_start = make_date(
            "step_start", translate("FollowupsScreen", "Début de l'étape"), today)
        self.step_ongoing = make_check(
            translate("FollowupsScreen", "en cours"), "step_ongoing",
            translate("FollowupsScreen", "Étape en cours, sans date de fin"))
        self.step_ongoing.setChecked(True)
        self.step_end = make_date(
            "step_end", translate("FollowupsScreen", "Fin de l'étape"), today)
        self.step_end.setEnabled(False)
        self.step_ongoing.toggled.connect(lambda on: self.step_end.setEnabled(not on))
        self.step_partner = make_combo(
            "step_partner", translate("FollowupsScreen", "Partenaire de l'étape"))
        self.step_hours = make_decimal(
            "step_hours", translate("FollowupsScreen", "Heures par semaine"), 0, 48,
            decimals=1, step=0.5, suffix=translate("FollowupsScreen", " h"))
        self.step_hours.setSpecialValueText(translate("FollowupsScreen", "non dit"))
        self.step_hours.setMinimumWidth(120)
        self.step_hours.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.step_category = make_combo(
            "step_category", translate("FollowupsScreen", "Catégorie d'emploi"),
            [(translate("FollowupsScreen", "— à choisir —"), None),
             *choices(CATEGORY_LABELS)])
        self.step_contract = make_combo(
            "step_contract", translate("FollowupsScreen", "Contrat"),
            [(translate("FollowupsScreen", "—"), None), *choices(CONTRACT_LABELS)])
        self.employment_hint = make_hint(
            translate("FollowupsScreen",
                      "La catégorie et le contrat ne concernent que les emplois."),
            "employment_hint")
        self.add_step_button = make_button(
            translate("FollowupsScreen", "Ajouter l'étape"), "add_step_button",
            translate("FollowupsScreen", "Ajouter l'étape au parcours"))
        self.step_kind.currentIndexChanged.connect(lambda *_: self._on_step_kind())

        box = QGroupBox(translate("FollowupsScreen", "Nouvelle étape"))
        box.setObjectName("new_step_box")
        form = make_form()
        add_row(form, translate("FollowupsScreen", "T&ype :"), self.step_kind)
        add_row(form, translate("FollowupsScreen", "&Intitulé :"), self.step_title)
        add_row(form, translate("FollowupsScreen", "&Début :"), self.step_start,
                hbox(self.step_start, 1))
        add_row(form, translate("FollowupsScreen", "Fi&n :"), self.step_ongoing,
                hbox(self.step_ongoing, self.step_end, 1))
        add_row(form, translate("FollowupsScreen", "Pa&rtenaire :"), self.step_partner)
        add_row(form, translate("FollowupsScreen", "&Heures par semaine :"), self.step_hours,
                hbox(self.step_hours, 1))
        add_row(form, translate("FollowupsScreen", "&Catégorie :"), self.step_category)
        add_row(form, translate("FollowupsScreen", "C&ontrat :"), self.step_contract)
        form.addRow("", self.employment_hint)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.add_step_button))
        return box

    # -- showing the member's path -----------------------------------------------------------

    def show_steps(self, steps: list[Any]) -> None:
        """The member's steps, keeping the chosen one chosen."""
        selected = self.selected_step()
        self.steps_model.set_rows(steps)
        self.steps_empty.setVisible(self.steps_model.rowCount() == 0)
        if selected is not None:
            row_number = self.steps_model.find_row(lambda s: s.id == selected.id)
            if row_number >= 0:
                self.steps_table.selectRow(row_number)
        self.on_step_selection()

    def _on_step_kind(self) -> None:
        employment = self.step_kind.currentData() == "employment"
        self.step_category.setEnabled(employment)
        self.step_contract.setEnabled(employment)
        self.employment_hint.setVisible(not employment)
        if not employment:
            self.step_category.setCurrentIndex(0)
            self.step_contract.setCurrentIndex(0)

    def selected_step(self) -> Any:
        row = selected_row(self.steps_table)
        return self.steps_model.row_at(row) if row is not None else None

    def on_step_selection(self) -> None:
        step = self.selected_step()
        self.end_step_button.setEnabled(step is not None and step.ended_on is None)
        self.step_end_date.setEnabled(step is not None and step.ended_on is None)
        transitional = (step is not None and step.kind == "employment"
                        and step.category == "transitional")
        if step is not None:
            # Dates offered inside the step: it cannot end before it starts, and a cover
            # happens while the job lasts.
            today = self.followups_screen.today()
            self.step_end_date.setMinimumDate(to_qdate(step.started_on))
            self.cover_date.setDateRange(to_qdate(step.started_on),
                                         to_qdate(step.ended_on or LATEST))
            self.cover_date.setDate(to_qdate(min(today, step.ended_on or today)))
        for widget in (self.cover_date, self.cover_who, self.add_cover_button):
            widget.setEnabled(transitional)
        if step is None:
            self.covers_label.setText(translate(
                "FollowupsScreen",
                "Choisissez une étape dans la liste pour noter sa fin ou un remplacement."))
            return
        if not transitional:
            self.covers_label.setText(translate(
                "FollowupsScreen",
                "Les remplacements concernent seulement les emplois de transition."))
            return
        covers = self.followups_screen.read(self.followups_screen.ops.club.paths.covers,
                                            step.id) or []
        if not covers:
            self.covers_label.setText(translate(
                "FollowupsScreen", "Aucun remplacement noté pour cet emploi."))
        else:
            listed = ", ".join(f"{short_date(c.date)} ({c.covered_by})" for c in covers)
            self.covers_label.setText(translate("FollowupsScreen", "Remplacements notés : %1")
                                      .replace("%1", listed))

    # -- changes ----------------------------------------------------------------------------

    def _done(self, outcome: Any, text: str) -> bool:
        """Say how it went; True when it was done."""
        if not outcome.ok:
            set_message(self.step_message, str(outcome.error), problem=True)
            return False
        set_message(self.step_message, text)
        return True

    def add_step(self) -> None:
        screen = self.followups_screen
        if screen.member_id is None:
            return
        hours = self.step_hours.value()
        employment = self.step_kind.currentData() == "employment"
        outcome = screen.ops.run(
            screen.ops.club.paths.add_step, screen.member_id, self.step_kind.currentData(),
            from_qdate(self.step_start.date()),
            None if self.step_ongoing.isChecked() else from_qdate(self.step_end.date()),
            partner_id=self.step_partner.currentData(),
            hours_per_week=hours if hours > 0 else None,
            category=self.step_category.currentData() if employment else None,
            contract=self.step_contract.currentData() if employment else None,
            title=self.step_title.text())
        if not self._done(outcome, translate("FollowupsScreen", "Étape ajoutée au parcours.")):
            return
        self.step_title.clear()
        self.step_hours.setValue(0)
        self.step_category.setCurrentIndex(0)
        self.step_contract.setCurrentIndex(0)
        self.step_ongoing.setChecked(True)

    def end_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        ops = self.followups_screen.ops
        outcome = ops.run(ops.club.paths.end_step, step.id,
                          from_qdate(self.step_end_date.date()))
        self._done(outcome, translate("FollowupsScreen", "Fin de l'étape notée."))

    def add_cover(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        ops = self.followups_screen.ops
        outcome = ops.run(ops.club.paths.add_cover, step.id,
                          from_qdate(self.cover_date.date()), self.cover_who.text())
        if self._done(outcome, translate("FollowupsScreen", "Remplacement noté.")):
            self.cover_who.clear()
