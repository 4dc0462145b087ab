"""« Importer et exporter »: the import assistant (choose, preview and check, import) and the
exports of the exchange format (the whole club, or one member's record for the right of
access). Format: docs/exchange-format.md.

Reading, checking, importing and exporting run off the UI thread; each job opens its own
connection to the database (a session is never shared between threads) and reports through
queued Qt signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QStringListModel,
    Qt,
    QThreadPool,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import ImportReport
from clubdesk.model.exchange.accounts import NoUsableDirection
from clubdesk.model.exchange.importer import ClubNotEmpty, ImportFailed
from clubdesk.model.exchange.own_connection import import_in_own_connection
from clubdesk.model.exchange.preview import PREVIEW_ROWS, SourcePreview, read_preview
from clubdesk.model.exchange.spec import FILES
from clubdesk.model.members import MemberRow
from clubdesk.model.topics import EVERY_TOPIC, Topic
from clubdesk.ui import appearance
from clubdesk.ui.exchange.admin_box import AdminBox, accounts_lines
from clubdesk.ui.exchange.export_tab import ExportTab
from clubdesk.ui.exchange.widgets import (
    STYLE,
    PreviewTableModel,
    _button,
    _hint,
    _list_view,
    _message_label,
    _step_heading,
    show_message,
)
from clubdesk.ui.jobs import Job, Progress
from clubdesk.ui.operations import Operations

log = logging.getLogger(__name__)

# A path picker: for ``ask_path`` the argument is "folder" or "file"; for ``ask_save_path``
# it is the suggested destination. None when the person cancels.
AskPath = Callable[[str], Path | None]

# Everything an import may touch: every screen refreshes (the import runs in a worker, on
# its own connection; its trail entry, "import" on the club, means every topic too).
IMPORTED_TOPICS = EVERY_TOPIC


def unexpected_failure(exc: Exception) -> ClubdeskError:
    return ClubdeskError(QCoreApplication.translate(
        "ExchangeScreen", "L'opération n'a pas pu se faire : %1").replace("%1", str(exc)))


class ExchangeScreen(QWidget):
    """« Importer et exporter ». ``ask_path(kind)`` picks what to import ("folder" or
    "file"); ``ask_save_path(suggested)`` picks where to export; both are injectable."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 ask_path: AskPath | None = None,
                 ask_save_path: AskPath | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.ask_path = ask_path or self._ask_path
        self.setObjectName("exchange_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast
        self.pool = QThreadPool(self)  # destroyed with the screen, after its jobs end
        self.pool.setMaxThreadCount(2)
        self._jobs: dict[Job, str] = {}  # running job -> its kind
        self._generation = 0  # bumped when the source changes: late answers are dropped
        self.source: Path | None = None
        self.preview: SourcePreview | None = None
        self.checked: ImportReport | None = None  # a successful check of this source
        self.last_report: ImportReport | None = None

        title = QLabel(self.tr("Importer et exporter"))
        title.setObjectName("screen_title")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchange_tabs")
        self.tabs.setAccessibleName(self.tr("Importer ou exporter"))
        self.tabs.addTab(self._build_import(), self.tr("Importer des données"))
        self.export_tab = tab = ExportTab(self)
        self.export_scroll, self.export_button = tab, tab.export_button
        self.export_progress, self.export_message = tab.export_progress, tab.export_message
        self.member_search, self.member_results = tab.member_search, tab.member_results
        self.member_results_model = tab.member_results_model
        self.member_message = tab.member_message
        self.export_member_button = tab.export_member_button
        self.tabs.addTab(tab, self.tr("Exporter"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.ask_save_path = ask_save_path or tab._ask_save_path
        ops.changed.connect(self._on_changed)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _build_import(self) -> QWidget:
        self.steps = QStackedWidget()
        self.steps.setObjectName("import_steps")
        self.steps.addWidget(self._build_choose_step())
        self.steps.addWidget(self._build_preview_step())
        self.steps.addWidget(self._build_run_step())
        return self.steps

    def _build_choose_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("import_step_choose")
        heading = _step_heading(self.tr("Étape 1 sur 3 : choisir les données à importer"),
                                "choose_heading")
        lines = [
            self.tr("Vous pouvez importer :"),
            self.tr("• un dossier qui contient des fichiers CSV ;"),
            self.tr("• une archive .zip de ce dossier ;"),
            self.tr("• un classeur Excel .xlsx, avec une feuille par fichier."),
        ]
        self.choose_folder_button = _button(
            self.tr("Choisir un &dossier…"), "choose_folder_button",
            self.tr("Choisir un dossier de fichiers CSV à importer"))
        self.choose_file_button = _button(
            self.tr("Choisir un &fichier…"), "choose_file_button",
            self.tr("Choisir une archive .zip ou un classeur .xlsx à importer"))
        self.choose_status = _hint(name="choose_status")
        self.choose_message = _message_label("choose_message")
        reassure = _hint(self.tr("Rien n'est enregistré avant la dernière étape."))

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_folder_button)
        buttons.addWidget(self.choose_file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        layout.addWidget(heading)
        for text in lines:
            layout.addWidget(QLabel(text))
        layout.addWidget(reassure)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.choose_status)
        layout.addWidget(self.choose_message)
        layout.addStretch(1)

        self.choose_folder_button.clicked.connect(lambda: self.choose_source("folder"))
        self.choose_file_button.clicked.connect(lambda: self.choose_source("file"))
        return page

    def _build_preview_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("import_step_preview")
        heading = _step_heading(self.tr("Étape 2 sur 3 : regarder et vérifier"),
                                "preview_heading")
        self.source_label = QLabel()
        self.source_label.setObjectName("preview_source")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the recognised files, and the first rows of the one chosen
        self.files_model = QStringListModel(self)
        self.files_view = _list_view("preview_files", self.tr("Fichiers reconnus"),
                                     self.files_model)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_label = QLabel()
        self.files_label.setObjectName("preview_files_label")
        self.files_label.setWordWrap(True)
        self.files_label.setBuddy(self.files_view)
        self.dialect_label = QLabel()
        self.dialect_label.setObjectName("preview_dialect")
        self.dialect_label.setWordWrap(True)
        self.file_problems = QLabel()
        self.file_problems.setObjectName("preview_problems")
        self.file_problems.setWordWrap(True)
        self.preview_model = PreviewTableModel(self)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setAccessibleName(self.tr("Premières lignes du fichier choisi"))
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview_table.horizontalHeader().setMaximumSectionSize(320)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        rows_label = QLabel(self.tr("Ses %1 premières lignes (le numéro est celui de la ligne "
                                    "dans le fichier) :").replace("%1", str(PREVIEW_ROWS)))
        rows_label.setWordWrap(True)
        rows_label.setBuddy(self.preview_table)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.files_label)
        left_layout.addWidget(self.files_view, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.dialect_label)
        right_layout.addWidget(self.file_problems)
        right_layout.addWidget(rows_label)
        right_layout.addWidget(self.preview_table, 1)
        self.preview_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview_splitter.setObjectName("preview_splitter")
        self.preview_splitter.setChildrenCollapsible(False)
        self.preview_splitter.addWidget(left)
        self.preview_splitter.addWidget(right)
        self.preview_splitter.setStretchFactor(0, 1)
        self.preview_splitter.setStretchFactor(1, 3)
        left.setMinimumWidth(200)
        right.setMinimumWidth(320)
        self.ignored_label = _hint(name="preview_ignored")
        self.ignored_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # merge, check, import
        self.merge_box = QCheckBox(self.tr("&Compléter le club existant (aucune donnée "
                                           "effacée)"))
        self.merge_box.setObjectName("merge_checkbox")
        self.merge_box.setAccessibleName(
            self.tr("Compléter le club existant, sans rien effacer"))
        self.merge_hint = _hint(name="merge_hint")
        self.back_button = _button(self.tr("Choisir une &autre source"), "back_button",
                                   self.tr("Revenir au choix des données à importer"))
        self.check_button = _button(self.tr("&Vérifier"), "check_button",
                                    self.tr("Vérifier les données, sans rien enregistrer"))
        self.run_import_button = _button(self.tr("&Importer"), "run_import_button",
                                         self.tr("Importer les données vérifiées"))
        self.check_status = _hint(name="check_status")

        # the answer of « Vérifier »
        self.check_message = _message_label("check_message")
        self.errors_model = QStringListModel(self)
        self.errors_view = _list_view("import_errors", self.tr("Erreurs trouvées"),
                                      self.errors_model)
        self.counts_model = QStringListModel(self)
        self.counts_view = _list_view("import_counts", self.tr("Ce que l'import va créer"),
                                      self.counts_model)
        self.result_label = QLabel()
        self.result_label.setObjectName("check_result_label")
        self.result_label.setWordWrap(True)
        self.result_box = result = QWidget()
        result.setObjectName("check_result")
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.check_message)
        result_layout.addWidget(self.result_label)
        result_layout.addWidget(self.errors_view, 100)
        result_layout.addWidget(self.counts_view, 100)
        result_layout.addStretch(1)  # a sentence alone stays at the top
        self.errors_view.hide()
        self.counts_view.hide()
        self.result_label.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.preview_splitter, 1)
        top_layout.addWidget(self.ignored_label)
        self.result_splitter = QSplitter(Qt.Orientation.Vertical)
        self.result_splitter.setObjectName("result_splitter")
        self.result_splitter.setChildrenCollapsible(False)
        self.result_splitter.addWidget(top)
        self.result_splitter.addWidget(result)
        top.setMinimumHeight(170)
        result.setMinimumHeight(60)
        result.hide()  # shown with the answer of « Vérifier »

        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.check_status)
        actions.addWidget(self.check_button)
        actions.addWidget(self.run_import_button)

        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.source_label)
        layout.addWidget(self.result_splitter, 1)
        layout.addWidget(self.merge_box)
        layout.addWidget(self.merge_hint)
        self.admin_box = AdminBox()  # shown when the data holds accounts
        self.admin_box.hide()
        for edit in (self.admin_box.username, self.admin_box.password,
                     self.admin_box.password_again):
            edit.textChanged.connect(lambda _text: self._invalidate_check())
        layout.addWidget(self.admin_box)
        layout.addLayout(actions)

        self.files_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_file(current.row()))
        self.merge_box.toggled.connect(self._merge_toggled)
        self.back_button.clicked.connect(self.restart)
        self.check_button.clicked.connect(self.check)
        self.run_import_button.clicked.connect(self.run_import)
        return page

    def _build_run_step(self) -> QWidget:
        page = QWidget()
        page.setObjectName("import_step_run")
        heading = _step_heading(self.tr("Étape 3 sur 3 : importer"), "run_heading")
        self.run_status = QLabel()
        self.run_status.setObjectName("import_status")
        self.run_status.setWordWrap(True)
        self.import_progress = QProgressBar()
        self.import_progress.setObjectName("import_progress")
        self.import_progress.setAccessibleName(self.tr("Avancement de l'import"))
        self.import_progress.setRange(0, 100)
        self.import_progress.setMinimumHeight(28)
        self.import_progress_text = _hint(name="import_progress_text")
        self.import_message = _message_label("import_message")
        self.summary_model = QStringListModel(self)
        self.summary_view = _list_view("import_summary", self.tr("Ce qui a été importé"),
                                       self.summary_model)
        self.summary_label = QLabel(self.tr("Ce qui a été ajouté, fichier par fichier :"))
        self.summary_label.setBuddy(self.summary_view)
        self.restart_button = _button(self.tr("Importer d'&autres données"), "restart_button",
                                      self.tr("Revenir au choix des données à importer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.run_status)
        layout.addWidget(self.import_progress)
        layout.addWidget(self.import_progress_text)
        layout.addWidget(self.import_message)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_view, 1)
        layout.addLayout(buttons)
        self.restart_button.clicked.connect(self.restart)
        return page

    # -- jobs -------------------------------------------------------------------------------

    def running(self, kind: str) -> bool:
        return kind in self._jobs.values()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _start(self, kind: str, work: Callable[[Progress], Any],
               done: Callable[[Any], None], failed: Callable[[ClubdeskError], None],
               progress: Progress | None = None) -> None:
        job = Job(work, unexpected_failure)
        self._jobs[job] = kind
        queued = Qt.ConnectionType.QueuedConnection

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._jobs.pop(job, None)
                handler(value)
                self._update_buttons()
            return call

        job.signals.done.connect(finish(done), queued)
        job.signals.failed.connect(finish(failed), queued)
        if progress is not None:
            job.signals.progress.connect(progress, queued)
        self.pool.start(job)
        self._update_buttons()

    def _update_buttons(self) -> None:
        reading, checking = self.running("read"), self.running("check")
        importing, exporting = self.running("import"), self.running("export")
        member_exporting = self.running("member")
        self.choose_folder_button.setEnabled(not reading)
        self.choose_file_button.setEnabled(not reading)
        idle = not (checking or importing)
        self.back_button.setEnabled(idle)
        self.merge_box.setEnabled(idle)
        self.check_button.setEnabled(idle and self.preview is not None)
        self.run_import_button.setEnabled(idle and self.checked is not None and not exporting)
        self.restart_button.setEnabled(not importing)
        self.export_button.setEnabled(not (exporting or importing))
        self.export_member_button.setEnabled(
            not (member_exporting or importing) and self.export_tab._selected_member() is not None)

    def _refusal(self, error: ClubdeskError) -> str:
        text = str(error)
        if isinstance(error, AccessDenied):  # say who may do it
            text += "\n" + self.tr("L'import et l'export sont réservés à l'équipe et à la "
                                  "direction.")
        return text

    # -- step 1: choose ---------------------------------------------------------------------

    def _ask_path(self, kind: str) -> Path | None:
        start = str(Path.home())
        if kind == "folder":
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Dossier de fichiers CSV à importer"), start)
        else:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Archive .zip ou classeur .xlsx à importer"), start,
                self.tr("Archive ou classeur (*.zip *.xlsx)"))
        return Path(chosen) if chosen else None

    def choose_source(self, kind: str) -> None:
        path = self.ask_path(kind)
        if path is None:
            return
        self.open_source(path)

    def open_source(self, path: Path) -> None:
        """Read ``path`` off the UI thread, then show the preview step."""
        self._generation += 1
        generation = self._generation
        self.source = path
        self.preview = None
        self.checked = None
        show_message(self.choose_message, "")
        self.choose_status.setText(self.tr("Lecture de « %1 »…").replace("%1", path.name))
        self._start("read", lambda _progress: read_preview(path),
                    lambda preview: self._previewed(generation, preview),
                    lambda error: self._preview_failed(generation, error))

    def _previewed(self, generation: int, preview: SourcePreview) -> None:
        if generation != self._generation:
            return
        self.choose_status.setText("")
        self.preview = preview
        self.checked = None
        self.source_label.setText(self.tr("Données choisies : %1").replace(
            "%1", str(preview.source)))
        count = len(preview.files)
        if count > 1:
            self.files_label.setText(self.tr("%1 fichiers reconnus. Choisissez-en un :")
                                     .replace("%1", str(count)))
        elif count == 1:
            self.files_label.setText(self.tr("1 fichier reconnu :"))
        else:
            self.files_label.setText(self.tr("Aucun fichier reconnu."))
        self.files_model.setStringList([f.name for f in preview.files])
        if preview.ignored:
            self.ignored_label.setText(
                self.tr("Fichiers ignorés (inconnus du format) : %1").replace(
                    "%1", ", ".join(preview.ignored)))
        self.ignored_label.setVisible(bool(preview.ignored))
        self.merge_box.setChecked(False)
        self._update_merge_hint()
        self.admin_box.clear()
        self.admin_box.setVisible(any(f.name == "users.csv" for f in preview.files)
                                  and self.ops.club.actor.role == "direction")
        self._clear_result()
        if preview.files:
            self.files_view.setCurrentIndex(self.files_model.index(0, 0))
        else:
            self._show_file(-1)
            self._say(self.tr(
                "Ces données ne contiennent aucun fichier du format d'échange (members.csv, "
                "attendance.csv…)."), problem=True)
        self.steps.setCurrentIndex(1)
        self._update_buttons()
        self.files_view.setFocus()

    def _preview_failed(self, generation: int, error: ClubdeskError) -> None:
        if generation != self._generation:
            return
        self.choose_status.setText("")
        self.source = None
        show_message(self.choose_message, str(error), problem=True)

    def restart(self) -> None:
        """Back to step 1 (late answers for the old source are dropped)."""
        self._generation += 1
        self.source = None
        self.preview = None
        self.checked = None
        self.choose_status.setText("")
        show_message(self.choose_message, "")
        self.steps.setCurrentIndex(0)
        self._update_buttons()
        self.choose_folder_button.setFocus()

    # -- step 2: preview and check ----------------------------------------------------------

    def _show_file(self, row: int) -> None:
        files = self.preview.files if self.preview else []
        chosen = files[row] if 0 <= row < len(files) else None
        self.preview_model.set_file(chosen)
        self.dialect_label.setText(chosen.dialect if chosen else "")
        problems = chosen.problems if chosen else []
        self.file_problems.setText("\n".join(problems))
        self.file_problems.setVisible(bool(problems))
        self.preview_table.resizeColumnsToContents()

    def _update_merge_hint(self) -> None:
        try:
            people = self.ops.club.members.count()
        except ClubdeskError:
            people = 0
        if people and not self.merge_box.isChecked():
            text = self.tr("Ce club a déjà %1. Pour importer quand même, cochez cette case.")\
                .replace("%1", self._people(people))
        elif self.merge_box.isChecked():
            text = self.tr("Les fiches déjà présentes sont mises à jour, les nouvelles sont "
                           "ajoutées. Rien n'est effacé.")
        else:
            text = self.tr("Le club est vide : tout sera ajouté.")
        self.merge_hint.setText(text)

    def _merge_toggled(self, _checked: bool) -> None:
        self._invalidate_check()
        self._update_merge_hint()

    def _invalidate_check(self) -> None:
        self._generation += 1  # a check still running answers for the old choice
        self._clear_result()
        self.checked = None
        self.check_status.setText("")
        self._update_buttons()

    def _say(self, text: str, *, problem: bool = False, with_list: bool = False) -> None:
        """The answer under the preview: a sentence alone takes only its own height; with a
        list, the preview keeps about five rows and the answer the rest."""
        self.result_box.show()
        show_message(self.check_message, text, problem=problem)
        total = max(sum(self.result_splitter.sizes()), self.result_splitter.height(), 300)
        if with_list:
            top = min(230, total // 2)
        else:
            width = max(self.result_splitter.width(), 200)
            need = self.check_message.heightForWidth(width)
            need = (need if need > 0 else self.check_message.sizeHint().height()) + 8
            top = max(total - need, 170)
        self.result_splitter.setSizes([top, total - top])

    def _clear_result(self) -> None:
        self.result_box.hide()
        show_message(self.check_message, "")
        self.result_label.hide()
        self.errors_view.hide()
        self.counts_view.hide()
        self.errors_model.setStringList([])
        self.counts_model.setStringList([])

    def check(self) -> None:
        """« Vérifier »: a dry run off the UI thread; nothing is written."""
        if self.source is None or self.running("check") or self.running("import"):
            return
        self._generation += 1
        generation = self._generation
        self.checked = None
        self._clear_result()
        if (problem := self.admin_box.problem()) is not None:
            self._say(problem, problem=True)
            self.admin_box.password.setFocus()
            return
        merge, admin = self.merge_box.isChecked(), self.admin_box.admin()
        source, url, actor = self.source, self.ops.club.db.url, self.ops.club.actor
        self.check_status.setText(self.tr("Vérification en cours…"))
        self._start(
            "check",
            lambda progress: import_in_own_connection(url, actor, source, merge=merge,
                                                      dry_run=True, progress=progress,
                                                      admin=admin),
            lambda report: self._checked(generation, report),
            lambda error: self._check_failed(generation, error),
            lambda percent, _name: self._check_progress(generation, percent))

    def _check_progress(self, generation: int, percent: int) -> None:
        if generation == self._generation and self.running("check"):
            self.check_status.setText(self.tr("Vérification en cours… %1 %").replace(
                "%1", str(percent)))

    def _checked(self, generation: int, report: ImportReport) -> None:
        if generation != self._generation:
            return
        self.check_status.setText("")
        self.checked = report
        lines = self.count_lines(report, done=False)
        total = sum(report.created.values())
        self._say(self.tr(
            "Tout est lisible. Rien n'a encore été enregistré.\nCliquez sur « Importer » pour "
            "enregistrer ces données."), with_list=True)
        self.result_label.setText(self.tr("En tout : %1. Le détail, fichier par fichier :")
                                  .replace("%1", self._lines(total)))
        self.result_label.setBuddy(self.counts_view)
        self.result_label.show()
        self.counts_model.setStringList(lines)
        self.counts_view.show()
        self._update_buttons()
        self.run_import_button.setFocus()

    def _check_failed(self, generation: int, error: ClubdeskError) -> None:
        if generation != self._generation:
            return
        self.check_status.setText("")
        self.checked = None
        self._show_errors(error)
        self._update_buttons()

    def _show_errors(self, error: ClubdeskError) -> None:
        self._clear_result()
        if isinstance(error, ImportFailed):
            self._say(str(error) + "\n" + self.tr(
                "Corrigez ces lignes dans vos fichiers, puis cliquez à nouveau sur "
                "« Vérifier »."), problem=True, with_list=True)
            self.result_label.setText(self.tr("Les erreurs (fichier:ligne: colonne: message) :"))
            self.result_label.setBuddy(self.errors_view)
            self.result_label.show()
            self.errors_model.setStringList(list(error.errors))
            self.errors_view.show()
            self.errors_view.setFocus()
        elif isinstance(error, NoUsableDirection):  # the command line's wording names --admin
            self._say(self.tr(
                "Après cet import, aucun compte de la direction ne pourrait entrer : les "
                "comptes arrivent sans mot de passe.\nÉcrivez ci-dessous le compte de la "
                "direction (par exemple « %1 ») et son nouveau mot de passe, puis vérifiez à "
                "nouveau. Rien n'a été enregistré.").replace("%1", error.example), problem=True)
            self.admin_box.show()
            self.admin_box.username.setFocus()
        elif isinstance(error, ClubNotEmpty):  # the command line's wording names --merge
            try:
                people = self.ops.club.members.count()
            except ClubdeskError:
                people = 0
            self._say(self.tr(
                "Ce club a déjà %1 : l'import est refusé.\nPour le compléter sans rien effacer, "
                "cochez « Compléter le club existant », puis vérifiez à nouveau.")
                .replace("%1", self._people(people)), problem=True)
            self.merge_box.setFocus()
        else:
            self._say(self._refusal(error), problem=True)

    def _people(self, n: int) -> str:
        if n == 1:
            return self.tr("1 personne")
        return self.tr("%1 personnes").replace("%1", QLocale().toString(n))

    def _lines(self, n: int, *, done: bool = False) -> str:
        if n == 0:
            return self.tr("aucune ligne ajoutée") if done else self.tr("aucune ligne à créer")
        if n == 1:
            return self.tr("1 ligne ajoutée") if done else self.tr("1 ligne à créer")
        text = self.tr("%1 lignes ajoutées") if done else self.tr("%1 lignes à créer")
        return text.replace("%1", QLocale().toString(n))

    def count_lines(self, report: ImportReport, *, done: bool) -> list[str]:
        """One line per file: what was (or would be) added, and what was already there."""
        lines = []
        for spec in FILES:
            if spec.name not in report.created and spec.name not in report.skipped:
                continue
            created = report.created.get(spec.name, 0)
            kept = report.skipped.get(spec.name, 0)
            if created or not kept:
                part = self._lines(created, done=done)
            else:
                part = self.tr("rien de nouveau")
            if kept:
                part += ", " + (self.tr("1 déjà présente") if kept == 1 else
                                self.tr("%1 déjà présentes").replace(
                                    "%1", QLocale().toString(kept)))
            lines.append(f"{spec.name} : {part}")
        return lines

    # -- step 3: import ---------------------------------------------------------------------

    def run_import(self) -> None:
        """« Importer »: the real import, off the UI thread, after a successful check."""
        if self.checked is None or self.source is None or self.busy_importing():
            return
        generation = self._generation
        source, merge = self.source, self.merge_box.isChecked()
        admin = self.admin_box.admin()
        url, actor = self.ops.club.db.url, self.ops.club.actor
        self.steps.setCurrentIndex(2)
        self.run_status.setText(self.tr("Import en cours. Ne fermez pas clubdesk."))
        self.run_status.show()
        self.import_progress.setValue(0)
        self.import_progress.show()
        self.import_progress_text.setText(self.tr("Préparation…"))
        show_message(self.import_message, "")
        self.summary_label.hide()
        self.summary_view.hide()
        self.restart_button.hide()
        self._start(
            "import",
            lambda progress: import_in_own_connection(url, actor, source, merge=merge,
                                                      dry_run=False, progress=progress,
                                                      admin=admin),
            self._imported,
            lambda error: self._import_failed(generation, error),
            self._import_progressed)

    def busy_importing(self) -> bool:
        return self.running("import") or self.running("check")

    def _import_progressed(self, percent: int, name: str) -> None:
        self.import_progress.setValue(percent)
        self.import_progress_text.setText(self.tr("Fichier traité : %1").replace("%1", name))

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.checked = None
        self.import_progress.setValue(100)
        self.import_progress_text.setText(self.tr("Terminé."))
        self.run_status.setText("")
        self.run_status.hide()
        total = sum(report.created.values())
        show_message(self.import_message, "\n".join([self.tr(
            "L'import est terminé : %1 en tout.\nTous les écrans sont à jour.")
            .replace("%1", self._lines(total, done=True)), *accounts_lines(report)]))
        self.admin_box.clear()
        self.summary_model.setStringList(self.count_lines(report, done=True))
        self.summary_label.show()
        self.summary_view.show()
        self.restart_button.show()
        self.restart_button.setEnabled(True)
        self.restart_button.setFocus()
        self.ops.announce(IMPORTED_TOPICS)

    def _import_failed(self, generation: int, error: ClubdeskError) -> None:
        # Nothing was written: back to step 2 with the reasons.
        self.import_progress.hide()
        self.import_progress_text.setText("")
        self.run_status.setText("")
        self.run_status.hide()
        self.restart_button.show()
        self.checked = None
        if generation != self._generation or self.preview is None:
            show_message(self.import_message, self._refusal(error), problem=True)
            return
        self.steps.setCurrentIndex(1)
        self._show_errors(error)

    # -- export (the tab does it) -----------------------------------------------------------

    @property
    def last_export(self) -> Path | None:
        return self.export_tab.last_export

    @property
    def _member_rows(self) -> list[MemberRow]:
        return self.export_tab._member_rows

    def export_all(self) -> None:
        self.export_tab.export_all()

    def _search_members(self) -> None:
        self.export_tab._search_members()  # noqa: SLF001 - the tab's own search, read again

    def export_one_member(self) -> None:
        self.export_tab.export_one_member()

    # -- refresh ------------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.MEMBERS in topics and self.member_search.text().strip():
            self._search_members()
        if self.running("import"):
            return
        if self.steps.currentIndex() == 1:
            if self.checked is not None:  # the club changed since the check
                self._invalidate_check()
                self._say(self.tr(
                    "Le club a changé depuis la vérification : cliquez à nouveau sur "
                    "« Vérifier »."))
            self._update_merge_hint()
