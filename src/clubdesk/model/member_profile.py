"""What the rota needs to know of a member: skills, wishes (tasks liked/avoided), availability."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlmodel import col

from clubdesk.model.access import ALL_ROLES, Actor, require
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.search_folding import fold
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    SKILL_LEVELS,
    Member,
    MemberAvailability,
    MemberSkill,
    MemberWish,
    Task,
)

SKILL_LEVEL_LABELS = {"discovering": "découvre", "practising": "pratique",
                      "can_teach": "peut apprendre aux autres"}


@dataclass
class Profile:
    skills: dict[str, str] = field(default_factory=dict)  # skill name -> level
    likes: set[int] = field(default_factory=set)  # task ids
    avoids: set[int] = field(default_factory=set)
    availability: set[tuple[int, str]] = field(default_factory=set)  # (weekday, am|pm)


class ProfileService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def get(self, member_id: int) -> Profile:
        require(self.actor, *ALL_ROLES)
        record(self.db, self.actor, "read", "member_profile", f"member {member_id}")
        profile = Profile()
        with self.db.session(write=False) as session:
            for s in session.scalars(
                select(MemberSkill).where(col(MemberSkill.member_id) == member_id)
            ):
                profile.skills[s.name] = s.level
            for w in session.scalars(
                select(MemberWish).where(col(MemberWish.member_id) == member_id)
            ):
                (profile.likes if w.kind == "like" else profile.avoids).add(w.task_id)
            for a in session.scalars(
                select(MemberAvailability).where(col(MemberAvailability.member_id) == member_id)
            ):
                profile.availability.add((a.weekday, a.half_day))
        return profile

    def save(self, member_id: int, profile: Profile) -> None:
        """Replace the member's skills, wishes and availability in one transaction."""
        require(self.actor, *ALL_ROLES)
        skills = _check_skills(profile.skills.items())
        both = profile.likes & profile.avoids
        if both:
            raise ValidationError("wishes", "Une tâche ne peut pas être à la fois aimée et évitée.")
        for weekday, half in profile.availability:
            if not 1 <= weekday <= 7 or half not in ("am", "pm"):
                raise ValidationError("availability", "Disponibilité invalide.")
        with self.db.session(actor=self.actor) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            task_ids = profile.likes | profile.avoids
            known = set(session.scalars(select(col(Task.id)).where(col(Task.id).in_(task_ids))))
            if task_ids - known:
                raise ValidationError("wishes", "Une des tâches choisies n'existe plus.")
            for table in (MemberSkill, MemberWish, MemberAvailability):
                session.execute(delete(table).where(col(table.member_id) == member_id))
            for name, level in skills:
                session.add(MemberSkill(member_id=member_id, name=name, level=level))
            for task_id in sorted(profile.likes):
                session.add(MemberWish(member_id=member_id, task_id=task_id, kind="like"))
            for task_id in sorted(profile.avoids):
                session.add(MemberWish(member_id=member_id, task_id=task_id, kind="avoid"))
            for weekday, half in sorted(profile.availability):
                session.add(MemberAvailability(member_id=member_id, weekday=weekday,
                                               half_day=half))


def _check_skills(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for raw_name, level in items:
        name = raw_name.strip()
        if not name:
            raise ValidationError("skills", "Une compétence n'a pas de nom.")
        if level not in SKILL_LEVELS:
            raise ValidationError("skills", "Niveau inconnu pour « {name} ».", name=name)
        if fold(name) in seen:
            raise ValidationError("skills", "La compétence « {name} » est en double.",
                                  name=name)
        seen.add(fold(name))
        out.append((name, level))
    return out
