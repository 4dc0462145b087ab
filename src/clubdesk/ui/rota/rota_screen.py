"""The day's rota ("Planning du jour"): propose with the solver, adjust by hand, save, print.

Keyboard path to move someone: choose the person, the half-day and the task in the panel,
then "Placer". Choices can be fixed ("garder quand je redemande") before asking again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.export.rota_pdf import RotaRow, write_rota_pdf
from clubdesk.model import clock
from clubdesk.model.rota import Assignment, Lock
from clubdesk.model.rota.day import DayPlan, check_assignments
from clubdesk.model.rota.wording import summary, team_lines
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.rota.rota_grid_model import KEY_ROLE, RotaGridModel
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    add_row,
    hbox,
    keep_words_whole,
    make_button,
    make_check,
    make_combo,
    make_form,
    scrolled,
)
from clubdesk.ui.widgets.dialogs import save_file_name, start_folder
from clubdesk.ui.widgets.reflow import ReflowRow
from clubdesk.ui.widgets.tables import word_room
from clubdesk.ui.widgets.words import date_in_words

NO_TASK = ""


class RotaScreen(Screen):
    screen_name = "rota_screen"
    topics = frozenset({Topic.ATTENDANCE, Topic.TASKS, Topic.STAFF, Topic.ROTA})

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today,
                 ask_pdf_path: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(ops, self.tr("Planning du jour"),
                         intro=self.tr("Chaque tâche se fait à deux, au moins.\n"
                                       "Deux membres, ou un membre avec un salarié."),
                         message_name="rota_message", parent=parent)
        self.ops: Operations = ops
        self.today = today
        self.ask_pdf_path = ask_pdf_path or self._ask_pdf_path
        self.plan: DayPlan | None = None
        self.cells: dict[tuple[str, str], list[str]] = {}
        self.locked: set[tuple[str, str, str]] = set()
        self.absent_staff: set[int] = set()
        self.dirty = False

        self.date_label = QLabel()
        self.date_label.setObjectName("rota_date")

        self.suggest_button = self._button(self.tr("Proposer"), "suggest_rota_button",
                                           self.tr("Proposer un planning"),
                                           QStyle.StandardPixmap.SP_BrowserReload)
        self.save_button = self._button(self.tr("Enregistrer"), "save_rota_button",
                                        self.tr("Enregistrer le planning"),
                                        QStyle.StandardPixmap.SP_DialogSaveButton)
        self.print_button = self._button(self.tr("Imprimer (fichier PDF)"), "print_rota_button",
                                         self.tr("Imprimer le planning en PDF"),
                                         QStyle.StandardPixmap.SP_FileIcon)

        self.staff_box = QGroupBox(self.tr("Salariés là aujourd'hui"))
        self.staff_layout = QHBoxLayout(self.staff_box)

        self.model = RotaGridModel(self)
        self.grid = QTableView()  # a grid of cells, not a list of rows: not make_table
        self.grid.setObjectName("rota_grid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Planning : une ligne par tâche"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # large text: the columns keep their words whole and the grid scrolls sideways
        keep_words_whole(self.grid)

        # -- moving someone, by keyboard
        self.move_person = make_combo("move_person", self.tr("Personne à placer"))
        self.move_half = make_combo("move_half_day", self.tr("Demi-journée"), (
            (self.tr("Matin"), "am"), (self.tr("Après-midi"), "pm")))
        self.move_task = make_combo("move_task", self.tr("Tâche"))
        self.move_lock = make_check(self.tr("Garder ce choix quand je redemande"), "move_lock")
        self.move_button = self._button(self.tr("Placer"), "move_button",
                                        self.tr("Placer la personne"),
                                        QStyle.StandardPixmap.SP_ArrowRight)
        move_box = QGroupBox(self.tr("Changer une personne de tâche"))
        form = make_form()
        # a narrow side panel: each caption above its field, nothing pushed past the edge
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        move_box.setLayout(form)
        add_row(form, self.tr("Qui :"), self.move_person)
        add_row(form, self.tr("Quand :"), self.move_half)
        add_row(form, self.tr("Quelle tâche :"), self.move_task)
        form.addRow(self.move_lock)
        form.addRow(self.move_button)

        self.unplaced = QLabel()
        self.unplaced.setObjectName("rota_unplaced")
        self.unplaced.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("rota_problems")
        self.problems.setWordWrap(True)

        # The date stands on the title's line.
        self.outer.removeWidget(self.title_label)
        head = hbox(self.title_label, 1, self.date_label)
        self.outer.insertLayout(0, head)
        side_part = QWidget()
        side = QVBoxLayout(side_part)
        side.addWidget(move_box)
        side.addWidget(self.unplaced)
        side.addStretch(1)
        side_scroll = scrolled(side_part)  # large text: the panel scrolls instead of being cut
        side_scroll.setObjectName("rota_side")
        # side by side when both show whole, else the panel under the grid (200 %: the grid's
        # afternoon and the panel's title were cut at their right edges)
        body = ReflowRow()
        body.setObjectName("rota_body")
        body.add(self.grid, 3, least=self._grid_room)
        body.add(side_scroll, 2, least=lambda: (
            side_part.minimumSizeHint().width()
            + side_scroll.verticalScrollBar().sizeHint().width()))
        self.outer.addWidget(self.staff_box)
        self.outer.addLayout(hbox(self.suggest_button, self.save_button, self.print_button, 1))
        self.outer.addWidget(body, 1)
        self.outer.addWidget(self.problems)
        self.outer.addWidget(self.message)

        self.suggest_button.clicked.connect(self.suggest)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pdf)
        self.move_button.clicked.connect(self.move_selected)
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)
        self.move_half.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.reload()

    def _grid_room(self) -> int:
        """The grid's width with every column's words whole and the tasks' names."""
        grid = self.grid
        return (2 * grid.frameWidth() + grid.verticalHeader().sizeHint().width()
                + sum(word_room(grid, c) for c in range(self.model.columnCount()))
                + grid.verticalScrollBar().sizeHint().width())

    def _button(self, text: str, name: str, accessible: str,
                icon: QStyle.StandardPixmap) -> QPushButton:
        button = make_button(text, name, accessible, fixed=False)
        button.setIcon(self.style().standardIcon(icon))
        return button

    # -- loading ---------------------------------------------------------------------

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        # A check-in, a catalogue change or a rota saved on another desk reloads, unless the
        # user is editing the rota (then saving says it was changed meanwhile: no loss).
        if not self.dirty:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        day = self.today()
        self.date_label.setText(date_in_words(day))
        self.plan = self.ops.club.rota.plan(day, absent_staff=self.absent_staff)
        self.cells = {(a.half_day, a.task): list(a.people) for a in self.plan.assignments}
        self.locked = set(self.plan.locked)
        self.dirty = False
        self._fill_staff()
        self._fill_tasks()
        self._refresh()

    def _fill_staff(self) -> None:
        while self.staff_layout.count():
            item = self.staff_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row in self.ops.club.staff.list_staff(on=self.today()):
            if row.fte_today <= 0:
                continue
            box = make_check(row.display_name, f"staff_present_{row.id}",
                             self.tr("%1 est là aujourd'hui").replace("%1", row.display_name))
            box.setChecked(row.id not in self.absent_staff)
            box.toggled.connect(lambda on, sid=row.id: self._staff_toggled(sid, on))
            self.staff_layout.addWidget(box)
        self.staff_layout.addStretch(1)

    def _staff_toggled(self, staff_id: int, present: bool) -> None:
        (self.absent_staff.discard if present else self.absent_staff.add)(staff_id)
        assert self.plan is not None
        cells = self.cells
        self.plan = self.ops.club.rota.plan(self.today(), absent_staff=self.absent_staff)
        self.cells = cells
        if not present:  # an absent staff member leaves every task
            key = f"s{staff_id}"
            self.cells = {k: [p for p in v if p != key] for k, v in self.cells.items()}
            self.locked = {lk for lk in self.locked if lk[2] != key}
        self._refresh()

    def _fill_tasks(self) -> None:
        assert self.plan is not None
        self.move_task.clear()
        self.move_task.addItem(self.tr("Aucune tâche"), NO_TASK)
        for task in self.plan.instance.tasks:
            self.move_task.addItem(task.name, task.id)

    def _fill_people(self) -> None:
        assert self.plan is not None
        half = self.move_half.currentData()
        current = self.move_person.currentData()
        self.move_person.clear()
        for p in self.plan.instance.people:
            if half in p.present:
                staff = self.tr(" (salarié)") if p.kind == "staff" else ""
                self.move_person.addItem(self.plan.names.get(p.id, p.id) + staff, p.id)
        if current is not None:
            index = self.move_person.findData(current)
            if index >= 0:
                self.move_person.setCurrentIndex(index)

    def _refresh(self) -> None:
        assert self.plan is not None
        self.model.set_state(self.plan.instance, self.cells, self.locked, self.plan.names)
        self._fill_people()
        self._update_checks()

    def assignments(self) -> list[Assignment]:
        return [Assignment(h, t, tuple(p)) for (h, t), p in self.cells.items() if p]

    def _update_checks(self) -> None:
        assert self.plan is not None
        assignments = self.assignments()
        problems = check_assignments(self.plan.instance, assignments, self.plan.names)
        self.problems.setText("\n".join(
            summary(self.plan.instance, assignments, self.plan.names, problems)))
        placed = {(h, p) for (h, _t), people in self.cells.items() for p in people}
        lines = []
        for half, words in (("am", self.tr("Matin")), ("pm", self.tr("Après-midi"))):
            free = [self.plan.names.get(p.id, p.id) for p in self.plan.instance.people
                    if half in p.present and (half, p.id) not in placed]
            if free:
                lines.append(self.tr("%1 : %2").replace("%2", ", ".join(free))
                             .replace("%1", words))
        self.unplaced.setText(self.tr("Pas encore placés :\n") + "\n".join(lines) if lines
                              else self.tr("Tout le monde a une tâche."))

    # -- actions ---------------------------------------------------------------------

    def suggest(self) -> None:
        """Ask the solver, keeping every fixed choice."""
        locks = [Lock(h, t, p) for h, t, p in sorted(self.locked)]
        outcome = self.ops.run(self.ops.club.rota.suggest, self.today(),
                               absent_staff=self.absent_staff, locks=locks)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        rota, names = outcome.value
        if rota.status == "infeasible":
            self.say("\n".join(rota.problems), problem=True)
            return
        assert self.plan is not None
        self.plan.names.update(names)
        self.cells = {(a.half_day, a.task): list(a.people) for a in rota.assignments}
        self.dirty = True
        self._refresh()  # the tasks left without anyone are said under the grid, with why
        self.say(self.tr("Voici un planning proposé.\n"
                         "Vérifiez-le. Puis cliquez sur « Enregistrer »."))

    def _cell_chosen(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        half, task = index.data(KEY_ROLE)
        self.move_half.setCurrentIndex(self.move_half.findData(half))
        self.move_task.setCurrentIndex(max(0, self.move_task.findData(task)))

    def move_selected(self) -> None:
        person = self.move_person.currentData()
        half = self.move_half.currentData()
        task = self.move_task.currentData()
        if person is None:
            self.say(self.tr("Personne n'est là pour cette demi-journée."), problem=True)
            return
        self.place(person, half, task, lock=self.move_lock.isChecked())

    def place(self, person: str, half: str, task: str, *, lock: bool = False) -> None:
        """Put ``person`` in ``task`` for ``half`` (NO_TASK takes them out of any task)."""
        for (h, t), people in self.cells.items():
            if h == half and person in people:
                people.remove(person)
                self.locked.discard((h, t, person))
        if task != NO_TASK:
            self.cells.setdefault((half, task), []).append(person)
            if lock:
                self.locked.add((half, task, person))
        self.dirty = True
        self._refresh()
        assert self.plan is not None
        name = self.plan.names.get(person, person)
        self.say(
            self.tr("%1 va à la tâche : %2.").replace("%1", name)
            .replace("%2", self.plan.names.get(task, "")) if task != NO_TASK
            else self.tr("%1 n'a plus de tâche.").replace("%1", name))

    def save(self) -> None:
        assert self.plan is not None
        outcome = self.ops.run(self.ops.club.rota.save, self.today(), self.assignments(),
                               self.locked, expected_version=self.plan.version)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        self.plan.version = outcome.value
        self.dirty = False
        problems = check_assignments(self.plan.instance, self.assignments(), self.plan.names)
        self.say(self.tr("Planning enregistré.") + (
            self.tr("\nAttention : il reste des points à corriger.") if problems else ""),
            good=not problems)

    def rows_for_print(self) -> list[RotaRow]:
        assert self.plan is not None
        instance, names = self.plan.instance, self.plan.names

        def lines(half: str, task_id: str) -> list[str]:
            return team_lines(instance, names, self.cells.get((half, task_id), []))

        return [RotaRow(task.name, lines("am", task.id), lines("pm", task.id),
                        morning_runs=instance.runs(task, "am"),
                        afternoon_runs=instance.runs(task, "pm"))
                for task in instance.tasks]

    def _ask_pdf_path(self, suggested: Path) -> Path | None:
        return save_file_name(
            self, self.tr("Enregistrer le planning en PDF"), suggested, "PDF (*.pdf)")

    def print_pdf(self) -> None:
        folder = start_folder()
        target = self.ask_pdf_path(folder / f"planning-{self.today().isoformat()}.pdf")
        if target is None:
            return
        try:
            write_rota_pdf(target, self.today(), self.rows_for_print())
        except OSError as exc:
            self.say(self.tr("Le fichier PDF n'a pas pu être enregistré : %1")
                     .replace("%1", exc.strerror or str(exc)), problem=True)
            return
        self.say(self.tr("PDF enregistré : %1").replace("%1", str(target)), good=True)
