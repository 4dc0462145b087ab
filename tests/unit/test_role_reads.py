"""Every public read of every service, as each role, on the demo club: reception never gets a
staff-only column's value back (issue 16, item 7).

The services are discovered from ``Club``; each public method is either a read (walked here
with its arguments from ``READS``) or a write (``WRITES``): a new method in neither fails
the test until it is classified. Staff-only columns come from one definition
(clubdesk.model.access.STAFF_ONLY_COLUMNS); the test first writes a marked value into each
of them, so that finding one in what a read returns is certain, not a guess.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from clubdesk.export.annual_report import freeze_report
from clubdesk.model.access import STAFF_ONLY_COLUMNS, STAFF_ONLY_TABLES, Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied

TODAY = date(2026, 11, 23)
MARK = "ZZSECRET"

Args = tuple[tuple[Any, ...], dict[str, Any]]


def call(*args: Any, **kwargs: Any) -> Args:
    return args, kwargs


# Each read's arguments, from the context ``c`` built on the demo club (ids of the rows that
# hold the marked staff-only values).
READS: dict[str, Callable[[dict[str, Any]], Args]] = {
    "members.count": lambda c: call(),
    "members.get": lambda c: call(c["member"]),
    "members.list_members": lambda c: call("all"),
    "members.periods": lambda c: call(c["member"]),
    "members.possible_duplicates": lambda c: call(c["first_name"], c["last_name"]),
    "members.resolve": lambda c: call(str(c["member"])),
    "members.row": lambda c: call(c["member"]),
    "members.search": lambda c: call(c["first_name"]),
    "members.status": lambda c: call(c["member"]),
    "charter.current_version": lambda c: call(),
    "charter.signatures": lambda c: call(c["member"]),
    "charter.unsigned": lambda c: call(),
    "staff.fte_on": lambda c: call(TODAY),
    "staff.list_staff": lambda c: call(),
    "staff.skills": lambda c: call(c["staff"]),
    "staff.get": lambda c: call(c["staff"]),
    "staff.periods": lambda c: call(c["staff"]),
    "staff.resolve": lambda c: call(str(c["staff"])),
    "staff.staff_of_account": lambda c: call(None),
    "attendance.active_members": lambda c: call(2026, 11),
    "attendance.count": lambda c: call(),
    "attendance.glance": lambda c: call(TODAY),
    "attendance.present": lambda c: call(TODAY),
    "attendance.present_for_member": lambda c: call(c["member"]),
    "profiles.get": lambda c: call(c["member"]),
    "reach_out.due": lambda c: call(TODAY, 0),
    "reach_out.history": lambda c: call(c["member"]),
    "settings.get_int": lambda c: call("reach_out_days"),
    "settings.get_text": lambda c: call("backup_second_folder"),
    "tasks.get": lambda c: call(c["task"]),
    "tasks.list_tasks": lambda c: call(include_archived=True),
    "rota.build_instance": lambda c: call(TODAY),
    "rota.plan": lambda c: call(TODAY),
    "rota.suggest": lambda c: call(TODAY, time_limit_s=1.0),
    "partners.contacts": lambda c: call(c["partner"]),
    "partners.get": lambda c: call(c["partner"]),
    "partners.hosted_members": lambda c: call(c["partner"]),
    "partners.interactions": lambda c: call(c["partner"]),
    "partners.list_partners": lambda c: call(include_archived=True),
    "partners.partnerships": lambda c: call(),
    "followups.caseload": lambda c: call(c["staff"]),
    "followups.due": lambda c: call(TODAY, days=3650),
    "followups.for_member": lambda c: call(c["member"]),
    "followups.get": lambda c: call(c["followup"]),
    "followups.timeline": lambda c: call(c["member"]),
    "paths.covers": lambda c: call(c["step"]),
    "paths.modules": lambda c: call(c["member"]),
    "paths.steps": lambda c: call(c["member"]),
    "workshops.attendees": lambda c: call(c["workshop"]),
    "workshops.get": lambda c: call(c["workshop"]),
    "workshops.planned": lambda c: call(TODAY),
    "workshops.sessions": lambda c: call(2026),
    "volunteers.volunteers": lambda c: call(),
    "volunteers.active_during": lambda c: call(TODAY, TODAY),
    "volunteers.sponsorship": lambda c: call(),
    "admissions.applications": lambda c: call(),
    "admissions.waiting_list": lambda c: call(),
    "admissions.get": lambda c: call(c["application"]),
    "admissions.events": lambda c: call(c["application"]),
    "admissions.commissions": lambda c: call(),
    "admissions.agenda": lambda c: call(c["commission"]),
    "admissions.partners": lambda c: call(),
    "contracts.periods": lambda c: call(c["member"]),
    "contracts.ending_within": lambda c: call(3660, TODAY),
    "contracts.exit_plan": lambda c: call(c["member"]),
    "contracts.exit_contacts": lambda c: call(c["member"]),
    "contracts.month_totals": lambda c: call(2026),
    "contracts.month_costs": lambda c: call(c["member"], 2026, 11),
    "structure.activities": lambda c: call(2026),
    "structure.funding": lambda c: call(2026),
    "structure.governance": lambda c: call(),
    "structure.info": lambda c: call(),
    "structure.opening_hours": lambda c: call(),
    "structure.surveys": lambda c: call(),
    "structure.in_force": lambda c: call(TODAY),
    "structure.changes_during": lambda c: call(2026),
    "structure.versions": lambda c: call(),
    "structure.documents": lambda c: call(),
    "structure.document_content": lambda c: call(c["document"]),
    "indicators.compute": lambda c: call(2026),
    "indicators.reminder": lambda c: call(date(2027, 1, 10)),
    "sent_reports.sent": lambda c: call(2025),
    "sent_reports.changed_since_sent": lambda c: call(2025),
    "sent_reports.files": lambda c: call(2025),
    "dashboard.active": lambda c: call(TODAY),
    "dashboard.flows": lambda c: call(TODAY),
    "dashboard.overview": lambda c: call(TODAY),
    "dashboard.presence": lambda c: call(TODAY),
    "dashboard.steps": lambda c: call(TODAY),
    "users.list_users": lambda c: call(),
    "audit.entries": lambda c: call(),
    "audit.verify": lambda c: call(),
    "retention.to_anonymise": lambda c: call(TODAY),
    "retention.to_archive": lambda c: call(TODAY),
    "backups.backups": lambda c: call(),
    "backups.check_backup": lambda c: call(c["backup"]),
    "backups.identity": lambda c: call(),
    "backups.own_files": lambda c: call(),
    "backups.second_folder": lambda c: call(),
    "backups.status": lambda c: call(),
    "outings.calendar": lambda c: call(TODAY, TODAY),
    "outings.done_in": lambda c: call(2026),
    "outings.get": lambda c: call(c["outing"]),
    "outings.month": lambda c: call(2026, 11),
    "outings.planned_from": lambda c: call(TODAY),
    "outings.signups": lambda c: call(c["outing"]),
    "objectives.objectives": lambda c: call(c["member"]),
    "objectives.reviews": lambda c: call(c["member"]),
    "objectives.review": lambda c: call(c["review"]),
    "objectives.grid": lambda c: call(c["member"]),
    "objectives.due": lambda c: call(TODAY),
    "objectives.review_months": lambda c: call(),
    "kinds.current": lambda c: call(),
    "kinds.words": lambda c: call(),
    "production.get_order": lambda c: call(c["order"]),
    "production.orders": lambda c: call(),
    "production.clients": lambda c: call(),
    "production.sessions": lambda c: call(2026, 11),
    "production.workshops": lambda c: call(),
    "production.hours_by_person": lambda c: call(2026, 11),
    "production.hours_by_month": lambda c: call(c["member"], 2026),
}

# Public methods that change the club (their audit entries are another test's matter).
WRITES = {
    "members.add_period", "members.create", "members.leave", "members.update",
    "members.merge", "charter.set_current_version", "charter.sign",
    "staff.add_period", "staff.create", "staff.set_skills", "staff.end",
    "staff.link_account", "staff.new_period", "staff.update",
    "attendance.check_in", "attendance.undo",
    "profiles.save",
    "reach_out.record",
    "settings.set_int", "settings.set_text",
    "tasks.archive", "tasks.create", "tasks.delete", "tasks.ensure_defaults", "tasks.restore",
    "tasks.update",
    "rota.save",
    "partners.add_contact", "partners.add_interaction", "partners.add_partnership",
    "partners.create", "partners.delete", "partners.set_archived",
    "followups.add", "followups.mark_done", "followups.mark_read_with_member",
    "paths.add_cover", "paths.add_step", "paths.end_step", "paths.set_module",
    "structure.add_activity", "structure.add_funding", "structure.add_survey",
    "structure.delete_line", "structure.set_body", "structure.set_info",
    "structure.set_opening_hours", "structure.attach_document",
    "workshops.add", "workshops.delete", "workshops.set_attendees", "workshops.update",
    "production.add_order", "production.update_order", "production.set_status",
    "production.add_session", "production.delete_session",
    "sent_reports.freeze",
    "volunteers.add", "volunteers.update", "volunteers.delete", "volunteers.set_sponsorship",
    "admissions.add", "admissions.add_commission", "admissions.decide", "admissions.set_state",
    "contracts.add_exit_contact", "contracts.add_meals", "contracts.add_refund",
    "contracts.delete_cost",
    "contracts.end_early", "contracts.renew", "contracts.set_exit_plan",
    "contracts.start_contract", "contracts.start_trial",
    "users.create", "users.set_disabled", "users.set_password", "users.set_role",
    "users.unlock", "users.reset", "users.recovery", "users.one_time_code",
    "audit.purge",
    "retention.anonymise", "retention.apply", "retention.archive", "retention.erase",
    "backups.make", "backups.restore", "backups.rotate",
    "outings.add", "outings.cancel_signup", "outings.delete", "outings.set_attendance",
    "outings.sign_up", "outings.update",
    "objectives.add", "objectives.close", "objectives.record_review",
    "objectives.set_review_months",
    "kinds.set",
}


def services(club: Club) -> dict[str, Any]:
    """The club's services: its attributes that act for its actor."""
    return {name: value for name, value in club.services().items()
            if getattr(value, "actor", None) is club.actor}


