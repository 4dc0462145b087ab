"""The club as the UI and the CLI see it: one database, one actor, every service."""

from __future__ import annotations

from clubdesk.model.access import LOCAL_ADMIN, Actor
from clubdesk.model.attendance import AttendanceService
from clubdesk.model.db import Database
from clubdesk.model.members import MemberService
from clubdesk.model.staff import StaffService


class Club:
    def __init__(self, db: Database, actor: Actor = LOCAL_ADMIN) -> None:
        self.db = db
        self.actor = actor
        self.members = MemberService(db, actor)
        self.staff = StaffService(db, actor)
        self.attendance = AttendanceService(db, actor)

    @classmethod
    def open(cls, target: str, actor: Actor = LOCAL_ADMIN, *, create_parent: bool = False) -> Club:
        return cls(Database.open(target, create_parent=create_parent), actor)

    def close(self) -> None:
        self.db.close()
