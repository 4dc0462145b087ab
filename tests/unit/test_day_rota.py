from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from clubdesk.export.rota_pdf import RotaRow, write_rota_pdf
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota import Assignment, Lock
from clubdesk.model.rota.day import check_assignments, member_key, staff_key, task_key

DAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def small_club(club: Club):
    accueil = club.tasks.create(name="Accueil", min_people=2, max_people=2, priority=3)
    cuisine = club.tasks.create(name="Cuisine", min_people=2, max_people=3, skill="Cuisine",
                                priority=5,
                                half_days="pm")
    ids = {}
    for name in ("Émilie", "Loïc", "Zoé", "Paul"):
        m = club.members.create(name, joined_on=date(2025, 1, 6), today=DAY)
        ids[name] = m.id
    club.attendance.check_in(ids["Émilie"], DAY, "day")
    club.attendance.check_in(ids["Loïc"], DAY, "am")
    club.attendance.check_in(ids["Zoé"], DAY, "pm")
    club.attendance.check_in(ids["Paul"], DAY, "day", mode="remote")
    club.profiles.save(ids["Zoé"], Profile(skills={"cuisine": "can_teach"},
                                           likes={cuisine.id}))
    club.profiles.save(ids["Émilie"], Profile(skills={"Cuisine": "discovering"},
                                              avoids={accueil.id}))
    staff = club.staff.create("Hervé")
    club.staff.add_period(staff.id, date(2025, 1, 1), fte=1)
    gone = club.staff.create("Ancienne")
    club.staff.add_period(gone.id, date(2020, 1, 1), date(2024, 1, 1), fte=1)
    return club, ids, {"accueil": accueil.id, "cuisine": cuisine.id}, staff.id


def test_instance_from_the_day(small_club) -> None:
    club, ids, tasks, staff_id = small_club
    instance, names = club.rota.build_instance(DAY)
    people = {p.id: p for p in instance.people}
    assert set(people) == {member_key(i) for i in ids.values()} | {staff_key(staff_id)}
    emilie, loic, zoe, paul = (people[member_key(ids[n])]
                               for n in ("Émilie", "Loïc", "Zoé", "Paul"))
    assert emilie.present == ("am", "pm") and loic.present == ("am",) and zoe.present == ("pm",)
    assert paul.mode == "remote" and emilie.mode == "onsite"
    assert dict(zoe.skills) == {"Cuisine": "can_teach"}  # named like the task's skill
    assert zoe.likes == (task_key(tasks["cuisine"]),)
    assert emilie.avoids == (task_key(tasks["accueil"]),)
    assert names[member_key(ids["Émilie"])] == "Émilie"
    assert [t.name for t in instance.tasks] == ["Accueil", "Cuisine"]
    assert people[staff_key(staff_id)].kind == "staff"
    no_staff, _ = club.rota.build_instance(DAY, absent_staff=[staff_id])
    assert staff_key(staff_id) not in {p.id for p in no_staff.people}


def test_suggest_save_and_reload(small_club) -> None:
    club, ids, tasks, staff_id = small_club
    rota, names = club.rota.suggest(DAY)
    assert rota.status == "optimal"
    cuisine = [a for a in rota.assignments if a.task == task_key(tasks["cuisine"])]
    assert cuisine and member_key(ids["Zoé"]) in cuisine[0].people
    lock = (rota.assignments[0].half_day, rota.assignments[0].task,
            rota.assignments[0].people[0])
    version = club.rota.save(DAY, rota.assignments, [lock])
    plan = club.rota.plan(DAY)
    def as_set(assignments):
        return {(a.half_day, a.task, frozenset(a.people)) for a in assignments}

    assert as_set(plan.assignments) == as_set(rota.assignments)
    assert plan.locked == {lock} and plan.version == version == 1
    assert check_assignments(plan.instance, plan.assignments, plan.names) == []


def test_saved_rota_feeds_recent_tasks(small_club) -> None:
    club, ids, tasks, staff_id = small_club
    rota, _ = club.rota.suggest(DAY)
    club.rota.save(DAY, rota.assignments)
    tomorrow = DAY + timedelta(days=1)
    club.attendance.check_in(ids["Zoé"], tomorrow, "pm")
    instance, _ = club.rota.build_instance(tomorrow)
    zoe = next(p for p in instance.people if p.id == member_key(ids["Zoé"]))
    assert task_key(tasks["cuisine"]) in zoe.recent_tasks


