"""Beside a staff member's form: their FTE periods (« Nouvelle période », « Fin de contrat »)
and their skills, one level per task (the members' levels)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.tables import StaffPeriod
from clubdesk.ui.staff.staff_table_model import PeriodTableModel
from clubdesk.ui.widgets import (
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_decimal,
    make_table,
)

translate = QCoreApplication.translate


def level_choices() -> list[tuple[str, str | None]]:
    return [
        (translate("StaffScreen", "—"), None),
        (translate("StaffScreen", "découvre"), "discovering"),
        (translate("StaffScreen", "pratique"), "practising"),
        (translate("StaffScreen", "peut apprendre aux autres"), "can_teach"),
    ]


class PeriodsBox(QGroupBox):
    """The periods of the chosen person, a new FTE from a date, the end of the contract."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(translate("StaffScreen", "Périodes de contrat"), parent)
        self.setObjectName("staff_periods_box")
        self.model = PeriodTableModel(self)
        self.table = make_table(
            "staff_periods_table",
            translate("StaffScreen", "Périodes de contrat"),
            self.model,
            weights={0: 1, 1: 1, 2: 1},
        )
        self.table.setMinimumHeight(120)
        self.fte_spin = make_decimal(
            "period_fte", translate("StaffScreen", "ETP de la nouvelle période"), 0.01, 1.0
        )
        self.fte_spin.setValue(1.0)
        self.start_date = make_date(
            "period_start", translate("StaffScreen", "Début de la nouvelle période"), today
        )
        self.new_button = make_button(
            translate("StaffScreen", "Nouvelle période"),
            "new_period_button",
            translate("StaffScreen", "Un nouvel ETP à partir de cette date"),
        )
        self.new_button.setToolTip(
            translate("StaffScreen", "La période en cours se termine la veille.")
        )
        self.end_date = make_date(
            "contract_end", translate("StaffScreen", "Dernier jour du contrat"), today
        )
        self.end_button = make_button(
            translate("StaffScreen", "Fin de contrat"),
            "end_contract_button",
            translate("StaffScreen", "Terminer le contrat en cours à cette date"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            hbox(
                QLabel(translate("StaffScreen", "ETP :")),
                self.fte_spin,
                QLabel(translate("StaffScreen", "à partir du")),
                self.start_date,
                1,
            )
        )
        layout.addLayout(hbox(self.new_button, 1))
        layout.addLayout(hbox(QLabel(translate("StaffScreen", "Dernier jour :")), self.end_date, 1))
        layout.addLayout(hbox(self.end_button, 1))

    def set_periods(self, periods: list[StaffPeriod]) -> None:
        self.model.set_rows(periods)
        self.end_button.setEnabled(any(p.ended_on is None for p in periods))

    def new_period(self) -> tuple[float, date]:
        return round(self.fte_spin.value(), 2), from_qdate(self.start_date.date())

    def end_day(self) -> date:
        return from_qdate(self.end_date.date())


class SkillsBox(QGroupBox):
    """One line per task, its level chosen (« — »: no skill); saved together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("StaffScreen", "Compétences"), parent)
        self.setObjectName("staff_skills_box")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("staff_skills_table")
        self.table.setAccessibleName(translate("StaffScreen", "Compétences et niveaux"))
        self.table.setHorizontalHeaderLabels(
            [translate("StaffScreen", "Tâche"), translate("StaffScreen", "Niveau")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(120)
        self.save_button = make_button(
            translate("StaffScreen", "Enregistrer les compétences"), "save_staff_skills_button"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("StaffScreen", "Ce que la personne sait faire, tâche par tâche :"))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox(self.save_button, 1))
        self.task_ids: list[int] = []

    def set_skills(self, tasks: list[tuple[int, str]], levels: dict[int, str]) -> None:
        self.table.setRowCount(0)
        self.task_ids = [task_id for task_id, _name in tasks]
        for row, (task_id, name) in enumerate(tasks):
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = make_combo(
                "staff_skill_level",
                translate("StaffScreen", "Niveau pour %1").replace("%1", name),
                level_choices(),
            )
            combo.setCurrentIndex(max(0, combo.findData(levels.get(task_id))))
            self.table.setCellWidget(row, 1, combo)

    def levels(self) -> dict[int, str | None]:
        out: dict[int, str | None] = {}
        for row, task_id in enumerate(self.task_ids):
            combo = self.table.cellWidget(row, 1)
            out[task_id] = combo.currentData()  # type: ignore[attr-defined]
        return out
