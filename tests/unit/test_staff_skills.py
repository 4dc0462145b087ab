"""Staff skills (issue #18, item 3): recorded like the members', read by the rota, carried by
the exchange format. The kitchen is held by a staff member who can teach it and a member who
discovers it, on a day when nobody else knows it (a real CP-SAT run)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, DatabaseError, NotFoundError, ValidationError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.exchange.importer import ImportFailed
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota.day import member_key, staff_key, task_key
from clubdesk.model.staff import StaffService
from clubdesk.model.tables import AuditEntry, StaffSkill
from clubdesk.model.topics import TABLE_TOPICS, Topic

DAY = date(2026, 11, 23)  # a Monday


def _staff(club: Club, name: str) -> int:
    person = club.staff.create(name)
    assert person.id is not None
    club.staff.add_period(person.id, date(2025, 1, 1), fte=1)
    return person.id


def test_set_and_list_a_staff_members_skills(club: Club) -> None:
    herve = _staff(club, "Hervé")
    cuisine = club.tasks.create(name="Cuisine", skill="Cuisine")
    accueil = club.tasks.create(name="Accueil")
    assert club.staff.skills(herve) == {}
    now = club.staff.set_skills(herve, {cuisine.id: "can_teach", accueil.id: "practising"})
    assert now == {cuisine.id: "can_teach", accueil.id: "practising"}
    # a task not given keeps its level; None removes one
    club.staff.set_skills(herve, {accueil.id: None})
    club.staff.set_skills(herve, {cuisine.id: "practising"})
    assert club.staff.skills(herve) == {cuisine.id: "practising"}
    with club.db.session(write=False) as session:
        trail = {(e.action, e.record_type) for e in session.scalars(
            select(AuditEntry).where(col(AuditEntry.record_type) == "staff_skill"))}
    assert trail == {("create", "staff_skill"), ("delete", "staff_skill"),
                     ("update", "staff_skill")}
    assert TABLE_TOPICS["staff_skill"] == frozenset({Topic.STAFF})


def test_refusals_in_words_write_nothing(club: Club) -> None:
    herve = _staff(club, "Hervé")
    cuisine = club.tasks.create(name="Cuisine", skill="Cuisine")
    club.staff.set_skills(herve, {cuisine.id: "discovering"})
    with pytest.raises(ValidationError, match="Niveau inconnu « expert » pour la tâche "
                                              "« Cuisine »"):
        club.staff.set_skills(herve, {cuisine.id: "expert"})
    with pytest.raises(NotFoundError, match="Aucune tâche n'a le numéro 999"):
        # the good level before the unknown task is not written either
        club.staff.set_skills(herve, {cuisine.id: "can_teach", 999: "practising"})
    with pytest.raises(NotFoundError, match="Aucun salarié n'a le numéro 555"):
        club.staff.set_skills(555, {cuisine.id: "can_teach"})
    with pytest.raises(NotFoundError, match="Aucun salarié n'a le numéro 555"):
        club.staff.skills(555)
    reception = StaffService(club.db, Actor("accueil1", "accueil"))
    with pytest.raises(AccessDenied):
        reception.set_skills(herve, {cuisine.id: "can_teach"})
    assert reception.skills(herve) == {cuisine.id: "discovering"}  # the rota reads them
    assert club.staff.skills(herve) == {cuisine.id: "discovering"}


def test_one_level_per_staff_member_and_task(club: Club) -> None:
    herve = _staff(club, "Hervé")
    cuisine = club.tasks.create(name="Cuisine", skill="Cuisine")
    club.staff.set_skills(herve, {cuisine.id: "can_teach"})
    with pytest.raises(DatabaseError), club.db.session(actor=club.actor) as session:
        session.add(StaffSkill(staff_id=herve, task_id=cuisine.id, level="can_teach"))
        session.flush()  # one level per staff member and task


@pytest.fixture
def kitchen_day(club: Club):
    """Monday: the kitchen needs someone who knows it; no member does. Émilie wishes to
    discover it; Hervé (staff) cooks; Nadia (staff) knows nothing of it."""
    cuisine = club.tasks.create(name="Cuisine", skill="Cuisine", min_people=2, max_people=3,
                                priority=5, half_days="am")
    accueil = club.tasks.create(name="Accueil", min_people=2, max_people=2, priority=3,
                                half_days="am")
    emilie = club.members.create("Émilie", joined_on=date(2025, 1, 6), today=DAY)
    loic = club.members.create("Loïc", joined_on=date(2025, 1, 6), today=DAY)
    club.attendance.check_in(emilie.id, DAY, "am")
    club.attendance.check_in(loic.id, DAY, "am")
    club.profiles.save(emilie.id, Profile(skills={"cuisine": "discovering"},
                                          likes={cuisine.id}))
    herve = _staff(club, "Hervé")
    nadia = _staff(club, "Nadia")
    return club, cuisine.id, accueil.id, emilie.id, loic.id, herve, nadia


def test_the_instance_reads_staff_skills_under_the_tasks_skill(kitchen_day) -> None:
    club, cuisine, accueil, _emilie, _loic, herve, nadia = kitchen_day
    club.staff.set_skills(herve, {cuisine: "can_teach", accueil: "can_teach"})
    instance, _names = club.rota.build_instance(DAY)
    people = {p.id: p for p in instance.people}
    # Accueil needs no skill: nothing to name it by; Cuisine's skill is « Cuisine »
    assert dict(people[staff_key(herve)].skills) == {"Cuisine": "can_teach"}
    assert dict(people[staff_key(nadia)].skills) == {}


def test_the_kitchen_is_held_by_a_staff_cook_with_a_member_discovering_it(kitchen_day) -> None:
    club, cuisine, accueil, emilie, loic, herve, nadia = kitchen_day
    before, _ = club.rota.suggest(DAY)
    assert before.status == "optimal"
    assert [u.task for u in before.unstaffed] == [task_key(cuisine)]
    assert "personne ne sait le faire" in before.unstaffed[0].reason

    club.staff.set_skills(herve, {cuisine: "can_teach"})
    rota, _ = club.rota.suggest(DAY)
    assert rota.status == "optimal" and rota.unstaffed == ()
    teams = {a.task: set(a.people) for a in rota.assignments}
    assert teams[task_key(cuisine)] == {member_key(emilie), staff_key(herve)}
    assert teams[task_key(accueil)] == {member_key(loic), staff_key(nadia)}
    assert [u for u in rota.unassigned if u.half_day == "am"] == []  # nobody left aside


def test_staff_skills_round_trip_through_the_exchange_format(tmp_path: Path,
                                                             club: Club) -> None:
    herve = _staff(club, "Hervé")
    cuisine = club.tasks.create(name="Cuisine", skill="Cuisine")
    accueil = club.tasks.create(name="Accueil")
    club.staff.set_skills(herve, {cuisine.id: "can_teach", accueil.id: "discovering"})
    export_club(club.db, club.actor, tmp_path / "one")
    written = (tmp_path / "one" / "staff_skills.csv").read_text(encoding="utf-8")
    assert written == (f"staff_id,task_id,level\n{herve},{cuisine.id},can_teach\n"
                       f"{herve},{accueil.id},discovering\n")
    other = Club.open(str(tmp_path / "other.sqlite3"))
    try:
        report = import_club(other.db, other.actor, tmp_path / "one")
        assert report.created["staff_skills.csv"] == 2
        assert other.staff.skills(herve) == {cuisine.id: "can_teach",
                                             accueil.id: "discovering"}
        export_club(other.db, other.actor, tmp_path / "two")
        assert (tmp_path / "two" / "staff_skills.csv").read_text(encoding="utf-8") == written
        # merging the same file again adds nothing; another level for the same pair is refused
        again = import_club(other.db, other.actor, tmp_path / "one", merge=True)
        assert again.skipped["staff_skills.csv"] == 2
        (tmp_path / "one" / "staff_skills.csv").write_text(
            f"salarié;tâche;niveau\n{herve};{cuisine.id};Pratique\n", encoding="utf-8")
        with pytest.raises(ImportFailed) as failed:
            import_club(other.db, other.actor, tmp_path / "one", merge=True)
        assert failed.value.errors == [
            "staff_skills.csv:2: task_id: ce salarié a déjà un niveau pour cette tâche."]
        assert other.staff.skills(herve)[cuisine.id] == "can_teach"
    finally:
        other.close()


def test_the_same_pair_twice_in_one_file_is_refused(tmp_path: Path, club: Club) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "staff.csv").write_text("staff_id,first_name\nS1,Hervé\n", encoding="utf-8")
    (folder / "tasks.csv").write_text("task_id,name,skill\nT1,Cuisine,Cuisine\n",
                                      encoding="utf-8")
    (folder / "members.csv").write_text("member_id,first_name\nM1,Émilie\n", encoding="utf-8")
    (folder / "staff_skills.csv").write_text(
        "staff_id,task_id,level\nS1,T1,can_teach\nS1,T1,peut apprendre aux autres\n"
        "S1,T1,expert\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_club(club.db, club.actor, folder)
    text = "\n".join(failed.value.errors)
    assert "staff_skills.csv:3: task_id: ce salarié a déjà un niveau pour cette tâche" in text
    assert "staff_skills.csv:4: level: « expert » n'est pas une valeur permise" in text
    assert club.staff.list_staff() == []  # nothing written


def test_the_demo_staff_know_a_few_tasks(demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        tasks = {t.id: t.name for t in club.tasks.list_tasks()}
        known = {row.id: {tasks[t]: level for t, level in club.staff.skills(row.id).items()}
                 for row in club.staff.list_staff()}
        assert any(skills.get("Cuisine") == "can_teach" for skills in known.values())
        assert all(known.values())
    finally:
        club.close()
