"""Benchmark of the rota solver on reproducible random days.

Run from the repository root::

    python tests/bench/bench_rota.py

(a) 40 people, 12 tasks, 2 half-days, solved several times: median wall time and
    whether optimality is proven (target: median <= 1 s).
(b) 150 people, 40 tasks, 2 half-days, 5 s limit: status, score, bound and gap.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from clubdesk.model.rota import (  # noqa: E402
    Instance,
    parse_instance,
    rota_to_json,
    score_of,
    solve,
)

SKILLS = ("cuisine", "comptabilite", "informatique", "jardin", "couture", "bricolage", "accueil")
LEVELS = ("discovering", "practising", "can_teach")
TASK_NAMES = (
    "Accueil",
    "Cuisine",
    "Vaisselle",
    "Ménage",
    "Jardin",
    "Atelier couture",
    "Comptabilité",
    "Informatique",
    "Bricolage",
    "Courses",
    "Standard",
    "Journal",
)


def random_instance(people: int, tasks: int, seed: int, locks: int = 4) -> Instance:
    """A plausible random day (members mostly on site, some staff, a few locks)."""
    rng = random.Random(seed)
    task_list: list[dict[str, Any]] = []
    for index in range(tasks):
        min_people = rng.choice((2, 2, 2, 3))
        task_list.append(
            {
                "id": f"t{index}",
                "name": f"{TASK_NAMES[index % len(TASK_NAMES)]} {index // len(TASK_NAMES) + 1}",
                "half_days": rng.choice((["am", "pm"], ["am", "pm"], ["am"], ["pm"])),
                "min_people": min_people,
                "max_people": min_people + rng.randint(0, 3),
                "skill": rng.choice(SKILLS) if rng.random() < 0.5 else None,
                "mode": "remote" if rng.random() < 0.15 else "onsite",
                "priority": rng.randint(1, 3),
            }
        )
    task_ids = [task["id"] for task in task_list]
    person_list: list[dict[str, Any]] = []
    for index in range(people):
        kind = "staff" if rng.random() < 0.15 else "member"
        liked = rng.sample(task_ids, min(len(task_ids), rng.randint(0, 3)))
        person_list.append(
            {
                "id": f"{kind[0]}{index}",
                "kind": kind,
                "present": rng.choice((["am", "pm"], ["am", "pm"], ["am"], ["pm"])),
                "mode": "remote" if rng.random() < 0.15 else "onsite",
                "skills": {
                    skill: rng.choice(LEVELS) for skill in rng.sample(SKILLS, rng.randint(0, 3))
                },
                "likes": liked[:2],
                "avoids": liked[2:],
                "recent_tasks": rng.sample(task_ids, min(len(task_ids), rng.randint(0, 2))),
            }
        )
    # Locks: members present with the task's mode, at most one lock per person.
    locked: list[dict[str, str]] = []
    used: set[str] = set()
    for _ in range(locks * 20):
        if len(locked) >= locks:
            break
        person = rng.choice(person_list)
        task = rng.choice(task_list)
        half_day = rng.choice(task["half_days"])
        if (
            person["id"] in used
            or person["kind"] != "member"
            or half_day not in person["present"]
            or person["mode"] != task["mode"]
            or (task["skill"] is not None and task["skill"] not in person["skills"])
            or person["skills"].get(task["skill"]) == "discovering"
            or sum(lock["task"] == task["id"] and lock["half_day"] == half_day for lock in locked)
            >= task["min_people"] - 1
        ):
            continue
        used.add(person["id"])
        locked.append({"half_day": half_day, "task": task["id"], "person": person["id"]})
    return parse_instance(
        {
            "date": "2026-11-23",
            "half_days": ["am", "pm"],
            "people": person_list,
            "tasks": task_list,
            "locked": locked,
            "weights": {},
        }
    )


def bench_small(runs: int = 5) -> None:
    print("(a) 40 people, 12 tasks, 2 half-days, time limit 10 s")
    times: list[float] = []
    statuses: list[str] = []
    for seed in range(5):
        instance = random_instance(40, 12, seed=seed)
        first = None
        for _ in range(runs):
            start = time.perf_counter()
            rota = solve(instance, time_limit_s=10.0)
            times.append(time.perf_counter() - start)
            statuses.append(rota.status)
            assert rota.score == score_of(instance, rota.assignments)
            text = json.dumps(rota_to_json(rota), sort_keys=True)
            first = first or text
            if text != first:
                print(f"   seed {seed}: output differs between runs")
        print(
            f"   seed {seed}: status {rota.status}, score {rota.score}, "
            f"{len(rota.assignments)} staffed, {len(rota.unstaffed)} empty"
        )
    proven = sum(status == "optimal" for status in statuses)
    print(
        f"   {len(times)} solves: median {statistics.median(times):.3f} s, "
        f"max {max(times):.3f} s, proven optimal {proven}/{len(times)}"
    )


def bench_large(time_limit_s: float = 5.0) -> None:
    print(f"(b) 150 people, 40 tasks, 2 half-days, time limit {time_limit_s:g} s")
    for seed in (100, 101, 102):
        instance = random_instance(150, 40, seed=seed, locks=8)
        for workers in (1, 2):
            start = time.perf_counter()
            rota = solve(instance, time_limit_s=time_limit_s, num_workers=workers)
            elapsed = time.perf_counter() - start
            assert rota.score == score_of(instance, rota.assignments)
            bound = rota.score if rota.status == "optimal" else rota.bound
            gap = rota.gap
            gap_text = "n/a" if gap is None else f"{100 * gap:.2f} %"
            print(
                f"   seed {seed}, {workers} worker(s): status {rota.status}, score {rota.score}, "
                f"best bound {bound}, gap {gap_text}, wall {elapsed:.2f} s, "
                f"{len(rota.assignments)} staffed, {len(rota.unstaffed)} empty"
            )


if __name__ == "__main__":
    bench_small()
    bench_large()
