"""What erasing (or anonymising) a member does to every text column of the store.

Every String column of every table is classified here (a test walks the schema and fails on
a column that is not): the erasure then walks the classification, never a hand-kept list of
"the notes", so a new free-text column cannot be forgotten silently.

Kinds of column
- ``IDENTITY`` (member table): the erased person's own identity and contact. Blanked on the
  erased record (first name « Anonyme »). On the other members' records they are *those*
  people's names: a homonym is someone else, they are kept.
- ``FREE``: free text that can name anyone (notes, titles, reasons, comments, holders...).
  In a row that belongs to the erased person only (see ``OWN_ROWS``) it is emptied; in every
  other row of the store, each occurrence of the person's names (first, last, preferred,
  full name in either order; whole words, case and accents ignored) is replaced by
  « [personne effacée] », and the rest of the text (other people's data) is kept.
  Common names are replaced wherever they appear as a word: erasure errs on the side of
  erasing.
- ``CODE``: a value from a fixed list (CHECK constraint or service validation), a key, a
  time, a hash: it cannot hold a name. The settings' values are configuration (numbers, a
  backup folder, a time stamp), never text about people: rewriting a folder path that
  happened to contain a homonym's name would break the backups.
- ``OTHERS``: the identity of another data subject or entity, with its own life cycle: staff
  (their names, the username in ``updated_by``/``saved_by``), user accounts, partner
  organisations and their contact people, tasks, governance bodies. Not rewritten: a
  homonym's data must not be damaged (and several are unique keys).
- ``AUDIT`` (audit_entry): entries hold who, when, what kind of record and its number,
  never the content (a test checks that no name reaches them). They cannot be rewritten
  without breaking the hash chain; the erasure itself is recorded there, without the name.

A report already sent to the ARS (``sent_report``) is kept as it was sent, files included:
it is the club's record of what the funder received (a legal obligation, GDPR art.
17(3)(b)). It holds counts, never a member's row; a member's name can only reach it through
a title the club typed (a workshop or activity named after someone), which the erasure
scrubs from the live data but not from the sent files. Decided in issue 19; the figures are
checked unchanged in tests/unit/test_sent_report.py.

Rows that belong to the erased person (tables with a member_id, ``OWN_ROWS``)
- ``EMPTY`` membership_period, reach_out, followup, path_step: kept (dates and counts of the
  past annual reports), their free text emptied (notes, next steps, job titles); the exit
  reason of a period is a code (counted in the annual table) and stays.
- ``DELETE`` member_skill, member_wish, member_availability: the person's own preferences,
  in no report: deleted; charter_signature: their signatures, deleted too.
  interaction_member: the link to a partner interaction is removed (unlinked); the
  interaction stays in the partner's history (date, kind: counts). When
  the person was the only member linked, its note concerned them alone and is emptied;
  when others were linked too, they stay linked and the note only loses the person's names,
  like any other shared text (``SOLE_LINKS``).
  workshop_attendee: the person leaves the attendance list of every collective workshop
  session; the sessions stay (title, date, leader: the number of sessions of past years
  does not change, their distinct participants lose the person). A session is a group's
  event: its notes are not emptied when the person was the only one to come, they only lose
  the person's names like any shared text (no ``SOLE_LINKS`` entry).
  outing_signup: the person leaves every list of the GEM's activities and outings (places
  taken, waiting list, who came); the outings stay, their notes lose the person's names.
  production_worker: the person's hours leave every production session (the sessions and
  the orders stay).
- ``KEEP`` attendance, rota_entry, supported_employment: dates and codes only (counts).
- ``DELETE`` objective, objective_review (issue 20): the person's objectives grid, in no
  report, is theirs alone: deleted with the levels of each review (foreign keys cascade).
- ``EMPTY`` application (issue 20): the erased person's applications stay, with their
  dated states (application_event: dates, state and reason codes, the commission, the
  partner reoriented to, the staff member who recorded it), so the number of applications
  and of admissions of past years does not change; their notes are emptied. The told/not
  told flag of a refusal and its reason code say nothing once the person is anonymous.
  The commissions' notes are shared text: they only lose the person's names.
- transitional_cover rows of the person's path steps name who covered (someone else): kept,
  with the person's names replaced as everywhere.
- Pre-insertion (issue 20): contract_period and exit_contact are ``EMPTY`` (dates, kinds and
  renewals kept for the counts; the reason of an early end and the contact notes emptied);
  exit_plan, travel_refund and meal_taken are ``KEEP`` (codes, dates, cents and counts).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, Table, and_, delete, or_, select, update
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from clubdesk.model import tables as _tables  # noqa: F401  (fills SQLModel.metadata)
from clubdesk.model.search_folding import fold

PLACEHOLDER = "[personne effacée]"

IDENTITY = "identity"
FREE = "free"
CODE = "code"
OTHERS = "others"
AUDIT = "audit"

EMPTY = "empty"
DELETE = "delete"
KEEP = "keep"

COLUMNS: dict[str, dict[str, str]] = {
    "member": {
        "first_name": IDENTITY, "last_name": IDENTITY, "preferred_name": IDENTITY,
        "phone": IDENTITY, "email": IDENTITY, "address": IDENTITY,
        "search_key": IDENTITY, "external_ref": IDENTITY,
        "referent_partner": FREE, "other_peer_places": FREE,
        "contact_preference": CODE, "rqth": CODE, "updated_by": OTHERS,
    },
    "membership_period": {"leave_reason": CODE},  # model/exit_reasons.py, never free text
    "charter_signature": {"version": CODE},
    "staff": {"first_name": OTHERS, "last_name": OTHERS, "external_ref": CODE,
              "function": FREE, "qualification": FREE},
    "attendance": {"half_day": CODE, "mode": CODE},
    "task": {"name": OTHERS, "half_days": CODE, "weekdays": CODE, "skill": OTHERS,
             "mode": CODE, "external_ref": CODE, "updated_by": OTHERS},
    "member_skill": {"name": FREE, "level": CODE},
    "staff_skill": {"level": CODE},
    "member_wish": {"kind": CODE},
    "member_availability": {"half_day": CODE},
    "reach_out": {"channel": CODE, "done_by": FREE, "note": FREE},
    "setting": {"key": CODE, "value": CODE},
    "rota_day": {"saved_by": OTHERS},
    "rota_entry": {"half_day": CODE},
    "partner": {"name": OTHERS, "category": CODE, "address": OTHERS, "city": OTHERS,
                "external_ref": CODE},
    "partner_contact": {"name": OTHERS, "phone": OTHERS, "email": OTHERS, "role": FREE},
    "partnership": {"kind": FREE},
    "partner_interaction": {"kind": CODE, "note": FREE},
    "followup": {"kind": CODE, "note": FREE, "next_step": FREE},
    "path_step": {"kind": CODE, "category": CODE, "contract": CODE, "title": FREE},
    "transitional_cover": {"covered_by": FREE},
    "supported_employment": {"module": CODE},
    "structure_info": {"key": CODE, "value": FREE},
    "opening_hours": {"opens": CODE, "closes": CODE},
    "funding_line": {"funder": FREE, "kind": CODE},
    "activity": {"title": FREE, "kind": FREE, "status": CODE, "description": FREE},
    # the outside leader is another person (a partner, a volunteer): never rewritten
    "workshop_session": {"title": FREE, "status": CODE, "leader_name": OTHERS, "notes": FREE},
    "governance_body": {"name": OTHERS},
    "governance_seat": {"holder": FREE},  # every version kept (issue 19): all rewritten
    # the lease and état des lieux: their file name may name someone; the bytes are the
    # club's contracts (landlord, signatories), not a member's data, and are not read
    "structure_document": {"kind": CODE, "file_name": FREE, "media_type": CODE},
    "satisfaction_survey": {"audience": CODE, "summary": FREE},
    "user_account": {"username": OTHERS, "display_name": OTHERS, "role": CODE,
                     "password_hash": CODE},
    # the report as sent to the ARS: counts, never a member; kept as sent (annual/sent.py)
    "sent_report": {"sent_by": OTHERS},
    "sign_in_throttle": {"name_key": CODE},  # a SHA-256 of the name tried, never text
    # pre-insertion applications: the notes are the person's (emptied in their own rows);
    # states and refusal reasons are codes; who recorded an event is a staff member
    "application": {"notes": FREE},
    "application_event": {"state": CODE, "reason": CODE, "recorded_by": OTHERS},
    "admission_commission": {"notes": FREE},
    "contract_period": {"kind": CODE, "end_reason": FREE},
    "exit_plan": {"kind": CODE, "destination": CODE},
    "exit_contact": {"channel": CODE, "note": FREE},
    "audit_entry": {"username": AUDIT, "action": AUDIT, "record_type": AUDIT,
                    "record_id": AUDIT, "prev_hash": AUDIT, "hash": AUDIT,
                    "seal": AUDIT},
    # a GEM's volunteer animator is another person (not a member): never rewritten
    "volunteer": {"name": OTHERS, "functions": FREE, "qualifications": FREE},
    # a GEM's activities and outings (issue 20): the place may name a host, erased as text
    "outing": {"title": FREE, "kind": CODE, "starts_at": CODE, "place": FREE, "status": CODE,
               "notes": FREE},
    "objective": {"domain": CODE, "text": FREE},
    "objective_review": {"coordinator_name": OTHERS, "own_words": FREE, "comment": FREE},
    "objective_level": {"level": CODE},
    # work insertion (issue 20): an order's text and notes may name someone; the workshop
    # is a place's name typed by the club, rewritten like any shared text
    "work_order": {"what": FREE, "status": CODE, "notes": FREE},
    "production_session": {"workshop": FREE},
}

OWN_ROWS: dict[str, str] = {
    "membership_period": EMPTY, "reach_out": EMPTY, "followup": EMPTY, "path_step": EMPTY,
    "member_skill": DELETE, "member_wish": DELETE, "member_availability": DELETE,
    "interaction_member": DELETE, "workshop_attendee": DELETE, "charter_signature": DELETE,
    "attendance": KEEP, "rota_entry": KEEP, "supported_employment": KEEP,
    "outing_signup": DELETE,
    "objective": DELETE, "objective_review": DELETE,  # their levels go with them (cascade)
    "application": EMPTY,
    "contract_period": EMPTY, "exit_contact": EMPTY, "exit_plan": KEEP,
    "travel_refund": KEEP, "meal_taken": KEEP,
    "production_worker": DELETE,
}


# Link tables whose other side is a row about the linked members: when the erased person is
# the only one linked, that row's free text is theirs alone and is emptied.
SOLE_LINKS: dict[str, tuple[str, str]] = {
    "interaction_member": ("partner_interaction", "interaction_id"),
}


def kind_of(table: str, column: str) -> str:
    """The column's kind; a column nobody classified is treated as free text (the safe
    side), and the schema test fails until it is classified."""
    return COLUMNS.get(table, {}).get(column, FREE)


def is_text(column: Any) -> bool:
    """A String or Text column, including SQLModel's AutoString (a TypeDecorator)."""
    kind = column.type
    return isinstance(kind, String) or isinstance(getattr(kind, "impl_instance", None), String)


