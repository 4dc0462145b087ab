"""Every screen of clubdesk, once: its title in the navigation, who may open it, its keyboard
shortcut and how it is built. The window shows, for the signed-in role, the entries of
:data:`SCREENS` in this order; nothing else lists screens.

Adding a screen is one entry here (and the screen itself, derived from
clubdesk.ui.screen.Screen). A screen's module is imported only when the screen is built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from clubdesk.model.access import DIRECTION, RECEPTION, ROLES, STAFF_ROLES

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
    shortcut: str = ""  # a QKeySequence in portable text, e.g. "Ctrl+1"

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


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
_report = _lazy("clubdesk.ui.report.report_screen", "ReportScreen")
_structure = _lazy("clubdesk.ui.structure.structure_screen", "StructureScreen")
_exchange = _lazy("clubdesk.ui.exchange.exchange_screen", "ExchangeScreen")
_users = _lazy("clubdesk.ui.users.users_screen", "UsersScreen")
_audit = _lazy("clubdesk.ui.audit.audit_screen", "AuditScreen")
_retention = _lazy("clubdesk.ui.retention.retention_screen", "RetentionScreen")


def _backups(ops: Operations, window: MainWindow) -> QWidget:
    from clubdesk.ui.backup.backup_screen import BackupScreen
    return BackupScreen(ops, scheduler=window.backup_scheduler)


def _preferences(_ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.display.preferences_screen import PreferencesScreen
    return PreferencesScreen()


def _title(marked: object) -> str:
    """A title marked for lupdate (QT_TRANSLATE_NOOP, context « MainWindow »)."""
    return str(marked)


# The reception desk's screens first; « Affichage » closes the list for every role.
SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry("reception_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Accueil")),
                _reception, EVERYONE, "Ctrl+1"),
    ScreenEntry("rota_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Planning du jour")),
                _rota, EVERYONE, "Ctrl+2"),
    ScreenEntry("members_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Membres")),
                _members, EVERYONE, "Ctrl+3"),
    ScreenEntry("followups_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Suivis")),
                _followups, STAFF, "Ctrl+4"),
    ScreenEntry("partners_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Partenaires")),
                _partners, STAFF, "Ctrl+5"),
    ScreenEntry("dashboard_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord")),
                _dashboard, STAFF, "Ctrl+6"),
    ScreenEntry("reach_out_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "À recontacter")),
                _reach_out, EVERYONE, "Ctrl+7"),
    ScreenEntry("tasks_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Tâches")),
                _tasks, STAFF, "Ctrl+8"),
    ScreenEntry("report_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Rapport annuel")),
                _report, DIRECTION_ONLY, "Ctrl+9"),
    ScreenEntry("structure_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Structure")),
                _structure, DIRECTION_ONLY),
    ScreenEntry("exchange_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Importer / exporter")),
                _exchange, STAFF),
    ScreenEntry("users_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Comptes")),
                _users, DIRECTION_ONLY),
    ScreenEntry("audit_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Journal")),
                _audit, DIRECTION_ONLY),
    ScreenEntry("backup_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Sauvegardes")),
                _backups, DIRECTION_ONLY),
    ScreenEntry("retention_screen",
                _title(QT_TRANSLATE_NOOP("MainWindow", "Conservation des données")),
                _retention, DIRECTION_ONLY),
    ScreenEntry("preferences_screen", _title(QT_TRANSLATE_NOOP("MainWindow", "Affichage")),
                _preferences, EVERYONE, "Ctrl+0"),
)


def screens_for(role: str) -> list[ScreenEntry]:
    """The entries ``role`` sees, in the navigation's order."""
    assert role in ROLES, role
    return [entry for entry in SCREENS if role in entry.roles]


def entry_named(name: str) -> ScreenEntry:
    for entry in SCREENS:
        if entry.name == name:
            return entry
    raise KeyError(name)


__all__ = ["DIRECTION_ONLY", "EVERYONE", "RECEPTION", "SCREENS", "STAFF", "ScreenEntry",
           "entry_named", "screens_for"]
