"""Importing the exchange format: everything or nothing, every error listed with its place.

One transaction: rows are checked and inserted file by file (entities first, so that the
other files can refer to them by key); at the end, any error rolls everything back and the
errors are given as ``file:line: column: message`` (up to 200). ``dry_run`` checks and counts
and always rolls back. ``merge`` completes an existing club: records are matched by their
key (external reference, or the number clubdesk exported), nothing is ever deleted.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlmodel import Session, SQLModel, col

from clubdesk.model import clock, structure_history
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.accounts.users import UNUSABLE_HASH
from clubdesk.model.audit.chain import append
from clubdesk.model.career_paths import validate_step
from clubdesk.model.charter import check_version
from clubdesk.model.errors import ClubdeskError, Term, ValidationError, say
from clubdesk.model.exchange import accounts
from clubdesk.model.exchange.accounts import AccountsOutcome, NewAdmin
from clubdesk.model.exchange.contract_rows import contract_handlers
from clubdesk.model.exchange.exporter import collect, fmt
from clubdesk.model.exchange.reading import (
    CellError,
    RawFile,
    Table,
    iter_cells,
    open_source,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_int,
    parse_number,
    read_table,
)
from clubdesk.model.exchange.spec import BY_NAME, FILES, Col, FileSpec
from clubdesk.model.exchange.words import bool_word, read_choice, reading_line
from clubdesk.model.followups import validate_followup
from clubdesk.model.members import periods_overlap, validate_member_fields
from clubdesk.model.objectives import check_objective_text, check_review_texts
from clubdesk.model.outings import check_outing
from clubdesk.model.production import MAX_MINUTES, check_client, check_order_fields
from clubdesk.model.search_folding import fold, search_key
from clubdesk.model.staff import validate_fte
from clubdesk.model.storage import dialect
from clubdesk.model.storage.db import Database
from clubdesk.model.structure import check_info
from clubdesk.model.structure_documents import document_file_name, media_type_of
from clubdesk.model.structure_kinds import SETTING_KEY as KINDS_KEY
from clubdesk.model.structure_kinds import check_kinds, store_kinds, stored_kinds
from clubdesk.model.tables import (
    DOCUMENT_MAX_BYTES,
    EARLIEST,
    Activity,
    AdmissionCommission,
    Application,
    ApplicationEvent,
    Attendance,
    CharterSignature,
    CommissionPartner,
    Followup,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    InteractionMember,
    Member,
    MemberAvailability,
    MembershipPeriod,
    MemberSkill,
    MemberWish,
    Objective,
    ObjectiveLevel,
    ObjectiveReview,
    OpeningHours,
    Outing,
    OutingSignup,
    Partner,
    PartnerContact,
    PartnerInteraction,
    Partnership,
    PathStep,
    ProductionSession,
    ProductionWorker,
    ReachOut,
    RotaDay,
    RotaEntry,
    SatisfactionSurvey,
    Setting,
    Staff,
    StaffPeriod,
    StaffSkill,
    StructureDocument,
    StructureInfo,
    SupportedEmployment,
    Task,
    TransitionalCover,
    UserAccount,
    Volunteer,
    WorkOrder,
    WorkshopAttendee,
    WorkshopSession,
)
from clubdesk.model.tasks import _check as check_task
from clubdesk.model.validation import check_email, check_order, check_phone
from clubdesk.model.volunteers import check_volunteer
from clubdesk.model.workshops import check_session

MAX_ERRORS = 200
# a document's base64 text for DOCUMENT_MAX_BYTES (10 MB), and a little for line ends
MAX_DOCUMENT_CHARS = (DOCUMENT_MAX_BYTES + 2) // 3 * 4 + 64
CHUNK = 20_000
ENTITY_MODELS: dict[str, Any] = {"members.csv": Member, "staff.csv": Staff,
                                 "partners.csv": Partner, "tasks.csv": Task}
Progress = Callable[[int, str], None]


class ClubNotEmpty(ClubdeskError):
    """A full import into a club that already has people (``merge`` completes it instead)."""


class ImportFailed(ClubdeskError):
    """Nothing was written; ``errors`` lists every problem found (up to 200)."""

    def __init__(self, errors: list[str], total: int) -> None:
        if total > MAX_ERRORS:
            super().__init__("L'import est refusé : {total} erreurs (les {listed} premières "
                             "sont listées). Rien n'a été enregistré.",
                             total=total, listed=MAX_ERRORS)
        elif total <= 1:
            super().__init__("L'import est refusé : {total} erreur. Rien n'a été "
                             "enregistré.", total=total)
        else:
            super().__init__("L'import est refusé : {total} erreurs. Rien n'a été "
                             "enregistré.", total=total)
        self.errors = errors
        self.total = total


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)  # file -> rows written
    skipped: dict[str, int] = field(default_factory=dict)  # file -> rows already there
    dialects: list[str] = field(default_factory=list)  # "members.csv lu comme : ..."
    # how each unusual value of a coded column was read, once per (file, column, value):
    # "path_steps.csv, ligne 4, colonne contrat : « CDI » lu comme cdi"
    readings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # unknown files
    dry_run: bool = False
    accounts: AccountsOutcome = field(default_factory=AccountsOutcome)
    recovery_code: str | None = None  # the club's first accounts: shown once


class _Run:
    """The state of one import: keys seen, errors, counts."""

    def __init__(self, session: Session, merge: bool, today: date) -> None:
        self.session = session
        self.merge = merge
        self.today = today
        self.errors: list[str] = []
        self.total_errors = 0
        self.keys: dict[str, dict[str, int]] = {name: {} for name in ENTITY_MODELS}
        self.local: dict[str, dict[str, int]] = {"path_steps.csv": {},
                                                 "partner_interactions.csv": {},
                                                 "workshop_sessions.csv": {},
                                                 "outings.csv": {},
                                                 "objectives.csv": {}, "reviews.csv": {},
                                                 "commissions.csv": {},
                                                 "applications.csv": {},
                                                 "orders.csv": {},
                                                 "production_sessions.csv": {}}
        self.report = ImportReport()
        self.existing: dict[str, set[tuple[str, ...]]] = {}
        self.read_as: set[tuple[str, str, str]] = set()  # (file, column, value) reported

    def read_as_told(self, table: Table, column: str, line: int, text: str,
                     meant: str) -> None:
        """Reports once how a value written otherwise than the export writes it was read."""
        if (table.name, column, text) in self.read_as:
            return
        self.read_as.add((table.name, column, text))
        self.report.readings.append(reading_line(
            table.name, line, table.written.get(column, column), text, meant))

    def error(self, file: str, line: int, column: str | None, message: str) -> None:
        self.total_errors += 1
        if len(self.errors) < MAX_ERRORS:
            where = f"{file}:{line}: {column}: " if column else f"{file}:{line}: "
            self.errors.append(f"{where}{message.rstrip('.')}.")

    @property
    def full(self) -> bool:
        return len(self.errors) >= MAX_ERRORS


def _convert(run: _Run, table: Table, col: Col, text: str, line: int) -> Any:
    if not text:
        if col.required:
            raise CellError(say("valeur obligatoire manquante"))
        return None
    kind = col.kind
    if kind in ("text", "key", "local"):
        return text
    if kind == "date":
        return parse_date(text, table.dates_seen)
    if kind == "datetime":
        return parse_datetime(text, table.dates_seen)
    if kind == "bool":
        value = parse_bool(text)
        if fold(text) not in (fmt(value), fold(bool_word(value))):  # « X », « 1 », « vrai »
            run.read_as_told(table, col.name, line, text, bool_word(value))
        return value
    if kind == "int":
        return parse_int(text)
    if kind == "float":
        return parse_number(text)
    if kind == "choice":
        code = read_choice(table.name, col, text)
        if code != text:
            run.read_as_told(table, col.name, line, text, code)
        return code
    if kind == "ref":
        target = col.target
        found = (run.keys.get(target) or run.local.get(target) or {}).get(text)
        if found is None:
            raise CellError(say("« {text} » n'existe pas dans {file}", text=text, file=target))
        return found
    raise AssertionError(kind)


def _rows(run: _Run, table: Table) -> Iterator[tuple[int, dict[str, Any]]]:
    """Converted rows of a table, lazily; cells that cannot be read become errors."""
    spec = BY_NAME[table.name]
    present = [c for c in spec.cols if c.name in table.header]
    absent = {c.name: None for c in spec.cols if c.name not in table.header}
    for line, cells in iter_cells(table):
        values: dict[str, Any] = dict(absent)
        ok = True
        for column in present:
            try:
                values[column.name] = _convert(run, table, column, cells[column.name], line)
            except CellError as exc:
                run.error(table.name, line, column.name, str(exc))
                ok = False
        if ok:
            yield line, values
        if run.full:
            return


def _canon(spec: FileSpec, values: dict[str, Any], keys_back: dict[str, dict[int, str]],
           skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A row as the exporter would write it, to spot rows the club already holds (merge)."""
    out = []
    for c in spec.cols:
        if c.name in skip:
            continue
        v = values.get(c.name)
        if c.kind == "ref" and v is not None and c.target in keys_back:
            out.append(keys_back[c.target].get(v, ""))
        else:
            out.append(fmt(v))
    return tuple(out)


