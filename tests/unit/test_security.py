"""Accounts, passwords, roles checked in the services, and the audit trail's hash chain."""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from clubdesk.export.annual_report import freeze_report
from clubdesk.model import (
    admissions,
    attendance,
    career_paths,
    charter,
    clock,
    followups,
    member_profile,
    members,
    objectives,
    outings,
    partners,
    production,
    reach_out,
    retention,
    settings,
    staff,
    structure,
    structure_kinds,
    tasks,
    volunteers,
    workshops,
)
from clubdesk.model.access import LOCAL_ADMIN, Actor
from clubdesk.model.accounts import users
from clubdesk.model.accounts.users import authenticate, password_problem
from clubdesk.model.annual import indicators, sent
from clubdesk.model.audit import trail as audit
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError, ValidationError
from clubdesk.model.exchange import export_club, export_member, import_club
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota import Assignment, day
from clubdesk.model.storage import backup

TODAY = date(2026, 11, 23)
STRONG = "Mot-de-passe-2026"


@pytest.mark.parametrize(("password", "ok"), [
    ("Abcdefgh1!", True),            # 8+ with 4 kinds
    ("abcdefgh12", False),           # 2 kinds only
    ("abcdefg1!", True),             # 9 with 3 kinds (allowed: attempts are throttled)
    ("Ab1!", False),                 # too short
    ("le chat de la voisine dort sur le mur", True),  # 7-word passphrase
    ("trois mots seulement", False),
    ("Aa1!Aa1!Aa1!", True),
])
def test_password_rules(password: str, ok: bool) -> None:
    assert (password_problem(password) is None) is ok


def test_first_account_is_direction_then_only_direction_creates(club: Club) -> None:
    with pytest.raises(ValidationError, match="premier compte"):
        club.users.create("lea", STRONG, "accueil")
    club.users.create("anne", STRONG, "direction", "Anne")
    reception = Club(club.db, authenticate(club.db, "anne", STRONG))
    reception.users.create("lea", STRONG, "accueil")
    lea = Club(club.db, authenticate(club.db, "lea", STRONG))
    with pytest.raises(AccessDenied):
        lea.users.create("paul", STRONG, "equipe")
    with pytest.raises(ValidationError, match="trop faible"):
        reception.users.create("paul", "faible", "equipe")
    with pytest.raises(ValidationError, match="déjà pris"):
        reception.users.create("LEA", STRONG, "equipe")


def test_wrong_passwords_slow_down_and_never_lock(club: Club) -> None:
    club.users.create("anne", STRONG, "direction")
    with pytest.raises(ClubdeskError, match="Identifiant ou mot de passe incorrect"):
        authenticate(club.db, "inconnu", STRONG)
    t0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    now = t0
    for attempt in range(1, 11):
        with pytest.raises(ClubdeskError, match="incorrect"):
            authenticate(club.db, "anne", "mauvais", now=now)
        if attempt == 4:  # after 4 failures the next try must wait 2 s
            with pytest.raises(AccessDenied, match="attendez"):
                authenticate(club.db, "anne", STRONG, now=now + timedelta(seconds=1))
        now += timedelta(minutes=6)
    # no permanent lock: once the delay has passed, the right password opens
    assert authenticate(club.db, "anne", STRONG, now=now).role == "direction"


def test_direction_clears_the_delays_of_an_account(club: Club) -> None:
    club.users.create("anne", STRONG, "direction")
    direction = Club(club.db, authenticate(club.db, "anne", STRONG))
    direction.users.create("lea", STRONG, "accueil")
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    for _ in range(10):
        with pytest.raises(ClubdeskError):
            authenticate(club.db, "lea", "mauvais", now=now)
    lea_id = next(u.id for u in direction.users.list_users() if u.username == "lea")
    lea = next(u for u in direction.users.list_users() if u.id == lea_id)
    assert lea.locked and lea.failed_attempts == 3  # the others were refused by the delay
    with pytest.raises(AccessDenied, match="attendez"):
        authenticate(club.db, "lea", STRONG, now=now)
    direction.users.unlock(lea_id)
    assert not next(u for u in direction.users.list_users() if u.id == lea_id).locked
    assert authenticate(club.db, "lea", STRONG, now=now).role == "accueil"


def test_the_last_direction_account_stays(club: Club) -> None:
    anne = club.users.create("anne", STRONG, "direction")
    direction = Club(club.db, authenticate(club.db, "anne", STRONG))
    with pytest.raises(ValidationError, match="dernier compte de la direction"):
        direction.users.set_role(anne.id, "equipe")
    with pytest.raises(ValidationError, match="dernier compte"):
        direction.users.set_disabled(anne.id, True)
    direction.users.create("bob", STRONG, "direction")
    direction.users.set_role(anne.id, "equipe")
    assert {u.username: u.role for u in direction.users.list_users()} == {
        "anne": "equipe", "bob": "direction"}


