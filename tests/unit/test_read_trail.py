"""Every read of a member's staff-only data is recorded in the core (issue 16, item 8).

The core records, so the command line and the window both leave the entry: who, when, the
record type and the ids, never the content. One entry per call, listing the members' numbers
(« member 3,5,9 »; split over several entries in one transaction when the list is longer than
an entry holds); a call that read nothing records nothing.

A fitness test walks every public read of the services that returns staff-only data and
asserts that the trail grows and names what was read; another one fails when a service
gains a method returning one of those types without being walked here.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.tables import (
    AuditEntry,
    Followup,
    Partner,
    PartnerInteraction,
    ReachOut,
    TransitionalCover,
)

TODAY = date(2026, 11, 23)
DIRECTION = Actor("direction", "direction", user_id=3)
SCRIPT = Path(sys.executable).with_name("clubdesk")

# The types that carry staff-only data about members (follow-ups, paths, partner notes,
# leave reasons, reach-out notes, profiles, timelines, next steps, the member record).
STAFF_TYPES = ("Followup", "PathStep", "TransitionalCover", "SupportedEmployment",
               "PartnerInteraction", "HostedMember", "MembershipPeriod", "ReachOut",
               "Profile", "DueStep", "CaseloadRow", "TimelineEntry", "Member")


@pytest.fixture
def demo(demo_target: str) -> Iterator[Club]:
    """The small demo club, with a partner interaction about a member (a staff note) and a
    transitional job with a cover, which the small demo does not have."""
    club = Club.open(demo_target, DIRECTION)
    member = first(club, Followup.member_id)
    partner = first(club, Partner.id)
    club.partners.add_interaction(partner, TODAY, "visit", note="Note d'équipe sur le membre",
                                  member_ids=(member,))
    step = club.paths.add_step(member, "employment", date(2026, 9, 1), partner_id=partner,
                               category="transitional", title="Emploi de transition")
    club.paths.add_cover(step.id, date(2026, 11, 2), "Une autre membre")
    yield club
    club.close()


def first(club: Club, column: Any, *where: Any) -> int:
    with club.db.session(write=False) as session:
        value = session.scalar(select(column).where(*where).limit(1))
    assert value is not None
    return int(value)


def ids(club: Club) -> dict[str, int]:
    member = first(club, Followup.member_id)
    return {"member": member, "followup": first(club, Followup.id),
            "staff": first(club, Followup.staff_id, Followup.staff_id.is_not(None)),
            "partner": first(club, PartnerInteraction.partner_id),
            "step": first(club, TransitionalCover.path_step_id),
            "reached": first(club, ReachOut.member_id)}


# name -> (call, record type expected, what the record id names)
READS: dict[str, tuple[Callable[[Club, dict[str, int]], Any], str, Callable[[dict], str]]] = {
    "MemberService.get": (lambda c, i: c.members.get(i["member"]), "member",
                          lambda i: str(i["member"])),
    "MemberService.periods": (lambda c, i: c.members.periods(i["member"]), "membership_period",
                              lambda i: f"member {i['member']}"),
    "ProfileService.get": (lambda c, i: c.profiles.get(i["member"]), "member_profile",
                           lambda i: f"member {i['member']}"),
    "ReachOutService.history": (lambda c, i: c.reach_out.history(i["reached"]), "reach_out",
                                lambda i: f"member {i['reached']}"),
    "FollowupService.get": (lambda c, i: c.followups.get(i["followup"]), "followup",
                            lambda i: str(i["followup"])),
    "FollowupService.for_member": (lambda c, i: c.followups.for_member(i["member"]),
                                   "followup", lambda i: f"member {i['member']}"),
    "FollowupService.due": (lambda c, i: c.followups.due(TODAY, days=60), "followup",
                            lambda i: "member "),
    "FollowupService.caseload": (lambda c, i: c.followups.caseload(i["staff"]), "followup",
                                 lambda i: "member "),
    "FollowupService.timeline": (lambda c, i: c.followups.timeline(i["member"]), "timeline",
                                 lambda i: f"member {i['member']}"),
    "PathService.steps": (lambda c, i: c.paths.steps(i["member"]), "path_step",
                          lambda i: f"member {i['member']}"),
    "PathService.covers": (lambda c, i: c.paths.covers(i["step"]), "transitional_cover",
                           lambda i: f"step {i['step']}"),
    "PathService.modules": (lambda c, i: c.paths.modules(i["member"]), "supported_employment",
                            lambda i: f"member {i['member']}"),
    "PartnerService.interactions": (lambda c, i: c.partners.interactions(i["partner"]),
                                    "partner_interaction", lambda i: f"partner {i['partner']}"),
    "PartnerService.hosted_members": (lambda c, i: c.partners.hosted_members(i["partner"]),
                                      "path_step", lambda i: f"partner {i['partner']}"),
}
# Reads returning one of STAFF_TYPES that need no entry, and why.
NOT_RECORDED = {
    "MemberService.create": "a write (recorded as such)",
    "MemberService.update": "a write (recorded as such)",
    "MemberService.resolve": "a name to a number: no staff-only field",
    "FollowupService.add": "a write (recorded as such)",
    "PathService.add_step": "a write (recorded as such)",
    "PathService.add_cover": "a write (recorded as such)",
    "PathService.set_module": "a write (recorded as such)",
    "PartnerService.add_interaction": "a write (recorded as such)",
    "ReachOutService.record": "a write (recorded as such)",
    "MemberService.add_period": "a write (recorded as such)",
    "MemberService.leave": "a write (recorded as such)",
}


def trail_after(club: Club, seq: int) -> list[AuditEntry]:
    with club.db.session(write=False) as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.seq > seq)
                                    .order_by(AuditEntry.seq)))


def newest(club: Club) -> int:
    with club.db.session(write=False) as session:
        return int(session.scalar(select(func.coalesce(func.max(AuditEntry.seq), 0))))


@pytest.mark.parametrize("name", sorted(READS))
def test_every_staff_only_read_is_recorded(demo: Club, name: str) -> None:
    call, record_type, names = READS[name]
    known = ids(demo)
    before = newest(demo)
    result = call(demo, known)
    assert result or result == [] and name == "PathService.modules"
    entries = trail_after(demo, before)
    assert entries, f"{name} left no entry in the trail"
    assert {(e.action, e.record_type, e.username) for e in entries} == {
        ("read", record_type, DIRECTION.name)}
    assert all(names(known) in e.record_id for e in entries)


def test_the_walk_covers_every_read_of_staff_only_data() -> None:
    from clubdesk.model import career_paths, followups, member_profile, members, partners, reach_out

    found = set()
    for module in (followups, member_profile, members, partners, career_paths, reach_out):
        for cls_name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls_name.endswith("Service")
                    and cls.__module__ == module.__name__):
                continue
            for meth_name, meth in vars(cls).items():
                if meth_name.startswith("_") or not inspect.isfunction(meth):
                    continue
                returned = str(inspect.signature(meth).return_annotation)
                if any(t in returned.replace("[", " ").replace("]", " ").replace("|", " ")
                       .split() for t in STAFF_TYPES):
                    found.add(f"{cls_name}.{meth_name}")
    unwalked = found - set(READS) - set(NOT_RECORDED)
    assert unwalked == set(), f"reads of staff-only data not walked: {sorted(unwalked)}"


def test_a_long_list_of_members_is_split_never_cut(demo: Club) -> None:
    from clubdesk.model.audit.trail import record_members

    before = newest(demo)
    record_members(demo.db, demo.actor, "followup", range(1000, 1100))
    entries = trail_after(demo, before)
    assert len(entries) > 1 and all(len(e.record_id) <= 200 for e in entries)
    listed = [int(x) for e in entries for x in e.record_id.removeprefix("member ").split(",")]
    assert listed == list(range(1000, 1100))
    before = newest(demo)
    record_members(demo.db, demo.actor, "followup", [])
    assert trail_after(demo, before) == []


def test_the_reads_never_write_the_content(demo: Club) -> None:
    known = ids(demo)
    before = newest(demo)
    notes = [f.note for f in demo.followups.for_member(known["member"]) if f.note]
    steps = [s.next_step for s in demo.followups.due(TODAY, days=60) if s.next_step]
    for call, _type, _names in READS.values():
        call(demo, known)
    text = " ".join(f"{e.record_type} {e.record_id}" for e in trail_after(demo, before))
    assert notes and steps
    assert not any(n in text for n in notes + steps)


def test_followups_due_on_the_command_line_is_recorded(demo: Club) -> None:
    """The attack of the issue: `followups due --json` left only a `login` entry."""
    before = newest(demo)
    env = {**os.environ, "CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    done = subprocess.run([str(SCRIPT), "followups", "due", "--json", "--days", "60",
                           "--db", demo.db.url if demo.db.path is None else str(demo.db.path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    members = {row["member_id"] for row in json.loads(done.stdout)}
    assert members
    entries = [e for e in trail_after(demo, before) if e.action == "read"]
    assert [(e.username, e.record_type) for e in entries] == [("direction", "followup")]
    listed = {int(x) for x in entries[0].record_id.removeprefix("member ").split(",")}
    assert listed == members


def test_covers_of_a_transitional_job_are_recorded(demo: Club) -> None:
    step = first(demo, TransitionalCover.path_step_id)
    before = newest(demo)
    assert demo.paths.covers(step)
    (entry,) = trail_after(demo, before)
    assert (entry.record_type, entry.record_id) == ("transitional_cover", f"step {step}")
