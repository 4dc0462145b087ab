"""The task catalogue of the work-ordered day (accueil, standard, cuisine...).

Edited in the settings by the staff (roles equipe and direction); everyone may read it.
The rota solver reads the tasks that are not archived. An archived task is kept for the
history of saved rotas; a task is deleted only when nothing refers to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlmodel import Session, col

from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.errors import (
    ClubdeskError,
    DuplicateError,
    NotFoundError,
    Term,
    ValidationError,
)
from clubdesk.model.search_folding import fold
from clubdesk.model.storage.db import Database
from clubdesk.model.storage.optimistic_lock import check_fresh, stamp
from clubdesk.model.tables import MODES, MemberWish, RotaEntry, Task

DEFAULT_TASKS: tuple[dict[str, Any], ...] = (
    {"name": "Accueil", "priority": 3, "max_people": 3},
    {"name": "Standard téléphonique", "priority": 2, "max_people": 2},
    {"name": "Cuisine", "priority": 2, "max_people": 4, "skill": "Cuisine"},
    {"name": "Comptabilité", "priority": 1, "half_days": "am", "skill": "Comptabilité"},
    {"name": "Communication", "priority": 1, "max_people": 3, "mode": "onsite"},
    {"name": "Journal du club", "priority": 1, "half_days": "pm", "mode": "remote"},
)

# The fields a caller may give to create() and update(), with their defaults.
FIELD_DEFAULTS: dict[str, Any] = {
    "name": "",
    "half_days": "am,pm",
    "weekdays": "1,2,3,4,5",
    "min_people": 2,
    "max_people": 3,
    "skill": None,
    "mode": "onsite",
    "priority": 1,
}
MIN_PRIORITY, MAX_PRIORITY = 1, 10
MAX_NAME_LENGTH = 100


def _integer(values: dict[str, Any], field: str, message: str) -> int:
    value = values.get(field, FIELD_DEFAULTS[field])
    if isinstance(value, bool):
        raise ValidationError(field, message)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, message) from None


def _parts(value: Any) -> list[str]:
    """'1, 2,3' or [1, 2, 3] -> ['1', '2', '3'] (empty pieces dropped)."""
    items: Iterable[Any] = value.split(",") if isinstance(value, str) else value
    return [str(item).strip() for item in items if str(item).strip()]


def _check(values: dict[str, Any]) -> dict[str, Any]:
    """Every field of a task, checked and normalised; raise ValidationError naming the field."""
    unknown = set(values) - set(FIELD_DEFAULTS)
    if unknown:
        first = sorted(unknown)[0]
        raise ValidationError(first, "Champ inconnu : {name}.", name=first)
    out = {**FIELD_DEFAULTS, **values}

    name = str(out["name"] or "").strip()
    if not name:
        raise ValidationError("name", "Le nom de la tâche est obligatoire.")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("name", "Ce nom est trop long (100 caractères au plus).")
    out["name"] = name

    lo = _integer(out, "min_people", Term("Le nombre de personnes doit être un nombre entier."))
    hi = _integer(out, "max_people", Term("Le nombre de personnes doit être un nombre entier."))
    if lo < 2:
        raise ValidationError("min_people", "Une tâche se fait au moins à deux (binôme).")
    if hi < lo:
        raise ValidationError(
            "max_people", "Le maximum de personnes est plus petit que le minimum."
        )
    out["min_people"], out["max_people"] = lo, hi

    if out["mode"] not in MODES:
        raise ValidationError("mode", "Le mode doit être « sur place » ou « à distance ».")

    try:
        halves = set(_parts(out["half_days"]))
    except TypeError:
        halves = set()
    if not halves or not halves <= {"am", "pm"}:
        raise ValidationError("half_days", "Choisissez le matin, l'après-midi, ou les deux.")
    out["half_days"] = ",".join(h for h in ("am", "pm") if h in halves)

    try:
        days = {int(d) for d in _parts(out["weekdays"])}
    except (TypeError, ValueError):
        days = set()
    if not days or not all(1 <= d <= 7 for d in days):
        raise ValidationError(
            "weekdays", "Choisissez au moins un jour de la semaine (du lundi au dimanche)."
        )
    out["weekdays"] = ",".join(str(d) for d in sorted(days))

    priority = _integer(out, "priority", Term("L'importance doit être un nombre de 1 à 10."))
    if not MIN_PRIORITY <= priority <= MAX_PRIORITY:
        raise ValidationError("priority", "L'importance doit être un nombre de 1 à 10.")
    out["priority"] = priority

    skill = str(out["skill"] or "").strip()
    if len(skill) > 100:
        raise ValidationError("skill", "Ce savoir-faire est trop long (100 caractères au plus).")
    out["skill"] = skill or None
    return out


def _rotas_word(count: int) -> Term:
    return Term("planning") if count == 1 else Term("plannings")


def _members_word(count: int) -> Term:
    return Term("membre") if count == 1 else Term("membres")


class TaskService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- reading -------------------------------------------------------------------

    def list_tasks(self, *, include_archived: bool = False) -> list[Task]:
        require(self.actor, *ALL_ROLES)
        stmt = select(Task).order_by(col(Task.priority).desc(), col(Task.name))
        if not include_archived:
            stmt = stmt.where(col(Task.archived).is_(False))
        with self.db.session(write=False) as session:
            return list(session.scalars(stmt))

    def get(self, task_id: int) -> Task:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            task = session.get(Task, task_id)
        if task is None:
            raise NotFoundError("Aucune tâche n'a le numéro {task_id}.", task_id=task_id)
        return task

    # -- changing ------------------------------------------------------------------

    def create(self, **values: Any) -> Task:
        require(self.actor, *STAFF_ROLES)
        task = Task(**_check(values))
        with self.db.session(actor=self.actor) as session:
            self._refuse_duplicate(session, task.name, None)
            session.add(task)
        return task

    def update(self, task_id: int, *, expected_version: int | None = None,
               **values: Any) -> Task:
        """Change some fields of a task (the others keep their value); same rules as create.
        ``expected_version`` refuses to overwrite a task saved meanwhile by another desk."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            task = self._load(session, task_id, lock=True)
            check_fresh(task, expected_version, Term("La tâche « {name} »"), name=task.name)
            stamp(task, self.actor)
            current = {field: getattr(task, field) for field in FIELD_DEFAULTS}
            checked = _check({**current, **values})
            self._refuse_duplicate(session, checked["name"], task_id)
            for field, value in checked.items():
                setattr(task, field, value)
            session.add(task)
        return task

    def archive(self, task_id: int) -> Task:
        """Hide the task from the rota and from members' wishes; saved rotas keep it."""
        return self._set_archived(task_id, True)

    def restore(self, task_id: int) -> Task:
        """Bring an archived task back into the rota."""
        return self._set_archived(task_id, False)

    def delete(self, task_id: int) -> None:
        """Delete a task nothing refers to; a task used in rotas or wishes is refused."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            self._load(session, task_id)
            rotas = int(session.execute(
                select(func.count(func.distinct(col(RotaEntry.rota_id))))
                .where(col(RotaEntry.task_id) == task_id)).scalar_one())
            wishes = int(session.execute(
                select(func.count()).select_from(MemberWish)
                .where(col(MemberWish.task_id) == task_id)).scalar_one())
            if rotas and wishes:
                raise ClubdeskError(
                    "Cette tâche est utilisée dans {rotas} {rotas_word} "
                    "et dans les souhaits de {wishes} {wishes_word} : archivez-la plutôt.",
                    rotas=rotas, rotas_word=_rotas_word(rotas),
                    wishes=wishes, wishes_word=_members_word(wishes),
                )
            if rotas:
                raise ClubdeskError(
                    "Cette tâche est utilisée dans {rotas} {rotas_word} : archivez-la plutôt.",
                    rotas=rotas, rotas_word=_rotas_word(rotas),
                )
            if wishes:
                raise ClubdeskError(
                    "Cette tâche est dans les souhaits de {wishes} {wishes_word} : "
                    "archivez-la plutôt.",
                    wishes=wishes, wishes_word=_members_word(wishes),
                )
            session.execute(sql_delete(Task).where(col(Task.id) == task_id))

    def ensure_defaults(self) -> None:
        """Give a new club the usual tasks of a club-house (once, when it has none)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            if session.scalars(select(Task)).first() is None:
                for values in DEFAULT_TASKS:
                    session.add(Task(**_check(dict(values))))

    # -- helpers -------------------------------------------------------------------

    def _set_archived(self, task_id: int, archived: bool) -> Task:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            task = self._load(session, task_id)
            if task.archived != archived:
                if not archived:
                    self._refuse_duplicate(session, task.name, task_id)
                task.archived = archived
                session.add(task)
        return task

    @staticmethod
    def _load(session: Session, task_id: int, *, lock: bool = False) -> Task:
        task = session.get(Task, task_id, with_for_update=lock)
        if task is None:
            raise NotFoundError("Aucune tâche n'a le numéro {task_id}.", task_id=task_id)
        return task

    @staticmethod
    def _refuse_duplicate(session: Session, name: str, task_id: int | None) -> None:
        """Names are compared without case or accents: « cuisine » is « Cuisine »."""
        wanted = fold(name)
        for other in session.scalars(select(Task).where(col(Task.id) != (task_id or 0))):
            if fold(other.name) == wanted:
                if other.archived:
                    raise DuplicateError(
                        "Une tâche archivée s'appelle déjà « {name} » : remettez-la plutôt.",
                        name=other.name,
                    )
                raise DuplicateError("Une tâche s'appelle déjà « {name} ».", name=other.name)
