"""The club's charter: every signature kept (version and date), the version in force, and
the current members who have not signed it (issue 19).

The version in force is the club setting ``charter_version`` (« 2024 »...), « 1 » until the
club names one. A member who comes back signs again: a new row, the old ones stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.members import MemberRow, MemberService
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import CharterSignature, Member, Setting
from clubdesk.model.validation import check_date

SETTING_KEY = "charter_version"
DEFAULT_VERSION = "1"
MAX_VERSION = 40


def current_version(session: Session) -> str:
    row = session.get(Setting, SETTING_KEY)
    return (row.value.strip() if row is not None else "") or DEFAULT_VERSION


def check_version(version: str) -> str:
    text = (version or "").strip()
    if not text:
        raise ValidationError("version", "La version de la charte est obligatoire.")
    if len(text) > MAX_VERSION:
        raise ValidationError("version",
                              "La version de la charte est trop longue (40 caractères au plus).")
    return text


@dataclass(frozen=True)
class Signature:
    version: str
    signed_on: date

    def as_json(self) -> dict[str, str]:
        return {"version": self.version, "signed_on": self.signed_on.isoformat()}


class CharterService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def current_version(self) -> str:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return current_version(session)

    def set_current_version(self, version: str) -> str:
        """A new charter: from now on, the members who have not signed it are listed."""
        require(self.actor, *STAFF_ROLES)
        text = check_version(version)
        with self.db.session(actor=self.actor) as session:
            row = session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
            row.value = text
            session.add(row)
        return text

    def signatures(self, member_id: int) -> list[Signature]:
        """The member's signatures, oldest first."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            rows = session.scalars(
                select(CharterSignature)
                .where(col(CharterSignature.member_id) == member_id)
                .order_by(col(CharterSignature.signed_on), col(CharterSignature.id))).all()
            return [Signature(r.version, r.signed_on) for r in rows]

    def sign(self, member_id: int, signed_on: date | None = None, version: str = "", *,
             today: date | None = None) -> Signature:
        """Record a signature (the version in force unless ``version`` is given)."""
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        signed_on = signed_on or today
        check_date(signed_on, "signed_on")
        if signed_on > today:
            raise ValidationError("signed_on",
                                  "La charte ne peut pas être signée à une date future.")
        with self.db.session(actor=self.actor) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            text = check_version(version) if version.strip() else current_version(session)
            same = session.scalars(select(CharterSignature).where(
                col(CharterSignature.member_id) == member_id,
                col(CharterSignature.version) == text,
                col(CharterSignature.signed_on) == signed_on)).first()
            if same is None:
                session.add(CharterSignature(member_id=member_id, version=text,
                                             signed_on=signed_on))
        return Signature(text, signed_on)

    def unsigned(self, *, on: date | None = None) -> list[MemberRow]:
        """Current members (an open membership period) without a signature of the charter
        in force, by name."""
        require(self.actor, *ALL_ROLES)
        current = MemberService(self.db, self.actor).list_members("current", on=on)
        with self.db.session(write=False) as session:
            version = current_version(session)
            signed = set(session.scalars(select(col(CharterSignature.member_id)).where(
                col(CharterSignature.version) == version)))
        return [r for r in current if r.id not in signed]
