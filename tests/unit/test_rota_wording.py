"""The rota in words (issue #18): binômes, names without numbers, true rule sentences."""

from __future__ import annotations

import re
from datetime import date

import pytest

from clubdesk.model.club import Club
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota import Assignment
from clubdesk.model.rota.day import check_assignments, member_key, staff_key, task_key
from clubdesk.model.rota.wording import short_names, summary, team_lines, teams

DAY = date(2026, 11, 23)  # a Monday


def test_homonyms_get_the_start_of_their_last_name_never_a_number() -> None:
    names = short_names({"m1": ("Aurélie", "Dupont"), "m2": ("Aurélie", "Martin"),
                         "m3": ("aurelie", "Morel"), "m4": ("Loïc", "Martin"),
                         "s1": ("Zoé", ""), "m5": ("Zoé", "Bernard"),
                         "m6": ("Anne-Sophie", "D'Almeida"), "m7": ("Anne-Sophie", "D'Aubigné"),
                         "m8": ("Léa", "Roux"), "m9": ("Léa", "Roux")})
    assert names == {"m1": "Aurélie D.", "m2": "Aurélie Ma.", "m3": "aurelie Mo.",
                     "m4": "Loïc", "s1": "Zoé", "m5": "Zoé B.",
                     "m6": "Anne-Sophie D'Al.", "m7": "Anne-Sophie D'Au.",
                     "m8": "Léa Roux", "m9": "Léa Roux"}  # same names: no number either


def test_the_day_tells_homonyms_apart_by_initial(club: Club) -> None:
    club.tasks.create(name="Accueil", min_people=2, max_people=2)
    ids = {}
    for first, last in (("Aurélie", "Dupont"), ("Aurélie", "Martin"), ("Loïc", "Roux")):
        m = club.members.create(first, last_name=last, joined_on=date(2025, 1, 6), today=DAY)
        club.attendance.check_in(m.id, DAY, "am")
        ids[last] = m.id
    staff = club.staff.create("Aurélie", "Morel")
    club.staff.add_period(staff.id, date(2025, 1, 1), fte=1)
    plan = club.rota.plan(DAY)
    people = {k: v for k, v in plan.names.items() if not k.startswith("t")}
    assert people[member_key(ids["Dupont"])] == "Aurélie D."
    assert people[member_key(ids["Martin"])] == "Aurélie Ma."
    assert people[staff_key(staff.id)] == "Aurélie Mo."
    assert people[member_key(ids["Roux"])] == "Loïc"
    assert not any(re.search(r"\d", name) for name in people.values())


@pytest.fixture
def day(club: Club):
    """A Monday: Accueil (2–5 people), Cuisine (needs cooking), Journal, in the afternoon."""
    accueil = club.tasks.create(name="Accueil", min_people=2, max_people=5, priority=3)
    cuisine = club.tasks.create(name="Cuisine", min_people=2, max_people=2, skill="Cuisine",
                                half_days="pm")
    journal = club.tasks.create(name="Journal", min_people=2, max_people=2, half_days="pm")
    ids = {}
    for name in ("Loïc", "Camille", "Zoé", "Paul", "Inès"):
        m = club.members.create(name, joined_on=date(2025, 1, 6), today=DAY)
        club.attendance.check_in(m.id, DAY, "am")
        ids[name] = m.id
    hugo = club.staff.create("Hugo")
    club.staff.add_period(hugo.id, date(2025, 1, 1), fte=1)
    tasks = {"accueil": task_key(accueil.id), "cuisine": task_key(cuisine.id),
             "journal": task_key(journal.id)}
    keys = {n: member_key(i) for n, i in ids.items()} | {"Hugo": staff_key(hugo.id)}
    return club, keys, tasks


def test_a_task_shows_its_binomes_one_per_line(day) -> None:
    club, keys, tasks = day
    instance, names = club.rota.build_instance(DAY)
    four = [keys["Loïc"], keys["Camille"], keys["Zoé"], keys["Hugo"]]
    assert team_lines(instance, names, four) == ["Loïc + Camille", "Zoé + Hugo (salarié)"]
    # a staff person is paired with a member even when listed apart from them
    assert teams(instance, [keys["Hugo"], keys["Loïc"], keys["Camille"], keys["Zoé"],
                            keys["Paul"]]) == [
        (keys["Paul"], keys["Hugo"]), (keys["Loïc"], keys["Camille"], keys["Zoé"])]
    assert team_lines(instance, names, [keys["Loïc"], keys["Camille"], keys["Hugo"]]) == [
        "Loïc + Camille + Hugo (salarié)"]
    assert team_lines(instance, names, [keys["Loïc"]]) == ["Loïc (sans binôme)"]
    # a second staff person joins a binôme: only someone alone in the task is « sans binôme »
    assert team_lines(instance, names, [keys["Loïc"], keys["Hugo"], "s99"]) == [
        "Loïc + Hugo (salarié) + s99 (salarié)"]
    # three members: a trio, nobody said to be alone
    assert team_lines(instance, names, [keys["Loïc"], keys["Camille"], keys["Zoé"]]) == [
        "Loïc + Camille + Zoé"]


def test_the_solver_rota_reads_as_binomes(day) -> None:
    club, keys, tasks = day
    rota, names = club.rota.suggest(DAY)
    instance, _ = club.rota.build_instance(DAY)
    (accueil,) = [a for a in rota.assignments if a.task == tasks["accueil"]]
    lines = team_lines(instance, names, accueil.people)
    assert len(lines) == len(accueil.people) // 2 >= 2
    assert all(re.fullmatch(r"[^+]+ \+ [^+]+( \+ [^+]+)?", line) for line in lines)


