"""The day's rota ("Planning du jour"): propose with the solver, adjust by hand, save, print.

Keyboard path to move someone: choose the person, the half-day and the task in the panel,
then "Placer". Choices can be fixed ("garder quand je redemande") before asking again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.export.rota_pdf import RotaRow, write_rota_pdf
from clubdesk.model import clock
from clubdesk.model.day_rota import DayPlan, check_assignments
from clubdesk.model.rota import Assignment, Lock
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.rota.rota_grid_model import KEY_ROLE, RotaGridModel
from clubdesk.ui.widgets.words import date_in_words

NO_TASK = ""


class RotaScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today,
                 ask_pdf_path: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.ask_pdf_path = ask_pdf_path or self._ask_pdf_path
        self.setObjectName("rota_screen")
        self.plan: DayPlan | None = None
        self.cells: dict[tuple[str, str], list[str]] = {}
        self.locked: set[tuple[str, str, str]] = set()
        self.absent_staff: set[int] = set()
        self.dirty = False

        title = QLabel(self.tr("Planning du jour"))
        title.setObjectName("screen_title")
        self.date_label = QLabel()
        self.date_label.setObjectName("rota_date")
        intro = QLabel(self.tr("Chaque tâche se fait à deux, au moins.\n"
                               "Deux membres, ou un membre avec un salarié."))
        intro.setWordWrap(True)

        icon = self.style().standardIcon
        self.suggest_button = QPushButton(icon(QStyle.StandardPixmap.SP_BrowserReload),
                                          self.tr("Proposer"))
        self.suggest_button.setObjectName("suggest_rota_button")
        self.save_button = QPushButton(icon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                       self.tr("Enregistrer"))
        self.save_button.setObjectName("save_rota_button")
        self.print_button = QPushButton(icon(QStyle.StandardPixmap.SP_FileIcon),
                                        self.tr("Imprimer (fichier PDF)"))
        self.print_button.setObjectName("print_rota_button")
        for b, name in ((self.suggest_button, self.tr("Proposer un planning")),
                        (self.save_button, self.tr("Enregistrer le planning")),
                        (self.print_button, self.tr("Imprimer le planning en PDF"))):
            b.setMinimumHeight(36)
            b.setAccessibleName(name)

        self.staff_box = QGroupBox(self.tr("Salariés là aujourd'hui"))
        self.staff_layout = QHBoxLayout(self.staff_box)

        self.model = RotaGridModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("rota_grid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Planning : une ligne par tâche"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        # -- moving someone, by keyboard
        self.move_person = QComboBox()
        self.move_person.setObjectName("move_person")
        self.move_person.setAccessibleName(self.tr("Personne à placer"))
        self.move_half = QComboBox()
        self.move_half.setObjectName("move_half_day")
        self.move_half.addItem(self.tr("Matin"), "am")
        self.move_half.addItem(self.tr("Après-midi"), "pm")
        self.move_half.setAccessibleName(self.tr("Demi-journée"))
        self.move_task = QComboBox()
        self.move_task.setObjectName("move_task")
        self.move_task.setAccessibleName(self.tr("Tâche"))
        self.move_lock = QCheckBox(self.tr("Garder ce choix quand je redemande"))
        self.move_lock.setObjectName("move_lock")
        self.move_lock.setAccessibleName(self.tr("Garder ce choix quand je redemande"))
        self.move_button = QPushButton(icon(QStyle.StandardPixmap.SP_ArrowRight),
                                       self.tr("Placer"))
        self.move_button.setObjectName("move_button")
        self.move_button.setAccessibleName(self.tr("Placer la personne"))
        move_box = QGroupBox(self.tr("Changer une personne de tâche"))
        form = QFormLayout(move_box)
        form.addRow(self.tr("Qui :"), self.move_person)
        form.addRow(self.tr("Quand :"), self.move_half)
        form.addRow(self.tr("Quelle tâche :"), self.move_task)
        form.addRow(self.move_lock)
        form.addRow(self.move_button)

        self.unplaced = QLabel()
        self.unplaced.setObjectName("rota_unplaced")
        self.unplaced.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("rota_problems")
        self.problems.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("rota_message")
        self.message.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.date_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.suggest_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        side_part = QWidget()
        side = QVBoxLayout(side_part)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(move_box)
        side.addWidget(self.unplaced)
        side.addStretch(1)
        side_scroll = QScrollArea()  # large text: the panel scrolls instead of being cut
        side_scroll.setObjectName("rota_side")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_part)
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(side_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(intro)
        layout.addWidget(self.staff_box)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)

        self.suggest_button.clicked.connect(self.suggest)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pdf)
        self.move_button.clicked.connect(self.move_selected)
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)
        self.move_half.currentIndexChanged.connect(lambda _i: self._fill_people())
        ops.changed.connect(self._on_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        # A check-in, a catalogue change or a rota saved on another desk reloads, unless the
        # user is editing the rota (then saving says it was changed meanwhile: no loss).
        if topics & {Topic.ATTENDANCE, Topic.TASKS, Topic.STAFF, Topic.ROTA} and not self.dirty:
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
            box = QCheckBox(row.display_name)
            box.setObjectName(f"staff_present_{row.id}")
            box.setAccessibleName(self.tr("%1 est là aujourd'hui").replace("%1",
                                                                          row.display_name))
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
        problems = check_assignments(self.plan.instance, self.assignments(), self.plan.names)
        self.problems.setText("\n".join(problems) if problems
                              else self.tr("Le planning respecte toutes les règles."))
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
            self.message.setText(str(outcome.error))
            return
        rota, names = outcome.value
        if rota.status == "infeasible":
            self.message.setText("\n".join(rota.problems))
            return
        assert self.plan is not None
        self.plan.names.update(names)
        self.cells = {(a.half_day, a.task): list(a.people) for a in rota.assignments}
        self.dirty = True
        self._refresh()
        reasons = [u.reason for u in rota.unstaffed]
        self.message.setText(self.tr("Voici un planning proposé.\n"
                                     "Vérifiez-le. Puis cliquez sur « Enregistrer ».")
                             + ("\n" + "\n".join(reasons) if reasons else ""))

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
            self.message.setText(self.tr("Personne n'est là pour cette demi-journée."))
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
        self.message.setText(
            self.tr("%1 va à la tâche : %2.").replace("%1", name)
            .replace("%2", self.plan.names.get(task, "")) if task != NO_TASK
            else self.tr("%1 n'a plus de tâche.").replace("%1", name))

    def save(self) -> None:
        assert self.plan is not None
        outcome = self.ops.run(self.ops.club.rota.save, self.today(), self.assignments(),
                               self.locked, expected_version=self.plan.version)
        if not outcome.ok:
            self.message.setText(str(outcome.error))
            return
        self.plan.version = outcome.value
        self.dirty = False
        problems = check_assignments(self.plan.instance, self.assignments(), self.plan.names)
        self.message.setText(self.tr("Planning enregistré.") + (
            self.tr("\nAttention : il reste des points à corriger.") if problems else ""))

    def rows_for_print(self) -> list[RotaRow]:
        assert self.plan is not None
        names = self.plan.names
        rows = []
        for task in self.plan.instance.tasks:
            am = [names.get(p, p) for p in self.cells.get(("am", task.id), [])]
            pm = [names.get(p, p) for p in self.cells.get(("pm", task.id), [])]
            rows.append(RotaRow(task.name, am, pm))
        return rows

    def _ask_pdf_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le planning en PDF"), str(suggested), "PDF (*.pdf)")
        return Path(chosen) if chosen else None

    def print_pdf(self) -> None:
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        target = self.ask_pdf_path(folder / f"planning-{self.today().isoformat()}.pdf")
        if target is None:
            return
        try:
            write_rota_pdf(target, self.today(), self.rows_for_print())
        except OSError as exc:
            self.message.setText(self.tr("Le fichier PDF n'a pas pu être enregistré : %1")
                                 .replace("%1", exc.strerror or str(exc)))
            return
        self.message.setText(self.tr("PDF enregistré : %1").replace("%1", str(target)))
