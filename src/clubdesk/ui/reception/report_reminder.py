"""On the reception, the direction's first screen: the calm line about the annual table for
the ARS: due before 28 February, late, or sent (clubdesk.model.annual.reminder), with a
button to the « Rapport annuel » screen while it is not sent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from clubdesk.model.annual.reminder import ReminderState, ReportReminder
from clubdesk.ui.widgets import make_button


class ReportReminderLine(QFrame):
    """Hidden when there is nothing to say; ``requested``: open the report screen."""

    requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_reminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("report_reminder_label")
        self.label.setWordWrap(True)
        self.button = make_button(self.tr("Ouvrir le rapport annuel"), "report_reminder_button")
        self.button.clicked.connect(self.requested.emit)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def show_reminder(self, reminder: ReportReminder | None) -> None:
        if reminder is None:
            self.hide()
            return
        # the sentence comes from the core (say(), already in the language of the moment)
        self.label.setText(reminder.sentence)
        self.setProperty("late", reminder.state is ReminderState.LATE)
        self.button.setVisible(reminder.state is not ReminderState.SENT)
        self.show()
