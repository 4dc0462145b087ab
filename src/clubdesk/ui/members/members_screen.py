"""The member registry ("Membres"): filters, search, the list."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui.members.member_table_model import MemberTableModel
from clubdesk.ui.operations import MEMBERS, Operations


class MembersScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("members_screen")

        title = QLabel(self.tr("Membres"))
        title.setObjectName("screen_title")

        self.filter = QComboBox()
        self.filter.setObjectName("members_filter")
        for key, label in (
            ("current", self.tr("Membres actuels")),
            ("visitors", self.tr("Visiteurs")),
            ("former", self.tr("Anciens membres")),
            ("all", self.tr("Tout le monde")),
        ):
            self.filter.addItem(label, key)
        self.filter.setCurrentIndex(3)
        self.filter.setAccessibleName(self.tr("Quelles personnes afficher"))
        filter_label = QLabel(self.tr("Afficher :"))
        filter_label.setBuddy(self.filter)

        self.search = QLineEdit()
        self.search.setObjectName("members_search")
        self.search.setPlaceholderText(self.tr("Chercher un nom…"))
        self.search.setAccessibleName(self.tr("Chercher un membre par son nom"))
        self.search.setClearButtonEnabled(True)

        self.model = MemberTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("members_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Liste des membres"))
        self.count_label = QLabel()
        self.count_label.setObjectName("members_count")

        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        # Type-ahead: refresh shortly after the last keystroke, not on every one.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        ops.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if MEMBERS in topics:
            self.refresh()

    def refresh(self) -> None:
        which = self.filter.currentData()
        text = self.search.text().strip()
        members = self.ops.club.members
        if text:
            rows = members.search(text, limit=500)
            if which == "current":
                rows = [r for r in rows if r.status == "current"]
            elif which == "former":
                rows = [r for r in rows if r.status == "former"]
            elif which == "visitors":
                rows = [r for r in rows if r.status == "visitor"]
        else:
            rows = members.list_members(which)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n personne(s)", "", len(rows)))
