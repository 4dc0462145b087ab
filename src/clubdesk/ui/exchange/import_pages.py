"""The three pages of the import assistant of « Importer et exporter »: choose the data, look
and check, import. Each page builds its widgets and shows what the screen tells it; the screen
keeps the work (reading, checking and importing off the UI thread) and its state.

Their strings, and the import's wording below, keep the screen's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.exchange import ImportReport
from clubdesk.model.exchange.preview import PREVIEW_ROWS, FilePreview
from clubdesk.model.exchange.spec import FILES
from clubdesk.ui.exchange.admin_box import AdminBox
from clubdesk.ui.exchange.preview_model import PreviewTableModel
from clubdesk.ui.widgets import (
    make_button,
    make_heading,
    make_hint,
    make_list,
    make_message,
    make_strong,
    set_message,
)

if TYPE_CHECKING:
    from clubdesk.ui.exchange.exchange_screen import ExchangeScreen

translate = QCoreApplication.translate


class ChoosePage(QWidget):
    """Step 1: a folder of CSV files, a .zip of it, or an .xlsx workbook."""

    def __init__(self, screen: ExchangeScreen) -> None:
        super().__init__()
        self.setObjectName("import_step_choose")
        heading = make_heading(translate("ExchangeScreen",
                                         "Étape 1 sur 3 : choisir les données à importer"),
                               "choose_heading")
        lines = [
            translate("ExchangeScreen", "Vous pouvez importer :"),
            translate("ExchangeScreen", "• un dossier qui contient des fichiers CSV ;"),
            translate("ExchangeScreen", "• une archive .zip de ce dossier ;"),
            translate("ExchangeScreen",
                      "• un classeur Excel .xlsx, avec une feuille par fichier."),
        ]
        self.choose_folder_button = make_button(
            translate("ExchangeScreen", "Choisir un &dossier…"), "choose_folder_button",
            translate("ExchangeScreen", "Choisir un dossier de fichiers CSV à importer"))
        self.choose_file_button = make_button(
            translate("ExchangeScreen", "Choisir un &fichier…"), "choose_file_button",
            translate("ExchangeScreen",
                      "Choisir une archive .zip ou un classeur .xlsx à importer"))
        self.choose_status = make_hint(name="choose_status")
        self.choose_message = make_message("choose_message")
        reassure = make_hint(
            translate("ExchangeScreen", "Rien n'est enregistré avant la dernière étape."))

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_folder_button)
        buttons.addWidget(self.choose_file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
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

        self.choose_folder_button.clicked.connect(lambda: screen.choose_source("folder"))
        self.choose_file_button.clicked.connect(lambda: screen.choose_source("file"))


class PreviewPage(QWidget):
    """Step 2: the recognised files and their first rows, « Vérifier » and its answer."""

    def __init__(self, screen: ExchangeScreen) -> None:
        super().__init__()
        self.setObjectName("import_step_preview")
        heading = make_heading(translate("ExchangeScreen",
                                         "Étape 2 sur 3 : regarder et vérifier"),
                               "preview_heading")
        self.source_label = QLabel()
        self.source_label.setObjectName("preview_source")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the recognised files, and the first rows of the one chosen
        self.files_model = QStringListModel(self)
        self.files_view = make_list("preview_files",
                                    translate("ExchangeScreen", "Fichiers reconnus"),
                                    self.files_model)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_label = QLabel()
        self.files_label.setObjectName("preview_files_label")
        self.files_label.setWordWrap(True)
        self.files_label.setBuddy(self.files_view)
        self.dialect_label = make_strong(name="preview_dialect")
        self.file_problems = make_message("preview_problems")
        self.preview_model = PreviewTableModel(self)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setAccessibleName(
            translate("ExchangeScreen", "Premières lignes du fichier choisi"))
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview_table.horizontalHeader().setMaximumSectionSize(320)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        rows_label = QLabel(translate("ExchangeScreen",
                                      "Ses %1 premières lignes (le numéro est celui de la ligne "
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
        self.ignored_label = make_hint(name="preview_ignored")
        self.ignored_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # merge, check, import
        self.merge_box = QCheckBox(translate("ExchangeScreen",
                                             "&Compléter le club existant (aucune donnée "
                                             "effacée)"))
        self.merge_box.setObjectName("merge_checkbox")
        self.merge_box.setAccessibleName(
            translate("ExchangeScreen", "Compléter le club existant, sans rien effacer"))
        self.merge_hint = make_hint(name="merge_hint")
        self.back_button = make_button(
            translate("ExchangeScreen", "Choisir une &autre source"), "back_button",
            translate("ExchangeScreen", "Revenir au choix des données à importer"))
        self.check_button = make_button(
            translate("ExchangeScreen", "&Vérifier"), "check_button",
            translate("ExchangeScreen", "Vérifier les données, sans rien enregistrer"))
        self.run_import_button = make_button(
            translate("ExchangeScreen", "&Importer"), "run_import_button",
            translate("ExchangeScreen", "Importer les données vérifiées"))
        self.check_status = make_hint(name="check_status")

        # the answer of « Vérifier »
        self.check_message = make_message("check_message")
        self.errors_model = QStringListModel(self)
        self.errors_view = make_list("import_errors",
                                     translate("ExchangeScreen", "Erreurs trouvées"),
                                     self.errors_model)
        self.counts_model = QStringListModel(self)
        self.counts_view = make_list("import_counts",
                                     translate("ExchangeScreen", "Ce que l'import va créer"),
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

        layout = QVBoxLayout(self)
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
            edit.textChanged.connect(lambda _text: screen._invalidate_check())
        layout.addWidget(self.admin_box)
        layout.addLayout(actions)

        self.files_view.selectionModel().currentChanged.connect(
            lambda current, _previous: screen._show_file(current.row()))
        self.merge_box.toggled.connect(screen._merge_toggled)
        self.back_button.clicked.connect(screen.restart)
        self.check_button.clicked.connect(screen.check)
        self.run_import_button.clicked.connect(screen.run_import)

    def show_file(self, chosen: FilePreview | None) -> None:
        """The first rows of ``chosen`` (nothing when None), its dialect and its problems."""
        self.preview_model.set_file(chosen)
        self.dialect_label.setText(chosen.dialect if chosen else "")
        problems = chosen.problems if chosen else []
        set_message(self.file_problems, "\n".join(problems), problem=True)
        self.preview_table.resizeColumnsToContents()

    def say(self, text: str, *, problem: bool = False, with_list: bool = False) -> None:
        """The answer under the preview: a sentence alone takes only its own height; with a
        list, the preview keeps about five rows and the answer the rest."""
        self.result_box.show()
        set_message(self.check_message, text, problem=problem)
        total = max(sum(self.result_splitter.sizes()), self.result_splitter.height(), 300)
        if with_list:
            top = min(230, total // 2)
        else:
            width = max(self.result_splitter.width(), 200)
            need = self.check_message.heightForWidth(width)
            need = (need if need > 0 else self.check_message.sizeHint().height()) + 8
            top = max(total - need, 170)
        self.result_splitter.setSizes([top, total - top])

    def clear_result(self) -> None:
        self.result_box.hide()
        set_message(self.check_message, "")
        self.result_label.hide()
        self.errors_view.hide()
        self.counts_view.hide()
        self.errors_model.setStringList([])
        self.counts_model.setStringList([])


class RunPage(QWidget):
    """Step 3: the import under way, then what it added."""

    def __init__(self, screen: ExchangeScreen) -> None:
        super().__init__()
        self.setObjectName("import_step_run")
        heading = make_heading(translate("ExchangeScreen", "Étape 3 sur 3 : importer"),
                               "run_heading")
        self.run_status = QLabel()
        self.run_status.setObjectName("import_status")
        self.run_status.setWordWrap(True)
        self.import_progress = QProgressBar()
        self.import_progress.setObjectName("import_progress")
        self.import_progress.setAccessibleName(
            translate("ExchangeScreen", "Avancement de l'import"))
        self.import_progress.setRange(0, 100)
        self.import_progress.setMinimumHeight(28)
        self.import_progress_text = make_hint(name="import_progress_text")
        self.import_message = make_message("import_message")
        self.summary_model = QStringListModel(self)
        self.summary_view = make_list("import_summary",
                                      translate("ExchangeScreen", "Ce qui a été importé"),
                                      self.summary_model)
        self.summary_label = QLabel(translate("ExchangeScreen",
                                              "Ce qui a été ajouté, fichier par fichier :"))
        self.summary_label.setBuddy(self.summary_view)
        self.restart_button = make_button(
            translate("ExchangeScreen", "Importer d'&autres données"), "restart_button",
            translate("ExchangeScreen", "Revenir au choix des données à importer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.run_status)
        layout.addWidget(self.import_progress)
        layout.addWidget(self.import_progress_text)
        layout.addWidget(self.import_message)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_view, 1)
        layout.addLayout(buttons)
        self.restart_button.clicked.connect(screen.restart)

    def begin(self) -> None:
        """The import starts: its progress, nothing of an earlier one."""
        self.run_status.setText(translate("ExchangeScreen",
                                          "Import en cours. Ne fermez pas clubdesk."))
        self.run_status.show()
        self.import_progress.setValue(0)
        self.import_progress.show()
        self.import_progress_text.setText(translate("ExchangeScreen", "Préparation…"))
        set_message(self.import_message, "")
        self.summary_label.hide()
        self.summary_view.hide()
        self.restart_button.hide()

    def progressed(self, percent: int, name: str) -> None:
        self.import_progress.setValue(percent)
        self.import_progress_text.setText(
            translate("ExchangeScreen", "Fichier traité : %1").replace("%1", name))

    def finished(self, message: str, summary: list[str]) -> None:
        """The import is done: ``message`` and one line per file."""
        self.import_progress.setValue(100)
        self.import_progress_text.setText(translate("ExchangeScreen", "Terminé."))
        self.run_status.setText("")
        self.run_status.hide()
        set_message(self.import_message, message)
        self.summary_model.setStringList(summary)
        self.summary_label.show()
        self.summary_view.show()
        self.restart_button.show()
        self.restart_button.setEnabled(True)
        self.restart_button.setFocus()

    def stopped(self) -> None:
        """The import failed (nothing was written): no progress left on the page."""
        self.import_progress.hide()
        self.import_progress_text.setText("")
        self.run_status.setText("")
        self.run_status.hide()
        self.restart_button.show()


# -- the import's wording -------------------------------------------------------------------

def people_text(n: int) -> str:
    if n == 1:
        return translate("ExchangeScreen", "1 personne")
    return translate("ExchangeScreen", "%1 personnes").replace("%1", QLocale().toString(n))


def lines_text(n: int, *, done: bool = False) -> str:
    if n == 0:
        return (translate("ExchangeScreen", "aucune ligne ajoutée") if done else
                translate("ExchangeScreen", "aucune ligne à créer"))
    if n == 1:
        return (translate("ExchangeScreen", "1 ligne ajoutée") if done else
                translate("ExchangeScreen", "1 ligne à créer"))
    text = (translate("ExchangeScreen", "%1 lignes ajoutées") if done else
            translate("ExchangeScreen", "%1 lignes à créer"))
    return text.replace("%1", QLocale().toString(n))


def count_lines(report: ImportReport, *, done: bool) -> list[str]:
    """One line per file: what was (or would be) added, and what was already there; then
    how each unusual value of a coded column was read (« CDI » lu comme cdi)."""
    result = []
    for spec in FILES:
        if spec.name not in report.created and spec.name not in report.skipped:
            continue
        created = report.created.get(spec.name, 0)
        kept = report.skipped.get(spec.name, 0)
        if created or not kept:
            part = lines_text(created, done=done)
        else:
            part = translate("ExchangeScreen", "rien de nouveau")
        if kept:
            part += ", " + (translate("ExchangeScreen", "1 déjà présente") if kept == 1 else
                            translate("ExchangeScreen", "%1 déjà présentes").replace(
                                "%1", QLocale().toString(kept)))
        result.append(f"{spec.name} : {part}")
    if report.readings:  # « CDI » read as cdi: said once, so that nobody is surprised
        result.append(translate("ExchangeScreen", "Valeurs lues autrement qu'écrites :"))
        result += [f"  {line}" for line in report.readings]
    return result
