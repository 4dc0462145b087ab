"""Data types of the day's rota and their JSON forms.

An :class:`Instance` describes one day: who is there, which tasks run, which
assignments are imposed ("locks") and the objective weights. A :class:`Rota` is
the answer of the solver. Both are frozen dataclasses built from plain JSON
values (``dict``/``list``/``str``/``int``/``None``) by :func:`parse_instance` and
:func:`parse_rota`, and turned back into JSON values by :func:`instance_to_json`
and :func:`rota_to_json`. See ``docs/rota-format.md`` for the formats.

Bad input is refused with :class:`~clubdesk.model.errors.ValidationError`; its
``field`` is the JSON path (``tasks[2].min_people``) and its message is one
French sentence starting with that path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date as _date
from typing import Any

from clubdesk.model.errors import Term, ValidationError

HALF_DAYS: tuple[str, ...] = ("am", "pm")
"""The half-days, in display order."""

HALF_DAY_NAMES: dict[str, str] = {"am": Term("matin"), "pm": Term("après-midi")}
"""French name of each half-day, used in sentences (a Term: translated with them)."""

KINDS: tuple[str, ...] = ("member", "staff")
MODES: tuple[str, ...] = ("onsite", "remote")
MODE_NAMES: dict[str, str] = {"onsite": Term("sur place"), "remote": Term("à distance")}

LEVELS: tuple[str, ...] = ("discovering", "practising", "can_teach")
"""Skill levels, lowest first."""

LEVEL_NAMES: dict[str, str] = {
    "discovering": "découverte",
    "practising": "pratique",
    "can_teach": "peut transmettre",
}

STATUSES: tuple[str, ...] = ("optimal", "feasible", "infeasible")

MIN_TEAM = 2
"""No task is ever staffed with fewer people than this."""

MAX_VALUE = 1_000_000
"""Upper bound on weights, priorities and team sizes (keeps the objective small)."""

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Weights:
    """Objective weights. Each is added once per occurrence (negative = penalty)."""

    staffed: int = 1000
    placed: int = 4
    like: int = 10
    avoid: int = -10
    peer_learning: int = 5
    repeat: int = -3
    staff_use: int = -1


WEIGHT_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Weights))
DEFAULT_WEIGHTS: dict[str, int] = {key: getattr(Weights(), key) for key in WEIGHT_KEYS}


@dataclass(frozen=True)
class Person:
    """Someone who may be placed in a task: a member or a staff person."""

    id: str
    kind: str
    present: tuple[str, ...]
    mode: str
    skills: tuple[tuple[str, str], ...] = ()
    likes: tuple[str, ...] = ()
    avoids: tuple[str, ...] = ()
    recent_tasks: tuple[str, ...] = ()

    @property
    def is_member(self) -> bool:
        return self.kind == "member"

    def level(self, skill: str) -> int:
        """Rank of ``skill`` in :data:`LEVELS` (0, 1, 2), or -1 without the skill."""
        for name, level in self.skills:
            if name == skill:
                return LEVELS.index(level)
        return -1


@dataclass(frozen=True)
class Task:
    """A job of the day; it runs in each of its half-days that the day has."""

    id: str
    name: str
    half_days: tuple[str, ...]
    min_people: int
    max_people: int
    skill: str | None = None
    mode: str = "onsite"
    priority: int = 1


@dataclass(frozen=True)
class Lock:
    """An imposed assignment: ``person`` does ``task`` in ``half_day``."""

    half_day: str
    task: str
    person: str


@dataclass(frozen=True)
class Instance:
    """One day to plan. Build it with :func:`parse_instance` to get it checked."""

    date: str
    half_days: tuple[str, ...]
    people: tuple[Person, ...]
    tasks: tuple[Task, ...]
    locked: tuple[Lock, ...] = ()
    weights: Weights = Weights()

    def runs(self, task: Task, half_day: str) -> bool:
        """True when ``task`` takes place in ``half_day`` on this day."""
        return half_day in self.half_days and half_day in task.half_days


@dataclass(frozen=True)
class Assignment:
    """The people doing one task in one half-day (people in instance order)."""

    half_day: str
    task: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class Unstaffed:
    """A task left empty in one half-day, with the reason as a French sentence."""

    half_day: str
    task: str
    reason: str


@dataclass(frozen=True)
class Unassigned:
    """A person present in a half-day but placed in no task."""

    half_day: str
    person: str


@dataclass(frozen=True)
class Rota:
    """The solver's answer.

    ``status`` is ``"optimal"`` only when the optimum is proven, ``"feasible"`` when
    the time limit stopped the search (``bound`` is then the best upper bound on the
    score), ``"infeasible"`` when the locks cannot all hold (``problems`` explains
    why, and the rota is empty with score 0).
    """

    date: str
    status: str
    score: int
    assignments: tuple[Assignment, ...] = ()
    unstaffed: tuple[Unstaffed, ...] = ()
    unassigned: tuple[Unassigned, ...] = ()
    problems: tuple[str, ...] = ()
    bound: int | None = None

    @property
    def gap(self) -> float | None:
        """Relative gap between score and bound (0.0 when optimal, None if infeasible)."""
        if self.status == "optimal":
            return 0.0
        if self.bound is None:
            return None
        return (self.bound - self.score) / max(1, abs(self.bound))


# --------------------------------------------------------------------------- parsing


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _object(
    value: object, path: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(path, "{path} : doit être un objet JSON (entre accolades).",
                              path=path)
    for key in value:
        if not isinstance(key, str) or (key not in required and key not in optional):
            where = _join(path, str(key))
            raise ValidationError(where, "{path} : champ inconnu.", path=where)
    for key in required:
        if key not in value:
            where = _join(path, key)
            raise ValidationError(where, "{path} : champ manquant.", path=where)
    return value


def _list(value: object, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(path, "{path} : doit être une liste (entre crochets).", path=path)
    return value


def _text(value: object, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(path, "{path} : doit être un texte non vide.", path=path)
    return value


def _integer(value: object, path: str, low: int, high: int = MAX_VALUE) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(path, "{path} : doit être un nombre entier.", path=path)
    if value < low:
        raise ValidationError(path, "{path} : doit être au moins {low}.", path=path, low=low)
    if value > high:
        raise ValidationError(path, "{path} : doit être au plus {high}.", path=path, high=high)
    return value


def _choice(value: object, path: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str):
        raise ValidationError(path, "{path} : doit être un texte parmi : {choices}.",
                              path=path, choices=", ".join(choices))
    if value not in choices:
        if len(choices) == 2:
            raise ValidationError(
                path, "{path} : valeur inconnue « {value} » (attendu : {first} ou {second}).",
                path=path, value=value, first=choices[0], second=choices[1])
        if len(choices) == 3:
            raise ValidationError(
                path, "{path} : valeur inconnue « {value} » "
                "(attendu : {first} ou {second} ou {third}).",
                path=path, value=value, first=choices[0], second=choices[1], third=choices[2])
        raise ValidationError(path, "{path} : valeur inconnue « {value} » (attendu : {choices}).",
                              path=path, value=value, choices=" ou ".join(choices))
    return value


def _half_day(value: object, path: str) -> str:
    if value == "day":
        raise ValidationError(
            path, "{path} : valeur inconnue « {value} » (attendu : {first} ou {second} ; "
            "pour toute la journée, indiquez les deux).",
            path=path, value=value, first=HALF_DAYS[0], second=HALF_DAYS[1])
    return _choice(value, path, HALF_DAYS)


def _half_days(value: object, path: str) -> tuple[str, ...]:
    items = _list(value, path)
    seen: list[str] = []
    for index, item in enumerate(items):
        where = f"{path}[{index}]"
        half_day = _half_day(item, where)
        if half_day in seen:
            raise ValidationError(where, "{path} : « {value} » est en double.", path=where,
                                  value=half_day)
        seen.append(half_day)
    return tuple(h for h in HALF_DAYS if h in seen)


def _texts(value: object, path: str) -> tuple[str, ...]:
    items = _list(value, path)
    result: list[str] = []
    for index, item in enumerate(items):
        where = f"{path}[{index}]"
        text = _text(item, where)
        if text in result:
            raise ValidationError(where, "{path} : « {value} » est en double.", path=where,
                                  value=text)
        result.append(text)
    return tuple(result)


def _parse_date(value: object, path: str) -> str:
    if isinstance(value, str) and _DATE_RE.fullmatch(value):
        try:
            _date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise ValidationError(
        path, "{path} : doit être une date au format AAAA-MM-JJ (par exemple 2026-11-23).",
        path=path)


_PERSON_REQUIRED = ("id", "kind", "present", "mode")
_PERSON_OPTIONAL = ("skills", "likes", "avoids", "recent_tasks")


def _parse_person(value: object, path: str) -> Person:
    data = _object(value, path, _PERSON_REQUIRED, _PERSON_OPTIONAL)
    skills_path = f"{path}.skills"
    raw_skills = data.get("skills", {})
    if not isinstance(raw_skills, dict):
        raise ValidationError(skills_path,
                              "{path} : doit être un objet JSON (compétence : niveau).",
                              path=skills_path)
    skills: list[tuple[str, str]] = []
    for name, level in raw_skills.items():
        _text(name, skills_path)
        skills.append((name, _choice(level, f"{skills_path}.{name}", LEVELS)))
    likes = _texts(data.get("likes", []), f"{path}.likes")
    avoids = _texts(data.get("avoids", []), f"{path}.avoids")
    for index, task_id in enumerate(avoids):
        if task_id in likes:
            where = f"{path}.avoids[{index}]"
            raise ValidationError(where, "{path} : « {value} » est aussi dans likes.",
                                  path=where, value=task_id)
    return Person(
        id=_text(data["id"], f"{path}.id"),
        kind=_choice(data["kind"], f"{path}.kind", KINDS),
        present=_half_days(data["present"], f"{path}.present"),
        mode=_choice(data["mode"], f"{path}.mode", MODES),
        skills=tuple(skills),
        likes=likes,
        avoids=avoids,
        recent_tasks=_texts(data.get("recent_tasks", []), f"{path}.recent_tasks"),
    )


_TASK_REQUIRED = ("id", "name", "half_days", "min_people", "max_people", "mode")
_TASK_OPTIONAL = ("skill", "priority")


def _parse_task(value: object, path: str) -> Task:
    data = _object(value, path, _TASK_REQUIRED, _TASK_OPTIONAL)
    min_people = _integer(data["min_people"], f"{path}.min_people", MIN_TEAM)
    max_people = _integer(data["max_people"], f"{path}.max_people", 0)
    if max_people < min_people:
        where = f"{path}.max_people"
        raise ValidationError(where, "{path} : doit être au moins égal à min_people ({minimum}).",
                              path=where, minimum=min_people)
    skill = data.get("skill")
    return Task(
        id=_text(data["id"], f"{path}.id"),
        name=_text(data["name"], f"{path}.name"),
        half_days=_half_days(data["half_days"], f"{path}.half_days"),
        min_people=min_people,
        max_people=max_people,
        skill=None if skill is None else _text(skill, f"{path}.skill"),
        mode=_choice(data["mode"], f"{path}.mode", MODES),
        priority=_integer(data.get("priority", 1), f"{path}.priority", 0),
    )


def _parse_weights(value: object, path: str) -> Weights:
    data = _object(value, path, (), WEIGHT_KEYS)
    values = {key: _integer(item, f"{path}.{key}", -MAX_VALUE) for key, item in data.items()}
    return Weights(**values)


def _unique_ids(ids: list[str], path: str) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            where = f"{path}[{index}].id"
            raise ValidationError(where, "{path} : l'identifiant « {value} » est déjà utilisé.",
                                  path=where, value=item_id)
        seen.add(item_id)


def parse_instance(data: object) -> Instance:
    """Check a JSON value (already decoded) and build the :class:`Instance`.

    Raises :class:`ValidationError` naming the first bad field.
    """
    if not isinstance(data, dict):
        raise ValidationError(
            "instance", "Les données de la journée doivent être un objet JSON (entre accolades)."
        )
    root = _object(data, "", ("date", "half_days", "people", "tasks"), ("locked", "weights"))
    people = tuple(
        _parse_person(item, f"people[{i}]")
        for i, item in enumerate(_list(root["people"], "people"))
    )
    tasks = tuple(
        _parse_task(item, f"tasks[{i}]") for i, item in enumerate(_list(root["tasks"], "tasks"))
    )
    _unique_ids([p.id for p in people], "people")
    _unique_ids([t.id for t in tasks], "tasks")
    person_ids = {p.id for p in people}
    task_ids = {t.id for t in tasks}
    locks: list[Lock] = []
    for index, item in enumerate(_list(root.get("locked", []), "locked")):
        path = f"locked[{index}]"
        lock_data = _object(item, path, ("half_day", "task", "person"), ())
        half_day = _half_day(lock_data["half_day"], f"{path}.half_day")
        task = _text(lock_data["task"], f"{path}.task")
        if task not in task_ids:
            raise ValidationError(f"{path}.task", "{path} : tâche inconnue « {value} ».",
                                  path=f"{path}.task", value=task)
        person = _text(lock_data["person"], f"{path}.person")
        if person not in person_ids:
            raise ValidationError(f"{path}.person", "{path} : personne inconnue « {value} ».",
                                  path=f"{path}.person", value=person)
        locks.append(Lock(half_day=half_day, task=task, person=person))
    return Instance(
        date=_parse_date(root["date"], "date"),
        half_days=_half_days(root["half_days"], "half_days"),
        people=people,
        tasks=tasks,
        locked=tuple(locks),
        weights=_parse_weights(root.get("weights", {}), "weights"),
    )


def parse_instance_text(text: str) -> Instance:
    """Decode JSON text, then :func:`parse_instance` it."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "json",
            "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}).",
            line=error.lineno, column=error.colno,
        ) from None
    return parse_instance(data)


