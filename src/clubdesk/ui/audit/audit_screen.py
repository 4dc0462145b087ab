"""« Journal »: the audit trail, filtered by member, person and dates; checking that it was
not altered; removing old entries. Direction only.

Reading the journal is itself recorded, so the list is only read when asked (« Afficher »),
never on every keystroke in the filters.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import DIRECTION, LOCAL_ADMIN, require
from clubdesk.model.audit.trail import Filter
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.topics import Topic
from clubdesk.ui.audit.entries_model import AuditTableModel
from clubdesk.ui.audit.words import action_label, record_label
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date_edit,
    make_line,
    make_message,
    make_spin,
    make_table,
    set_message,
    to_qdate,
)
from clubdesk.ui.widgets.words import count_text, whole_number

# the list and its words live beside this screen; these names stay importable from here
__all__ = ["AuditScreen", "AuditTableModel", "action_label", "record_label"]

LIMIT = 1000


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class AuditScreen(Screen):
    screen_name = "audit_screen"
    topics = frozenset({Topic.AUDIT})

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(ops, self.tr("Journal"), intro=self.tr(
            "Le journal note qui a lu ou changé quelle fiche, et quand. "
            "Il ne note jamais ce qui est écrit dans la fiche."), message_name="audit_message",
            parent=parent)
        self.ops: Operations = ops
        self.today = today
        self.loaded = False
        try:
            require(ops.club.actor, DIRECTION)
        except AccessDenied as exc:
            self.refuse(str(exc))  # nothing is read: reading the journal is recorded
            return

        self.message.setAccessibleName(self.tr("Message"))
        self.model = AuditTableModel(self)
        self.table = make_table("audit_table", self.tr("Entrées du journal"), self.model,
                                stretch=3)
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        self.count_label.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(self._filters_box())
        body.addWidget(self.count_label)
        body.addWidget(self.table, 1)
        body.addWidget(self.message)
        body.addWidget(self._care_box())
        self.outer.setSpacing(10)
        self.outer.addWidget(self.body, 1)

    # -- building -----------------------------------------------------------------------

    def _filters_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chercher dans le journal"))
        self.member_search = make_line("audit_member_search",
                                       self.tr("Chercher un membre par son nom"), 60,
                                       self.tr("deux lettres du nom"))
        self.member = make_combo("audit_member", self.tr("Membre"),
                                 [(self.tr("Tous les membres"), None)])
        self.member.setMinimumWidth(200)
        self.username = make_combo("audit_username", self.tr("Personne qui a agi"))
        self.username.setMinimumWidth(160)
        self.use_dates = make_check(self.tr("Seulement entre deux dates"), "audit_use_dates",
                                    self.tr("Chercher seulement entre deux dates"))
        today = self.today()
        self.since = make_date_edit("audit_since", self.tr("À partir du"), today)
        self.since.setDate(to_qdate(today - timedelta(days=30)))
        self.until = make_date_edit("audit_until", self.tr("Jusqu'au"), today)
        self.use_dates.toggled.connect(self._on_use_dates)
        self._on_use_dates(False)
        self.apply_button = make_button(self.tr("Afficher"), "audit_apply_button",
                                        self.tr("Afficher les entrées du journal"))
        self.apply_button.setMinimumWidth(120)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        right = Qt.AlignmentFlag.AlignRight
        grid.addWidget(_label(self.tr("C&hercher un membre :"), self.member_search), 0, 0, right)
        grid.addWidget(self.member_search, 0, 1)
        grid.addWidget(_label(self.tr("&Qui a agi :"), self.username), 0, 2, right)
        grid.addWidget(self.username, 0, 3)
        grid.addWidget(_label(self.tr("&Membre choisi :"), self.member), 1, 0, right)
        grid.addWidget(self.member, 1, 1)
        dates = hbox(self.use_dates, _label(self.tr("&du"), self.since), self.since,
                     _label(self.tr("a&u"), self.until), self.until, 1)
        grid.addLayout(dates, 2, 0, 1, 3)
        grid.addWidget(self.apply_button, 2, 3, right)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.setLayout(grid)

        self.member_search.textChanged.connect(self._search_members)
        self.member_search.returnPressed.connect(self.load)
        self.apply_button.clicked.connect(self.load)
        return box

    def _care_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Prendre soin du journal"))
        self.verify_button = make_button(self.tr("Vérifier le journal"), "audit_verify_button",
                                         self.tr("Vérifier que le journal n'a pas été modifié"))
        self.verify_message = make_message("audit_verify_message")
        self.verify_message.setAccessibleName(self.tr("Résultat de la vérification"))
        try:
            kept = self.ops.club.settings.get_int("audit_months")
        except (ClubdeskError, KeyError):
            kept = 12
        self.months = make_spin("audit_purge_months",
                                self.tr("Garder les entrées de combien de mois"), 6, 36,
                                suffix=self.tr(" mois"), value=kept)
        self.months.setMinimumWidth(110)
        self.purge_button = make_button(
            self.tr("Supprimer les entrées anciennes"), "audit_purge_button",
            self.tr("Supprimer les entrées plus anciennes que le nombre de mois choisi"))
        row = hbox(self.verify_button, spacing=10)
        row.addSpacing(24)
        for widget in (_label(self.tr("&Garder les :"), self.months), self.months,
                       self.purge_button):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.verify_message)
        self.verify_button.clicked.connect(self.verify)
        self.purge_button.clicked.connect(self.purge)
        return box

    def _on_use_dates(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded and self.refusal is None:
            self.load()

    def refresh(self) -> None:
        """New entries (here or on another desk): read again when seen, else when shown
        (reading is itself recorded, but a reading is no change: no loop)."""
        if not self.loaded:
            return
        if self.isVisible():
            self.load()
        else:
            self.loaded = False

    # -- reading ------------------------------------------------------------------------

    def _fill_usernames(self) -> None:
        current = self.username.currentData()
        names: list[str] = [LOCAL_ADMIN.name]
        with contextlib.suppress(ClubdeskError):
            names = [u.username for u in self.ops.club.users.list_users()] + names
        self.username.blockSignals(True)
        self.username.clear()
        self.username.addItem(self.tr("Tout le monde"), None)
        for name in names:
            self.username.addItem(name, name)
        self.username.setCurrentIndex(max(0, self.username.findData(current)))
        self.username.blockSignals(False)

    def _search_members(self, text: str) -> None:
        self.member.clear()
        if not text.strip():
            self.member.addItem(self.tr("Tous les membres"), None)
            return
        try:
            rows = self.ops.club.members.search(text, limit=20)
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            return
        if not rows:
            self.member.addItem(self.tr("Personne ne correspond"), None)
            return
        for row in rows:
            self.member.addItem(self.tr("%1 (n° %2)").replace("%1", row.display_name)
                                .replace("%2", str(row.id)), row.id)

    def current_filter(self) -> Filter:
        since = until = None
        if self.use_dates.isChecked():
            since, until = from_qdate(self.since.date()), from_qdate(self.until.date())
        return Filter(member_id=self.member.currentData(),
                      username=self.username.currentData(), since=since, until=until)

    def load(self) -> None:
        """Read the entries that match the filters (the reading is itself recorded)."""
        if self.username.count() == 0:
            self._fill_usernames()
        flt = self.current_filter()
        if flt.since and flt.until and flt.since > flt.until:
            self.say(self.tr("La première date doit être avant la seconde."), problem=True)
            return
        try:
            rows = self.ops.club.audit.entries(flt, limit=LIMIT)
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            return
        self.loaded = True
        self.model.set_rows(rows)
        if not rows:
            count = self.tr("Aucune entrée ne correspond.")
        elif len(rows) >= LIMIT:
            count = self.tr("Les %1 entrées les plus récentes :").replace(
                "%1", whole_number(LIMIT))
        else:
            count = count_text(len(rows), self.tr("%1 entrée, la plus récente en haut :"),
                               self.tr("%1 entrées, les plus récentes en haut :"))
        self.count_label.setText(count)
        self.say("")

    # -- care ---------------------------------------------------------------------------

    def verify(self) -> None:
        """Check the whole trail as it is now, then show the list as it is now: a check writes
        no entry, so no topic tells the list that entries came since it was read (a change
        made elsewhere without an announce, an entry of a moment ago); the list the direction
        looks at is then the trail that was just checked. After a failed check the list is
        not read again: reading is recorded, and nothing more is written on a damaged trail
        before the direction has seen what the check found (the sentence stays the one
        `clubdesk audit verify` says)."""
        outcome = self.ops.run(self.ops.club.audit.verify)
        if not outcome.ok:
            set_message(self.verify_message, str(outcome.error), problem=True)
            return
        result = outcome.value
        if self.loaded and result.ok:
            self.load()
        set_message(self.verify_message, result.sentence(), good=result.ok,
                    problem=not result.ok)

    def confirm_purge(self, months: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Supprimer les entrées anciennes"),
            self.tr("Supprimer du journal les entrées de plus de %1 mois ?\n"
                    "Elles ne pourront pas être retrouvées.").replace("%1", str(months)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def purge(self) -> None:
        months = self.months.value()
        if not self.confirm_purge(months):
            return
        outcome = self.ops.run(self.ops.club.audit.purge, months=months)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        removed = int(outcome.value)
        self.load()
        if removed:
            self.say(count_text(
                removed, self.tr("%1 entrée ancienne supprimée. Le journal garde la trace de "
                                 "cette suppression."),
                self.tr("%1 entrées anciennes supprimées. Le journal garde la trace de cette "
                        "suppression.")))
        else:
            self.say(self.tr("Aucune entrée n'a plus de %1 mois : rien n'est supprimé.")
                      .replace("%1", str(months)))