def test_passwords_are_never_stored_in_clear(club: Club, db_path: Path) -> None:
    club.users.create("anne", "Canari-Secret-2026", "direction")
    club.db.close()
    assert b"Canari-Secret-2026" not in db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or b"Canari-Secret-2026" not in wal.read_bytes()


# -- the allow/deny table -------------------------------------------------------------------

STAFF = {"equipe", "direction"}
ALL = {"accueil", "equipe", "direction"}
DIRECTION = {"direction"}


def build_world(club: Club, tmp: Path) -> dict[str, Any]:
    m = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                            today=TODAY)
    other = club.members.create("Loïc", joined_on=date(2025, 1, 6), today=TODAY)
    s = club.staff.create("Hervé")
    club.staff.add_period(s.id, date(2025, 1, 1), fte=1)
    t = club.tasks.create(name="Accueil")
    p = club.partners.create("Boulangerie", "firm")
    att = club.attendance.check_in(m.id, TODAY, "am")
    f = club.followups.add(m.id, date(2026, 11, 2), "interview", note="Confidentiel",
                           next_step="Rappeler", due_on=date(2026, 11, 30), today=TODAY)
    step = club.paths.add_step(m.id, "employment", date(2026, 1, 5), category="transitional")
    club.members.update(m.id, rqth="yes")
    club.users.create("anne", STRONG, "direction")
    gone = club.members.create("Zed")
    ws = club.workshops.add("Atelier CV", date(2026, 11, 16), attendees=[m.id], today=TODAY)
    o = club.outings.add("Bowling", date(2026, 11, 20), today=date(2026, 11, 1))
    club.outings.sign_up(o.id, m.id, today=date(2026, 11, 1))
    goal = club.objectives.add(m.id, "savoir", "Lire un plan", date(2026, 9, 1))
    review = club.objectives.record_review(m.id, date(2026, 11, 2), {goal.id: "en cours"})
    app = club.admissions.add(m.id, received_on=date(2026, 11, 2), today=TODAY)
    com = club.admissions.add_commission(date(2026, 11, 16), [p.id])
    cl = club.partners.create("Brasserie", "client")
    order = club.production.add_order(cl.id, "Buffet", date(2026, 12, 1), received_on=TODAY)
    return {"o": o.id, "goal": goal.id, "review": review.id, "app": app.id, "com": com.id,
            "order": order.id, "client": cl.id, "ws": ws.id, "gone": gone.id, "m": m.id, "other": other.id, "s": s.id, "t": t.id, "p": p.id, "att": att.id,
            "f": f.id, "step": step.id, "tmp": tmp}


