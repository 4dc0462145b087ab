"""The « Nouveau suivi » tab of a member's follow-up sheet on « Suivis »: the form to note a
follow-up (date, who, kind, note, next step and its due date, partner). Its strings keep the
screen's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from clubdesk.model.followups import KIND_LABELS
from clubdesk.ui.widgets import (
    add_row,
    choices,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_form,
    make_line,
    make_message,
    set_message,
    to_qdate,
)

if TYPE_CHECKING:
    from clubdesk.ui.followups.followups_screen import FollowupsScreen

translate = QCoreApplication.translate

NOTE_MAX = 5000


class FollowupForm(QWidget):
    def __init__(self, screen: FollowupsScreen) -> None:
        super().__init__()
        self.followups_screen = screen
        today = screen.today()
        self.followup_date = make_date(
            "followup_date", translate("FollowupsScreen", "Date du suivi"), today,
            latest=today)
        self.followup_staff = make_combo(
            "followup_staff", translate("FollowupsScreen", "Suivi fait par"))
        self.followup_kind = make_combo(
            "followup_kind", translate("FollowupsScreen", "Type de suivi"),
            choices(KIND_LABELS))
        self.followup_note = QPlainTextEdit()
        self.followup_note.setObjectName("followup_note")
        self.followup_note.setAccessibleName(translate("FollowupsScreen", "Note du suivi"))
        self.followup_note.setTabChangesFocus(True)
        self.followup_note.setPlaceholderText(translate(
            "FollowupsScreen", "Ce qui a été dit, avec les mots du membre si possible."))
        self.followup_note.setMinimumHeight(90)
        self.followup_note.setMaximumHeight(140)
        self.followup_next = make_line(
            "followup_next_step", translate("FollowupsScreen", "Prochaine étape"), 500,
            translate("FollowupsScreen", "facultatif"))
        self.followup_has_due = make_check(
            translate("FollowupsScreen", "avec une échéance"), "followup_has_due",
            translate("FollowupsScreen", "La prochaine étape a une échéance"))
        self.followup_due = make_date(
            "followup_due", translate("FollowupsScreen", "Date d'échéance"), today)
        self.followup_due.setEnabled(False)
        self.followup_has_due.toggled.connect(self.followup_due.setEnabled)
        self.followup_partner = make_combo(
            "followup_partner", translate("FollowupsScreen", "Partenaire concerné"))
        self.followup_read = make_check(
            translate("FollowupsScreen", "Relu avec le membre"), "followup_read")
        self.add_followup_button = make_button(
            translate("FollowupsScreen", "Noter ce suivi"), "add_followup_button",
            translate("FollowupsScreen", "Noter ce suivi pour ce membre"))
        self.followup_message = make_message("followup_message")

        form = make_form()
        add_row(form, translate("FollowupsScreen", "&Date :"), self.followup_date)
        add_row(form, translate("FollowupsScreen", "Fait &par :"), self.followup_staff)
        add_row(form, translate("FollowupsScreen", "&Type :"), self.followup_kind)
        add_row(form, translate("FollowupsScreen", "&Note :"), self.followup_note)
        add_row(form, translate("FollowupsScreen", "Prochaine é&tape :"), self.followup_next)
        add_row(form, translate("FollowupsScreen", "É&chéance :"), self.followup_has_due,
                hbox(self.followup_has_due, self.followup_due, 1))
        add_row(form, translate("FollowupsScreen", "P&artenaire :"), self.followup_partner)
        form.addRow("", self.followup_read)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(hbox(1, self.add_followup_button))
        layout.addWidget(self.followup_message)
        layout.addStretch(1)
        self.add_followup_button.clicked.connect(self.add_followup)

    def add_followup(self) -> None:
        screen = self.followups_screen
        if screen.member_id is None:
            set_message(self.followup_message,
                        translate("FollowupsScreen", "Choisissez d'abord un membre."),
                        problem=True)
            return
        note = self.followup_note.toPlainText()
        if len(note) > NOTE_MAX:
            set_message(self.followup_message,
                        translate("FollowupsScreen",
                                  "La note est trop longue : %1 caractères au plus.")
                        .replace("%1", str(NOTE_MAX)), problem=True)
            return
        today = screen.today()
        ops = screen.ops
        outcome = ops.run(
            ops.club.followups.add, screen.member_id, from_qdate(self.followup_date.date()),
            self.followup_kind.currentData(), note=note,
            staff_id=self.followup_staff.currentData(), next_step=self.followup_next.text(),
            due_on=(from_qdate(self.followup_due.date())
                    if self.followup_has_due.isChecked() else None),
            partner_id=self.followup_partner.currentData(),
            read_with_member_on=today if self.followup_read.isChecked() else None,
            today=today)
        if not outcome.ok:
            set_message(self.followup_message, str(outcome.error), problem=True)
            return
        # ready for the next follow-up: back to the defaults (who noted it stays)
        self.followup_note.clear()
        self.followup_kind.setCurrentIndex(0)
        self.followup_partner.setCurrentIndex(0)
        self.followup_next.clear()
        self.followup_has_due.setChecked(False)
        self.followup_read.setChecked(False)
        self.followup_date.setDate(to_qdate(today))
        self.followup_due.setDate(to_qdate(today))
        set_message(self.followup_message,
                    translate("FollowupsScreen", "Suivi noté. Il est dans l'historique."))