def test_a_stale_save_is_refused(small_club) -> None:
    club, *_ = small_club
    rota, _ = club.rota.suggest(DAY)
    club.rota.save(DAY, rota.assignments, expected_version=0)
    with pytest.raises(ClubdeskError, match="rechargez"):
        club.rota.save(DAY, (), expected_version=0)
    assert club.rota.plan(DAY).version == 1


def test_locks_are_kept_when_asking_again(small_club) -> None:
    club, ids, tasks, staff_id = small_club
    lock = Lock("am", task_key(tasks["accueil"]), member_key(ids["Émilie"]))  # she avoids it
    rota, _ = club.rota.suggest(DAY, locks=[lock])
    (accueil_am,) = [a for a in rota.assignments
                     if (a.half_day, a.task) == ("am", task_key(tasks["accueil"]))]
    assert member_key(ids["Émilie"]) in accueil_am.people


def test_live_validation_in_words(small_club) -> None:
    club, ids, tasks, staff_id = small_club
    instance, names = club.rota.build_instance(DAY)
    accueil, cuisine = task_key(tasks["accueil"]), task_key(tasks["cuisine"])
    problems = check_assignments(instance, [
        Assignment("am", accueil, (staff_key(staff_id),)),
        Assignment("pm", cuisine, (member_key(ids["Émilie"]), member_key(ids["Loïc"]))),
        Assignment("pm", accueil, (member_key(ids["Émilie"]), member_key(ids["Paul"]))),
    ], names)
    assert "Accueil, matin : il faut au moins 2 personnes." in problems
    assert "Accueil, matin : il faut au moins un membre." in problems
    assert "Cuisine, après-midi : il faut quelqu'un qui sait faire (Cuisine)." in problems
    assert "Cuisine, après-midi : Loïc n'est pas là ce après-midi." in problems
    assert "Accueil, après-midi : Paul n'est pas en mode sur place." in problems
    assert any("Émilie est sur deux tâches" in p for p in problems)


def test_day_with_nobody_is_an_empty_rota(club: Club) -> None:
    club.tasks.create(name="Accueil")
    rota, _ = club.rota.suggest(DAY)
    assert rota.assignments == () and rota.unstaffed
    assert all("membre" in u.reason for u in rota.unstaffed)


def test_rota_pdf_one_landscape_page_with_every_name(tmp_path: Path) -> None:
    rows = [RotaRow("Accueil", ["Émilie", "Loïc"], ["Zoé", "Hervé"]),
            RotaRow("Standard téléphonique", ["Anne-Sophie", "Jean-Édouard"], []),
            RotaRow("Cuisine", [], ["Chloé", "Œuvray"])]
    path = write_rota_pdf(tmp_path / "rota.pdf", DAY, rows, "Club Le Phare")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    text = reader.pages[0].extract_text()
    for word in ("Planning du lundi 23 novembre 2026", "Accueil", "Émilie", "Jean-Édouard",
                 "Œuvray", "Après-midi", "Standard"):
        assert word in text


def test_rota_pdf_tells_not_running_from_nobody(tmp_path: Path) -> None:
    rows = [RotaRow("Accueil", ["Loïc + Camille", "Zoé + Hugo (salarié)"], []),
            RotaRow("Cuisine", [], ["Inès + Paul"], morning_runs=False)]
    reader = PdfReader(write_rota_pdf(tmp_path / "rota.pdf", DAY, rows))
    lines = [" ".join(line.split()) for line in reader.pages[0].extract_text().splitlines()]
    text = "\n".join(lines)
    assert "—" not in text
    assert text.count("pas ce jour-là") == 1 and text.count("personne") == 1
    accueil = text[text.index("Accueil"):text.index("Cuisine")]
    cuisine = text[text.index("Cuisine"):]
    assert "personne" in accueil and "pas ce jour-là" not in accueil  # nobody this afternoon
    assert "pas ce jour-là" in cuisine and "personne" not in cuisine  # no kitchen mornings
    assert "Loïc + Camille" in lines and "Zoé + Hugo (salarié)" in lines  # one binôme a line


def test_rota_pdf_stays_on_one_page_with_many_tasks(tmp_path: Path) -> None:
    rows = [RotaRow(f"Tâche numéro {n}", [f"Personne{n}a + Personne{n}b + Jean-Édouard"],
                    [f"Personne{n}c + Marie-Thérèse"]) for n in range(25)]
    path = write_rota_pdf(tmp_path / "rota.pdf", DAY, rows)
    assert len(PdfReader(path).pages) == 1
