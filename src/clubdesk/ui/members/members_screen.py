"""The member registry ("Membres"): filters, search, the list; opens a record, merges two."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel

from clubdesk.model.access import RECEPTION
from clubdesk.model.topics import Topic
from clubdesk.ui.members.member_form import MemberForm
from clubdesk.ui.members.member_table_model import MemberTableModel
from clubdesk.ui.members.merge_dialog import MergeDialog
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import hbox, make_button, make_combo, make_hint, make_line, make_table
from clubdesk.ui.widgets.people_words import capitalised, other_words
from clubdesk.ui.widgets.words import count_text

PHONE_COLUMN = MemberTableModel.COLUMNS.index("phone")
FOLLOWUPS_SCREEN = "followups_screen"  # its name in clubdesk.ui.screens (never imported)


class MembersScreen(Screen):
    screen_name = "members_screen"
    topics = frozenset({Topic.MEMBERS})

    def __init__(self, ops: Operations) -> None:
        words = other_words(ops)  # « Stagiaires », « Adhérents » (issue 20)
        super().__init__(ops, capitalised(words[1]) if words else self.tr("Membres"))
        self.ops: Operations = ops
        # in the structure's word: « Adhérents actuels », « Anciens adhérents » in a GEM
        self.filter = make_combo("members_filter", self.tr("Quelles personnes afficher"), (
            (self.tr("%1 actuels").replace("%1", capitalised(words[1])) if words
             else self.tr("Membres actuels"), "current"),
            (self.tr("Visiteurs"), "visitors"),
            (self.tr("Anciens %1").replace("%1", words[1]) if words
             else self.tr("Anciens membres"), "former"),
            (self.tr("Tout le monde"), "all"),
            (self.tr("%1 sans signature de la charte actuelle").replace(
                "%1", capitalised(words[1])) if words
             else self.tr("Membres sans signature de la charte actuelle"), "unsigned"),
        ))
        self.filter.setCurrentIndex(3)
        filter_label = QLabel(self.tr("Afficher :"))
        filter_label.setBuddy(self.filter)

        self.search = make_line("members_search", self.tr("Chercher un membre par son nom"), 200,
                                self.tr("Chercher un nom…"))
        self.search.setClearButtonEnabled(True)

        self.model = MemberTableModel(self, words)
        # the phone number on one line: « 06 35 66 75 / 80 » wrapped at large text sizes
        self.table = make_table("members_table", self.tr("Liste des membres"), self.model,
                                fixed=(PHONE_COLUMN,))
        # Several rows can be chosen (Ctrl+click, Maj+flèches) to merge two records.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count_label = make_hint("", "members_count")

        self.new_button = make_button(self.tr("Nouvelle personne"), "new_member_button",
                                      self.tr("Créer la fiche d'une nouvelle personne"))
        self.open_button = make_button(self.tr("Ouvrir la fiche"), "open_member_button",
                                       self.tr("Ouvrir la fiche de la personne choisie"))
        self.merge_button = make_button(
            self.tr("Fusionner deux fiches"), "merge_button",
            self.tr("Fusionner les deux fiches choisies (la même personne)"))
        self.merge_button.setToolTip(
            self.tr("Choisissez deux lignes (Ctrl + clic) pour fusionner leurs fiches."))
        # Merging two records is the staff's work: the reception desk does not see it.
        self.merge_button.setVisible(ops.club.actor.role != RECEPTION)
        self.form: MemberForm | None = None
        self.merge_dialog: MergeDialog | None = None

        bar = hbox(filter_label, self.filter)
        bar.addWidget(self.search, 1)
        self.outer.addLayout(bar)
        self.outer.addLayout(hbox(self.new_button, self.open_button, 1, self.merge_button))
        self.outer.addWidget(self.table, 1)
        self.outer.addWidget(self.count_label)

        # Type-ahead: refresh shortly after the last keystroke, not on every one.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_member)
        self.open_button.clicked.connect(self.open_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        # Double-click or Enter on a row opens the record.
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        which = self.filter.currentData()
        text = self.search.text().strip()
        members = self.ops.club.members
        if which == "unsigned":
            unsigned = self.ops.club.charter.unsigned()
            if text:
                found = {r.id for r in members.search(text, limit=500)}
                unsigned = [r for r in unsigned if r.id in found]
            self.model.set_rows(unsigned)
            self.count_label.setText(self.people_count(len(unsigned)))
            return
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
        self.count_label.setText(self.people_count(len(rows)))

    def people_count(self, count: int) -> str:
        """« 1 personne », « 74 personnes »."""
        return count_text(count, self.tr("%1 personne"), self.tr("%1 personnes"))

    # -- opening records ------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r).id for r in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.open_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)

    def _show_form(self, member_id: int | None) -> MemberForm:
        if self.form is not None:
            self.form.close()
            self.form.deleteLater()
        self.form = MemberForm(self.ops, member_id, self)
        self.form.saved.connect(self.select_member)
        # « Voir ses suivis » / « Voir son parcours »: the window opens « Suivis » on them
        self.form.follow_member.connect(
            lambda member_id, tab: self.member_requested.emit(FOLLOWUPS_SCREEN, member_id, tab))
        self.form.open()
        return self.form

    def new_member(self) -> MemberForm:
        return self._show_form(None)

    def open_member(self, member_id: int) -> MemberForm:
        if self.form is not None and self.form.isVisible() and self.form.member_id == member_id:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        return self._show_form(member_id)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_member(ids[0])

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_member(self.model.row_at(index.row()).id)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2 or self.merge_button.isHidden():
            return
        if self.merge_dialog is not None:
            self.merge_dialog.close()
            self.merge_dialog.deleteLater()
        # The older record (smaller number) is kept by default; the dialog can swap them.
        keep, other = sorted(ids)
        self.merge_dialog = MergeDialog(self.ops, keep, other, self)
        self.merge_dialog.merged.connect(self.select_member)
        self.merge_dialog.open()

    def select_member(self, member_id: int) -> None:
        """Put the selection on ``member_id`` when it is in the list shown."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == member_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return
