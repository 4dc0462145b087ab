"""The « Historique » tab of a member's follow-up sheet on « Suivis »: presences, follow-ups
and path steps, newest first (presences may be hidden). Its strings keep the screen's
translation context."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clubdesk.model.followups import TimelineEntry
from clubdesk.ui.followups.models import TimelineModel
from clubdesk.ui.widgets import hbox, make_check, make_hint, make_table

translate = QCoreApplication.translate


class HistoryPage(QWidget):
    def __init__(self, lines_text: Callable[[int], str]) -> None:
        super().__init__()
        self.lines_text = lines_text  # « 3 lignes » in the screen's words
        self.show_attendance = make_check(translate("FollowupsScreen", "Montrer les présences"),
                                          "show_attendance")
        self.show_attendance.setChecked(True)
        self.timeline_model = TimelineModel(self)
        self.timeline = make_table(
            "timeline_table", translate("FollowupsScreen", "Historique du membre"),
            self.timeline_model, fixed=(0,), weights={1: 2, 2: 3})
        self.timeline_count = make_hint(name="timeline_count")
        self.show_attendance.toggled.connect(self._on_show_attendance)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(hbox(self.show_attendance, 1, self.timeline_count))
        layout.addWidget(self.timeline, 1)

    def show_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.timeline_model.set_entries(entries)
        self._after_timeline()

    def clear(self) -> None:
        self.timeline_model.set_entries([])
        self.timeline_count.setText("")

    def _after_timeline(self) -> None:
        self.timeline.resizeRowsToContents()
        count = self.timeline_model.rowCount()
        self.timeline_count.setText(
            translate("FollowupsScreen", "Rien à montrer pour l'instant.") if count == 0
            else self.lines_text(count))

    def _on_show_attendance(self, show: bool) -> None:
        self.timeline_model.set_show_attendance(show)
        self._after_timeline()
