"""« Horaires d'ouverture » of « Structure »: the week's opening ranges, several a day."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

from clubdesk.model.structure_history import hours_text
from clubdesk.ui.structure.history_parts import Since, week_state
from clubdesk.ui.structure.parts import FRENCH, StructureParts, translate
from clubdesk.ui.widgets import keep_words_whole, make_combo, make_hint


class HoursSection(StructureParts):
    """The opening hours page: a day, an opening and a closing time per row."""

    WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

    def _hours_page(self) -> QWidget:
        self.hours_table = QTableWidget(0, 3)
        self.hours_table.setObjectName("hours_table")
        self.hours_table.setAccessibleName(
            translate("StructureScreen", "Plages d'ouverture de la semaine")
        )
        self.hours_table.setHorizontalHeaderLabels(
            [
                translate("StructureScreen", "Jour"),
                translate("StructureScreen", "Ouverture"),
                translate("StructureScreen", "Fermeture"),
            ]
        )
        self.hours_table.verticalHeader().hide()
        self.hours_table.verticalHeader().setDefaultSectionSize(40)
        self.hours_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hours_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hours_table.setTabKeyNavigation(False)
        header = self.hours_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((180, 140, 140)):
            header.resizeSection(column, width)
        # Three narrow columns, as wide as their words: the table is no wider than they are.
        keep_words_whole(self.hours_table, snug=True)
        self.add_hours_button = self._button(
            translate("StructureScreen", "Ajouter une plage"), "add_hours_button"
        )
        self.remove_hours_button = self._button(
            translate("StructureScreen", "Retirer la plage choisie"), "remove_hours_button"
        )
        self.save_hours_button = self._button(
            translate("StructureScreen", "Enregistrer les horaires"), "save_hours_button"
        )
        self.add_hours_button.clicked.connect(lambda: self.add_hours_row())
        self.remove_hours_button.clicked.connect(self.remove_hours_row)
        self.save_hours_button.clicked.connect(self.save_hours)
        hint = make_hint(
            translate(
                "StructureScreen",
                "Plusieurs plages par jour sont possibles (matin, après-midi), sans se chevaucher.",
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.add_hours_button)
        row.addWidget(self.remove_hours_button)
        row.addStretch(1)
        row.addWidget(self.save_hours_button)
        self.hours_since = Since("hours")
        page, layout = self._page(hint, self.hours_table)
        layout.addLayout(self.hours_since.row())
        layout.addLayout(row)
        layout.addWidget(self._message("hours"))
        layout.addWidget(self.hours_since.history)
        return page

    def add_hours_row(self, weekday: int = 1, opens: str = "09:00", closes: str = "17:00") -> int:
        row = self.hours_table.rowCount()
        self.hours_table.insertRow(row)
        day = make_combo(f"hours_day_{row}", translate("StructureScreen", "Jour"),
                         ((name, number) for number, name in enumerate(self.WEEKDAYS, start=1)))
        day.setCurrentIndex(weekday - 1)
        self.hours_table.setCellWidget(row, 0, day)
        for column, (value, name) in enumerate(
            (
                (opens, translate("StructureScreen", "Ouverture")),
                (closes, translate("StructureScreen", "Fermeture")),
            ),
            start=1,
        ):
            edit = QTimeEdit(QTime.fromString(value, "HH:mm"))
            edit.setDisplayFormat("HH:mm")
            edit.setLocale(FRENCH)
            edit.setAccessibleName(name)
            self.hours_table.setCellWidget(row, column, edit)
        self.hours_table.selectRow(row)
        self.hours_table.scrollToBottom()
        return row

    def remove_hours_row(self) -> None:
        rows = self.hours_table.selectionModel().selectedRows()
        if rows:
            self.hours_table.removeRow(rows[0].row())

    def hours_ranges(self) -> list[tuple[int, str, str]]:
        ranges = []
        for row in range(self.hours_table.rowCount()):
            day = self.hours_table.cellWidget(row, 0)
            opens = self.hours_table.cellWidget(row, 1)
            closes = self.hours_table.cellWidget(row, 2)
            assert isinstance(day, QComboBox)
            assert isinstance(opens, QTimeEdit) and isinstance(closes, QTimeEdit)
            ranges.append(
                (
                    int(day.currentData()),
                    opens.time().toString("HH:mm"),
                    closes.time().toString("HH:mm"),
                )
            )
        return ranges

    def save_hours(self) -> None:
        self._run(
            "hours",
            self.ops.club.structure.set_opening_hours,
            self.hours_ranges(),
            as_of=self.hours_since.day(),
            done=translate("StructureScreen", "Horaires enregistrés."),
            then=self._load_hours,
        )

    def _load_hours(self) -> None:
        self.hours_table.setRowCount(0)
        for hours in self.ops.club.structure.opening_hours():
            self.add_hours_row(hours.weekday, hours.opens, hours.closes)
        self.hours_table.clearSelection()
        self.hours_table.scrollToTop()
        versions = sorted(self.ops.club.structure.versions().hours.items())
        self.hours_since.show([(on, week_state(ranges)) for on, ranges in versions],
                              first=hours_text(versions[0][1]) if versions else "")
        self.hours_since.reset()
