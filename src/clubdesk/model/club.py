"""The club as the UI and the CLI see it: one database, one actor, every service."""

from __future__ import annotations

from clubdesk.model.access import LOCAL_ADMIN, Actor
from clubdesk.model.accounts.users import UserService
from clubdesk.model.annual.indicators import IndicatorService
from clubdesk.model.annual.sent import SentReportService
from clubdesk.model.attendance import AttendanceService
from clubdesk.model.audit.trail import AuditService
from clubdesk.model.career_paths import PathService
from clubdesk.model.charter import CharterService
from clubdesk.model.dashboard import DashboardService
from clubdesk.model.followups import FollowupService
from clubdesk.model.member_profile import ProfileService
from clubdesk.model.members import MemberService
from clubdesk.model.merge import merge_members
from clubdesk.model.partners import PartnerService
from clubdesk.model.reach_out import ReachOutService
from clubdesk.model.retention import RetentionService
from clubdesk.model.rota.day import RotaService
from clubdesk.model.settings import SettingsService
from clubdesk.model.staff import StaffService
from clubdesk.model.storage.backup import BackupService
from clubdesk.model.storage.db import Database
from clubdesk.model.structure import StructureService
from clubdesk.model.tables import Member
from clubdesk.model.tasks import TaskService
from clubdesk.model.workshops import WorkshopService


class Club:
    def __init__(self, db: Database, actor: Actor = LOCAL_ADMIN) -> None:
        self.db = db
        self.actor = actor
        # on a PostgreSQL server with clubdesk's roles, the connections take the actor's
        db.use_role(actor.role)
        self.members = MemberService(db, actor)
        self.staff = StaffService(db, actor)
        self.charter = CharterService(db, actor)
        self.attendance = AttendanceService(db, actor)
        self.profiles = ProfileService(db, actor)
        self.reach_out = ReachOutService(db, actor)
        self.settings = SettingsService(db, actor)
        self.tasks = TaskService(db, actor)
        self.rota = RotaService(db, actor)
        self.partners = PartnerService(db, actor)
        self.followups = FollowupService(db, actor)
        self.paths = PathService(db, actor)
        self.structure = StructureService(db, actor)
        self.indicators = IndicatorService(db, actor)
        self.sent_reports = SentReportService(db, actor)
        self.dashboard = DashboardService(db, actor)
        self.users = UserService(db, actor)
        self.audit = AuditService(db, actor)
        self.retention = RetentionService(db, actor)
        self.backups = BackupService(db, actor)
        self.workshops = WorkshopService(db, actor)

    def merge_members(self, keep_id: int, other_id: int) -> Member:
        """Merge ``other_id`` into ``keep_id``: every presence and period is kept."""
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
