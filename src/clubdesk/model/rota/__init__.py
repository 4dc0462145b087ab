"""The day's rota: who does which task, each half-day.

The solver and its data types (this package's ``instance`` and ``solver``) are pure: no Qt,
no database. Reading a day from the database and saving its rota is
clubdesk.model.rota.day's work; importing this package loads neither it nor OR-Tools.

Typical use::

    instance = parse_instance(json.loads(text))  # or parse_instance_text(text)
    rota = solve(instance, time_limit_s=10.0)
    json.dumps(rota_to_json(rota), ensure_ascii=False)

See ``docs/rota-format.md`` for the JSON forms, the constraints and the objective.
"""

from __future__ import annotations

from typing import Any

from clubdesk.model.rota.instance import (
    DEFAULT_WEIGHTS,
    HALF_DAYS,
    KINDS,
    LEVELS,
    MODES,
    WEIGHT_KEYS,
    Assignment,
    Instance,
    Lock,
    Person,
    Rota,
    Task,
    Unassigned,
    Unstaffed,
    Weights,
    instance_to_json,
    parse_instance,
    parse_instance_text,
    parse_rota,
    rota_to_json,
)

_SOLVER_NAMES = ("score_of", "solve", "status_from_cpsat")


def __getattr__(name: str) -> Any:
    """The solver (and OR-Tools, ~0.5 s to import) is loaded when first used, not at start."""
    if name in _SOLVER_NAMES:
        from clubdesk.model.rota import solver

        return getattr(solver, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DEFAULT_WEIGHTS",
    "HALF_DAYS",
    "KINDS",
    "LEVELS",
    "MODES",
    "WEIGHT_KEYS",
    "Assignment",
    "Instance",
    "Lock",
    "Person",
    "Rota",
    "Task",
    "Unassigned",
    "Unstaffed",
    "Weights",
    "instance_to_json",
    "parse_instance",
    "parse_instance_text",
    "parse_rota",
    "rota_to_json",
    "score_of",
    "solve",
    "status_from_cpsat",
]
