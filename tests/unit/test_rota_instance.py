"""Parsing, validation and JSON round trips of the rota instance and rota."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from clubdesk.model.errors import ValidationError
from clubdesk.model.rota import (
    DEFAULT_WEIGHTS,
    Instance,
    Lock,
    Person,
    Rota,
    Task,
    instance_to_json,
    parse_instance,
    parse_instance_text,
    parse_rota,
    rota_to_json,
)
from clubdesk.model.rota.instance import Assignment, Unassigned, Unstaffed, Weights

SPEC_EXAMPLE: dict[str, Any] = {
    "date": "2026-11-23",
    "half_days": ["am", "pm"],
    "people": [
        {
            "id": "m12",
            "kind": "member",
            "present": ["am", "pm"],
            "mode": "onsite",
            "skills": {"cuisine": "discovering"},
            "likes": ["t1"],
            "avoids": ["t3"],
            "recent_tasks": ["t1"],
        },
        {
            "id": "s2",
            "kind": "staff",
            "present": ["am"],
            "mode": "onsite",
            "skills": {"comptabilite": "can_teach"},
            "likes": [],
            "avoids": [],
            "recent_tasks": [],
        },
    ],
    "tasks": [
        {
            "id": "t1",
            "name": "Accueil",
            "half_days": ["am", "pm"],
            "min_people": 2,
            "max_people": 3,
            "skill": None,
            "mode": "onsite",
            "priority": 1,
        }
    ],
    "locked": [{"half_day": "am", "task": "t1", "person": "m12"}],
    "weights": {},
}


def example() -> dict[str, Any]:
    return copy.deepcopy(SPEC_EXAMPLE)


def rejected(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_instance(data)
    return info.value


def test_spec_example_parses() -> None:
    instance = parse_instance(example())
    assert instance.date == "2026-11-23"
    assert instance.half_days == ("am", "pm")
    m12, s2 = instance.people
    assert m12 == Person(
        id="m12",
        kind="member",
        present=("am", "pm"),
        mode="onsite",
        skills=(("cuisine", "discovering"),),
        likes=("t1",),
        avoids=("t3",),
        recent_tasks=("t1",),
    )
    assert m12.is_member and not s2.is_member
    assert m12.level("cuisine") == 0 and s2.level("comptabilite") == 2 and s2.level("x") == -1
    assert instance.tasks == (
        Task("t1", "Accueil", ("am", "pm"), 2, 3, skill=None, mode="onsite", priority=1),
    )
    assert instance.locked == (Lock("am", "t1", "m12"),)
    assert instance.weights == Weights()


def test_optional_fields_take_defaults() -> None:
    data = example()
    del data["locked"], data["weights"]
    for person in data["people"]:
        for key in ("skills", "likes", "avoids", "recent_tasks"):
            del person[key]
    del data["tasks"][0]["skill"], data["tasks"][0]["priority"]
    instance = parse_instance(data)
    assert instance.locked == ()
    assert instance.people[0].skills == () and instance.people[0].likes == ()
    assert instance.tasks[0].skill is None and instance.tasks[0].priority == 1


def test_weights_override_by_key() -> None:
    data = example()
    data["weights"] = {"staffed": 500, "avoid": -30, "peer_learning": 0}
    weights = parse_instance(data).weights
    assert weights.staffed == 500 and weights.avoid == -30 and weights.peer_learning == 0
    assert weights.placed == DEFAULT_WEIGHTS["placed"] == 4
    assert DEFAULT_WEIGHTS == {
        "staffed": 1000,
        "placed": 4,
        "like": 10,
        "avoid": -10,
        "peer_learning": 5,
        "repeat": -3,
        "staff_use": -1,
    }


def test_half_days_are_normalised_to_day_order() -> None:
    data = example()
    data["half_days"] = ["pm", "am"]
    data["people"][0]["present"] = ["pm", "am"]
    instance = parse_instance(data)
    assert instance.half_days == ("am", "pm")
    assert instance.people[0].present == ("am", "pm")


def test_instance_json_round_trip() -> None:
    instance = parse_instance(example())
    data = instance_to_json(instance)
    text = json.dumps(data, ensure_ascii=False)
    assert parse_instance_text(text) == instance
    assert data["weights"] == DEFAULT_WEIGHTS
    assert data["people"][0]["skills"] == {"cuisine": "discovering"}


def test_rota_json_round_trip() -> None:
    rota = Rota(
        date="2026-11-23",
        status="feasible",
        score=2047,
        assignments=(Assignment("am", "t1", ("m12", "s2")),),
        unstaffed=(Unstaffed("pm", "t3", "Cuisine, après-midi : personne ne sait le faire."),),
        unassigned=(Unassigned("am", "m7"),),
        bound=2100,
    )
    data = rota_to_json(rota)
    assert data["bound"] == 2100
    assert list(data) == [
        "date",
        "status",
        "score",
        "bound",
        "assignments",
        "unstaffed",
        "unassigned",
        "problems",
    ]
    assert parse_rota(json.loads(json.dumps(data))) == rota
    assert rota.gap == pytest.approx(53 / 2100)


def test_rota_json_bound_only_when_feasible() -> None:
    optimal = Rota(date="2026-11-23", status="optimal", score=10)
    assert "bound" not in rota_to_json(optimal)
    assert optimal.gap == 0.0
    infeasible = Rota(date="2026-11-23", status="infeasible", score=0, problems=("Non.",))
    data = rota_to_json(infeasible)
    assert "bound" not in data and data["problems"] == ["Non."]
    assert parse_rota(data) == infeasible
    assert infeasible.gap is None


def test_rota_json_rejects_bad_status() -> None:
    data = rota_to_json(Rota(date="2026-11-23", status="optimal", score=0))
    data["status"] = "good"
    with pytest.raises(ValidationError) as info:
        parse_rota(data)
    assert info.value.field == "status"


# ------------------------------------------------------------------------ bad input


def test_not_a_dict() -> None:
    values: list[object] = [[], "texte", None, 3]
    for value in values:
        error = rejected(value)
        assert error.field == "instance"
        assert "objet JSON" in str(error)


def test_not_json_text() -> None:
    with pytest.raises(ValidationError) as info:
        parse_instance_text('{\n  "date": "2026-11-23",\n  "half_days": [am]\n}')
    assert str(info.value) == "Le fichier n'est pas du JSON valide (ligne 3, colonne 17)."
    assert info.value.field == "json"


def test_min_people_below_two() -> None:
    data = example()
    data["tasks"][0]["min_people"] = 1
    error = rejected(data)
    assert error.field == "tasks[0].min_people"
    assert str(error) == "tasks[0].min_people : doit être au moins 2."


def test_min_people_error_names_the_right_task() -> None:
    data = example()
    for index in (1, 2):
        task = dict(data["tasks"][0], id=f"t{index + 1}")
        data["tasks"].append(task)
    data["tasks"][2]["min_people"] = 0
    assert str(rejected(data)) == "tasks[2].min_people : doit être au moins 2."


def test_max_below_min() -> None:
    data = example()
    data["tasks"][0]["max_people"] = 1
    error = rejected(data)
    assert error.field == "tasks[0].max_people"
    assert "min_people" in str(error)


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("people", 0, "kind"), "visitor", "people[0].kind"),
        (("people", 1, "mode"), "hybrid", "people[1].mode"),
        (("tasks", 0, "mode"), "online", "tasks[0].mode"),
        (("people", 0, "skills", "cuisine"), "expert", "people[0].skills.cuisine"),
        (("people", 0, "present", 0), "day", "people[0].present[0]"),
        (("half_days", 1), "soir", "half_days[1]"),
        (("tasks", 0, "half_days", 0), "day", "tasks[0].half_days[0]"),
        (("locked", 0, "half_day"), "day", "locked[0].half_day"),
    ],
)
def test_unknown_values(path: tuple[Any, ...], value: str, field: str) -> None:
    data = example()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    error = rejected(data)
    assert error.field == field
    assert str(error).startswith(f"{field} : valeur inconnue « {value} »")


def test_day_is_refused_with_a_hint() -> None:
    data = example()
    data["people"][0]["present"] = ["day"]
    assert "indiquez les deux" in str(rejected(data))


@pytest.mark.parametrize(
    ("section", "index", "key", "field"),
    [
        (None, None, "date", "date"),
        (None, None, "people", "people"),
        (None, None, "tasks", "tasks"),
        (None, None, "half_days", "half_days"),
        ("people", 0, "id", "people[0].id"),
        ("people", 1, "present", "people[1].present"),
        ("tasks", 0, "max_people", "tasks[0].max_people"),
        ("tasks", 0, "name", "tasks[0].name"),
        ("locked", 0, "person", "locked[0].person"),
    ],
)
def test_missing_field(section: str | None, index: int | None, key: str, field: str) -> None:
    data = example()
    target = data if section is None else data[section][index]
    del target[key]
    error = rejected(data)
    assert error.field == field
    assert str(error) == f"{field} : champ manquant."


def test_unknown_field() -> None:
    data = example()
    data["tasks"][0]["min_peopel"] = 2
    error = rejected(data)
    assert error.field == "tasks[0].min_peopel"
    assert "champ inconnu" in str(error)


def test_unknown_weight_key() -> None:
    data = example()
    data["weights"] = {"likes": 3}
    assert rejected(data).field == "weights.likes"


def test_lock_on_unknown_task_or_person() -> None:
    data = example()
    data["locked"][0]["task"] = "t9"
    error = rejected(data)
    assert error.field == "locked[0].task"
    assert "t9" in str(error)
    data = example()
    data["locked"][0]["person"] = "m99"
    error = rejected(data)
    assert error.field == "locked[0].person"
    assert "m99" in str(error)


def test_duplicate_ids() -> None:
    data = example()
    data["people"][1]["id"] = "m12"
    error = rejected(data)
    assert error.field == "people[1].id"
    assert "déjà utilisé" in str(error)
    data = example()
    data["tasks"].append(dict(data["tasks"][0]))
    assert rejected(data).field == "tasks[1].id"


def test_duplicates_inside_lists() -> None:
    data = example()
    data["people"][0]["present"] = ["am", "am"]
    assert rejected(data).field == "people[0].present[1]"
    data = example()
    data["people"][0]["likes"] = ["t1", "t1"]
    assert rejected(data).field == "people[0].likes[1]"


def test_like_and_avoid_the_same_task() -> None:
    data = example()
    data["people"][0]["avoids"] = ["t1"]
    error = rejected(data)
    assert error.field == "people[0].avoids[0]"


@pytest.mark.parametrize(
    ("section", "index", "key", "value", "field"),
    [
        (None, None, "people", {}, "people"),
        (None, None, "tasks", "t1", "tasks"),
        (None, None, "date", 20261123, "date"),
        (None, None, "date", "23/11/2026", "date"),
        (None, None, "date", "2026-02-30", "date"),
        (None, None, "weights", [], "weights"),
        ("tasks", 0, "min_people", "2", "tasks[0].min_people"),
        ("tasks", 0, "min_people", 2.0, "tasks[0].min_people"),
        ("tasks", 0, "max_people", True, "tasks[0].max_people"),
        ("tasks", 0, "priority", -1, "tasks[0].priority"),
        ("tasks", 0, "name", "", "tasks[0].name"),
        ("tasks", 0, "skill", 3, "tasks[0].skill"),
        ("people", 0, "id", 12, "people[0].id"),
        ("people", 0, "skills", ["cuisine"], "people[0].skills"),
        ("people", 0, "likes", "t1", "people[0].likes"),
        ("people", 0, "recent_tasks", [1], "people[0].recent_tasks[0]"),
        ("people", 0, "present", "am", "people[0].present"),
        ("locked", 0, "task", None, "locked[0].task"),
    ],
)
def test_wrong_types(
    section: str | None, index: int | None, key: str, value: object, field: str
) -> None:
    data = example()
    target = data if section is None else data[section][index]
    target[key] = value
    error = rejected(data)
    assert error.field == field
    assert str(error).startswith(f"{field} : ")


def test_wrong_weight_type() -> None:
    data = example()
    data["weights"] = {"like": 2.5}
    assert rejected(data).field == "weights.like"


def test_messages_are_single_french_sentences() -> None:
    data = example()
    data["people"][0]["kind"] = "visitor"
    message = str(rejected(data))
    assert message == "people[0].kind : valeur inconnue « visitor » (attendu : member ou staff)."


def test_empty_lists_are_valid() -> None:
    instance = parse_instance({"date": "2026-11-23", "half_days": [], "people": [], "tasks": []})
    assert instance == Instance(date="2026-11-23", half_days=(), people=(), tasks=())
