"""The rota solver: hard constraints, optimality against brute force, reasons, locks."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from itertools import product
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubdesk.model.rota import (
    Instance,
    Rota,
    instance_to_json,
    parse_instance,
    rota_to_json,
    score_of,
    solve,
)
from clubdesk.model.rota.instance import Assignment, parse_rota
from clubdesk.model.rota.solver import status_from_cpsat

LEVEL_RANK = {"discovering": 0, "practising": 1, "can_teach": 2}
SKILLS = ("cuisine", "compta")
# The defaults of the spec, restated here so that the oracle shares nothing with the code.
SPEC_WEIGHTS = {
    "staffed": 1000,
    "placed": 4,
    "like": 10,
    "avoid": -10,
    "peer_learning": 5,
    "repeat": -3,
    "staff_use": -1,
}


# --------------------------------------------------------------------------- helpers


def person(
    pid: str,
    kind: str = "member",
    present: tuple[str, ...] = ("am", "pm"),
    mode: str = "onsite",
    skills: dict[str, str] | None = None,
    likes: tuple[str, ...] = (),
    avoids: tuple[str, ...] = (),
    recent: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "id": pid,
        "kind": kind,
        "present": list(present),
        "mode": mode,
        "skills": skills or {},
        "likes": list(likes),
        "avoids": list(avoids),
        "recent_tasks": list(recent),
    }


def task(
    tid: str,
    name: str,
    half_days: tuple[str, ...] = ("am", "pm"),
    min_people: int = 2,
    max_people: int = 3,
    skill: str | None = None,
    mode: str = "onsite",
    priority: int = 1,
) -> dict[str, Any]:
    return {
        "id": tid,
        "name": name,
        "half_days": list(half_days),
        "min_people": min_people,
        "max_people": max_people,
        "skill": skill,
        "mode": mode,
        "priority": priority,
    }


def day(
    people: list[dict[str, Any]],
    tasks: list[dict[str, Any]],
    locked: Sequence[tuple[str, str, str]] = (),
    weights: dict[str, int] | None = None,
    half_days: tuple[str, ...] = ("am", "pm"),
) -> Instance:
    return parse_instance(
        {
            "date": "2026-11-23",
            "half_days": list(half_days),
            "people": people,
            "tasks": tasks,
            "locked": [{"half_day": h, "task": t, "person": p} for h, t, p in locked],
            "weights": weights or {},
        }
    )


def teams(rota: Rota) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(a.half_day, a.task): a.people for a in rota.assignments}


def check_hard_constraints(instance: Instance, rota: Rota) -> None:
    """Every hard constraint of the spec, checked on the output only."""
    people = {p.id: p for p in instance.people}
    tasks = {t.id: t for t in instance.tasks}
    locks = set(instance.locked)
    assert rota.date == instance.date
    if rota.status == "infeasible":
        assert rota.problems and all(isinstance(p, str) and p for p in rota.problems)
        assert rota.assignments == () and rota.score == 0
        return
    assert rota.problems == ()
    seen: set[tuple[str, str]] = set()
    for assignment in rota.assignments:
        t = tasks[assignment.task]
        assert instance.runs(t, assignment.half_day)
        members = [people[pid] for pid in assignment.people]
        assert max(2, t.min_people) <= len(members) <= t.max_people
        assert any(p.is_member for p in members), "a staffed task needs a member"
        if t.skill is not None:
            assert any(p.level(t.skill) >= 1 for p in members)
        for p in members:
            assert assignment.half_day in p.present
            assert p.mode == t.mode
            assert (p.id, assignment.half_day) not in seen, "one task per half-day"
            seen.add((p.id, assignment.half_day))
    staffed = {(a.half_day, a.task) for a in rota.assignments}
    for lock in locks:
        assert lock.person in teams(rota).get((lock.half_day, lock.task), ())
    running = [(h, t.id) for h in ("am", "pm") for t in instance.tasks if instance.runs(t, h)]
    assert [(a.half_day, a.task) for a in rota.assignments] == [s for s in running if s in staffed]
    assert [(u.half_day, u.task) for u in rota.unstaffed] == [
        s for s in running if s not in staffed
    ]
    for u in rota.unstaffed:
        assert u.reason.startswith(f"{tasks[u.task].name}, ")
        assert u.reason.endswith(".")
    order = {p.id: i for i, p in enumerate(instance.people)}
    for assignment in rota.assignments:
        assert list(assignment.people) == sorted(assignment.people, key=order.__getitem__)
    expected_unassigned = [
        (h, p.id)
        for h in ("am", "pm")
        if h in instance.half_days
        for p in instance.people
        if h in p.present and (p.id, h) not in seen
    ]
    assert [(u.half_day, u.person) for u in rota.unassigned] == expected_unassigned
    assert rota.score == score_of(instance, rota.assignments)


# ---------------------------------------------------------------- brute force (oracle)


def brute_force_optimum(data: dict[str, Any]) -> int | None:
    """Best objective by trying every assignment; None when nothing satisfies the locks.

    Written from the spec on the raw JSON, sharing no code with the solver. Half-days
    are independent (nothing links them), so each is searched on its own.
    """
    weights = {**SPEC_WEIGHTS, **data["weights"]}
    total = 0
    for h in ("am", "pm"):
        locks = [lock for lock in data["locked"] if lock["half_day"] == h]
        if h not in data["half_days"]:
            if locks:
                return None
            continue
        running = [t for t in data["tasks"] if h in t["half_days"]]
        present = [p for p in data["people"] if h in p["present"]]
        options = [[None] + [t for t in running if t["mode"] == p["mode"]] for p in present]
        best: int | None = None
        for choice in product(*options):
            placed = {
                p["id"]: (c["id"] if c else None) for p, c in zip(present, choice, strict=True)
            }
            if any(placed.get(lock["person"]) != lock["task"] for lock in locks):
                continue
            value = 0
            valid = True
            for t in running:
                team = [p for p, c in zip(present, choice, strict=True) if c is t]
                if not team:
                    continue
                skill = t["skill"]
                if (
                    not t["min_people"] <= len(team) <= t["max_people"]
                    or not any(p["kind"] == "member" for p in team)
                    or (
                        skill is not None
                        and not any(LEVEL_RANK.get(p["skills"].get(skill), -1) >= 1 for p in team)
                    )
                ):
                    valid = False
                    break
                value += weights["staffed"] * t["priority"]
                for p in team:
                    value += weights["placed"]
                    value += weights["like"] * (t["id"] in p["likes"])
                    value += weights["avoid"] * (t["id"] in p["avoids"])
                    value += weights["repeat"] * (t["id"] in p["recent_tasks"])
                    value += weights["staff_use"] * (p["kind"] == "staff")
                if skill is not None:
                    levels = [(p["kind"], p["skills"].get(skill)) for p in team]
                    if ("member", "discovering") in levels and any(
                        level == "can_teach" for _, level in levels
                    ):
                        value += weights["peer_learning"]
            if valid and (best is None or value > best):
                best = value
        if best is None:
            return None
        total += best
    return total


@st.composite
def small_days(draw: st.DrawFn) -> dict[str, Any]:
    """Random small days: sizes drawn by hypothesis, details by a Random it seeds.

    The Random keeps the mix realistic (mostly whole days on site, about a third of
    the examples with locks, a third with custom weights of any sign), so that most
    examples have tasks worth staffing.
    """
    n_tasks = draw(st.integers(1, 3))
    n_people = draw(st.integers(3, 5))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    task_ids = [f"t{i}" for i in range(n_tasks)]
    halves = (["am", "pm"], ["am", "pm"], ["am"], ["pm"])
    tasks = []
    for index, tid in enumerate(task_ids):
        min_people = rng.choice((2, 2, 2, 3))
        tasks.append(
            task(
                tid,
                f"Tâche {index}",
                half_days=tuple(rng.choice(halves)),
                min_people=min_people,
                max_people=rng.randint(min_people, min_people + 2),
                skill=rng.choice((None, None, *SKILLS)),
                mode=rng.choice(("onsite",) * 5 + ("remote",)),
                priority=rng.randint(0, 3),
            )
        )
    people = []
    for index in range(n_people):
        likes = rng.sample(task_ids, rng.randint(0, 1))
        others = [t for t in task_ids if t not in likes]
        people.append(
            person(
                f"p{index}",
                kind=rng.choice(("member", "member", "staff")),
                present=tuple(rng.choice((*halves, *[["am", "pm"]] * 4, []))),
                mode=rng.choice(("onsite",) * 3 + ("remote",)),
                skills={
                    skill: level
                    for skill in SKILLS
                    if (level := rng.choice((None, *LEVEL_RANK))) is not None
                },
                likes=tuple(likes),
                avoids=tuple(rng.sample(others, rng.randint(0, min(1, len(others))))),
                recent=tuple(rng.sample(task_ids, rng.randint(0, 2 if n_tasks > 1 else 1))),
            )
        )
    day_halves = rng.choice(halves)
    locked: list[dict[str, str]] = []
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
        # Mostly plausible locks (present, right mode, task running), sometimes anything.
        plausible = [
            (h, t["id"], p["id"])
            for t in tasks
            for p in people
            for h in day_halves
            if h in t["half_days"] and h in p["present"] and p["mode"] == t["mode"]
        ]
        if plausible and rng.random() < 0.75:
            h, tid, pid = rng.choice(plausible)
        else:
            h, tid = rng.choice(("am", "pm")), rng.choice(task_ids)
            pid = rng.choice(people)["id"]
        locked.append({"half_day": h, "task": tid, "person": pid})
    weights: dict[str, int] = {}
    if rng.random() < 0.35:
        for key in SPEC_WEIGHTS:
            if rng.random() < 0.5:
                # Staffing mostly stays worth it, the other terms may take any sign.
                low, high = (-20, 1000) if key == "staffed" else (-20, 20)
                weights[key] = rng.randint(low, high)
    return {
        "date": "2026-11-23",
        "half_days": day_halves,
        "people": people,
        "tasks": tasks,
        "locked": locked,
        "weights": weights,
    }


# ------------------------------------------------------------------ property test


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(small_days())
def test_solver_matches_brute_force(data: dict[str, Any]) -> None:
    instance = parse_instance(data)
    rota = solve(instance, time_limit_s=10.0)
    check_hard_constraints(instance, rota)
    optimum = brute_force_optimum(data)
    if optimum is None:
        assert rota.status == "infeasible"
    else:
        assert rota.status == "optimal"
        assert rota.score == optimum
        assert score_of(instance, rota.assignments) == optimum
    # JSON round trips and determinism.
    assert parse_instance(json.loads(json.dumps(instance_to_json(instance)))) == instance
    assert parse_rota(json.loads(json.dumps(rota_to_json(rota)))) == rota
    assert solve(instance, time_limit_s=10.0) == rota


# ------------------------------------------------------------------ hand-written


def test_spec_example() -> None:
    instance = day(
        [
            person(
                "m12",
                skills={"cuisine": "discovering"},
                likes=("t1",),
                avoids=("t3",),
                recent=("t1",),
            ),
            person("s2", kind="staff", present=("am",), skills={"comptabilite": "can_teach"}),
        ],
        [task("t1", "Accueil")],
        locked=[("am", "t1", "m12")],
    )
    rota = solve(instance)
    assert rota.status == "optimal"
    assert teams(rota) == {("am", "t1"): ("m12", "s2")}
    # 1000 (staffed) + m12: 4 + 10 (like) - 3 (repeat) + s2: 4 - 1 (staff) = 1014
    assert rota.score == 1014
    assert [(u.half_day, u.task) for u in rota.unstaffed] == [("pm", "t1")]
    assert rota.unstaffed[0].reason == (
        "Accueil, après-midi : pas assez de personnes présentes sur place "
        "(il en faut 2, il y en a 1)."
    )
    assert [(u.half_day, u.person) for u in rota.unassigned] == [("pm", "m12")]
    data = rota_to_json(rota)
    assert "bound" not in data and data["problems"] == []


def test_empty_instances() -> None:
    for people, tasks in (([], []), ([person("m1"), person("m2")], []), ([], [task("t1", "A")])):
        rota = solve(day(people, tasks))
        assert rota.status == "optimal" and rota.score == 0 and rota.assignments == ()
        check_hard_constraints(day(people, tasks), rota)
    rota = solve(day([], [task("t1", "Accueil")]))
    assert [u.reason for u in rota.unstaffed] == [
        "Accueil, matin : aucun membre présent.",
        "Accueil, après-midi : aucun membre présent.",
    ]
    rota = solve(day([person("m1")], [task("t1", "Accueil")], half_days=()))
    assert rota.status == "optimal" and rota.unstaffed == () and rota.unassigned == ()


def test_no_member_present() -> None:
    instance = day(
        [person("s1", kind="staff"), person("s2", kind="staff"), person("s3", kind="staff")],
        [task("t1", "Accueil"), task("t2", "Cuisine", half_days=("pm",), skill="cuisine")],
    )
    rota = solve(instance)
    assert rota.status == "optimal" and rota.score == 0 and rota.assignments == ()
    assert [u.reason for u in rota.unstaffed] == [
        "Accueil, matin : aucun membre présent.",
        "Accueil, après-midi : aucun membre présent.",
        "Cuisine, après-midi : aucun membre présent.",
    ]
    assert len(rota.unassigned) == 6


def test_staff_alone_never_happens() -> None:
    instance = day(
        [
            person("m1", present=("am",)),
            person("s1", kind="staff"),
            person("s2", kind="staff"),
            person("s3", kind="staff"),
            person("s4", kind="staff"),
        ],
        [task("t1", "Accueil", half_days=("am",)), task("t2", "Cuisine", half_days=("am",))],
    )
    rota = solve(instance)
    check_hard_constraints(instance, rota)
    assert len(rota.assignments) == 1 and "m1" in rota.assignments[0].people
    (empty,) = rota.unstaffed
    assert empty.reason.endswith("plus aucun membre libre, ils sont tous déjà sur d'autres tâches.")


def test_skill_required() -> None:
    people = [person("m1"), person("m2"), person("m3", skills={"cuisine": "discovering"})]
    tasks = [task("t1", "Cuisine", half_days=("pm",), skill="cuisine")]
    rota = solve(day(people, tasks))
    assert rota.assignments == ()
    assert rota.unstaffed[0].reason == (
        "Cuisine, après-midi : personne ne sait le faire (niveau « pratique » au moins)."
    )
    people.append(person("s9", kind="staff", skills={"cuisine": "practising"}))
    rota = solve(day(people, tasks))
    assert len(rota.assignments) == 1 and "s9" in rota.assignments[0].people


def test_skilled_people_busy_elsewhere() -> None:
    people = [
        person("m1", present=("am",), skills={"cuisine": "can_teach"}),
        person("m2", present=("am",)),
        person("m3", present=("am",)),
        person("m4", present=("am",)),
    ]
    tasks = [
        task("t1", "Accueil", half_days=("am",), priority=3, max_people=2),
        task("t2", "Cuisine", half_days=("am",), skill="cuisine", max_people=2),
    ]
    rota = solve(day(people, tasks, locked=[("am", "t1", "m1")]))
    assert teams(rota)[("am", "t1")][0] == "m1"
    assert rota.unstaffed[0].reason == (
        "Cuisine, matin : les personnes qui savent le faire (niveau « pratique » au moins) "
        "sont déjà sur d'autres tâches."
    )


def test_remote_and_onsite_are_separate() -> None:
    people = [
        person("m1", mode="remote"),
        person("m2", mode="remote"),
        person("s1", kind="staff"),
        person("s2", kind="staff"),
    ]
    tasks = [task("t1", "Accueil", half_days=("am",)), task("t2", "Site web", mode="remote")]
    instance = day(people, tasks)
    rota = solve(instance)
    check_hard_constraints(instance, rota)
    assert teams(rota) == {("am", "t2"): ("m1", "m2"), ("pm", "t2"): ("m1", "m2")}
    assert rota.unstaffed[0].reason == "Accueil, matin : aucun membre présent sur place."


def test_not_enough_people_left() -> None:
    people = [person(f"m{i}", present=("am",)) for i in range(5)]
    tasks = [
        task("t1", "Accueil", half_days=("am",), min_people=3, priority=2),
        task("t2", "Cuisine", half_days=("am",), min_people=3),
    ]
    rota = solve(day(people, tasks))
    assert list(teams(rota)) == [("am", "t1")]
    assert rota.unstaffed[0].reason == (
        "Cuisine, matin : plus assez de personnes libres (il en faut 3, il en reste 2)."
    )


def test_weights_override() -> None:
    people = [
        person("m1", likes=("t2",)),
        person("m2", likes=("t2",), recent=("t1",)),
        person("m3", present=()),
    ]
    tasks = [task("t1", "Accueil", half_days=("am",)), task("t2", "Cuisine", half_days=("am",))]
    rota = solve(day(people, tasks))
    assert teams(rota) == {("am", "t2"): ("m1", "m2")}
    assert rota.score == 1000 + 2 * (4 + 10)
    # Likes now repel, and repeats are not penalised any more: back to t1.
    instance = day(people, tasks, weights={"like": -50, "repeat": 0})
    rota = solve(instance)
    assert teams(rota) == {("am", "t1"): ("m1", "m2")}
    assert rota.score == 1000 + 2 * 4 == score_of(instance, rota.assignments)
    # Staffing worth nothing and placing costly: nothing is staffed.
    rota = solve(day(people, tasks, weights={"staffed": 0, "placed": -1, "like": 0}))
    assert rota.assignments == () and rota.score == 0
    assert rota.unstaffed[0].reason == (
        "Accueil, matin : le planning est meilleur sans elle, avec les priorités et poids choisis."
    )


def test_priority_decides_which_task_is_staffed() -> None:
    people = [person("m1", present=("am",), likes=("t1",)), person("m2", present=("am",))]
    tasks = [
        task("t1", "Accueil", half_days=("am",), priority=1),
        task("t2", "Cuisine", half_days=("am",), priority=2),
    ]
    assert list(teams(solve(day(people, tasks)))) == [("am", "t2")]


def test_peer_learning_in_both_directions() -> None:
    people = [
        person("d", present=("am",), skills={"cuisine": "discovering"}),
        person("p", present=("am",), skills={"cuisine": "practising"}),
        person("t", present=("am",), skills={"cuisine": "can_teach"}),
    ]
    tasks = [task("k", "Cuisine", half_days=("am",), max_people=2, skill="cuisine")]
    rota = solve(day(people, tasks))
    assert teams(rota) == {("am", "k"): ("d", "t")}
    assert rota.score == 1000 + 8 + 5
    rota = solve(day(people, tasks, weights={"peer_learning": -5}))
    assert teams(rota)[("am", "k")] != ("d", "t")
    assert rota.score == 1000 + 8


def test_staff_discovering_does_not_count_for_peer_learning() -> None:
    people = [
        person("m", present=("am",)),
        person("s", kind="staff", present=("am",), skills={"cuisine": "discovering"}),
        person("t", kind="staff", present=("am",), skills={"cuisine": "can_teach"}),
    ]
    tasks = [task("k", "Cuisine", half_days=("am",), max_people=3, skill="cuisine")]
    instance = day(people, tasks, weights={"staff_use": 0})
    rota = solve(instance)
    assert rota.score == 1000 + 3 * 4 == score_of(instance, rota.assignments)


def test_locks_are_kept_even_when_costly() -> None:
    people = [person("m1", avoids=("t1",)), person("m2", avoids=("t1",)), person("m3")]
    tasks = [task("t1", "Ménage", half_days=("am",), priority=0)]
    rota = solve(day(people, tasks, locked=[("am", "t1", "m1")]))
    assert rota.status == "optimal"
    assert teams(rota) == {("am", "t1"): ("m1", "m3")}


def lock_problems(
    people: list[dict[str, Any]],
    tasks: list[dict[str, Any]],
    locked: list[tuple[str, str, str]],
    half_days: tuple[str, ...] = ("am", "pm"),
) -> tuple[str, ...]:
    instance = day(people, tasks, locked=locked, half_days=half_days)
    rota = solve(instance)
    assert rota.status == "infeasible"
    check_hard_constraints(instance, rota)
    data = rota_to_json(rota)
    assert data["score"] == 0 and data["assignments"] == [] and "bound" not in data
    return rota.problems


def test_impossible_lock_person_absent() -> None:
    people = [person("m1", present=("am",)), person("m2"), person("m3")]
    problems = lock_problems(people, [task("t1", "Accueil")], [("pm", "t1", "m1")])
    assert problems == (
        "Affectation imposée impossible : m1 sur « Accueil » l'après-midi, "
        "mais m1 n'est pas là l'après-midi.",
    )


def test_impossible_lock_wrong_mode() -> None:
    people = [person("m1", mode="remote"), person("m2"), person("m3")]
    (problem,) = lock_problems(people, [task("t1", "Accueil")], [("am", "t1", "m1")])
    assert problem.endswith("mais m1 est à distance et la tâche se fait sur place.")


def test_impossible_lock_task_not_running() -> None:
    people = [person("m1"), person("m2")]
    tasks = [task("t1", "Accueil", half_days=("am",))]
    (problem,) = lock_problems(people, tasks, [("pm", "t1", "m1")])
    assert problem.endswith("mais cette tâche n'a pas lieu l'après-midi.")
    (problem,) = lock_problems(
        people, [task("t1", "Accueil")], [("pm", "t1", "m1")], half_days=("am",)
    )
    assert problem.endswith("mais l'après-midi ne fait pas partie de la journée.")


def test_impossible_lock_twice_in_a_half_day() -> None:
    people = [person(f"m{i}") for i in range(4)]
    tasks = [task("t1", "Accueil"), task("t2", "Cuisine")]
    problems = lock_problems(people, tasks, [("am", "t1", "m0"), ("am", "t2", "m0")])
    assert problems == (
        "Affectations imposées impossibles le matin : m0 ne peut pas faire à la fois "
        "« Accueil » et « Cuisine ».",
    )


def test_same_lock_twice_is_harmless() -> None:
    people = [person("m1"), person("m2")]
    instance = day(people, [task("t1", "Accueil")], locked=[("am", "t1", "m1")] * 2)
    rota = solve(instance)
    assert rota.status == "optimal"
    assert teams(rota)[("am", "t1")] == ("m1", "m2")


def test_impossible_lock_too_many_people() -> None:
    people = [person(f"m{i}") for i in range(3)]
    tasks = [task("t1", "Accueil", max_people=2)]
    (problem,) = lock_problems(people, tasks, [("am", "t1", f"m{i}") for i in range(3)])
    assert problem == (
        "Affectations imposées impossibles : « Accueil » le matin accepte 2 personnes au plus, "
        "mais 3 y sont imposées (m0, m1 et m2)."
    )


def test_impossible_lock_staff_without_member() -> None:
    people = [person("s1", kind="staff"), person("s2", kind="staff"), person("m1", mode="remote")]
    (problem,) = lock_problems(people, [task("t1", "Accueil")], [("am", "t1", "s1")])
    assert problem == (
        "Affectation imposée impossible : s1 sur « Accueil » le matin, mais la tâche ne peut "
        "pas être pourvue : aucun membre présent sur place."
    )


def test_impossible_lock_team_too_small_for_a_member() -> None:
    people = [person("s1", kind="staff"), person("s2", kind="staff"), person("m1")]
    tasks = [task("t1", "Accueil", max_people=2)]
    (problem,) = lock_problems(people, tasks, [("am", "t1", "s1"), ("am", "t1", "s2")])
    assert problem.endswith(
        "il faudrait encore un membre, mais la tâche accepte 2 personnes au plus."
    )


def test_conflicting_locks_are_named() -> None:
    people = [
        person("c1", skills={"couture": "can_teach"}),
        person("m1"),
        person("m2"),
        person("m3"),
        person("m4"),
    ]
    tasks = [
        task("t1", "Ourlets", skill="couture"),
        task("t2", "Boutons", skill="couture"),
        task("t3", "Accueil"),
    ]
    locked = [("am", "t3", "m4"), ("am", "t1", "m1"), ("am", "t1", "m3"), ("am", "t2", "m2")]
    (problem,) = lock_problems(people, tasks, locked)
    # Minimal: the Accueil lock and one of the two Ourlets locks are left out.
    head, reason = problem.split(". ", 1)
    assert head.startswith("Affectations imposées impossibles ensemble : ")
    assert "m2 sur « Boutons » le matin" in head and "m4" not in head
    assert ("m1 sur « Ourlets » le matin" in head) != ("m3 sur « Ourlets » le matin" in head)
    assert reason == (
        "Les tâches « Ourlets » et « Boutons » demandent chacune quelqu'un qui sait faire "
        "« couture » (niveau « pratique » au moins), et il n'y a qu'une personne pour cela "
        "le matin."
    )


def test_conflicting_locks_not_enough_people_or_members() -> None:
    tasks = [task("t1", "Accueil", half_days=("am",)), task("t2", "Cuisine", half_days=("am",))]
    people = [person("m1"), person("m2"), person("m3")]
    (problem,) = lock_problems(people, tasks, [("am", "t1", "m1"), ("am", "t2", "m2")])
    assert problem == (
        "Affectations imposées impossibles ensemble : m1 sur « Accueil » le matin, "
        "m2 sur « Cuisine » le matin. Ces tâches demandent au moins 4 personnes, et "
        "il n'y a que 3 personnes sur place le matin."
    )
    people = [person("m1"), *(person(f"s{i}", kind="staff") for i in range(3))]
    (problem,) = lock_problems(people, tasks, [("am", "t1", "s0"), ("am", "t2", "s1")])
    assert problem.endswith(
        "Chaque tâche demande un membre, et il n'y a qu'un membre sur place le matin."
    )


def test_all_lock_problems_are_listed() -> None:
    people = [person("m1", present=("am",)), person("m2", mode="remote"), person("m3")]
    problems = lock_problems(
        people, [task("t1", "Accueil")], [("pm", "t1", "m1"), ("am", "t1", "m2")]
    )
    assert len(problems) == 2


def random_day(seed: int, people: int = 30, tasks: int = 10) -> Instance:
    rng = random.Random(seed)
    task_ids = [f"t{i}" for i in range(tasks)]
    return day(
        [
            person(
                f"p{i}",
                kind=rng.choice(("member", "member", "staff")),
                present=rng.choice((("am", "pm"), ("am",), ("pm",))),
                mode=rng.choice(("onsite",) * 3 + ("remote",)),
                skills={s: rng.choice(tuple(LEVEL_RANK)) for s in rng.sample(SKILLS, 1)},
                likes=tuple(rng.sample(task_ids, 1)),
                recent=tuple(rng.sample(task_ids, 2)),
            )
            for i in range(people)
        ],
        [
            task(
                tid,
                f"Tâche {tid}",
                half_days=rng.choice((("am", "pm"), ("am",), ("pm",))),
                min_people=rng.choice((2, 3)),
                max_people=4,
                skill=rng.choice((None, *SKILLS)),
                mode=rng.choice(("onsite",) * 5 + ("remote",)),
                priority=rng.randint(1, 3),
            )
            for tid in task_ids
        ],
    )


def test_deterministic_output() -> None:
    for seed in range(3):
        instance = random_day(seed)
        first = solve(instance)
        check_hard_constraints(instance, first)
        assert first.status == "optimal"
        texts = {json.dumps(rota_to_json(solve(instance)), ensure_ascii=False) for _ in range(3)}
        assert texts == {json.dumps(rota_to_json(first), ensure_ascii=False)}


def test_two_workers_give_the_same_score() -> None:
    instance = random_day(7)
    one = solve(instance)
    two = solve(instance, num_workers=2)
    assert one.status == two.status == "optimal"
    assert one.score == two.score
    check_hard_constraints(instance, two)


def test_time_limit_gives_a_valid_rota_with_a_bound() -> None:
    instance = random_day(5, people=150, tasks=40)
    rota = solve(instance, time_limit_s=0.01)
    check_hard_constraints(instance, rota)
    assert rota.status in ("feasible", "optimal")
    if rota.bound is not None:  # None only if CP-SAT had no solution at all (empty rota)
        assert rota.status == "feasible" and rota.bound >= rota.score
        assert rota_to_json(rota)["bound"] == rota.bound
        assert rota.gap is not None and rota.gap >= 0


def test_json_round_trip_of_a_solved_rota() -> None:
    instance = random_day(11)
    rota = solve(instance)
    text = json.dumps(rota_to_json(rota), ensure_ascii=False)
    assert parse_rota(json.loads(text)) == rota
    data = json.loads(text)
    assert list(data) == [
        "date",
        "status",
        "score",
        "assignments",
        "unstaffed",
        "unassigned",
        "problems",
    ]
    assert parse_instance(instance_to_json(instance)) == instance


def test_score_of_counts_every_term() -> None:
    instance = day(
        [
            person("m1", skills={"cuisine": "discovering"}, likes=("k",), recent=("k",)),
            person("s1", kind="staff", skills={"cuisine": "can_teach"}, avoids=("k",)),
        ],
        [task("k", "Cuisine", skill="cuisine", priority=2)],
    )
    assignments = [Assignment("am", "k", ("m1", "s1")), Assignment("pm", "k", ())]
    # 2000 staffed + m1 (4 + 10 - 3) + s1 (4 - 10 - 1) + 5 peer learning
    assert score_of(instance, assignments) == 2000 + 11 - 7 + 5
    assert score_of(instance, []) == 0


def test_oracle_weights_are_the_defaults() -> None:
    assert instance_to_json(day([], []))["weights"] == SPEC_WEIGHTS


def test_status_mapping() -> None:
    from ortools.sat.python import cp_model

    assert status_from_cpsat(cp_model.OPTIMAL) == "optimal"
    assert status_from_cpsat(cp_model.FEASIBLE) == "feasible"
    assert status_from_cpsat(cp_model.INFEASIBLE) == "infeasible"
    assert status_from_cpsat(cp_model.UNKNOWN) is None
    assert status_from_cpsat(cp_model.MODEL_INVALID) is None


def iter_slots(instance: Instance) -> Iterator[tuple[str, str]]:
    for h in ("am", "pm"):
        for t in instance.tasks:
            if instance.runs(t, h):
                yield h, t.id


def test_medium_day_is_optimal_and_consistent() -> None:
    instance = random_day(3, people=40, tasks=12)
    rota = solve(instance)
    assert rota.status == "optimal"
    check_hard_constraints(instance, rota)
    assert len(rota.assignments) + len(rota.unstaffed) == len(list(iter_slots(instance)))
