"""« À partir du » and the short history shown on the structure pages (issue 19): premises,
hours and governance are saved from a date, and the earlier versions stay listed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout

from clubdesk.model import clock
from clubdesk.ui.structure.parts import translate
from clubdesk.ui.widgets.fields import from_qdate, make_date, to_qdate

MAX_SHOWN = 5


class Since:
    """A date field « À partir du » (today by default) and a label of earlier versions."""

    def __init__(self, name: str) -> None:
        self.edit = make_date(f"{name}_since", translate("StructureScreen", "À partir du"),
                              clock.today())
        self.history = QLabel()
        self.history.setObjectName(f"{name}_history")
        self.history.setWordWrap(True)

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

    def show(self, versions: list[tuple[date, str]]) -> None:
        """``versions``: (from, in words), oldest first; the newest are listed."""
        if not versions:
            self.history.setText("")
            return
        lines = [translate("StructureScreen", "depuis le %1 : %2").replace(
            "%1", "1er janvier 2000" if on == date(2000, 1, 1) else on.strftime("%d/%m/%Y"))
            .replace("%2", text) for on, text in versions[-MAX_SHOWN:]]
        self.history.setText(translate("StructureScreen", "Versions enregistrées :") + "\n"
                             + "\n".join(reversed(lines)))