def public_methods(service: Any) -> list[str]:
    return sorted(name for name, _ in inspect.getmembers(type(service), inspect.isfunction)
                  if not name.startswith("_"))


def test_every_public_method_is_classified(demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        found = {f"{s}.{m}" for s, svc in services(club).items() for m in public_methods(svc)}
    finally:
        club.close()
    unclassified = sorted(found - set(READS) - WRITES)
    assert not unclassified, f"add these to READS (with arguments) or WRITES: {unclassified}"
    assert set(READS) <= found, sorted(set(READS) - found)
    assert len(found) > 100


# -- what comes back -------------------------------------------------------------------


def walk(value: Any, seen: set[int] | None = None) -> Iterator[Any]:
    """Every object reachable from ``value`` (dataclasses, models, mappings, sequences)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, str | bytes | int | float | bool | date | Path) or value is None:
        return
    children: Any
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        children = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif isinstance(value, BaseModel):
        children = [v for k, v in vars(value).items() if not k.startswith("_")]
    elif isinstance(value, Mapping):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        children = list(value)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        children = [v for k, v in vars(value).items() if not k.startswith("_")]
    else:
        return
    for child in children:
        yield from walk(child, seen)


def staff_values(value: Any) -> list[str]:
    """The staff-only values found in ``value``: a marked text anywhere, or a staff-only
    column of a table row (RQTH, a code, has no mark) that is not blank."""
    found: list[str] = []
    for item in walk(value):
        if isinstance(item, str) and MARK in item:
            found.append(item)
        table = getattr(item, "__tablename__", None)
        if isinstance(item, BaseModel) and table in STAFF_ONLY_COLUMNS:
            for column in STAFF_ONLY_COLUMNS[table]:
                held = vars(item).get(column)
                if held not in (None, "") and MARK not in str(held):
                    found.append(f"{table}.{column}={held}")
        if isinstance(item, BaseModel) and table in STAFF_ONLY_TABLES:
            found.append(f"a {table} row")
    return found


# -- the club under test -----------------------------------------------------------------


def mark_staff_data(club: Club, tmp_path: Path) -> dict[str, Any]:
    """As the direction, write a marked value into every staff-only column; the ids the
    reads take."""
    row = club.members.list_members("current")[0]
    member = row.id
    club.members.update(member, rqth="yes", referent_partner=f"{MARK} referent",
                        other_peer_places=f"{MARK} GEM")
    club.members.leave(member, TODAY, "personal", today=TODAY)  # a code: never free text
    staff = club.staff.list_staff()[0].id
    partner = club.partners.list_partners()[0].id
    club.partners.add_interaction(partner, TODAY, "visit", note=f"{MARK} interaction note",
                                  member_ids=(member,))
    club.reach_out.record(member, TODAY, "phone", "Camille", f"{MARK} reach-out note",
                          today=TODAY)
    followup = club.followups.add(member, TODAY, "interview", note=f"{MARK} followup note",
                                  staff_id=staff, next_step=f"{MARK} next step",
                                  due_on=TODAY, partner_id=partner, today=TODAY)
    step = club.paths.add_step(member, "employment", TODAY, partner_id=partner,
                               category="transitional", contract="cdd",
                               title=f"{MARK} job title")
    assert step.id is not None
    club.paths.add_cover(step.id, TODAY, f"{MARK} covered by")
    workshop = club.workshops.add("Atelier CV", TODAY, notes=f"{MARK} workshop notes",
                                  attendees=[member], today=TODAY)
    application = club.admissions.add(member, received_on=TODAY, today=TODAY,
                                      notes=f"{MARK} application notes")
    commission = club.admissions.add_commission(TODAY, notes=f"{MARK} commission notes")
    club.admissions.decide(application.id or 0, commission.id or 0, "refused",
                           reason="other", told=True, today=TODAY)
    trial = club.contracts.start_trial(member, date(2026, 10, 1))
    club.contracts.end_early(trial.id, date(2026, 10, 5), f"{MARK} end reason")
    club.contracts.set_exit_plan(member, "definitive", date(2026, 10, 5), "care")
    club.contracts.add_exit_contact(member, TODAY, "phone", f"{MARK} exit note", today=TODAY)
    backup = club.backups.make(tmp_path / "copie.sqlite3")
    freeze_report(club.sent_reports, 2025)  # its reads are the direction's
    document = club.structure.attach_document("lease", TODAY, "bail.pdf", b"%PDF-1.4 bail")
    outing = club.outings.add("Bowling", TODAY, today=TODAY)
    club.outings.sign_up(outing.id, member, today=TODAY)
    goal = club.objectives.add(member, "savoir", f"{MARK} objective", TODAY)
    review = club.objectives.record_review(member, TODAY, {goal.id: "en cours"},
                                           own_words=f"{MARK} words")
    client = club.partners.create("Brasserie", "client")
    order = club.production.add_order(client.id, "Buffet", TODAY, received_on=TODAY,
                                      notes=f"{MARK} order notes")
    club.production.add_session(TODAY, "Infographie", [(member, 2)], order_id=order.id,
                                today=TODAY)
    return {"workshop": workshop.id, "document": document.id, "outing": outing.id,
            "review": review.id, "order": order.id,
            "application": application.id, "commission": commission.id,
            "member": member, "first_name": row.first_name, "last_name": row.last_name,
            "staff": staff, "partner": partner, "followup": followup.id, "step": step.id,
            "task": club.tasks.list_tasks()[0].id, "backup": backup}


def test_every_read_as_every_role(demo_target: str, tmp_path: Path) -> None:
    owner = Club.open(demo_target)
    try:
        context = mark_staff_data(owner, tmp_path)
    finally:
        owner.close()
    seen: dict[str, dict[str, list[str]]] = {}
    refused: dict[str, set[str]] = {}
    for role in ("accueil", "equipe", "direction"):
        club = Club.open(demo_target, Actor(name=f"test-{role}", role=role))
        seen[role], refused[role] = {}, set()
        try:
            svcs = services(club)
            for name, arguments in READS.items():
                service, method = name.split(".")
                args, kwargs = arguments(context)
                try:
                    result = getattr(svcs[service], method)(*args, **kwargs)
                except AccessDenied:
                    refused[role].add(name)
                    continue
                found = staff_values(result)
                if found:
                    seen[role][name] = found
        finally:
            club.close()
    assert not seen["accueil"], f"reception reads staff-only data: {seen['accueil']}"
    # not vacuous: the staff read the marked values, through several services
    for role in ("equipe", "direction"):
        assert {"members.periods", "members.get", "partners.interactions",
                "reach_out.history", "followups.for_member", "paths.steps",
                "paths.covers", "workshops.get", "workshops.sessions",
                "contracts.periods", "contracts.exit_contacts",
                "production.orders"} <= set(seen[role]), \
            seen[role]
    # what reception still reads: its own work
    assert {"members.search", "members.get", "members.periods", "attendance.present",
            "rota.plan", "reach_out.due"}.isdisjoint(refused["accueil"])
    assert "followups.for_member" in refused["accueil"]
    assert refused["equipe"] <= refused["accueil"]
    assert not refused["direction"]


def test_attack_reception_reads_notes_through_services(demo_target: str,
                                                       tmp_path: Path) -> None:
    """The attack of issue 16: as accueil, a partner interaction's note about a member and
    a membership period's leave reason came back. Now blank; the staff still read them."""
    owner = Club.open(demo_target)
    try:
        c = mark_staff_data(owner, tmp_path)
    finally:
        owner.close()
    desk = Club.open(demo_target, Actor(name="accueil", role="accueil"))
    staff = Club.open(demo_target, Actor(name="equipe", role="equipe"))
    try:
        notes = [i.note for i in desk.partners.interactions(c["partner"])]
        reasons = [p.leave_reason for p in desk.members.periods(c["member"])]
        assert notes and not any(notes)
        assert reasons and not any(reasons)
        assert [p.left_on for p in desk.members.periods(c["member"])][-1] == TODAY
        assert desk.members.get(c["member"]).rqth is None
        assert f"{MARK} interaction note" in [i.note for i in
                                              staff.partners.interactions(c["partner"])]
        assert "personal" in [p.leave_reason for p in staff.members.periods(c["member"])]
        assert staff.members.get(c["member"]).rqth == "yes"
    finally:
        desk.close()
        staff.close()


def test_reception_cannot_erase_staff_data_by_saving_blanks(demo_target: str,
                                                            tmp_path: Path) -> None:
    """Reception's form has no RQTH field: saving the record with the staff-only fields
    blank (as reception reads them) leaves the staff's values as they were."""
    owner = Club.open(demo_target)
    try:
        c = mark_staff_data(owner, tmp_path)
    finally:
        owner.close()
    desk = Club.open(demo_target, Actor(name="accueil", role="accueil"))
    try:
        seen = desk.members.get(c["member"])
        desk.members.update(c["member"], phone="06 00 00 00 01", rqth=seen.rqth,
                            referent_partner="", other_peer_places="")
    finally:
        desk.close()
    owner = Club.open(demo_target)
    try:
        record = owner.members.get(c["member"])
        assert (record.phone, record.rqth) == ("06 00 00 00 01", "yes")
        assert record.referent_partner == f"{MARK} referent"
    finally:
        owner.close()
