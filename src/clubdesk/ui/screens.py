"""Every screen of clubdesk, once: its title in the navigation, who may open it, its keyboard
shortcut and how it is built. The window shows, for the signed-in role, the entries of
:data:`SCREENS` in this order; nothing else lists screens.

Adding a screen is one entry here (and the screen itself, derived from
clubdesk.ui.screen.Screen). A screen's module is imported only when the screen is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

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


# -- builders: each imports its screen only when it is built ---------------------------------

def _reception(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.reception.reception_screen import ReceptionScreen
    return ReceptionScreen(ops)


def _rota(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.rota.rota_screen import RotaScreen
    return RotaScreen(ops)


def _members(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.members.members_screen import MembersScreen
    return MembersScreen(ops)


def _followups(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.followups.followups_screen import FollowupsScreen
    return FollowupsScreen(ops)


def _partners(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.partners.partners_screen import PartnersScreen
    return PartnersScreen(ops)


def _dashboard(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.dashboard.dashboard_screen import DashboardScreen
    return DashboardScreen(ops)


def _reach_out(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.reach_out.reach_out_screen import ReachOutScreen
    return ReachOutScreen(ops)


def _tasks(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.tasks.tasks_screen import TasksScreen
    return TasksScreen(ops)


def _report(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.report.report_screen import ReportScreen
    return ReportScreen(ops)


def _structure(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.structure.structure_screen import StructureScreen
    return StructureScreen(ops)


def _exchange(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.exchange.exchange_screen import ExchangeScreen
    return ExchangeScreen(ops)


def _users(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.users.users_screen import UsersScreen
    return UsersScreen(ops)


def _audit(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.audit.audit_screen import AuditScreen
    return AuditScreen(ops)


def _backups(ops: Operations, window: MainWindow) -> QWidget:
    from clubdesk.ui.backup.backup_screen import BackupScreen
    return BackupScreen(ops, scheduler=window.backup_scheduler)


def _retention(ops: Operations, _window: MainWindow) -> QWidget:
    from clubdesk.ui.retention.retention_screen import RetentionScreen
    return RetentionScreen(ops)


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