Op = Callable[[Club, dict[str, Any]], Any]
OPERATIONS: dict[str, tuple[set[str], Op]] = {
    "MemberService.add_period": (ALL, lambda c, w: c.members.add_period(w["other"], date(2020, 1, 1), date(2020, 6, 1), today=TODAY)),
    "MemberService.count": (ALL, lambda c, w: c.members.count()),
    "MemberService.create": (ALL, lambda c, w: c.members.create("Nina")),
    "MemberService.get": (ALL, lambda c, w: c.members.get(w["m"])),
    "MemberService.leave": (ALL, lambda c, w: c.members.leave(w["other"], TODAY, today=TODAY)),
    "CharterService.current_version": (ALL, lambda c, w: c.charter.current_version()),
    "CharterService.set_current_version": (STAFF, lambda c, w: c.charter.set_current_version("2024")),
    "CharterService.signatures": (ALL, lambda c, w: c.charter.signatures(w["m"])),
    "CharterService.sign": (ALL, lambda c, w: c.charter.sign(w["m"], TODAY, today=TODAY)),
    "CharterService.unsigned": (ALL, lambda c, w: c.charter.unsigned()),
    "MemberService.list_members": (ALL, lambda c, w: c.members.list_members()),
    "MemberService.periods": (ALL, lambda c, w: c.members.periods(w["m"])),
    "MemberService.possible_duplicates": (ALL, lambda c, w: c.members.possible_duplicates("Émilie", "Durand")),
    "MemberService.resolve": (ALL, lambda c, w: c.members.resolve("emilie")),
    "MemberService.row": (ALL, lambda c, w: c.members.row(w["m"])),
    "MemberService.search": (ALL, lambda c, w: c.members.search("emi")),
    "MemberService.status": (ALL, lambda c, w: c.members.status(w["m"])),
    "MemberService.update": (ALL, lambda c, w: c.members.update(w["m"], phone="06 00 00 00 00")),
    "MemberService.update(sensitive)": (STAFF, lambda c, w: c.members.update(w["m"], referent_partner="CMP")),
    "Club.merge_members": (STAFF, lambda c, w: c.merge_members(w["m"], c.members.create("Dup").id)),
    "StaffService.add_period": (DIRECTION, lambda c, w: c.staff.add_period(w["s"], date(2020, 1, 1), date(2020, 2, 1), fte=0.5)),
    "StaffService.create": (DIRECTION, lambda c, w: c.staff.create("Zoé")),
    "StaffService.end": (DIRECTION, lambda c, w: c.staff.end(w["s"], TODAY)),
    "StaffService.get": (STAFF, lambda c, w: c.staff.get(w["s"])),
    "StaffService.link_account": (DIRECTION, lambda c, w: c.staff.link_account(w["s"], None)),
    "StaffService.new_period": (DIRECTION, lambda c, w: c.staff.new_period(w["s"], TODAY, fte=0.5)),
    "StaffService.periods": (STAFF, lambda c, w: c.staff.periods(w["s"])),
    "StaffService.resolve": (STAFF, lambda c, w: c.staff.resolve("herve")),
    "StaffService.staff_of_account": (ALL, lambda c, w: c.staff.staff_of_account(c.actor.user_id)),
    "StaffService.update": (DIRECTION, lambda c, w: c.staff.update(w["s"], function="Directeur")),
    "StaffService.fte_on": (ALL, lambda c, w: c.staff.fte_on(TODAY)),
    "StaffService.list_staff": (ALL, lambda c, w: c.staff.list_staff()),
    "StaffService.skills": (ALL, lambda c, w: c.staff.skills(w["s"])),
    "StaffService.set_skills": (STAFF, lambda c, w: c.staff.set_skills(w["s"], {w["t"]: "can_teach"})),
    "AttendanceService.active_members": (ALL, lambda c, w: c.attendance.active_members(2026, 11)),
    "AttendanceService.check_in": (ALL, lambda c, w: c.attendance.check_in(w["other"], TODAY, "pm")),
    "AttendanceService.count": (ALL, lambda c, w: c.attendance.count()),
    "AttendanceService.glance": (ALL, lambda c, w: c.attendance.glance(TODAY)),
    "AttendanceService.present": (ALL, lambda c, w: c.attendance.present(TODAY)),
    "AttendanceService.present_for_member": (ALL, lambda c, w: c.attendance.present_for_member(w["m"])),
    "AttendanceService.undo": (ALL, lambda c, w: c.attendance.undo(w["att"])),
    "ProfileService.get": (ALL, lambda c, w: c.profiles.get(w["m"])),
    "ProfileService.save": (ALL, lambda c, w: c.profiles.save(w["other"], Profile())),
    "ReachOutService.due": (ALL, lambda c, w: c.reach_out.due(TODAY)),
    "ReachOutService.history": (ALL, lambda c, w: c.reach_out.history(w["m"])),
    "ReachOutService.record": (ALL, lambda c, w: c.reach_out.record(w["m"], TODAY, "sms", today=TODAY)),
    "SettingsService.get_int": (ALL, lambda c, w: c.settings.get_int("reach_out_days")),
    "SettingsService.get_text": (ALL, lambda c, w: c.settings.get_text("backup_second_folder")),
    "SettingsService.set_text": (STAFF, lambda c, w: c.settings.set_text("backup_second_folder", "")),
    "BackupService.make": (STAFF, lambda c, w: c.backups.make(w["tmp"] / f"b{id(c)}")),
    "BackupService.backups": (STAFF, lambda c, w: c.backups.backups()),
    "BackupService.rotate": (STAFF, lambda c, w: c.backups.rotate(w["tmp"])),
    "BackupService.second_folder": (ALL, lambda c, w: c.backups.second_folder()),
    "BackupService.status": (ALL, lambda c, w: c.backups.status()),
    "BackupService.restore": (DIRECTION, lambda c, w: c.backups.restore(w["tmp"] / "absent.sqlite3")),
    "BackupService.check_backup": (DIRECTION, lambda c, w: c.backups.check_backup(w["tmp"] / "absent.sqlite3")),
    "BackupService.identity": (ALL, lambda c, w: c.backups.identity()),
    "BackupService.own_files": (DIRECTION, lambda c, w: c.backups.own_files()),
    "SettingsService.set_int": (STAFF, lambda c, w: c.settings.set_int("reach_out_days", 20)),
    "TaskService.archive": (STAFF, lambda c, w: c.tasks.archive(c.tasks.create(name=f"A{id(c)}").id)),
    "TaskService.create": (STAFF, lambda c, w: c.tasks.create(name=f"C{id(c)}")),
    "TaskService.delete": (STAFF, lambda c, w: c.tasks.delete(w["t"] + 999)),
    "TaskService.ensure_defaults": (STAFF, lambda c, w: c.tasks.ensure_defaults()),
    "TaskService.get": (ALL, lambda c, w: c.tasks.get(w["t"])),
    "TaskService.list_tasks": (ALL, lambda c, w: c.tasks.list_tasks()),
    "TaskService.restore": (STAFF, lambda c, w: c.tasks.restore(w["t"])),
    "TaskService.update": (STAFF, lambda c, w: c.tasks.update(w["t"], name="Accueil")),
    "RotaService.build_instance": (ALL, lambda c, w: c.rota.build_instance(TODAY)),
    "RotaService.plan": (ALL, lambda c, w: c.rota.plan(TODAY)),
    "RotaService.save": (ALL, lambda c, w: c.rota.save(TODAY, [Assignment("am", f"t{w['t']}", (f"m{w['m']}",))])),
    "RotaService.suggest": (ALL, lambda c, w: c.rota.suggest(TODAY, time_limit_s=2)),
    "PartnerService.add_contact": (STAFF, lambda c, w: c.partners.add_contact(w["p"], "Mme X")),
    "PartnerService.add_interaction": (STAFF, lambda c, w: c.partners.add_interaction(w["p"], TODAY, "visit")),
    "PartnerService.add_partnership": (STAFF, lambda c, w: c.partners.add_partnership(w["p"], "Convention", TODAY)),
    "PartnerService.contacts": (ALL, lambda c, w: c.partners.contacts(w["p"])),
    "PartnerService.create": (STAFF, lambda c, w: c.partners.create("Mairie", "local_authority")),
    "PartnerService.delete": (STAFF, lambda c, w: c.partners.delete(w["p"] + 999)),
    "PartnerService.get": (ALL, lambda c, w: c.partners.get(w["p"])),
    "PartnerService.hosted_members": (STAFF, lambda c, w: c.partners.hosted_members(w["p"])),
    "PartnerService.interactions": (ALL, lambda c, w: c.partners.interactions(w["p"])),
    "PartnerService.list_partners": (ALL, lambda c, w: c.partners.list_partners()),
    "PartnerService.partnerships": (ALL, lambda c, w: c.partners.partnerships(w["p"])),
    "PartnerService.set_archived": (STAFF, lambda c, w: c.partners.set_archived(w["p"], False)),
    "FollowupService.add": (STAFF, lambda c, w: c.followups.add(w["m"], TODAY, "interview", today=TODAY)),
    "FollowupService.caseload": (STAFF, lambda c, w: c.followups.caseload(w["s"])),
    "FollowupService.due": (STAFF, lambda c, w: c.followups.due(TODAY)),
    "FollowupService.for_member": (STAFF, lambda c, w: c.followups.for_member(w["m"])),
    "FollowupService.get": (STAFF, lambda c, w: c.followups.get(w["f"])),
    "FollowupService.mark_done": (STAFF, lambda c, w: c.followups.mark_done(w["f"], TODAY)),
    "FollowupService.mark_read_with_member": (STAFF, lambda c, w: c.followups.mark_read_with_member(w["f"], TODAY)),
    "FollowupService.timeline": (STAFF, lambda c, w: c.followups.timeline(w["m"])),
    "PathService.add_cover": (STAFF, lambda c, w: c.paths.add_cover(w["step"], date(2026, 2, 2), "Loïc")),
    "PathService.add_step": (STAFF, lambda c, w: c.paths.add_step(w["m"], "training", TODAY)),
    "PathService.covers": (STAFF, lambda c, w: c.paths.covers(w["step"])),
    "PathService.end_step": (STAFF, lambda c, w: c.paths.end_step(w["step"], TODAY)),
    "PathService.modules": (STAFF, lambda c, w: c.paths.modules(w["m"])),
    "PathService.set_module": (STAFF, lambda c, w: c.paths.set_module(w["m"], "evaluation", TODAY)),
    "PathService.steps": (STAFF, lambda c, w: c.paths.steps(w["m"])),
    "StructureService.activities": (ALL, lambda c, w: c.structure.activities(2026)),
    "StructureService.add_activity": (DIRECTION, lambda c, w: c.structure.add_activity(2026, "Atelier", "done")),
    "StructureService.add_funding": (DIRECTION, lambda c, w: c.structure.add_funding(2026, "ARS", 1, "fir")),
    "StructureService.add_survey": (DIRECTION, lambda c, w: c.structure.add_survey(TODAY, "members", 3, today=TODAY)),
    "StructureService.delete_line": (DIRECTION, lambda c, w: c.structure.delete_line(structure.FundingLine, 999)),
    "StructureService.funding": (ALL, lambda c, w: c.structure.funding(2026)),
    "StructureService.governance": (ALL, lambda c, w: c.structure.governance()),
    "StructureService.info": (ALL, lambda c, w: c.structure.info()),
    "StructureService.opening_hours": (ALL, lambda c, w: c.structure.opening_hours()),
    "StructureService.set_body": (DIRECTION, lambda c, w: c.structure.set_body("CA", [("A", True)])),
    "StructureService.set_info": (DIRECTION, lambda c, w: c.structure.set_info({"name": "X"})),
    "StructureService.set_opening_hours": (DIRECTION, lambda c, w: c.structure.set_opening_hours([(1, "09:00", "12:00")])),
    "StructureService.surveys": (ALL, lambda c, w: c.structure.surveys()),
    "StructureService.in_force": (ALL, lambda c, w: c.structure.in_force(TODAY)),
    "StructureService.changes_during": (ALL, lambda c, w: c.structure.changes_during(2026)),
    "StructureService.versions": (ALL, lambda c, w: c.structure.versions()),
    "StructureService.documents": (STAFF, lambda c, w: c.structure.documents()),
    "StructureService.document_content": (DIRECTION, lambda c, w: c.structure.document_content(999)),
    "StructureService.attach_document": (DIRECTION, lambda c, w: c.structure.attach_document("lease", TODAY, "bail.pdf", b"%PDF-1.4 bail")),
    "WorkshopService.add": (STAFF, lambda c, w: c.workshops.add("Atelier", TODAY, today=TODAY)),
    "WorkshopService.update": (STAFF, lambda c, w: c.workshops.update(w["ws"], "Atelier CV", date(2026, 11, 16), today=TODAY)),
    "WorkshopService.set_attendees": (STAFF, lambda c, w: c.workshops.set_attendees(w["ws"], [w["m"], w["other"]])),
    "WorkshopService.delete": (STAFF, lambda c, w: c.workshops.delete(w["ws"] + 999)),
    "WorkshopService.get": (STAFF, lambda c, w: c.workshops.get(w["ws"])),
    "WorkshopService.attendees": (STAFF, lambda c, w: c.workshops.attendees(w["ws"])),
    "WorkshopService.sessions": (STAFF, lambda c, w: c.workshops.sessions(2026)),
    "WorkshopService.planned": (STAFF, lambda c, w: c.workshops.planned(TODAY)),
    "AdmissionService.add": (STAFF, lambda c, w: c.admissions.add(w["m"], received_on=TODAY, today=TODAY)),
    "AdmissionService.set_state": (STAFF, lambda c, w: c.admissions.set_state(w["app"], "waiting", TODAY, today=TODAY)),
    "AdmissionService.add_commission": (STAFF, lambda c, w: c.admissions.add_commission(TODAY, [w["p"]])),
    "AdmissionService.decide": (STAFF, lambda c, w: c.admissions.decide(w["app"] + 999, w["com"], "admitted", today=TODAY)),
    "AdmissionService.applications": (STAFF, lambda c, w: c.admissions.applications()),
    "AdmissionService.waiting_list": (STAFF, lambda c, w: c.admissions.waiting_list()),
    "AdmissionService.get": (STAFF, lambda c, w: c.admissions.get(w["app"])),
    "AdmissionService.events": (STAFF, lambda c, w: c.admissions.events(w["app"])),
    "AdmissionService.commissions": (STAFF, lambda c, w: c.admissions.commissions()),
    "AdmissionService.agenda": (STAFF, lambda c, w: c.admissions.agenda(w["com"])),
    "AdmissionService.partners": (STAFF, lambda c, w: c.admissions.partners()),
    "ContractService.start_trial": (STAFF, lambda c, w: c.contracts.start_trial(w["m"], TODAY)),
    "ContractService.start_contract": (STAFF, lambda c, w: c.contracts.start_contract(w["m"])),
    "ContractService.renew": (STAFF, lambda c, w: c.contracts.renew(999)),
    "ContractService.end_early": (STAFF, lambda c, w: c.contracts.end_early(999, TODAY)),
    "ContractService.periods": (STAFF, lambda c, w: c.contracts.periods(w["m"])),
    "ContractService.ending_within": (STAFF, lambda c, w: c.contracts.ending_within(30, TODAY)),
    "ContractService.set_exit_plan": (STAFF, lambda c, w: c.contracts.set_exit_plan(w["m"], "temporary", TODAY, "care")),
    "ContractService.exit_plan": (STAFF, lambda c, w: c.contracts.exit_plan(w["m"])),
    "ContractService.add_exit_contact": (STAFF, lambda c, w: c.contracts.add_exit_contact(w["m"], TODAY, "phone", today=TODAY)),
    "ContractService.exit_contacts": (STAFF, lambda c, w: c.contracts.exit_contacts(w["m"])),
    "ContractService.add_refund": (STAFF, lambda c, w: c.contracts.add_refund(w["m"], TODAY, 250)),
    "ContractService.add_meals": (STAFF, lambda c, w: c.contracts.add_meals(w["m"], TODAY)),
    "ContractService.month_totals": (STAFF, lambda c, w: c.contracts.month_totals(2026)),
    "ContractService.month_costs": (STAFF, lambda c, w: c.contracts.month_costs(w["m"], 2026, 11)),
    "ContractService.delete_cost": (STAFF, lambda c, w: c.contracts.delete_cost("meals", c.contracts.add_meals(w["m"], TODAY).id or 0)),
    "IndicatorService.compute": (DIRECTION, lambda c, w: c.indicators.compute(2025)),
    "SentReportService.freeze": (DIRECTION, lambda c, w: freeze_report(c.sent_reports, 2025)),
    "SentReportService.sent": (DIRECTION, lambda c, w: c.sent_reports.sent(2025)),
    "SentReportService.changed_since_sent": (DIRECTION, lambda c, w: c.sent_reports.changed_since_sent(2025)),
    "SentReportService.files": (DIRECTION, lambda c, w: c.sent_reports.files(2025)),
    "IndicatorService.reminder": (DIRECTION, lambda c, w: c.indicators.reminder()),
    "UserService.create": (DIRECTION, lambda c, w: c.users.create(f"u{id(c)}", STRONG, "accueil")),
    "UserService.list_users": (DIRECTION, lambda c, w: c.users.list_users()),
    "UserService.one_time_code": (DIRECTION, lambda c, w: c.users.one_time_code(999)),
    "UserService.set_disabled": (DIRECTION, lambda c, w: c.users.set_disabled(999, False)),
    "UserService.set_password": (DIRECTION, lambda c, w: c.users.set_password(999, STRONG)),
    "UserService.set_role": (DIRECTION, lambda c, w: c.users.set_role(999, "equipe")),
    "UserService.unlock": (DIRECTION, lambda c, w: c.users.unlock(999)),
    "AuditService.entries": (DIRECTION, lambda c, w: c.audit.entries()),
    "AuditService.purge": (DIRECTION, lambda c, w: c.audit.purge()),
    "AuditService.verify": (DIRECTION, lambda c, w: c.audit.verify()),
    "RetentionService.to_archive": (DIRECTION, lambda c, w: c.retention.to_archive(TODAY)),
    "RetentionService.to_anonymise": (DIRECTION, lambda c, w: c.retention.to_anonymise(TODAY)),
    "RetentionService.archive": (DIRECTION, lambda c, w: c.retention.archive([], TODAY)),
    "RetentionService.anonymise": (DIRECTION, lambda c, w: c.retention.anonymise(w["gone"] + 999, TODAY)),
    "RetentionService.erase": (DIRECTION, lambda c, w: c.retention.erase(w["gone"], TODAY)),
    "RetentionService.apply": (DIRECTION, lambda c, w: c.retention.apply(TODAY)),
    "export_club": (STAFF, lambda c, w: export_club(c.db, c.actor, w["tmp"] / f"x{id(c)}.zip")),
    "export_member": (STAFF, lambda c, w: export_member(c.db, c.actor, w["m"], w["tmp"] / f"m{id(c)}.zip")),
    "import_club": (STAFF, lambda c, w: import_club(c.db, c.actor, w["tmp"] / "nothing")),
    "KindsService.current": (ALL, lambda c, w: c.kinds.current()),
    "KindsService.set": (DIRECTION, lambda c, w: c.kinds.set(["clubhouse"])),
    "KindsService.words": (ALL, lambda c, w: c.kinds.words()),
    "VolunteerService.add": (DIRECTION, lambda c, w: c.volunteers.add(f"V{id(c)}", TODAY)),
    "VolunteerService.update": (DIRECTION, lambda c, w: c.volunteers.update(999, "V", TODAY)),
    "VolunteerService.delete": (DIRECTION, lambda c, w: c.volunteers.delete(999)),
    "VolunteerService.volunteers": (STAFF, lambda c, w: c.volunteers.volunteers()),
    "VolunteerService.active_during": (STAFF, lambda c, w: c.volunteers.active_during(TODAY, TODAY)),
    "VolunteerService.sponsorship": (STAFF, lambda c, w: c.volunteers.sponsorship()),
    "VolunteerService.set_sponsorship": (DIRECTION, lambda c, w: c.volunteers.set_sponsorship({"managing_association": f"A{id(c)}"})),
    "OutingService.add": (ALL, lambda c, w: c.outings.add("Jeux", TODAY, today=TODAY)),
    "OutingService.update": (ALL, lambda c, w: c.outings.update(w["o"], "Bowling", date(2026, 11, 20), today=TODAY)),
    "OutingService.delete": (STAFF, lambda c, w: c.outings.delete(w["o"] + 999)),
    "OutingService.sign_up": (ALL, lambda c, w: c.outings.sign_up(w["o"], w["other"], today=TODAY)),
    "OutingService.cancel_signup": (ALL, lambda c, w: c.outings.cancel_signup(w["o"], w["other"], today=TODAY)),
    "OutingService.set_attendance": (ALL, lambda c, w: c.outings.set_attendance(w["o"], {w["m"]: True}, today=TODAY)),
    "OutingService.get": (ALL, lambda c, w: c.outings.get(w["o"])),
    "OutingService.signups": (ALL, lambda c, w: c.outings.signups(w["o"])),
    "OutingService.calendar": (ALL, lambda c, w: c.outings.calendar(TODAY, TODAY)),
    "OutingService.month": (ALL, lambda c, w: c.outings.month(2026, 11)),
    "OutingService.done_in": (ALL, lambda c, w: c.outings.done_in(2026)),
    "OutingService.planned_from": (ALL, lambda c, w: c.outings.planned_from(TODAY)),
    "ObjectiveService.add": (STAFF, lambda c, w: c.objectives.add(w["m"], "savoir", "Lire", TODAY)),
    "ObjectiveService.close": (STAFF, lambda c, w: c.objectives.close(w["goal"], TODAY)),
    "ObjectiveService.record_review": (STAFF, lambda c, w: c.objectives.record_review(w["m"], TODAY, {w["goal"]: "acquis"})),
    "ObjectiveService.set_review_months": (DIRECTION, lambda c, w: c.objectives.set_review_months(3)),
    "ObjectiveService.review_months": (STAFF, lambda c, w: c.objectives.review_months()),
    "ObjectiveService.objectives": (STAFF, lambda c, w: c.objectives.objectives(w["m"])),
    "ObjectiveService.reviews": (STAFF, lambda c, w: c.objectives.reviews(w["m"])),
    "ObjectiveService.review": (STAFF, lambda c, w: c.objectives.review(w["review"])),
    "ObjectiveService.grid": (STAFF, lambda c, w: c.objectives.grid(w["m"])),
    "ObjectiveService.due": (STAFF, lambda c, w: c.objectives.due(TODAY)),
    "ProductionService.add_order": (STAFF, lambda c, w: c.production.add_order(w["client"], "Cartes", date(2026, 12, 2), received_on=TODAY)),
    "ProductionService.update_order": (STAFF, lambda c, w: c.production.update_order(w["order"], w["client"], "Buffet", TODAY, date(2026, 12, 1))),
    "ProductionService.set_status": (STAFF, lambda c, w: c.production.set_status(w["order"], "in_progress")),
    "ProductionService.get_order": (STAFF, lambda c, w: c.production.get_order(w["order"])),
    "ProductionService.orders": (STAFF, lambda c, w: c.production.orders()),
    "ProductionService.clients": (STAFF, lambda c, w: c.production.clients()),
    "ProductionService.add_session": (STAFF, lambda c, w: c.production.add_session(TODAY, "Infographie", [(w["m"], 1)], today=TODAY)),
    "ProductionService.delete_session": (STAFF, lambda c, w: c.production.delete_session(999)),
    "ProductionService.sessions": (STAFF, lambda c, w: c.production.sessions(2026, 11)),
    "ProductionService.workshops": (STAFF, lambda c, w: c.production.workshops()),
    "ProductionService.hours_by_person": (STAFF, lambda c, w: c.production.hours_by_person(2026, 11)),
    "ProductionService.hours_by_month": (STAFF, lambda c, w: c.production.hours_by_month(w["m"], 2026)),
}
SERVICES = [(members, "MemberService"), (staff, "StaffService"), (charter, "CharterService"),
            (attendance, "AttendanceService"), (member_profile, "ProfileService"),
            (reach_out, "ReachOutService"), (settings, "SettingsService"), (tasks, "TaskService"),
            (day, "RotaService"), (partners, "PartnerService"),
            (followups, "FollowupService"), (career_paths, "PathService"),
            (structure, "StructureService"), (indicators, "IndicatorService"),
            (workshops, "WorkshopService"),
            (admissions, "AdmissionService"),
            (sent, "SentReportService"),
            (users, "UserService"), (audit, "AuditService"),
            (retention, "RetentionService"), (backup, "BackupService"),
            (structure_kinds, "KindsService"),
            (volunteers, "VolunteerService"),
            (outings, "OutingService"),
            (objectives, "ObjectiveService"),
            (production, "ProductionService")]


