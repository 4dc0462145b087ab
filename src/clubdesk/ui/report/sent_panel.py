"""The « transmis » part of the « Rapport annuel » screen (issue 19, item 5): mark the year's
table as sent to the ARS (after a plain question), then « Transmis le … par … », what changed
since in the indicators' words, and the sent files saved again in a folder.

The sent figures themselves are shown by the screen's table (clubdesk.ui.report
.report_screen reads :class:`SentState` with the indicators, in its worker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from clubdesk.export.annual_report import freeze_report, save_sent_files
from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import entry
from clubdesk.model.annual.sent import SentSummary
from clubdesk.ui.confirm import ask_yes_no
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.models import DetailLine, DetailListModel
from clubdesk.ui.widgets import hbox, make_button, make_hint, make_list, make_strong
from clubdesk.ui.widgets.dialogs import choose_folder, start_folder


@dataclass(frozen=True)
class SentState:
    """A year's report as sent (None: not sent) and the keys that changed since."""

    summary: SentSummary | None = None
    changed: tuple[str, ...] = ()


def read_sent_state(club: Any, year: int) -> SentState:
    """Run in the screen's worker, on its own connection."""
    summary = club.sent_reports.sent(year)
    if summary is None:
        return SentState()
    return SentState(summary, tuple(club.sent_reports.changed_since_sent(year)))


def as_sent(indicators: Indicators, state: SentState) -> Indicators:
    """The indicators the table shows: the sent figures for a sent year (an indicator
    registered later keeps today's value); the persons behind a figure only where it has
    not changed since (today's persons would not explain the sent figure)."""
    if state.summary is None:
        return indicators
    changed = set(state.changed)
    return Indicators(
        year=indicators.year, values={**indicators.values, **state.summary.figures},
        persons={k: v for k, v in indicators.persons.items()
                 if k.partition(".")[0] not in changed})


class SentPanel(QGroupBox):
    def __init__(self, ops: Operations, say: Callable[..., None],
                 parent: QWidget | None = None, *,
                 confirm: Callable[[str], bool] | None = None,
                 ask_folder: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transmission à l'ARS"))
        self.setObjectName("report_sent")
        self.ops = ops
        self.say = say
        self.confirm = confirm or self._confirm
        self.ask_folder = ask_folder or self._ask_folder
        self.year: int | None = None
        self.state = SentState()
        self.status = make_strong(name="report_sent_status")
        self.status.setWordWrap(True)
        self.changed_heading = make_hint(name="report_changed_heading")
        self.changed_model = DetailListModel(self)
        self.changed_list = make_list("report_changed", self.tr("Ce qui a changé depuis la "
                                                                "transmission"),
                                      self.changed_model)
        self.changed_list.setMaximumHeight(110)
        self.freeze_button = make_button(
            self.tr("Marquer comme transmis"), "freeze_report_button",
            self.tr("Garder les chiffres et les trois fichiers tels qu'envoyés à l'ARS"))
        self.resave_button = make_button(
            self.tr("Enregistrer les fichiers transmis"), "resave_sent_button",
            self.tr("Écrire à nouveau le PDF, le tableur et le JSON tels que transmis"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.changed_heading)
        layout.addWidget(self.changed_list)
        buttons = hbox(self.freeze_button, self.resave_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.freeze_button.clicked.connect(self.freeze)
        self.resave_button.clicked.connect(self.save_again)
        self.show_state(None, SentState(), year_over=False)

    def show_state(self, year: int | None, state: SentState, *, year_over: bool) -> None:
        self.year, self.state = year, state
        summary = state.summary
        sent = summary is not None
        self.freeze_button.setVisible(not sent)
        self.freeze_button.setEnabled(year is not None and year_over)
        self.resave_button.setVisible(sent)
        self.changed_list.setVisible(sent and bool(state.changed))
        if summary is not None:
            self.status.setText(self.sent_sentence(summary))
            self.changed_heading.setText(
                self.tr("Changé depuis (un nouveau calcul donne une autre valeur) :")
                if state.changed else self.tr("Rien n'a changé depuis : un nouveau calcul "
                                              "donne les mêmes chiffres."))
        elif year is None:
            self.status.setText("")
            self.changed_heading.setText("")
        else:
            self.status.setText(self.tr("Le tableau de %1 n'est pas encore marqué comme "
                                        "transmis.").replace("%1", str(year)))
            self.changed_heading.setText(
                "" if year_over else self.tr("Il pourra l'être à partir du 1er janvier %1, "
                                             "une fois l'année terminée.")
                .replace("%1", str(year + 1)))
        self.changed_model.set_lines([DetailLine(translate_core(entry(key).label))
                                      for key in state.changed])

    def sent_sentence(self, summary: SentSummary) -> str:
        return (self.tr("Transmis le %1 à %2 par %3 : le tableau montre les chiffres "
                        "transmis.")
                .replace("%1", summary.sent_at.strftime("%d/%m/%Y"))
                .replace("%2", summary.sent_at.strftime("%H:%M")).replace("%3", summary.sent_by))

    def changed_texts(self) -> list[str]:
        return self.changed_model.texts()

    # -- actions --------------------------------------------------------------------

    def _confirm(self, sentence: str) -> bool:
        return ask_yes_no(self, self.tr("Marquer comme transmis"), sentence)

    def freeze(self) -> None:
        year = self.year
        if year is None:
            return
        sentence = self.tr(
            "Marquer le tableau de %1 comme transmis à l'ARS ? Ses chiffres et ses trois "
            "fichiers seront gardés tels qu'aujourd'hui, avec votre nom et la date ; cela ne "
            "pourra pas être refait ni annulé.").replace("%1", str(year))
        if not self.confirm(sentence):
            return
        outcome = self.ops.run(freeze_report, self.ops.club.sent_reports, year)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        summary = outcome.value
        self.show_state(year, SentState(summary), year_over=True)
        self.say(self.tr("Le tableau de %1 est marqué comme transmis ; ses fichiers sont "
                         "gardés dans la base du club.").replace("%1", str(year)), good=True)

    def _ask_folder(self, suggested: Path) -> Path | None:
        return choose_folder(self, self.tr("Dossier où enregistrer les fichiers transmis"),
                             suggested)

    def save_again(self) -> None:
        year = self.year
        if year is None or self.state.summary is None:
            return
        folder = self.ask_folder(start_folder())
        if folder is None:
            return
        outcome = self.ops.run(save_sent_files, self.ops.club.sent_reports, year, folder)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        names = ", ".join(p.name for p in outcome.value)
        self.say(self.tr("Les fichiers transmis sont dans le dossier « %1 » : %2.")
                 .replace("%1", str(folder)).replace("%2", names), good=True)
