"""What a write changed, in one vocabulary for every screen: the topics.

Every table of the club maps to the topic(s) it feeds (``TABLE_TOPICS``, checked by a test
to cover every table). The operation layer learns which tables a transaction wrote from the
audit trail's entries (clubdesk.model.audit.chain records them while ``recording()``), the
other desks learn it from the same entries (clubdesk.model.changes): both map them here.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Topic(enum.StrEnum):
    MEMBERS = "members"
    ATTENDANCE = "attendance"
    STAFF = "staff"
    TASKS = "tasks"
    ROTA = "rota"
    REACH_OUT = "reach_out"
    FOLLOWUPS = "followups"
    PATHS = "paths"
    PARTNERS = "partners"
    STRUCTURE = "structure"
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    AUDIT = "audit"
    BACKUPS = "backups"
    OUTINGS = "outings"


EVERY_TOPIC: frozenset[Topic] = frozenset(Topic)

TABLE_TOPICS: dict[str, frozenset[Topic]] = {
    "member": frozenset({Topic.MEMBERS}),
    "membership_period": frozenset({Topic.MEMBERS}),
    "member_skill": frozenset({Topic.MEMBERS}),
    "member_wish": frozenset({Topic.MEMBERS}),
    "member_availability": frozenset({Topic.MEMBERS}),
    "attendance": frozenset({Topic.ATTENDANCE}),
    "staff": frozenset({Topic.STAFF}),
    "staff_period": frozenset({Topic.STAFF}),
    "staff_skill": frozenset({Topic.STAFF}),
    "task": frozenset({Topic.TASKS}),
    "rota_day": frozenset({Topic.ROTA}),
    "rota_entry": frozenset({Topic.ROTA}),
    "reach_out": frozenset({Topic.REACH_OUT}),
    "followup": frozenset({Topic.FOLLOWUPS}),
    "path_step": frozenset({Topic.PATHS}),
    "transitional_cover": frozenset({Topic.PATHS}),
    "supported_employment": frozenset({Topic.PATHS}),
    "partner": frozenset({Topic.PARTNERS}),
    "partner_contact": frozenset({Topic.PARTNERS}),
    "partnership": frozenset({Topic.PARTNERS}),
    "partner_interaction": frozenset({Topic.PARTNERS}),
    "interaction_member": frozenset({Topic.PARTNERS}),
    "charter_signature": frozenset({Topic.MEMBERS}),
    "structure_info": frozenset({Topic.STRUCTURE}),
    "structure_document": frozenset({Topic.STRUCTURE}),
    "opening_hours": frozenset({Topic.STRUCTURE}),
    "funding_line": frozenset({Topic.STRUCTURE}),
    "activity": frozenset({Topic.STRUCTURE}),
    "workshop_session": frozenset({Topic.FOLLOWUPS, Topic.STRUCTURE}),
    "workshop_attendee": frozenset({Topic.FOLLOWUPS, Topic.STRUCTURE}),
    "contract_period": frozenset({Topic.FOLLOWUPS}),
    "exit_plan": frozenset({Topic.FOLLOWUPS}),
    "exit_contact": frozenset({Topic.FOLLOWUPS}),
    "travel_refund": frozenset({Topic.FOLLOWUPS}),
    "meal_taken": frozenset({Topic.FOLLOWUPS}),
    "governance_body": frozenset({Topic.STRUCTURE}),
    "governance_seat": frozenset({Topic.STRUCTURE}),
    "satisfaction_survey": frozenset({Topic.STRUCTURE}),
    "sent_report": frozenset({Topic.STRUCTURE}),
    "setting": frozenset({Topic.SETTINGS}),
    "user_account": frozenset({Topic.ACCOUNTS}),
    "sign_in_throttle": frozenset({Topic.ACCOUNTS}),
    "audit_entry": frozenset({Topic.AUDIT}),
    "volunteer": frozenset({Topic.STAFF}),
    "outing": frozenset({Topic.OUTINGS}),
    "outing_signup": frozenset({Topic.OUTINGS}),
    "objective": frozenset({Topic.FOLLOWUPS}),
    "objective_review": frozenset({Topic.FOLLOWUPS}),
    "objective_level": frozenset({Topic.FOLLOWUPS}),
    "application": frozenset({Topic.FOLLOWUPS, Topic.MEMBERS}),
    "application_event": frozenset({Topic.FOLLOWUPS, Topic.MEMBERS}),
    "admission_commission": frozenset({Topic.FOLLOWUPS, Topic.PARTNERS}),
    "commission_partner": frozenset({Topic.FOLLOWUPS, Topic.PARTNERS}),
    "work_order": frozenset({Topic.PARTNERS, Topic.STRUCTURE}),
    "production_session": frozenset({Topic.FOLLOWUPS, Topic.STRUCTURE}),
    "production_worker": frozenset({Topic.FOLLOWUPS, Topic.STRUCTURE}),
}

# trail entries that change nothing a screen shows (consultations, exports, sign-ins)
QUIET_ACTIONS = ("read", "export", "login", "login_failed")
# actions on the whole club that are not a change of its records
ACTION_TOPICS: dict[str, frozenset[Topic]] = {"backup": frozenset({Topic.BACKUPS})}


def topics_for(entries: Iterable[tuple[str, str]]) -> frozenset[Topic]:
    """The topics of trail entries given as (action, record_type): a table's topics; an
    action on the whole club (a restore, an import, a copy) may have changed everything."""
    topics: set[Topic] = set()
    for action, record_type in entries:
        if action in QUIET_ACTIONS:
            continue
        if action in ACTION_TOPICS:
            topics |= ACTION_TOPICS[action]
        elif record_type in TABLE_TOPICS:
            topics |= TABLE_TOPICS[record_type]
        else:
            topics |= EVERY_TOPIC
    if topics - {Topic.BACKUPS}:
        topics.add(Topic.AUDIT)  # every change is also a new entry of the trail
    return frozenset(topics)