def instance_to_json(instance: Instance) -> dict[str, Any]:
    """The JSON value of ``instance`` (all fields written, weights included)."""
    return {
        "date": instance.date,
        "half_days": list(instance.half_days),
        "people": [
            {
                "id": p.id,
                "kind": p.kind,
                "present": list(p.present),
                "mode": p.mode,
                "skills": dict(p.skills),
                "likes": list(p.likes),
                "avoids": list(p.avoids),
                "recent_tasks": list(p.recent_tasks),
            }
            for p in instance.people
        ],
        "tasks": [
            {
                "id": t.id,
                "name": t.name,
                "half_days": list(t.half_days),
                "min_people": t.min_people,
                "max_people": t.max_people,
                "skill": t.skill,
                "mode": t.mode,
                "priority": t.priority,
            }
            for t in instance.tasks
        ],
        "locked": [
            {"half_day": lock.half_day, "task": lock.task, "person": lock.person}
            for lock in instance.locked
        ],
        "weights": {key: getattr(instance.weights, key) for key in WEIGHT_KEYS},
    }


def rota_to_json(rota: Rota) -> dict[str, Any]:
    """The JSON value of ``rota``; ``bound`` is written only when status is feasible."""
    data: dict[str, Any] = {"date": rota.date, "status": rota.status, "score": rota.score}
    if rota.status == "feasible" and rota.bound is not None:
        data["bound"] = rota.bound
    data["assignments"] = [
        {"half_day": a.half_day, "task": a.task, "people": list(a.people)} for a in rota.assignments
    ]
    data["unstaffed"] = [
        {"half_day": u.half_day, "task": u.task, "reason": u.reason} for u in rota.unstaffed
    ]
    data["unassigned"] = [{"half_day": u.half_day, "person": u.person} for u in rota.unassigned]
    data["problems"] = list(rota.problems)
    return data


