"""Models of the « Rapport annuel » screen: the indicators of the registry, and what lies
behind one of them. Every label, definition and summary comes from the core
(clubdesk.model.annual.registry, clubdesk.model.annual.wording), its Terms translated by
translate_core: nothing here knows a particular indicator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import Indicator, Kind, entries, entry
from clubdesk.model.annual.wording import detail_lines as core_lines
from clubdesk.model.annual.wording import summary
from clubdesk.model.errors import Term
from clubdesk.model.french_numbers import fr_number
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = RowsTableModel.ID_ROLE
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 2
# the twelve rows under a monthly indicator (« Personnes actives par mois »)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("report", "janvier"), QT_TRANSLATE_NOOP("report", "février"),
    QT_TRANSLATE_NOOP("report", "mars"), QT_TRANSLATE_NOOP("report", "avril"),
    QT_TRANSLATE_NOOP("report", "mai"), QT_TRANSLATE_NOOP("report", "juin"),
    QT_TRANSLATE_NOOP("report", "juillet"), QT_TRANSLATE_NOOP("report", "août"),
    QT_TRANSLATE_NOOP("report", "septembre"), QT_TRANSLATE_NOOP("report", "octobre"),
    QT_TRANSLATE_NOOP("report", "novembre"), QT_TRANSLATE_NOOP("report", "décembre"),
)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("report", text, disambiguation, n)


def count(n: int, one: str, many: str) -> str:
    """French agreement: « 1 salarié », « 4 salariés » (``many`` holds %1)."""
    return one if n == 1 else many.replace("%1", fr_number(n))


@dataclass(frozen=True)
class IndicatorRow:
    key: str  # an indicator key, or "<key>.<part>" for a part of a breakdown
    indicator: Indicator
    label: str  # in the interface's language
    value: Any
    indent: bool = False

    @property
    def text(self) -> str:
        """The value in one line, in the interface's language."""
        if self.indent:
            return fr_number(self.value)
        if self.indicator.kind is Kind.MONTHS:  # each month on a row of its own, named
            return translate_core(Term("détail ci-dessous"))
        return summary(self.indicator, self.value, translate_core)


def indicator_rows(indicators: Indicators) -> list[IndicatorRow]:
    """One row per indicator in the order of §11; the parts of a breakdown get a row each,
    so do the twelve months of a monthly one (« janvier » … « décembre », keys .1 to .12)."""
    rows = []
    for ind in entries(indicators.table):
        value = indicators.values[ind.key]
        rows.append(IndicatorRow(ind.key, ind, translate_core(ind.label), value))
        if ind.kind is Kind.BREAKDOWN:
            rows += [IndicatorRow(f"{ind.key}.{part}", ind,
                                  translate_core(ind.parts.get(part, part)), n, indent=True)
                     for part, n in value.items()]
        if ind.kind is Kind.MONTHS:
            rows += [IndicatorRow(f"{ind.key}.{month}", ind, tr(str(MONTH_NAMES[month - 1])),
                                  n, indent=True)
                     for month, n in enumerate(value, start=1)]
    return rows


class IndicatorTableModel(RowsTableModel[IndicatorRow]):
    COLUMNS = ("label", "value")

    def set_indicators(self, indicators: Indicators | None) -> None:
        self.set_rows(indicator_rows(indicators) if indicators is not None else [])

    def row_of(self, key: str) -> int:
        found = self.find_row(lambda r: r.key == key)
        if found < 0:
            raise StopIteration(key)
        return found

    def headers(self) -> Sequence[str]:
        return (self.tr("Indicateur"), self.tr("Valeur"))

    def text(self, row: IndicatorRow, column: str) -> str:
        if column == "label":
            return ("      " + row.label) if row.indent else row.label
        return row.text

    def row_id(self, row: IndicatorRow) -> Any:
        return row.key

    def tooltip(self, row: IndicatorRow, column: str) -> str | None:
        return None if row.indent else translate_core(row.indicator.definition)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() \
                and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            numeric = index.column() == 1 and isinstance(row.value, int | float)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


@dataclass(frozen=True)
class DetailLine:
    text: str
    member_id: int | None = None


def detail_lines(indicators: Indicators, key: str,
                 names: dict[int, str]) -> tuple[str, list[DetailLine]]:
    """What is behind the figure ``key``: (a heading, the lines under it)."""
    from clubdesk.model.search_folding import fold

    persons = indicators.persons
    base, _dot, _part = key.partition(".")
    ind = entry(base)

    def people(ids: set[int], suffix: str = "") -> list[DetailLine]:
        found = [(names.get(i, tr("personne n° %1").replace("%1", str(i))), i) for i in ids]
        return sorted((DetailLine(name + suffix, i) for name, i in found),
                      key=lambda line: (fold(line.text), line.member_id or 0))

    if key in persons:
        ids = persons[key]
        heading = (count(len(ids), tr("La personne derrière ce chiffre :"),
                         tr("Les %1 personnes derrière ce chiffre :")) if ids
                   else tr("Personne n'est compté ici."))
        return heading, people(ids)
    if ind.kind is Kind.BREAKDOWN and any(f"{key}.{part}" in persons for part in ind.parts):
        lines: list[DetailLine] = []
        for part in indicators.values[key]:
            label = translate_core(ind.parts.get(part, part))
            lines += people(persons.get(f"{key}.{part}", set()), f" ({label})")
        lines.sort(key=lambda line: (fold(line.text), line.member_id or 0))
        heading = (tr("Les personnes derrière ces chiffres :") if lines
                   else tr("Personne n'est compté ici."))
        return heading, lines
    # a part's row (a month, a part without persons): what the whole indicator holds
    found = core_lines(ind, indicators.values.get(key, indicators.values.get(base)),
                       translate_core)
    if not found:
        return "", []
    return (tr("%1 :").replace("%1", translate_core(ind.label)),
            [DetailLine(line) for line in found])


class DetailListModel(QAbstractListModel):
    """The lines of the « Pourquoi ? » panel (persons carry their member id)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[DetailLine] = []

    def set_lines(self, lines: Sequence[DetailLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def texts(self) -> list[str]:
        return [line.text for line in self._lines]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines) or index.column():
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line.text
        if role == MEMBER_ROLE:
            return line.member_id
        return None
