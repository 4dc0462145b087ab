"""The day's rota in words: short names, binômes, and why a task has nobody.

Qt-free; the rota screen and the printed rota read it. Pairs are not stored (the solver and
the database know only "these people do this task"): :func:`teams` groups a task's people
into binômes the way the rules allow (a staff person with a member, members two by two, in
the order the rota lists them; an odd member joins the last binôme).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from clubdesk.model.errors import Term, say
from clubdesk.model.rota.instance import LEVELS, Assignment, Instance, Person, Task
from clubdesk.model.search_folding import fold

WHEN = {"am": Term("ce matin"), "pm": Term("cet après-midi")}
_PRACTISING = LEVELS.index("practising")


# -- names ------------------------------------------------------------------------------


def short_names(full: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """First names, with the start of the last name when first names collide.

    ``full`` maps an id to (first name, last name). « Aurélie D. » and « Aurélie M. »; as
    many letters as it takes when the initials collide too (« Aurélie Ma. », « Aurélie
    Mo. »). Never a number: people with the same first and last names keep them all.
    """
    groups: dict[str, list[str]] = {}
    for key, (first, _last) in full.items():
        groups.setdefault(fold(first.strip()), []).append(key)
    out = {key: first.strip() for key, (first, _last) in full.items()}
    for keys in groups.values():
        if len(keys) < 2:
            continue
        for key in keys:
            last = full[key][1].strip()
            others = [full[k][1].strip() for k in keys if k != key]
            if not last:
                continue
            size = 1  # letters of the written name, compared without case, accents, apostrophes
            while size < len(last) and any(fold(o[:size]) == fold(last[:size]) for o in others):
                size += 1
            part = last if size >= len(last) else last[:size].rstrip(" -'") + "."
            out[key] = say("{first} {last}", first=out[key], last=part)
    return out


def label(instance: Instance, names: Mapping[str, str], key: str) -> str:
    """A person's short name; staff are marked « (salarié) »."""
    name = names.get(key, key)
    return say("{name} (salarié)", name=name) if _is_staff(instance, key) else name


# -- binômes ----------------------------------------------------------------------------


def teams(instance: Instance, people: Sequence[str]) -> list[tuple[str, ...]]:
    """The binômes of one task: members two by two in the rota's order, the last members each
    with a staff person; an odd one joins a binôme (a trio) rather than stay alone, so that
    only a person alone in the task is said to be « sans binôme »."""
    staff = [p for p in people if _is_staff(instance, p)]
    members = [p for p in people if not _is_staff(instance, p)]
    with_staff = min(len(staff), len(members))
    front, back = members[:len(members) - with_staff], members[len(members) - with_staff:]
    pairs = [front[i:i + 2] for i in range(0, len(front) - 1, 2)]
    mixed = [[m, s] for m, s in zip(back, staff, strict=False)]
    odd = front[-1:] if len(front) % 2 else []
    order = {p: i for i, p in enumerate(people)}
    groups = sorted(pairs + mixed, key=lambda g: min(order[p] for p in g))
    for extra in odd + staff[with_staff:]:  # joins a binôme (a trio), or is alone in the task
        if groups:
            groups[-1 if extra in odd else 0].append(extra)
        else:
            groups.append([extra])
    groups.sort(key=lambda g: min(order[p] for p in g))
    return [tuple(sorted(g, key=lambda p: (p in staff, order[p]))) for g in groups]


def team_line(labels: Sequence[str]) -> str:
    """« Loïc + Camille »; a person alone says so: « Loïc (sans binôme) »."""
    if len(labels) == 1:
        return say("{name} (sans binôme)", name=labels[0])
    return " + ".join(labels)


def team_lines(instance: Instance, names: Mapping[str, str], people: Sequence[str]) -> list[str]:
    """One line per binôme of a task."""
    return [team_line([label(instance, names, p) for p in group])
            for group in teams(instance, people)]


# -- the rules, in true sentences -------------------------------------------------------


def empty_tasks(instance: Instance, assignments: Sequence[Assignment],
                half_day: str) -> list[Task]:
    """Tasks running in ``half_day`` that nobody holds."""
    held = {a.task for a in assignments if a.half_day == half_day and a.people}
    return [t for t in instance.tasks if instance.runs(t, half_day) and t.id not in held]


