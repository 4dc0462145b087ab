"""The reception desk ("Accueil"): check members in as they arrive, see who is here.

Made for a member and a staff member at one PC: two letters and Enter check someone in;
everything works from the keyboard; focus always comes back to the search field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import DIRECTION, RECEPTION
from clubdesk.model.attendance import SPEC_MEMBERS_PER_FTE, ReentryNeeded
from clubdesk.model.errors import DuplicateError
from clubdesk.model.members import MemberRow
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.reception.models import CheckinResultsModel, PresentListModel
from clubdesk.ui.reception.report_reminder import ReportReminderLine
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    FIELD_HEIGHT,
    make_button,
    make_check,
    make_heading,
    make_hint,
    make_line,
    make_list,
)
from clubdesk.ui.widgets.people_words import other_words
from clubdesk.ui.widgets.reflow import ReflowRow
from clubdesk.ui.widgets.words import count_text, date_in_words

AFTERNOON_FROM_HOUR = 13
RESULTS_SHOWN = 30


def half_day_for(moment: datetime) -> str:
    return "am" if moment.hour < AFTERNOON_FROM_HOUR else "pm"


class ReceptionScreen(Screen):
    screen_name = "reception_screen"
    topics = frozenset({Topic.ATTENDANCE, Topic.STAFF, Topic.MEMBERS})

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = clock.now,
    ) -> None:
        super().__init__(ops, self.tr("Accueil"), message_name="checkin_message", parent=parent)
        self.ops: Operations = ops
        self.now = now
        self._pending_reentry: MemberRow | None = None
        self.report_reminder = ReportReminderLine()  # the direction's only (see below)

        self.date_label = QLabel()
        self.date_label.setObjectName("today_label")

        # -- the half-day and the mode
        self.morning = QRadioButton(self.tr("Matin"))
        self.morning.setObjectName("half_day_am")
        self.afternoon = QRadioButton(self.tr("Après-midi"))
        self.afternoon.setObjectName("half_day_pm")
        self.half_day_group = QButtonGroup(self)
        self.half_day_group.addButton(self.morning)
        self.half_day_group.addButton(self.afternoon)
        (self.morning if half_day_for(now()) == "am" else self.afternoon).setChecked(True)
        self.remote = make_check(self.tr("À distance (la personne ne vient pas sur place)"),
                                 "remote_toggle", self.tr("Pointer à distance"))
        for widget, name in ((self.morning, self.tr("Pointer pour le matin")),
                             (self.afternoon, self.tr("Pointer pour l'après-midi"))):
            widget.setAccessibleName(name)
            widget.setMinimumHeight(FIELD_HEIGHT)  # large click targets

        # -- search and results
        search_label = QLabel(self.tr("Qui arrive ? Tapez le début du nom :"))
        words = other_words(ops)  # « Chercher un stagiaire… » (issue 20)
        self.search = make_line("checkin_search", self.tr("Chercher la personne qui arrive"),
                                200, self.tr("Chercher un %1 : prénom ou nom…").replace(
                                    "%1", words[0]) if words else self.tr("Prénom ou nom…"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.results_model = CheckinResultsModel(self)
        self.results = make_list("checkin_results", self.tr("Personnes trouvées"),
                                 self.results_model)
        # Arrows work from the search field; Tab also reaches the list, Enter checks in.
        self.results.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = make_hint(self.tr("Flèches du clavier : choisir la personne.\n"
                                      "Touche Entrée : pointer la personne choisie."),
                              "checkin_hint")
        self.checkin_button = self._button(self.tr("Pointer"), "checkin_button",
                                           QStyle.StandardPixmap.SP_DialogApplyButton)
        self.first_visit_button = self._button("", "first_visit_button",
                                               QStyle.StandardPixmap.SP_DialogYesButton)
        self.first_visit_button.setAutoDefault(True)  # Enter on the focused button
        self.first_visit_button.hide()

        self.reentry_yes = self._button(self.tr("Oui, rouvrir l'adhésion"), "reentry_yes",
                                        QStyle.StandardPixmap.SP_DialogYesButton)
        self.reentry_no = self._button(self.tr("Non"), "reentry_no",
                                       QStyle.StandardPixmap.SP_DialogNoButton)
        self.reentry_yes.hide()
        self.reentry_no.hide()

        # -- who is here
        self.present_title = make_heading("", "present_title")
        self.present_model = PresentListModel(self)
        self.present = make_list("present_list", self.tr("Personnes présentes"),
                                 self.present_model)
        self.undo_button = self._button(self.tr("Annuler le pointage choisi (erreur)"),
                                        "undo_checkin_button",
                                        QStyle.StandardPixmap.SP_ArrowBack)
        self.undo_button.setEnabled(False)
        self.undo_button.setAccessibleDescription(
            self.tr("Choisissez d'abord une personne dans la liste des présents."))

        self.glance = QLabel()
        self.glance.setObjectName("month_glance")
        self.glance.setWordWrap(True)

        self._layout(search_label)
        # the direction's first screen: the annual table for the ARS, from 1 January
        if ops.club.actor.role == DIRECTION:
            self.outer.insertWidget(1, self.report_reminder)
            self.report_reminder.requested.connect(
                lambda: self.screen_requested.emit("report_screen"))
        self._connect()
        self.refresh_all()

    def _button(self, text: str, name: str, icon: QStyle.StandardPixmap) -> QPushButton:
        button = make_button(text, name, fixed=False)
        button.setIcon(self.style().standardIcon(icon))
        return button

    # -- layout ------------------------------------------------------------------------

    def _layout(self, search_label: QLabel) -> None:
        # The date stands on the title's line.
        self.outer.removeWidget(self.title_label)
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.date_label)

        day_half = QWidget()
        pair = QHBoxLayout(day_half)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(QLabel(self.tr("Demi-journée :")))
        pair.addWidget(self.morning)
        pair.addWidget(self.afternoon)
        pair.addStretch(1)
        halves = ReflowRow()  # « à distance » under the half-days when the window is narrow
        halves.box.setSpacing(24)
        halves.add(day_half)
        halves.add(self.remote)
        halves.box.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(search_label)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.checkin_button)
        left.addLayout(row)
        left.addWidget(self.hint)
        left.addWidget(self.results, 1)
        left.addWidget(self.first_visit_button)
        left.addWidget(self.message)
        answers = QHBoxLayout()
        answers.addWidget(self.reentry_yes)
        answers.addWidget(self.reentry_no)
        answers.addStretch(1)
        left.addLayout(answers)

        right = QVBoxLayout()
        right.addWidget(self.present_title)
        right.addWidget(self.present, 1)
        right.addWidget(self.undo_button)

        columns = QGridLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)

        glance_box = QFrame()
        glance_box.setObjectName("glance_box")
        glance_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(glance_box)
        box.addWidget(self.glance)

        self.outer.insertLayout(0, head)
        self.outer.addWidget(halves)
        self.outer.addLayout(columns, 1)
        self.outer.addWidget(glance_box)
        self.setTabOrder(self.search, self.checkin_button)
        self.setTabOrder(self.checkin_button, self.morning)
        self.setTabOrder(self.morning, self.afternoon)
        self.setTabOrder(self.afternoon, self.remote)
        self.setTabOrder(self.remote, self.results)
        self.setTabOrder(self.results, self.present)
        self.setTabOrder(self.present, self.undo_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.update_results)
        self.search.returnPressed.connect(self.check_in_highlighted)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.checkin_button.clicked.connect(self.check_in_highlighted)
        self.first_visit_button.clicked.connect(self.welcome_first_visit)
        self.reentry_yes.clicked.connect(self._confirm_reentry)
        self.reentry_no.clicked.connect(self._cancel_reentry)
        self.undo_button.clicked.connect(self.undo_selected)
        self.morning.toggled.connect(lambda _on: self.refresh_present())
        self.present.selectionModel().selectionChanged.connect(
            lambda *_: self.undo_button.setEnabled(self.present.currentIndex().isValid())
        )
        self.results.clicked.connect(lambda index: self.results.setCurrentIndex(index))
        self.results.doubleClicked.connect(lambda _i: self.check_in_highlighted())

    # -- state -------------------------------------------------------------------------

    def today(self) -> date:
        return self.now().date()

    def half_day(self) -> str:
        return "am" if self.morning.isChecked() else "pm"

    def half_day_words(self) -> str:
        return self.tr("ce matin") if self.half_day() == "am" else self.tr("cet après-midi")

    def highlighted(self) -> MemberRow | None:
        index = self.results.currentIndex()
        if not index.isValid():
            return None
        return self.results_model.row_at(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the search field move the highlight in the results; Enter in the
        results (reached with Tab) checks the highlighted person in."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results_model.rowCount() > 0:
                current = max(self.results.currentIndex().row(), 0)
                target = min(max(current + step, 0), self.results_model.rowCount() - 1)
                self.results.setCurrentIndex(self.results_model.index(target))
                return True
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in_highlighted()
                return True
        return super().eventFilter(watched, event)

    # -- actions -----------------------------------------------------------------------

    def update_results(self, text: str) -> None:
        self._cancel_reentry(silent=True)
        text = text.strip()
        rows = self.ops.club.members.search(text, limit=RESULTS_SHOWN, on=self.today()) \
            if text else []
        self.results_model.set_rows(rows)
        if rows:
            self.results.setCurrentIndex(self.results_model.index(0))
        nobody = bool(text) and not rows
        self.first_visit_button.setVisible(nobody)
        if not text:
            return  # keep the last sentence (e.g. "Bonjour Émilie !") until typing starts
        if nobody:
            label = self.tr("Première visite : accueillir « %1 »").replace("%1", text)
            self.first_visit_button.setText(label)
            self.first_visit_button.setAccessibleName(label)
            self.say(self.tr("Ce nom n'est pas dans la liste.\n"
                             "C'est peut-être une première visite."))
        else:
            self.say("")

    def check_in_highlighted(self) -> None:
        if self.search.text().strip() and self.results_model.rowCount() == 0:
            self.update_results(self.search.text())  # results are always those of the text
        member = self.highlighted()
        if member is None:
            if not self.search.text().strip():
                self.say(self.tr("Tapez d'abord le début d'un nom."))
                self.search.setFocus()
            else:  # nobody: a second Enter welcomes a first visit, deliberately
                self.first_visit_button.setFocus()
            return
        self._check_in(member, reopen=False)

    def _check_in(self, member: MemberRow, *, reopen: bool) -> None:
        name = member.preferred_name or member.first_name
        arrived = self.results_model.arrived_at(member.id)
        if arrived is not None:  # chosen twice: nothing to do, and nothing went wrong
            self.search.clear()
            self.say(self.tr("%1 est déjà là depuis %2 : son arrivée est bien notée pour %3.")
                     .replace("%1", name).replace("%2", arrived)
                     .replace("%3", self.half_day_words()))
            self.search.setFocus()
            return
        outcome = self.ops.run(
            self.ops.club.attendance.check_in, member.id, self.today(), self.half_day(),
            mode="remote" if self.remote.isChecked() else "onsite", reopen=reopen,
            )
        if outcome.ok:
            self.search.clear()  # before the message: clearing resets the results line
            self.say(self.tr("Bonjour %1 !\nVotre arrivée est notée pour %2.")
                     .replace("%1", name).replace("%2", self.half_day_words()), good=True)
        elif isinstance(outcome.error, ReentryNeeded):
            self._pending_reentry = member
            self.say(str(outcome.error))
            self.reentry_yes.show()
            self.reentry_no.show()
            self.reentry_yes.setFocus()
            return
        elif isinstance(outcome.error, DuplicateError):  # another desk was just faster
            self.search.clear()
            self.say(str(outcome.error))
        else:
            self.say(str(outcome.error), problem=True)
        self.search.setFocus()

    def _confirm_reentry(self) -> None:
        member = self._pending_reentry
        self._cancel_reentry(silent=True)
        if member is not None:
            self._check_in(member, reopen=True)

    def _cancel_reentry(self, *, silent: bool = False) -> None:
        if self._pending_reentry is None:
            return
        self._pending_reentry = None
        self.reentry_yes.hide()
        self.reentry_no.hide()
        if not silent:
            self.say(self.tr("D'accord, rien n'a été changé."))
            self.search.setFocus()
            self.search.selectAll()  # the next name typed replaces this one

    def welcome_first_visit(self) -> None:
        first_name = " ".join(self.search.text().split())
        if not first_name:
            return
        if first_name.islower():
            first_name = first_name[:1].upper() + first_name[1:]
        created = self.ops.run(self.ops.club.members.create, first_name)
        if not created.ok:
            self.say(str(created.error), problem=True)
            return
        assert created.value.id is not None  # stored
        visitor = self.ops.club.members.row(created.value.id, on=self.today())
        self.first_visit_button.hide()
        self._check_in(visitor, reopen=False)
        if self.message.text().startswith(self.tr("Bonjour")):
            self.say(self.tr("Bienvenue %1 !\nPremière visite notée pour %2.")
                     .replace("%1", first_name).replace("%2", self.half_day_words()), good=True)

    def undo_selected(self) -> None:
        index = self.present.currentIndex()
        if not index.isValid():
            return
        presence = self.present_model.row_at(index.row())
        outcome = self.ops.run(self.ops.club.attendance.undo, presence.attendance_id)
        if outcome.ok:
            self.say(self.tr("Le pointage de %1 est annulé.")
                     .replace("%1", presence.display_name), good=True)
        else:
            self.say(str(outcome.error), problem=True)
        self.search.setFocus()

    # -- refresh -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_present()
        self.refresh_glance()

    def refresh_all(self) -> None:
        self.date_label.setText(date_in_words(self.today()))
        if self.ops.club.actor.role == DIRECTION:
            self.report_reminder.show_reminder(self.ops.club.indicators.reminder(self.today()))
        self.refresh()

    def refresh_present(self) -> None:
        rows = self.ops.club.attendance.present(self.today(), self.half_day())
        self.present_model.set_rows(rows)
        self.results_model.set_arrivals(self.present_model.arrivals())
        self.undo_button.setEnabled(False)
        count = len(rows)
        self.present_title.setText(
            self.tr("Présents %1 : %2").replace("%1", self.half_day_words())
            .replace("%2", str(count))
        )

    def refresh_glance(self) -> None:
        today = self.today()
        if self.ops.club.actor.role == RECEPTION:  # the staffing figures are the staff's
            active = self.ops.club.attendance.active_members(today.year, today.month)
            self.glance.setText(self._members_line(active))
            return
        g = self.ops.club.attendance.glance(today)
        fte = f"{g.staff_fte:.1f}".replace(".", ",")
        lines = [
            self._members_line(g.active_members),
            self.tr("Salariés aujourd'hui : autant que %1 personnes à temps plein.")
            .replace("%1", fte),
        ]
        if g.members_per_fte is None:
            lines.append(self.tr("Aucun salarié n'est noté aujourd'hui : "
                                 "le ratio ne peut pas être calculé."))
        else:
            ratio = f"{g.members_per_fte:.1f}".replace(".", ",")
            words = other_words(self.ops)  # « adhérents » in a GEM
            many = words[1] if words else self.tr("membres")
            lines.append(self.tr("Cela fait %1 %2 actifs pour un salarié à temps plein.")
                         .replace("%1", ratio).replace("%2", many))
            lines.append(
                (self.tr("Le repère est environ %1 %2 : c'est bien.")
                 if g.members_per_fte <= SPEC_MEMBERS_PER_FTE else
                 self.tr("Le repère est environ %1 %2 : c'est plus que le repère."))
                .replace("%1", str(SPEC_MEMBERS_PER_FTE)).replace("%2", many))
        self.glance.setText("\n".join(lines))

    def _members_line(self, active: int) -> str:
        """« Ce mois-ci : 44 membres sont venus… », in the structure's word (« adhérents »
        in a GEM), singular for one, and no « 0 membres »."""
        if active == 0:
            return self.tr("Ce mois-ci : personne n'est encore venu.")
        one, many = other_words(self.ops) or (self.tr("membre"), self.tr("membres"))
        return count_text(active, self.tr("Ce mois-ci : %1 %2 est venu au moins une fois."),
                          self.tr("Ce mois-ci : %1 %2 sont venus au moins une fois.")) \
            .replace("%2", one if active == 1 else many)

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.search.setFocus()
        super().showEvent(event)  # type: ignore[arg-type]