def text_columns(table: Table) -> list[Any]:
    return [c for c in table.columns if is_text(c)]


def member_tables() -> list[Table]:
    """The tables whose rows point at a member (member_id → member.id)."""
    return [t for t in SQLModel.metadata.sorted_tables
            if "member_id" in t.c and any(fk.column.table.name == "member"
                                          for fk in t.c.member_id.foreign_keys)]


# -- names in free text ---------------------------------------------------------------

_APOSTROPHES = "'’ʼ‘`´"
_SEPARATOR = re.compile(r"[\s\-‐‑‒–—_.,;/]")


def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return ""
    if _SEPARATOR.fullmatch(ch):
        return " "
    return fold(ch) if ch.strip() else " "


def _folded_with_map(value: str) -> tuple[str, list[int]]:
    """The folded text (as model.text.fold, runs of separators kept as one space) and, for
    each folded character, the index of the original character it comes from."""
    out: list[str] = []
    source: list[int] = []
    for i, ch in enumerate(value):
        for piece in _fold_char(ch):
            if piece == " " and (not out or out[-1] == " "):
                continue
            out.append(piece)
            source.append(i)
    return "".join(out), source


@dataclass
class NameMatcher:
    """Finds a person's names in any text (whole words, case and accents ignored)."""

    names: Iterable[str]
    pattern: re.Pattern[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        variants = {fold(n) for n in self.names}
        variants = {v for v in variants if len(v.replace(" ", "")) >= 2}
        if variants:
            alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len,
                                                                  reverse=True))
            self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    @classmethod
    def for_person(cls, first: str, last: str, preferred: str) -> NameMatcher:
        parts = [p for p in (first, last, preferred) if p.strip()]
        full = [f"{a} {b}" for a in (first, preferred) for b in (last,) if a and b]
        full += [f"{last} {a}" for a in (first, preferred) if a and last]
        return cls(parts + full)

    def found_in(self, value: str) -> bool:
        if self.pattern is None or not value:
            return False
        # fold() is the fast test (most texts do not name the person); _folded_with_map
        # folds the same way, character by character, for the texts that do.
        return self.pattern.search(fold(value)) is not None

    def replace(self, value: str) -> str:
        if not self.found_in(value):
            return value
        assert self.pattern is not None
        folded, source = _folded_with_map(value)
        spans = []
        for match in self.pattern.finditer(folded):
            start = source[match.start()]
            end = source[match.end() - 1] + 1
            while end < len(value) and unicodedata.combining(value[end]):
                end += 1  # a decomposed accent belongs to the last letter
            spans.append((start, end))
        for start, end in reversed(spans):
            value = value[:start] + PLACEHOLDER + value[end:]
        return value


