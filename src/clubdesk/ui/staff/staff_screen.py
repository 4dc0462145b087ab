"""« Salariés » (the direction): the staff list (name, function, qualification, pair-aidant,
FTE today, account), the form of the chosen person or of a new one, their FTE periods
(« Nouvelle période », « Fin de contrat ») and their skills by task. The §11 staff figures
of the annual report (FTE, functions, qualifications) come from what is entered here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.staff import StaffRow
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, direction_refusal
from clubdesk.ui.staff.staff_form import StaffForm
from clubdesk.ui.staff.staff_pages import PeriodsBox, SkillsBox
from clubdesk.ui.staff.staff_table_model import StaffTableModel
from clubdesk.ui.widgets import hbox, make_button, make_table, scrolled, selected_row


class StaffScreen(Screen):
    screen_name = "staff_screen"
    topics = frozenset({Topic.STAFF, Topic.ACCOUNTS, Topic.TASKS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(ops, self.tr("Salariés"), intro=self.tr(
            "Les salariés, leur temps de travail (ETP) période par période et le compte avec "
            "lequel chacun se connecte. Le rapport annuel compte les ETP d'ici."),
            message_name="staff_message", parent=parent)
        self.today = today
        self.editing_id: int | None = None
        self._refreshing = False
        refusal = direction_refusal(ops, self.tr("L'écran des salariés est réservé à la "
                                                 "direction."))
        if refusal:
            self.refuse(refusal)
            return

        self.model = StaffTableModel(self)
        self.table = make_table("staff_table", self.tr("Liste des salariés"), self.model,
                                fixed=(3, 4), weights={0: 3, 1: 3, 2: 2, 5: 2})
        list_label = QLabel(self.tr("&Salariés :"))
        list_label.setBuddy(self.table)
        self.new_button = make_button(self.tr("Nouveau salarié"), "new_staff_button",
                                      self.tr("Vider la fiche pour un nouveau salarié"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 4)
        top_layout.addWidget(list_label)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(hbox(self.new_button, 1))

        self.form = StaffForm(today())
        self.periods = PeriodsBox(today())
        self.skills = SkillsBox()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("staff_tabs")
        for widget, title in ((self.form, self.tr("Fiche")),
                              (self.periods, self.tr("Périodes")),
                              (self.skills, self.tr("Compétences"))):
            page = QWidget()
            QVBoxLayout(page).addWidget(widget)
            self.tabs.addTab(scrolled(page), title)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("staff_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        self.outer.addWidget(splitter, 1)
        self.outer.addWidget(self.message)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.new_button.clicked.connect(self.new_staff)
        self.form.save_button.clicked.connect(self.save)
        self.periods.new_button.clicked.connect(self.add_period)
        self.periods.end_button.clicked.connect(self.end_contract)
        self.skills.save_button.clicked.connect(self.save_skills)
        self.refresh()
        self._fill(None)

    # -- reading ------------------------------------------------------------------------

    def _read(self, call: Callable[..., Any], *args: Any) -> Any:
        outcome = self.ops.run(call, *args)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return None
        return outcome.value

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        accounts = self._read(self.ops.club.users.list_users) or []
        self.form.set_accounts([(f"{u.username} ({u.display_name})" if u.display_name
                                 and u.display_name != u.username else u.username, u.id)
                                for u in accounts])
        rows = self._read(self.ops.club.staff.list_staff) or []
        self._refreshing = True
        try:
            self.model.set_rows(rows)
            row = None if self.editing_id is None else self.model.row_of(self.editing_id)
            if row is not None:
                self.table.selectRow(row)
        finally:
            self._refreshing = False
        if self.editing_id is not None:
            self._fill(self.model.row_at(row) if row is not None else None)

    def selected_staff(self) -> StaffRow | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_at(row)

    def select_staff(self, staff_id: int) -> bool:
        row = self.model.row_of(staff_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _on_selection(self) -> None:
        if not self._refreshing:
            person = self.selected_staff()
            if person is not None:
                self.say("")
                self._fill(person)

    def _fill(self, person: StaffRow | None) -> None:
        self.editing_id = None if person is None else person.id
        self.form.fill(person, self.today())
        for box in (self.periods, self.skills):
            box.setEnabled(person is not None)
        if person is None:
            self.periods.set_periods([])
            self.skills.set_skills([], {})
            return
        self.periods.set_periods(self._read(self.ops.club.staff.periods, person.id) or [])
        tasks = [(t.id, t.name) for t in self.ops.club.tasks.list_tasks() if t.id is not None]
        self.skills.set_skills(tasks, self._read(self.ops.club.staff.skills, person.id) or {})

    # -- writing ------------------------------------------------------------------------

    def new_staff(self) -> None:
        self.table.clearSelection()
        self.say("")
        self._fill(None)
        self.tabs.setCurrentIndex(0)
        self.form.first_edit.setFocus()

    def _done(self, outcome: Any) -> bool:
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
        return bool(outcome.ok)

    def save(self) -> None:
        staff = self.ops.club.staff
        values = self.form.values()
        account = self.form.account_combo.currentData()
        if self.editing_id is None:
            fte, first_day = self.form.first_period()
            created = self.ops.run(staff.create, **values, user_id=account)
            if not self._done(created):
                return
            staff_id = created.value.id
            assert staff_id is not None  # stored
            if not self._done(self.ops.run(staff.add_period, staff_id, first_day, fte=fte)):
                return
        else:
            staff_id = self.editing_id
            if not self._done(self.ops.run(staff.update, staff_id, **values)):
                return
            if not self._done(self.ops.run(staff.link_account, staff_id, account)):
                return
        self.editing_id = staff_id
        self.refresh()
        self.select_staff(staff_id)
        name = f"{values['first_name'].strip()} {values['last_name'].strip()}".strip()
        self.say(self.tr("La fiche de %1 est enregistrée.").replace("%1", name), good=True)

    def add_period(self) -> None:
        if self.editing_id is None:
            return
        fte, start = self.periods.new_period()
        if self._done(self.ops.run(self.ops.club.staff.new_period, self.editing_id, start,
                                   fte=fte)):
            self.say(self.tr("Nouvelle période enregistrée : %1 ETP à partir du %2.")
                     .replace("%1", f"{fte:g}".replace(".", ","))
                     .replace("%2", start.strftime("%d/%m/%Y")), good=True)

    def end_contract(self) -> None:
        if self.editing_id is None:
            return
        day = self.periods.end_day()
        if self._done(self.ops.run(self.ops.club.staff.end, self.editing_id, day)):
            self.say(self.tr("Contrat terminé le %1.").replace("%1", day.strftime("%d/%m/%Y")),
                     good=True)

    def save_skills(self) -> None:
        if self.editing_id is None:
            return
        if self._done(self.ops.run(self.ops.club.staff.set_skills, self.editing_id,
                                   self.skills.levels())):
            self.say(self.tr("Compétences enregistrées."), good=True)
