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

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.export.annual_report import fr_number
from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.indicators import DEFINITIONS, Indicators
from clubdesk.ui import appearance
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.models import (
    KEY_ROLE,
    DetailListModel,
    IndicatorTableModel,
    detail_lines,
    summary,
)
from clubdesk.ui.widgets.job import Job, Progress

log = logging.getLogger(__name__)

STYLE = (
    "QLabel#report_message { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel#report_message[problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel#report_why_title { font-weight: 600; font-size: 12pt; }"
    "QLabel#report_why_value { font-size: 12pt; }"
    "QLabel#report_why_heading { font-weight: 600; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QTableView#report_table::item { padding: 4px; }"
    "QListView#report_persons::item { padding: 3px; }"
    "QTableView#report_table QHeaderView::section { padding: 4px 12px; font-weight: 600; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
    "QGroupBox QLabel#report_why_title, QGroupBox QLabel#report_why_heading"
    " { font-weight: 600; }"
)


@dataclass(frozen=True)
class Computed:
    year: int
    indicators: Indicators
    names: dict[int, str]


def compute_in_own_connection(url: str, actor: Actor, year: int) -> Computed:
    """Run in a worker thread: the indicators and the names of the persons they count."""
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        indicators = club.indicators.compute(year)  # refuses the accueil role first
        names = {row.id: row.display_name for row in club.members.list_members("all")}
    finally:
        club.close()
    return Computed(year, indicators, names)


def write_in_own_connection(url: str, actor: Actor, year: int, folder: Path,
                            progress: Progress) -> list[Path]:
    """Run in a worker thread: compute the year afresh and write the three files."""
    from clubdesk.export.annual_report import write_report_files
    from clubdesk.model.attendance_stats import daily_counts
    from clubdesk.model.club import Club

    progress(3, "Calcul des indicateurs")
    club = Club.open(url, actor)
    try:
        indicators = club.indicators.compute(year)
        funding = club.structure.funding(year)
        daily = daily_counts(club.db, club.actor, year)
        club_name = club.structure.info()["name"]
    finally:
        club.close()
    return write_report_files(folder, indicators, club_name=club_name, funding=funding,
                              daily_attendance=daily, progress=progress)


def unexpected_failure(exc: Exception) -> ClubdeskError:
    return ClubdeskError(QCoreApplication.translate(
        "ReportScreen", "Le rapport n'a pas pu être préparé : %1").replace("%1", str(exc)))


class ReportScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today,
                 ask_folder: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.ask_folder = ask_folder or self._ask_folder
        self.setObjectName("report_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast
        self.pool = QThreadPool(self)  # destroyed with the screen, after its jobs end
        self.pool.setMaxThreadCount(2)
        self._jobs: set[Job] = set()
        self._generation = 0
        self._stale = True
        self.computed: Computed | None = None
        self.writing = False
        self.last_paths: list[Path] = []

        title = QLabel(self.tr("Rapport annuel"))
        title.setObjectName("screen_title")
        intro = QLabel(self.tr("Les indicateurs de l'année pour l'ARS. Choisissez une ligne "
                               "pour voir sa définition et ce qu'elle compte."))
        intro.setWordWrap(True)

        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setAccessibleName(self.tr("Année du rapport"))
        self.year.setRange(2000, today().year)
        self.year.setValue(today().year - 1)
        self.year.setKeyboardTracking(False)  # typing "2025" does not compute 2, 20, 202
        self.year.setMinimumWidth(110)
        year_label = QLabel(self.tr("&Année :"))
        year_label.setBuddy(self.year)
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setProperty("hint", True)

        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("report_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Indicateurs de l'année"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Long labels and the twelve monthly values wrap onto a second line.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)

        # -- « Pourquoi ? »
        self.why = QGroupBox(self.tr("Pourquoi ?"))
        self.why.setObjectName("report_why")
        self.why_title = QLabel()
        self.why_title.setObjectName("report_why_title")
        self.why_title.setWordWrap(True)
        self.why_value = QLabel()
        self.why_value.setObjectName("report_why_value")
        self.why_value.setWordWrap(True)
        self.why_definition = QLabel()
        self.why_definition.setObjectName("report_why_definition")
        self.why_definition.setWordWrap(True)
        self.why_heading = QLabel()
        self.why_heading.setObjectName("report_why_heading")
        self.why_heading.setWordWrap(True)
        self.detail_model = DetailListModel(self)
        self.persons = QListView()
        self.persons.setObjectName("report_persons")
        self.persons.setAccessibleName(self.tr("Ce que compte l'indicateur choisi"))
        self.persons.setModel(self.detail_model)
        self.persons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons.setWordWrap(True)
        self.persons.setAlternatingRowColors(True)
        why_layout = QVBoxLayout(self.why)
        why_layout.setSpacing(8)
        why_layout.addWidget(self.why_title)
        why_layout.addWidget(self.why_value)
        why_layout.addWidget(self.why_definition)
        why_layout.addWidget(self.why_heading)
        why_layout.addWidget(self.persons, 1)

        # -- the three files
        self.write_button = QPushButton(self.tr("Écrire les trois fichiers"))
        self.write_button.setObjectName("write_report_button")
        self.write_button.setAccessibleName(
            self.tr("Écrire le tableur, le PDF et le JSON du rapport dans un dossier"))
        self.write_button.setMinimumHeight(36)
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.setAccessibleName(self.tr("Avancement de l'écriture du rapport"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setMinimumWidth(200)
        self.progress.hide()
        self.progress_text = QLabel()
        self.progress_text.setObjectName("report_progress_text")
        self.progress_text.setProperty("hint", True)
        self.open_button = QPushButton(self.tr("Ouvrir le dossier"))
        self.open_button.setObjectName("open_report_folder")
        self.open_button.setMinimumHeight(36)
        self.open_button.hide()
        self.message = QLabel()
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        head = QHBoxLayout()
        head.addWidget(year_label)
        head.addWidget(self.year)
        head.addSpacing(12)
        head.addWidget(self.status, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.why)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.table.setMinimumWidth(420)
        self.why.setMinimumWidth(260)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.progress_text, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_why())
        self.write_button.clicked.connect(self.write_files)
        self.open_button.clicked.connect(self._open_folder)
        ops.changed.connect(self._on_changed)
        self._show_why()

    # -- computing, off the UI thread ---------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, _topics: frozenset[str]) -> None:
        # Any change may move a figure; computed now if the screen is seen, else when shown.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _start(self, work: Callable[[Progress], Any], done: Callable[[Any], None],
               failed: Callable[[str], None], progress: Progress | None = None) -> None:
        job = Job(work, unexpected_failure)
        self._jobs.add(job)

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._jobs.discard(job)
                handler(value)
            return call

        job.signals.done.connect(finish(done))
        job.signals.failed.connect(finish(lambda error: failed(str(error))))
        if progress is not None:
            job.signals.progress.connect(progress)
        self.pool.start(job)

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation, year = self._generation, self.year.value()
        url, actor = self.ops.club.db.url, self.ops.club.actor
        self.status.setText(self.tr("Calcul des indicateurs de %1…").replace("%1", str(year)))
        self._start(lambda _progress: compute_in_own_connection(url, actor, year),
                    lambda computed: self._computed(generation, computed),
                    lambda text: self._refused(generation, text))

    def _computed(self, generation: int, computed: Computed) -> None:
        if generation != self._generation:
            return  # a newer computation was asked for meanwhile
        selected = self.selected_key()
        self.computed = computed
        self.model.set_indicators(computed.indicators)
        self.status.setText(self.tr("Indicateurs de l'année %1, du 1er janvier au 31 décembre.")
                            .replace("%1", str(computed.year)))
        self.write_button.setEnabled(not self.writing)
        if self.message.property("refusal"):
            self.show_message("")
        if selected is not None:
            self.select_key(selected)
        self._show_why()

    def _refused(self, generation: int, text: str) -> None:
        if generation != self._generation:
            return
        self.computed = None
        self.model.set_indicators(None)
        self.status.setText("")
        self.write_button.setEnabled(False)
        self.show_message(text + " " + self.tr("Le rapport annuel est réservé à l'équipe et à "
                                               "la direction."), refusal=True)
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
        base, _dot, category = key.partition(".")
        label, definition = DEFINITIONS[base]
        row = self.model.row_at(self.model.row_of(key))
        if category:
            self.why_title.setText(f"{label} : {row.label}")
            self.why_value.setText(fr_number(row.value))
        else:
            self.why_title.setText(label)
            self.why_value.setText(summary(key, row.value))
        self.why_definition.setText(definition)
        heading, lines = detail_lines(indicators, key, self.computed.names)
        self.why_heading.setText(heading)
        self.detail_model.set_lines(lines)
        self.why_value.show()

    # -- the three files ----------------------------------------------------------------

    def _ask_folder(self, suggested: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier où écrire les trois fichiers du rapport"), str(suggested))
        return Path(chosen) if chosen else None

    def write_files(self) -> None:
        if self.writing:
            return
        year = self.year.value()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = self.ask_folder(Path(documents) if documents else Path.home())
        if folder is None:
            return
        url, actor = self.ops.club.db.url, self.ops.club.actor
        self.writing = True
        self.write_button.setEnabled(False)
        self.year.setEnabled(False)
        self.open_button.hide()
        self.show_message("")
        self.progress.setValue(0)
        self.progress.show()
        self.progress_text.setText(self.tr("Préparation…"))
        self._start(lambda progress: write_in_own_connection(url, actor, year, folder, progress),
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
        self.show_message(self.tr("Les trois fichiers sont dans le dossier « %1 » : %2.")
                          .replace("%1", str(folder)).replace("%2", names))
        self.open_button.show()

    def _write_failed(self, text: str) -> None:
        self._end_writing()
        self.progress.hide()
        self.progress_text.setText("")
        self.show_message(text, problem=True)

    def _end_writing(self) -> None:
        self.writing = False
        self.year.setEnabled(True)
        self.write_button.setEnabled(self.computed is not None)

    def _open_folder(self) -> None:
        if self.last_paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_paths[0].parent)))

    def show_message(self, text: str, *, problem: bool = False, refusal: bool = False) -> None:
        self.message.setProperty("problem", problem)
        self.message.setProperty("refusal", refusal)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
