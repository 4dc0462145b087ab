"""« Rapport annuel »: the year's indicators for the ARS, why each figure is what it is, and
the three files (spreadsheet, PDF, JSON) written in a folder of the user's choice.

The computation runs off the UI thread; each job opens its own connection to the database
(a session is never shared between threads).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import DIRECTION, Actor, require
from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import CLUBHOUSE, GEM
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.structure_kinds import tables_for
from clubdesk.model.topics import Topic
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.models import (
    KEY_ROLE,
    DetailListModel,
    IndicatorTableModel,
    detail_lines,
)
from clubdesk.ui.report.sent_panel import SentPanel, SentState, as_sent, read_sent_state
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    hbox,
    make_button,
    make_combo,
    make_heading,
    make_hint,
    make_list,
    make_spin,
    make_strong,
    make_table,
)
from clubdesk.ui.widgets.dialogs import choose_folder, start_folder
from clubdesk.ui.widgets.job import Job, Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Computed:
    year: int
    indicators: Indicators
    names: dict[int, str]
    sent: SentState = SentState()  # a sent year: ``indicators`` hold the sent figures


def compute_in_own_connection(url: str, actor: Actor, year: int,
                              table: str = CLUBHOUSE) -> Computed:
    """Run in a worker thread: the indicators (as sent, for a year marked as sent), what
    changed since, and the names of the persons they count. The GEM's table is never
    marked as sent (the sent reports keep the club-house table of a year)."""
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        indicators = club.indicators.compute(year, table)  # refuses the accueil role first
        sent = read_sent_state(club, year) if table == CLUBHOUSE else SentState()
        names = {row.id: row.display_name for row in club.members.list_members("all")}
    finally:
        club.close()
    return Computed(year, as_sent(indicators, sent), names, sent)


def write_in_own_connection(url: str, actor: Actor, year: int, folder: Path,
                            progress: Progress, table: str = CLUBHOUSE) -> list[Path]:
    """Run in a worker thread: compute the year afresh and write the three files."""
    from clubdesk.export.annual_report import write_report_files
    from clubdesk.model.attendance_stats import daily_counts
    from clubdesk.model.club import Club

    progress(3, "Calcul des indicateurs")
    club = Club.open(url, actor)
    try:
        indicators = club.indicators.compute(year, table)
        funding = club.structure.funding(year) if table == CLUBHOUSE else []
        daily = daily_counts(club.db, club.actor, year) if table == CLUBHOUSE else []
        club_name = club.structure.info()["name"]
    finally:
        club.close()
    return write_report_files(folder, indicators, club_name=club_name, funding=funding,
                              daily_attendance=daily, progress=progress)


def unexpected_failure(exc: Exception) -> ClubdeskError:
    return ClubdeskError(QCoreApplication.translate(
        "ReportScreen", "Le rapport n'a pas pu être préparé : %1").replace("%1", str(exc)))


class ReportScreen(Screen):
    screen_name = "report_screen"
    # what the indicators are computed from
    topics = frozenset({Topic.MEMBERS, Topic.ATTENDANCE, Topic.STAFF, Topic.PATHS,
                        Topic.PARTNERS, Topic.STRUCTURE})

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today,
                 ask_folder: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(ops, self.tr("Rapport annuel"), parent=parent, intro=self.tr(
            "Les indicateurs de l'année pour l'ARS. Choisissez une ligne pour voir sa "
            "définition et ce qu'elle compte."), message_name="report_message")
        self.ops: Operations = ops
        self.today = today
        self.ask_folder = ask_folder or self._ask_folder
        self.pool = QThreadPool(self)  # destroyed with the screen, after its jobs end
        self.pool.setMaxThreadCount(2)
        self._jobs: set[Job] = set()
        self._generation = 0
        self._stale = True
        self.computed: Computed | None = None
        self.writing = False
        self._failed = False
        self.last_paths: list[Path] = []
        try:
            require(ops.club.actor, DIRECTION)  # the annual report is the direction's
        except AccessDenied as exc:
            self._stale = False
            self.refuse(str(exc))
            return

        self.year = make_spin("report_year", self.tr("Année du rapport"), 2000, today().year,
                              value=today().year - 1)
        self.year.setMinimumWidth(110)
        year_label = QLabel(self.tr("&Année :"))
        year_label.setBuddy(self.year)
        # which table: the club-house's (§11) or the GEM's (arrêté of 27 June 2019), offered
        # only when the structure's kinds call for both (follow_kinds)
        self.kind = make_combo("report_kind", self.tr("Tableau"), (
            (self.tr("Tableau club-house"), CLUBHOUSE), (self.tr("Tableau GEM"), GEM)))
        kind_label = QLabel(self.tr("&Tableau :"))
        kind_label.setBuddy(self.kind)
        self.kind_label = kind_label
        self.status = make_hint(name="report_status")

        self.model = IndicatorTableModel(self)
        self.table = make_table("report_table", self.tr("Indicateurs de l'année"), self.model,
                                weights={0: 3, 1: 2})

        # -- « Pourquoi ? »
        self.why = QGroupBox(self.tr("Pourquoi ?"))
        self.why.setObjectName("report_why")
        self.why_title = make_heading(name="report_why_title", text="")
        self.why_value = make_strong(name="report_why_value")
        self.why_definition = QLabel()
        self.why_definition.setObjectName("report_why_definition")
        self.why_definition.setWordWrap(True)
        self.why_heading = make_strong(name="report_why_heading")
        self.detail_model = DetailListModel(self)
        self.persons = make_list("report_persons", self.tr("Ce que compte l'indicateur choisi"),
                                 self.detail_model)
        why_layout = QVBoxLayout(self.why)
        why_layout.setSpacing(8)
        for widget in (self.why_title, self.why_value, self.why_definition, self.why_heading):
            why_layout.addWidget(widget)
        why_layout.addWidget(self.persons, 1)

        # -- the three files
        self.write_button = make_button(
            self.tr("Écrire les trois fichiers"), "write_report_button",
            self.tr("Écrire le tableur, le PDF et le JSON du rapport dans un dossier"))
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setAccessibleName(self.tr("Avancement de l'écriture du rapport"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setMinimumWidth(200)
        self.progress.hide()
        self.progress_text = make_hint(name="report_progress_text")
        self.open_button = make_button(self.tr("Ouvrir le dossier"), "open_report_folder")
        self.open_button.hide()
        self.sent_panel = SentPanel(ops, self.say, self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.why)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.table.setMinimumWidth(420)
        self.why.setMinimumWidth(260)
        head = hbox(year_label, self.year)
        head.addSpacing(12)
        head.addWidget(kind_label)
        head.addWidget(self.kind)
        head.addSpacing(12)
        head.addWidget(self.status, 1)
        buttons = hbox(self.write_button, self.progress)
        buttons.addWidget(self.progress_text, 1)
        buttons.addWidget(self.open_button)
        self.outer.addLayout(head)
        self.outer.addWidget(splitter, 1)
        self.outer.addWidget(self.sent_panel)
        self.outer.addLayout(buttons)
        self.outer.addWidget(self.message)

        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_why())
        self.write_button.clicked.connect(self.write_files)
        self.open_button.clicked.connect(self._open_folder)
        self.follow_kinds()
        self._show_why()

    def follow_kinds(self) -> None:
        """The tables the structure's kinds call for: the choice shows only when there are
        two (a club-house that also runs a GEM); a GEM alone gets its own table."""
        tables = tables_for(self.ops.club.kinds.current()) or (CLUBHOUSE,)
        index = self.kind.findData(tables[0])
        if self.table_kind not in tables and index >= 0:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(index)
            self.kind.blockSignals(False)
        both = len(tables) > 1
        self.kind.setVisible(both)
        self.kind_label.setVisible(both)

    # -- computing, off the UI thread ---------------------------------------------------

    @property
    def table_kind(self) -> str:
        """The table chosen: CLUBHOUSE or GEM."""
        return str(self.kind.currentData() or CLUBHOUSE)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not hasattr(self, "kind"):  # a role that may not see the report: nothing built
            return
        before = self.table_kind
        self.follow_kinds()  # the kinds may have changed on the « Structure » screen
        if self._stale or self.table_kind != before:
            self.refresh()

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        # A change may move a figure: computed now if the screen is seen, else when shown.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _start(self, work: Callable[[Progress], Any], done: Callable[[Any], None],
               failed: Callable[[str], None], progress: Progress | None = None) -> None:
        job = Job(work, unexpected_failure)
        self._jobs.add(job)

        job.answer_to(self, done=done, failed=lambda error: failed(str(error)),
                      progress=progress, finished=lambda: self._jobs.discard(job))
        self.pool.start(job)

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation, year = self._generation, self.year.value()
        url, actor, table = self.ops.club.db.url, self.ops.club.actor, self.table_kind
        self.status.setText(self.tr("Calcul des indicateurs de %1…").replace("%1", str(year)))
        self._start(lambda _progress: compute_in_own_connection(url, actor, year, table),
                    lambda computed: self._computed(generation, computed),
                    lambda text: self._failed_to_compute(generation, text))

    def _computed(self, generation: int, computed: Computed) -> None:
        if generation != self._generation:
            return  # a newer computation was asked for meanwhile
        selected = self.selected_key()
        self.computed = computed
        self.model.set_indicators(computed.indicators)
        self.status.setText(self.tr("Indicateurs de l'année %1, du 1er janvier au 31 décembre.")
                            .replace("%1", str(computed.year)))
        self.write_button.setEnabled(not self.writing)
        self.sent_panel.show_state(computed.year, computed.sent,
                                   year_over=computed.year < self.today().year)
        self.sent_panel.setVisible(computed.indicators.table == CLUBHOUSE)
        if self._failed:
            self._failed = False
            self.say("")
        if selected is not None:
            self.select_key(selected)
        self._show_why()

    def _failed_to_compute(self, generation: int, text: str) -> None:
        if generation != self._generation:
            return
        self.computed = None
        self._failed = True
        self.model.set_indicators(None)
        self.status.setText("")
        self.write_button.setEnabled(False)
        self.sent_panel.show_state(None, SentState(), year_over=False)
        self.say(text, problem=True)
        self._show_why()

    # -- « Pourquoi ? » -----------------------------------------------------------------

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(KEY_ROLE))

    def select_key(self, key: str) -> bool:
        try:
            row = self.model.row_of(key)
        except StopIteration:
            return False
        self.table.selectRow(row)
        return True

    def _show_why(self) -> None:
        key = self.selected_key()
        if key is None or self.computed is None:
            waiting = self.computed is not None or self.busy
            self.why_title.setText(self.tr("Choisissez un indicateur dans la liste.")
                                   if waiting else "")
            self.why_value.setText("")
            self.why_definition.setText(
                self.tr("Sa définition s'affiche ici, avec les personnes qu'il compte.")
                if waiting else "")
            self.why_heading.setText("")
            self.detail_model.set_lines([])
            self.why_value.hide()
            return
        indicators = self.computed.indicators
        row = self.model.row_at(self.model.row_of(key))
        label = translate_core(row.indicator.label)
        self.why_title.setText(f"{label} : {row.label}" if row.indent else label)
        self.why_value.setText(row.text)
        self.why_definition.setText(translate_core(row.indicator.definition))
        heading, lines = detail_lines(indicators, key, self.computed.names)
        self.why_heading.setText(heading)
        self.detail_model.set_lines(lines)
        self.why_value.show()

    # -- the three files ----------------------------------------------------------------

    def _ask_folder(self, suggested: Path) -> Path | None:
        return choose_folder(
            self, self.tr("Dossier où écrire les trois fichiers du rapport"), suggested)

    def write_files(self) -> None:
        if self.writing:
            return
        year = self.year.value()
        folder = self.ask_folder(start_folder())
        if folder is None:
            return
        url, actor, table = self.ops.club.db.url, self.ops.club.actor, self.table_kind
        self.writing = True
        self.write_button.setEnabled(False)
        self.year.setEnabled(False)
        self.kind.setEnabled(False)
        self.open_button.hide()
        self.say("")
        self.progress.setValue(0)
        self.progress.show()
        self.progress_text.setText(self.tr("Préparation…"))
        self._start(lambda progress: write_in_own_connection(url, actor, year, folder, progress,
                                                             table),
                    lambda paths: self._written(folder, paths), self._write_failed,
                    self._progressed)

    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress_text.setText(text)

    def _written(self, folder: Path, paths: list[Path]) -> None:
        self._end_writing()
        self.last_paths = list(paths)
        self.progress.setValue(100)
        self.progress_text.setText(self.tr("Terminé."))
        names = ", ".join(p.name for p in paths)
        self.say(self.tr("Les trois fichiers sont dans le dossier « %1 » : %2.")
                          .replace("%1", str(folder)).replace("%2", names))
        self.open_button.show()

    def _write_failed(self, text: str) -> None:
        self._end_writing()
        self.progress.hide()
        self.progress_text.setText("")
        self.say(text, problem=True)

    def _end_writing(self) -> None:
        self.writing = False
        self.year.setEnabled(True)
        self.kind.setEnabled(True)
        self.write_button.setEnabled(self.computed is not None)

    def _open_folder(self) -> None:
        if self.last_paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_paths[0].parent)))
