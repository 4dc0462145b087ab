"""« Tâches de la journée »: the task catalogue the rota is made from, and its edit form.

The list, and the form of the chosen task beside it (under it when the screen is narrow);
« Nouvelle tâche » empties the form. Archived tasks leave the rota and members' wishes
but stay in the history of saved rotas; « Voir les tâches archivées » lists them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from clubdesk.model.access import STAFF_ROLES
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen
from clubdesk.ui.tasks.task_form import TaskForm
from clubdesk.ui.tasks.task_table_model import TaskTableModel
from clubdesk.ui.widgets import hbox, make_button, make_check, make_table, selected_row
from clubdesk.ui.widgets.words import count_text

if TYPE_CHECKING:
    from clubdesk.model.tables import Task

# Below this width (the usual window) the form goes under the list, not beside it.
WIDE_ENOUGH = 1450
FORM_WIDTH = 480  # the form's width when it stands beside the list


class TasksScreen(Screen):
    screen_name = "tasks_screen"
    topics = frozenset({Topic.TASKS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Tâches de la journée"), intro=self.tr(
            "Chaque tâche se fait au moins à deux : deux membres, ou un membre et un salarié."),
            message_name="task_message", parent=parent)
        self.editing_id: int | None = None
        self.editing_version: int | None = None
        self._editing_archived = False
        self._refreshing = False
        self.can_edit = ops.club.actor.role in STAFF_ROLES

        # -- the list ------------------------------------------------------------------
        self.model = TaskTableModel(self)
        # The wordy columns (name, half-days, days, skill) share the width and wrap; the
        # short ones (people, place, importance) keep their content's width.
        self.table = make_table("tasks_table", self.tr("Liste des tâches"), self.model,
                                fixed=(3, 5, 6), weights={0: 3, 1: 2, 2: 2, 4: 2})
        list_label = QLabel(self.tr("&Tâches :"))
        list_label.setBuddy(self.table)

        self.show_archived = make_check(self.tr("Voir les tâches archivées"),
                                        "show_archived_tasks",
                                        self.tr("Voir aussi les tâches archivées"))
        self.count_label = QLabel()
        self.count_label.setObjectName("tasks_count")
        self.new_button = make_button(self.tr("Nouvelle tâche"), "new_task_button",
                                      self.tr("Créer une nouvelle tâche"))
        self.new_button.setToolTip(self.tr("Vide le formulaire pour une nouvelle tâche (Ctrl+N)"))

        # -- the form (task_form.py) ----------------------------------------------------
        self.form_box = form = TaskForm()
        # The form's controls, as the screen's own (tests and tab order use them).
        self.name_edit, self.skill_edit = form.name_edit, form.skill_edit
        self.am_check, self.pm_check = form.am_check, form.pm_check
        self.day_checks = form.day_checks
        self.min_spin, self.max_spin = form.min_spin, form.max_spin
        self.mode_combo, self.priority_spin = form.mode_combo, form.priority_spin
        self.save_button, self.archive_button = form.save_button, form.archive_button

        # -- placing -------------------------------------------------------------------
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 4)
        table_layout.addWidget(list_label)
        table_layout.addWidget(self.table, 1)
        # The button and the check box each on their line: in one row, Qt gives the button
        # the check box's height (its text cut at 200 %).
        table_layout.addLayout(hbox(self.new_button, 1))
        table_layout.addLayout(hbox(self.show_archived, 1))
        self.count_label.setWordWrap(True)
        table_layout.addWidget(self.count_label)  # a line of its own: room for large text

        self.form_part = form_part = QWidget()
        form_layout = QVBoxLayout(form_part)
        form_layout.setContentsMargins(0, 4, 0, 0)
        form_layout.addWidget(self.form_box)
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)

        # Beside the list when the screen is wide enough for both; under it otherwise, so
        # that the seven columns stay readable in the usual window.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("tasks_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_part)
        self.splitter.addWidget(form_part)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._wide: bool | None = None
        self._arrangement: tuple[bool, bool] | None = None
        self._two_columns: int | None = None
        self._arrange(wide=False, one_column=False)

        self.outer.addWidget(self.splitter, 1)

        self.setTabOrder(self.table, self.show_archived)
        self.setTabOrder(self.show_archived, self.new_button)
        self.setTabOrder(self.new_button, self.name_edit)
        self.setTabOrder(self.priority_spin, self.archive_button)
        self.setTabOrder(self.archive_button, self.save_button)

        # -- behaviour -----------------------------------------------------------------
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.show_archived.toggled.connect(lambda _checked: self.refresh())
        self.new_button.clicked.connect(self.new_task)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.name_edit.returnPressed.connect(self.save)
        self.skill_edit.returnPressed.connect(self.save)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+N", self.new_task)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._fill_form(None)
        if not self.can_edit:
            for widget in (self.form_box, self.new_button):
                widget.setEnabled(False)
            self.say(self.tr("Votre rôle permet de voir les tâches, pas de les changer."))
        self.refresh()

    def _arrange(self, *, wide: bool, one_column: bool) -> None:
        """Form beside the list (one column) or under it (two columns, or one when the
        window is too narrow for two: a big text size on a small screen)."""
        if (wide, one_column) == self._arrangement:
            return
        self._arrangement = (wide, one_column)
        self._wide = wide
        self.splitter.setOrientation(
            Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self.form_box.arrange(wide=one_column)
        if wide:
            # Once the splitter has its new size: the list takes all but the form's width.
            QTimer.singleShot(0, self, self._share_width)

    def _share_width(self) -> None:
        if self._wide:
            form = max(FORM_WIDTH, self.form_part.minimumSizeHint().width())
            self.splitter.setSizes([self.splitter.width() - form, form])

    def _two_columns_width(self) -> int:
        """How wide the screen must be for the form in two columns (measured once)."""
        if self._two_columns is None:
            self.form_box.arrange(wide=False)
            margins = self.contentsMargins().left() + self.contentsMargins().right()
            self._two_columns = self.form_part.minimumSizeHint().width() + margins + 24
            if self._arrangement is not None:
                self.form_box.arrange(wide=self._arrangement[1])
        return self._two_columns

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._two_columns = None  # measured again at the new text size
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        width = event.size().width()
        wide = width >= WIDE_ENOUGH
        self._arrange(wide=wide, one_column=wide or self._two_columns_width() > width)
        super().resizeEvent(event)

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        tasks = self.ops.club.tasks.list_tasks(include_archived=self.show_archived.isChecked())
        self._refreshing = True
        try:
            self.model.set_rows(tasks)
            row = None if self.editing_id is None else self.model.row_of(self.editing_id)
            if row is not None:
                self.table.selectRow(row)
        finally:
            self._refreshing = False
        if self.editing_id is not None:
            if row is None:
                # The task left the list (archived while they are hidden): back to a new one.
                self._fill_form(None)
            else:
                self._editing_archived = self.model.row_at(row).archived
                self._update_buttons()
        active = sum(1 for t in tasks if not t.archived)
        self.count_label.setText(count_text(active, self.tr("%1 tâche en service"),
                                            self.tr("%1 tâches en service")))

    def selected_task(self) -> Task | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def select_task(self, task_id: int) -> bool:
        row = self.model.row_of(task_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_selection(self) -> None:
        if self._refreshing:
            return
        task = self.selected_task()
        if task is not None:
            if self.can_edit:
                self.say("")
            self._fill_form(task)

    # -- the form -----------------------------------------------------------------------

    def new_task(self) -> None:
        if not self.can_edit:
            return
        self.table.clearSelection()
        self.say("")
        self._fill_form(None)
        self.name_edit.setFocus()

    def _fill_form(self, task: Task | None) -> None:
        self.editing_id = None if task is None else task.id
        self.editing_version = None if task is None else task.version
        self._editing_archived = bool(task is not None and task.archived)
        self.form_box.fill(task)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.form_box.show_archive_action(
            archived=self._editing_archived,
            enabled=self.can_edit and self.editing_id is not None)

    def form_values(self) -> dict[str, Any]:
        return self.form_box.values()

    def save(self) -> None:
        if not self.can_edit:
            return
        values = self.form_values()
        tasks = self.ops.club.tasks
        if self.editing_id is None:
            outcome = self.ops.run(tasks.create, **values)
        else:
            outcome = self.ops.run(tasks.update, self.editing_id,
                                   expected_version=self.editing_version, **values)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            widget = self.form_box.field_widget(getattr(outcome.error, "field", ""))
            if widget is not None:
                widget.setFocus()
            return
        task = outcome.value
        assert task.id is not None  # stored
        self.select_task(task.id)
        self._fill_form(task)  # the values as stored (trimmed, in order)
        self.say(self.tr("La tâche « %1 » est enregistrée.").replace("%1", task.name))

    def toggle_archived(self) -> None:
        if not self.can_edit or self.editing_id is None:
            return
        tasks = self.ops.club.tasks
        restoring = self._editing_archived
        outcome = self.ops.run(tasks.restore if restoring else tasks.archive, self.editing_id)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        name = outcome.value.name
        if restoring:
            self.say(
                self.tr("La tâche « %1 » est remise dans le planning.").replace("%1", name))
        else:
            self.say(self.tr(
                "La tâche « %1 » est archivée : elle n'est plus proposée dans le planning. "
                "Les plannings déjà faits la gardent.").replace("%1", name))
