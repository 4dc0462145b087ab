"""« Structure »: the club's profile for the annual report — identity and premises, opening
hours, funding and activities of a year, governance, satisfaction surveys.

Everyone may read it; only the direction may change it (the service refuses otherwise, and
its sentence is shown next to the form that was used).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from clubdesk.export.annual_report import fr_euros
from clubdesk.model import clock
from clubdesk.model.structure import INFO_FIELDS
from clubdesk.model.tables import Activity, FundingLine, SatisfactionSurvey
from clubdesk.model.topics import Topic
from clubdesk.ui import appearance, i18n
from clubdesk.ui.confirm import ask_yes_no
from clubdesk.ui.members.member_form import from_qdate, make_date_edit
from clubdesk.ui.operations import Operations
from clubdesk.ui.table_model import make_table

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_FRENCH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")

STYLE = (
    "QLabel[message=\"true\"] { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel[message=\"true\"][problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QListWidget#structure_sections { font-size: 12pt; }"
    "QListWidget#structure_sections::item { padding: 10px 8px; }"
    "QTableView::item { padding: 4px; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("StructureScreen", text)


def to_iso(text: str) -> str:
    """'01/11/2023' -> '2023-11-01'; anything else is passed on as typed (the service says
    what is wrong with it)."""
    found = _FRENCH_DATE.match(text)
    if not found:
        return text.strip()
    day, month, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return text.strip()


def from_iso(text: str) -> str:
    try:
        return date.fromisoformat(text).strftime("%d/%m/%Y") if text else ""
    except ValueError:
        return text


# -- table models --------------------------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows, one text function per column."""

    def __init__(self, headers: Sequence[str], columns: Sequence[Callable[[Any], str]],
                 parent: Any = None, *, right: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._columns = list(columns)
        self._right = set(right)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None


def funding_model(parent: Any = None) -> RowsModel:
    kinds = {"fir": tr("FIR de l'ARS"), "complementary": tr("complémentaire")}
    return RowsModel(
        (tr("Financeur"), tr("Type"), tr("En nature"), tr("Montant")),
        (lambda f: f.funder, lambda f: kinds.get(f.kind, f.kind),
         lambda f: tr("oui") if f.in_kind else tr("non"), lambda f: fr_euros(f.amount_eur)),
        parent, right=(3,))


def activity_model(parent: Any = None) -> RowsModel:
    statuses = {"done": tr("réalisée"), "planned": tr("prévue")}
    return RowsModel(
        (tr("Activité"), tr("Type"), tr("État"), tr("Description")),
        (lambda a: a.title, lambda a: a.kind, lambda a: statuses.get(a.status, a.status),
         lambda a: a.description), parent)


def survey_model(parent: Any = None) -> RowsModel:
    audiences = {"members": tr("membres"), "partners": tr("partenaires")}
    return RowsModel(
        (tr("Date"), tr("Public"), tr("Réponses"), tr("Résumé")),
        (lambda s: s.date.strftime("%d/%m/%Y"), lambda s: audiences.get(s.audience, s.audience),
         lambda s: str(s.answers), lambda s: s.summary), parent, right=(2,))


# -- the screen ----------------------------------------------------------------------------


class StructureScreen(QWidget):
    WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self._own_change = False  # an edit of this screen under way (read back by its page)
        # asks before a line is deleted (tests pass their own answer)
        self.confirm = confirm or self._confirm
        self.setObjectName("structure_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast
        self.messages: dict[str, QLabel] = {}

        title = QLabel(self.tr("Structure"))
        title.setObjectName("screen_title")
        intro = QLabel(self.tr("Le profil du club pour le rapport annuel. Tout le monde peut "
                               "le lire ; seule la direction peut le modifier."))
        intro.setWordWrap(True)
        intro.setProperty("hint", True)

        self.sections = QListWidget()
        self.sections.setObjectName("structure_sections")
        self.sections.setAccessibleName(self.tr("Parties du profil"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("structure_pages")
        for text, page in (
            (self.tr("Identité et locaux"), self._info_page()),
            (self.tr("Horaires d'ouverture"), self._hours_page()),
            (self.tr("Financements"), self._funding_page()),
            (self.tr("Activités"), self._activities_page()),
            (self.tr("Gouvernance"), self._governance_page()),
            (self.tr("Enquêtes de satisfaction"), self._surveys_page()),
        ):
            self.sections.addItem(text)
            self.pages.addWidget(page)
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 40)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

        ops.changed.connect(self._on_changed)
        self.reload()

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        return form

    @staticmethod
    def _add_row(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _message(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name}_message")
        label.setProperty("message", True)
        label.setWordWrap(True)
        label.hide()
        self.messages[name] = label
        return label

    def show_message(self, name: str, text: str, *, problem: bool = False) -> None:
        label = self.messages[name]
        label.setProperty("problem", problem)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    @staticmethod
    def _button(text: str, name: str, accessible: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible or text)
        button.setMinimumHeight(34)
        return button

    @staticmethod
    def _line(name: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        return edit

    @staticmethod
    def _table(name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
        # the last column (a note, a title) takes the space left
        return make_table(name, accessible, model, stretch=model.columnCount() - 1)

    @staticmethod
    def _page(*widgets: QWidget, scroll: bool = False) -> tuple[QWidget, QVBoxLayout]:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        for widget in widgets:
            layout.addWidget(widget)
        if not scroll:
            return inner, layout
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        return area, layout

    def _run(self, page: str, call: Callable[..., Any], *args: Any, done: str = "",
             then: Callable[[], None] | None = None, **kwargs: Any) -> bool:
        """One change through the operations; the page's message says how it went, and
        only that page is read again (what is typed elsewhere stays)."""
        self._own_change = True  # read back below, page by page: no reload of every page
        try:
            outcome = self.ops.run(call, *args, **kwargs)
        finally:
            self._own_change = False
        if not outcome.ok:
            self.show_message(page, str(outcome.error), problem=True)
            return False
        if then is not None:
            then()
        self.show_message(page, done)
        return True

    # -- identity and premises ----------------------------------------------------------

    def _info_page(self) -> QWidget:
        self.info_edits: dict[str, QLineEdit] = {}
        form = self._form()
        for field in INFO_FIELDS:
            label = i18n.translate_core(field.label)  # a Term of the core
            edit = self._line(f"info_{field.key}", label, 300)
            if field.kind == "date":
                edit.setPlaceholderText(self.tr("JJ/MM/AAAA"))
                edit.setMaximumWidth(180)
            elif field.kind == "number":
                edit.setMaximumWidth(180)
            self.info_edits[field.key] = edit
            self._add_row(form, self.tr("%1 :").replace("%1", label), edit)
        self.save_info_button = self._button(self.tr("Enregistrer"), "save_info_button",
                                             self.tr("Enregistrer l'identité et les locaux"))
        self.save_info_button.clicked.connect(self.save_info)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_info_button)
        page, layout = self._page(scroll=True)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self._message("info"))
        layout.addStretch(1)
        return page

    def info_values(self) -> dict[str, str]:
        values = {}
        for field in INFO_FIELDS:
            text = self.info_edits[field.key].text()
            values[field.key] = to_iso(text) if field.kind == "date" else text
        return values

    def save_info(self) -> None:
        self._run("info", self.ops.club.structure.set_info, self.info_values(),
                  done=self.tr("Identité et locaux enregistrés."), then=self._load_info)

    # -- opening hours ------------------------------------------------------------------

    def _hours_page(self) -> QWidget:
        self.hours_table = QTableWidget(0, 3)
        self.hours_table.setObjectName("hours_table")
        self.hours_table.setAccessibleName(self.tr("Plages d'ouverture de la semaine"))
        self.hours_table.setHorizontalHeaderLabels(
            [self.tr("Jour"), self.tr("Ouverture"), self.tr("Fermeture")])
        self.hours_table.verticalHeader().hide()
        self.hours_table.verticalHeader().setDefaultSectionSize(40)
        self.hours_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hours_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hours_table.setTabKeyNavigation(False)
        header = self.hours_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((180, 140, 140)):
            header.resizeSection(column, width)
        # Three narrow columns: the table is no wider than they are (and a scroll bar).
        self.hours_table.setMaximumWidth(180 + 140 + 140 + 40)
        self.add_hours_button = self._button(self.tr("Ajouter une plage"), "add_hours_button")
        self.remove_hours_button = self._button(self.tr("Retirer la plage choisie"),
                                                "remove_hours_button")
        self.save_hours_button = self._button(self.tr("Enregistrer les horaires"),
                                              "save_hours_button")
        self.add_hours_button.clicked.connect(lambda: self.add_hours_row())
        self.remove_hours_button.clicked.connect(self.remove_hours_row)
        self.save_hours_button.clicked.connect(self.save_hours)
        hint = QLabel(self.tr("Plusieurs plages par jour sont possibles (matin, après-midi), "
                              "sans se chevaucher."))
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        row = QHBoxLayout()
        row.addWidget(self.add_hours_button)
        row.addWidget(self.remove_hours_button)
        row.addStretch(1)
        row.addWidget(self.save_hours_button)
        page, layout = self._page(hint, self.hours_table)
        layout.addLayout(row)
        layout.addWidget(self._message("hours"))
        return page

    def add_hours_row(self, weekday: int = 1, opens: str = "09:00",
                      closes: str = "17:00") -> int:
        row = self.hours_table.rowCount()
        self.hours_table.insertRow(row)
        day = QComboBox()
        day.setAccessibleName(self.tr("Jour"))
        for number, name in enumerate(self.WEEKDAYS, start=1):
            day.addItem(name, number)
        day.setCurrentIndex(weekday - 1)
        self.hours_table.setCellWidget(row, 0, day)
        for column, (value, name) in enumerate(((opens, self.tr("Ouverture")),
                                                (closes, self.tr("Fermeture"))), start=1):
            edit = QTimeEdit(QTime.fromString(value, "HH:mm"))
            edit.setDisplayFormat("HH:mm")
            edit.setLocale(FRENCH)
            edit.setAccessibleName(name)
            self.hours_table.setCellWidget(row, column, edit)
        self.hours_table.selectRow(row)
        self.hours_table.scrollToBottom()
        return row

    def remove_hours_row(self) -> None:
        rows = self.hours_table.selectionModel().selectedRows()
        if rows:
            self.hours_table.removeRow(rows[0].row())

    def hours_ranges(self) -> list[tuple[int, str, str]]:
        ranges = []
        for row in range(self.hours_table.rowCount()):
            day = self.hours_table.cellWidget(row, 0)
            opens = self.hours_table.cellWidget(row, 1)
            closes = self.hours_table.cellWidget(row, 2)
            assert isinstance(day, QComboBox)
            assert isinstance(opens, QTimeEdit) and isinstance(closes, QTimeEdit)
            ranges.append((int(day.currentData()), opens.time().toString("HH:mm"),
                           closes.time().toString("HH:mm")))
        return ranges

    def save_hours(self) -> None:
        self._run("hours", self.ops.club.structure.set_opening_hours, self.hours_ranges(),
                  done=self.tr("Horaires enregistrés."), then=self._load_hours)

    # -- funding ------------------------------------------------------------------------

    def _year_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(self.tr("Année"))
        spin.setRange(2000, self.today().year + 1)
        spin.setValue(self.today().year - 1)
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(110)
        return spin

    def _funding_page(self) -> QWidget:
        self.funding_year = self._year_spin("funding_year")
        self.funding_model = funding_model(self)
        self.funding_view = self._table("funding_table", self.tr("Financements de l'année"),
                                        self.funding_model)
        self.funding_total = QLabel()
        self.funding_total.setObjectName("funding_total")
        self.delete_funding_button = self._button(
            self.tr("Supprimer la ligne choisie"), "delete_funding_button",
            self.tr("Supprimer la ligne de financement choisie"))
        self.funder = self._line("funder", self.tr("Financeur"), 200)
        self.funder.setPlaceholderText(self.tr(
            "par exemple ARS (agence régionale de santé), Conseil départemental"))
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("funding_amount")
        self.amount.setAccessibleName(self.tr("Montant en euros"))
        self.amount.setLocale(FRENCH)
        self.amount.setRange(0, 100_000_000)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(" €")
        self.amount.setMinimumWidth(180)
        self.amount.setMaximumWidth(240)
        self.funding_kind = QComboBox()
        self.funding_kind.setObjectName("funding_kind")
        self.funding_kind.setAccessibleName(self.tr("Type de financement"))
        self.funding_kind.addItem(self.tr("FIR (fonds d'intervention régional) de l'ARS"),
                                  "fir")
        self.funding_kind.addItem(self.tr("complémentaire"), "complementary")
        self.funding_kind.setMaximumWidth(560)
        self.in_kind = QCheckBox(self.tr("en nature (mise à disposition, don…)"))
        self.in_kind.setObjectName("funding_in_kind")
        self.in_kind.setAccessibleName(self.tr("Financement en nature"))
        self.add_funding_button = self._button(self.tr("Ajouter"), "add_funding_button",
                                               self.tr("Ajouter la ligne de financement"))
        self.funding_year.valueChanged.connect(lambda _y: self._load_funding())
        self.delete_funding_button.clicked.connect(self.delete_funding)
        self.add_funding_button.clicked.connect(self.add_funding)

        box = QGroupBox(self.tr("Nouvelle ligne de financement"))
        form = self._form()
        self._add_row(form, self.tr("&Financeur :"), self.funder)
        self._add_row(form, self.tr("&Montant :"), self.amount)
        self._add_row(form, self.tr("&Type :"), self.funding_kind)
        form.addRow("", self.in_kind)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_funding_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        page, layout = self._page()
        layout.addLayout(self._year_row(self.funding_year))
        layout.addWidget(self.funding_view, 1)
        under = QHBoxLayout()
        under.addWidget(self.funding_total, 1)
        under.addWidget(self.delete_funding_button)
        layout.addLayout(under)
        layout.addWidget(box)
        layout.addWidget(self._message("funding"))
        return page

    def _year_row(self, spin: QSpinBox) -> QHBoxLayout:
        label = QLabel(self.tr("&Année :"))
        label.setBuddy(spin)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(spin)
        row.addStretch(1)
        return row

    def _load_funding(self) -> None:
        lines: list[FundingLine] = self.ops.club.structure.funding(self.funding_year.value())
        self.funding_model.set_rows(lines)
        total = sum(f.amount_eur for f in lines)
        self.funding_total.setText(self.tr("Total de l'année : %1").replace("%1",
                                                                            fr_euros(total)))

    def add_funding(self) -> None:
        if self._run("funding", self.ops.club.structure.add_funding, self.funding_year.value(),
                     self.funder.text(), self.amount.value(), self.funding_kind.currentData(),
                     in_kind=self.in_kind.isChecked(), then=self._load_funding,
                     done=self.tr("Ligne de financement ajoutée.")):
            self.funder.clear()
            self.amount.setValue(0)
            self.in_kind.setChecked(False)

    def _confirm(self, sentence: str) -> bool:
        return ask_yes_no(self, self.tr("Supprimer"), sentence)

    def delete_funding(self) -> None:
        rows = self.funding_view.selectionModel().selectedRows()
        if not rows:
            self.show_message("funding", self.tr("Choisissez d'abord une ligne dans la liste."),
                              problem=True)
            return
        line = self.funding_model.row_at(rows[0].row())
        if not self.confirm(self.tr("Supprimer cette ligne de financement ?\n"
                                    "Elle ne sera plus dans le rapport annuel.")):
            return
        self._run("funding", self.ops.club.structure.delete_line, FundingLine, line.id,
                  done=self.tr("Ligne de financement supprimée."), then=self._load_funding)

    # -- activities ---------------------------------------------------------------------

    def _activities_page(self) -> QWidget:
        self.activity_year = self._year_spin("activity_year")
        self.activity_model = activity_model(self)
        self.activity_view = self._table("activity_table", self.tr("Activités de l'année"),
                                         self.activity_model)
        self.delete_activity_button = self._button(
            self.tr("Supprimer l'activité choisie"), "delete_activity_button")
        self.activity_title = self._line("activity_title", self.tr("Titre de l'activité"), 200)
        self.activity_kind = self._line("activity_kind", self.tr("Type d'activité"), 100)
        self.activity_kind.setPlaceholderText(self.tr("par exemple atelier, sortie"))
        self.activity_status = QComboBox()
        self.activity_status.setObjectName("activity_status")
        self.activity_status.setAccessibleName(self.tr("État de l'activité"))
        self.activity_status.addItem(self.tr("réalisée"), "done")
        self.activity_status.addItem(self.tr("prévue"), "planned")
        self.activity_status.setMaximumWidth(300)
        self.activity_description = self._line("activity_description",
                                               self.tr("Description"), 2000)
        self.add_activity_button = self._button(self.tr("Ajouter"), "add_activity_button",
                                                self.tr("Ajouter l'activité"))
        self.activity_year.valueChanged.connect(lambda _y: self._load_activities())
        self.delete_activity_button.clicked.connect(self.delete_activity)
        self.add_activity_button.clicked.connect(self.add_activity)

        box = QGroupBox(self.tr("Nouvelle activité"))
        form = self._form()
        self._add_row(form, self.tr("&Titre :"), self.activity_title)
        self._add_row(form, self.tr("T&ype :"), self.activity_kind)
        self._add_row(form, self.tr("É&tat :"), self.activity_status)
        self._add_row(form, self.tr("&Description :"), self.activity_description)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_activity_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        page, layout = self._page()
        layout.addLayout(self._year_row(self.activity_year))
        layout.addWidget(self.activity_view, 1)
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.delete_activity_button)
        layout.addLayout(under)
        layout.addWidget(box)
        layout.addWidget(self._message("activities"))
        return page

    def _load_activities(self) -> None:
        rows: list[Activity] = self.ops.club.structure.activities(self.activity_year.value())
        self.activity_model.set_rows(rows)

    def add_activity(self) -> None:
        if self._run("activities", self.ops.club.structure.add_activity,
                     self.activity_year.value(), self.activity_title.text(),
                     self.activity_status.currentData(), kind=self.activity_kind.text(),
                     description=self.activity_description.text(),
                     then=self._load_activities, done=self.tr("Activité ajoutée.")):
            for edit in (self.activity_title, self.activity_kind, self.activity_description):
                edit.clear()

    def delete_activity(self) -> None:
        rows = self.activity_view.selectionModel().selectedRows()
        if not rows:
            self.show_message("activities",
                              self.tr("Choisissez d'abord une activité dans la liste."),
                              problem=True)
            return
        activity = self.activity_model.row_at(rows[0].row())
        if not self.confirm(self.tr("Supprimer cette activité ?\n"
                                    "Elle ne sera plus dans le rapport annuel.")):
            return
        self._run("activities", self.ops.club.structure.delete_line, Activity, activity.id,
                  done=self.tr("Activité supprimée."), then=self._load_activities)

    # -- governance ---------------------------------------------------------------------

    def _governance_page(self) -> QWidget:
        self.body_name = QComboBox()
        self.body_name.setObjectName("body_name")
        self.body_name.setAccessibleName(self.tr("Nom de l'instance"))
        self.body_name.setEditable(True)
        self.body_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.body_name.setMinimumWidth(320)
        self.seats_table = QTableWidget(0, 2)
        self.seats_table.setObjectName("seats_table")
        self.seats_table.setAccessibleName(self.tr("Sièges de l'instance"))
        self.seats_table.setHorizontalHeaderLabels([self.tr("Titulaire du siège"),
                                                    self.tr("Membre élu")])
        self.seats_table.verticalHeader().hide()
        self.seats_table.verticalHeader().setDefaultSectionSize(34)
        self.seats_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seats_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.seats_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 150)
        self.seats_summary = QLabel()
        self.seats_summary.setObjectName("seats_summary")
        self.seats_summary.setProperty("hint", True)
        self.add_seat_button = self._button(self.tr("Ajouter un siège"), "add_seat_button")
        self.remove_seat_button = self._button(self.tr("Retirer le siège choisi"),
                                               "remove_seat_button")
        self.save_body_button = self._button(self.tr("Enregistrer l'instance"),
                                             "save_body_button")
        self.body_name.activated.connect(lambda _i: self._load_seats())
        self.add_seat_button.clicked.connect(lambda: self.add_seat_row())
        self.remove_seat_button.clicked.connect(self.remove_seat_row)
        self.save_body_button.clicked.connect(self.save_body)
        self.seats_table.itemChanged.connect(lambda _item: self._count_seats())

        hint = QLabel(self.tr("Le cahier des charges demande que la moitié des sièges au "
                              "moins soient tenus par des membres élus."))
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Instance :"))
        name_label.setBuddy(self.body_name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.body_name, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_seat_button)
        buttons.addWidget(self.remove_seat_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_body_button)
        page, layout = self._page(hint)
        layout.addLayout(name_row)
        layout.addWidget(self.seats_table, 1)
        layout.addWidget(self.seats_summary)
        layout.addLayout(buttons)
        layout.addWidget(self._message("governance"))
        return page

    def add_seat_row(self, holder: str = "", elected: bool = False) -> int:
        row = self.seats_table.rowCount()
        self.seats_table.blockSignals(True)
        self.seats_table.insertRow(row)
        self.seats_table.setItem(row, 0, QTableWidgetItem(holder))
        check = QTableWidgetItem(self.tr("membre élu"))
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if elected else Qt.CheckState.Unchecked)
        self.seats_table.setItem(row, 1, check)
        self.seats_table.blockSignals(False)
        self._count_seats()
        return row

    def remove_seat_row(self) -> None:
        rows = self.seats_table.selectionModel().selectedRows()
        if rows:
            self.seats_table.removeRow(rows[0].row())
            self._count_seats()

    def seats(self) -> list[tuple[str, bool]]:
        seats = []
        for row in range(self.seats_table.rowCount()):
            holder, check = self.seats_table.item(row, 0), self.seats_table.item(row, 1)
            seats.append((holder.text() if holder else "",
                          check is not None and check.checkState() == Qt.CheckState.Checked))
        return seats

    def _count_seats(self) -> None:
        seats = self.seats()
        elected = sum(1 for _h, e in seats if e)
        self.seats_summary.setText(self.tr("%1 siège(s) sur %2 tenus par des membres élus.")
                                   .replace("%1", str(elected)).replace("%2", str(len(seats))))

    def _load_seats(self) -> None:
        name = self.body_name.currentText().strip()
        self.seats_table.setRowCount(0)
        for body, seats in self._governance:
            if body.name == name:
                for seat in seats:
                    self.add_seat_row(seat.holder, seat.elected_member)
        self._count_seats()

    def save_body(self) -> None:
        self._run("governance", self.ops.club.structure.set_body,
                  self.body_name.currentText(), self.seats(),
                  done=self.tr("Instance enregistrée."), then=self._load_governance)

    # -- surveys ------------------------------------------------------------------------

    def _surveys_page(self) -> QWidget:
        self.survey_model = survey_model(self)
        self.survey_view = self._table("survey_table", self.tr("Enquêtes de satisfaction"),
                                       self.survey_model)
        self.survey_date = make_date_edit("survey_date", self.tr("Date de l'enquête"),
                                          self.today())
        self.survey_audience = QComboBox()
        self.survey_audience.setObjectName("survey_audience")
        self.survey_audience.setAccessibleName(self.tr("Public de l'enquête"))
        self.survey_audience.addItem(self.tr("membres"), "members")
        self.survey_audience.addItem(self.tr("partenaires"), "partners")
        self.survey_audience.setMaximumWidth(300)
        self.survey_answers = QSpinBox()
        self.survey_answers.setObjectName("survey_answers")
        self.survey_answers.setAccessibleName(self.tr("Nombre de réponses"))
        self.survey_answers.setRange(0, 100_000)
        self.survey_answers.setMinimumWidth(120)
        self.survey_answers.setMaximumWidth(160)
        self.survey_summary = self._line("survey_summary", self.tr("Résumé des réponses"), 2000)
        self.add_survey_button = self._button(self.tr("Ajouter"), "add_survey_button",
                                              self.tr("Ajouter l'enquête"))
        self.add_survey_button.clicked.connect(self.add_survey)
        box = QGroupBox(self.tr("Nouvelle enquête"))
        form = self._form()
        self._add_row(form, self.tr("&Date :"), self.survey_date)
        self._add_row(form, self.tr("&Public :"), self.survey_audience)
        self._add_row(form, self.tr("&Réponses :"), self.survey_answers)
        self._add_row(form, self.tr("Ré&sumé :"), self.survey_summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_survey_button)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        page, layout = self._page(self.survey_view)
        layout.setStretch(0, 1)
        layout.addWidget(box)
        layout.addWidget(self._message("surveys"))
        return page

    def add_survey(self) -> None:
        if self._run("surveys", self.ops.club.structure.add_survey,
                     from_qdate(self.survey_date.date()), self.survey_audience.currentData(),
                     self.survey_answers.value(), self.survey_summary.text(),
                     today=self.today(), done=self.tr("Enquête ajoutée."),
                     then=self._load_surveys):
            self.survey_summary.clear()
            self.survey_answers.setValue(0)

    # -- loading ------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        # This screen reads its own changes back itself (only the page changed); another
        # desk's edit, or a whole new club (the demo, a restore), is read again entirely.
        if Topic.STRUCTURE in topics and not self._own_change:
            self.reload()

    def reload(self) -> None:
        self._load_info()
        self._load_hours()
        self._load_funding()
        self._load_activities()
        self._load_governance()
        self._load_surveys()

    def _load_info(self) -> None:
        kinds = {f.key: f.kind for f in INFO_FIELDS}
        for key, value in self.ops.club.structure.info().items():
            edit = self.info_edits[key]
            edit.setText(from_iso(value) if kinds[key] == "date" else value)
            edit.setCursorPosition(0)  # the start of a long text, not its end

    def _load_hours(self) -> None:
        self.hours_table.setRowCount(0)
        for hours in self.ops.club.structure.opening_hours():
            self.add_hours_row(hours.weekday, hours.opens, hours.closes)
        self.hours_table.clearSelection()
        self.hours_table.scrollToTop()

    def _load_governance(self) -> None:
        self._governance = self.ops.club.structure.governance()
        current = self.body_name.currentText().strip()
        self.body_name.clear()
        for body, _seats in self._governance:
            self.body_name.addItem(body.name)
        if current:
            self.body_name.setEditText(current)
        elif not self._governance:
            self.body_name.setEditText(self.tr("Conseil d'administration"))
        self._load_seats()

    def _load_surveys(self) -> None:
        surveys: list[SatisfactionSurvey] = self.ops.club.structure.surveys()
        self.survey_model.set_rows(list(reversed(surveys)))  # the latest first
