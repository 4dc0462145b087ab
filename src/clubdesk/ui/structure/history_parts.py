"""« À partir du » and the short history shown on the structure pages (issue 19): premises,
hours and governance are saved from a date, and the earlier versions stay listed, one line
per version, newest first, each naming only what changed from the version before."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout

from clubdesk.model import clock
from clubdesk.model.tables import EARLIEST
from clubdesk.ui.structure.parts import translate
from clubdesk.ui.widgets.fields import from_qdate, make_date, to_qdate

MAX_SHOWN = 6
FEW = 3  # a first version of at most this many values is listed; a longer one is not
State = dict[str, str]  # label (may be empty) -> value in words, of one version


def since_words(on: date) -> str:
    """« depuis le 01/11/2023 », or « depuis toujours » for the values that held before the
    history was kept (the migration dated them 1 January 2000)."""
    if on == EARLIEST:
        return translate("StructureScreen", "depuis toujours")
    return translate("StructureScreen", "depuis le %1").replace("%1", on.strftime("%d/%m/%Y"))


def _pairs(state: State) -> str:
    return " ; ".join(
        value if not label else translate("StructureScreen", "%1 : %2")
        .replace("%1", label).replace("%2", value)
        for label, value in state.items())


def version_lines(versions: list[tuple[date, State]], first: str = "") -> list[str]:
    """``versions``: each version's full state, oldest first. One line per version, newest
    first: the first lists its values (« valeurs d'origine » when there are many), each later
    one only the values that changed (a value gone reads « — »)."""
    lines = []
    before: State = {}
    for n, (on, state) in enumerate(versions):
        if n == 0:
            text = first or (_pairs(state) if 0 < len(state) <= FEW
                    else translate("StructureScreen", "valeurs d'origine"))
        else:
            changed = {k: v for k, v in state.items() if before.get(k) != v}
            changed |= {k: "—" for k in before if k not in state}
            text = _pairs(changed) or translate("StructureScreen", "sans changement")
        lines.append(translate("StructureScreen", "%1 : %2")
                     .replace("%1", since_words(on)).replace("%2", text))
        before = state
    return list(reversed(lines))


def cumulative(by_key: dict[str, list[tuple[date, str]]]) -> list[tuple[date, State]]:
    """Values kept key by key (each from its own dates) as full states, one per date on
    which any of them changed, oldest first; an empty value is left out of the state."""
    days = sorted({on for versions in by_key.values() for on, _value in versions})
    out = []
    for day in days:
        state: State = {}
        for key, versions in by_key.items():
            held = [value for on, value in versions if on <= day]
            if held and held[-1]:
                state[key] = held[-1]
        out.append((day, state))
    return out


def week_state(ranges: list[tuple[int, str, str]]) -> State:
    """One version of the week's hours as a state: each day's ranges, « fermé » when none."""
    days = (translate("StructureScreen", "lun."), translate("StructureScreen", "mar."),
            translate("StructureScreen", "mer."), translate("StructureScreen", "jeu."),
            translate("StructureScreen", "ven."), translate("StructureScreen", "sam."),
            translate("StructureScreen", "dim."))
    state: State = {}
    for number, day in enumerate(days, start=1):
        held = [f"{opens}–{closes}" for weekday, opens, closes in ranges if weekday == number]
        state[day] = ", ".join(held) or translate("StructureScreen", "fermé")
    return state


class Since:
    """A date field « À partir du » (today by default) and a label of earlier versions."""

    def __init__(self, name: str) -> None:
        self.edit = make_date(f"{name}_since", translate("StructureScreen", "À partir du"),
                              clock.today())
        self.history = QLabel()
        self.history.setObjectName(f"{name}_history")
        self.history.setWordWrap(True)
        self.lines: list[str] = []

    def row(self) -> QLayout:
        row = QHBoxLayout()
        label = QLabel(translate("StructureScreen", "À &partir du :"))
        label.setBuddy(self.edit)
        row.addWidget(label)
        row.addWidget(self.edit)
        row.addStretch(1)
        return row

    def day(self) -> date:
        return from_qdate(self.edit.date())

    def reset(self) -> None:
        self.edit.setDate(to_qdate(clock.today()))

    def show(self, versions: list[tuple[date, State]], first: str = "") -> None:
        """``versions``: each version's full state, oldest first (see version_lines)."""
        self.lines = version_lines(versions, first)
        if not self.lines:
            self.history.setText("")
            return
        shown = self.lines[:MAX_SHOWN]
        more = len(self.lines) - len(shown)
        if more:
            shown.append(translate("StructureScreen", "… et une version plus ancienne.")
                         if more == 1 else
                         translate("StructureScreen", "… et %1 versions plus anciennes.")
                         .replace("%1", str(more)))
        self.history.setText(translate("StructureScreen", "Versions enregistrées :") + "\n"
                             + "\n".join(shown))
