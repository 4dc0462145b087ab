"""« À recontacter »: the current members not seen for N days, oldest first, and noting a
contact made with one of them (which takes them off the list for N days)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.topics import Topic
from clubdesk.ui import appearance
from clubdesk.ui.operations import Operations
from clubdesk.ui.reach_out.reach_out_model import ReachOutTableModel
from clubdesk.ui.widgets import from_qdate, make_date_edit, to_qdate

STYLE = (
    "QLabel#reach_out_message { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel#reach_out_message[problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel#reach_out_person { font-weight: 600; }"
    "QTableView#reach_out_table::item { padding: 4px; }"
    "QTableView#reach_out_table QHeaderView::section { padding: 4px 12px; font-weight: 600; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
    "QGroupBox QLabel#reach_out_person { font-weight: 600; }"
    "QGroupBox QLabel#reach_out_person[empty=\"true\"] { font-weight: normal; color: #444; }"
)

# What a member's contact preference suggests as the channel of the next contact.
CHANNEL_FOR_PREFERENCE = {"phone": "phone", "sms": "sms", "email": "email", "post": "post"}


class ReachOutScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.setObjectName("reach_out_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast

        title = QLabel(self.tr("À recontacter"))
        title.setObjectName("screen_title")
        self.explanation = QLabel()
        self.explanation.setObjectName("reach_out_explanation")
        self.explanation.setWordWrap(True)

        self.days = QSpinBox()
        self.days.setObjectName("reach_out_days")
        self.days.setRange(1, 365)
        self.days.setSuffix(self.tr(" jours"))
        self.days.setAccessibleName(self.tr("Nombre de jours sans venir avant de recontacter"))
        # Only on Enter, arrows or leaving the field: typing "30" does not save "3" first.
        self.days.setKeyboardTracking(False)
        self.days.setMinimumWidth(120)
        days_label = QLabel(self.tr("Recontacter après :"))
        days_label.setBuddy(self.days)

        self.model = ReachOutTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("reach_out_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Membres à recontacter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("reach_out_count")

        self.person_label = QLabel()
        self.person_label.setObjectName("reach_out_person")
        self.person_label.setWordWrap(True)
        self.date_edit = make_date_edit("reach_out_date", self.tr("Date du contact"),
                                        self.today())
        self.channel = QComboBox()
        self.channel.setObjectName("reach_out_channel")
        self.channel.setAccessibleName(self.tr("Moyen de contact utilisé"))
        self.channel.setMinimumWidth(220)
        self.channel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for value, label in (
            ("phone", self.tr("téléphone")),
            ("sms", self.tr("SMS")),
            ("email", self.tr("e-mail")),
            ("post", self.tr("courrier")),
            ("visit", self.tr("visite")),
            ("other", self.tr("autre")),
        ):
            self.channel.addItem(label, value)
        self.done_by = QLineEdit()
        self.done_by.setObjectName("reach_out_done_by")
        self.done_by.setAccessibleName(self.tr("Contact fait par"))
        self.done_by.setMaxLength(200)
        self.done_by.setPlaceholderText(self.tr("votre prénom"))
        self.note = QLineEdit()
        self.note.setObjectName("reach_out_note")
        self.note.setAccessibleName(self.tr("Note courte, facultative"))
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("facultatif, 500 caractères au plus"))
        self.record_button = QPushButton(self.tr("Noter ce contact"))
        self.record_button.setObjectName("record_reach_out_button")
        self.record_button.setAccessibleName(
            self.tr("Noter ce contact avec la personne choisie"))
        self.record_button.setMinimumHeight(36)
        self.message = QLabel()
        self.message.setObjectName("reach_out_message")
        self.message.setWordWrap(True)
        self.message.hide()

        form_box = QGroupBox(self.tr("Noter un contact"))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Personne :"), self.person_label)
        for text, widget in (
            (self.tr("&Date :"), self.date_edit),
            (self.tr("&Moyen :"), self.channel),
            (self.tr("&Fait par :"), self.done_by),
            (self.tr("&Note :"), self.note),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.record_button)
        form_box_layout = QVBoxLayout(form_box)
        form_box_layout.addLayout(form)
        form_box_layout.addLayout(button_row)

        days_row = QHBoxLayout()
        days_row.addWidget(days_label)
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addLayout(days_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(form_box)
        layout.addWidget(self.message)

        self._channel_chosen_for: int | None = None
        self.days.setValue(ops.club.settings.get_int("reach_out_days"))
        self.days.valueChanged.connect(self.save_days)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.record_button.clicked.connect(self.record)
        ops.changed.connect(self._on_changed)
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {Topic.REACH_OUT, Topic.SETTINGS, Topic.ATTENDANCE, Topic.MEMBERS}:
            self.refresh()

    def refresh(self) -> None:
        today = self.today()
        days = self.ops.club.settings.get_int("reach_out_days")
        if self.days.value() != days:
            self.days.blockSignals(True)
            self.days.setValue(days)
            self.days.blockSignals(False)
        self.explanation.setText(
            self.tr("Les membres qui ne sont pas venus depuis %1 jours, le plus ancien en "
                    "premier.").replace("%1", str(days)))
        self.date_edit.setMaximumDate(to_qdate(today))
        selected = self.selected_member_id()
        self.model.set_rows(self.ops.club.reach_out.due(today, days))
        self.count_label.setText(
            self.tr("Personne à recontacter.") if self.model.rowCount() == 0
            else self.tr("%n personne(s) à recontacter.", "", self.model.rowCount()))
        if selected is not None:
            self.select_member(selected)
        self._on_selection()

    def save_days(self, value: int) -> None:
        outcome = self.ops.run(self.ops.club.settings.set_int, "reach_out_days", value)
        if not outcome.ok:
            self.show_message(str(outcome.error), problem=True)

    def selected_member_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).member_id

    def select_member(self, member_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).member_id == member_id:
                self.table.selectRow(row)
                return True
        return False

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._set_person(self.tr("choisissez une personne dans la liste"), empty=True)
            self.record_button.setEnabled(False)
            return
        due = self.model.row_at(rows[0].row())
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
            self.show_message(self.tr("Choisissez d'abord une personne dans la liste."),
                              problem=True)
            return
        name = self.person_label.text()
        outcome = self.ops.run(
            self.ops.club.reach_out.record, member_id, from_qdate(self.date_edit.date()),
            self.channel.currentData(), self.done_by.text(), self.note.text(),
            today=self.today())
        if not outcome.ok:
            self.show_message(str(outcome.error), problem=True)
            return
        self.note.clear()
        self.date_edit.setDate(to_qdate(self.today()))
        self.show_message(self.tr("Contact noté pour %1.").replace("%1", name))

    def _set_person(self, text: str, *, empty: bool) -> None:
        self.person_label.setProperty("empty", empty)
        self.person_label.style().unpolish(self.person_label)
        self.person_label.style().polish(self.person_label)
        self.person_label.setText(text)

    def show_message(self, text: str, *, problem: bool = False) -> None:
        self.message.setProperty("problem", problem)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
