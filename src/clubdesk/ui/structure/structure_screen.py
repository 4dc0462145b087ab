"""« Structure »: the club's profile for the annual report — identity and premises, opening
hours, funding and activities of a year, governance, satisfaction surveys.

Everyone may read it; only the direction may change it (the service refuses otherwise, and
its sentence is shown next to the form that was used).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget, QWidget

from clubdesk.model import clock
from clubdesk.model.topics import Topic
from clubdesk.ui.confirm import ask_yes_no
from clubdesk.ui.operations import Operations
from clubdesk.ui.structure.activities_page import ActivitiesSection
from clubdesk.ui.structure.documents_part import AskDocument, OpenDocument, open_in_viewer
from clubdesk.ui.structure.funding_page import FundingSection
from clubdesk.ui.structure.governance_page import GovernanceSection
from clubdesk.ui.structure.hours_page import HoursSection
from clubdesk.ui.structure.info_page import InfoSection
from clubdesk.ui.structure.parts import from_iso, to_iso
from clubdesk.ui.structure.surveys_page import SurveysSection
from clubdesk.ui.structure.table_models import activity_model, funding_model, survey_model
from clubdesk.ui.widgets.reflow import ReflowRow

__all__ = ["StructureScreen", "activity_model", "from_iso", "funding_model", "survey_model",
           "to_iso"]


class StructureScreen(InfoSection, HoursSection, FundingSection, ActivitiesSection,
                      GovernanceSection, SurveysSection):
    """The six pages, one section class each (their modules beside this one), in a list on
    the left; a change made here reads back only its page."""

    screen_name = "structure_screen"
    topics = frozenset({Topic.STRUCTURE, Topic.SETTINGS})  # settings: the kinds on

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today,
                 confirm: Callable[[str], bool] | None = None,
                 ask_document: AskDocument | None = None,
                 open_document: OpenDocument | None = None) -> None:
        super().__init__(ops, self.tr("Structure"), intro=self.tr(
            "Le profil du club pour le rapport annuel. Tout le monde peut le lire ; seule la "
            "direction peut le modifier."), parent=parent)
        self.today = today
        self._own_change = False  # an edit of this screen under way (read back by its page)
        # asks before a line is deleted (tests pass their own answer)
        self.confirm = confirm or self._confirm
        self.messages: dict[str, QLabel] = {}
        # the lease's file to attach, and how a kept one is shown (tests pass their own)
        self.ask_document = ask_document or self._ask_document
        self.open_document = open_document or open_in_viewer

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

        body = ReflowRow()  # the parts above their page when the window is narrow
        body.box.setSpacing(12)
        body.add(self.sections)
        body.add(self.pages, 1)
        self.outer.addWidget(body, 1)
        self.reload()

    def _confirm(self, sentence: str) -> bool:
        return ask_yes_no(self, self.tr("Supprimer"), sentence)

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        # This screen reads its own changes back itself (only the page changed); another
        # desk's edit, or a whole new club (the demo, a restore), is read again entirely.
        if self._own_change:
            return
        if Topic.STRUCTURE in topics:
            self.reload()
        else:  # a setting: only the kinds of structure are shown here
            self._load_kinds()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._load_info()
        self._load_hours()
        self._load_funding()
        self._load_activities()
        self._load_governance()
        self._load_surveys()
