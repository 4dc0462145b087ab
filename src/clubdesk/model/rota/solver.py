"""The day's rota as a CP-SAT model (OR-Tools).

One boolean ``x[p, t, h]`` per allowed combination (person ``p`` present in
half-day ``h`` with the mode of task ``t``), one boolean ``staffed[t, h]`` per task
half-day and, for skilled tasks, a ``peer[t, h]`` boolean equal to "a discovering
member and a can-teach person both work on it". The objective is linear in those
booleans; :func:`score_of` recomputes it from the assignments alone and
:func:`solve` checks that both agree.

Locks are checked first (person absent, wrong mode, task not running, one person
locked twice in a half-day, too many people locked on a task); any such lock gives
an ``"infeasible"`` rota with a sentence per problem (``say``: French, or the language of
the interface). If the model is still infeasible, a minimal set of conflicting locks is
found by deletion and reported.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from clubdesk.model.errors import Term, ValidationError, say
from clubdesk.model.rota.instance import (
    HALF_DAY_NAMES,
    HALF_DAYS,
    LEVELS,
    MODE_NAMES,
    Assignment,
    Instance,
    Lock,
    Person,
    Rota,
    Task,
    Unassigned,
    Unstaffed,
    instance_to_json,
    parse_instance,
)

DEFAULT_SEED = 17
"""Fixed random seed of the CP-SAT search (same input, same parameters: same rota)."""

DIAGNOSIS_TIME_S = 2.0
"""Time limit of each feasibility check while looking for conflicting locks (the whole
search for them stops after ``max(DIAGNOSIS_TIME_S, time_limit_s)``)."""

_AT: dict[str, str] = {"am": Term("le matin"), "pm": Term("l'après-midi")}
_PRACTISING = LEVELS.index("practising")  # the level "(niveau « pratique » au moins)" names
_CAN_TEACH = LEVELS.index("can_teach")
_DISCOVERING = LEVELS.index("discovering")


def status_from_cpsat(code: object) -> str | None:
    """Map a CP-SAT status to a rota status.

    ``"optimal"`` only when CP-SAT proved optimality, ``"feasible"`` for a solution
    without proof, ``"infeasible"`` when proven infeasible, ``None`` otherwise
    (unknown: no solution within the time limit, or invalid model).
    """
    if code == cp_model.OPTIMAL:
        return "optimal"
    if code == cp_model.FEASIBLE:
        return "feasible"
    if code == cp_model.INFEASIBLE:
        return "infeasible"
    return None


# ----------------------------------------------------------------------------- score


def score_of(instance: Instance, assignments: Iterable[Assignment]) -> int:
    """Objective value of ``assignments`` for ``instance`` (weights of the instance).

    Pure Python, independent of the CP-SAT model. An assignment with no people
    counts as an empty task.
    """
    tasks = {task.id: task for task in instance.tasks}
    people = {person.id: person for person in instance.people}
    weights = instance.weights
    total = 0
    for index, assignment in enumerate(assignments):
        if not assignment.people:
            continue
        task = tasks.get(assignment.task)
        if task is None:
            raise ValidationError(
                f"assignments[{index}].task",
                "assignments[{index}].task : tâche inconnue « {task} ».",
                index=index, task=assignment.task,
            )
        total += weights.staffed * task.priority
        has_discovering_member = has_teacher = False
        for person_id in assignment.people:
            person = people.get(person_id)
            if person is None:
                raise ValidationError(
                    f"assignments[{index}].people",
                    "assignments[{index}].people : personne inconnue « {person} ».",
                    index=index, person=person_id,
                )
            total += weights.placed
            if task.id in person.likes:
                total += weights.like
            if task.id in person.avoids:
                total += weights.avoid
            if task.id in person.recent_tasks:
                total += weights.repeat
            if not person.is_member:
                total += weights.staff_use
            if task.skill is not None:
                level = person.level(task.skill)
                if level == _DISCOVERING and person.is_member:
                    has_discovering_member = True
                if level == _CAN_TEACH:
                    has_teacher = True
        if has_discovering_member and has_teacher:
            total += weights.peer_learning
    return total


def _person_coefficient(instance: Instance, person: Person, task: Task) -> int:
    """Objective weight of one ``x[person, task, h]`` (everything but staffed/peer)."""
    weights = instance.weights
    coefficient = weights.placed
    if task.id in person.likes:
        coefficient += weights.like
    if task.id in person.avoids:
        coefficient += weights.avoid
    if task.id in person.recent_tasks:
        coefficient += weights.repeat
    if not person.is_member:
        coefficient += weights.staff_use
    return coefficient


# ----------------------------------------------------------------------------- model

_Key = tuple[int, int, str]  # (person index, task index, half-day)


@dataclass(frozen=True)
class _Slot:
    task_index: int
    half_day: str
    eligible: tuple[int, ...]  # indexes of people present in half_day, in the task's mode


def _slots(instance: Instance) -> list[_Slot]:
    """Every task half-day that runs, in output order (half-day, then task order)."""
    slots: list[_Slot] = []
    for half_day in HALF_DAYS:
        for task_index, task in enumerate(instance.tasks):
            if not instance.runs(task, half_day):
                continue
            eligible = tuple(
                index
                for index, person in enumerate(instance.people)
                if half_day in person.present and person.mode == task.mode
            )
            slots.append(_Slot(task_index, half_day, eligible))
    return slots


class _Model:
    """The CP-SAT model of an instance (hard constraints, optional objective)."""

    def __init__(self, instance: Instance, slots: Sequence[_Slot], with_objective: bool) -> None:
        self.model = cp_model.CpModel()
        self.x: dict[_Key, cp_model.IntVar] = {}
        self.staffed: dict[tuple[int, str], cp_model.IntVar] = {}
        model = self.model
        people = instance.people
        weights = instance.weights
        objective_vars: list[cp_model.IntVar] = []
        objective_coefficients: list[int] = []
        by_person: dict[tuple[int, str], list[cp_model.IntVar]] = {}

        for slot in slots:
            task = instance.tasks[slot.task_index]
            staffed = model.new_bool_var(f"staffed[{task.id},{slot.half_day}]")
            self.staffed[(slot.task_index, slot.half_day)] = staffed
            xs: list[cp_model.IntVar] = []
            members: list[cp_model.IntVar] = []
            skilled: list[cp_model.IntVar] = []
            discovering: list[cp_model.IntVar] = []
            teachers: list[cp_model.IntVar] = []
            for person_index in slot.eligible:
                person = people[person_index]
                x = model.new_bool_var(f"x[{person.id},{task.id},{slot.half_day}]")
                self.x[(person_index, slot.task_index, slot.half_day)] = x
                by_person.setdefault((person_index, slot.half_day), []).append(x)
                model.add_implication(x, staffed)
                xs.append(x)
                if person.is_member:
                    members.append(x)
                if task.skill is not None:
                    level = person.level(task.skill)
                    if level >= _PRACTISING:
                        skilled.append(x)
                    if level == _CAN_TEACH:
                        teachers.append(x)
                    if level == _DISCOVERING and person.is_member:
                        discovering.append(x)
                objective_vars.append(x)
                objective_coefficients.append(_person_coefficient(instance, person, task))

            # Either empty, or between min_people and max_people people...
            size = cp_model.LinearExpr.sum(xs)
            model.add(size <= task.max_people * staffed)
            model.add(size >= task.min_people * staffed)
            # ...with at least one member, and someone skilled when a skill is needed.
            model.add(cp_model.LinearExpr.sum(members) >= staffed)
            if task.skill is not None:
                model.add(cp_model.LinearExpr.sum(skilled) >= staffed)
            objective_vars.append(staffed)
            objective_coefficients.append(weights.staffed * task.priority)

            if weights.peer_learning != 0 and discovering and teachers:
                # peer <=> (some discovering member placed) and (some teacher placed).
                peer = model.new_bool_var(f"peer[{task.id},{slot.half_day}]")
                has_discovering = self._any(discovering)
                has_teacher = self._any(teachers)
                model.add_implication(peer, has_discovering)
                model.add_implication(peer, has_teacher)
                model.add_bool_or([~has_discovering, ~has_teacher, peer])
                objective_vars.append(peer)
                objective_coefficients.append(weights.peer_learning)

        # A person does at most one task per half-day.
        for xs in by_person.values():
            if len(xs) > 1:
                model.add_at_most_one(xs)

        self._add_pool_limits(instance, slots)

        if with_objective:
            model.maximize(cp_model.LinearExpr.weighted_sum(objective_vars, objective_coefficients))

    def _add_pool_limits(self, instance: Instance, slots: Sequence[_Slot]) -> None:
        """Redundant constraints on the staffed booleans alone, per half-day and mode.

        Staffed tasks need, in total, at least their min_people, one member each and
        one skilled person each, all distinct. Stating these knapsack-like limits
        explicitly gives CP-SAT much better bounds (proofs in a fraction of a second
        instead of timeouts on tight days).
        """
        groups: dict[tuple[str, str], list[_Slot]] = {}
        for slot in slots:
            mode = instance.tasks[slot.task_index].mode
            groups.setdefault((slot.half_day, mode), []).append(slot)
        for (half_day, mode), group in groups.items():
            pool = [p for p in instance.people if half_day in p.present and p.mode == mode]
            tasks = [instance.tasks[slot.task_index] for slot in group]
            staffed = [self.staffed[(slot.task_index, half_day)] for slot in group]
            sizes = [task.min_people for task in tasks]
            if sum(sizes) > len(pool):
                self.model.add(cp_model.LinearExpr.weighted_sum(staffed, sizes) <= len(pool))
            members = sum(p.is_member for p in pool)
            if len(staffed) > members:
                self.model.add(cp_model.LinearExpr.sum(staffed) <= members)
            for skill in sorted({task.skill for task in tasks if task.skill is not None}):
                needing = [s for s, task in zip(staffed, tasks, strict=True) if task.skill == skill]
                holders = sum(p.level(skill) >= _PRACTISING for p in pool)
                if len(needing) > holders:
                    self.model.add(cp_model.LinearExpr.sum(needing) <= holders)

    def _any(self, literals: list[cp_model.IntVar]) -> cp_model.IntVar:
        """A boolean equal to the OR of ``literals``."""
        if len(literals) == 1:
            return literals[0]
        result = self.model.new_bool_var("")
        for literal in literals:
            self.model.add_implication(literal, result)
        self.model.add_bool_or(literals).only_enforce_if(result)
        return result


def _solver(time_limit_s: float, num_workers: int, random_seed: int) -> cp_model.CpSolver:
    """CP-SAT with the parameters that suit this model.

    One worker with the full LP relaxation (``linearization_level=2``) proves the
    optimum of a 150-person day in under a second and is reproducible run after run
    (the parallel portfolio is not: workers race). With ``num_workers >= 2`` the
    two LP-heavy subsolvers that do best here run side by side.
    """
    solver = cp_model.CpSolver()
    parameters = solver.parameters
    parameters.max_time_in_seconds = max(0.01, time_limit_s)
    parameters.random_seed = random_seed
    parameters.log_search_progress = False
    parameters.num_workers = max(1, num_workers)
    if num_workers <= 1:
        parameters.linearization_level = 2
    else:
        parameters.subsolvers.extend(["reduced_costs", "max_lp_sym"])
    return solver


# ----------------------------------------------------------------------------- locks


def _names(ids: Sequence[str]) -> str:
    if len(ids) == 1:
        return ids[0]
    return say("{items} et {last}", items=", ".join(ids[:-1]), last=ids[-1])


def _quoted(names: Sequence[str]) -> str:
    """« Accueil » et « Cuisine »."""
    return _names([say("« {name} »", name=name) for name in names])


def _lock_text(instance: Instance, lock: Lock) -> str:
    task = next(t for t in instance.tasks if t.id == lock.task)
    return say("{person} sur « {task} » {at}", person=lock.person, task=task.name,
               at=_AT[lock.half_day])


def _unique_locks(instance: Instance) -> list[Lock]:
    locks: list[Lock] = []
    for lock in instance.locked:
        if lock not in locks:
            locks.append(lock)
    return locks


def _check_locks(instance: Instance, locks: Sequence[Lock]) -> list[str]:
    """Problems visible lock by lock, before any search (sentences, see ``say``)."""
    tasks = {task.id: task for task in instance.tasks}
    people = {person.id: person for person in instance.people}
    problems: list[str] = []
    for lock in locks:
        task, person, at = tasks[lock.task], people[lock.person], _AT[lock.half_day]
        if lock.half_day not in instance.half_days:
            problems.append(say(
                "Affectation imposée impossible : {person} sur « {task} » {at}, mais {at} ne "
                "fait pas partie de la journée.",
                person=person.id, task=task.name, at=at))
        elif lock.half_day not in task.half_days:
            problems.append(say(
                "Affectation imposée impossible : {person} sur « {task} » {at}, mais cette "
                "tâche n'a pas lieu {at}.", person=person.id, task=task.name, at=at))
        elif lock.half_day not in person.present:
            problems.append(say(
                "Affectation imposée impossible : {person} sur « {task} » {at}, mais {person} "
                "n'est pas là {at}.", person=person.id, task=task.name, at=at))
        elif person.mode != task.mode and person.mode == "remote":
            problems.append(say(
                "Affectation imposée impossible : {person} sur « {task} » {at}, mais {person} "
                "est à distance et la tâche se fait sur place.",
                person=person.id, task=task.name, at=at))
        elif person.mode != task.mode:
            problems.append(say(
                "Affectation imposée impossible : {person} sur « {task} » {at}, mais {person} "
                "est sur place et la tâche se fait à distance.",
                person=person.id, task=task.name, at=at))
    for half_day in HALF_DAYS:
        for person in instance.people:
            names = [
                tasks[lock.task].name
                for lock in locks
                if lock.half_day == half_day and lock.person == person.id
            ]
            if len(names) > 1:
                problems.append(say(
                    "Affectations imposées impossibles {at} : {person} ne peut pas faire à la "
                    "fois {tasks}.", at=_AT[half_day], person=person.id, tasks=_quoted(names)))
        for task in instance.tasks:
            locked = [
                lock.person for lock in locks if lock.half_day == half_day and lock.task == task.id
            ]
            if len(locked) > task.max_people:
                problems.append(say(
                    "Affectations imposées impossibles : « {task} » {at} accepte {most} "
                    "personnes au plus, mais {count} y sont imposées ({people}).",
                    task=task.name, at=_AT[half_day], most=task.max_people, count=len(locked),
                    people=_names(locked)))
    return problems


def _conflicting_locks(
    instance: Instance,
    slots: Sequence[_Slot],
    locks: Sequence[Lock],
    random_seed: int,
    time_budget_s: float,
) -> list[Lock] | None:
    """A minimal set of locks that cannot hold together (None if none is proven).

    Locks are CP-SAT assumptions: the core CP-SAT returns is shrunk further by
    deletion, in instance order (deterministic). Past ``time_budget_s`` the
    deletion stops, and the set found so far (still conflicting) is returned.
    """
    deadline = time.monotonic() + time_budget_s
    model = _Model(instance, slots, with_objective=False)
    index = {person.id: i for i, person in enumerate(instance.people)}
    task_index = {task.id: i for i, task in enumerate(instance.tasks)}
    literal = {
        lock: model.x[(index[lock.person], task_index[lock.task], lock.half_day)] for lock in locks
    }
    solver = _solver(DIAGNOSIS_TIME_S, 1, random_seed)

    def infeasible(subset: Sequence[Lock]) -> bool:
        model.model.clear_assumptions()
        model.model.add_assumptions([literal[lock] for lock in subset])
        return bool(solver.solve(model.model) == cp_model.INFEASIBLE)

    if not infeasible(locks):
        return None
    in_core = set(solver.sufficient_assumptions_for_infeasibility())
    core = [lock for lock in locks if literal[lock].index in in_core]
    if not core or not infeasible(core):
        core = list(locks)
    position = 0
    while position < len(core) and time.monotonic() < deadline:
        trial = core[:position] + core[position + 1 :]
        if trial and infeasible(trial):
            core = trial
        else:
            position += 1
    return core


def _conflict_sentence(instance: Instance, core: Sequence[Lock]) -> str:
    slots = {(lock.task, lock.half_day) for lock in core}
    if len(slots) == 1:
        lock = core[0]
        task = next(t for t in instance.tasks if t.id == lock.task)
        who_ids = [lock.person for lock in core]
        reason = _locked_slot_reason(instance, task, lock.half_day, who_ids)
        return say(
            "Affectation imposée impossible : {people} sur « {task} » {at}, mais la tâche ne "
            "peut pas être pourvue : {reason}",
            people=_names(who_ids), task=task.name, at=_AT[lock.half_day], reason=reason)
    listed = ", ".join(_lock_text(instance, lock) for lock in core)
    return say("Affectations imposées impossibles ensemble : {locks}. {reason}",
               locks=listed, reason=_shared_shortage(instance, core))


def _shared_shortage(instance: Instance, core: Sequence[Lock]) -> str:
    """Why the tasks of ``core`` cannot all be staffed at once (one sentence).

    A minimal conflict lies in one half-day and one mode, since nothing links
    different half-days or modes.
    """
    tasks = {task.id: task for task in instance.tasks}
    half_day = core[0].half_day
    core_tasks = [tasks[task_id] for task_id in dict.fromkeys(lock.task for lock in core)]
    mode = core_tasks[0].mode
    where, at = MODE_NAMES[mode], _AT[half_day]
    pool = [p for p in instance.people if half_day in p.present and p.mode == mode]
    needed = sum(task.min_people for task in core_tasks)
    if needed > len(pool):
        if not pool:
            return say("Ces tâches demandent au moins {needed} personnes, et il n'y a aucune "
                       "personne {mode} {at}.", needed=needed, mode=where, at=at)
        if len(pool) == 1:
            return say("Ces tâches demandent au moins {needed} personnes, et il n'y a qu'une "
                       "personne {mode} {at}.", needed=needed, mode=where, at=at)
        return say("Ces tâches demandent au moins {needed} personnes, et il n'y a que {count} "
                   "personnes {mode} {at}.", needed=needed, count=len(pool), mode=where, at=at)
    members = sum(p.is_member for p in pool)
    if len(core_tasks) > members:
        if members == 0:
            return say("Chaque tâche demande un membre, et il n'y a aucun membre {mode} {at}.",
                       mode=where, at=at)
        if members == 1:
            return say("Chaque tâche demande un membre, et il n'y a qu'un membre {mode} {at}.",
                       mode=where, at=at)
        return say("Chaque tâche demande un membre, et il n'y a que {count} membres {mode} "
                   "{at}.", count=members, mode=where, at=at)
    for skill in dict.fromkeys(task.skill for task in core_tasks if task.skill is not None):
        needing = [task.name for task in core_tasks if task.skill == skill]
        holders = sum(p.level(skill) >= _PRACTISING for p in pool)
        if len(needing) > holders:
            tasks_text = _quoted(needing)
            if holders == 0:
                return say("Les tâches {tasks} demandent chacune quelqu'un qui sait faire "
                           "« {skill} » (niveau « pratique » au moins), et il n'y a aucune "
                           "personne pour cela {at}.", tasks=tasks_text, skill=skill, at=at)
            if holders == 1:
                return say("Les tâches {tasks} demandent chacune quelqu'un qui sait faire "
                           "« {skill} » (niveau « pratique » au moins), et il n'y a qu'une "
                           "personne pour cela {at}.", tasks=tasks_text, skill=skill, at=at)
            return say("Les tâches {tasks} demandent chacune quelqu'un qui sait faire "
                       "« {skill} » (niveau « pratique » au moins), et il n'y a que {count} "
                       "personnes pour cela {at}.",
                       tasks=tasks_text, skill=skill, count=holders, at=at)
    return say("Il n'y a pas assez de monde pour pourvoir toutes ces tâches en même temps.")


def _locked_slot_reason(
    instance: Instance, task: Task, half_day: str, locked: Sequence[str]
) -> str:
    """Why ``task`` cannot be staffed in ``half_day`` with ``locked`` people in it."""
    reason = _shortfall(instance, task, half_day, frozenset())
    if reason is not None:
        return reason
    people = {person.id: person for person in instance.people}
    team = [people[person_id] for person_id in locked]
    skill = task.skill
    need_member = not any(p.is_member for p in team)
    need_skill = skill is not None and not any(p.level(skill) >= _PRACTISING for p in team)
    if need_member and need_skill:
        return say("il faudrait encore un membre et quelqu'un qui sait le faire (niveau "
                   "« pratique » au moins), mais la tâche accepte {most} personnes au plus.",
                   most=task.max_people)
    if need_member:
        return say("il faudrait encore un membre, mais la tâche accepte {most} personnes au "
                   "plus.", most=task.max_people)
    if need_skill:
        return say("il faudrait encore quelqu'un qui sait le faire (niveau « pratique » au "
                   "moins), mais la tâche accepte {most} personnes au plus.",
                   most=task.max_people)
    return say("il n'y a pas assez de monde.")


# ----------------------------------------------------------------------------- reasons


def _shortfall(instance: Instance, task: Task, half_day: str, busy: frozenset[str]) -> str | None:
    """Why ``task`` cannot be staffed in ``half_day`` when ``busy`` people are taken.

    Returns None when the free people could staff it. The checks are exact for one
    task alone: enough free people, a free member and a free skilled person suffice.
    """
    present = [p for p in instance.people if half_day in p.present]
    if not any(p.is_member for p in present):
        return say("aucun membre présent.")
    eligible = [p for p in present if p.mode == task.mode]
    where = MODE_NAMES[task.mode]
    if not any(p.is_member for p in eligible):
        return say("aucun membre présent {mode}.", mode=where)
    if len(eligible) < task.min_people:
        return say("pas assez de personnes présentes {mode} (il en faut {needed}, il y en a "
                   "{count}).", mode=where, needed=task.min_people, count=len(eligible))
    skill = task.skill
    if skill is not None and not any(p.level(skill) >= _PRACTISING for p in eligible):
        return say("personne ne sait le faire (niveau « pratique » au moins).")
    free = [p for p in eligible if p.id not in busy]
    if not any(p.is_member for p in free):
        return say("plus aucun membre libre, ils sont tous déjà sur d'autres tâches.")
    if len(free) < task.min_people and free:
        return say("plus assez de personnes libres (il en faut {needed}, il en reste {count}).",
                   needed=task.min_people, count=len(free))
    if len(free) < task.min_people:
        return say("plus assez de personnes libres (il en faut {needed}, il n'en reste "
                   "aucune).", needed=task.min_people)
    if skill is not None and not any(p.level(skill) >= _PRACTISING for p in free):
        return say("les personnes qui savent le faire (niveau « pratique » au moins) sont déjà "
                   "sur d'autres tâches.")
    return None


def _unstaffed_reason(
    instance: Instance, task: Task, half_day: str, busy: frozenset[str], status: str
) -> str:
    reason = _shortfall(instance, task, half_day, busy)
    if reason is None:
        if status == "feasible":
            reason = say("le calcul s'est arrêté (temps limite) avant de trouver comment la "
                         "pourvoir.")
        else:
            reason = say("le planning est meilleur sans elle, avec les priorités et poids "
                         "choisis.")
    return say("{task}, {half_day} : {reason}", task=task.name,
               half_day=HALF_DAY_NAMES[half_day], reason=reason)


# ----------------------------------------------------------------------------- solve


def solve(
    instance: Instance,
    time_limit_s: float = 10.0,
    *,
    num_workers: int = 1,
    random_seed: int = DEFAULT_SEED,
) -> Rota:
    """Best rota for ``instance`` within ``time_limit_s`` seconds.

    Status ``"optimal"`` only when CP-SAT proves it; ``"feasible"`` (with ``bound``)
    when the time limit stops the search first. Never raises for impossible locks:
    the rota then has status ``"infeasible"``, no assignments, score 0 and readable
    sentences in ``problems`` (see ``say``). Raises :class:`ValidationError` only if ``instance``
    itself is malformed (e.g. built by hand with a bad value).

    The default single worker is deterministic: same instance, same rota. With
    ``num_workers >= 2`` the score is the same when optimal, but ties between equally
    good rotas may be broken differently from run to run.
    """
    instance = parse_instance(instance_to_json(instance))  # checks hand-built instances
    locks = _unique_locks(instance)
    problems = _check_locks(instance, locks)
    if problems:
        return Rota(date=instance.date, status="infeasible", score=0, problems=tuple(problems))

    slots = _slots(instance)
    built = _Model(instance, slots, with_objective=True)
    person_index = {person.id: i for i, person in enumerate(instance.people)}
    task_index = {task.id: i for i, task in enumerate(instance.tasks)}
    for lock in locks:
        built.model.add(
            built.x[(person_index[lock.person], task_index[lock.task], lock.half_day)] == 1
        )

    solver = _solver(time_limit_s, num_workers, random_seed)
    status = status_from_cpsat(solver.solve(built.model))
    has_solution = status in ("optimal", "feasible")

    if status == "infeasible":
        core = _conflicting_locks(
            instance, slots, locks, random_seed, max(DIAGNOSIS_TIME_S, time_limit_s)
        )
        sentence = (
            _conflict_sentence(instance, core)
            if core
            else say("Aucun planning ne respecte toutes les affectations imposées.")
        )
        return Rota(date=instance.date, status="infeasible", score=0, problems=(sentence,))
    if status is None and not locks:
        # No solution in time, but with no locks the empty rota is always allowed.
        status = "feasible"
    elif status is None:
        return Rota(
            date=instance.date,
            status="infeasible",
            score=0,
            problems=(
                say("Aucun planning trouvé dans le temps donné ({seconds:g} s). "
                    "Réessayez avec plus de temps.", seconds=time_limit_s),
            ),
        )

    assignments: list[Assignment] = []
    unstaffed_slots: list[_Slot] = []
    placed: dict[str, set[str]] = {half_day: set() for half_day in HALF_DAYS}
    for slot in slots:
        task = instance.tasks[slot.task_index]
        people = tuple(
            instance.people[i].id
            for i in slot.eligible
            if has_solution and solver.boolean_value(built.x[(i, slot.task_index, slot.half_day)])
        )
        if people:
            assignments.append(Assignment(slot.half_day, task.id, people))
            placed[slot.half_day].update(people)
        else:
            unstaffed_slots.append(slot)

    score = score_of(instance, assignments)
    objective = round(solver.objective_value) if has_solution else 0
    if score != objective:  # the model and score_of must agree; a mismatch is a bug
        raise RuntimeError(f"rota score {score} differs from CP-SAT objective {objective}")

    unstaffed = tuple(
        Unstaffed(
            slot.half_day,
            instance.tasks[slot.task_index].id,
            _unstaffed_reason(
                instance,
                instance.tasks[slot.task_index],
                slot.half_day,
                frozenset(placed[slot.half_day]),
                status,
            ),
        )
        for slot in unstaffed_slots
    )
    unassigned = tuple(
        Unassigned(half_day, person.id)
        for half_day in HALF_DAYS
        if half_day in instance.half_days
        for person in instance.people
        if half_day in person.present and person.id not in placed[half_day]
    )
    bound = None
    if status == "feasible" and has_solution and math.isfinite(solver.best_objective_bound):
        bound = math.floor(solver.best_objective_bound + 1e-6)
    return Rota(
        date=instance.date,
        status=status,
        score=score,
        assignments=tuple(assignments),
        unstaffed=unstaffed,
        unassigned=unassigned,
        bound=bound,
    )
