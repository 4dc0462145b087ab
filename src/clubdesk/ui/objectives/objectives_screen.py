"""« Objectifs »: the objectives grid of pre-insertion (issue 20 item 2).

At the top, the reviews to do (« Bilans à faire »); then a person chosen with a search list
(or a double click on a review to do), their grid (objectives by domain; one column per
review with the level reached), a new objective, a new review (« Nouveau bilan »: date, a
level per open objective, the person's own words, the team's comment) and « Imprimer le
bilan », the page to be signed. Staff only (équipe, direction).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.objectives import TEXT_MAX, Grid
from clubdesk.model.topics import Topic
from clubdesk.ui.objectives.models import (
    DueModel,
    GridModel,
    PeopleModel,
    domain_labels,
    level_labels,
)
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.table_model import short_date
from clubdesk.ui.widgets import (
    SearchList,
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_heading,
    make_line,
    make_table,
    scrolled,
    selected_row,
)
from clubdesk.ui.widgets.dialogs import save_file_name, start_folder
from clubdesk.ui.widgets.words import count_text


class ObjectivesScreen(Screen):
    screen_name = "objectives_screen"
    topics = frozenset({Topic.FOLLOWUPS, Topic.MEMBERS, Topic.STAFF})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 ask_pdf_path: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(ops, self.tr("Objectifs"), intro=self.tr(
            "Les objectifs de travail de chaque personne, en savoir, savoir-faire et "
            "savoir-être, et leurs bilans avec la coordination : le niveau atteint, les mots "
            "de la personne, le commentaire de l'équipe."),
            message_name="objectives_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        self.ask_pdf_path = ask_pdf_path or self._ask_pdf_path
        self.member_id: int | None = None
        self.grid: Grid | None = None
        self.level_combos: dict[int, QComboBox] = {}
        today = clock.today()

        # -- the reviews to do ----------------------------------------------------------
        self.due_model = DueModel(self)
        self.due_table = make_table("objectives_due_table", self.tr("Bilans à faire"),
                                    self.due_model, fixed=(0, 2), weights={1: 3})
        self.due_table.setMinimumHeight(110)
        self.due_label = QLabel()
        self.due_label.setObjectName("objectives_due_count")
        self.due_label.setWordWrap(True)

        # -- the person -------------------------------------------------------------------
        self.people_model = PeopleModel(self)
        self.search = SearchList("objectives_people", self.tr("Personnes du club"),
                                 self.people_model, placeholder=self.tr("Chercher un nom…"))
        self.search.setMinimumHeight(130)
        self.pick_button = make_button(self.tr("Voir ses objectifs"), "objectives_pick",
                                       self.tr("Afficher les objectifs de la personne "
                                               "choisie"))
        self.person_label = QLabel(self.tr("Aucune personne choisie."))
        self.person_label.setObjectName("objectives_person")
        self.person_label.setWordWrap(True)
        self.grid_model = GridModel(self)
        self.grid_table = make_table("objectives_grid", self.tr("Grille des objectifs"),
                                     self.grid_model, fixed=(0,), weights={1: 3})
        self.grid_table.setMinimumHeight(160)

        # -- a new objective -------------------------------------------------------------
        self.domain_combo = make_combo("objective_domain", self.tr("Domaine"),
                                       [(label, code) for code, label
                                        in domain_labels().items()])
        self.text_edit = make_line("objective_text", self.tr("Objectif"), TEXT_MAX,
                                   self.tr("Arriver à l'heure, tailler une haie…"))
        self.add_button = make_button(self.tr("Ajouter l'objectif"), "objective_add",
                                      self.tr("Ajouter l'objectif à la personne choisie"))
        objective_form = make_form()
        add_row(objective_form, self.tr("&Domaine :"), self.domain_combo)
        add_row(objective_form, self.tr("O&bjectif :"), self.text_edit)

        # -- a new review ----------------------------------------------------------------
        self.review_date = make_date("review_date", self.tr("Date du bilan"), today)
        self.staff_combo = make_combo("review_staff", self.tr("Coordination (salarié)"))
        self.levels_box = QWidget()
        self.levels_box.setObjectName("review_levels")
        self.levels_form = QFormLayout(self.levels_box)
        self.levels_form.setContentsMargins(0, 0, 0, 0)
        self.words_edit = self._text_box("review_words", self.tr("Les mots de la personne"),
                                         self.tr("Ce que la personne dit de la période, "
                                                 "avec ses mots"))
        self.comment_edit = self._text_box("review_comment", self.tr("Commentaire de "
                                                                     "l'équipe"),
                                           self.tr("Ce que l'équipe observe"))
        review_form = make_form()
        add_row(review_form, self.tr("Da&te :"), self.review_date)
        add_row(review_form, self.tr("&Coordination :"), self.staff_combo)
        words_form = make_form()  # after the levels
        add_row(words_form, self.tr("Les &mots de la personne :"), self.words_edit)
        add_row(words_form, self.tr("Co&mmentaire :"), self.comment_edit)
        self.review_button = make_button(self.tr("Enregistrer le bilan"), "review_save",
                                         self.tr("Enregistrer le nouveau bilan"))
        self.print_combo = make_combo("review_to_print", self.tr("Bilan à imprimer"))
        self.print_button = make_button(self.tr("Imprimer le bilan"), "review_print",
                                        self.tr("Enregistrer le bilan choisi en PDF, à "
                                                "signer"))

        # -- placing: one column, scrolled (fits 1366 × 768 up to 200 % text) -------------
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(make_heading(self.tr("Bilans à faire"), "objectives_due_heading"))
        column.addWidget(self.due_table)
        column.addWidget(self.due_label)
        column.addWidget(make_heading(self.tr("La personne"), "objectives_person_heading"))
        column.addWidget(self.search)
        column.addLayout(hbox(self.pick_button, 1))
        column.addWidget(self.person_label)
        column.addWidget(self.grid_table)
        column.addWidget(make_heading(self.tr("Nouvel objectif"), "objective_new_heading"))
        column.addLayout(objective_form)
        column.addLayout(hbox(self.add_button, 1))
        column.addWidget(make_heading(self.tr("Nouveau bilan"), "review_new_heading"))
        column.addLayout(review_form)
        column.addWidget(self.levels_box)
        column.addLayout(words_form)
        column.addLayout(hbox(self.review_button, 1))
        column.addWidget(make_heading(self.tr("Imprimer un bilan"), "review_print_heading"))
        column.addLayout(hbox(self.print_combo, self.print_button, 1))
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        # -- behaviour ------------------------------------------------------------------
        self.pick_button.clicked.connect(self.pick_person)
        self.search.view.doubleClicked.connect(lambda _index: self.pick_person())
        self.due_table.doubleClicked.connect(lambda _index: self._pick_due())
        self.add_button.clicked.connect(self.add_objective)
        self.review_button.clicked.connect(self.save_review)
        self.print_button.clicked.connect(self.print_review)
        self.refresh()

    def _text_box(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(60)
        box.setMaximumHeight(120)
        return box

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        club = self.ops.club
        due = self.ops.run(club.objectives.due, clock.today())
        if due.error is not None:
            self.say(str(due.error), problem=True)
            return
        self.due_model.set_rows(due.value)
        count = len(due.value)
        self.due_label.setText(
            self.tr("Aucun bilan à faire.") if count == 0 else
            self.tr("1 bilan à faire.") if count == 1 else
            self.tr("%1 bilans à faire.").replace("%1", str(count)))
        people = self.ops.run(club.members.list_members, "all")
        self.people_model.set_rows(people.value if people.ok else [])
        staff = self.ops.run(club.staff.list_staff)
        fill_combo(self.staff_combo, [(self.tr("— aucun salarié —"), None)] + [
            (s.display_name, s.id) for s in (staff.value if staff.ok else [])])
        self._show_grid()

    def _show_grid(self) -> None:
        if self.member_id is None:
            self.grid = None
        else:
            outcome = self.ops.run(self.ops.club.objectives.grid, self.member_id)
            if outcome.error is not None:
                self.say(str(outcome.error), problem=True)
                return
            self.grid = outcome.value
        grid = self.grid
        self.grid_model.set_grid(grid)
        if grid is None:
            self.person_label.setText(self.tr("Aucune personne choisie."))
        else:
            objectives = count_text(len(grid.objectives), self.tr("%1 objectif"),
                                    self.tr("%1 objectifs"))
            reviews_said = count_text(len(grid.reviews), self.tr("%1 bilan"),
                                      self.tr("%1 bilans"))
            self.person_label.setText(  # the name last: a « %2 » in it stays as typed
                self.tr("%1 : %2, %3.").replace("%3", reviews_said)
                .replace("%2", objectives).replace("%1", grid.person))
        self._fill_levels()
        reviews = grid.reviews if grid is not None else []
        fill_combo(self.print_combo, [(self.tr("Bilan du %1").replace(
            "%1", short_date(r.held_on)), r.id) for r in reversed(reviews)])
        for widget in (self.add_button, self.review_button):
            widget.setEnabled(grid is not None)
        self.print_button.setEnabled(bool(reviews))

    def _fill_levels(self) -> None:
        """One level per open objective; « — » leaves an objective out of the review."""
        while self.levels_form.rowCount():
            self.levels_form.removeRow(0)
        self.level_combos = {}
        if self.grid is None:
            return
        levels = [(self.tr("— pas évalué —"), None)] + [
            (label, code) for code, label in level_labels().items()]
        labels = domain_labels()
        for objective in self.grid.objectives:
            if objective.closed_on is not None:
                continue
            combo = make_combo(f"review_level_{objective.id}", self.tr("Niveau de %1")
                               .replace("%1", objective.text), levels)
            label = QLabel(f"{labels[objective.domain]} — {objective.text}")
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.levels_form.addRow(label, combo)
            self.level_combos[objective.id] = combo

    # -- choosing -------------------------------------------------------------------------

    def pick_person(self) -> None:
        row = self.search.current_source_row()
        if row is None:
            self.say(self.tr("Choisissez d'abord une personne dans la liste."), problem=True)
            return
        self.show_person(self.people_model.row_at(row).id)

    def _pick_due(self) -> None:
        row = selected_row(self.due_table)
        if row is not None:
            self.show_person(self.due_model.row_at(row).member_id)

    def show_person(self, member_id: int) -> None:
        self.member_id = member_id
        self.say("")
        self._show_grid()

    # -- changing -------------------------------------------------------------------------

    def add_objective(self) -> None:
        if self.member_id is None:
            return
        outcome = self.ops.run(self.ops.club.objectives.add, self.member_id,
                               self.domain_combo.currentData(), self.text_edit.text())
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.text_edit.clear()
        self.refresh()
        self.say(self.tr("Objectif ajouté."), good=True)

    def save_review(self) -> None:
        if self.member_id is None:
            return
        held_on: date = from_qdate(self.review_date.date())
        levels = {objective_id: combo.currentData()
                  for objective_id, combo in self.level_combos.items()
                  if combo.currentData() is not None}
        outcome = self.ops.run(self.ops.club.objectives.record_review, self.member_id,
                               held_on, levels, staff_id=self.staff_combo.currentData(),
                               own_words=self.words_edit.toPlainText(),
                               comment=self.comment_edit.toPlainText())
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.words_edit.clear()
        self.comment_edit.clear()
        self.refresh()
        self.say(self.tr("Bilan enregistré."), good=True)

    # -- printing -------------------------------------------------------------------------

    def _ask_pdf_path(self, suggested: Path) -> Path | None:
        return save_file_name(self, self.tr("Enregistrer le bilan en PDF"), suggested,
                              "PDF (*.pdf)")

    def print_review(self) -> None:
        from clubdesk.export.review_pdf import sheet_for, write_review_pdf

        review_id: Any = self.print_combo.currentData()
        if self.grid is None or review_id is None:
            return
        review = next(r for r in self.grid.reviews if r.id == review_id)
        target = self.ask_pdf_path(start_folder() / f"bilan-{review.held_on.isoformat()}.pdf")
        if target is None:
            return
        info = self.ops.run(self.ops.club.structure.info)
        structure = str(info.value.get("name", "")) if info.ok else ""
        outcome = self.ops.run(write_review_pdf, target,
                               sheet_for(self.grid, review_id, structure))
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.say(self.tr("Bilan enregistré en PDF : %1").replace("%1", str(target)), good=True)
