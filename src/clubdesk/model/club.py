"""The club as the UI and the CLI see it: one database, one actor, every service.

Each service is made, and its module imported, the first time it is used (issue 21: a
command such as ``members search`` imports the members' service, not the annual report's).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from clubdesk.model.access import LOCAL_ADMIN, Actor
from clubdesk.model.storage.db import Database

if TYPE_CHECKING:
    from clubdesk.model.accounts.users import UserService
    from clubdesk.model.admissions import AdmissionService
    from clubdesk.model.annual.indicators import IndicatorService
    from clubdesk.model.annual.sent import SentReportService
    from clubdesk.model.attendance import AttendanceService
    from clubdesk.model.audit.trail import AuditService
    from clubdesk.model.career_paths import PathService
    from clubdesk.model.charter import CharterService
    from clubdesk.model.contracts import ContractService
    from clubdesk.model.dashboard import DashboardService
    from clubdesk.model.followups import FollowupService
    from clubdesk.model.member_profile import ProfileService
    from clubdesk.model.members import MemberService
    from clubdesk.model.objectives import ObjectiveService
    from clubdesk.model.outings import OutingService
    from clubdesk.model.partners import PartnerService
    from clubdesk.model.production import ProductionService
    from clubdesk.model.reach_out import ReachOutService
    from clubdesk.model.retention import RetentionService
    from clubdesk.model.rota.day import RotaService
    from clubdesk.model.settings import SettingsService
    from clubdesk.model.staff import StaffService
    from clubdesk.model.storage.backup import BackupService
    from clubdesk.model.structure import StructureService
    from clubdesk.model.structure_kinds import KindsService
    from clubdesk.model.tables import Member
    from clubdesk.model.tasks import TaskService
    from clubdesk.model.volunteers import VolunteerService
    from clubdesk.model.workshops import WorkshopService

S = TypeVar("S")


class _Service(Generic[S]):
    """A service of the club, made for its database and actor on first use, then kept (in
    the club's ``__dict__``, which this non-data descriptor gives way to)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name, self.attribute = module, name, ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, club: None, owner: type) -> _Service[S]: ...
    @overload
    def __get__(self, club: Club, owner: type) -> S: ...

    def __get__(self, club: Club | None, owner: type) -> _Service[S] | S:
        if club is None:
            return self
        service_class = getattr(importlib.import_module(self.module), self.name)
        service: S = service_class(club.db, club.actor)
        club.__dict__[self.attribute] = service
        return service


class Club:
    members: _Service[MemberService] = _Service("clubdesk.model.members", "MemberService")
    staff: _Service[StaffService] = _Service("clubdesk.model.staff", "StaffService")
    charter: _Service[CharterService] = _Service("clubdesk.model.charter", "CharterService")
    attendance: _Service[AttendanceService] = _Service("clubdesk.model.attendance",
                                                       "AttendanceService")
    profiles: _Service[ProfileService] = _Service("clubdesk.model.member_profile",
                                                  "ProfileService")
    reach_out: _Service[ReachOutService] = _Service("clubdesk.model.reach_out",
                                                    "ReachOutService")
    settings: _Service[SettingsService] = _Service("clubdesk.model.settings",
                                                   "SettingsService")
    tasks: _Service[TaskService] = _Service("clubdesk.model.tasks", "TaskService")
    rota: _Service[RotaService] = _Service("clubdesk.model.rota.day", "RotaService")
    partners: _Service[PartnerService] = _Service("clubdesk.model.partners", "PartnerService")
    followups: _Service[FollowupService] = _Service("clubdesk.model.followups",
                                                    "FollowupService")
    paths: _Service[PathService] = _Service("clubdesk.model.career_paths", "PathService")
    structure: _Service[StructureService] = _Service("clubdesk.model.structure",
                                                     "StructureService")
    indicators: _Service[IndicatorService] = _Service("clubdesk.model.annual.indicators",
                                                      "IndicatorService")
    sent_reports: _Service[SentReportService] = _Service("clubdesk.model.annual.sent",
                                                         "SentReportService")
    dashboard: _Service[DashboardService] = _Service("clubdesk.model.dashboard",
                                                     "DashboardService")
    users: _Service[UserService] = _Service("clubdesk.model.accounts.users", "UserService")
    audit: _Service[AuditService] = _Service("clubdesk.model.audit.trail", "AuditService")
    retention: _Service[RetentionService] = _Service("clubdesk.model.retention",
                                                     "RetentionService")
    backups: _Service[BackupService] = _Service("clubdesk.model.storage.backup",
                                                "BackupService")
    workshops: _Service[WorkshopService] = _Service("clubdesk.model.workshops",
                                                    "WorkshopService")
    kinds: _Service[KindsService] = _Service("clubdesk.model.structure_kinds", "KindsService")
    volunteers: _Service[VolunteerService] = _Service("clubdesk.model.volunteers",
                                                      "VolunteerService")
    outings: _Service[OutingService] = _Service("clubdesk.model.outings", "OutingService")
    objectives: _Service[ObjectiveService] = _Service("clubdesk.model.objectives",
                                                      "ObjectiveService")
    admissions: _Service[AdmissionService] = _Service("clubdesk.model.admissions",
                                                      "AdmissionService")
    contracts: _Service[ContractService] = _Service("clubdesk.model.contracts",
                                                    "ContractService")
    production: _Service[ProductionService] = _Service("clubdesk.model.production",
                                                       "ProductionService")

    def __init__(self, db: Database, actor: Actor = LOCAL_ADMIN) -> None:
        self.db = db
        self.actor = actor
        # on a PostgreSQL server with clubdesk's roles, the connections take the actor's
        db.use_role(actor.role)

    @classmethod
    def service_names(cls) -> list[str]:
        """The names of the club's services, in their order."""
        return [name for name, value in vars(cls).items() if isinstance(value, _Service)]

    def services(self) -> dict[str, Any]:
        """Every service of the club, by name, each made now if it was not yet (tests and
        tools that go over all of them)."""
        return {name: getattr(self, name) for name in self.service_names()}

    def merge_members(self, keep_id: int, other_id: int) -> Member:
        """Merge ``other_id`` into ``keep_id``: every presence and period is kept."""
        from clubdesk.model.merge import merge_members

        return merge_members(self.db, self.actor, keep_id, other_id)

    @classmethod
    def open(cls, target: str, actor: Actor = LOCAL_ADMIN, *, create_parent: bool = False,
             passphrase: str | None = None) -> Club:
        """A club on its own connections (a worker thread opens its own this way, with the
        UI's ``db.passphrase`` when the database is encrypted)."""
        return cls(Database.open(target, create_parent=create_parent, passphrase=passphrase),
                   actor)

    def close(self) -> None:
        self.db.close()