def import_club(db: Database, actor: Actor, source: Path, *, merge: bool = False,
                dry_run: bool = False, today: date | None = None,
                progress: Progress | None = None,
                admin: NewAdmin | None = None) -> ImportReport:
    """``admin``: the account that signs in after the import (see exchange.accounts)."""
    require(actor, *STAFF_ROLES)  # the reception imports nothing: not even read
    raws = open_source(source)
    known = [r for r in raws if r.name in BY_NAME]
    ignored = [r.origin for r in raws if r.name not in BY_NAME]
    accounts.check_role(actor, (r.name for r in known), admin)  # per file, before writing
    admin_checked = admin.checked() if admin is not None else None
    if not known:
        raise ClubdeskError("« {source} » ne contient aucun fichier du format d'échange "
                            "(members.csv, attendance.csv…).", source=source)
    by_name: dict[str, RawFile] = {}
    for r in known:
        by_name.setdefault(r.name, r)
    session = Session(db.engine, expire_on_commit=False)
    session.info["actor_name"] = actor.name
    try:
        db.begin_write(session)
        run = _Run(session, merge, today or clock.today())
        run.report.ignored = ignored
        run.report.dry_run = dry_run
        members = session.execute(select(func.count()).select_from(Member)).scalar_one()
        if members == 1 and not merge:
            raise ClubNotEmpty("Ce club a déjà une personne : l'import est refusé. "
                                "Pour compléter ce club sans rien effacer, utilisez --merge.")
        if members and not merge:
            raise ClubNotEmpty("Ce club a déjà {members} personnes : l'import est refusé. "
                                "Pour compléter ce club sans rien effacer, utilisez --merge.",
                                members=members)
        had_accounts = bool(session.execute(
            select(func.count()).select_from(UserAccount)).scalar_one())
        if merge:
            _load_existing(run)
        specs = [f for f in FILES if f.name in by_name]
        for n, spec in enumerate(specs):
            table = read_table(by_name[spec.name])
            if table.header:
                HANDLERS[spec.name](run, spec, _rows(run, table))
                run.report.dialects.append(table.describe())
            for message in table.errors:  # found while reading the header and the rows
                run.total_errors += 1
                if not run.full:
                    run.errors.append(message)
            if progress is not None:
                progress(int(100 * (n + 1) / len(specs)), spec.name)
            if run.full:
                break
        if run.total_errors:
            raise ImportFailed(run.errors, run.total_errors)
        run.report.accounts = accounts.settle(session, admin_checked, had_accounts)
        _charter_version_from_signatures(session)
        if run.report.accounts.first_accounts and not dry_run:
            run.report.recovery_code = _first_recovery_code(session)
        if dry_run:
            session.rollback()
        else:
            written = sum(run.report.created.values())
            # rows may carry the ids of the source: the next new row follows them
            dialect.reset_sequences(session.connection(), SQLModel.metadata.sorted_tables)
            append(session.connection(), actor.name, "import", "club",
                   f"{written} {'ligne' if written <= 1 else 'lignes'} depuis {source.name}")
            session.commit()
        return run.report
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _charter_version_from_signatures(session: Session) -> None:
    """The settings are not exchanged: a club without a charter version of its own takes the
    version of the latest signature (the charter people sign today), as migration 0016."""
    if session.get(Setting, "charter_version") is not None:
        return
    latest = session.execute(
        select(col(CharterSignature.version)).order_by(
            col(CharterSignature.signed_on).desc(), col(CharterSignature.id).desc())
        .limit(1)).scalar()
    if latest is not None:
        session.add(Setting(key="charter_version", value=latest))
        session.flush()


