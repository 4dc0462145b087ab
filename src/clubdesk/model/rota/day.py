"""The day's rota from and to the database: build the solver's instance, save the rota.

Ids in an instance: ``m<id>`` for a member, ``s<id>`` for a staff member, ``t<id>`` for a
task. The solver itself (clubdesk.model.rota.solver) knows nothing of the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, Actor, require
from clubdesk.model.errors import ClubdeskError, Term, say
from clubdesk.model.rota import Assignment, Instance, Lock, Rota, parse_instance
from clubdesk.model.rota.wording import short_names
from clubdesk.model.search_folding import fold
from clubdesk.model.staff import employed_on_clause, staff_skills_by_name
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    Attendance,
    Member,
    MemberSkill,
    MemberWish,
    RotaDay,
    RotaEntry,
    Staff,
    StaffPeriod,
    Task,
)

RECENT_DAYS = 5
HALF_DAY_WORDS = {"am": Term("matin"), "pm": Term("après-midi")}


def member_key(member_id: int) -> str:
    return f"m{member_id}"


def staff_key(staff_id: int) -> str:
    return f"s{staff_id}"


def task_key(task_id: int) -> str:
    return f"t{task_id}"


def parse_key(key: str) -> tuple[str, int]:
    """'m12' -> ('member', 12); 's3' -> ('staff', 3); 't4' -> ('task', 4)."""
    kinds = {"m": "member", "s": "staff", "t": "task"}
    return kinds[key[0]], int(key[1:])


@dataclass
class DayPlan:
    """What a rota screen shows: names for the ids, and the saved (or empty) rota."""

    day: date
    instance: Instance
    names: dict[str, str]  # instance id -> first name (and last-name initial when two share it)
    assignments: list[Assignment] = field(default_factory=list)
    locked: set[tuple[str, str, str]] = field(default_factory=set)  # (half_day, task, person)
    saved_at: datetime | None = None
    version: int = 0


class RotaService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- the instance ------------------------------------------------------------------

    def build_instance(
        self,
        day: date,
        *,
        absent_staff: Iterable[int] = (),
        locks: Iterable[Lock] = (),
        weights: dict[str, int] | None = None,
    ) -> tuple[Instance, dict[str, str]]:
        """Members checked in on ``day`` and staff employed that day (minus the absent)."""
        instance, _full, names = self._build(day, absent_staff=absent_staff, locks=locks,
                                            weights=weights)
        return instance, names

    def _build(
        self, day: date, *, absent_staff: Iterable[int] = (), locks: Iterable[Lock] = (),
        weights: dict[str, int] | None = None,
    ) -> tuple[Instance, dict[str, tuple[str, str]], dict[str, str]]:
        """The instance, each person's (first, last) name, and the names to show."""
        require(self.actor, *ALL_ROLES)
        absent = set(absent_staff)
        weekday = day.isoweekday()
        with self.db.session(write=False) as session:
            tasks = [t for t in session.scalars(
                select(Task).where(col(Task.archived).is_(False)).order_by(col(Task.id)))
                if str(weekday) in t.weekdays.split(",")]
            presences: dict[int, dict[str, Any]] = {}
            for found, att in session.execute(
                select(Member, Attendance)
                .join(Attendance, col(Attendance.member_id) == col(Member.id))
                .where(col(Attendance.date) == day)
                .order_by(col(Attendance.checked_in_at), col(Attendance.id))
            ):
                assert found.id is not None
                entry = presences.setdefault(found.id, {"member": found, "halves": set(),
                                                         "modes": set()})
                entry["halves"] |= {"am", "pm"} if att.half_day == "day" else {att.half_day}
                entry["modes"].add(att.mode)
            member_ids = list(presences)
            skills: dict[int, list[tuple[str, str]]] = {}
            for sk in session.scalars(
                    select(MemberSkill).where(col(MemberSkill.member_id).in_(member_ids))):
                skills.setdefault(sk.member_id, []).append((sk.name, sk.level))
            wishes: dict[int, dict[str, list[str]]] = {}
            for wish in session.scalars(
                    select(MemberWish).where(col(MemberWish.member_id).in_(member_ids))):
                wishes.setdefault(wish.member_id, {"like": [], "avoid": []})[wish.kind].append(
                    task_key(wish.task_id))
            staff = list(session.scalars(
                select(Staff).join(StaffPeriod, col(StaffPeriod.staff_id) == col(Staff.id))
                .where(employed_on_clause(day)).order_by(col(Staff.id)).distinct()))
            recent = self._recent_tasks(session, day)
            staff_skills = staff_skills_by_name(session, [s.id for s in staff if s.id])

        task_skill = {t.id: t.skill for t in tasks}
        known_tasks = {task_key(t.id or 0) for t in tasks}

        def skill_map(items: list[tuple[str, str]]) -> dict[str, str]:
            # Person skills are named like the tasks' skills (folded comparison).
            wanted = {fold(s): s for s in task_skill.values() if s}
            return {wanted.get(fold(name), name): level for name, level in items}

        people: list[dict[str, Any]] = []
        full: dict[str, tuple[str, str]] = {}
        for member_id, entry in presences.items():
            member: Member = entry["member"]
            key = member_key(member_id)
            full[key] = (member.preferred_name or member.first_name, member.last_name)
            w = wishes.get(member_id, {"like": [], "avoid": []})
            people.append({
                "id": key, "kind": "member",
                "present": [h for h in ("am", "pm") if h in entry["halves"]],
                "mode": "remote" if entry["modes"] == {"remote"} else "onsite",
                "skills": skill_map(skills.get(member_id, [])),
                "likes": [t for t in w["like"] if t in known_tasks],
                "avoids": [t for t in w["avoid"] if t in known_tasks],
                "recent_tasks": sorted(recent.get(key, set()) & known_tasks),
            })
        for s in staff:
            if s.id in absent:
                continue
            key = staff_key(s.id or 0)
            full[key] = (s.first_name, s.last_name)
            people.append({"id": key, "kind": "staff", "present": ["am", "pm"],
                           "mode": "onsite",
                           "skills": skill_map(list(staff_skills.get(s.id or 0, {}).items())),
                           "likes": [], "avoids": [],
                           "recent_tasks": sorted(recent.get(key, set()) & known_tasks)})
        names = short_names(full)
        data = {
            "date": day.isoformat(),
            "half_days": ["am", "pm"],
            "people": people,
            "tasks": [{
                "id": task_key(t.id or 0), "name": t.name,
                "half_days": [h for h in t.half_days.split(",") if h],
                "min_people": t.min_people, "max_people": t.max_people, "skill": t.skill,
                "mode": t.mode, "priority": t.priority,
            } for t in tasks],
            "locked": [{"half_day": lk.half_day, "task": lk.task, "person": lk.person}
                       for lk in locks],
            "weights": weights or {},
        }
        for t in tasks:
            names[task_key(t.id or 0)] = t.name
        return parse_instance(data), full, names

    def _recent_tasks(self, session: Any, day: date) -> dict[str, set[str]]:
        """Tasks each person did on the last RECENT_DAYS days with a saved rota before ``day``."""
        days = list(session.scalars(
            select(col(RotaDay.id)).where(col(RotaDay.day) < day)
            .order_by(col(RotaDay.day).desc()).limit(RECENT_DAYS)))
        out: dict[str, set[str]] = {}
        for e in session.scalars(select(RotaEntry).where(col(RotaEntry.rota_id).in_(days))):
            who = member_key(e.member_id) if e.member_id else staff_key(e.staff_id or 0)
            out.setdefault(who, set()).add(task_key(e.task_id))
        return out

    # -- solve, save, load ---------------------------------------------------------------

    def suggest(
        self, day: date, *, absent_staff: Iterable[int] = (), locks: Iterable[Lock] = (),
        time_limit_s: float = 5.0,
    ) -> tuple[Rota, dict[str, str]]:
        """The solver's proposal for ``day``; nothing is saved."""
        from clubdesk.model.rota import solve  # OR-Tools loads on the first proposal only

        instance, names = self.build_instance(day, absent_staff=absent_staff, locks=locks)
        return solve(instance, time_limit_s=time_limit_s), names

    def plan(self, day: date, *, absent_staff: Iterable[int] = ()) -> DayPlan:
        """The instance of ``day`` with the saved rota, if any."""
        instance, full, names = self._build(day, absent_staff=absent_staff)
        plan = DayPlan(day=day, instance=instance, names=names)
        with self.db.session(write=False) as session:
            saved = session.scalars(select(RotaDay).where(col(RotaDay.day) == day)).first()
            if saved is None:
                return plan
            plan.saved_at, plan.version = saved.saved_at, saved.version
            groups: dict[tuple[str, str], list[str]] = {}
            for e in session.scalars(select(RotaEntry).where(col(RotaEntry.rota_id) == saved.id)
                                     .order_by(col(RotaEntry.id))):
                who = member_key(e.member_id) if e.member_id else staff_key(e.staff_id or 0)
                groups.setdefault((e.half_day, task_key(e.task_id)), []).append(who)
                if e.locked:
                    plan.locked.add((e.half_day, task_key(e.task_id), who))
                if who not in full:  # a person of the saved rota no longer checked in
                    full[who] = self._name_of(session, who)
        names.update({k: v for k, v in short_names(full).items() if k.startswith(("m", "s"))})
        plan.assignments = [Assignment(h, t, tuple(p)) for (h, t), p in groups.items()]
        return plan

    def _name_of(self, session: Any, key: str) -> tuple[str, str]:
        kind, ident = parse_key(key)
        row = session.get(Member if kind == "member" else Staff, ident)
        if row is None:
            return key, ""
        return str(getattr(row, "preferred_name", "") or row.first_name), str(row.last_name)

    def save(self, day: date, assignments: Sequence[Assignment],
             locked: Iterable[tuple[str, str, str]] = (), *,
             expected_version: int | None = None) -> int:
        """Replace the rota of ``day``; returns its new version.

        ``expected_version`` (the version the screen loaded) refuses to overwrite a rota
        saved meanwhile by another desk.
        """
        require(self.actor, *ALL_ROLES)
        locked_set = set(locked)
        with self.db.session(actor=self.actor) as session:
            # locked until commit: a second desk saving at the same moment waits, then sees
            # the new version and is refused instead of overwriting (PostgreSQL)
            saved = session.scalars(select(RotaDay).where(col(RotaDay.day) == day)
                                    .with_for_update()).first()
            if saved is None:
                saved = RotaDay(day=day, version=0)
            elif expected_version is not None and saved.version != expected_version:
                stamp = saved.saved_at.astimezone().strftime("%H:%M")
                who = saved.saved_by or Term("un autre poste")
                raise ClubdeskError(
                    "Le planning a été modifié par {who} à {stamp} : rechargez-le avant "
                    "d'enregistrer.", who=who, stamp=stamp,
                )
            saved.version += 1
            saved.saved_at = clock.now(UTC)
            saved.saved_by = self.actor.name
            session.add(saved)
            try:
                session.flush()
            except IntegrityError as exc:  # another desk saved this day's first rota
                raise ClubdeskError("Le planning vient d'être enregistré sur un autre poste : "
                                    "rechargez-le avant d'enregistrer.") from exc
            session.execute(delete(RotaEntry).where(col(RotaEntry.rota_id) == saved.id))
            for a in assignments:
                _kind, task_id = parse_key(a.task)
                for person in a.people:
                    kind, ident = parse_key(person)
                    session.add(RotaEntry(
                        rota_id=saved.id or 0, half_day=a.half_day, task_id=task_id,
                        member_id=ident if kind == "member" else None,
                        staff_id=ident if kind == "staff" else None,
                        locked=(a.half_day, a.task, person) in locked_set,
                    ))
            return saved.version