# -- the erasure in the store -----------------------------------------------------------


def _key(table: Table, row: Any) -> str:
    return ",".join(str(getattr(row, c.name)) for c in table.primary_key.columns)


def _where_key(table: Table, row: Any) -> Any:
    return and_(*(c == getattr(row, c.name) for c in table.primary_key.columns))


def _fit(column: Any, value: str) -> str:
    length = getattr(column.type, "length", None)
    return value[:length] if length else value


def erase_texts(conn: Session, member_id: int,
                matcher: NameMatcher) -> list[tuple[str, str, str]]:
    """Apply OWN_ROWS to the person's rows, then replace their names in every free-text
    column of every table. Returns the (action, table, key) of each row changed (no
    content); the statements run through the session, whose audit hook records each row."""
    changed: list[tuple[str, str, str]] = []
    changed += _empty_sole_parents(conn, member_id)
    for table in member_tables():
        rule = OWN_ROWS.get(table.name, DELETE)  # an unclassified table: the safe side
        mine = table.c.member_id == member_id
        if rule == DELETE:
            for row in conn.execute(select(*table.primary_key.columns).where(mine)):
                changed.append(("delete", table.name, _key(table, row)))
            conn.execute(delete(table).where(mine))
        elif rule == EMPTY:
            free = [c for c in text_columns(table) if kind_of(table.name, c.name) == FREE]
            if free:
                for row in conn.execute(select(*table.primary_key.columns).where(
                        mine, _any_not_empty(free))):
                    changed.append(("update", table.name, _key(table, row)))
                conn.execute(update(table).where(mine).values({c.name: "" for c in free}))
    if matcher.pattern is None:
        return changed
    for table in SQLModel.metadata.sorted_tables:
        free = [c for c in text_columns(table) if kind_of(table.name, c.name) == FREE]
        if not free:
            continue
        rows = conn.execute(select(*table.primary_key.columns, *free).where(
            _any_not_empty(free))).all()
        for row in rows:
            values = {}
            for c in free:
                old = getattr(row, c.name)
                new = matcher.replace(old) if old else old
                if new != old:
                    values[c.name] = _fit(c, new)
            if values:
                conn.execute(update(table).where(_where_key(table, row)).values(values))
                changed.append(("update", table.name, _key(table, row)))
    return changed


def _empty_sole_parents(conn: Session, member_id: int) -> list[tuple[str, str, str]]:
    """A row reached through a link table (a partner interaction) that concerned the
    person alone belongs to them only: its free text is emptied before the link goes."""
    changed = []
    meta = SQLModel.metadata.tables
    for link_name, (parent_name, key) in SOLE_LINKS.items():
        link, parent = meta[link_name], meta[parent_name]
        mine = select(link.c[key]).where(link.c.member_id == member_id)
        shared = select(link.c[key]).where(link.c.member_id != member_id)
        pk = parent.primary_key.columns
        ids = [r[0] for r in conn.execute(select(*pk).where(
            next(iter(pk)).in_(mine), next(iter(pk)).not_in(shared)))]
        free = [c for c in text_columns(parent) if kind_of(parent_name, c.name) == FREE]
        if ids and free:
            conn.execute(update(parent).where(next(iter(pk)).in_(ids)).values(
                {c.name: "" for c in free}))
            changed += [("update", parent_name, str(i)) for i in ids]
    return changed


def _any_not_empty(columns: list[Any]) -> Any:
    return or_(*(and_(c.is_not(None), c != "") for c in columns))
