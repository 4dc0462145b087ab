"""The task catalogue of the work-ordered day (accueil, standard, cuisine...)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import col

from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.db import Database
from clubdesk.model.errors import DuplicateError, NotFoundError, ValidationError
from clubdesk.model.tables import MODES, Task

DEFAULT_TASKS: tuple[dict[str, Any], ...] = (
    {"name": "Accueil", "priority": 3, "max_people": 3},
    {"name": "Standard téléphonique", "priority": 2, "max_people": 2},
    {"name": "Cuisine", "priority": 2, "max_people": 4, "skill": "Cuisine"},
    {"name": "Comptabilité", "priority": 1, "half_days": "am", "skill": "Comptabilité"},
    {"name": "Communication", "priority": 1, "max_people": 3, "mode": "onsite"},
    {"name": "Journal du club", "priority": 1, "half_days": "pm", "mode": "remote"},
)


def _check(values: dict[str, Any]) -> dict[str, Any]:
    name = str(values.get("name", "")).strip()
    if not name:
        raise ValidationError("name", "Le nom de la tâche est obligatoire.")
    values["name"] = name
    lo, hi = int(values.get("min_people", 2)), int(values.get("max_people", 3))
    if lo < 2:
        raise ValidationError("min_people", "Une tâche se fait au moins à deux (binôme).")
    if hi < lo:
        raise ValidationError(
            "max_people", "Le maximum de personnes est plus petit que le minimum."
        )
    if values.get("mode", "onsite") not in MODES:
        raise ValidationError("mode", "Le mode doit être « sur place » ou « à distance ».")
    halves = [h for h in str(values.get("half_days", "am,pm")).split(",") if h]
    if not halves or any(h not in ("am", "pm") for h in halves):
        raise ValidationError("half_days", "Choisissez le matin, l'après-midi, ou les deux.")
    return values


class TaskService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def list_tasks(self, *, include_archived: bool = False) -> list[Task]:
        require(self.actor, *ALL_ROLES)
        stmt = select(Task).order_by(col(Task.priority).desc(), col(Task.name))
        if not include_archived:
            stmt = stmt.where(col(Task.archived).is_(False))
        with self.db.session(write=False) as session:
            return list(session.scalars(stmt))

    def create(self, **values: Any) -> Task:
        require(self.actor, *STAFF_ROLES)
        task = Task(**_check(values))
        with self.db.session() as session:
            if session.scalars(select(Task).where(col(Task.name) == task.name)).first():
                raise DuplicateError(f"Une tâche s'appelle déjà « {task.name} ».")
            session.add(task)
        return task

    def get(self, task_id: int) -> Task:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            task = session.get(Task, task_id)
        if task is None:
            raise NotFoundError(f"Aucune tâche n'a le numéro {task_id}.")
        return task

    def ensure_defaults(self) -> None:
        """Give a new club the usual tasks of a club-house (once, when it has none)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session() as session:
            if session.scalars(select(Task)).first() is None:
                for values in DEFAULT_TASKS:
                    session.add(Task(**_check(dict(values))))
