"""The profile pages of the member record: skills (with a level), wishes for each task of
the day, and the usual half-days. They feed the day's rota (clubdesk.model.member_profile).

Wishes and half-days the pages do not show (an archived task) are kept as they are by the
record, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clubdesk.model.tables import Task
from clubdesk.ui.members.member_pages import FormPage
from clubdesk.ui.widgets import (
    add_row,
    hbox,
    keep_words_whole,
    make_button,
    make_check,
    make_combo,
    make_hint,
    scrolled,
)

translate = QCoreApplication.translate

WEEKDAYS = (1, 2, 3, 4, 5)
HALF_DAYS = ("am", "pm")


class SkillsPage(FormPage):
    """« Compétences »: one line per skill, its name typed, its level chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skills_table = QTableWidget(0, 2)
        self.skills_table.setObjectName("skills_table")
        self.skills_table.setAccessibleName(translate("MemberForm", "Compétences et niveaux"))
        self.skills_table.setHorizontalHeaderLabels(
            [translate("MemberForm", "Compétence"), translate("MemberForm", "Niveau")])
        self.skills_table.verticalHeader().hide()
        header = self.skills_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 290)
        self.skills_table.verticalHeader().setDefaultSectionSize(40)
        self.skills_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skills_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.skills_table.setTabKeyNavigation(False)
        keep_words_whole(self.skills_table)
        self.add_skill_button = make_button(
            translate("MemberForm", "Ajouter une compétence"), "add_skill_button")
        self.remove_skill_button = make_button(
            translate("MemberForm", "Retirer la compétence choisie"), "remove_skill_button")
        self.add_skill_button.clicked.connect(lambda: self.add_skill_row())
        self.remove_skill_button.clicked.connect(self.remove_skill_row)

        label = QLabel(translate("MemberForm",
                                 "Ce que la personne sait faire ou aimerait apprendre :"))
        label.setBuddy(self.skills_table)
        label.setWordWrap(True)
        self.column.addWidget(label)
        self.column.addWidget(self.skills_table, 1)
        self.column.addLayout(hbox(self.add_skill_button, self.remove_skill_button, 1))

    def add_skill_row(self, name: str = "", level: str = "discovering", *,
                      edit: bool = True) -> int:
        row = self.skills_table.rowCount()
        self.skills_table.insertRow(row)
        self.skills_table.setItem(row, 0, QTableWidgetItem(name))
        combo = make_combo("skill_level", translate("MemberForm", "Niveau"), (
            (translate("MemberForm", "découvre"), "discovering"),
            (translate("MemberForm", "pratique"), "practising"),
            (translate("MemberForm", "peut apprendre aux autres"), "can_teach"),
        ))
        combo.setCurrentIndex(max(0, combo.findData(level)))
        self.skills_table.setCellWidget(row, 1, combo)
        if edit:
            index = self.skills_table.model().index(row, 0)
            self.skills_table.setCurrentCell(row, 0)
            self.skills_table.setFocus()
            self.skills_table.edit(index)
        return row

    def remove_skill_row(self) -> None:
        row = self.skills_table.currentRow()
        if row >= 0:
            self.skills_table.removeRow(row)

    def skill_level_combo(self, row: int) -> QComboBox:
        widget = self.skills_table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def set_skills(self, skills: dict[str, str], order: Iterable[str]) -> None:
        self.skills_table.setRowCount(0)
        for name in order:
            self.add_skill_row(name, skills[name], edit=False)

    def skills(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.skills_table.rowCount()):
            item = self.skills_table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            if not name:
                continue  # an empty line added by mistake is not a skill
            key = name
            while key in out:
                # Same name twice: keep both (the service strips the spaces and says which
                # skill is in double) rather than silently dropping one of the levels.
                key += " "
            out[key] = self.skill_level_combo(row).currentData()
        return out


class WishesPage(FormPage):
    """« Envies »: for each task of the day, likes it, would rather avoid it, or no view."""

    def __init__(self, tasks: Iterable[Task], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wish_combos: dict[int, QComboBox] = {}
        inner = QWidget()
        form = self.form()
        for task in tasks:
            assert task.id is not None
            combo = make_combo(
                f"wish_{task.id}",
                translate("MemberForm", "Envie pour la tâche %1").replace("%1", task.name), (
                    (translate("MemberForm", "—"), None),
                    (translate("MemberForm", "aime"), "like"),
                    (translate("MemberForm", "préfère éviter"), "avoid"),
                ))
            combo.setMinimumWidth(200)
            add_row(form, f"{task.name} :", combo)
            self.wish_combos[task.id] = combo
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        inner.setLayout(form)
        self.column.addWidget(make_hint(translate(
            "MemberForm", "Pour chaque tâche de la journée, ce que la personne en pense. "
            "« — » veut dire : pas d'avis.")))
        if not self.wish_combos:
            self.column.addWidget(make_hint(translate(
                "MemberForm", "Aucune tâche n'est encore définie.")))
        self.column.addWidget(scrolled(inner), 1)

    def chosen(self, kind: str) -> set[int]:
        """The tasks marked ``kind`` (« like » or « avoid »)."""
        return {tid for tid, combo in self.wish_combos.items() if combo.currentData() == kind}

    def set_wishes(self, likes: set[int], avoids: set[int]) -> None:
        for task_id, combo in self.wish_combos.items():
            kind = "like" if task_id in likes else ("avoid" if task_id in avoids else None)
            combo.setCurrentIndex(combo.findData(kind))


class AvailabilityPage(FormPage):
    """« Disponibilités »: the half-days of the week the person usually comes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.availability: dict[tuple[int, str], QCheckBox] = {}
        days = (translate("MemberForm", "lundi"), translate("MemberForm", "mardi"),
                translate("MemberForm", "mercredi"), translate("MemberForm", "jeudi"),
                translate("MemberForm", "vendredi"))
        halves = {"am": translate("MemberForm", "matin"),
                  "pm": translate("MemberForm", "après-midi")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(12)
        for row, (weekday, day) in enumerate(zip(WEEKDAYS, days, strict=True)):
            day_label = QLabel(day)
            day_label.setMinimumWidth(110)
            grid.addWidget(day_label, row, 0)
            for column, half in enumerate(HALF_DAYS, start=1):
                box = make_check(halves[half], f"available_{weekday}_{half}",
                                 f"{day} {halves[half]}")
                grid.addWidget(box, row, column)
                self.availability[(weekday, half)] = box
        grid.setColumnStretch(3, 1)
        self.column.addWidget(make_hint(translate(
            "MemberForm", "Les demi-journées où la personne vient d'habitude :")))
        self.column.addLayout(grid)
        self.column.addStretch(1)

    def chosen(self) -> set[tuple[int, str]]:
        return {key for key, box in self.availability.items() if box.isChecked()}

    def set_chosen(self, chosen: set[tuple[int, str]]) -> None:
        for key, box in self.availability.items():
            box.setChecked(key in chosen)
