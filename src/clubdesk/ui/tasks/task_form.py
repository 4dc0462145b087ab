"""The form of one task on the « Tâches de la journée » screen: its fields and its two buttons.

The screen keeps which task is being edited and what saving or archiving does; the form
shows a task's values, gives them back, and lays itself out in one column (beside the list)
or two (under it). Its strings keep the screen's translation context, « TasksScreen ».
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.tasks import FIELD_DEFAULTS
from clubdesk.ui.tasks.task_table_model import weekday_names, weekday_numbers
from clubdesk.ui.widgets import make_button, make_check, make_combo, make_hint, make_line, make_spin

if TYPE_CHECKING:
    from clubdesk.model.tables import Task


def _row_widget(*items: QWidget | int, spacing: int = 8) -> QWidget:
    """Several controls on one line of the form (an int is extra space)."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(spacing)
    for item in items:
        if isinstance(item, int):
            line.addSpacing(item)
        else:
            line.addWidget(item)
    line.addStretch(1)
    return row


class TaskForm(QGroupBox):
    """Name, half-days, days, people, skill, place and importance; Archiver and Enregistrer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_form")
        self.name_edit = make_line(
            "task_name", QCoreApplication.translate("TasksScreen", "Nom de la tâche"), 100,
            QCoreApplication.translate("TasksScreen", "par exemple : Cuisine"))

        self.am_check = make_check(
            QCoreApplication.translate("TasksScreen", "matin"), "task_am",
            QCoreApplication.translate("TasksScreen", "La tâche se fait le matin"))
        self.pm_check = make_check(
            QCoreApplication.translate("TasksScreen", "après-midi"), "task_pm",
            QCoreApplication.translate("TasksScreen", "La tâche se fait l'après-midi"))

        self.day_checks: dict[int, QCheckBox] = {}
        days_box = QWidget()
        days_grid = QGridLayout(days_box)
        days_grid.setContentsMargins(0, 0, 0, 0)
        days_grid.setHorizontalSpacing(14)
        for number, (short, full) in enumerate(weekday_names(), start=1):
            check = make_check(short, f"task_day_{number}", QCoreApplication.translate(
                "TasksScreen", "La tâche se fait le %1").replace("%1", full))
            check.setToolTip(full)
            self.day_checks[number] = check
            days_grid.addWidget(check, (number - 1) // 4, (number - 1) % 4)
        days_grid.setColumnStretch(4, 1)

        self.min_spin = make_spin(
            "task_min", QCoreApplication.translate("TasksScreen", "Nombre de personnes, au moins"),
            2, 20)
        self.max_spin = make_spin(
            "task_max", QCoreApplication.translate("TasksScreen", "Nombre de personnes, au plus"),
            2, 20)
        for spin in (self.min_spin, self.max_spin):
            spin.setMinimumWidth(70)
        min_label = QLabel(QCoreApplication.translate("TasksScreen", "au &moins"))
        min_label.setBuddy(self.min_spin)
        max_label = QLabel(QCoreApplication.translate("TasksScreen", "au p&lus"))
        max_label.setBuddy(self.max_spin)

        self.skill_edit = make_line(
            "task_skill",
            QCoreApplication.translate("TasksScreen", "Savoir-faire demandé, facultatif"), 100,
            QCoreApplication.translate("TasksScreen", "savoir-faire demandé, facultatif"))

        self.mode_combo = make_combo(
            "task_mode", QCoreApplication.translate("TasksScreen", "Lieu de la tâche"),
            ((QCoreApplication.translate("TasksScreen", "sur place"), "onsite"),
             (QCoreApplication.translate("TasksScreen", "à distance"), "remote")))
        self.mode_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.mode_combo.setMinimumWidth(160)

        self.priority_spin = make_spin(
            "task_priority", QCoreApplication.translate(
                "TasksScreen", "Importance de la tâche, de 1 à 10 (10 : la plus importante)"),
            1, 10)
        self.priority_spin.setMinimumWidth(70)
        priority_hint = make_hint(
            QCoreApplication.translate("TasksScreen", "10 : la plus importante"))
        priority_hint.setWordWrap(False)

        self.save_button = make_button(
            QCoreApplication.translate("TasksScreen", "Enregistrer"), "save_task_button",
            QCoreApplication.translate("TasksScreen", "Enregistrer la tâche"))
        self.save_button.setToolTip(
            QCoreApplication.translate("TasksScreen", "Enregistrer la tâche (Ctrl+S)"))
        self.archive_button = make_button(
            QCoreApplication.translate("TasksScreen", "Archiver"), "archive_task_button")

        halves = _row_widget(self.am_check, self.pm_check, spacing=14)
        people = _row_widget(min_label, self.min_spin, 10, max_label, self.max_spin)
        priority = _row_widget(self.priority_spin, priority_hint)
        # (label, field, buddy) in reading order; placed by arrange() in one or two columns.
        self._rows: list[tuple[QLabel, QWidget]] = []
        for text, field, buddy in (
            (QCoreApplication.translate("TasksScreen", "&Nom :"), self.name_edit,
             self.name_edit),
            (QCoreApplication.translate("TasksScreen", "&Quand :"), halves, self.am_check),
            (QCoreApplication.translate("TasksScreen", "&Jours :"), days_box,
             self.day_checks[1]),
            (QCoreApplication.translate("TasksScreen", "&Personnes :"), people, self.min_spin),
            (QCoreApplication.translate("TasksScreen", "&Savoir-faire :"), self.skill_edit,
             self.skill_edit),
            (QCoreApplication.translate("TasksScreen", "L&ieu :"), self.mode_combo,
             self.mode_combo),
            (QCoreApplication.translate("TasksScreen", "Imp&ortance :"), priority,
             self.priority_spin),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            self._rows.append((label, field))

        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(10)
        self.grid.setHorizontalSpacing(12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self)
        box_layout.setSpacing(12)
        box_layout.addLayout(self.grid)
        box_layout.addLayout(buttons)

    def arrange(self, *, wide: bool) -> None:
        """One column (beside the list) or two (under it)."""
        grid = self.grid
        for label, field in self._rows:
            grid.removeWidget(label)
            grid.removeWidget(field)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        split = len(self._rows) if wide else 4
        for i, (label, field) in enumerate(self._rows):
            row, column = (i, 0) if i < split else (i - split, 3)
            grid.addWidget(label, row, column, right)
            grid.addWidget(field, row, column + 1)
        for column, stretch in enumerate((0, 1, 0, 0, 1)):
            grid.setColumnStretch(column, 0 if wide and column > 1 else stretch)
        # An empty column between the two halves of the form.
        grid.setColumnMinimumWidth(2, 0 if wide else 24)

    def fill(self, task: Task | None) -> None:
        """The values of ``task``, or those of a new task."""
        values = FIELD_DEFAULTS if task is None else {k: getattr(task, k) for k in FIELD_DEFAULTS}
        self.setTitle(
            QCoreApplication.translate("TasksScreen", "Nouvelle tâche") if task is None
            else QCoreApplication.translate("TasksScreen", "Modifier « %1 »").replace(
                "%1", task.name))
        self.name_edit.setText(values["name"])
        halves = set(values["half_days"].split(","))
        self.am_check.setChecked("am" in halves)
        self.pm_check.setChecked("pm" in halves)
        days = set(weekday_numbers(values["weekdays"]))
        for number, check in self.day_checks.items():
            check.setChecked(number in days)
        self.min_spin.setValue(values["min_people"])
        self.max_spin.setValue(values["max_people"])
        self.skill_edit.setText(values["skill"] or "")
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(values["mode"])))
        self.priority_spin.setValue(values["priority"])

    def show_archive_action(self, *, archived: bool, enabled: bool) -> None:
        """« Remettre » for an archived task, « Archiver » otherwise."""
        self.archive_button.setEnabled(enabled)
        if archived:
            self.archive_button.setText(QCoreApplication.translate("TasksScreen", "Remettre"))
            self.archive_button.setAccessibleName(QCoreApplication.translate(
                "TasksScreen", "Remettre la tâche dans le planning"))
        else:
            self.archive_button.setText(QCoreApplication.translate("TasksScreen", "Archiver"))
            self.archive_button.setAccessibleName(QCoreApplication.translate(
                "TasksScreen",
                "Archiver la tâche : elle ne sera plus proposée dans le planning"))

    def values(self) -> dict[str, Any]:
        halves = [h for h, check in (("am", self.am_check), ("pm", self.pm_check))
                  if check.isChecked()]
        days = [str(n) for n, check in self.day_checks.items() if check.isChecked()]
        return {
            "name": self.name_edit.text(),
            "half_days": ",".join(halves),
            "weekdays": ",".join(days),
            "min_people": self.min_spin.value(),
            "max_people": self.max_spin.value(),
            "skill": self.skill_edit.text(),
            "mode": self.mode_combo.currentData(),
            "priority": self.priority_spin.value(),
        }

    def field_widget(self, field: str) -> QWidget | None:
        """The control of a service field (where the focus goes when it is refused)."""
        return {
            "name": self.name_edit,
            "half_days": self.am_check,
            "weekdays": self.day_checks[1],
            "min_people": self.min_spin,
            "max_people": self.max_spin,
            "skill": self.skill_edit,
            "mode": self.mode_combo,
            "priority": self.priority_spin,
        }.get(field)
