"""« À recontacter »: the current members not seen for N days, oldest first, and noting a
contact made with one of them (which takes them off the list for N days)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.reach_out.reach_out_model import ReachOutTableModel
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    add_row,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_hint,
    make_line,
    make_spin,
    make_strong,
    make_table,
    restyle,
    selected_row,
    to_qdate,
)
from clubdesk.ui.widgets.people_words import other_words
from clubdesk.ui.widgets.words import count_text

# What a member's contact preference suggests as the channel of the next contact.
CHANNEL_FOR_PREFERENCE = {"phone": "phone", "sms": "sms", "email": "email", "post": "post"}


class ReachOutScreen(Screen):
    screen_name = "reach_out_screen"
    topics = frozenset({Topic.REACH_OUT, Topic.SETTINGS, Topic.ATTENDANCE, Topic.MEMBERS})

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(ops, self.tr("À recontacter"), message_name="reach_out_message",
                         parent=parent)
        self.ops: Operations = ops
        self.today = today
        # The introduction says the number of days: written on each refresh.
        self.explanation = self.intro_label
        self.explanation.show()

        self.days = make_spin(
            "reach_out_days", self.tr("Nombre de jours sans venir avant de recontacter"),
            1, 365, suffix=self.tr(" jours"))
        self.days.setMinimumWidth(120)
        days_label = QLabel(self.tr("Recontacter après :"))
        days_label.setBuddy(self.days)

        self.model = ReachOutTableModel(self)
        self.table = make_table("reach_out_table", self.tr("Membres à recontacter"),
                                self.model, fixed=(1, 2, 4))
        self.count_label = make_hint(name="reach_out_count")

        self.person_label = make_strong(name="reach_out_person")
        self.date_edit = make_date("reach_out_date", self.tr("Date du contact"),
                                   self.today(), latest=self.today())
        self.channel = make_combo("reach_out_channel", self.tr("Moyen de contact utilisé"), [
            (self.tr("téléphone"), "phone"),
            (self.tr("SMS"), "sms"),
            (self.tr("e-mail"), "email"),
            (self.tr("courrier"), "post"),
            (self.tr("visite"), "visit"),
            (self.tr("autre"), "other"),
        ])
        self.channel.setMinimumWidth(220)
        self.channel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.done_by = make_line("reach_out_done_by", self.tr("Contact fait par"), 200,
                                 self.tr("votre prénom"))
        self.note = make_line("reach_out_note", self.tr("Note courte, facultative"), 500,
                              self.tr("facultatif, 500 caractères au plus"))
        self.record_button = make_button(
            self.tr("Noter ce contact"), "record_reach_out_button",
            self.tr("Noter ce contact avec la personne choisie"))

        form_box = QGroupBox(self.tr("Noter un contact"))
        form = make_form()
        form.addRow(self.tr("Personne :"), self.person_label)
        add_row(form, self.tr("&Date :"), self.date_edit)
        add_row(form, self.tr("&Moyen :"), self.channel)
        add_row(form, self.tr("&Fait par :"), self.done_by)
        add_row(form, self.tr("&Note :"), self.note)
        form_box_layout = QVBoxLayout(form_box)
        form_box_layout.addLayout(form)
        form_box_layout.addLayout(hbox(1, self.record_button))

        self.outer.addLayout(hbox(days_label, self.days, 1))
        self.outer.addWidget(self.table, 1)
        self.outer.addWidget(self.count_label)
        self.outer.addWidget(form_box)
        self.outer.addWidget(self.message)

        self._channel_chosen_for: int | None = None
        self.days.setValue(ops.club.settings.get_int("reach_out_days"))
        self.days.valueChanged.connect(self.save_days)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.record_button.clicked.connect(self.record)
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.today()
        days = self.ops.club.settings.get_int("reach_out_days")
        if self.days.value() != days:
            self.days.blockSignals(True)
            self.days.setValue(days)
            self.days.blockSignals(False)
        words = other_words(self.ops)  # « Les adhérents qui… » in a GEM
        self.explanation.setText(
            self.tr("Les %2 qui ne sont pas venus depuis %1 jours, le plus ancien en "
                    "premier.").replace("%1", str(days))
            .replace("%2", words[1] if words else self.tr("membres")))
        self.date_edit.setMaximumDate(to_qdate(today))
        selected = self.selected_member_id()
        self.model.set_rows(self.ops.club.reach_out.due(today, days))
        self.count_label.setText(
            self.tr("Personne à recontacter.") if self.model.rowCount() == 0
            else count_text(self.model.rowCount(), self.tr("%1 personne à recontacter."),
                            self.tr("%1 personnes à recontacter.")))
        if selected is not None:
            self.select_member(selected)
        self._on_selection()

    def save_days(self, value: int) -> None:
        outcome = self.ops.run(self.ops.club.settings.set_int, "reach_out_days", value)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)

    def selected_member_id(self) -> int | None:
        row = selected_row(self.table)
        return self.model.row_at(row).member_id if row is not None else None

    def select_member(self, member_id: int) -> bool:
        row = self.model.find_row(lambda due: due.member_id == member_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _on_selection(self) -> None:
        row = selected_row(self.table)
        if row is None:
            self._set_person(self.tr("choisissez une personne dans la liste"), empty=True)
            self.record_button.setEnabled(False)
            return
        due = self.model.row_at(row)
        self._set_person(due.display_name, empty=False)
        if self._channel_chosen_for != due.member_id:
            # A new person: suggest their preferred channel (the user may change it).
            self._channel_chosen_for = due.member_id
            channel = CHANNEL_FOR_PREFERENCE.get(due.contact_preference)
            if channel is not None:
                self.channel.setCurrentIndex(self.channel.findData(channel))
        self.record_button.setEnabled(True)

    # -- noting a contact ---------------------------------------------------------------

    def record(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            self.say(self.tr("Choisissez d'abord une personne dans la liste."), problem=True)
            return
        name = self.person_label.text()
        outcome = self.ops.run(
            self.ops.club.reach_out.record, member_id, from_qdate(self.date_edit.date()),
            self.channel.currentData(), self.done_by.text(), self.note.text(),
            today=self.today())
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        self.note.clear()
        self.date_edit.setDate(to_qdate(self.today()))
        self.say(self.tr("Contact noté pour %1.").replace("%1", name))

    def _set_person(self, text: str, *, empty: bool) -> None:
        """The person chosen in bold; the invitation to choose one, quieter."""
        self.person_label.setProperty("strong", not empty)
        self.person_label.setProperty("hint", empty)
        restyle(self.person_label)
        self.person_label.setText(text)
