"""« Conservation des données » (direction): the retention rule in plain words, the records due
for archiving and for anonymising, and the erasure of one record when the person asks.

Every change goes through RetentionService (clubdesk.model.retention), which checks the role.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.members import MemberRow
from clubdesk.model.retention import RetentionRow
from clubdesk.model.topics import Topic
from clubdesk.ui.confirm import ask_yes_no
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, direction_refusal
from clubdesk.ui.table_model import RowsTableModel, short_date
from clubdesk.ui.widgets import (
    hbox,
    make_button,
    make_hint,
    make_line,
    make_message,
    make_spin,
    make_table,
    scrolled,
    selected_row,
    set_message,
)

RETENTION_SETTING = "retention_years"
ARCHIVE_SETTING = "archive_years"
# What archiving, anonymising or erasing changes: the screens showing members re-read.
RETENTION_TOPICS = frozenset({Topic.MEMBERS, Topic.ATTENDANCE, Topic.FOLLOWUPS, Topic.PATHS,
                              Topic.REACH_OUT, Topic.PARTNERS})
SEARCH_LIMIT = 30

Confirm = Callable[[str], bool]


def anonymise_all(club: Club, member_ids: list[int], today: date) -> int:
    """Anonymise each record, then clear the erased text out of the files (as the service's
    own ``apply`` does); returns how many were anonymised."""
    for member_id in member_ids:
        club.retention.anonymise(member_id, today)
    if member_ids:
        club.db.scrub()
    return len(member_ids)


# -- models -------------------------------------------------------------------------------------


class ToArchiveModel(RowsTableModel[RetentionRow]):
    COLUMNS = ("name", "last_contact", "member_id")
    RIGHT_ALIGNED = frozenset({"member_id"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("Dernier contact"), self.tr("N°"))

    def text(self, row: RetentionRow, column: str) -> str:
        if column == "last_contact":
            return short_date(row.last_contact) if row.last_contact else self.tr("aucun")
        if column == "member_id":
            return str(row.member_id)
        return row.name

    def row_id(self, row: RetentionRow) -> Any:
        return row.member_id


class ToAnonymiseModel(RowsTableModel[RetentionRow]):
    COLUMNS = ("name", "archived_on", "member_id")
    RIGHT_ALIGNED = frozenset({"member_id"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("Archivée le"), self.tr("N°"))

    def text(self, row: RetentionRow, column: str) -> str:
        if column == "archived_on":
            return short_date(row.archived_on)
        if column == "member_id":
            return str(row.member_id)
        return row.name

    def row_id(self, row: RetentionRow) -> Any:
        return row.member_id


class MemberResultsModel(RowsTableModel[MemberRow]):
    COLUMNS = ("name", "id")
    RIGHT_ALIGNED = frozenset({"id"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("N°"))

    def text(self, row: MemberRow, column: str) -> str:
        return str(row.id) if column == "id" else row.display_name


# -- the screen -----------------------------------------------------------------------------------


class RetentionScreen(Screen):
    """« Conservation des données ». ``today`` (a date, or a function giving one) fixes the
    day the rule is applied on (tests);
    ``confirm(sentence)`` asks before archiving, anonymising or erasing."""

    screen_name = "retention_screen"
    # What archiving, anonymising or erasing changes, and the two settings of the rule.
    topics = RETENTION_TOPICS | {Topic.SETTINGS}
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: date | Callable[[], date] | None = None,
                 confirm: Confirm | None = None) -> None:
        super().__init__(ops, self.tr("Conservation des données"),
                         message_name="retention_message", parent=parent)
        self._fixed_today = today
        self.confirm = confirm or self._confirm
        reason = direction_refusal(
            ops, self.tr("La conservation des données est gérée par la direction."))
        if reason:
            self.refuse(reason)
            return

        self.rule = QLabel()
        self.rule.setObjectName("retention_rule")
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)

        self.retention_years = make_spin(
            "retention_years", self.tr("Années sans contact avant d'archiver une fiche"), 1, 10)
        self.archive_years = make_spin(
            "archive_years", self.tr("Années d'archive avant d'anonymiser une fiche"), 1, 10)
        settings_row = QHBoxLayout()
        settings_row.setSpacing(8)
        for text, spin, after in (
                (self.tr("A&rchiver après :"), self.retention_years, self.tr("sans contact")),
                (self.tr("A&nonymiser après :"), self.archive_years, self.tr("d'archive"))):
            label = QLabel(text)
            label.setBuddy(spin)
            settings_row.addWidget(label)
            settings_row.addWidget(spin)
            settings_row.addWidget(QLabel(after))
            settings_row.addSpacing(24)
        settings_row.addStretch(1)
        self.settings_message = make_message("retention_settings_message")
        self.settings_message.setAccessibleName(self.tr("Résultat du réglage"))

        self.archive_model = ToArchiveModel(self)
        self.archive_table = make_table("to_archive_table", self.tr("Fiches à archiver"),
                                        self.archive_model, fixed=(1, 2))
        self.archive_table.setMinimumHeight(140)
        self.archive_label = QLabel()
        self.archive_label.setObjectName("to_archive_label")
        self.archive_label.setWordWrap(True)
        self.archive_label.setBuddy(self.archive_table)
        self.archive_button = make_button(self.tr("Archi&ver ces fiches"), "archive_button",
                                          self.tr("Archiver toutes les fiches de la liste"))
        self.anonymise_model = ToAnonymiseModel(self)
        self.anonymise_table = make_table("to_anonymise_table", self.tr("Fiches à anonymiser"),
                                          self.anonymise_model, fixed=(1, 2))
        self.anonymise_table.setMinimumHeight(140)
        self.anonymise_label = QLabel()
        self.anonymise_label.setObjectName("to_anonymise_label")
        self.anonymise_label.setWordWrap(True)
        self.anonymise_label.setBuddy(self.anonymise_table)
        self.anonymise_button = make_button(
            self.tr("Anon&ymiser ces fiches"), "anonymise_button",
            self.tr("Anonymiser toutes les fiches de la liste"))
        lists = QHBoxLayout()
        lists.setSpacing(16)
        for label, table, button in ((self.archive_label, self.archive_table,
                                      self.archive_button),
                                     (self.anonymise_label, self.anonymise_table,
                                      self.anonymise_button)):
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(label)
            column.addWidget(table, 1)
            column.addLayout(hbox(button, 1))
            lists.addLayout(column, 1)
        self.lists_message = self.message
        self.lists_message.setAccessibleName(self.tr("Résultat"))

        self.body = QWidget()
        self.body.setObjectName("retention_body")
        body = QVBoxLayout(self.body)
        body.setSpacing(10)
        body.addWidget(self.rule)
        body.addLayout(settings_row)
        body.addWidget(self.settings_message)
        body.addLayout(lists, 1)
        body.addWidget(self.lists_message)
        body.addWidget(self._erase_box())
        self.scroll_area = scrolled(self.body)
        self.scroll_area.setObjectName("retention_scroll")
        self.scroll_area.setAccessibleName(self.tr("Conservation des données"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outer.addWidget(self.scroll_area, 1)

        self.retention_years.valueChanged.connect(
            lambda value: self._set_years(RETENTION_SETTING, value))
        self.archive_years.valueChanged.connect(
            lambda value: self._set_years(ARCHIVE_SETTING, value))
        self.archive_button.clicked.connect(self.archive_listed)
        self.anonymise_button.clicked.connect(self.anonymise_listed)
        self.refresh()

    def _erase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Effacer une fiche à la demande de la personne"))
        box.setObjectName("erase_box")
        explain = make_hint(self.tr(
            "Une personne peut demander que ses données soient effacées. Sa fiche est alors "
            "anonymisée tout de suite : son nom, ses coordonnées et ses notes sont effacés ; "
            "ses dates de présence restent, sans son nom, pour les chiffres des rapports. "
            "Les sauvegardes déjà faites disparaissent d'elles-mêmes en 12 mois au plus."))
        self.erase_search = make_line("erase_search",
                                      self.tr("Rechercher la personne par son nom"), 100,
                                      self.tr("prénom ou nom"))
        self.erase_search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Rechercher la personne :"))
        search_label.setBuddy(self.erase_search)
        self.results_model = MemberResultsModel(self)
        self.results_table = make_table("erase_results", self.tr("Personnes trouvées"),
                                        self.results_model, fixed=(1,))
        self.results_table.setMinimumHeight(120)
        self.results_table.setMaximumHeight(180)
        results_label = QLabel(self.tr("&Personnes trouvées :"))
        results_label.setBuddy(self.results_table)
        self.erase_button = make_button(self.tr("&Effacer la fiche choisie"), "erase_button",
                                        self.tr("Effacer la fiche de la personne choisie"))
        self.erase_message = make_message("erase_message")
        self.erase_message.setAccessibleName(self.tr("Résultat de l'effacement"))

        search_row = hbox(search_label)
        search_row.addWidget(self.erase_search, 1)
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        layout.addWidget(explain)
        layout.addLayout(search_row)
        layout.addWidget(results_label)
        layout.addWidget(self.results_table)
        layout.addLayout(hbox(self.erase_button, 1))
        layout.addWidget(self.erase_message)

        self.erase_search.textChanged.connect(self.search)
        self.erase_search.returnPressed.connect(self._focus_results)
        self.results_table.selectionModel().selectionChanged.connect(self._on_result_chosen)
        self.erase_button.clicked.connect(self.erase_chosen)
        return box

    # -- reading ----------------------------------------------------------------------------

    def today(self) -> date:
        fixed = self._fixed_today
        if fixed is None:
            return clock.today()
        return fixed if isinstance(fixed, date) else fixed()

    def refresh(self) -> None:
        today = self.today()
        try:
            to_archive = self.ops.club.retention.to_archive(today)
            to_anonymise = self.ops.club.retention.to_anonymise(today)
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            return
        years = self._stored(RETENTION_SETTING, 2)
        archive = self._stored(ARCHIVE_SETTING, 3)
        self._set_spin(self.retention_years, years)
        self._set_spin(self.archive_years, archive)
        self.retention_years.setSuffix(self._years_suffix(years))
        self.archive_years.setSuffix(self._years_suffix(archive))
        self.rule.setText(self.tr(
            "La loi demande de ne pas garder les données des personnes plus longtemps que "
            "nécessaire. clubdesk suit cette règle :\n"
            "• une fiche sans contact depuis %1 (ni venue, ni entretien, ni appel) et sans "
            "adhésion en cours est archivée : seule la direction peut encore la lire ;\n"
            "• après %2 d'archive, elle est anonymisée : le nom, les coordonnées et les notes "
            "sont effacés. Les dates et les présences restent, sans nom : les chiffres des "
            "rapports sont gardés.").replace("%1", self._years(years)).replace(
                "%2", self._years(archive)))
        self.archive_model.set_rows(to_archive)
        self.anonymise_model.set_rows(to_anonymise)
        self.archive_label.setText(self.tr("À arc&hiver aujourd'hui : %1").replace(
            "%1", self._records(len(to_archive))))
        self.anonymise_label.setText(self.tr("À &anonymiser aujourd'hui : %1").replace(
            "%1", self._records(len(to_anonymise))))
        self.archive_button.setEnabled(bool(to_archive))
        self.anonymise_button.setEnabled(bool(to_anonymise))
        self._on_result_chosen()

    def _stored(self, key: str, default: int) -> int:
        try:
            return self.ops.club.settings.get_int(key)
        except (ClubdeskError, KeyError):
            return default

    @staticmethod
    def _set_spin(spin: QSpinBox, value: int) -> None:
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)

    def _years(self, n: int) -> str:
        return self.tr("1 an") if n == 1 else self.tr("%1 ans").replace("%1", str(n))

    def _years_suffix(self, n: int) -> str:
        return self.tr(" an") if n == 1 else self.tr(" ans")

    def _records(self, n: int) -> str:
        if n == 0:
            return self.tr("aucune fiche")
        if n == 1:
            return self.tr("1 fiche")
        return self.tr("%1 fiches").replace("%1", QLocale().toString(n))

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        self.refresh()
        if Topic.MEMBERS in topics and self.erase_search.text().strip():
            self.search()

    # -- settings ---------------------------------------------------------------------------

    def _set_years(self, key: str, value: int) -> None:
        outcome = self.ops.run(self.ops.club.settings.set_int, key, value)
        if not outcome.ok:
            set_message(self.settings_message, str(outcome.error), problem=True)
            self.refresh()
            return
        set_message(self.settings_message, self.tr("Enregistré. Les listes sont à jour."))

    # -- archive and anonymise ----------------------------------------------------------------

    def _confirm(self, sentence: str) -> bool:
        return ask_yes_no(self, self.tr("Conservation des données"), sentence)

    def archive_listed(self) -> None:
        ids = [row.member_id for row in self.archive_model.rows()]
        if not ids:
            return
        archive = self._years(self._stored(ARCHIVE_SETTING, 3))
        if not self.confirm(self.tr(
                "Archiver %1 ?\n\nSeule la direction pourra encore les lire. Elles seront "
                "anonymisées après %2 d'archive.").replace(
                    "%1", self._these_records(len(ids))).replace("%2", archive)):
            return
        outcome = self.ops.run(self.ops.club.retention.archive, ids, self.today())
        if not outcome.ok:
            set_message(self.lists_message, str(outcome.error), problem=True)
            self.refresh()
            return
        set_message(self.lists_message, self.tr("Archivé : %1.").replace(
            "%1", self._records(int(outcome.value))))

    def anonymise_listed(self) -> None:
        ids = [row.member_id for row in self.anonymise_model.rows()]
        if not ids:
            return
        if not self.confirm(self.tr(
                "Anonymiser %1 ?\n\nLe nom, les coordonnées et les notes sont effacés pour "
                "toujours. Les dates et les présences restent, pour les chiffres des "
                "rapports.\n\nCela ne peut pas être annulé.").replace(
                    "%1", self._these_records(len(ids)))):
            return
        outcome = self.ops.run(anonymise_all, self.ops.club, ids, self.today())
        if not outcome.ok:
            set_message(self.lists_message, str(outcome.error), problem=True)
            self.refresh()
            return
        set_message(self.lists_message, self.tr("Anonymisé : %1.").replace(
            "%1", self._records(int(outcome.value))))

    def _these_records(self, n: int) -> str:
        return self.tr("cette fiche") if n == 1 else self.tr("ces %1 fiches").replace(
            "%1", QLocale().toString(n))

    # -- erasure on request -------------------------------------------------------------------

    def search(self) -> None:
        text = self.erase_search.text()
        rows: list[MemberRow] = []
        if text.strip():
            try:
                rows = self.ops.club.members.search(text, limit=SEARCH_LIMIT, on=self.today())
            except ClubdeskError as exc:
                set_message(self.erase_message, str(exc), problem=True)
        self.results_model.set_rows(rows)
        if rows:
            self.results_table.selectRow(0)
        self._on_result_chosen()

    def _focus_results(self) -> None:
        if self.results_model.rowCount():
            self.results_table.setFocus()

    def chosen_member(self) -> MemberRow | None:
        row = selected_row(self.results_table)
        return None if row is None else self.results_model.row_at(row)

    def _on_result_chosen(self, *_args: QItemSelection) -> None:
        self.erase_button.setEnabled(self.chosen_member() is not None)

    def erase_chosen(self) -> None:
        member = self.chosen_member()
        if member is None:
            return
        if not self.confirm(self.tr(
                "Effacer la fiche de %1 (n° %2) ?\n\n"
                "Son nom, ses coordonnées et ses notes sont effacés tout de suite. Ses dates "
                "de présence restent, sans son nom, pour les chiffres des rapports.\n\n"
                "Cela ne peut pas être annulé.").replace("%1", member.display_name).replace(
                    "%2", str(member.id))):
            return
        outcome = self.ops.run(self.ops.club.retention.erase, member.id, self.today())
        if not outcome.ok:
            set_message(self.erase_message, str(outcome.error), problem=True)
            return
        self.erase_search.clear()
        set_message(self.erase_message, self.tr(
            "La fiche n° %1 est effacée : le nom, les coordonnées et les notes ne sont plus "
            "dans la base.").replace("%1", str(member.id)))
        self.erase_search.setFocus()
