"""The « Mes prochaines étapes » tab of « Suivis »: the next steps due for the whole team or
one staff member (« en retard » written in words), marking one done, opening the member's
sheet, and that person's caseload. Its strings keep the screen's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clubdesk.ui.followups.models import CaseloadModel, DueStepsModel
from clubdesk.ui.widgets import (
    hbox,
    make_button,
    make_combo,
    make_hint,
    make_message,
    make_table,
    selected_row,
    set_message,
)
from clubdesk.ui.widgets.words import count_text

if TYPE_CHECKING:
    from clubdesk.ui.followups.followups_screen import FollowupsScreen

translate = QCoreApplication.translate

WINDOWS = (7, 14, 30)  # how many days ahead the next steps are shown (overdue ones always)
DEFAULT_WINDOW = 14  # a step due in 12 days is not hidden by a one-week window


class NextStepsPage(QWidget):
    def __init__(self, screen: FollowupsScreen) -> None:
        super().__init__()
        self.followups_screen = screen
        self.due_staff = make_combo("due_staff", translate("FollowupsScreen", "Étapes de qui"))
        due_staff_label = QLabel(translate("FollowupsScreen", "&Pour :"))
        due_staff_label.setBuddy(self.due_staff)
        self.due_window = make_combo(
            "due_window", translate("FollowupsScreen", "Étapes à venir sur combien de jours"),
            [(translate("FollowupsScreen", "%1 jours").replace("%1", str(days)), days)
             for days in WINDOWS])
        self.due_window.setCurrentIndex(WINDOWS.index(DEFAULT_WINDOW))
        self.due_window.setMinimumContentsLength(8)  # « 30 jours »: room for the rest at 200 %
        due_window_label = QLabel(translate("FollowupsScreen", "À &venir sur :"))
        due_window_label.setBuddy(self.due_window)
        self.due_explanation = make_hint(name="due_explanation")
        self.due_model = DueStepsModel(self)
        self.due_table = make_table(
            "due_table", translate("FollowupsScreen", "Prochaines étapes"), self.due_model,
            fixed=(0, 3), weights={1: 2, 2: 3})
        self.due_count = make_hint(name="due_count")
        self.mark_done_button = make_button(
            translate("FollowupsScreen", "C'est fait"), "mark_done_button",
            translate("FollowupsScreen", "L'étape choisie est faite"))
        self.open_member_button = make_button(
            translate("FollowupsScreen", "Ouvrir la fiche"), "open_member_button",
            translate("FollowupsScreen", "Ouvrir la fiche de suivi du membre"))
        self.due_message = make_message("due_message")

        due_box = QGroupBox(translate("FollowupsScreen", "Prochaines étapes"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_explanation)
        due_layout.addWidget(self.due_table, 1)
        due_layout.addWidget(self.due_count)
        due_layout.addLayout(hbox(self.open_member_button, 1, self.mark_done_button))
        due_layout.addWidget(self.due_message)

        self.caseload_model = CaseloadModel(self)
        self.caseload_table = make_table(
            "caseload_table", translate("FollowupsScreen", "Membres suivis"),
            self.caseload_model, fixed=(1,))
        self.caseload_hint = make_hint(name="caseload_hint")
        self.caseload_box = QGroupBox(translate("FollowupsScreen", "Membres suivis"))
        self.caseload_box.setObjectName("caseload_box")
        caseload_layout = QVBoxLayout(self.caseload_box)
        caseload_layout.addWidget(self.caseload_hint)
        caseload_layout.addWidget(self.caseload_table, 1)

        row = QHBoxLayout()
        row.addWidget(due_box, 3)
        row.addWidget(self.caseload_box, 2)
        self.staff_hint = make_hint(
            translate("FollowupsScreen",
                      "Choisissez une personne pour voir aussi les membres qu'elle suit."),
            "due_staff_hint")
        layout = QVBoxLayout(self)
        layout.addLayout(hbox(due_staff_label, self.due_staff, due_window_label,
                              self.due_window, 1))
        layout.addWidget(self.staff_hint)
        layout.addLayout(row, 1)
        # through the screen, so that a refresh of the screen is one call to watch
        self.due_staff.currentIndexChanged.connect(lambda *_: screen.refresh_due())
        self.due_window.currentIndexChanged.connect(lambda *_: screen.refresh_due())
        self.due_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_due_buttons())
        self.due_table.doubleClicked.connect(lambda *_: self.open_due_member())
        self.mark_done_button.clicked.connect(self.mark_done)
        self.open_member_button.clicked.connect(self.open_due_member)

    def refresh_due(self) -> None:
        screen = self.followups_screen
        club = screen.ops.club
        staff_id = self.due_staff.currentData()
        selected = self.selected_due()
        days = self.days()
        self.due_explanation.setText(
            translate("FollowupsScreen",
                      "Les étapes en retard d'abord, puis celles des %1 prochains jours.")
            .replace("%1", str(days)))
        self.due_model.set_rows(screen.read(club.followups.due, screen.today(),
                                            staff_id=staff_id, days=days) or [])
        self.due_table.resizeRowsToContents()
        if selected is not None:
            row = self.due_model.find_row(lambda d: d.followup_id == selected.followup_id)
            if row >= 0:
                self.due_table.selectRow(row)
        self.due_count.setText(self._count_text())
        self.staff_hint.setVisible(staff_id is None)
        self.caseload_box.setVisible(staff_id is not None)
        if staff_id is None:
            self.caseload_model.set_rows([])
        else:
            name = self.due_staff.currentText()
            self.caseload_box.setTitle(translate("FollowupsScreen", "Membres suivis par %1")
                                       .replace("%1", name))
            self.caseload_model.set_rows(screen.read(club.followups.caseload, staff_id) or [])
            count = self.caseload_model.rowCount()
            self.caseload_hint.setText(
                translate("FollowupsScreen",
                          "Personne pour l'instant : le dernier suivi d'un membre dit qui le "
                          "suit.") if count == 0
                else count_text(
                    count, translate("FollowupsScreen",
                                     "%1 membre, dont le dernier suivi a été fait par %2."),
                    translate("FollowupsScreen",
                              "%1 membres, dont le dernier suivi a été fait par %2."))
                .replace("%2", name))
        self._update_due_buttons()

    def days(self) -> int:
        """How many days ahead the chosen window reaches."""
        return int(self.due_window.currentData() or DEFAULT_WINDOW)

    def _count_text(self) -> str:
        rows = self.due_model.rows()
        late = sum(1 for r in rows if r.overdue)
        if not rows:
            return (translate("FollowupsScreen",
                              "Aucune étape en retard, ni dans les %1 prochains jours.")
                    .replace("%1", str(self.days())))
        if late:
            return count_text(
                len(rows), translate("FollowupsScreen", "%1 étape, dont %2 en retard."),
                translate("FollowupsScreen", "%1 étapes, dont %2 en retard."),
            ).replace("%2", str(late))
        return count_text(len(rows), translate("FollowupsScreen", "%1 étape, aucune en retard."),
                          translate("FollowupsScreen", "%1 étapes, aucune en retard."))

    def selected_due(self) -> Any:
        row = selected_row(self.due_table)
        return self.due_model.row_at(row) if row is not None else None

    def _update_due_buttons(self) -> None:
        chosen = self.selected_due() is not None
        self.mark_done_button.setEnabled(chosen)
        self.open_member_button.setEnabled(chosen)

    def mark_done(self) -> None:
        step = self.selected_due()
        if step is None:
            set_message(self.due_message,
                        translate("FollowupsScreen",
                                  "Choisissez d'abord une étape dans la liste."),
                        problem=True)
            return
        ops = self.followups_screen.ops
        outcome = ops.run(ops.club.followups.mark_done, step.followup_id,
                          self.followups_screen.today())
        if not outcome.ok:
            set_message(self.due_message, str(outcome.error), problem=True)
            return
        set_message(self.due_message,
                    translate("FollowupsScreen", "C'est noté : « %1 » pour %2 est fait.")
                    .replace("%1", step.next_step).replace("%2", step.member_name))

    def open_due_member(self) -> None:
        step = self.selected_due()
        if step is not None:
            self.followups_screen.open_member(step.member_id)