def _first_recovery_code(session: Session) -> str:
    """The club's recovery code, when an import gives it its first accounts."""
    from clubdesk.model.accounts import recovery
    from clubdesk.model.accounts.users import hash_secret

    code = recovery.new_code()
    recovery.store_hash(session, hash_secret(recovery.normal_code(code)))
    return code


def _load_existing(run: _Run) -> None:
    """Merge: the club's keys, and its rows as the exporter writes them."""
    for name, model in ENTITY_MODELS.items():
        for ident, ref in run.session.execute(select(model.id, model.external_ref)):
            run.keys[name][ref if ref is not None else str(ident)] = ident
    for name, rows in collect(run.session).items():
        if name in ("attendance.csv", "structure_documents.csv"):  # checked by their handlers
            continue
        run.existing[name] = {tuple(r) for r in rows}


# -- handlers: one per file -----------------------------------------------------------------

Rows = Iterator[tuple[int, dict[str, Any]]]


class _Count:
    value = 0


def _bulk(run: _Run, spec: FileSpec, model: Any, records: Iterable[dict[str, Any]],
          skipped: _Count | int = 0) -> None:
    """Core executemany in chunks, as the rows come (the transaction makes it all or
    nothing); once an error is known nothing more is inserted, only checked. Through the
    session, whose audit hook records each row created."""
    table = model.__table__
    connection = run.session
    chunk: list[dict[str, Any]] = []
    written = 0
    for record in records:
        chunk.append(record)
        if len(chunk) >= CHUNK:
            if not run.total_errors:
                connection.execute(table.insert(), chunk)
            written += len(chunk)
            chunk = []
    if chunk and not run.total_errors:
        connection.execute(table.insert(), chunk)
    written += len(chunk)
    run.report.created[spec.name] = run.report.created.get(spec.name, 0) + written
    count = skipped if isinstance(skipped, int) else skipped.value
    if count:
        run.report.skipped[spec.name] = count


def _keys_back(run: _Run) -> dict[str, dict[int, str]]:
    return {name: {v: k for k, v in keys.items()} for name, keys in run.keys.items()}


def _simple(model: Any, columns: dict[str, str] | None = None,
            check: Callable[[_Run, dict[str, Any]], None] | None = None
            ) -> Callable[[_Run, FileSpec, Rows], None]:
    """A file whose rows map column by column onto a table (refs resolved to ids)."""

    def handler(run: _Run, spec: FileSpec, rows: Rows) -> None:
        back = _keys_back(run) if run.merge else {}
        existing = run.existing.get(spec.name, set())
        skipped = _Count()

        def records() -> Iterator[dict[str, Any]]:
            for line, values in rows:
                try:
                    if check is not None:
                        check(run, values)
                except ValidationError as exc:
                    run.error(spec.name, line, exc.field, str(exc))
                    continue
                if run.merge and _canon(spec, values, back) in existing:
                    skipped.value += 1
                    continue
                yield {(columns or {}).get(k, k): v for k, v in values.items()
                       if (columns or {}).get(k, k) is not None}

        _bulk(run, spec, model, records(), skipped)

    return handler


def _entities(model: Any, key: str, build: Callable[[_Run, dict[str, Any]], dict[str, Any]]
              ) -> Callable[[_Run, FileSpec, Rows], None]:
    """Members, staff, partners, tasks: each row's key becomes its external reference."""

    def handler(run: _Run, spec: FileSpec, rows: Rows) -> None:
        keys = run.keys[spec.name]
        seen: dict[str, int] = {}
        created = updated = 0
        for line, values in rows:
            ref = values[key]
            if ref is None:  # the key column is missing: already reported on the header
                continue
            if ref in seen:
                run.error(spec.name, line, key, say("« {key} » est en double (déjà ligne {line})",
                                                    key=ref, line=seen[ref]))
                continue
            seen[ref] = line
            try:
                record = build(run, values)
            except ValidationError as exc:
                run.error(spec.name, line, exc.field, str(exc))
                continue
            if run.total_errors:
                keys[ref] = -line  # keep checking references; nothing will be written
                continue
            if ref in keys:  # merge: the club already has this record
                run.session.execute(update(model).where(model.id == keys[ref]).values(**record))
                updated += 1
            else:
                record["external_ref"] = ref
                new_id = run.session.execute(insert(model).values(**record)
                                             .returning(model.id)).scalar_one()
                keys[ref] = new_id
                created += 1
        run.report.created[spec.name] = created
        if updated:
            run.report.skipped[spec.name] = updated

    return handler


def _member(run: _Run, v: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v[k] for k in ("first_name", "last_name", "preferred_name", "phone", "email",
                                "contact_preference", "address", "referent_partner",
                                "other_peer_places")}
    fields["contact_preference"] = fields["contact_preference"] or "none"
    fields["rqth"] = None if v["rqth"] is None else ("yes" if v["rqth"] else "no")
    clean = validate_member_fields({k: ("" if x is None else x) for k, x in fields.items()})
    clean["search_key"] = search_key(clean["first_name"], clean["last_name"],
                                     clean["preferred_name"])
    partner_id = v.get("referent_partner_id")
    contact = (v.get("referent_contact") or "").strip()
    clean["referent_partner_id"] = partner_id
    clean["referent_contact_id"] = None
    if contact:
        if partner_id is None:
            raise ValidationError("referent_contact", say(
                "un contact référent demande son partenaire référent"))
        found = run.session.scalars(select(col(PartnerContact.id)).where(
            col(PartnerContact.partner_id) == partner_id,
            col(PartnerContact.name) == contact).order_by(col(PartnerContact.id))).first()
        if found is None:
            raise ValidationError("referent_contact", say(
                "« {name} » n'est pas un contact de ce partenaire", name=contact))
        clean["referent_contact_id"] = found
    return clean


def _staff(run: _Run, v: dict[str, Any]) -> dict[str, Any]:
    return {"first_name": v["first_name"], "last_name": v["last_name"] or "",
            "function": v["function"] or "", "qualification": v["qualification"] or "",
            "peer_worker": bool(v["peer_worker"])}


def _partner(run: _Run, v: dict[str, Any]) -> dict[str, Any]:
    return {"name": v["name"], "category": v["category"], "city": v["city"] or "",
            "address": v["address"] or "", "archived": bool(v["archived"])}