def test_every_public_service_operation_is_in_the_table() -> None:
    for module, name in SERVICES:
        cls = getattr(module, name)
        for method, _ in inspect.getmembers(cls, inspect.isfunction):
            if not method.startswith("_"):
                assert f"{name}.{method}" in OPERATIONS, f"{name}.{method} is not checked"


@pytest.mark.parametrize("role", ["accueil", "equipe", "direction"])
def test_allow_deny_table(club: Club, tmp_path: Path, role: str) -> None:
    world = build_world(club, tmp_path)
    (tmp_path / "nothing").mkdir()
    actor = Actor(f"test-{role}", role)
    acting = Club(club.db, actor)
    wrong = []
    for name, (allowed, op) in OPERATIONS.items():
        try:
            op(acting, world)
            denied = False
        except AccessDenied:
            denied = True
        except ClubdeskError:
            denied = False  # refused for another reason: the role itself was allowed
        if denied == (role in allowed):
            wrong.append(f"{name}: {'denied' if denied else 'allowed'}")
    assert wrong == []


def test_reception_never_reads_notes_paths_or_the_trail_by_any_route(club: Club,
                                                                     tmp_path: Path) -> None:
    world = build_world(club, tmp_path)
    reception = Club(club.db, Actor("lea", "accueil"))
    # search and lists give names and contact only
    row = reception.members.search("emilie")[0]
    assert not hasattr(row, "note") and not hasattr(row, "rqth")
    masked = reception.members.get(world["m"])
    assert masked.rqth is None and masked.referent_partner == ""
    for route in (lambda: reception.followups.timeline(world["m"]),
                  lambda: reception.paths.steps(world["m"]),
                  lambda: reception.indicators.compute(2026),
                  lambda: export_member(reception.db, reception.actor, world["m"],
                                        tmp_path / "a.zip"),
                  lambda: export_club(reception.db, reception.actor, tmp_path / "b.zip"),
                  lambda: reception.audit.entries()):
        with pytest.raises(AccessDenied):
            route()
    assert not (tmp_path / "a.zip").exists() and not (tmp_path / "b.zip").exists()


