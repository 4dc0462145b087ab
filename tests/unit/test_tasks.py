"""The task catalogue: every rule of create, update, archive, restore and delete."""

from __future__ import annotations

from datetime import date

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import (
    AccessDenied,
    ClubdeskError,
    DuplicateError,
    NotFoundError,
    ValidationError,
)
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota import Assignment
from clubdesk.model.rota.day import member_key, task_key
from clubdesk.model.tasks import DEFAULT_TASKS

DAY = date(2026, 11, 23)  # a Monday


def names(club: Club, *, include_archived: bool = False) -> list[str]:
    return [t.name for t in club.tasks.list_tasks(include_archived=include_archived)]


# -- create ---------------------------------------------------------------------------


def test_create_with_defaults(club: Club) -> None:
    task = club.tasks.create(name="  Accueil  ")
    assert task.id is not None
    stored = club.tasks.get(task.id)
    assert stored.name == "Accueil"
    assert (stored.half_days, stored.weekdays) == ("am,pm", "1,2,3,4,5")
    assert (stored.min_people, stored.max_people, stored.mode, stored.priority) == (
        2, 3, "onsite", 1)
    assert stored.skill is None and stored.archived is False


def test_create_normalises_days_half_days_and_skill(club: Club) -> None:
    task = club.tasks.create(name="Jardin", half_days="pm, am", weekdays=" 6,1, 3,1",
                             skill="  ", priority="7", min_people="2", max_people=4)
    stored = club.tasks.get(task.id)
    assert stored.half_days == "am,pm"
    assert stored.weekdays == "1,3,6"
    assert stored.skill is None
    assert (stored.priority, stored.min_people, stored.max_people) == (7, 2, 4)


def test_weekdays_may_be_a_list_of_numbers(club: Club) -> None:
    task = club.tasks.create(name="Samedi", weekdays=[6, 7])
    assert club.tasks.get(task.id).weekdays == "6,7"


def test_list_orders_by_priority_then_name(club: Club) -> None:
    club.tasks.create(name="Zèbre", priority=5)
    club.tasks.create(name="Accueil", priority=1)
    club.tasks.create(name="Cuisine", priority=5)
    assert names(club) == ["Cuisine", "Zèbre", "Accueil"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"min_people": 1}, "min_people"),
        ({"min_people": 3, "max_people": 2}, "max_people"),
        ({"min_people": "deux"}, "min_people"),
        ({"mode": "ailleurs"}, "mode"),
        ({"half_days": ""}, "half_days"),
        ({"half_days": "soir"}, "half_days"),
        ({"half_days": "am,day"}, "half_days"),
        ({"weekdays": ""}, "weekdays"),
        ({"weekdays": "0,1"}, "weekdays"),
        ({"weekdays": "8"}, "weekdays"),
        ({"weekdays": "lundi"}, "weekdays"),
        ({"weekdays": []}, "weekdays"),
        ({"priority": 0}, "priority"),
        ({"priority": 11}, "priority"),
        ({"priority": "haute"}, "priority"),
        ({"skill": "s" * 101}, "skill"),
        ({"archived": True}, "archived"),
    ],
)
def test_create_refuses_bad_values(club: Club, values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        club.tasks.create(**{"name": "Tâche", **values})
    assert refused.value.field == field
    assert str(refused.value).endswith(".")
    assert club.tasks.list_tasks(include_archived=True) == []


def test_sentences_of_the_main_rules(club: Club) -> None:
    with pytest.raises(ValidationError, match="au moins à deux"):
        club.tasks.create(name="Seul", min_people=1)
    with pytest.raises(ValidationError, match="plus petit que le minimum"):
        club.tasks.create(name="Trop", min_people=4, max_people=3)
    with pytest.raises(ValidationError, match="sur place"):
        club.tasks.create(name="Ailleurs", mode="lune")
    with pytest.raises(ValidationError, match="le matin, l'après-midi"):
        club.tasks.create(name="Jamais", half_days="")
    with pytest.raises(ValidationError, match="au moins un jour"):
        club.tasks.create(name="Aucun jour", weekdays="9")
    with pytest.raises(ValidationError, match="de 1 à 10"):
        club.tasks.create(name="Urgent", priority=12)


def test_duplicate_name_is_refused_in_french(club: Club) -> None:
    club.tasks.create(name="Cuisine")
    with pytest.raises(DuplicateError, match="Une tâche s'appelle déjà « Cuisine »."):
        club.tasks.create(name="Cuisine")
    # Case and accents do not make a different task.
    with pytest.raises(DuplicateError):
        club.tasks.create(name=" CUISINE ")
    assert names(club) == ["Cuisine"]


# -- update ---------------------------------------------------------------------------


def test_update_changes_only_the_fields_given(club: Club) -> None:
    task = club.tasks.create(name="Cuisine", skill="Cuisine", priority=4, weekdays="1,2")
    club.tasks.update(task.id, name="Cuisine du midi", max_people=5, mode="remote")
    stored = club.tasks.get(task.id)
    assert (stored.name, stored.max_people, stored.mode) == ("Cuisine du midi", 5, "remote")
    assert (stored.skill, stored.priority, stored.weekdays) == ("Cuisine", 4, "1,2")


def test_update_can_clear_the_skill_and_keep_its_own_name(club: Club) -> None:
    task = club.tasks.create(name="Cuisine", skill="Cuisine")
    club.tasks.update(task.id, name="cuisine", skill="")
    stored = club.tasks.get(task.id)
    assert (stored.name, stored.skill) == ("cuisine", None)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"min_people": 1}, "min_people"),
        ({"max_people": 1}, "max_people"),
        ({"mode": "partout"}, "mode"),
        ({"half_days": ""}, "half_days"),
        ({"weekdays": "1,8"}, "weekdays"),
        ({"weekdays": ""}, "weekdays"),
        ({"priority": 0}, "priority"),
        ({"id": 99}, "id"),
    ],
)
def test_update_refuses_bad_values_and_writes_nothing(club: Club, values: dict,
                                                      field: str) -> None:
    task = club.tasks.create(name="Accueil", max_people=3)
    with pytest.raises(ValidationError) as refused:
        club.tasks.update(task.id, **values)
    assert refused.value.field == field
    stored = club.tasks.get(task.id)
    assert (stored.name, stored.max_people, stored.mode, stored.half_days, stored.weekdays,
            stored.priority) == ("Accueil", 3, "onsite", "am,pm", "1,2,3,4,5", 1)