def test_an_empty_rota_does_not_say_the_rules_are_respected(day) -> None:
    club, keys, tasks = day
    instance, names = club.rota.build_instance(DAY)
    lines = summary(instance, [], names)
    assert lines == ["Le planning est vide : personne n'est encore placé. Cliquez sur "
                     "« Proposer », ou placez les personnes une à une."]
    assert not any("respecte" in line for line in lines)


def test_nobody_present_is_said_plainly(club: Club) -> None:
    club.tasks.create(name="Accueil")
    instance, names = club.rota.build_instance(DAY)
    assert summary(instance, [], names) == [
        "Personne n'est inscrit aujourd'hui : il n'y a personne à placer."]


def test_a_day_without_tasks_is_said_plainly(club: Club) -> None:
    club.tasks.create(name="Journal", weekdays="2")  # Tuesdays only; DAY is a Monday
    m = club.members.create("Loïc", joined_on=date(2025, 1, 6), today=DAY)
    club.attendance.check_in(m.id, DAY, "am")
    instance, names = club.rota.build_instance(DAY)
    assert summary(instance, [], names) == ["Aucune tâche ne tourne ce jour-là."]


def test_tasks_with_nobody_are_named_with_why_and_what_would_make_them_run(day) -> None:
    club, keys, tasks = day
    rota, names = club.rota.suggest(DAY)  # members come in the morning only
    instance, _ = club.rota.build_instance(DAY)
    lines = summary(instance, rota.assignments, names,
                    check_assignments(instance, rota.assignments, names))
    assert "3 tâches n'ont personne cet après-midi : Accueil, Cuisine, Journal." in lines
    assert ("Journal : aucun membre n'est là cet après-midi ; un membre de plus la ferait "
            "tourner.") in lines
    assert not any("respecte" in line for line in lines)


def test_why_a_task_has_nobody(day) -> None:
    club, keys, tasks = day
    for name in ("Loïc", "Camille", "Zoé"):
        club.attendance.check_in(int(keys[name][1:]), DAY, "pm")
    club.profiles.save(int(keys["Paul"][1:]), Profile(skills={"Cuisine": "practising"}))
    instance, names = club.rota.build_instance(DAY)
    three = Assignment("pm", tasks["accueil"], (keys["Loïc"], keys["Camille"], keys["Zoé"]))
    lines = summary(instance, [three], names)
    assert "2 tâches n'ont personne cet après-midi : Cuisine, Journal." in lines
    assert ("Cuisine : personne de présent ne sait la faire ; une personne qui sait la faire "
            "(Cuisine) la ferait tourner.") in lines  # Paul knows it, but is gone at noon
    assert ("Journal : tout le monde est déjà sur une autre tâche ; déplacer des personnes "
            "d'une tâche moins importante la ferait tourner.") in lines  # Hugo alone is free
    assert "Une tâche n'a personne ce matin : Accueil." in lines
    two = Assignment("pm", tasks["accueil"], (keys["Loïc"], keys["Camille"]))
    assert ("Journal : personne n'y est placé, et Zoé, Hugo n'ont pas de tâche ; les y "
            "placer, ou cliquer sur « Proposer », la ferait tourner.") in summary(
                instance, [two], names)


def test_a_task_everybody_free_avoids_says_nobody_wished_it(day) -> None:
    club, keys, tasks = day
    for name in ("Loïc", "Camille"):
        club.profiles.save(int(keys[name][1:]), Profile(avoids={int(tasks["journal"][1:])}))
        club.attendance.check_in(int(keys[name][1:]), DAY, "pm")
    instance, names = club.rota.build_instance(DAY)
    # Hugo is at Accueil: the two free people both said they would rather not do Journal
    lines = summary(instance, [Assignment("pm", tasks["accueil"], (keys["Hugo"],))], names)
    assert ("Journal : personne ne l'a souhaitée (Loïc, Camille ont dit préférer autre chose) ; "
            "placer l'une de ces personnes la ferait tourner.") in lines


def test_a_full_rota_says_the_rules_are_respected(club: Club) -> None:
    club.tasks.create(name="Accueil", min_people=2, max_people=2, half_days="am")
    for name in ("Loïc", "Camille"):
        m = club.members.create(name, joined_on=date(2025, 1, 6), today=DAY)
        club.attendance.check_in(m.id, DAY, "am")
    rota, names = club.rota.suggest(DAY)
    instance, _ = club.rota.build_instance(DAY)
    assert summary(instance, rota.assignments, names) == [
        "Le planning respecte toutes les règles."]


def test_the_demo_club_rota_reads_as_binomes_and_true_sentences(demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        instance, _ = club.rota.build_instance(DAY)
        assert instance.people, "the demo club has people checked in today"
        rota, names = club.rota.suggest(DAY)
        people = [names[p.id] for p in instance.people]
        assert not any(re.search(r"\d", name) for name in people)
        assert len(set(people)) == len(people)  # the demo has no two same full names
        for a in rota.assignments:
            for line in team_lines(instance, names, a.people):
                assert " + " in line or line.endswith("(sans binôme)")
        lines = summary(instance, rota.assignments, names,
                        check_assignments(instance, rota.assignments, names))
        empty = [(u.half_day, u.task) for u in rota.unstaffed]
        assert ("Le planning respecte toutes les règles." in lines) == (not empty)
        for _half, task in empty:
            name = names[task]
            assert any(line.startswith(name + " : ") and "la ferai" in line for line in lines)
    finally:
        club.close()
