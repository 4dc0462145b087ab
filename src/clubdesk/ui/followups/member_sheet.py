"""The « Fiche de suivi » tab of « Suivis »: a member chosen on the left (a search and the
members found), and on the right their sheet in four tabs (history, new follow-up, path,
emploi accompagné), each in its own module of this folder. Its strings keep the screen's
translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from clubdesk.ui.followups.followup_form import FollowupForm
from clubdesk.ui.followups.history_page import HistoryPage
from clubdesk.ui.followups.models import MemberResultsModel
from clubdesk.ui.followups.modules_page import ModulesPage
from clubdesk.ui.followups.path_page import PathPage
from clubdesk.ui.widgets import (
    make_heading,
    make_hint,
    make_line,
    make_list,
    restyle,
    scrolled,
    set_message,
)

if TYPE_CHECKING:
    from clubdesk.ui.followups.followups_screen import FollowupsScreen

translate = QCoreApplication.translate


class MemberSheet(QWidget):
    def __init__(self, screen: FollowupsScreen) -> None:
        super().__init__()
        self.followups_screen = screen
        self.history = HistoryPage(screen.lines_text)
        self.followup_form = FollowupForm(screen)
        self.path = PathPage(screen)
        self.modules = ModulesPage(screen)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("followup_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._chooser())
        splitter.addWidget(self._sheet())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # wide enough for the search label at the chosen text size
        splitter.setSizes([max(205, self.search_label.fontMetrics().horizontalAdvance(
            self.search_label.text()) + 16), 700])
        QVBoxLayout(self).addWidget(splitter)

    def _chooser(self) -> QWidget:
        """Left: choosing the member."""
        self.search = make_line(
            "followup_member_search", translate("FollowupsScreen", "Chercher un membre"), 100,
            translate("FollowupsScreen", "nom ou prénom"))
        self.search_label = QLabel(translate("FollowupsScreen", "&Chercher un membre :"))
        self.search_label.setBuddy(self.search)
        self.search_label.setWordWrap(True)  # large text in a narrow column
        self.results_model = MemberResultsModel(self)
        self.results = make_list(
            "followup_member_results", translate("FollowupsScreen", "Membres trouvés"),
            self.results_model)
        self.results_hint = make_hint(
            translate("FollowupsScreen", "Tapez quelques lettres du nom."),
            "followup_results_hint")
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.results_hint)
        left.setMinimumWidth(170)
        self.search.textChanged.connect(lambda *_: self.run_search())
        self.search.returnPressed.connect(self._choose_first_result)
        self.results.selectionModel().currentRowChanged.connect(self._on_result)
        self.results.clicked.connect(self._on_result)
        return left

    def _sheet(self) -> QWidget:
        """Right: the member's sheet."""
        self.member_label = make_heading("", "followup_member_name")
        self.member_tabs = QTabWidget()
        self.member_tabs.setObjectName("member_tabs")
        self.member_tabs.setAccessibleName(
            translate("FollowupsScreen", "Parties de la fiche de suivi"))
        self.member_tabs.setDocumentMode(True)
        self.member_tabs.addTab(self.history, translate("FollowupsScreen", "Historique"))
        self.member_tabs.addTab(scrolled(self.followup_form),
                                translate("FollowupsScreen", "Nouveau suivi"))
        self.member_tabs.addTab(scrolled(self.path), translate("FollowupsScreen", "Parcours"))
        self.member_tabs.addTab(scrolled(self.modules),
                                translate("FollowupsScreen", "Emploi accompagné"))
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.member_label)
        layout.addWidget(self.member_tabs, 1)
        return right

    # -- choosing the member ---------------------------------------------------------------

    def run_search(self) -> None:
        screen = self.followups_screen
        text = self.search.text().strip()
        rows = screen.read(screen.ops.club.members.search, text, limit=40,
                           on=screen.today()) if text else []
        self.results_model.set_rows(rows or [])
        if not text:
            self.results_hint.setText(translate("FollowupsScreen",
                                                "Tapez quelques lettres du nom."))
        elif not rows:
            self.results_hint.setText(translate("FollowupsScreen", "Personne ne porte ce nom."))
        else:
            self.results_hint.setText(translate("FollowupsScreen",
                                                "Choisissez la personne dans la liste."))
        if screen.member_id is not None:
            row = self.results_model.find_row(lambda r: r.id == screen.member_id)
            if row >= 0:
                self.results.selectionModel().blockSignals(True)
                self.results.setCurrentIndex(self.results_model.index(row, 0))
                self.results.selectionModel().blockSignals(False)

    def _choose_first_result(self) -> None:
        if self.results_model.rowCount() > 0:
            self.results.setCurrentIndex(self.results_model.index(0, 0))
            self.results.setFocus()
            self._on_result(self.results_model.index(0, 0))

    def _on_result(self, index: QModelIndex, *_: Any) -> None:
        if index.isValid():
            self.followups_screen.show_member(self.results_model.row_at(index.row()).id)

    # -- the member's sheet -----------------------------------------------------------------

    def clear_messages(self) -> None:
        for label in (self.followup_form.followup_message, self.path.step_message,
                      self.modules.module_message):
            set_message(label, "")

    def refresh_member(self) -> None:
        screen = self.followups_screen
        member_id = screen.member_id
        self.member_tabs.setEnabled(member_id is not None)
        if member_id is None:
            self._show_heading(translate("FollowupsScreen",
                                         "Choisissez un membre dans la liste à gauche."),
                               heading=False)
            self.history.clear()
            self.path.show_steps([])
            self.modules.show_member(None, [])
            return
        club = screen.ops.club
        row = screen.read(club.members.row, member_id, on=screen.today())
        if row is None:  # gone (merged, deleted)
            screen.member_id = None
            self.refresh_member()
            return
        self._show_heading(translate("FollowupsScreen", "Fiche de %1")
                           .replace("%1", row.display_name), heading=True)
        self.history.show_entries(screen.read(club.followups.timeline, member_id) or [])
        self.path.show_steps(screen.read(club.paths.steps, member_id) or [])
        self.modules.show_member(screen.read(club.members.get, member_id),
                                 screen.read(club.paths.modules, member_id) or [])

    def _show_heading(self, text: str, *, heading: bool) -> None:
        self.member_label.setProperty("heading", heading)
        restyle(self.member_label)
        self.member_label.setText(text)