def test_update_refuses_the_name_of_another_task(club: Club) -> None:
    club.tasks.create(name="Accueil")
    cuisine = club.tasks.create(name="Cuisine")
    with pytest.raises(DuplicateError, match="« Accueil »"):
        club.tasks.update(cuisine.id, name="accueil")
    assert club.tasks.get(cuisine.id).name == "Cuisine"


def test_update_of_a_missing_task(club: Club) -> None:
    with pytest.raises(NotFoundError, match="numéro 42"):
        club.tasks.update(42, name="Rien")
    with pytest.raises(NotFoundError):
        club.tasks.get(42)


# -- archive and restore -------------------------------------------------------------


def test_archive_hides_the_task_and_restore_brings_it_back(club: Club) -> None:
    accueil = club.tasks.create(name="Accueil")
    club.tasks.create(name="Cuisine")
    archived = club.tasks.archive(accueil.id)
    assert archived.archived is True
    assert names(club) == ["Cuisine"]
    assert names(club, include_archived=True) == ["Accueil", "Cuisine"]
    assert club.tasks.get(accueil.id).archived is True
    club.tasks.archive(accueil.id)  # twice: nothing more happens
    assert names(club) == ["Cuisine"]
    club.tasks.restore(accueil.id)
    assert names(club) == ["Accueil", "Cuisine"]


def test_archived_tasks_leave_the_rota_instance(club: Club) -> None:
    accueil = club.tasks.create(name="Accueil")
    club.tasks.create(name="Cuisine")
    club.tasks.archive(accueil.id)
    instance, _names = club.rota.build_instance(DAY)
    assert [t.name for t in instance.tasks] == ["Cuisine"]


def test_weekdays_choose_the_days_the_rota_plans_a_task(club: Club) -> None:
    club.tasks.create(name="Accueil", weekdays="1,2,3,4,5")
    club.tasks.create(name="Marché", weekdays="6")
    monday, _ = club.rota.build_instance(DAY)
    saturday, _ = club.rota.build_instance(date(2026, 11, 28))
    assert [t.name for t in monday.tasks] == ["Accueil"]
    assert [t.name for t in saturday.tasks] == ["Marché"]


def test_an_archived_name_is_not_taken_twice(club: Club) -> None:
    old = club.tasks.create(name="Journal")
    club.tasks.archive(old.id)
    with pytest.raises(DuplicateError, match="archivée.*remettez-la"):
        club.tasks.create(name="Journal")


def test_an_archived_task_can_still_be_edited(club: Club) -> None:
    task = club.tasks.create(name="Journal")
    club.tasks.archive(task.id)
    club.tasks.update(task.id, priority=2)
    stored = club.tasks.get(task.id)
    assert (stored.priority, stored.archived) == (2, True)


