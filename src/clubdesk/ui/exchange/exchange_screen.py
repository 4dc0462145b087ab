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
    QThreadPool,
)
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import ImportReport
from clubdesk.model.exchange.accounts import NoUsableDirection
from clubdesk.model.exchange.importer import ClubNotEmpty, ImportFailed
from clubdesk.model.exchange.own_connection import import_in_own_connection
from clubdesk.model.exchange.preview import SourcePreview, read_preview
from clubdesk.model.members import MemberRow
from clubdesk.model.topics import EVERY_TOPIC, Topic
from clubdesk.ui.exchange.admin_box import accounts_lines
from clubdesk.ui.exchange.export_tab import ExportTab
from clubdesk.ui.exchange.import_pages import (
    ChoosePage,
    PreviewPage,
    RunPage,
    count_lines,
    lines_text,
    people_text,
)
from clubdesk.ui.exchange.preview_model import PreviewTableModel as PreviewTableModel  # tests
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import Job, Progress, set_message
from clubdesk.ui.widgets.dialogs import choose_folder, open_file_name

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


class ExchangeScreen(Screen):
    """« Importer et exporter ». ``ask_path(kind)`` picks what to import ("folder" or
    "file"); ``ask_save_path(suggested)`` picks where to export; both are injectable.
    For the team and the direction; another role sees the refusal only."""

    screen_name = "exchange_screen"
    # Any change: a member found for export may have changed, and a check no longer holds.
    topics = EVERY_TOPIC
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 ask_path: AskPath | None = None,
                 ask_save_path: AskPath | None = None) -> None:
        super().__init__(ops, self.tr("Importer et exporter"), parent=parent)
        self.ask_path = ask_path or self._ask_path
        self.pool = QThreadPool(self)  # destroyed with the screen, after its jobs end
        self.pool.setMaxThreadCount(2)
        self._jobs: dict[Job, str] = {}  # running job -> its kind
        self._generation = 0  # bumped when the source changes: late answers are dropped
        self.source: Path | None = None
        self.preview: SourcePreview | None = None
        self.checked: ImportReport | None = None  # a successful check of this source
        self.last_report: ImportReport | None = None

        reason = access_refusal(ops.club.actor)
        if reason is not None:
            self.refuse(reason + "\n" + self.tr(
                "L'import et l'export sont réservés à l'équipe et à la direction."))
            return
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
        self.outer.addWidget(self.tabs, 1)

        self.ask_save_path = ask_save_path or tab._ask_save_path
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _build_import(self) -> QWidget:
        self.steps = QStackedWidget()
        self.steps.setObjectName("import_steps")
        self.choose_page = c = ChoosePage(self)
        self.preview_page = p = PreviewPage(self)
        self.run_page = r = RunPage(self)
        for page in (c, p, r):
            self.steps.addWidget(page)
        # the pages' widgets, under the names the screen has always used
        self.choose_folder_button, self.choose_file_button = (c.choose_folder_button,
                                                              c.choose_file_button)
        self.choose_status, self.choose_message = c.choose_status, c.choose_message
        self.source_label, self.files_label = p.source_label, p.files_label
        self.files_model, self.files_view = p.files_model, p.files_view
        self.dialect_label, self.file_problems = p.dialect_label, p.file_problems
        self.preview_model, self.preview_table = p.preview_model, p.preview_table
        self.ignored_label, self.merge_box, self.merge_hint = (p.ignored_label, p.merge_box,
                                                               p.merge_hint)
        self.back_button, self.check_button = p.back_button, p.check_button
        self.run_import_button, self.check_status = p.run_import_button, p.check_status
        self.check_message, self.result_label = p.check_message, p.result_label
        self.errors_model, self.errors_view = p.errors_model, p.errors_view
        self.counts_model, self.counts_view = p.counts_model, p.counts_view
        self.admin_box = p.admin_box
        self.run_status, self.import_progress = r.run_status, r.import_progress
        self.import_progress_text, self.import_message = (r.import_progress_text,
                                                          r.import_message)
        self.summary_model, self.summary_view = r.summary_model, r.summary_view
        self.summary_label, self.restart_button = r.summary_label, r.restart_button
        return self.steps

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

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                handler(value)
                self._update_buttons()
            return call

        job.answer_to(self, done=finish(done), failed=finish(failed), progress=progress,
                      finished=lambda: self._jobs.pop(job, None))
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
        if kind == "folder":
            return choose_folder(self, self.tr("Dossier de fichiers CSV à importer"))
        return open_file_name(
            self, self.tr("Archive .zip ou classeur .xlsx à importer"),
            self.tr("Archive ou classeur (*.zip *.xlsx)"))

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
        set_message(self.choose_message, "")
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
        self.preview_page.clear_result()
        if preview.files:
            self.files_view.setCurrentIndex(self.files_model.index(0, 0))
        else:
            self._show_file(-1)
            self.preview_page.say(self.tr(
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
        set_message(self.choose_message, str(error), problem=True)

    def restart(self) -> None:
        """Back to step 1 (late answers for the old source are dropped)."""
        self._generation += 1
        self.source = None
        self.preview = None
        self.checked = None
        self.choose_status.setText("")
        set_message(self.choose_message, "")
        self.steps.setCurrentIndex(0)
        self._update_buttons()
        self.choose_folder_button.setFocus()

    # -- step 2: preview and check ----------------------------------------------------------

    def _show_file(self, row: int) -> None:
        files = self.preview.files if self.preview else []
        self.preview_page.show_file(files[row] if 0 <= row < len(files) else None)

    def _update_merge_hint(self) -> None:
        try:
            people = self.ops.club.members.count()
        except ClubdeskError:
            people = 0
        if people and not self.merge_box.isChecked():
            text = self.tr("Ce club a déjà %1. Pour importer quand même, cochez cette case.")\
                .replace("%1", people_text(people))
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
        self.preview_page.clear_result()
        self.checked = None
        self.check_status.setText("")
        self._update_buttons()

    def check(self) -> None:
        """« Vérifier »: a dry run off the UI thread; nothing is written."""
        if self.source is None or self.running("check") or self.running("import"):
            return
        self._generation += 1
        generation = self._generation
        self.checked = None
        self.preview_page.clear_result()
        if (problem := self.admin_box.problem()) is not None:
            self.preview_page.say(problem, problem=True)
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
        total = sum(report.created.values())
        self.preview_page.say(self.tr(
            "Tout est lisible. Rien n'a encore été enregistré.\nCliquez sur « Importer » pour "
            "enregistrer ces données."), with_list=True)
        self.result_label.setText(self.tr("En tout : %1. Le détail, fichier par fichier :")
                                  .replace("%1", lines_text(total)))
        self.result_label.setBuddy(self.counts_view)
        self.result_label.show()
        self.counts_model.setStringList(count_lines(report, done=False))
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
        self.preview_page.clear_result()
        if isinstance(error, ImportFailed):
            self.preview_page.say(str(error) + "\n" + self.tr(
                "Corrigez ces lignes dans vos fichiers, puis cliquez à nouveau sur "
                "« Vérifier »."), problem=True, with_list=True)
            self.result_label.setText(self.tr("Les erreurs (fichier:ligne: colonne: message) :"))
            self.result_label.setBuddy(self.errors_view)
            self.result_label.show()
            self.errors_model.setStringList(list(error.errors))
            self.errors_view.show()
            self.errors_view.setFocus()
        elif isinstance(error, NoUsableDirection):  # the command line's wording names --admin
            self.preview_page.say(self.tr(
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
            self.preview_page.say(self.tr(
                "Ce club a déjà %1 : l'import est refusé.\nPour le compléter sans rien effacer, "
                "cochez « Compléter le club existant », puis vérifiez à nouveau.")
                .replace("%1", people_text(people)), problem=True)
            self.merge_box.setFocus()
        else:
            self.preview_page.say(self._refusal(error), problem=True)

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
        self.run_page.begin()
        self._start(
            "import",
            lambda progress: import_in_own_connection(url, actor, source, merge=merge,
                                                      dry_run=False, progress=progress,
                                                      admin=admin),
            self._imported,
            lambda error: self._import_failed(generation, error),
            self.run_page.progressed)

    def busy_importing(self) -> bool:
        return self.running("import") or self.running("check")

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.checked = None
        total = sum(report.created.values())
        self.admin_box.clear()
        self.run_page.finished("\n".join([self.tr(
            "L'import est terminé : %1 en tout.\nTous les écrans sont à jour.")
            .replace("%1", lines_text(total, done=True)), *accounts_lines(report)]),
            count_lines(report, done=True))
        self.ops.announce(IMPORTED_TOPICS)

    def _import_failed(self, generation: int, error: ClubdeskError) -> None:
        # Nothing was written: back to step 2 with the reasons.
        self.run_page.stopped()
        self.checked = None
        if generation != self._generation or self.preview is None:
            set_message(self.import_message, self._refusal(error), problem=True)
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

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.MEMBERS in topics and self.member_search.text().strip():
            self._search_members()
        if self.running("import"):
            return
        if self.steps.currentIndex() == 1:
            if self.checked is not None:  # the club changed since the check
                self._invalidate_check()
                self.preview_page.say(self.tr(
                    "Le club a changé depuis la vérification : cliquez à nouveau sur "
                    "« Vérifier »."))
            self._update_merge_hint()
