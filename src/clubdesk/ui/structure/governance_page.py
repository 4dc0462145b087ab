"""« Gouvernance » of « Structure »: the club's bodies and their seats, elected members
counted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clubdesk.model.structure_history import seats_text
from clubdesk.model.tables import GovernanceBody, GovernanceSeat
from clubdesk.ui.structure.history_parts import Since
from clubdesk.ui.structure.parts import StructureParts, translate
from clubdesk.ui.widgets import keep_words_whole, make_combo, make_hint
from clubdesk.ui.widgets.words import count_text, whole_number


class GovernanceSection(StructureParts):
    """The governance page: a body chosen or named, its seats in an editable table."""

    _governance: list[tuple[GovernanceBody, list[GovernanceSeat]]]  # as last read

    def _governance_page(self) -> QWidget:
        self.body_name = make_combo("body_name",
                                    translate("StructureScreen", "Nom de l'instance"))
        self.body_name.setEditable(True)
        self.body_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.body_name.setMinimumWidth(320)
        self.seats_table = QTableWidget(0, 2)
        self.seats_table.setObjectName("seats_table")
        self.seats_table.setAccessibleName(translate("StructureScreen", "Sièges de l'instance"))
        self.seats_table.setHorizontalHeaderLabels(
            [
                translate("StructureScreen", "Titulaire du siège"),
                translate("StructureScreen", "Membre élu"),
            ]
        )
        self.seats_table.verticalHeader().hide()
        self.seats_table.verticalHeader().setDefaultSectionSize(34)
        self.seats_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seats_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.seats_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 150)
        keep_words_whole(self.seats_table)
        self.seats_summary = make_hint(name="seats_summary")
        self.add_seat_button = self._button(
            translate("StructureScreen", "Ajouter un siège"), "add_seat_button"
        )
        self.remove_seat_button = self._button(
            translate("StructureScreen", "Retirer le siège choisi"), "remove_seat_button"
        )
        self.save_body_button = self._button(
            translate("StructureScreen", "Enregistrer l'instance"), "save_body_button"
        )
        self.body_name.activated.connect(lambda _i: self._load_seats())
        self.add_seat_button.clicked.connect(lambda: self.add_seat_row())
        self.remove_seat_button.clicked.connect(self.remove_seat_row)
        self.save_body_button.clicked.connect(self.save_body)
        self.seats_table.itemChanged.connect(lambda _item: self._count_seats())

        hint = make_hint(
            translate(
                "StructureScreen",
                "Le cahier des charges demande que la moitié des sièges au "
                "moins soient tenus par des membres élus.",
            )
        )
        name_row = QHBoxLayout()
        name_label = QLabel(translate("StructureScreen", "&Instance :"))
        name_label.setBuddy(self.body_name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.body_name, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_seat_button)
        buttons.addWidget(self.remove_seat_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_body_button)
        self.body_since = Since("governance")
        page, layout = self._page(hint)
        layout.addLayout(name_row)
        layout.addWidget(self.seats_table, 1)
        layout.addWidget(self.seats_summary)
        layout.addLayout(self.body_since.row())
        layout.addLayout(buttons)
        layout.addWidget(self._message("governance"))
        layout.addWidget(self.body_since.history)
        return page

    def add_seat_row(self, holder: str = "", elected: bool = False) -> int:
        row = self.seats_table.rowCount()
        self.seats_table.blockSignals(True)
        self.seats_table.insertRow(row)
        self.seats_table.setItem(row, 0, QTableWidgetItem(holder))
        check = QTableWidgetItem(translate("StructureScreen", "membre élu"))
        check.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if elected else Qt.CheckState.Unchecked)
        self.seats_table.setItem(row, 1, check)
        self.seats_table.blockSignals(False)
        self._count_seats()
        return row

    def remove_seat_row(self) -> None:
        rows = self.seats_table.selectionModel().selectedRows()
        if rows:
            self.seats_table.removeRow(rows[0].row())
            self._count_seats()

    def seats(self) -> list[tuple[str, bool]]:
        seats = []
        for row in range(self.seats_table.rowCount()):
            holder, check = self.seats_table.item(row, 0), self.seats_table.item(row, 1)
            seats.append(
                (
                    holder.text() if holder else "",
                    check is not None and check.checkState() == Qt.CheckState.Checked,
                )
            )
        return seats

    def _count_seats(self) -> None:
        seats = self.seats()
        elected = sum(1 for _h, e in seats if e)
        self.seats_summary.setText(
            count_text(
                elected,
                translate("StructureScreen", "%1 siège sur %2 tenu par un membre élu."),
                translate("StructureScreen", "%1 sièges sur %2 tenus par des membres élus."),
            ).replace("%2", whole_number(len(seats)))
        )

    def _load_seats(self) -> None:
        name = self.body_name.currentText().strip()
        self.seats_table.setRowCount(0)
        for body, seats in self._governance:
            if body.name == name:
                for seat in seats:
                    self.add_seat_row(seat.holder, seat.elected_member)
        self._count_seats()
        versions = self.ops.club.structure.versions().seats.get(name, {})
        self.body_since.show([(on, {"": seats_text(held)})
                              for on, held in sorted(versions.items())])
        self.body_since.reset()

    def save_body(self) -> None:
        self._run(
            "governance",
            self.ops.club.structure.set_body,
            self.body_name.currentText(),
            self.seats(),
            as_of=self.body_since.day(),
            done=translate("StructureScreen", "Instance enregistrée."),
            then=self._load_governance,
        )

    def _load_governance(self) -> None:
        self._governance = self.ops.club.structure.governance()
        current = self.body_name.currentText().strip()
        self.body_name.clear()
        for body, _seats in self._governance:
            self.body_name.addItem(body.name)
        if current:
            self.body_name.setEditText(current)
        elif not self._governance:
            self.body_name.setEditText(translate("StructureScreen", "Conseil d'administration"))
        self._load_seats()