def test_archive_of_a_missing_task(club: Club) -> None:
    with pytest.raises(NotFoundError):
        club.tasks.archive(7)
    with pytest.raises(NotFoundError):
        club.tasks.restore(7)


# -- delete ---------------------------------------------------------------------------


def test_delete_an_unused_task(club: Club) -> None:
    task = club.tasks.create(name="Essai")
    club.tasks.delete(task.id)
    assert names(club, include_archived=True) == []
    with pytest.raises(NotFoundError):
        club.tasks.delete(task.id)


def _save_rota(club: Club, task_id: int, member_ids: list[int], day: date) -> None:
    people = tuple(member_key(i) for i in member_ids)
    club.rota.save(day, [Assignment("am", task_key(task_id), people),
                         Assignment("pm", task_key(task_id), people)])


def test_delete_refuses_a_task_used_in_saved_rotas(club: Club, make_member) -> None:
    task = club.tasks.create(name="Accueil")
    a, b = make_member("Émilie"), make_member("Loïc")
    _save_rota(club, task.id, [a.id, b.id], DAY)
    _save_rota(club, task.id, [a.id, b.id], date(2026, 11, 24))
    with pytest.raises(ClubdeskError) as refused:
        club.tasks.delete(task.id)
    assert str(refused.value) == (
        "Cette tâche est utilisée dans 2 plannings : archivez-la plutôt.")
    assert club.tasks.get(task.id).name == "Accueil"


def test_delete_says_one_planning_in_the_singular(club: Club, make_member) -> None:
    task = club.tasks.create(name="Accueil")
    a, b = make_member("Émilie"), make_member("Loïc")
    _save_rota(club, task.id, [a.id, b.id], DAY)
    with pytest.raises(ClubdeskError, match="^Cette tâche est utilisée dans 1 planning :"):
        club.tasks.delete(task.id)


def test_delete_refuses_a_task_in_members_wishes(club: Club, make_member) -> None:
    task = club.tasks.create(name="Cuisine")
    for first in ("Émilie", "Loïc"):
        member = make_member(first)
        club.profiles.save(member.id, Profile(likes={task.id}))
    with pytest.raises(ClubdeskError) as refused:
        club.tasks.delete(task.id)
    assert str(refused.value) == (
        "Cette tâche est dans les souhaits de 2 membres : archivez-la plutôt.")
    assert club.tasks.get(task.id).name == "Cuisine"


def test_delete_counts_rotas_and_wishes_together(club: Club, make_member) -> None:
    task = club.tasks.create(name="Accueil")
    a, b = make_member("Émilie"), make_member("Loïc")
    club.profiles.save(a.id, Profile(avoids={task.id}))
    _save_rota(club, task.id, [a.id, b.id], DAY)
    with pytest.raises(ClubdeskError, match=(
            "utilisée dans 1 planning et dans les souhaits de 1 membre : archivez-la")):
        club.tasks.delete(task.id)


# -- defaults and roles ---------------------------------------------------------------


def test_defaults_are_given_once(club: Club) -> None:
    club.tasks.ensure_defaults()
    club.tasks.ensure_defaults()
    assert sorted(names(club)) == sorted(v["name"] for v in DEFAULT_TASKS)


def test_defaults_are_not_given_to_a_club_that_has_tasks(club: Club) -> None:
    club.tasks.create(name="Accueil")
    club.tasks.ensure_defaults()
    assert names(club) == ["Accueil"]


def test_accueil_may_read_but_not_change_the_catalogue(club: Club) -> None:
    task = club.tasks.create(name="Accueil")
    desk = Club(club.db, Actor("x", "accueil"))
    assert [t.name for t in desk.tasks.list_tasks()] == ["Accueil"]
    assert desk.tasks.get(task.id).name == "Accueil"
    for attempt in (
        lambda: desk.tasks.create(name="Cuisine"),
        lambda: desk.tasks.update(task.id, name="Autre"),
        lambda: desk.tasks.archive(task.id),
        lambda: desk.tasks.restore(task.id),
        lambda: desk.tasks.delete(task.id),
        desk.tasks.ensure_defaults,
    ):
        with pytest.raises(AccessDenied, match="accueil"):
            attempt()
    assert names(club, include_archived=True) == ["Accueil"]


@pytest.mark.parametrize("role", ["equipe", "direction"])
def test_staff_roles_may_change_the_catalogue(club: Club, role: str) -> None:
    staff = Club(club.db, Actor("x", role))
    task = staff.tasks.create(name="Accueil")
    staff.tasks.update(task.id, priority=2)
    staff.tasks.archive(task.id)
    staff.tasks.restore(task.id)
    staff.tasks.delete(task.id)
    assert names(club, include_archived=True) == []
