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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QStandardPaths,
    QStringListModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import ImportReport, export_club, export_member, import_club
from clubdesk.model.exchange.accounts import NewAdmin, NoUsableDirection
from clubdesk.model.exchange.importer import ClubNotEmpty, ImportFailed
from clubdesk.model.exchange.reading import (
    CellError,
    open_source,
    parse_date,
    parse_datetime,
    read_table,
)
from clubdesk.model.exchange.spec import BY_NAME, FILES
from clubdesk.model.members import MemberRow
from clubdesk.model.topics import EVERY_TOPIC, Topic
from clubdesk.ui import appearance
from clubdesk.ui.exchange.admin_box import AdminBox, accounts_lines
from clubdesk.ui.operations import Operations

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]
# A path picker: for ``ask_path`` the argument is "folder" or "file"; for ``ask_save_path``
# it is the suggested destination. None when the person cancels.
AskPath = Callable[[str], Path | None]

# Everything an import may touch: every screen refreshes (the import runs in a worker, on
# its own connection; its trail entry, "import" on the club, means every topic too).
IMPORTED_TOPICS = EVERY_TOPIC
PREVIEW_ROWS = 5
DATE_SAMPLE_ROWS = 200  # rows looked at to tell which date style a file uses
BUTTON_HEIGHT = 36

STYLE = (
    "QLabel[step=\"true\"] { font-size: 13pt; font-weight: 600; margin-top: 4px; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QLabel[message=\"true\"] { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel[message=\"true\"][problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel#preview_dialect { font-weight: 600; }"
    "QLabel#preview_problems { color: #7a3e00; }"
    "QListView::item { padding: 3px; }"
    "QTableView#preview_table QHeaderView::section { padding: 4px 8px; font-weight: 600; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
    "QTabBar::tab { padding: 8px 18px; }"
)


# -- work done off the UI thread (no Qt here) ------------------------------------------------


@dataclass(frozen=True)
class FilePreview:
    """One recognised file: how it was read and its first rows."""

    name: str
    dialect: str  # "members.csv lu comme : point-virgule, Windows-1252, dates jj/mm/aaaa"
    columns: list[str]  # the format's column names, in the file's order
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    problems: list[str] = field(default_factory=list)  # header problems, as "file:line: …"


@dataclass(frozen=True)
class SourcePreview:
    source: Path
    files: list[FilePreview]
    ignored: list[str]  # files (or sheets) unknown to the format


def _short_origin(source: Path, origin: str) -> str:
    """"notes.csv" rather than the full path, the archive's path or the workbook's path."""
    prefix = f"{source}:"
    inner = origin[len(prefix):] if origin.startswith(prefix) else origin
    return Path(inner).name or inner


def read_preview(source: Path) -> SourcePreview:
    """The recognised files of ``source`` with their detected dialect and first rows.

    Raises ClubdeskError when the source cannot be read at all."""
    raws = open_source(source)
    by_name: dict[str, FilePreview] = {}
    ignored: list[str] = []
    for raw in raws:
        if raw.name not in BY_NAME:
            ignored.append(_short_origin(source, raw.origin))
            continue
        if raw.name in by_name:  # the importer uses the first one too
            continue
        table = read_table(raw)
        spec = BY_NAME[raw.name]
        kinds = {c.name: c.kind for c in spec.cols}
        ordered = sorted(table.header.items(), key=lambda item: item[1])
        dated = [(i, kinds[name]) for name, i in ordered if kinds[name] in ("date", "datetime")]
        rows: list[tuple[int, list[str]]] = []
        for n, (line, cells) in enumerate(table.rows):
            if n < PREVIEW_ROWS:
                rows.append((line, [cells[i] for _name, i in ordered]))
            for i, kind in dated:  # only to tell AAAA-MM-JJ from jj/mm/aaaa
                if cells[i]:
                    try:
                        if kind == "date":
                            parse_date(cells[i], table.dates_seen)
                        else:
                            parse_datetime(cells[i], table.dates_seen)
                    except CellError:
                        pass  # « Vérifier » lists it with its line
            if n + 1 >= max(PREVIEW_ROWS, DATE_SAMPLE_ROWS):
                break
        by_name[raw.name] = FilePreview(raw.name, table.describe(),
                                        [name for name, _i in ordered], rows,
                                        list(table.errors))
    files = [by_name[spec.name] for spec in FILES if spec.name in by_name]
    return SourcePreview(source, files, ignored)


