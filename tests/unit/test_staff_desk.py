"""Follow-ups, professional paths, emploi accompagné and partners: service rules and roles."""

from __future__ import annotations

from datetime import date

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError, ValidationError

TODAY = date(2026, 11, 23)


@pytest.fixture
def desk(club: Club):
    member = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                                 today=TODAY)
    staff = club.staff.create("Hervé", "Meunier")
    other = club.staff.create("Léa", "Martin")
    firm = club.partners.create("Boulangerie Au Bon Pain", "firm", city="Caen")
    return club, member.id, staff.id, other.id, firm.id


def test_followup_rules(desk) -> None:
    club, mid, sid, _other, pid = desk
    with pytest.raises(ValidationError) as err:
        club.followups.add(mid, date(2026, 11, 20), "interview", next_step="Rappeler",
                           due_on=date(2026, 11, 19), today=TODAY)
    assert err.value.field == "due_on"
    with pytest.raises(ValidationError) as err:
        club.followups.add(mid, date(2026, 11, 24), "interview", today=TODAY)
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        club.followups.add(mid, date(2026, 11, 20), "séance", today=TODAY)
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        club.followups.add(mid, date(2026, 11, 20), "interview", due_on=TODAY, today=TODAY)
    assert err.value.field == "next_step"
    assert club.followups.for_member(mid) == []
    f = club.followups.add(mid, date(2026, 11, 20), "employer_contact", staff_id=sid,
                           partner_id=pid, note="Appel", today=TODAY)
    club.followups.mark_read_with_member(f.id, date(2026, 11, 21))
    assert club.followups.get(f.id).read_with_member_on == date(2026, 11, 21)
    with pytest.raises(ValidationError):
        club.followups.mark_read_with_member(f.id, date(2026, 11, 1))


def test_next_steps_overdue_first_and_done(desk) -> None:
    club, mid, sid, other, _pid = desk
    late = club.followups.add(mid, date(2026, 11, 2), "job_search", staff_id=sid,
                              next_step="Envoyer le CV", due_on=date(2026, 11, 10), today=TODAY)
    soon = club.followups.add(mid, date(2026, 11, 20), "interview", staff_id=other,
                              next_step="Préparer l'entretien", due_on=date(2026, 11, 26),
                              today=TODAY)
    club.followups.add(mid, date(2026, 11, 20), "interview", staff_id=sid,
                       next_step="Bilan", due_on=date(2026, 12, 20), today=TODAY)  # too far
    due = club.followups.due(TODAY)
    assert [(d.followup_id, d.overdue) for d in due] == [(late.id, True), (soon.id, False)]
    assert [d.followup_id for d in club.followups.due(TODAY, staff_id=sid)] == [late.id]
    club.followups.mark_done(late.id, TODAY)
    assert [d.followup_id for d in club.followups.due(TODAY)] == [soon.id]


def test_caseload_is_decided_by_the_last_followup(desk) -> None:
    club, mid, sid, other, _pid = desk
    second = club.members.create("Loïc", joined_on=date(2025, 1, 6), today=TODAY)
    club.followups.add(mid, date(2026, 10, 1), "interview", staff_id=other, today=TODAY)
    club.followups.add(mid, date(2026, 11, 1), "interview", staff_id=sid, today=TODAY)
    club.followups.add(second.id, date(2026, 11, 1), "interview", staff_id=sid, today=TODAY)
    club.followups.add(second.id, date(2026, 11, 5), "interview", staff_id=other, today=TODAY)
    assert [r.member_id for r in club.followups.caseload(sid)] == [mid]
    assert [r.member_id for r in club.followups.caseload(other)] == [second.id]


def test_timeline_mixes_attendance_followups_and_path(desk) -> None:
    club, mid, sid, _other, pid = desk
    club.attendance.check_in(mid, date(2026, 11, 2), "am")
    club.followups.add(mid, date(2026, 11, 3), "interview", note="Point", today=TODAY)
    club.paths.add_step(mid, "internship", date(2026, 11, 4), date(2026, 11, 18),
                        partner_id=pid)
    kinds = [(e.day, e.kind) for e in club.followups.timeline(mid)]
    assert kinds == [(date(2026, 11, 18), "path_end"), (date(2026, 11, 4), "path_start"),
                     (date(2026, 11, 3), "followup"), (date(2026, 11, 2), "attendance")]


def test_path_rules_and_transitional_cover(desk) -> None:
    club, mid, _sid, _other, pid = desk
    with pytest.raises(ValidationError) as err:
        club.paths.add_step(mid, "employment", date(2026, 1, 5))
    assert err.value.field == "category"
    with pytest.raises(ValidationError) as err:
        club.paths.add_step(mid, "internship", date(2026, 3, 1), date(2026, 2, 1))
    assert err.value.field == "ended_on"
    with pytest.raises(ValidationError):
        club.paths.add_step(mid, "volunteering", date(2026, 3, 1), category="supported")
    assert club.paths.steps(mid) == []
    job = club.paths.add_step(mid, "employment", date(2026, 1, 5), category="transitional",
                              contract="cdd", partner_id=pid, hours_per_week=15)
    club.paths.add_cover(job.id, date(2026, 2, 3), "Loïc")
    assert [c.covered_by for c in club.paths.covers(job.id)] == ["Loïc"]
    with pytest.raises(ValidationError) as err:
        club.paths.add_cover(job.id, date(2025, 2, 3), "Loïc")
    assert err.value.field == "date"
    other = club.paths.add_step(mid, "employment", date(2026, 6, 1), category="independent")
    with pytest.raises(ValidationError, match="transition"):
        club.paths.add_cover(other.id, date(2026, 6, 3), "Loïc")


