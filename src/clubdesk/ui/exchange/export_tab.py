"""The « Exporter » tab of « Importer et exporter »: the whole club, or one member's record
for the right of access. Its strings keep the screen's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.exchange.own_connection import (
    export_in_own_connection,
    export_member_in_own_connection,
)
from clubdesk.model.members import MemberRow
from clubdesk.ui.widgets import (
    make_button,
    make_hint,
    make_line,
    make_list,
    make_message,
    set_message,
)
from clubdesk.ui.widgets.dialogs import save_file_name, start_folder

if TYPE_CHECKING:
    from clubdesk.ui.exchange.exchange_screen import ExchangeScreen

translate = QCoreApplication.translate


class ExportTab(QScrollArea):
    """Small windows scroll, never squeeze. Its jobs run through the screen's pool."""

    def __init__(self, screen: ExchangeScreen) -> None:
        super().__init__()
        self.exchange = screen
        self.last_export: Path | None = None
        self._member_rows: list[MemberRow] = []
        page = QWidget()
        page.setObjectName("export_page")

        club_box = QGroupBox(translate("ExchangeScreen", "Tout le club"))
        club_box.setObjectName("export_club_box")
        self.export_button = make_button(
            translate("ExchangeScreen", "&Exporter tout le club…"),
            "export_button",
            translate("ExchangeScreen", "Exporter toutes les données du club"),
        )
        self.export_progress = QProgressBar()
        self.export_progress.setObjectName("export_progress")
        self.export_progress.setAccessibleName(
            translate("ExchangeScreen", "Avancement de l'export")
        )
        self.export_progress.setRange(0, 100)
        self.export_progress.setMinimumWidth(200)
        self.export_progress.hide()
        self.export_progress_text = make_hint(name="export_progress_text")
        self.export_message = make_message("export_message")
        club_layout = QVBoxLayout(club_box)
        club_layout.setSpacing(6)
        for text in (
            translate("ExchangeScreen", "Toutes les données du club, dans une archive .zip."),
            translate("ExchangeScreen", "Pour changer d'ordinateur, ou garder une copie lisible."),
            translate("ExchangeScreen", "Un nom qui finit par .xlsx donne un classeur Excel."),
            translate("ExchangeScreen", "Un nom sans extension donne un dossier."),
        ):
            club_layout.addWidget(make_hint(text))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.export_progress)
        row.addWidget(self.export_progress_text, 1)
        club_layout.addLayout(row)
        club_layout.addWidget(self.export_message)

        member_box = QGroupBox(translate("ExchangeScreen", "La fiche d'un membre (droit d'accès)"))
        member_box.setObjectName("export_member_box")
        self.member_search = make_line(
            "member_export_search",
            translate("ExchangeScreen", "Nom du membre à chercher"),
            100,
            translate("ExchangeScreen", "Tapez un prénom ou un nom"),
        )
        self.member_search.setClearButtonEnabled(True)
        search_label = QLabel(translate("ExchangeScreen", "&Membre :"))
        search_label.setBuddy(self.member_search)
        self.member_results_model = QStringListModel(self)
        self.member_results = make_list(
            "member_export_results",
            translate("ExchangeScreen", "Membres trouvés"),
            self.member_results_model,
        )
        self.member_results.setMinimumHeight(84)
        # Grows with the window but asks for no more than its minimum: the scroll area
        # around this page then only scrolls when the window is really small.
        self.member_results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        results_label = QLabel(translate("ExchangeScreen", "Membres trouvés :"))
        results_label.setBuddy(self.member_results)
        self.export_member_button = make_button(
            translate("ExchangeScreen", "Exporter la &fiche d'un membre…"),
            "export_member_button",
            translate("ExchangeScreen", "Exporter tout ce que le club garde sur le membre choisi"),
        )
        self.member_message = make_message("member_export_message")
        member_layout = QVBoxLayout(member_box)
        member_layout.setSpacing(6)
        for text in (
            translate(
                "ExchangeScreen",
                "Tout ce que le club garde sur une personne, dans une archive .zip.",
            ),
            translate("ExchangeScreen", "À remettre à la personne si elle le demande."),
        ):
            member_layout.addWidget(make_hint(text))
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
        self.setObjectName("export_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)

        self.export_button.clicked.connect(self.export_all)
        self.member_search.textChanged.connect(lambda _text: self._search_members())
        self.member_search.returnPressed.connect(self._focus_results)
        self.member_results.selectionModel().currentChanged.connect(
            lambda *_: screen._update_buttons()
        )
        self.member_results.activated.connect(lambda _index: self.export_one_member())
        self.export_member_button.clicked.connect(self.export_one_member)

    # -- export -----------------------------------------------------------------------------

    def _documents(self) -> Path:
        return start_folder()

    def _ask_save_path(self, suggested: str) -> Path | None:
        return save_file_name(
            self,
            translate("ExchangeScreen", "Où enregistrer l'export ?"),
            suggested,
            translate(
                "ExchangeScreen",
                "Archive zip (*.zip);;Classeur Excel (*.xlsx);;Dossier (nom sans extension) (*)",
            ),
        )

    def export_all(self) -> None:
        if self.exchange.running("export"):
            return
        suggested = self._documents() / f"club-{clock.today().isoformat()}.zip"
        dest = self.exchange.ask_save_path(str(suggested))
        if dest is None:
            return
        url, actor = self.exchange.ops.club.db.url, self.exchange.ops.club.actor
        set_message(self.export_message, "")
        self.export_progress.setValue(0)
        self.export_progress.show()
        self.export_progress_text.setText(translate("ExchangeScreen", "Préparation…"))
        self.exchange._start(
            "export",
            lambda progress: export_in_own_connection(url, actor, dest, progress),
            self._exported,
            self._export_failed,
            self._export_progressed,
        )

    def _export_progressed(self, percent: int, name: str) -> None:
        self.export_progress.setValue(percent)
        self.export_progress_text.setText(
            translate("ExchangeScreen", "Fichier écrit : %1").replace("%1", name)
        )

    def _exported(self, dest: Path) -> None:
        self.last_export = dest
        self.export_progress.setValue(100)
        self.export_progress_text.setText(translate("ExchangeScreen", "Terminé."))
        set_message(
            self.export_message,
            translate("ExchangeScreen", "Club exporté dans « %1 ».").replace("%1", str(dest)),
        )

    def _export_failed(self, error: ClubdeskError) -> None:
        self.export_progress.hide()
        self.export_progress_text.setText("")
        set_message(self.export_message, self.exchange._refusal(error), problem=True)

    # -- one member's record ------------------------------------------------------------------

    def _search_members(self) -> None:
        text = self.member_search.text()
        try:
            rows = self.exchange.ops.club.members.search(text, limit=30) if text.strip() else []
        except ClubdeskError as exc:
            rows = []
            self._say_member(self.exchange._refusal(exc), problem=True)
        self._member_rows = rows
        self.member_results_model.setStringList(
            [
                translate("ExchangeScreen", "%1 (n° %2)")
                .replace("%1", r.display_name)
                .replace("%2", str(r.id))
                for r in rows
            ]
        )
        if rows:
            self.member_results.setCurrentIndex(self.member_results_model.index(0, 0))
        self.exchange._update_buttons()

    def _say_member(self, text: str, *, problem: bool = False) -> None:
        set_message(self.member_message, text, problem=problem)  # scrolled into view

    def _focus_results(self) -> None:
        if self._member_rows:
            self.member_results.setFocus()

    def _selected_member(self) -> MemberRow | None:
        row = self.member_results.currentIndex().row()
        return self._member_rows[row] if 0 <= row < len(self._member_rows) else None

    def export_one_member(self) -> None:
        member = self._selected_member()
        if member is None or self.exchange.running("member"):
            return
        stem = "-".join(member.display_name.replace("/", " ").split()) or str(member.id)
        suggested = self._documents() / f"fiche-{stem}.zip"
        dest = self.exchange.ask_save_path(str(suggested))
        if dest is None:
            return
        if dest.suffix.lower() not in (".zip", ".xlsx"):
            dest = dest.with_name(dest.name + ".zip")
        club = self.exchange.ops.club
        url, actor, member_id = club.db.url, club.actor, member.id
        name = member.display_name
        self._say_member(translate("ExchangeScreen", "Export de la fiche en cours…"))
        self.exchange._start(
            "member",
            lambda _progress: export_member_in_own_connection(url, actor, member_id, dest),
            lambda path: self._say_member(
                translate("ExchangeScreen", "La fiche de %1 est exportée dans « %2 ».")
                .replace("%1", name)
                .replace("%2", str(path))
            ),
            lambda error: self._say_member(self.exchange._refusal(error), problem=True),
        )