def parse_rota(data: object) -> Rota:
    """Check the JSON value of a rota (as written by :func:`rota_to_json`)."""
    if not isinstance(data, dict):
        raise ValidationError(
            "rota", "Les données du planning doivent être un objet JSON (entre accolades)."
        )
    root = _object(
        data,
        "",
        ("date", "status", "score", "assignments", "unstaffed", "unassigned"),
        ("bound", "problems"),
    )
    status = _choice(root["status"], "status", STATUSES)
    bound = root.get("bound")
    assignments: list[Assignment] = []
    for index, item in enumerate(_list(root["assignments"], "assignments")):
        path = f"assignments[{index}]"
        entry = _object(item, path, ("half_day", "task", "people"), ())
        assignments.append(
            Assignment(
                half_day=_half_day(entry["half_day"], f"{path}.half_day"),
                task=_text(entry["task"], f"{path}.task"),
                people=_texts(entry["people"], f"{path}.people"),
            )
        )
    unstaffed: list[Unstaffed] = []
    for index, item in enumerate(_list(root["unstaffed"], "unstaffed")):
        path = f"unstaffed[{index}]"
        entry = _object(item, path, ("half_day", "task", "reason"), ())
        unstaffed.append(
            Unstaffed(
                half_day=_half_day(entry["half_day"], f"{path}.half_day"),
                task=_text(entry["task"], f"{path}.task"),
                reason=_text(entry["reason"], f"{path}.reason"),
            )
        )
    unassigned: list[Unassigned] = []
    for index, item in enumerate(_list(root["unassigned"], "unassigned")):
        path = f"unassigned[{index}]"
        entry = _object(item, path, ("half_day", "person"), ())
        unassigned.append(
            Unassigned(
                half_day=_half_day(entry["half_day"], f"{path}.half_day"),
                person=_text(entry["person"], f"{path}.person"),
            )
        )
    problems = [
        _text(item, f"problems[{i}]")
        for i, item in enumerate(_list(root.get("problems", []), "problems"))
    ]
    return Rota(
        date=_parse_date(root["date"], "date"),
        status=status,
        score=_integer(root["score"], "score", -(2**62), 2**62),
        assignments=tuple(assignments),
        unstaffed=tuple(unstaffed),
        unassigned=tuple(unassigned),
        problems=tuple(problems),
        bound=None if bound is None else _integer(bound, "bound", -(2**62), 2**62),
    )