def test_supported_employment_needs_rqth_and_says_so(desk) -> None:
    club, mid, *_ = desk
    with pytest.raises(ValidationError, match="RQTH") as err:
        club.paths.set_module(mid, "evaluation", date(2026, 1, 5))
    assert err.value.field == "rqth"
    club.members.update(mid, rqth="yes")
    club.paths.set_module(mid, "evaluation", date(2026, 1, 5), date(2026, 2, 5))
    club.paths.set_module(mid, "project", date(2026, 2, 6))
    assert [m.module for m in club.paths.modules(mid)] == ["evaluation", "project"]


def test_partner_rules(desk) -> None:
    club, mid, _sid, _other, pid = desk
    with pytest.raises(ValidationError) as err:
        club.partners.add_contact(pid, "Mme Lenoir", email="pas-un-mail")
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        club.partners.add_contact(pid, "Mme Lenoir", phone="douze")
    assert err.value.field == "phone"
    club.partners.add_contact(pid, "Mme Lenoir", role="gérante", phone="02 31 00 00 00")
    with pytest.raises(ValidationError) as err:
        club.partners.add_partnership(pid, "Convention", date(2026, 5, 1), date(2026, 4, 1))
    assert err.value.field == "ended_on"
    club.partners.add_partnership(pid, "Convention", date(2026, 1, 1), agreement_signed=True,
                                  agreement_signed_on=date(2026, 1, 15))
    club.partners.add_interaction(pid, date(2026, 3, 1), "visit", member_ids=(mid,))
    hosted = club.partners.hosted_members(pid)
    assert [(h.member_id, h.how) for h in hosted] == [(mid, "visit")]
    with pytest.raises(ValidationError):
        club.partners.create("", "firm")
    with pytest.raises(ValidationError):
        club.partners.create("X", "bakery")


def test_partner_cited_cannot_be_deleted(desk) -> None:
    club, mid, _sid, _other, pid = desk
    club.followups.add(mid, date(2026, 11, 20), "employer_contact", partner_id=pid, today=TODAY)
    club.paths.add_step(mid, "internship", date(2026, 1, 5), partner_id=pid)
    with pytest.raises(ClubdeskError, match="2 suivi"):
        club.partners.delete(pid)
    club.partners.set_archived(pid)
    assert club.partners.list_partners() == []
    assert len(club.partners.list_partners(include_archived=True)) == 1
    unused = club.partners.create("Mairie", "local_authority")
    club.partners.delete(unused.id)
    assert [p.id for p in club.partners.list_partners(include_archived=True)] == [pid]


def test_reception_role_is_refused_staff_data(desk, db_path) -> None:
    club, mid, sid, _other, pid = desk
    f = club.followups.add(mid, date(2026, 11, 20), "interview", note="Confidentiel",
                           today=TODAY)
    step = club.paths.add_step(mid, "internship", date(2026, 1, 5), partner_id=pid)
    reception = Club(club.db, Actor("Léa", "accueil"))
    calls = [
        lambda: reception.followups.for_member(mid),
        lambda: reception.followups.get(f.id),
        lambda: reception.followups.timeline(mid),
        lambda: reception.followups.due(TODAY),
        lambda: reception.followups.caseload(sid),
        lambda: reception.followups.add(mid, TODAY, "interview", today=TODAY),
        lambda: reception.paths.steps(mid),
        lambda: reception.paths.covers(step.id),
        lambda: reception.paths.modules(mid),
        lambda: reception.paths.add_step(mid, "training", TODAY),
        lambda: reception.partners.hosted_members(pid),
        lambda: reception.partners.create("X", "firm"),
    ]
    for call in calls:
        with pytest.raises(AccessDenied, match="accueil"):
            call()
    # what reception may do: the partner directory
    assert [p.id for p in reception.partners.list_partners()] == [pid]
    staff_club = Club(club.db, Actor("Hervé", "equipe"))
    assert [x.id for x in staff_club.followups.for_member(mid)] == [f.id]


def test_cli_partner_categories_match_the_model() -> None:
    from clubdesk.cli import PARTNER_CATEGORY_CHOICES
    from clubdesk.model.tables import PARTNER_CATEGORIES

    assert PARTNER_CATEGORY_CHOICES == PARTNER_CATEGORIES


def test_a_note_longer_than_5000_characters_is_refused(desk) -> None:
    club, mid, *_ = desk
    with pytest.raises(ValidationError) as err:
        club.followups.add(mid, date(2026, 11, 20), "interview", note="x" * 5001, today=TODAY)
    assert err.value.field == "note"
    club.followups.add(mid, date(2026, 11, 20), "interview", note="x" * 5000, today=TODAY)
