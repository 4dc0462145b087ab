"""Models of the « Rapport annuel » screen: the indicators, and what lies behind one of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clubdesk.export.annual_report import format_scalar, fr_number
from clubdesk.model.calendar_fr import MONTHS
from clubdesk.model.indicators import DEFINITIONS, KEYS, Indicators
from clubdesk.model.paths import CATEGORY_LABELS as EMPLOYMENT_LABELS
from clubdesk.ui.i18n import translate_core

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("report", text, disambiguation, n)


def count(n: int, one: str, many: str) -> str:
    """French agreement: « 1 salarié », « 4 salariés » (``many`` holds %1)."""
    return one if n == 1 else many.replace("%1", fr_number(n))


@dataclass(frozen=True)
class IndicatorRow:
    key: str  # an indicator key, or "employment_by_category.<category>"
    label: str
    value: Any
    indent: bool = False


def indicator_rows(indicators: Indicators) -> list[IndicatorRow]:
    """One row per indicator in the order of §11; employment categories get a row each."""
    rows = []
    for key in KEYS:
        value = indicators.values[key]
        rows.append(IndicatorRow(key, DEFINITIONS[key][0], value))
        if key == "employment_by_category":
            rows += [IndicatorRow(f"{key}.{category}", EMPLOYMENT_LABELS.get(category, category),
                                  count, indent=True)
                     for category, count in value.items()]
    return rows


def summary(key: str, value: Any) -> str:
    """The value of an indicator as one line of French (lists summarised)."""
    if key == "active_by_month":
        return " · ".join(fr_number(v) for v in value)
    if key == "employment_by_category":
        return tr("détail ci-dessous")
    if key == "staff":
        return (count(len(value), tr("1 salarié"), tr("%1 salariés")) if value
                else tr("aucun salarié"))
    if key == "opening_hours":
        if not value:
            return tr("non renseignés")
        days = len({h["weekday"] for h in value})
        return (count(len(value), tr("1 plage"), tr("%1 plages")) + " "
                + count(days, tr("sur 1 jour"), tr("sur %1 jours")))
    if key == "premises":
        filled = sum(1 for v in value.values() if v)
        return tr("%1 informations sur %2").replace("%1", str(filled)) \
            .replace("%2", str(len(value)))
    if key == "partnerships":
        return (count(len(value), tr("1 partenariat"), tr("%1 partenariats")) if value
                else tr("aucun partenariat"))
    if key in ("activities_done", "activities_planned"):
        return (count(len(value), tr("1 activité"), tr("%1 activités")) if value
                else tr("aucune activité"))
    if key == "compliance":
        return (count(len(value), tr("1 point d'attention"), tr("%1 points d'attention"))
                if value else tr("aucun point d'attention"))
    if value is None:
        return tr("non calculable (aucun salarié)")
    return format_scalar(key, value)


class IndicatorTableModel(QAbstractTableModel):
    COLUMNS = ("label", "value")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IndicatorRow] = []

    def set_indicators(self, indicators: Indicators | None) -> None:
        self.beginResetModel()
        self._rows = indicator_rows(indicators) if indicators is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> IndicatorRow:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next(n for n, r in enumerate(self._rows) if r.key == key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Indicateur"), self.tr("Valeur"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "label":
                return ("      " + r.label) if r.indent else r.label
            if r.indent:
                return fr_number(r.value)
            return summary(r.key, r.value)
        if role == Qt.ItemDataRole.ToolTipRole and not r.indent:
            return DEFINITIONS[r.key][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "value" \
                and isinstance(r.value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return r.key
        return None


@dataclass(frozen=True)
class DetailLine:
    text: str
    member_id: int | None = None


def detail_lines(indicators: Indicators, key: str,
                 names: dict[int, str]) -> tuple[str, list[DetailLine]]:
    """What is behind the figure ``key``: (a heading, the lines under it)."""
    persons = indicators.persons
    values = indicators.values

    def people(ids: set[int], suffix: str = "") -> list[DetailLine]:
        found = [(names.get(i, tr("personne n° %1").replace("%1", str(i))), i) for i in ids]
        return [DetailLine(name + suffix, i) for name, i in found]

    def by_name(lines: list[DetailLine]) -> list[DetailLine]:
        from clubdesk.model.text import fold

        return sorted(lines, key=lambda line: (fold(line.text), line.member_id or 0))

    if key in persons:
        ids = persons[key]
        heading = (count(len(ids), tr("La personne derrière ce chiffre :"),
                         tr("Les %1 personnes derrière ce chiffre :")) if ids
                   else tr("Personne n'est compté ici."))
        return heading, by_name(people(ids))
    if key == "employment_by_category":
        lines: list[DetailLine] = []
        for category in values[key]:
            ids = persons.get(f"{key}.{category}", set())
            lines += people(ids, f" ({EMPLOYMENT_LABELS.get(category, category)})")
        heading = (tr("Les personnes derrière ces chiffres :") if lines
                   else tr("Personne n'est compté ici."))
        return heading, by_name(lines)
    value: Any = values.get(key)
    if key == "active_by_month":
        return tr("Mois par mois :"), [DetailLine(f"{MONTHS[m]} : {fr_number(v)}")
                                       for m, v in enumerate(value)]
    if key == "staff":
        return tr("Salariés au 31 décembre :"), [
            DetailLine(f"{s['function']} — {s['qualification']} — "
                       f"{fr_number(s['fte'], 2)} " + tr("ETP (équivalent temps plein)"))
            for s in value]
    if key == "opening_hours":
        from clubdesk.model.indicators import describe_hours

        return tr("Plages d'ouverture :"), [DetailLine(line) for line in describe_hours(value)]
    if key == "premises":
        from clubdesk.model.structure import INFO_KEYS

        return tr("Informations sur les locaux :"), [
            DetailLine(tr("%1 : %2").replace("%2", str(v) if v else tr("non renseigné"))
                       .replace("%1", translate_core(INFO_KEYS[k].label)))
            for k, v in value.items()]
    if key == "partnerships":
        from clubdesk.model.partners import CATEGORY_LABELS

        return tr("Partenariats en cours pendant l'année :"), [
            DetailLine(f"{p['partner']} "
                       f"({translate_core(CATEGORY_LABELS.get(p['category'], p['category']))})"
                       f" — {p['kind']}") for p in value]
    if key in ("activities_done", "activities_planned"):
        heading = (tr("Activités réalisées :") if key == "activities_done"
                   else tr("Activités prévues :"))
        return heading, [
            DetailLine(a["title"] + (f" — {a['description']}" if a["description"] else ""))
            for a in value]
    if key == "compliance":
        return tr("Constats :"), [DetailLine(f) for f in value]
    return "", []


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
