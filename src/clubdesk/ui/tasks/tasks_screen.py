"""« Tâches de la journée »: the task catalogue the rota is made from, and its edit form.

The list, and the form of the chosen task beside it (under it when the screen is narrow);
« Nouvelle tâche » empties the form. Archived tasks leave the rota and members' wishes
but stay in the history of saved rotas; « Voir les tâches archivées » lists them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.access import STAFF_ROLES
from clubdesk.model.topics import Topic
from clubdesk.ui import appearance
from clubdesk.ui.operations import Operations
from clubdesk.ui.tasks.task_form import TaskForm
from clubdesk.ui.tasks.task_table_model import TaskTableModel

if TYPE_CHECKING:
    from clubdesk.model.tables import Task

# Below this width (the usual window) the form goes under the list, not beside it.
WIDE_ENOUGH = 1450
FORM_WIDTH = 480  # the form's width when it stands beside the list

STYLE = (
    "QLabel#tasks_explanation { color: #333; margin-bottom: 6px; }"
    "QLabel#task_message { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel#task_message[problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QTableView#tasks_table::item { padding: 4px 3px; }"
    "QTableView#tasks_table QHeaderView::section { padding: 4px 3px; font-weight: 600; }"
    "QGroupBox#task_form { font-weight: 600; }"
    "QGroupBox#task_form * { font-weight: normal; }"
)


class FittingTableView(QTableView):
    """A table whose columns fit its width: the wordy columns (name, half-days, days) wrap
    on two lines rather than being cut (a horizontal scroll bar only when even that is
    too wide)."""

    WRAPPING = (0, 1, 2)
    WRAP_ORDER = (2, 0, 1)
    PADDING = 20  # item padding and margins around the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        columns = range(model.columnCount())
        natural = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns]
        smallest = list(natural)
        for c in self.WRAPPING:
            if c < len(natural):
                texts = [str(model.index(r, c).data() or "") for r in range(model.rowCount())]
                two_lines = max((self._two_line_width(t, metrics) for t in texts), default=0)
                # When the header is wider than two lines of text, wrapping gains nothing
                # but a word cut at its hyphen (« après- / midi »): keep the column whole.
                if two_lines + self.PADDING > header.sectionSizeHint(c):
                    smallest[c] = min(natural[c], two_lines + self.PADDING)
        # Room for the vertical scroll bar, whether it shows now or after the rows grow.
        available = (self.width() - 2 * self.frameWidth()
                     - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        widths = list(natural)
        # Wrap the days first, then the name, then the half-days, each at exactly its
        # two-line width (narrower widths would break words at their hyphens).
        for c in self.WRAP_ORDER:
            if sum(widths) <= available:
                break
            if c < len(widths):
                widths[c] = smallest[c]
        widths[0] += max(0, available - sum(widths))  # room to spare: the name takes it
        for c in columns:
            header.resizeSection(c, widths[c])
        self.resizeRowsToContents()

    @staticmethod
    def _two_line_width(text: str, metrics: QFontMetrics) -> int:
        """The narrowest width at which ``text`` holds on two lines."""
        words = text.split()
        if len(words) < 2:
            return metrics.horizontalAdvance(text)
        return min(max(metrics.horizontalAdvance(" ".join(words[:k])),
                       metrics.horizontalAdvance(" ".join(words[k:])))
                   for k in range(1, len(words)))


class TasksScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("tasks_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast
        self.editing_id: int | None = None
        self.editing_version: int | None = None
        self._editing_archived = False
        self._refreshing = False
        self.can_edit = ops.club.actor.role in STAFF_ROLES

        title = QLabel(self.tr("Tâches de la journée"))
        title.setObjectName("screen_title")
        explanation = QLabel(self.tr(
            "Chaque tâche se fait au moins à deux : deux membres, ou un membre et un salarié."))
        explanation.setObjectName("tasks_explanation")
        explanation.setWordWrap(True)

        # -- the list ------------------------------------------------------------------
        self.model = TaskTableModel(self)
        self.table = FittingTableView()
        self.table.setObjectName("tasks_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste des tâches"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Long names wrap on two lines rather than being cut.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(34)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        list_label = QLabel(self.tr("&Tâches :"))
        list_label.setBuddy(self.table)

        self.show_archived = QCheckBox(self.tr("Voir les tâches archivées"))
        self.show_archived.setObjectName("show_archived_tasks")
        self.show_archived.setAccessibleName(self.tr("Voir aussi les tâches archivées"))
        self.count_label = QLabel()
        self.count_label.setObjectName("tasks_count")
        self.new_button = QPushButton(self.tr("Nouvelle tâche"))
        self.new_button.setObjectName("new_task_button")
        self.new_button.setAccessibleName(self.tr("Créer une nouvelle tâche"))
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

        self.message = QLabel()
        self.message.setObjectName("task_message")
        self.message.setWordWrap(True)
        self.message.hide()

        # -- placing -------------------------------------------------------------------
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 4)
        table_layout.addWidget(list_label)
        table_layout.addWidget(self.table, 1)
        under = QHBoxLayout()
        under.addWidget(self.new_button)
        under.addSpacing(16)
        under.addWidget(self.show_archived)
        under.addStretch(1)
        self.count_label.setWordWrap(True)
        table_layout.addLayout(under)
        under = QHBoxLayout()  # the count on a line of its own: room for large text
        under.addWidget(self.count_label)
        table_layout.addLayout(under)

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
        self._arrange(wide=False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.splitter, 1)

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
        ops.changed.connect(self._on_changed)

        self._fill_form(None)
        if not self.can_edit:
            for widget in (self.form_box, self.new_button):
                widget.setEnabled(False)
            self.show_message(
                self.tr("Votre rôle permet de voir les tâches, pas de les changer."))
        self.refresh()

    def _arrange(self, *, wide: bool) -> None:
        """Form beside the list (one column) or under it (two columns)."""
        if wide == self._wide:
            return
        self._wide = wide
        self.splitter.setOrientation(
            Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self.form_box.arrange(wide=wide)
        if wide:
            # Once the splitter has its new size: the list takes all but the form's width.
            QTimer.singleShot(0, self, self._share_width)

    def _share_width(self) -> None:
        if self._wide:
            form = max(FORM_WIDTH, self.form_part.minimumSizeHint().width())
            self.splitter.setSizes([self.splitter.width() - form, form])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._arrange(wide=event.size().width() >= WIDE_ENOUGH)
        super().resizeEvent(event)

    # -- the list -----------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.TASKS in topics:
            self.refresh()

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
        self.count_label.setText(self.tr("%n tâche(s) en service", "", active))

    def selected_task(self) -> Task | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

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
                self.show_message("")
            self._fill_form(task)

    # -- the form -----------------------------------------------------------------------

    def new_task(self) -> None:
        if not self.can_edit:
            return
        self.table.clearSelection()
        self.show_message("")
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
            self.show_message(str(outcome.error), problem=True)
            widget = self.form_box.field_widget(getattr(outcome.error, "field", ""))
            if widget is not None:
                widget.setFocus()
            return
        task = outcome.value
        assert task.id is not None  # stored
        self.select_task(task.id)
        self._fill_form(task)  # the values as stored (trimmed, in order)
        self.show_message(self.tr("La tâche « %1 » est enregistrée.").replace("%1", task.name))

    def toggle_archived(self) -> None:
        if not self.can_edit or self.editing_id is None:
            return
        tasks = self.ops.club.tasks
        restoring = self._editing_archived
        outcome = self.ops.run(tasks.restore if restoring else tasks.archive, self.editing_id)
        if not outcome.ok:
            self.show_message(str(outcome.error), problem=True)
            return
        name = outcome.value.name
        if restoring:
            self.show_message(
                self.tr("La tâche « %1 » est remise dans le planning.").replace("%1", name))
        else:
            self.show_message(self.tr(
                "La tâche « %1 » est archivée : elle n'est plus proposée dans le planning. "
                "Les plannings déjà faits la gardent.").replace("%1", name))

    def show_message(self, text: str, *, problem: bool = False) -> None:
        self.message.setProperty("problem", problem)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