def _task(run: _Run, v: dict[str, Any]) -> dict[str, Any]:
    values = {"name": v["name"], "half_days": v["half_days"] or "am,pm",
              "weekdays": v["weekdays"] or "1,2,3,4,5", "min_people": v["min_people"] or 2,
              "max_people": v["max_people"] or 3, "skill": v["skill"] or None,
              "mode": v["mode"] or "onsite", "priority": v["priority"] or 1}
    return {**check_task(values), "archived": bool(v["archived"])}


def _periods(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """Membership periods: in order, never overlapping one another or the club's."""
    by_member: dict[int, list[tuple[date, date | None]]] = {}
    if run.merge:
        for mid, joined, left in run.session.execute(select(
                col(MembershipPeriod.member_id), col(MembershipPeriod.joined_on),
                col(MembershipPeriod.left_on))):
            by_member.setdefault(mid, []).append((joined, left))
    records, skipped = [], 0
    for line, v in rows:
        mid, joined, left = v["member_id"], v["joined_on"], v["left_on"]
        if left is not None and left < joined:
            run.error(spec.name, line, "left_on",
                      say("la date de sortie est avant la date d'entrée"))
            continue
        if joined > run.today:
            run.error(spec.name, line, "joined_on", say("la date d'entrée est dans le futur"))
            continue
        others = by_member.setdefault(mid, [])
        if (joined, left) in others:
            skipped += 1
            continue
        if any(periods_overlap(joined, left, a, b) for a, b in others):
            run.error(spec.name, line, "joined_on", say(
                "cette période chevauche une autre période du même membre"))
            continue
        others.append((joined, left))
        records.append({"member_id": mid, "joined_on": joined, "left_on": left,
                        "leave_reason": v["leave_reason"] or ""})
    _bulk(run, spec, MembershipPeriod, records, skipped)


def _staff_periods(run: _Run, spec: FileSpec, rows: Rows) -> None:
    by_staff: dict[int, list[tuple[date, date | None]]] = {}
    records, skipped = [], 0
    existing = run.existing.get(spec.name, set())
    back = _keys_back(run) if run.merge else {}
    for line, v in rows:
        try:
            v["fte"] = validate_fte(v["fte"])
            check_order(v["started_on"], v["ended_on"], "ended_on", Term("Contrat"))
        except ValidationError as exc:
            run.error(spec.name, line, exc.field, str(exc))
            continue
        if run.merge and _canon(spec, v, back) in existing:
            skipped += 1
            continue
        others = by_staff.setdefault(v["staff_id"], [])
        start, end = v["started_on"], v["ended_on"]
        if any((e is None or start <= e) and (end is None or s <= end) for s, e in others):
            run.error(spec.name, line, "started_on", say(
                "cette période chevauche une autre période du même salarié"))
            continue
        others.append((start, end))
        records.append(v)
    _bulk(run, spec, StaffPeriod, records, skipped)


def _staff_skills(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """A level per staff member and task: the same pair twice (in the file, or in the club
    with another level when merging) is refused."""
    held: dict[tuple[int, int], str] = {}
    if run.merge:
        held = {(x.staff_id, x.task_id): x.level for x in run.session.scalars(select(StaffSkill))}
    records, skipped = [], 0
    for line, v in rows:
        pair = (v["staff_id"], v["task_id"])
        level = held.get(pair)
        if level is not None:
            if run.merge and level == v["level"]:
                skipped += 1
            else:
                run.error(spec.name, line, "task_id", say(
                    "ce salarié a déjà un niveau pour cette tâche"))
            continue
        held[pair] = v["level"]
        records.append(v)
    _bulk(run, spec, StaffSkill, records, skipped)


_HALF_BITS = {"am": 1, "pm": 2, "day": 4}
_CLASHES = {"am": 1 | 4, "pm": 2 | 4, "day": 1 | 2 | 4}


def _attendance(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """Presences: one per member, date and half-day ('day' covers the morning and afternoon).
    What is taken is kept as one small int per member and day, for half a million rows."""
    taken: dict[int, int] = {}
    if run.merge:
        for mid, day, half in run.session.execute(select(
                col(Attendance.member_id), col(Attendance.date), col(Attendance.half_day))):
            key = (mid << 20) | day.toordinal()
            taken[key] = taken.get(key, 0) | _HALF_BITS[half]
    skipped = _Count()

    def records() -> Iterator[dict[str, Any]]:
        for line, v in rows:
            half = v["half_day"]
            key = (v["member_id"] << 20) | v["date"].toordinal()
            slot = taken.get(key, 0)
            if slot & _CLASHES[half]:
                if run.merge and slot & _HALF_BITS[half]:
                    skipped.value += 1
                else:
                    run.error(spec.name, line, "half_day", say(
                        "cette personne est déjà pointée pour cette demi-journée"))
                continue
            taken[key] = slot | _HALF_BITS[half]
            yield {"member_id": v["member_id"], "date": v["date"], "half_day": half,
                   "mode": v["mode"] or "onsite", "checked_in_at": v["checked_in_at"]}

    _bulk(run, spec, Attendance, records(), skipped)


def _locals(model: Any, key: str, columns: dict[str, str],
            check: Callable[[_Run, dict[str, Any]], None] | None = None
            ) -> Callable[[_Run, FileSpec, Rows], None]:
    """Path steps and interactions: rows with a key valid only inside this exchange."""

    def handler(run: _Run, spec: FileSpec, rows: Rows) -> None:
        locals_ = run.local[spec.name]
        back = _keys_back(run) if run.merge else {}
        existing: dict[tuple[str, ...], int] = {}
        if run.merge:
            existing = _existing_locals(run, spec, back)
        created = skipped = 0
        for n, (line, v) in enumerate(rows, 1):
            ref = v.get(key) or str(n)
            if ref in locals_:
                run.error(spec.name, line, key, say("« {key} » est en double", key=ref))
                continue
            try:
                if check is not None:
                    check(run, v)
            except ValidationError as exc:
                run.error(spec.name, line, exc.field, str(exc))
                continue
            canon = _canon(spec, v, back, skip=(key,))
            if canon in existing:
                locals_[ref] = existing[canon]
                skipped += 1
                continue
            if run.total_errors:
                locals_[ref] = -line
                continue
            record = {columns.get(k, k): x for k, x in v.items()
                      if k != key and columns.get(k, k) is not None}
            locals_[ref] = run.session.execute(insert(model).values(**record)
                                               .returning(model.id)).scalar_one()
            created += 1
        run.report.created[spec.name] = created
        if skipped:
            run.report.skipped[spec.name] = skipped

    return handler


def _existing_locals(run: _Run, spec: FileSpec,
                     back: dict[str, dict[int, str]]) -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    if spec.name == "path_steps.csv":
        for s in run.session.scalars(select(PathStep)):
            v = {"member_id": s.member_id, "kind": s.kind, "started_on": s.started_on,
                 "ended_on": s.ended_on, "partner_id": s.partner_id, "category": s.category,
                 "contract": s.contract, "hours_per_week": s.hours_per_week, "title": s.title}
            out[_canon(spec, v, back, skip=("step_id",))] = s.id or 0
    elif spec.name == "workshop_sessions.csv":
        for w in run.session.scalars(select(WorkshopSession)):
            v = {"title": w.title, "held_on": w.held_on, "status": w.status,
                 "led_by_staff_id": w.led_by_staff_id, "leader_name": w.leader_name,
                 "notes": w.notes}
            out[_canon(spec, v, back, skip=("session_id",))] = w.id or 0
    elif spec.name == "outings.csv":
        for o in run.session.scalars(select(Outing)):
            v = {name: getattr(o, name) for name in spec.columns if name != "outing_id"}
            out[_canon(spec, v, back, skip=("outing_id",))] = o.id or 0
    elif spec.name == "objectives.csv":
        for goal in run.session.scalars(select(Objective)):
            v = {"member_id": goal.member_id, "domain": goal.domain, "text": goal.text,
                 "set_on": goal.set_on, "closed_on": goal.closed_on}
            out[_canon(spec, v, back, skip=("objective_id",))] = goal.id or 0
    elif spec.name == "reviews.csv":
        for r in run.session.scalars(select(ObjectiveReview)):
            v = {"member_id": r.member_id, "held_on": r.held_on, "staff_id": r.staff_id,
                 "coordinator_name": r.coordinator_name, "own_words": r.own_words,
                 "comment": r.comment}
            out[_canon(spec, v, back, skip=("review_id",))] = r.id or 0
    elif spec.name == "commissions.csv":
        for c in run.session.scalars(select(AdmissionCommission)):
            v = {"held_on": c.held_on, "notes": c.notes}
            out[_canon(spec, v, back, skip=("commission_id",))] = c.id or 0
    elif spec.name == "applications.csv":
        for a in run.session.scalars(select(Application)):
            v = {"member_id": a.member_id, "referred_by_partner_id": a.referred_by_partner_id,
                 "received_on": a.received_on, "interview_on": a.interview_on,
                 "notes": a.notes}
            out[_canon(spec, v, back, skip=("application_id",))] = a.id or 0
    elif spec.name == "orders.csv":
        for order in run.session.scalars(select(WorkOrder)):
            v = {"client_id": order.client_id, "what": order.what, "quantity": order.quantity,
                 "received_on": order.received_on, "due_on": order.due_on,
                 "status": order.status, "notes": order.notes}
            out[_canon(spec, v, back, skip=("order_id",))] = order.id or 0
    elif spec.name == "production_sessions.csv":
        for p in run.session.scalars(select(ProductionSession)):
            v = {"held_on": p.held_on, "workshop": p.workshop, "order_id": p.order_id}
            out[_canon(spec, v, back, skip=("session_id",))] = p.id or 0
    else:
        for i in run.session.scalars(select(PartnerInteraction)):
            v = {"partner_id": i.partner_id, "date": i.date, "kind": i.kind, "note": i.note}
            out[_canon(spec, v, back, skip=("interaction_id",))] = i.id or 0
    return out


def _check_step(run: _Run, v: dict[str, Any]) -> None:
    validate_step(v["kind"], v["started_on"], v["ended_on"], v["hours_per_week"],
                  v["category"], v["contract"])
    v["title"] = v["title"] or ""


def _check_followup(run: _Run, v: dict[str, Any]) -> None:
    for name in ("note", "next_step"):
        v[name] = v[name] or ""
    validate_followup(v["date"], v["kind"], v["next_step"], v["due_on"],
                      v["read_with_member_on"], run.today, v["note"])
    if v["done_on"] is not None and v["done_on"] < v["date"]:
        raise ValidationError("done_on", "la date « fait le » est avant la date du suivi")


def _check_workshop(run: _Run, v: dict[str, Any]) -> None:
    v["leader_name"] = v["leader_name"] or ""
    v["notes"] = v["notes"] or ""
    check_session(v["title"], v["held_on"], v["status"], v["leader_name"], v["notes"],
                  run.today, planned_in_past=True)


def _link_rows(run: _Run, spec: FileSpec, rows: Rows, model: Any, keys: tuple[str, str],
               twice: Callable[[int], str], extra: tuple[str, ...] = (),
               check: Callable[[dict[str, Any]], tuple[str, str] | None] | None = None
               ) -> None:
    """The rows of a table linking two records (a person at a session, a partner at a
    commission…): each pair once in the file (``twice(line)`` says the second one, with the
    line of the first), each line through ``check`` (None, or the column and the sentence of its
    refusal); on a merge, the pairs the club already holds are skipped. ``extra``: the other
    columns written."""
    held: set[tuple[int, int]] = set()
    if run.merge:
        held = {(a, b) for a, b in run.session.execute(
            select(col(getattr(model, keys[0])), col(getattr(model, keys[1]))))}
    seen: dict[tuple[int, int], int] = {}
    records, skipped = [], 0
    for line, v in rows:
        pair = (v[keys[0]], v[keys[1]])
        if pair in seen:
            run.error(spec.name, line, keys[1], twice(seen[pair]))
            continue
        refused = check(v) if check is not None else None
        if refused is not None:
            run.error(spec.name, line, *refused)
            continue
        seen[pair] = line
        if pair in held:
            skipped += 1
            continue
        records.append({keys[0]: pair[0], keys[1]: pair[1], **{k: v[k] for k in extra}})
    _bulk(run, spec, model, records, skipped)


def _workshop_attendees(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """Who came to each session: a person once per session."""
    _link_rows(run, spec, rows, WorkshopAttendee, ("session_id", "member_id"),
               lambda first: say(
                   "cette personne est déjà notée à cette séance (ligne {line})",
                   line=first))


def _check_outing(run: _Run, v: dict[str, Any]) -> None:
    for name in ("starts_at", "place", "notes"):
        v[name] = (v[name] or "").strip()
    v["cost_cents"] = v["cost_cents"] or 0
    check_outing(v["title"], v["kind"], v["held_on"], v["starts_at"], v["place"], v["places"],
                 v["cost_cents"], v["decided_on"], v["status"], v["notes"], run.today)


def _outing_signups(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """Sign-ups in the file's order (it decides who waits): a person once per outing."""
    _link_rows(run, spec, rows, OutingSignup, ("outing_id", "member_id"),
               lambda first: say(
                   "cette personne est déjà inscrite à cette sortie (ligne {line})",
                   line=first),
               extra=("signed_up_on", "present"))


def _check_application(run: _Run, v: dict[str, Any]) -> None:
    v["notes"] = v["notes"] or ""
    if v["interview_on"] is not None and v["interview_on"] < v["received_on"]:
        raise ValidationError("interview_on", "l'entretien est avant la réception de la "
                                              "candidature")


def _check_application_event(run: _Run, v: dict[str, Any]) -> None:
    v["reason"] = v["reason"] or ""
    v["recorded_by"] = v["recorded_by"] or ""
    if v["state"] == "refused" and not v["reason"]:
        raise ValidationError("reason", "un refus doit avoir un motif")
    if v["state"] == "reoriented" and v["partner_id"] is None:
        raise ValidationError("partner_id", "une réorientation se fait vers un partenaire")


def _commission_partners(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """The partners present: each once per commission (keys local to the files cannot be
    compared as text)."""
    _link_rows(run, spec, rows, CommissionPartner, ("commission_id", "partner_id"),
               lambda first: say(
                   "ce partenaire est déjà noté à cette commission (ligne {line})",
                   line=first))


def _check_order(run: _Run, v: dict[str, Any]) -> None:
    v["notes"] = v["notes"] or ""
    v["what"] = v["what"] or ""
    check_order_fields(v["what"], v["quantity"], v["received_on"], v["due_on"], v["status"],
                       v["notes"])
    check_client(run.session, v["client_id"])


def _check_production(run: _Run, v: dict[str, Any]) -> None:
    if not (v["workshop"] or "").strip():
        raise ValidationError("workshop", say("l'atelier est obligatoire"))


def _production_workers(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """Who worked in each production session and how long: a person once per session,
    more than 0 and at most 600 minutes."""
    def minutes(v: dict[str, Any]) -> tuple[str, str] | None:
        if 0 < v["minutes"] <= MAX_MINUTES:
            return None
        return "minutes", say("la durée doit être de plus de 0 et d'au plus {limit} minutes",
                              limit=MAX_MINUTES)

    _link_rows(run, spec, rows, ProductionWorker, ("session_id", "member_id"),
               lambda first: say(
                   "cette personne est déjà notée à cette séance (ligne {line})",
                   line=first),
               extra=("minutes",), check=minutes)


def _check_objective(run: _Run, v: dict[str, Any]) -> None:
    check_objective_text(v["text"] or "")
    if v["closed_on"] is not None and v["closed_on"] < v["set_on"]:
        raise ValidationError("closed_on", "un objectif ne peut pas être clos avant d'avoir "
                                           "été fixé")


def _check_review(run: _Run, v: dict[str, Any]) -> None:
    for name in ("coordinator_name", "own_words", "comment"):
        v[name] = v[name] or ""
    check_review_texts(v["coordinator_name"], v["own_words"], v["comment"])


def _review_levels(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """The level of each objective at each review: an objective once per review, and only
    an objective of the review's person."""
    def same_person(v: dict[str, Any]) -> tuple[str, str] | None:
        if min(v["review_id"], v["objective_id"]) <= 0:  # a line refused before
            return None
        review = run.session.get(ObjectiveReview, v["review_id"])
        objective = run.session.get(Objective, v["objective_id"])
        if review and objective and review.member_id != objective.member_id:
            return "objective_id", say(
                "cet objectif est celui d'une autre personne que celle du bilan")
        return None

    _link_rows(run, spec, rows, ObjectiveLevel, ("review_id", "objective_id"),
               lambda first: say(
                   "cet objectif a déjà un niveau à ce bilan (ligne {line})",
                   line=first),
               extra=("level",), check=same_person)


def _application_events(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """The dated states of the applications; on a merge, a state the club already holds
    for that application on that day is skipped."""
    held: set[tuple[int, Any, str]] = set()
    if run.merge:
        held = {(a, b, c) for a, b, c in run.session.execute(
            select(col(ApplicationEvent.application_id), col(ApplicationEvent.dated_on),
                   col(ApplicationEvent.state)))}
    records, skipped = [], 0
    for line, v in rows:
        try:
            _check_application_event(run, v)
        except ValidationError as exc:
            run.error(spec.name, line, exc.field, str(exc))
            continue
        if (v["application_id"], v["dated_on"], v["state"]) in held:
            skipped += 1
            continue
        records.append(v)
    _bulk(run, spec, ApplicationEvent, records, skipped)


def _check_contact(run: _Run, v: dict[str, Any]) -> None:
    v["role"] = v["role"] or ""
    v["phone"] = check_phone(v["phone"] or "")
    v["email"] = check_email(v["email"] or "")


def _check_partnership(run: _Run, v: dict[str, Any]) -> None:
    check_order(v["started_on"], v["ended_on"], "ended_on", Term("Partenariat"))
    v["agreement_signed"] = bool(v["agreement_signed"])


def _check_cover(run: _Run, v: dict[str, Any]) -> None:
    if v["step_id"] < 0:
        return
    step = run.session.get(PathStep, v["step_id"])
    if step is None or step.kind != "employment" or step.category != "transitional":
        raise ValidationError("step_id", "un remplacement ne concerne qu'un emploi de "
                                         "transition")


def _check_supported(run: _Run, v: dict[str, Any]) -> None:
    check_order(v["started_on"], v["ended_on"], "ended_on",
                Term("Module d'emploi accompagné"))


def _check_volunteer(run: _Run, v: dict[str, Any]) -> None:
    v["functions"], v["qualifications"] = v["functions"] or "", v["qualifications"] or ""
    check_volunteer(v["name"] or "", v["functions"], v["qualifications"], v["started_on"],
                    v["ended_on"])
    v["name"] = v["name"].strip()


def _blank(*names: str) -> Callable[[_Run, dict[str, Any]], None]:
    def check(run: _Run, v: dict[str, Any]) -> None:
        for name in names:
            v[name] = v[name] or ""
    return check


def _check_funding(run: _Run, v: dict[str, Any]) -> None:
    if v["amount_eur"] < 0:
        raise ValidationError("amount_eur", "le montant ne peut pas être négatif")
    v["in_kind"] = bool(v["in_kind"])


def _check_hours(run: _Run, v: dict[str, Any]) -> None:
    v["valid_from"] = v["valid_from"] or EARLIEST
    if not 1 <= v["weekday"] <= 7:
        raise ValidationError("weekday", "le jour va de 1 (lundi) à 7 (dimanche)")
    if not v["opens"] < v["closes"]:
        raise ValidationError("closes", "la fermeture doit venir après l'ouverture")


def _check_signature(run: _Run, v: dict[str, Any]) -> None:
    v["version"] = check_version(v["version"])
    if v["signed_on"] > run.today:
        raise ValidationError("signed_on", "la date de signature est dans le futur")


def _check_weekday(run: _Run, v: dict[str, Any]) -> None:
    if not 1 <= v["weekday"] <= 7:
        raise ValidationError("weekday", "le jour va de 1 (lundi) à 7 (dimanche)")


def _check_survey(run: _Run, v: dict[str, Any]) -> None:
    v["answers"] = v["answers"] or 0
    v["summary"] = v["summary"] or ""
    if v["answers"] < 0:
        raise ValidationError("answers", "le nombre de réponses ne peut pas être négatif")


def _structure(run: _Run, spec: FileSpec, rows: Rows) -> None:
    count = same = 0
    for line, v in rows:
        if v["key"] == KINDS_KEY:  # the kinds of structure on: a setting, not dated
            try:
                kinds = check_kinds([k.strip() for k in (v["value"] or "").split(",") if k.strip()])
            except ValidationError as exc:
                run.error(spec.name, line, "value", str(exc))
                continue
            held = run.session.get(Setting, KINDS_KEY)
            if held is not None and stored_kinds(run.session) == kinds:
                same += 1
                continue
            store_kinds(run.session, kinds)
            count += 1
            continue
        try:
            value = check_info(v["key"], v["value"] or "")
        except ValidationError as exc:
            run.error(spec.name, line, "key" if exc.field == v["key"] else "value", str(exc))
            continue
        since = v["valid_from"] or EARLIEST
        row = run.session.get(StructureInfo, (v["key"], since))
        if row is not None and row.value == value:
            same += 1
            continue
        row = row or StructureInfo(key=v["key"], valid_from=since)
        row.value = value
        run.session.add(row)
        count += 1
    run.session.flush()
    run.report.created[spec.name] = count
    if same:
        run.report.skipped[spec.name] = same


def _governance(run: _Run, spec: FileSpec, rows: Rows) -> None:
    bodies = {b.name: b.id for b in run.session.scalars(select(GovernanceBody))}
    existing = run.existing.get(spec.name, set())
    records, skipped = [], 0
    for _line, v in rows:
        if run.merge and _canon(spec, v, {}) in existing:
            skipped += 1
            continue
        if v["body"] not in bodies:
            bodies[v["body"]] = run.session.execute(insert(GovernanceBody).values(
                name=v["body"]).returning(col(GovernanceBody.id))).scalar_one()
        records.append({"body_id": bodies[v["body"]], "holder": v["holder"] or "",
                        "elected_member": bool(v["elected_member"]),
                        "valid_from": v["valid_from"] or EARLIEST})
    _bulk(run, spec, GovernanceSeat, records, skipped)


def _documents(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """The lease and état des lieux: each document's base64 parts joined in order, then the
    same checks as when a file is attached (PDF, PNG or JPEG, 10 MB at most)."""
    docs: dict[str, dict[str, Any]] = {}
    for line, v in rows:
        doc = docs.setdefault(v["document_id"] or str(line), {
            "line": line, "kind": v["kind"], "valid_from": v["valid_from"],
            "file_name": document_file_name(v["file_name"]), "parts": {}, "chars": 0,
            "refused": False})
        if doc["refused"]:
            continue
        if (v["kind"], v["valid_from"], document_file_name(v["file_name"])) != (
                doc["kind"], doc["valid_from"], doc["file_name"]):  # one file, one description
            run.error(spec.name, line, "part", say(
                "les parties d'un même document ont le même type, la même date et le même "
                "nom de fichier"))
            doc["refused"], doc["parts"] = True, {}
            continue
        if v["part"] in doc["parts"]:  # never one of two versions chosen by the rows' order
            run.error(spec.name, line, "part", say("la partie {part} du document est donnée "
                                                   "deux fois", part=v["part"]))
            doc["refused"], doc["parts"] = True, {}
            continue
        doc["chars"] += len(v["content"] or "")
        if doc["chars"] > MAX_DOCUMENT_CHARS:  # refused before holding more of it
            run.error(spec.name, doc["line"], "content", say(
                "le document « {name} » dépasse 10 Mo : 10 Mo au plus",
                name=doc["file_name"]))
            doc["refused"], doc["parts"] = True, {}
            continue
        doc["parts"][v["part"]] = v["content"] or ""
    known = {(d.kind, d.valid_from, d.file_name, d.size)
             for d in structure_history.documents(run.session)}
    created = skipped = 0
    for doc in docs.values():
        if doc["refused"]:
            continue
        if not doc["file_name"]:  # a folder's name only
            run.error(spec.name, doc["line"], "file_name", say("le nom du fichier est vide"))
            continue
        parts = doc["parts"]
        if sorted(parts) != list(range(1, len(parts) + 1)):
            run.error(spec.name, doc["line"], "part", say(
                "les parties du document vont de 1 à {count} sans trou", count=len(parts)))
            continue
        try:
            data = base64.b64decode("".join(parts[n] for n in sorted(parts)), validate=True)
        except ValueError:
            run.error(spec.name, doc["line"], "content", say("le contenu n'est pas en base64"))
            continue
        try:
            media_type = media_type_of(doc["file_name"], data)
        except ValidationError as exc:
            run.error(spec.name, doc["line"], "content", str(exc))
            continue
        if (doc["kind"], doc["valid_from"], doc["file_name"], len(data)) in known:
            skipped += 1
            continue
        if not run.total_errors:
            run.session.add(StructureDocument(
                kind=doc["kind"], valid_from=doc["valid_from"], file_name=doc["file_name"],
                media_type=media_type, size=len(data), content=data))
        created += 1
    run.session.flush()
    run.report.created[spec.name] = created
    if skipped:
        run.report.skipped[spec.name] = skipped


def _rotas(run: _Run, spec: FileSpec, rows: Rows) -> None:
    days = {d.day: d.id for d in run.session.scalars(select(RotaDay))}
    existing = run.existing.get(spec.name, set())
    back = _keys_back(run) if run.merge else {}
    records, skipped = [], 0
    for line, v in rows:
        if (v["member_id"] is None) == (v["staff_id"] is None):
            run.error(spec.name, line, "member_id", say(
                "chaque ligne nomme un membre ou un salarié (un seul des deux)"))
            continue
        if run.merge and _canon(spec, v, back) in existing:
            skipped += 1
            continue
        if v["date"] not in days and not run.total_errors:
            days[v["date"]] = run.session.execute(insert(RotaDay).values(
                day=v["date"], saved_at=clock.now().astimezone(), saved_by="import",
                version=1).returning(col(RotaDay.id))).scalar_one()
        records.append({"rota_id": days.get(v["date"], 0), "half_day": v["half_day"],
                        "task_id": v["task_id"], "member_id": v["member_id"],
                        "staff_id": v["staff_id"], "locked": bool(v["locked"])})
    _bulk(run, spec, RotaEntry, records, skipped)


def _users(run: _Run, spec: FileSpec, rows: Rows) -> None:
    """Accounts come without a password: a direction user sets one before they sign in."""
    known = {u.username: u for u in run.session.scalars(select(UserAccount))}
    seen: dict[str, int] = {}
    links: dict[str, int] = {}  # username -> the staff member who signs in with it
    staff_lines: dict[int, int] = {}
    records, skipped = [], 0
    for line, v in rows:
        name = v["username"].strip().lower()
        if name in seen:
            run.error(spec.name, line, "username", say(
                "« {key} » est en double (déjà ligne {line})", key=name, line=seen[name]))
            continue
        seen[name] = line
        if v.get("staff_id") is not None:
            if v["staff_id"] in staff_lines:
                run.error(spec.name, line, "staff_id", say(
                    "ce salarié a déjà un compte (ligne {line})",
                    line=staff_lines[v["staff_id"]]))
                continue
            staff_lines[v["staff_id"]] = line
            links[name] = v["staff_id"]
        if name in known:
            skipped += 1
            continue
        records.append({"username": name, "display_name": v["display_name"] or name,
                        "role": v["role"], "password_hash": UNUSABLE_HASH,
                        "failed_attempts": 0, "locked": False,
                        "disabled": bool(v["disabled"]),
                        "created_at": clock.now().astimezone()})
    _bulk(run, spec, UserAccount, records, skipped)
    if links and not run.total_errors:
        _link_staff(run, links)


def _link_staff(run: _Run, links: dict[str, int]) -> None:
    """Each account to its staff member, where neither is linked yet (an account or a staff
    member of the club already linked keeps its link)."""
    ids = dict(run.session.execute(select(col(UserAccount.username), col(UserAccount.id))
                                   .where(col(UserAccount.username).in_(list(links)))).all())
    taken = set(run.session.scalars(select(col(Staff.user_id))
                                    .where(col(Staff.user_id).is_not(None))))
    for name, staff_id in links.items():
        staff = run.session.get(Staff, staff_id)
        user_id = ids.get(name)
        if staff is not None and user_id is not None and staff.user_id is None \
                and user_id not in taken:
            staff.user_id = user_id
            taken.add(user_id)
    run.session.flush()


HANDLERS: dict[str, Callable[[_Run, FileSpec, Rows], None]] = {
    "structure.csv": _structure,
    "opening_hours.csv": _simple(OpeningHours, check=_check_hours),
    "funding.csv": _simple(FundingLine, check=_check_funding),
    "activities.csv": _simple(Activity, check=_blank("kind", "description")),
    "governance.csv": _governance,
    "structure_documents.csv": _documents,
    "surveys.csv": _simple(SatisfactionSurvey, check=_check_survey),
    "partners.csv": _entities(Partner, "partner_id", _partner),
    "partner_contacts.csv": _simple(PartnerContact, check=_check_contact),
    "partnerships.csv": _simple(Partnership, check=_check_partnership),
    "staff.csv": _entities(Staff, "staff_id", _staff),
    "staff_periods.csv": _staff_periods,
    "tasks.csv": _entities(Task, "task_id", _task),
    "staff_skills.csv": _staff_skills,
    "members.csv": _entities(Member, "member_id", _member),
    "membership_periods.csv": _periods,
    "charter_signatures.csv": _simple(CharterSignature, check=_check_signature),
    "attendance.csv": _attendance,
    "skills.csv": _simple(MemberSkill),
    "wishes.csv": _simple(MemberWish),
    "availability.csv": _simple(MemberAvailability, check=_check_weekday),
    "reach_outs.csv": _simple(ReachOut, check=_blank("done_by", "note")),
    "path_steps.csv": _locals(PathStep, "step_id", {}, check=_check_step),
    "transitional_covers.csv": _simple(TransitionalCover, {"step_id": "path_step_id"},
                                       check=_check_cover),
    "supported_employment.csv": _simple(SupportedEmployment, check=_check_supported),
    "followups.csv": _simple(Followup, check=_check_followup),
    "partner_interactions.csv": _locals(PartnerInteraction, "interaction_id", {},
                                        check=_blank("note")),
    "interaction_members.csv": _simple(InteractionMember),
    "workshop_sessions.csv": _locals(WorkshopSession, "session_id", {},
                                     check=_check_workshop),
    "workshop_attendees.csv": _workshop_attendees,
    "rotas.csv": _rotas,
    "users.csv": _users,
    "volunteers.csv": _simple(Volunteer, check=_check_volunteer),
    "outings.csv": _locals(Outing, "outing_id", {}, check=_check_outing),
    "outing_signups.csv": _outing_signups,
    "objectives.csv": _locals(Objective, "objective_id", {}, check=_check_objective),
    "reviews.csv": _locals(ObjectiveReview, "review_id", {}, check=_check_review),
    "review_levels.csv": _review_levels,
    "commissions.csv": _locals(AdmissionCommission, "commission_id", {},
                               check=_blank("notes")),
    "commission_partners.csv": _commission_partners,
    "applications.csv": _locals(Application, "application_id", {}, check=_check_application),
    "application_events.csv": _application_events,
    **contract_handlers(_simple),
    "orders.csv": _locals(WorkOrder, "order_id", {}, check=_check_order),
    "production_sessions.csv": _locals(ProductionSession, "session_id", {},
                                       check=_check_production),
    "production_workers.csv": _production_workers,
}
assert set(HANDLERS) == set(BY_NAME)