def import_in_own_connection(url: str, actor: Actor, source: Path, *, merge: bool,
                             dry_run: bool, progress: Progress,
                             admin: NewAdmin | None = None) -> ImportReport:
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        return import_club(club.db, club.actor, source, merge=merge, dry_run=dry_run,
                           progress=progress, admin=admin)
    finally:
        club.close()


def export_in_own_connection(url: str, actor: Actor, dest: Path, progress: Progress) -> Path:
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        return export_club(club.db, club.actor, dest, progress=progress)
    finally:
        club.close()


def export_member_in_own_connection(url: str, actor: Actor, member_id: int,
                                    dest: Path) -> Path:
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        return export_member(club.db, club.actor, member_id, dest)
    finally:
        club.close()


class JobSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)  # a ClubdeskError (ImportFailed carries its error lines)


class Job(QRunnable):
    """One piece of work for the thread pool; reports through queued signals."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the screen keeps it until its answer arrived
        self.signals = JobSignals()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except ClubdeskError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            log.exception("exchange job failed")
            self.signals.failed.emit(ClubdeskError(QCoreApplication.translate(
                "ExchangeScreen", "L'opération n'a pas pu se faire : %1").replace(
                    "%1", str(exc))))
        else:
            self.signals.done.emit(result)


# -- models -----------------------------------------------------------------------------------


class PreviewTableModel(QAbstractTableModel):
    """The first rows of one file; the vertical header gives each row's line in the file."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def set_file(self, preview: FilePreview | None) -> None:
        self.beginResetModel()
        self._columns = list(preview.columns) if preview else []
        self._rows = [(line, list(cells)) for line, cells in preview.rows] if preview else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][1][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns) and role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section]
            return None
        if not 0 <= section < len(self._rows):
            return None
        line = self._rows[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ExchangeScreen", "Ligne %1 du fichier").replace(
                "%1", str(line))
        return None