def summary(instance: Instance, assignments: Sequence[Assignment], names: Mapping[str, str],
            problems: Sequence[str] = ()) -> list[str]:
    """What the screen says under the rota: only true sentences.

    ``problems`` are the broken rules (clubdesk.model.rota.day.check_assignments). « Le
    planning respecte toutes les règles » only when someone holds every running task and no
    rule is broken.
    """
    if not any(a.people for a in assignments) and not problems:
        if not instance.people:
            return [say("Personne n'est inscrit aujourd'hui : il n'y a personne à placer.")]
        if not any(instance.runs(t, h) for t in instance.tasks for h in instance.half_days):
            return [say("Aucune tâche ne tourne ce jour-là.")]
        return [say("Le planning est vide : personne n'est encore placé. Cliquez sur "
                    "« Proposer », ou placez les personnes une à une.")]
    lines = list(problems)
    for half in instance.half_days:
        empty = empty_tasks(instance, assignments, half)
        if not empty:
            continue
        listed = ", ".join(t.name for t in empty)
        if len(empty) == 1:
            lines.append(say("Une tâche n'a personne {when} : {tasks}.", when=WHEN[half],
                             tasks=listed))
        else:
            lines.append(say("{count} tâches n'ont personne {when} : {tasks}.",
                             count=len(empty), when=WHEN[half], tasks=listed))
        lines += [why_empty(instance, assignments, names, half, t) for t in empty]
    return lines or [say("Le planning respecte toutes les règles.")]


def why_empty(instance: Instance, assignments: Sequence[Assignment], names: Mapping[str, str],
              half_day: str, task: Task) -> str:
    """Why nobody holds ``task`` in ``half_day``, and what would make it run."""
    when = WHEN[half_day]
    busy = {p for a in assignments if a.half_day == half_day and a.task != task.id
            for p in a.people}
    there = [p for p in instance.people if half_day in p.present and p.mode == task.mode]
    free = [p for p in there if p.id not in busy]
    knows = [p for p in there if task.skill and p.level(task.skill) >= _PRACTISING]
    if not any(p.is_member for p in there):
        if task.mode == "remote":
            return say("{task} : aucun membre ne travaille à distance {when} ; un membre à "
                       "distance la ferait tourner.", task=task.name, when=when)
        return say("{task} : aucun membre n'est là {when} ; un membre de plus la ferait "
                   "tourner.", task=task.name, when=when)
    missing = task.min_people - len(there)
    if missing == 1:
        return say("{task} : pas assez de monde {when} (il faut {needed} personnes) ; une "
                   "personne de plus la ferait tourner.", task=task.name, when=when,
                   needed=task.min_people)
    if missing > 1:
        return say("{task} : pas assez de monde {when} (il faut {needed} personnes) ; "
                   "{missing} personnes de plus la feraient tourner.", task=task.name,
                   when=when, needed=task.min_people, missing=missing)
    if task.skill and not knows:
        return say("{task} : personne de présent ne sait la faire ; une personne qui sait "
                   "la faire ({skill}) la ferait tourner.", task=task.name, skill=task.skill)
    if task.skill and not any(p.id not in busy for p in knows):
        return say("{task} : ceux qui savent la faire ({people}) sont déjà sur une autre "
                   "tâche ; en déplacer un la ferait tourner.", task=task.name,
                   people=", ".join(names.get(p.id, p.id) for p in knows))
    if not any(p.is_member for p in free) or len(free) < task.min_people:
        return say("{task} : tout le monde est déjà sur une autre tâche ; déplacer des "
                   "personnes d'une tâche moins importante la ferait tourner.",
                   task=task.name)
    free_names = ", ".join(names.get(p.id, p.id) for p in free)
    if all(task.id in p.avoids for p in free):
        return say("{task} : personne ne l'a souhaitée ({people} ont dit préférer autre "
                   "chose) ; placer l'une de ces personnes la ferait tourner.",
                   task=task.name, people=free_names)
    return say("{task} : personne n'y est placé, et {people} n'ont pas de tâche ; les y "
               "placer, ou cliquer sur « Proposer », la ferait tourner.", task=task.name,
               people=free_names)


def _person(instance: Instance, key: str) -> Person | None:
    return next((p for p in instance.people if p.id == key), None)


def _is_staff(instance: Instance, key: str) -> bool:
    person = _person(instance, key)
    return person.kind == "staff" if person is not None else key.startswith("s")
