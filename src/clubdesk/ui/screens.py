"""Every screen of clubdesk, once: its title in the navigation, who may open it, its icon,
its keyboard shortcut and how it is built. The window shows, for the signed-in role, the
entries of :data:`SCREENS` in this order; nothing else lists screens.

Keyboard: Ctrl+1 … Ctrl+9 reach the first nine screens *of the signed-in role's list*, in the
order of the navigation (what a user sees numbered is what they press); an entry with a fixed
``shortcut`` keeps it (« Affichage », Ctrl+0) and takes no number. Each screen's short help
(F1) is kept beside this registry, in clubdesk.ui.help.

Adding a screen is one entry here (and the screen itself, derived from
clubdesk.ui.screen.Screen). A screen's module is imported only when the screen is built:
the window builds the role's first screen at sign-in, each other one when first shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from clubdesk import paths
from clubdesk.model.access import DIRECTION, RECEPTION, ROLES, STAFF_ROLES
from clubdesk.model.structure_kinds import (
    ALL_KINDS,
    CLUBHOUSE,
    DEFAULT_KINDS,
    GEM,
    PRE_INSERTION,
    WORK_INSERTION,
)

if TYPE_CHECKING:
    from clubdesk.ui.main_window import MainWindow
    from clubdesk.ui.operations import Operations

EVERYONE = frozenset(ROLES)
STAFF = frozenset(STAFF_ROLES)
DIRECTION_ONLY = frozenset({DIRECTION})
TITLE_CONTEXT = "MainWindow"  # the translation context of the titles

Builder = Callable[["Operations", "MainWindow"], QWidget]


@dataclass(frozen=True)
class ScreenEntry:
    name: str  # the screen's object name
    title: str  # French; shown translated (TITLE_CONTEXT)
    build: Builder
    roles: frozenset[str]
    icon: str = ""  # resources/icons/nav/<icon>.svg
    shortcut: str = ""  # a fixed QKeySequence in portable text (otherwise numbered)
    # the kinds of structure (model.structure_kinds) this screen serves: offered when one of
    # them is on
    kinds: frozenset[str] = ALL_KINDS
    # titled with the word for the people when they are not « membres » (« Stagiaires »)
    people: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)

    def icon_file(self) -> Path:
        return paths.resources_dir() / "icons" / "nav" / f"{self.icon}.svg"


# -- builders: each imports its screen only when it is built (the bundle collects every
# clubdesk module: packaging/clubdesk.spec) ---------------------------------------------------

def _lazy(module: str, name: str) -> Builder:
    """The screen class ``name`` of ``module``, imported when the screen is first built."""
    def build(ops: Operations, _window: MainWindow) -> QWidget:
        screen_class = getattr(importlib.import_module(module), name)
        return cast(QWidget, screen_class(ops))
    return build


_reception = _lazy("clubdesk.ui.reception.reception_screen", "ReceptionScreen")
_rota = _lazy("clubdesk.ui.rota.rota_screen", "RotaScreen")
_members = _lazy("clubdesk.ui.members.members_screen", "MembersScreen")
_followups = _lazy("clubdesk.ui.followups.followups_screen", "FollowupsScreen")
_partners = _lazy("clubdesk.ui.partners.partners_screen", "PartnersScreen")
_dashboard = _lazy("clubdesk.ui.dashboard.dashboard_screen", "DashboardScreen")
_reach_out = _lazy("clubdesk.ui.reach_out.reach_out_screen", "ReachOutScreen")
_tasks = _lazy("clubdesk.ui.tasks.tasks_screen", "TasksScreen")
_workshops = _lazy("clubdesk.ui.workshops.workshops_screen", "WorkshopsScreen")
_applications = _lazy("clubdesk.ui.admissions.applications_screen", "ApplicationsScreen")
_commissions = _lazy("clubdesk.ui.admissions.commissions_screen", "CommissionsScreen")
_report = _lazy("clubdesk.ui.report.report_screen", "ReportScreen")
_structure = _lazy("clubdesk.ui.structure.structure_screen", "StructureScreen")
_exchange = _lazy("clubdesk.ui.exchange.exchange_screen", "ExchangeScreen")
_users = _lazy("clubdesk.ui.users.users_screen", "UsersScreen")
_staff = _lazy("clubdesk.ui.staff.staff_screen", "StaffScreen")
_audit = _lazy("clubdesk.ui.audit.audit_screen", "AuditScreen")
_retention = _lazy("clubdesk.ui.retention.retention_screen", "RetentionScreen")
_volunteers = _lazy("clubdesk.ui.volunteers.volunteers_screen", "VolunteersScreen")
_outings = _lazy("clubdesk.ui.outings.outings_screen", "OutingsScreen")
_objectives = _lazy("clubdesk.ui.objectives.objectives_screen", "ObjectivesScreen")
_contracts = _lazy("clubdesk.ui.contracts.contracts_screen", "ContractsScreen")
_production = _lazy("clubdesk.ui.production.production_screen", "ProductionScreen")


def _backups(ops: Operations, window: MainWindow) -> QWidget:
    from clubdesk.ui.backup.backup_screen import BackupScreen
    return BackupScreen(ops, scheduler=window.backup_scheduler)


def _preferences(_ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.display.preferences_screen import PreferencesScreen
    return PreferencesScreen()


def _title(marked: object) -> str:
    """A title marked for lupdate (QT_TRANSLATE_NOOP, context « MainWindow »)."""
    return str(marked)


WORKING_DAY = frozenset({CLUBHOUSE, PRE_INSERTION, WORK_INSERTION})
# the annual report: the club-house's §11 table and the GEM's table (structure_kinds.Kind.tables)
ANNUAL_TABLES = frozenset({CLUBHOUSE, GEM})

# The reception desk's screens first; « Affichage » closes the list for every role.
SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry("reception_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Accueil")),
                _reception, EVERYONE, icon="reception"),
    # The rota and the tasks: the club-house's work-ordered day (members and staff share the
    # running of the house, tasks by skill) is also the day of a pre-insertion workshop or a
    # work-insertion service (trainees on posts, supervised). A GEM has neither: its members
    # « decide activities and outings together » (DOMAIN.md), « dans la plus grande liberté »,
    # « quand ils le souhaitent » (seeds/gem-and-collectifs-normandie.txt): nobody is given
    # a post for the day. Its workshops and outings are on « Ateliers collectifs ».
    ScreenEntry("rota_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Planning du jour")),
                _rota, EVERYONE, icon="rota", kinds=WORKING_DAY),
    ScreenEntry("members_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Membres")),
                _members, EVERYONE, icon="members", people=True),
    ScreenEntry("outings_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Sorties et activités")),
                _outings, EVERYONE, icon="outings", kinds=frozenset({GEM})),
    ScreenEntry("followups_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Suivis")),
                _followups, STAFF, icon="followups"),
    ScreenEntry("applications_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Candidatures")),
                _applications, STAFF, icon="applications", kinds=frozenset({PRE_INSERTION})),
    ScreenEntry("commissions_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Commissions")),
                _commissions, STAFF, icon="commissions", kinds=frozenset({PRE_INSERTION})),
    ScreenEntry("contracts_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Stages et contrats")),
                _contracts, STAFF, icon="contracts",
                kinds=frozenset({PRE_INSERTION, WORK_INSERTION})),
    ScreenEntry("production_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Commandes et production")),
                _production, STAFF, icon="production", kinds=frozenset({WORK_INSERTION})),
    ScreenEntry("objectives_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Objectifs")),
                _objectives, STAFF, icon="objectives",
                kinds=frozenset({PRE_INSERTION, WORK_INSERTION})),
    ScreenEntry("partners_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Partenaires")),
                _partners, STAFF, icon="partners"),
    ScreenEntry("dashboard_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord")),
                _dashboard, STAFF, icon="dashboard"),
    ScreenEntry("reach_out_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "À recontacter")),
                _reach_out, EVERYONE, icon="reach_out"),
    ScreenEntry("tasks_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Tâches")),
                _tasks, STAFF, icon="tasks", kinds=WORKING_DAY),
    ScreenEntry("workshops_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Ateliers collectifs")),
                _workshops, STAFF, icon="workshops"),
    ScreenEntry("report_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Rapport annuel")),
                _report, DIRECTION_ONLY, icon="report", kinds=ANNUAL_TABLES),
    ScreenEntry("structure_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Structure")),
                _structure, DIRECTION_ONLY, icon="structure"),
    ScreenEntry("exchange_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Importer / exporter")),
                _exchange, STAFF, icon="exchange"),
    ScreenEntry("staff_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Salariés")),
                _staff, DIRECTION_ONLY, icon="staff"),
    ScreenEntry("volunteers_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Bénévoles et parrainage")),
                _volunteers, DIRECTION_ONLY, icon="volunteers", kinds=frozenset({GEM})),
    ScreenEntry("users_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Comptes")),
                _users, DIRECTION_ONLY, icon="users"),
    ScreenEntry("audit_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Journal")),
                _audit, DIRECTION_ONLY, icon="audit"),
    ScreenEntry("backup_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Sauvegardes")),
                _backups, DIRECTION_ONLY, icon="backup"),
    ScreenEntry("retention_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Conservation des données")),
                _retention, DIRECTION_ONLY, icon="retention"),
    ScreenEntry("preferences_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Affichage")),
                _preferences, EVERYONE, icon="preferences", shortcut="Ctrl+0"),
)


def screens_for(role: str, kinds: Iterable[str] = DEFAULT_KINDS) -> list[ScreenEntry]:
    """The entries ``role`` sees when ``kinds`` are on (by default the club-house alone, what
    a club that never chose runs), in the navigation's order."""
    assert role in ROLES, role
    on = frozenset(kinds)
    return [entry for entry in SCREENS if role in entry.roles and entry.kinds & on]


def numbered_shortcuts(entries: list[ScreenEntry]) -> list[str]:
    """Each entry's shortcut, in order: its fixed one, else Ctrl+1 … Ctrl+9 by position among
    the entries without a fixed one, else none ("")."""
    keys: list[str] = []
    number = 0
    for entry in entries:
        if entry.shortcut:
            keys.append(entry.shortcut)
            continue
        number += 1
        keys.append(f"Ctrl+{number}" if number <= 9 else "")
    return keys


def entry_named(name: str) -> ScreenEntry:
    for entry in SCREENS:
        if entry.name == name:
            return entry
    raise KeyError(name)


__all__ = ["DIRECTION_ONLY", "EVERYONE", "RECEPTION", "SCREENS", "STAFF", "ScreenEntry",
           "entry_named", "numbered_shortcuts", "screens_for"]
