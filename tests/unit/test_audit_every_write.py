"""Every write leaves its audit entry, whatever statement makes it (issue 16, item 1).

The services are discovered from the Club's attributes; every public method is either a
read (``READS``) or a write with a case in ``WRITES`` that makes it write and says which
entries the trail must gain. A new method in neither table fails the first test; a write
whose entries are missing fails the second. The write guard of tests/conftest.py fails any
test during which clubdesk's code writes a club table outside the audited path; the last
tests show that guard at work.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlmodel import col

from clubdesk.export.annual_report import freeze_report
from clubdesk.model import clock, structure
from clubdesk.model.accounts.users import FREE_FAILURES, authenticate
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota import Assignment
from clubdesk.model.tables import AuditEntry, Followup, Member, Task

TODAY = date(2026, 11, 23)
STRONG = "un mot de passe assez long 42"
ANY = None  # the entry's record id is not known in advance

Expected = set[tuple[str, str, Any]]


def build_world(club: Club, tmp: Path) -> dict[str, Any]:
    m = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                            today=TODAY)
    other = club.members.create("Loïc", joined_on=date(2025, 1, 6), today=TODAY)
    old = club.members.create("Ancien", joined_on=date(2010, 1, 4), today=date(2010, 1, 4))
    club.members.leave(old.id, date(2012, 1, 2), today=date(2012, 1, 2))
    s = club.staff.create("Hervé")
    t = club.tasks.create(name="Accueil")
    p = club.partners.create("Boulangerie", "firm")
    att = club.attendance.check_in(m.id, TODAY, "am")
    f = club.followups.add(m.id, date(2026, 11, 2), "interview", note="Confidentiel",
                           next_step="Rappeler", due_on=date(2026, 11, 30), today=TODAY)
    club.members.update(m.id, rqth="yes")
    step = club.paths.add_step(m.id, "employment", date(2026, 1, 5), category="transitional")
    club.users.create("dir", STRONG, "direction")
    user = club.users.create("anne", STRONG, "equipe")
    line = club.structure.add_funding(2026, "ARS", 1, "fir")
    ws = club.workshops.add("Atelier CV", date(2026, 11, 16), attendees=[m.id], today=TODAY)
    o = club.outings.add("Bowling", date(2026, 11, 20), today=date(2026, 11, 1))
    club.outings.sign_up(o.id, m.id, today=date(2026, 11, 1))
    goal = club.objectives.add(m.id, "savoir", "Lire un plan", date(2026, 9, 1))
    volunteer = club.volunteers.add("Rose Animatrice", date(2026, 1, 5))
    app = club.admissions.add(other.id, received_on=date(2026, 11, 2), today=TODAY)
    com = club.admissions.add_commission(date(2026, 11, 16), [p.id])
    client = club.partners.create("Brasserie", "client")
    order = club.production.add_order(client.id, "Buffet", date(2026, 12, 1),
                                      received_on=date(2026, 11, 2))
    work = club.production.add_session(date(2026, 11, 17), "Cuisine", [(m.id, 2)],
                                       order_id=order.id, today=TODAY)
    return {"o": o.id, "goal": goal.id, "ws": ws.id, "volunteer": volunteer.id,
            "app": app.id, "com": com.id, "client": client.id, "order": order.id,
            "work": work.id,
            "m": m.id, "other": other.id, "old": old.id, "s": s.id, "t": t.id, "p": p.id,
            "att": att.id, "f": f.id, "step": step.id, "user": user.id, "line": line.id,
            "tmp": tmp}


def _ensure_defaults(c: Club, w: dict[str, Any]) -> Callable[[], Expected]:
    with c.db.session(actor=c.actor) as session:  # a club without tasks yet
        session.execute(delete(Task))

    def go() -> Expected:
        c.tasks.ensure_defaults()
        return {("create", "task", ANY)}
    return go


def _merge(c: Club, w: dict[str, Any]) -> Callable[[], Expected]:
    for n in range(3):
        c.followups.add(w["other"], date(2026, 11, 2 + n), "interview", today=TODAY)
    with c.db.session(write=False) as session:
        moved = session.scalars(select(Followup.id).where(
            col(Followup.member_id) == w["other"])).all()

    def go() -> Expected:
        c.merge_members(w["m"], w["other"])
        return {("delete", "member", str(w["other"]))} | {
            ("update", "followup", str(i)) for i in moved}
    return go


def _restore(c: Club, w: dict[str, Any]) -> Callable[[], Expected]:
    if not c.db.is_sqlite:
        pytest.skip("on a server a backup is restored with `db copy` (test_transfer.py)")
    with c.db.session(write=False) as session:  # the restored trail goes on from here
        w["since"] = int(session.execute(select(func.max(AuditEntry.seq))).scalar_one())
    backup = c.backups.make(w["tmp"] / "b")

    def go() -> Expected:
        c.backups.restore(backup)
        return {("restore", "club", ANY)}
    return go


def _unlock(c: Club, w: dict[str, Any]) -> Callable[[], Expected]:
    for attempt in range(FREE_FAILURES + 1):  # slowed down in the sign-in throttle
        with pytest.raises(ClubdeskError):
            authenticate(c.db, "anne", "mauvais",
                         now=clock.now(UTC) + timedelta(minutes=10 * attempt))

    def go() -> Expected:
        c.users.unlock(w["user"])
        return {("update", "user_account", str(w["user"]))}
    return go


def now(call: Callable[[Club, dict[str, Any]], Expected]
        ) -> Callable[[Club, dict[str, Any]], Callable[[], Expected]]:
    """A case without preparation: the call itself is the write."""
    return lambda c, w: lambda: call(c, w)


Case = Callable[[Club, dict[str, Any]], Callable[[], Expected]]
WRITES: dict[str, Case] = {
    "Club.merge_members": _merge,
    "MemberService.add_period": now(lambda c, w: {("create", "membership_period", str(
        c.members.add_period(w["other"], date(2020, 1, 1), date(2020, 6, 1), today=TODAY).id))}),
    "MemberService.create": now(lambda c, w: {("create", "member", str(
        c.members.create("Nina").id))}),
    "MemberService.leave": now(lambda c, w: {("update", "membership_period", str(
        c.members.leave(w["other"], TODAY, today=TODAY).id))}),
    "MemberService.update": now(lambda c, w: (
        c.members.update(w["m"], phone="06 00 00 00 00"), {("update", "member", str(w["m"]))})[1]),
    "CharterService.sign": now(lambda c, w: (
        c.charter.sign(w["m"], TODAY, today=TODAY), {("create", "charter_signature", ANY)})[1]),
    "CharterService.set_current_version": now(lambda c, w: (
        c.charter.set_current_version("2027"), {(ANY, "setting", ANY)})[1]),
    "StaffService.add_period": now(lambda c, w: {("create", "staff_period", str(
        c.staff.add_period(w["s"], date(2020, 1, 1), date(2020, 2, 1), fte=0.5).id))}),
    "StaffService.create": now(lambda c, w: {("create", "staff", str(c.staff.create("Zoé").id))}),
    "StaffService.update": now(lambda c, w: (c.staff.update(w["s"], function="Directeur"),
                                             {("update", "staff", str(w["s"]))})[1]),
    "StaffService.link_account": now(lambda c, w: (c.staff.link_account(w["s"], w["user"]),
                                                   {("update", "staff", str(w["s"]))})[1]),
    "StaffService.new_period": lambda c, w: (
        c.staff.add_period(w["s"], date(2025, 1, 1), fte=1),
        lambda: {("create", "staff_period", str(c.staff.new_period(
            w["s"], date(2026, 1, 1), fte=0.5).id)), ("update", "staff_period", ANY)})[1],
    "StaffService.end": lambda c, w: (
        c.staff.add_period(w["s"], date(2025, 1, 1), fte=1),
        lambda: {("update", "staff_period", str(c.staff.end(w["s"], TODAY).id))})[1],
    "StaffService.set_skills": lambda c, w: (
        c.staff.set_skills(w["s"], {w["t"]: "discovering"}),
        lambda: (c.staff.set_skills(w["s"], {w["t"]: "can_teach"}),
                 {("update", "staff_skill", ANY)})[1])[1],
    "ContractService.start_trial": now(lambda c, w: {("create", "contract_period", str(
        c.contracts.start_trial(w["other"], TODAY).id))}),
    "ContractService.renew": lambda c, w: (
        lambda trial: lambda: {("create", "contract_period", str(
            c.contracts.renew(trial).id))})(c.contracts.start_trial(w["other"], TODAY).id),
    "ContractService.start_contract": lambda c, w: (
        c.contracts.start_trial(w["other"], date(2026, 10, 1)),
        lambda: {("create", "contract_period", str(
            c.contracts.start_contract(w["other"]).id))})[1],
    "ContractService.end_early": lambda c, w: (
        lambda trial: lambda: (c.contracts.end_early(trial, TODAY, "Motif"),
                               {("update", "contract_period", str(trial))})[1])(
        c.contracts.start_trial(w["other"], date(2026, 11, 10)).id),
    "ContractService.set_exit_plan": now(lambda c, w: {("create", "exit_plan", str(
        c.contracts.set_exit_plan(w["other"], "temporary", TODAY, "care").id))}),
    "ContractService.add_exit_contact": lambda c, w: (
        c.contracts.set_exit_plan(w["other"], "temporary", date(2026, 11, 1), "care"),
        lambda: {("create", "exit_contact", str(c.contracts.add_exit_contact(
            w["other"], TODAY, "phone", "Note", today=TODAY).id))})[1],
    "ContractService.add_refund": now(lambda c, w: {("create", "travel_refund", str(
        c.contracts.add_refund(w["other"], TODAY, 250).id))}),
    "ContractService.add_meals": now(lambda c, w: {("create", "meal_taken", str(
        c.contracts.add_meals(w["other"], TODAY, 1).id))}),
    "ContractService.delete_cost": lambda c, w: (
        lambda refund: lambda: (c.contracts.delete_cost("refund", refund),
                                {("delete", "travel_refund", str(refund))})[1])(
        c.contracts.add_refund(w["other"], TODAY, 250).id),
    "WorkshopService.add": now(lambda c, w: {("create", "workshop_session", str(
        c.workshops.add("Atelier cuisine", TODAY, today=TODAY).id))}),
    "WorkshopService.update": now(lambda c, w: (
        c.workshops.update(w["ws"], "Atelier CV et lettre", date(2026, 11, 16), today=TODAY),
        {("update", "workshop_session", str(w["ws"]))})[1]),
    "WorkshopService.set_attendees": now(lambda c, w: (
        c.workshops.set_attendees(w["ws"], [w["other"]]),
        {("delete", "workshop_attendee", ANY), ("create", "workshop_attendee", ANY)})[1]),
    "WorkshopService.delete": now(lambda c, w: (
        c.workshops.delete(w["ws"]), {("delete", "workshop_session", str(w["ws"])),
                                      ("delete", "workshop_attendee", ANY)})[1]),
    "AttendanceService.check_in": now(lambda c, w: {("create", "attendance", str(
        c.attendance.check_in(w["other"], TODAY, "pm").id))}),
    "AttendanceService.undo": now(lambda c, w: (
        c.attendance.undo(w["att"]), {("delete", "attendance", str(w["att"]))})[1]),
    "ProfileService.save": lambda c, w: (
        c.profiles.save(w["other"], Profile(skills={"cuisine": "can_teach"})),
        lambda: (c.profiles.save(w["other"], Profile(skills={"jardin": "can_teach"})),
                 {("delete", "member_skill", ANY), ("create", "member_skill", ANY)})[1])[1],
    "ReachOutService.record": now(lambda c, w: {("create", "reach_out", str(
        c.reach_out.record(w["m"], TODAY, "sms", today=TODAY).id))}),
    "SettingsService.set_int": now(lambda c, w: (
        c.settings.set_int("reach_out_days", 20), {(ANY, "setting", ANY)})[1]),
    "SettingsService.set_text": now(lambda c, w: (
        c.settings.set_text("backup_second_folder", "/x"), {(ANY, "setting", ANY)})[1]),
    "TaskService.archive": now(lambda c, w: {("update", "task", str(c.tasks.archive(w["t"]).id))}),
    "TaskService.create": now(lambda c, w: {("create", "task", str(
        c.tasks.create(name="Cuisine").id))}),
    "TaskService.delete": now(lambda c, w: (
        c.tasks.delete(w["t"]), {("delete", "task", str(w["t"]))})[1]),
    "TaskService.ensure_defaults": _ensure_defaults,
    "TaskService.restore": lambda c, w: (c.tasks.archive(w["t"]), lambda: {
        ("update", "task", str(c.tasks.restore(w["t"]).id))})[1],
    "TaskService.update": now(lambda c, w: {("update", "task", str(
        c.tasks.update(w["t"], name="Accueil du matin").id))}),
    "RotaService.save": lambda c, w: (
        c.rota.save(TODAY, [Assignment("am", f"t{w['t']}", (f"m{w['m']}",))]),
        lambda: (c.rota.save(TODAY, [Assignment("pm", f"t{w['t']}", (f"m{w['m']}",))]),
                 {("delete", "rota_entry", ANY), ("create", "rota_entry", ANY)})[1])[1],
    "PartnerService.add_contact": now(lambda c, w: {("create", "partner_contact", str(
        c.partners.add_contact(w["p"], "Mme X").id))}),
    "PartnerService.add_interaction": now(lambda c, w: {("create", "partner_interaction", str(
        c.partners.add_interaction(w["p"], TODAY, "visit").id))}),
    "PartnerService.add_partnership": now(lambda c, w: {("create", "partnership", str(
        c.partners.add_partnership(w["p"], "Convention", TODAY).id))}),
    "PartnerService.create": now(lambda c, w: {("create", "partner", str(
        c.partners.create("Mairie", "local_authority").id))}),
    "PartnerService.delete": now(lambda c, w: (
        c.partners.delete(w["p"]), {("delete", "partner", str(w["p"]))})[1]),
    "PartnerService.set_archived": now(lambda c, w: (
        c.partners.set_archived(w["p"], True), {("update", "partner", str(w["p"]))})[1]),
    "FollowupService.add": now(lambda c, w: {("create", "followup", str(
        c.followups.add(w["m"], TODAY, "interview", today=TODAY).id))}),
    "FollowupService.mark_done": now(lambda c, w: (
        c.followups.mark_done(w["f"], TODAY), {("update", "followup", str(w["f"]))})[1]),
    "FollowupService.mark_read_with_member": now(lambda c, w: (
        c.followups.mark_read_with_member(w["f"], TODAY),
        {("update", "followup", str(w["f"]))})[1]),
    "PathService.add_cover": now(lambda c, w: {("create", "transitional_cover", str(
        c.paths.add_cover(w["step"], date(2026, 2, 2), "Loïc").id))}),
    "PathService.add_step": now(lambda c, w: {("create", "path_step", str(
        c.paths.add_step(w["m"], "training", TODAY).id))}),
    "PathService.end_step": now(lambda c, w: (
        c.paths.end_step(w["step"], TODAY), {("update", "path_step", str(w["step"]))})[1]),
    "PathService.set_module": now(lambda c, w: {("create", "supported_employment", str(
        c.paths.set_module(w["m"], "evaluation", TODAY).id))}),
    "SentReportService.freeze": now(lambda c, w: (
        freeze_report(c.sent_reports, 2025), {("create", "sent_report", ANY)})[1]),
    "StructureService.add_activity": now(lambda c, w: {("create", "activity", str(
        c.structure.add_activity(2026, "Atelier", "done").id))}),
    "StructureService.add_funding": now(lambda c, w: {("create", "funding_line", str(
        c.structure.add_funding(2026, "Mairie", 2, "fir").id))}),
    "StructureService.add_survey": now(lambda c, w: {("create", "satisfaction_survey", str(
        c.structure.add_survey(TODAY, "members", 3, today=TODAY).id))}),
    "StructureService.attach_document": now(lambda c, w: {("create", "structure_document", str(
        c.structure.attach_document("lease", TODAY, "bail.pdf", b"%PDF-1.4 bail").id))}),
    "StructureService.delete_line": now(lambda c, w: (
        c.structure.delete_line(structure.FundingLine, w["line"]),
        {("delete", "funding_line", str(w["line"]))})[1]),
    "StructureService.set_body": lambda c, w: (c.structure.set_body("CA", [("A", True)]),
                                               lambda: (c.structure.set_body("CA", [("B", True)]),
        {("delete", "governance_seat", ANY), ("create", "governance_seat", ANY)})[1])[1],
    "StructureService.set_info": now(lambda c, w: (
        c.structure.set_info({"name": "Le Phare"}), {(ANY, "structure_info", ANY)})[1]),
    "StructureService.set_opening_hours": lambda c, w: (
        c.structure.set_opening_hours([(1, "09:00", "12:00")]),
        lambda: (c.structure.set_opening_hours([(2, "09:00", "12:00")]),
                 {("delete", "opening_hours", ANY), ("create", "opening_hours", ANY)})[1])[1],
    "UserService.create": now(lambda c, w: {("create", "user_account", str(
        c.users.create("bruno", STRONG, "accueil").id))}),
    "UserService.set_disabled": now(lambda c, w: (
        c.users.set_disabled(w["user"], True), {("update", "user_account", str(w["user"]))})[1]),
    "UserService.set_password": now(lambda c, w: (
        c.users.set_password(w["user"], STRONG + "!"),
        {("update", "user_account", str(w["user"]))})[1]),
    "UserService.set_role": now(lambda c, w: (
        c.users.set_role(w["user"], "accueil"), {("update", "user_account", str(w["user"]))})[1]),
    "UserService.unlock": _unlock,
    "UserService.one_time_code": now(lambda c, w: (
        c.users.one_time_code(w["user"]), {("update", "user_account", str(w["user"]))})[1]),
    "AuditService.purge": now(lambda c, w: (
        c.audit.purge(months=6, now=c.audit.entries()[0].at.replace(year=2030)),
        {("purge", "audit_entry", ANY)})[1]),
    "RetentionService.archive": now(lambda c, w: (
        c.retention.archive([w["old"]], TODAY), {("update", "member", str(w["old"]))})[1]),
    "RetentionService.anonymise": now(lambda c, w: (
        c.retention.anonymise(w["m"], TODAY),
        {("anonymise", "member", str(w["m"])), ("update", "member", str(w["m"])),
         ("update", "followup", str(w["f"]))})[1]),
    "RetentionService.erase": now(lambda c, w: (
        c.retention.erase(w["m"], TODAY),
        {("erase", "member", str(w["m"])), ("update", "member", str(w["m"])),
         (ANY, "followup", str(w["f"]))})[1]),
    "RetentionService.apply": now(lambda c, w: (
        c.retention.apply(TODAY), {("update", "member", str(w["old"]))})[1]),
    "BackupService.make": now(lambda c, w: (
        c.backups.make(w["tmp"] / "b"), {("backup", "club", ANY)})[1]),
    "BackupService.restore": _restore,
    "OutingService.add": now(lambda c, w: {("create", "outing", str(
        c.outings.add("Jeux", TODAY, today=TODAY).id))}),
    "OutingService.update": now(lambda c, w: (
        c.outings.update(w["o"], "Bowling à Caen", date(2026, 11, 20), today=TODAY),
        {("update", "outing", str(w["o"]))})[1]),
    "OutingService.sign_up": now(lambda c, w: (
        c.outings.sign_up(c.outings.add("Jeux", TODAY, today=TODAY).id, w["other"],
                          today=TODAY),
        {("create", "outing", ANY), ("create", "outing_signup", ANY)})[1]),
    "OutingService.cancel_signup": lambda c, w: (
        lambda o: (c.outings.sign_up(o, w["other"], today=TODAY),
                   lambda: (c.outings.cancel_signup(o, w["other"], today=TODAY),
                            {("delete", "outing_signup", ANY)})[1])[1])(
        c.outings.add("Jeux", TODAY, today=TODAY).id),
    "OutingService.set_attendance": now(lambda c, w: (
        c.outings.set_attendance(w["o"], {w["m"]: True}, today=TODAY),
        {("update", "outing_signup", ANY), ("update", "outing", str(w["o"]))})[1]),
    "OutingService.delete": now(lambda c, w: (
        c.outings.delete(w["o"]), {("delete", "outing", str(w["o"])),
                                   ("delete", "outing_signup", ANY)})[1]),
    "ObjectiveService.add": now(lambda c, w: {("create", "objective", str(
        c.objectives.add(w["m"], "savoir_etre", "Arriver à l'heure", TODAY).id))}),
    "ObjectiveService.close": now(lambda c, w: (
        c.objectives.close(w["goal"], TODAY), {("update", "objective", str(w["goal"]))})[1]),
    "ObjectiveService.record_review": now(lambda c, w: {
        ("create", "objective_review", str(c.objectives.record_review(
            w["m"], TODAY, {w["goal"]: "acquis"}).id)), ("create", "objective_level", ANY)}),
    "ObjectiveService.set_review_months": now(lambda c, w: (
        c.objectives.set_review_months(3), {(ANY, "setting", ANY)})[1]),
    "AdmissionService.add": now(lambda c, w: {("create", "application", str(
        c.admissions.add(first_name="Nouvelle", received_on=TODAY, today=TODAY).id)),
        ("create", "application_event", ANY)}),
    "AdmissionService.set_state": now(lambda c, w: (
        c.admissions.set_state(w["app"], "waiting", TODAY, today=TODAY),
        {("create", "application_event", ANY)})[1]),
    "AdmissionService.add_commission": now(lambda c, w: {("create", "admission_commission", str(
        c.admissions.add_commission(TODAY, [w["p"]]).id)), ("create", "commission_partner", ANY)}),
    "AdmissionService.decide": now(lambda c, w: {("create", "application_event", str(
        c.admissions.decide(w["app"], w["com"], "postponed", today=TODAY).id))}),
    "ProductionService.add_order": now(lambda c, w: {("create", "work_order", str(
        c.production.add_order(w["client"], "Nappes", date(2026, 12, 10),
                               received_on=TODAY).id))}),
    "ProductionService.update_order": now(lambda c, w: (
        c.production.update_order(w["order"], w["client"], "Buffet de Noël",
                                  date(2026, 11, 2), date(2026, 12, 2)),
        {("update", "work_order", str(w["order"]))})[1]),
    "ProductionService.set_status": now(lambda c, w: (
        c.production.set_status(w["order"], "in_progress"),
        {("update", "work_order", str(w["order"]))})[1]),
    "ProductionService.add_session": now(lambda c, w: {("create", "production_session", str(
        c.production.add_session(TODAY, "Couture", [(w["other"], "1,5")], today=TODAY).id)),
        ("create", "production_worker", ANY)}),
    "ProductionService.delete_session": now(lambda c, w: (
        c.production.delete_session(w["work"]),
        {("delete", "production_session", str(w["work"]))})[1]),
    "KindsService.set": now(lambda c, w: (
        c.kinds.set(["gem", "clubhouse"]), {(ANY, "setting", ANY)})[1]),
    "VolunteerService.add": now(lambda c, w: {("create", "volunteer", str(
        c.volunteers.add("Paul Bénévole", TODAY).id))}),
    "VolunteerService.update": now(lambda c, w: (
        c.volunteers.update(w["volunteer"], "Rose Animatrice", date(2026, 1, 5),
                            functions="cuisine"),
        {("update", "volunteer", str(w["volunteer"]))})[1]),
    "VolunteerService.delete": now(lambda c, w: (
        c.volunteers.delete(w["volunteer"]), {("delete", "volunteer", str(w["volunteer"]))})[1]),
    "VolunteerService.set_sponsorship": now(lambda c, w: (
        c.volunteers.set_sponsorship({"managing_association": "Association du Lien"}),
        {("create", "structure_info", ANY)})[1]),
}
# public methods that write nothing in the database (reads, or files only)
READS = {
    "MemberService": {"count", "get", "list_members", "periods", "possible_duplicates",
                      "resolve", "row", "search", "status"},
    "StaffService": {"fte_on", "get", "list_staff", "periods", "resolve", "skills",
                     "staff_of_account"},
    "CharterService": {"current_version", "signatures", "unsigned"},
    "AttendanceService": {"active_members", "count", "glance", "present",
                          "present_for_member"},
    "ProfileService": {"get"},
    "ReachOutService": {"due", "history"},
    "SettingsService": {"get_int", "get_text"},
    "TaskService": {"get", "list_tasks"},
    "RotaService": {"build_instance", "plan", "suggest"},
    "PartnerService": {"contacts", "get", "hosted_members", "interactions", "list_partners",
                       "partnerships"},
    "FollowupService": {"caseload", "due", "for_member", "get", "timeline"},
    "PathService": {"covers", "modules", "steps"},
    "SentReportService": {"sent", "changed_since_sent", "files", "save_files"},
    "StructureService": {"activities", "funding", "governance", "info", "opening_hours",
                         "surveys", "in_force", "changes_during", "versions", "documents",
                         "document_content"},
    "IndicatorService": {"compute", "reminder"},
    "WorkshopService": {"attendees", "get", "planned", "sessions"},
    "ContractService": {"ending_within", "exit_contacts", "exit_plan", "month_costs",
                        "month_totals", "periods"},
    "DashboardService": {"active", "flows", "overview", "presence", "steps"},
    "UserService": {"list_users"},
    "AuditService": {"entries", "verify"},
    "RetentionService": {"to_anonymise", "to_archive"},
    "OutingService": {"calendar", "done_in", "get", "month", "planned_from", "signups"},
    # backup files only (the copies rotate out of the folder), no record of the club
    "BackupService": {"backups", "check_backup", "identity", "own_files", "rotate",
                      "second_folder", "status"},
    "ObjectiveService": {"due", "grid", "objectives", "review", "review_months", "reviews"},
    "KindsService": {"current", "words"},
    "AdmissionService": {"agenda", "applications", "commissions", "events", "get", "partners",
                         "waiting_list"},
    "ProductionService": {"clients", "get_order", "hours_by_month", "hours_by_person",
                          "orders", "sessions", "workshops"},
    "VolunteerService": {"active_during", "sponsorship", "volunteers"},
}


def public_operations(club: Club) -> list[str]:
    """Every public method of every service the Club holds, and of the Club itself."""
    names = [f"Club.{n}" for n, _ in inspect.getmembers(Club, inspect.isfunction)
             if not n.startswith("_") and n not in {"open", "close", "services"}]
    for service in club.services().values():
        cls = type(service)
        if not cls.__name__.endswith("Service"):
            continue
        names += [f"{cls.__name__}.{n}" for n, _ in inspect.getmembers(cls, inspect.isfunction)
                  if not n.startswith("_")]
    return sorted(set(names))


def test_every_public_operation_is_a_known_read_or_a_write_with_a_case(club: Club) -> None:
    operations = public_operations(club)
    assert len(operations) > 100
    unknown = [name for name in operations if name not in WRITES
               and name.split(".")[1] not in READS.get(name.split(".")[0], set())]
    assert unknown == [], "add each to WRITES (with a case) or READS"
    stale = [name for name in WRITES if name not in operations]
    assert stale == []


def _trail_since(club: Club, seq: int) -> set[tuple[str, str, str]]:
    with club.db.session(write=False) as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.record_type,
                                      AuditEntry.record_id).where(col(AuditEntry.seq) > seq))
        return {(a, t, r) for a, t, r in rows}


def _named(entry: tuple[str, str, Any], trail: set[tuple[str, str, str]]) -> bool:
    return any(all(want is ANY or want == got for want, got in zip(entry, found, strict=True))
               for found in trail)


@pytest.mark.parametrize("name", sorted(WRITES))
def test_every_write_leaves_entries_naming_its_records(club: Club, tmp_path: Path,
                                                       name: str) -> None:
    world = build_world(club, tmp_path)
    go = WRITES[name](club, world)
    with club.db.session(write=False) as session:
        mark = int(session.execute(select(func.max(AuditEntry.seq))).scalar_one())
    expected = go()
    trail = _trail_since(club, world.get("since", mark))
    if name != "AuditService.purge":  # the purge empties what it says it purged
        assert trail, f"{name} left no entry in the trail"
    missing = sorted(str(e) for e in expected if not _named(e, trail))
    assert missing == [], f"{name}: entries missing from the trail"
    assert club.audit.verify().ok


def test_a_member_merge_records_the_deleted_member_and_every_moved_row(
        demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        with club.db.session(write=False) as session:
            other, count = session.execute(
                select(Followup.member_id, func.count()).group_by(Followup.member_id)
                .order_by(func.count().desc())).first()  # type: ignore[misc]
            keep = session.scalars(select(Member.id).where(col(Member.id) != other)
                                   .order_by(Member.id)).first()
            moved = set(session.scalars(select(Followup.id).where(
                col(Followup.member_id) == other)))
            mark = int(session.execute(select(func.max(AuditEntry.seq))).scalar_one())
        club.merge_members(keep, other)
        trail = _trail_since(club, mark)
        assert ("delete", "member", str(other)) in trail
        assert {("update", "followup", str(i)) for i in moved} <= trail
        assert count == len(moved) > 1
        assert club.audit.verify().ok
    finally:
        club.close()


# -- the write guard: a bare statement outside the audited path is found ------------------


def test_the_guard_finds_a_bare_bulk_statement_on_a_connection(club: Club,
                                                              every_write_on_the_record: Any
                                                              ) -> None:
    guard = every_write_on_the_record
    member = club.members.create("Nina")
    guard.strict = True  # this test's own statement stands for a service's
    try:
        with club.db.engine.begin() as conn:
            conn.execute(update(Member).where(col(Member.id) == member.id)
                         .values(first_name="Zoé"))
            conn.execute(text("DELETE FROM task"))
        found = list(guard.found)
        guard.found.clear()
    finally:
        guard.strict = False
    assert [f.split(":")[0] for f in found] == ["member", "task"]


def test_the_same_statement_through_a_session_is_on_the_record(club: Club,
                                                              every_write_on_the_record: Any
                                                              ) -> None:
    guard = every_write_on_the_record
    member = club.members.create("Nina")
    guard.strict = True
    try:
        with club.db.session(actor=club.actor) as session:
            session.execute(update(Member).where(col(Member.id) == member.id)
                            .values(first_name="Zoé"))
        found = list(guard.found)
    finally:
        guard.strict = False
    assert found == []
    assert ("update", "member", str(member.id)) in _trail_since(club, 0)