def check_assignments(instance: Instance, assignments: Sequence[Assignment],
                      names: dict[str, str]) -> list[str]:
    """Every hard rule a hand-edited rota breaks, as plain sentences (see ``say``)."""
    problems: list[str] = []
    tasks = {t.id: t for t in instance.tasks}
    people = {p.id: p for p in instance.people}
    seen: dict[tuple[str, str], str] = {}
    for a in assignments:
        task = tasks.get(a.task)
        if task is None or not a.people:
            continue
        half = HALF_DAY_WORDS[a.half_day]
        group = [people[p] for p in a.people if p in people]
        if len(a.people) < task.min_people:
            problems.append(say("{task}, {half_day} : il faut au moins {count} personnes.",
                                task=task.name, half_day=half, count=task.min_people))
        if len(a.people) > task.max_people:
            problems.append(say("{task}, {half_day} : {count} personnes au plus.",
                                task=task.name, half_day=half, count=task.max_people))
        if not any(p.is_member for p in group):
            problems.append(say("{task}, {half_day} : il faut au moins un membre.",
                                task=task.name, half_day=half))
        if task.skill and not any(p.level(task.skill) >= 1 for p in group):
            problems.append(say("{task}, {half_day} : il faut quelqu'un qui sait faire "
                                "({skill}).", task=task.name, half_day=half, skill=task.skill))
        for p in a.people:
            name = names.get(p, p)
            person = people.get(p)
            if person is None or a.half_day not in person.present:
                problems.append(say("{task}, {half_day} : {name} n'est pas là ce {half_day}.",
                                    task=task.name, half_day=half, name=name))
            elif person.mode != task.mode and task.mode == "remote":
                problems.append(say("{task}, {half_day} : {name} n'est pas en mode à distance.",
                                    task=task.name, half_day=half, name=name))
            elif person.mode != task.mode:
                problems.append(say("{task}, {half_day} : {name} n'est pas en mode sur place.",
                                    task=task.name, half_day=half, name=name))
            other = seen.get((a.half_day, p))
            if other is not None:
                problems.append(say("{name} est sur deux tâches le {half_day} ({first} et "
                                    "{second}).", name=name, half_day=half, first=other,
                                    second=task.name))
            seen[(a.half_day, p)] = task.name
    return problems