# -- the audit trail ------------------------------------------------------------------------


def trail(club: Club) -> None:
    m = club.members.create("Émilie", joined_on=date(2025, 1, 6), today=TODAY)
    club.attendance.check_in(m.id, TODAY, "am")
    club.members.update(m.id, phone="06 12 34 56 78")
    club.members.get(m.id)
    club.followups.add(m.id, TODAY, "interview", note="Très confidentiel", today=TODAY)


def test_trail_records_who_what_and_never_the_content(club: Club, db_path: Path) -> None:
    trail(club)
    entries = club.audit.entries()
    kinds = {(e.action, e.record_type) for e in entries}
    assert {("create", "member"), ("create", "attendance"), ("update", "member"),
            ("read", "member"), ("create", "followup")} <= kinds
    assert all(e.username == LOCAL_ADMIN.name for e in entries)
    with sqlite3.connect(db_path) as conn:
        text = " ".join(" ".join(map(str, r)) for r in conn.execute("SELECT * FROM audit_entry"))
    assert "confidentiel" not in text.lower() and "06 12" not in text
    assert club.audit.verify().ok


def tamper(db_path: Path, sql: str) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.executescript(sql)


@pytest.mark.parametrize(("sql", "broken_at"), [
    ("UPDATE audit_entry SET username = 'quelqu''un' WHERE seq = 3", 3),  # edit
    ("DELETE FROM audit_entry WHERE seq = 4", 5),  # delete: the next one loses its link
    ("INSERT INTO audit_entry (seq, at, username, action, record_type, record_id, prev_hash,"
     " hash) SELECT 100, at, username, action, record_type, record_id, prev_hash, hash FROM"
     " audit_entry WHERE seq = 2", 100),  # insert a copy at the end
    ("UPDATE audit_entry SET seq = -2 WHERE seq = 2; UPDATE audit_entry SET seq = 2 WHERE"
     " seq = 3; UPDATE audit_entry SET seq = 3 WHERE seq = -2;", 2),  # reorder
])
def test_tampering_is_detected_at_the_first_broken_entry(club: Club, db_path: Path, sql: str,
                                                         broken_at: int) -> None:
    trail(club)
    assert club.audit.verify().ok
    tamper(db_path, sql)
    result = club.audit.verify()
    assert not result.ok and result.broken_at == broken_at, result
    assert f"n° {broken_at}" in result.sentence()


def test_a_recorded_purge_keeps_the_chain_verifiable(club: Club, db_path: Path) -> None:
    trail(club)
    before = len(club.audit.entries())
    later = clock.now(UTC) + timedelta(days=400)
    with pytest.raises(ValidationError):
        club.audit.purge(months=3)
    removed = club.audit.purge(months=12, now=later)
    assert removed >= before
    result = club.audit.verify()
    assert result.ok, result.sentence()
    entries = club.audit.entries()
    assert any(e.action == "purge" for e in entries)
    # tampering after a purge is still caught
    tamper(db_path, "UPDATE audit_entry SET record_id = 'x' WHERE action = 'purge'")
    assert not club.audit.verify().ok