# -- the screen -------------------------------------------------------------------------------


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("message", True)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _hint(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("hint", True)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _step_heading(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("step", True)
    label.setWordWrap(True)
    return label


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(BUTTON_HEIGHT)
    return button


def _list_view(name: str, accessible: str, model: QStringListModel) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    return view


def show_message(label: QLabel, text: str, *, problem: bool = False) -> None:
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


class ExchangeScreen(QWidget):
    """« Importer et exporter ». ``ask_path(kind)`` picks what to import ("folder" or
    "file"); ``ask_save_path(suggested)`` picks where to export; both are injectable."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 ask_path: AskPath | None = None,
                 ask_save_path: AskPath | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.ask_path = ask_path or self._ask_path
        self.ask_save_path = ask_save_path or self._ask_save_path
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
        self.last_export: Path | None = None
        self._member_rows: list[MemberRow] = []

        title = QLabel(self.tr("Importer et exporter"))
        title.setObjectName("screen_title")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchange_tabs")
        self.tabs.setAccessibleName(self.tr("Importer ou exporter"))
        self.tabs.addTab(self._build_import(), self.tr("Importer des données"))
        self.tabs.addTab(self._build_export(), self.tr("Exporter"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

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

    def _build_export(self) -> QWidget:
        page = QWidget()
        page.setObjectName("export_page")

        club_box = QGroupBox(self.tr("Tout le club"))
        club_box.setObjectName("export_club_box")
        self.export_button = _button(self.tr("&Exporter tout le club…"), "export_button",
                                     self.tr("Exporter toutes les données du club"))
        self.export_progress = QProgressBar()
        self.export_progress.setObjectName("export_progress")
        self.export_progress.setAccessibleName(self.tr("Avancement de l'export"))
        self.export_progress.setRange(0, 100)
        self.export_progress.setMinimumWidth(200)
        self.export_progress.hide()
        self.export_progress_text = _hint(name="export_progress_text")
        self.export_message = _message_label("export_message")
        club_layout = QVBoxLayout(club_box)
        club_layout.setSpacing(6)
        for text in (self.tr("Toutes les données du club, dans une archive .zip."),
                     self.tr("Pour changer d'ordinateur, ou garder une copie lisible."),
                     self.tr("Un nom qui finit par .xlsx donne un classeur Excel."),
                     self.tr("Un nom sans extension donne un dossier.")):
            club_layout.addWidget(_hint(text))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.export_progress)
        row.addWidget(self.export_progress_text, 1)
        club_layout.addLayout(row)
        club_layout.addWidget(self.export_message)

        member_box = QGroupBox(self.tr("La fiche d'un membre (droit d'accès)"))
        member_box.setObjectName("export_member_box")
        self.member_search = QLineEdit()
        self.member_search.setObjectName("member_export_search")
        self.member_search.setAccessibleName(self.tr("Nom du membre à chercher"))
        self.member_search.setPlaceholderText(self.tr("Tapez un prénom ou un nom"))
        self.member_search.setClearButtonEnabled(True)
        self.member_search.setMinimumHeight(32)
        search_label = QLabel(self.tr("&Membre :"))
        search_label.setBuddy(self.member_search)
        self.member_results_model = QStringListModel(self)
        self.member_results = _list_view("member_export_results",
                                         self.tr("Membres trouvés"), self.member_results_model)
        self.member_results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_results.setMinimumHeight(84)
        # Grows with the window but asks for no more than its minimum: the scroll area
        # around this page then only scrolls when the window is really small.
        self.member_results.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Ignored)
        results_label = QLabel(self.tr("Membres trouvés :"))
        results_label.setBuddy(self.member_results)
        self.export_member_button = _button(
            self.tr("Exporter la &fiche d'un membre…"), "export_member_button",
            self.tr("Exporter tout ce que le club garde sur le membre choisi"))
        self.member_message = _message_label("member_export_message")
        member_layout = QVBoxLayout(member_box)
        member_layout.setSpacing(6)
        for text in (self.tr("Tout ce que le club garde sur une personne, dans une archive "
                             ".zip."),
                     self.tr("À remettre à la personne si elle le demande.")):
            member_layout.addWidget(_hint(text))
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.member_search, 1)
        member_layout.addLayout(search_row)
        member_layout.addWidget(results_label)
        member_layout.addWidget(self.member_results, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_member_button)
        button_row.addStretch(1)
        member_layout.addLayout(button_row)
        member_layout.addWidget(self.member_message)

        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        layout.addWidget(club_box)
        layout.addWidget(member_box, 1)
        self.export_scroll = scroll = QScrollArea()  # small windows scroll, never squeeze
        scroll.setObjectName("export_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)

        self.export_button.clicked.connect(self.export_all)
        self.member_search.textChanged.connect(lambda _text: self._search_members())
        self.member_search.returnPressed.connect(self._focus_results)
        self.member_results.selectionModel().currentChanged.connect(
            lambda *_: self._update_buttons())
        self.member_results.activated.connect(lambda _index: self.export_one_member())
        self.export_member_button.clicked.connect(self.export_one_member)
        return scroll

    # -- jobs -------------------------------------------------------------------------------

    def running(self, kind: str) -> bool:
        return kind in self._jobs.values()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _start(self, kind: str, work: Callable[[Progress], Any],
               done: Callable[[Any], None], failed: Callable[[ClubdeskError], None],
               progress: Progress | None = None) -> None:
        job = Job(work)
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
            not (member_exporting or importing) and self._selected_member() is not None)

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

    # -- export -----------------------------------------------------------------------------

    def _documents(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def _ask_save_path(self, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Où enregistrer l'export ?"), suggested,
            self.tr("Archive zip (*.zip);;Classeur Excel (*.xlsx);;Dossier (nom sans "
                    "extension) (*)"))
        return Path(chosen) if chosen else None

    def export_all(self) -> None:
        if self.running("export"):
            return
        suggested = self._documents() / f"club-{clock.today().isoformat()}.zip"
        dest = self.ask_save_path(str(suggested))
        if dest is None:
            return
        url, actor = self.ops.club.db.url, self.ops.club.actor
        show_message(self.export_message, "")
        self.export_progress.setValue(0)
        self.export_progress.show()
        self.export_progress_text.setText(self.tr("Préparation…"))
        self._start("export",
                    lambda progress: export_in_own_connection(url, actor, dest, progress),
                    self._exported, self._export_failed, self._export_progressed)

    def _export_progressed(self, percent: int, name: str) -> None:
        self.export_progress.setValue(percent)
        self.export_progress_text.setText(self.tr("Fichier écrit : %1").replace("%1", name))

    def _exported(self, dest: Path) -> None:
        self.last_export = dest
        self.export_progress.setValue(100)
        self.export_progress_text.setText(self.tr("Terminé."))
        show_message(self.export_message,
                     self.tr("Club exporté dans « %1 ».").replace("%1", str(dest)))

    def _export_failed(self, error: ClubdeskError) -> None:
        self.export_progress.hide()
        self.export_progress_text.setText("")
        show_message(self.export_message, self._refusal(error), problem=True)

    # -- one member's record ------------------------------------------------------------------

    def _search_members(self) -> None:
        text = self.member_search.text()
        try:
            rows = self.ops.club.members.search(text, limit=30) if text.strip() else []
        except ClubdeskError as exc:
            rows = []
            self._say_member(self._refusal(exc), problem=True)
        self._member_rows = rows
        self.member_results_model.setStringList(
            [self.tr("%1 (n° %2)").replace("%1", r.display_name).replace("%2", str(r.id))
             for r in rows])
        if rows:
            self.member_results.setCurrentIndex(self.member_results_model.index(0, 0))
        self._update_buttons()

    def _say_member(self, text: str, *, problem: bool = False) -> None:
        show_message(self.member_message, text, problem=problem)
        if text:  # once laid out, scrolled into view on small windows
            QTimer.singleShot(0, self, lambda: self.export_scroll.ensureWidgetVisible(
                self.member_message))

    def _focus_results(self) -> None:
        if self._member_rows:
            self.member_results.setFocus()

    def _selected_member(self) -> MemberRow | None:
        row = self.member_results.currentIndex().row()
        return self._member_rows[row] if 0 <= row < len(self._member_rows) else None

    def export_one_member(self) -> None:
        member = self._selected_member()
        if member is None or self.running("member"):
            return
        stem = "-".join(member.display_name.replace("/", " ").split()) or str(member.id)
        suggested = self._documents() / f"fiche-{stem}.zip"
        dest = self.ask_save_path(str(suggested))
        if dest is None:
            return
        if dest.suffix.lower() not in (".zip", ".xlsx"):
            dest = dest.with_name(dest.name + ".zip")
        url, actor, member_id = self.ops.club.db.url, self.ops.club.actor, member.id
        name = member.display_name
        self._say_member(self.tr("Export de la fiche en cours…"))
        self._start("member",
                    lambda _progress: export_member_in_own_connection(url, actor, member_id,
                                                                      dest),
                    lambda path: self._say_member(self.tr(
                        "La fiche de %1 est exportée dans « %2 ».").replace(
                            "%1", name).replace("%2", str(path))),
                    lambda error: self._say_member(self._refusal(error), problem=True))

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
