"""Members and their membership periods: the registry behind reception and the CLI."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import and_, func, or_, select
from sqlmodel import Session, col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, redact, redact_all, require
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import AccessDenied, NotFoundError, Term, ValidationError
from clubdesk.model.exit_reasons import check_exit_reason
from clubdesk.model.search_folding import fold, query_tokens, search_key
from clubdesk.model.storage.db import Database
from clubdesk.model.storage.optimistic_lock import check_fresh, stamp
from clubdesk.model.tables import (
    CONTACT_PREFERENCES,
    RQTH_VALUES,
    Member,
    MembershipPeriod,
    Partner,
    PartnerContact,
)
from clubdesk.model.validation import (
    check_date,
    check_email,
    check_optional_date,
    check_phone,
)

Status = Literal["current", "former", "visitor"]
Filter = Literal["current", "former", "visitors", "all"]

STATUS_LABELS: dict[str, str] = {
    "current": "membre",
    "former": "ancien membre",
    "visitor": "visiteur",
}

# What reception may not read or write: the rest of the record is staff data.
SENSITIVE_FIELDS = ("rqth", "referent_partner", "other_peer_places",
                    "referent_partner_id", "referent_contact_id")

# Fields a form may set on a member; search_key is derived, never set by hand.
EDITABLE_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "phone",
    "email",
    "address",
    "contact_preference",
    "rqth",
    "referent_partner",
    "other_peer_places",
    "referent_partner_id",
    "referent_contact_id",
)

# A search reads at most this many characters (a name is 100 at most, see
# validate_member_fields): the rest is dropped before the query is built.
MAX_SEARCH_CHARS = 200
# The largest id a database integer holds (SQLite and PostgreSQL BIGINT).
MAX_ID = 2**63 - 1



@dataclass(frozen=True)
class MemberRow:
    """One line of a member list (no notes, nothing sensitive)."""

    id: int
    first_name: str
    last_name: str
    preferred_name: str
    status: Status
    phone: str = ""
    email: str = ""
    contact_preference: str = "none"

    @property
    def is_member(self) -> bool:
        return self.status == "current"

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}".strip()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "preferred_name": self.preferred_name,
            "is_member": self.is_member,
            "status": self.status,
        }


# EXISTS (SELECT id …), not SELECT *: reception's database role may not read every column
# of membership_period (clubdesk.model.storage.server_roles).
def _current_period_clause(on: date) -> Any:
    return select(col(MembershipPeriod.id)).where(
        col(MembershipPeriod.member_id) == col(Member.id),
        col(MembershipPeriod.joined_on) <= on,
        or_(col(MembershipPeriod.left_on).is_(None), col(MembershipPeriod.left_on) > on),
    ).exists()


def _any_period_clause() -> Any:
    return select(col(MembershipPeriod.id)).where(
        col(MembershipPeriod.member_id) == col(Member.id)).exists()


def periods_overlap(
    a_start: date, a_end: date | None, b_start: date, b_end: date | None
) -> bool:
    """Half-open periods [joined_on, left_on): leaving on D and re-joining on D do not overlap."""
    a_before_b_ends = b_end is None or a_start < b_end
    b_before_a_ends = a_end is None or b_start < a_end
    return a_before_b_ends and b_before_a_ends


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def validate_member_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Normalise and check the editable fields; raise ValidationError naming the field."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(name, "Champ inconnu : {name}.", name=name)
    out = {k: _clean(v) for k, v in fields.items()}
    if "first_name" in out and not out["first_name"]:
        raise ValidationError("first_name", "Le prénom est obligatoire.")
    for name in ("first_name", "last_name", "preferred_name"):
        if name in out and out[name] is not None and len(out[name]) > 100:
            raise ValidationError(name, "Ce nom est trop long (100 caractères au plus).")
    for name in ("last_name", "preferred_name", "phone", "email", "address",
                 "referent_partner", "other_peer_places"):
        if name in out and out[name] is None:
            out[name] = ""
    pref = out.get("contact_preference")
    if pref is not None and pref not in CONTACT_PREFERENCES:
        raise ValidationError(
            "contact_preference",
            "Le moyen de contact doit être : téléphone, SMS, e-mail, courrier ou aucun.",
        )
    if "rqth" in out:
        if out["rqth"] == "":
            out["rqth"] = None
        if out["rqth"] is not None and out["rqth"] not in RQTH_VALUES:
            raise ValidationError("rqth", "La RQTH doit être « oui », « non » ou non renseignée.")
    for name in ("referent_partner_id", "referent_contact_id"):
        if name in out and out[name] == "":
            out[name] = None
        if out.get(name) is not None and (isinstance(out[name], bool)
                                          or not isinstance(out[name], int)):
            raise ValidationError(name, "Choisissez le partenaire référent et son contact "
                                        "dans la liste.")
    if out.get("email"):
        out["email"] = check_email(out["email"])
    if out.get("phone"):
        out["phone"] = check_phone(out["phone"])
    return out


class MemberService:
    """Reading and changing the member registry, on behalf of one actor."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- reading -------------------------------------------------------------------

    def _rows(self, session: Session, stmt: Any) -> list[MemberRow]:
        return [row for row, _key in self._rows_with_key(session, stmt)]

    def _select_rows(self, on: date) -> Any:
        stmt = self._select_rows_all(on)
        if self.actor.role != "direction":  # archived records: the direction only
            stmt = stmt.where(col(Member.archived_on).is_(None))
        return stmt

    def _select_rows_all(self, on: date) -> Any:
        return select(
            col(Member.id),
            col(Member.first_name),
            col(Member.last_name),
            col(Member.preferred_name),
            col(Member.phone),
            col(Member.email),
            col(Member.contact_preference),
            col(Member.search_key),
            _current_period_clause(on).label("current"),
            _any_period_clause().label("any_period"),
        )

    def list_members(self, which: Filter = "all", *, on: date | None = None) -> list[MemberRow]:
        require(self.actor, *ALL_ROLES)
        on = on or clock.today()
        stmt = self._select_rows(on)
        if which == "current":
            stmt = stmt.where(_current_period_clause(on))
        elif which == "former":
            stmt = stmt.where(and_(_any_period_clause(), ~_current_period_clause(on)))
        elif which == "visitors":
            stmt = stmt.where(~_any_period_clause())
        with self.db.session(write=False) as session:
            rows = self._rows(session, stmt)
        rows.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
        return rows

    def search(self, text: str, *, limit: int = 50, on: date | None = None) -> list[MemberRow]:
        """Type-ahead: every folded token of ``text`` must appear in a name.

        Current members first, then visitors, then former members; within each group the
        best match first (whole word, then word start, then anywhere), then by name.
        A one-letter token matches the start of a word only ("e" finds Émilie, not
        Dupré): inside a word a single letter matches nearly everyone and helps no one.
        Only the first MAX_SEARCH_CHARS characters of ``text`` are used (longer than any
        name: 60,000 characters made SQLite refuse the query).
        """
        require(self.actor, *ALL_ROLES)
        tokens = query_tokens(text[:MAX_SEARCH_CHARS])
        if not tokens:
            return []
        on = on or clock.today()
        # Phase 1: ids, folded keys and statuses of every match (no names, no row objects).
        stmt = select(
            col(Member.id),
            col(Member.search_key),
            _current_period_clause(on).label("current"),
            _any_period_clause().label("any_period"),
        )
        for tok in tokens:
            key = col(Member.search_key)
            if len(tok) == 1:
                stmt = stmt.where(or_(key.startswith(tok, autoescape=True),
                                      key.contains(" " + tok, autoescape=True)))
            else:
                stmt = stmt.where(key.contains(tok, autoescape=True))
        group = {"current": 0, "visitor": 1, "former": 2}
        with self.db.session(write=False) as session:
            ranked = heapq.nsmallest(
                limit,
                (
                    (group[_status(current, any_period)], -match_quality(tokens, key), key, mid)
                    for mid, key, current, any_period in session.execute(stmt)
                ),
            )
            # Phase 2: the full rows of the few shown.
            ids = [mid for *_rest, mid in ranked]
            rows = {r.id: r for r in self._rows(
                session, self._select_rows(on).where(col(Member.id).in_(ids)))}
        return [rows[i] for i in ids if i in rows]

    def _rows_with_key(self, session: Session, stmt: Any) -> Iterable[tuple[MemberRow, str]]:
        for r in session.execute(stmt):
            row = MemberRow(
                id=r.id,
                first_name=r.first_name,
                last_name=r.last_name,
                preferred_name=r.preferred_name,
                status=_status(r.current, r.any_period),
                phone=r.phone,
                email=r.email,
                contact_preference=r.contact_preference,
            )
            yield row, r.search_key

    def get(self, member_id: int) -> Member:
        """A member's record (a recorded read). Reception sees names and contact only."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
        if member.archived_on is not None and self.actor.role != "direction":
            raise AccessDenied("Cette fiche est archivée : seule la direction peut la lire.")
        record(self.db, self.actor, "read", "member", member_id)
        return redact(self.actor, member)

    def row(self, member_id: int, *, on: date | None = None) -> MemberRow:
        require(self.actor, *ALL_ROLES)
        stmt = self._select_rows(on or clock.today()).where(col(Member.id) == member_id)
        with self.db.session(write=False) as session:
            rows = self._rows(session, stmt)
        if not rows:
            raise NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=member_id)
        return rows[0]

    def status(self, member_id: int, *, on: date | None = None) -> Status:
        return self.row(member_id, on=on).status

    def periods(self, member_id: int) -> list[MembershipPeriod]:
        require(self.actor, *ALL_ROLES)
        record(self.db, self.actor, "read", "membership_period", f"member {member_id}")
        with self.db.session(write=False) as session:
            return redact_all(self.actor, list(
                session.scalars(
                    select(MembershipPeriod)
                    .where(col(MembershipPeriod.member_id) == member_id)
                    .order_by(col(MembershipPeriod.joined_on))
                )
            ))

    def count(self) -> int:
        with self.db.session(write=False) as session:
            return int(session.execute(select(func.count()).select_from(Member)).scalar_one())

    # -- changing ------------------------------------------------------------------

    def create(
        self,
        first_name: str,
        *,
        joined_on: date | None = None,
        today: date | None = None,
        **fields: Any,
    ) -> Member:
        """A new person; a visitor unless ``joined_on`` opens a membership period."""
        require(self.actor, *ALL_ROLES)
        self._check_sensitive(fields)
        values = validate_member_fields({"first_name": first_name, **fields})
        member = Member(**values)
        member.search_key = search_key(
            member.first_name, member.last_name, member.preferred_name
        )
        with self.db.session(actor=self.actor) as session:
            check_referent(session, member)
            session.add(member)
            session.flush()
            if joined_on is not None:
                assert member.id is not None
                self._add_period(session, member.id, joined_on, None, "", today or clock.today())
        return member

    def update(self, member_id: int, *, expected_version: int | None = None,
               **fields: Any) -> Member:
        """Change some fields. ``expected_version`` (the version the screen loaded) refuses
        to overwrite a record saved meanwhile by another desk (StaleRecord)."""
        require(self.actor, *ALL_ROLES)
        self._check_sensitive(fields)
        if self.actor.role not in STAFF_ROLES:  # an empty value from reception erases nothing
            fields = {k: v for k, v in fields.items() if k not in SENSITIVE_FIELDS}
        values = validate_member_fields(fields)
        with self.db.session(actor=self.actor) as session:
            member = session.get(Member, member_id, with_for_update=True)
            if member is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            check_fresh(member, expected_version, Term("La fiche de {name}"),
                        name=member.preferred_name or member.first_name)
            stamp(member, self.actor)
            for key, value in values.items():
                setattr(member, key, value)
            member.search_key = search_key(
                member.first_name, member.last_name, member.preferred_name
            )
            if REFERENT_FIELDS & values.keys():  # (reception's session cannot even read them)
                check_referent(session, member)
            session.add(member)
        return redact(self.actor, member)

    def _check_sensitive(self, fields: dict[str, Any]) -> None:
        """Reception keeps names and contact; the rest is staff data."""
        if self.actor.role in STAFF_ROLES:
            return
        touched = [f for f in SENSITIVE_FIELDS if fields.get(f) not in (None, "")]
        if touched:
            raise AccessDenied("Votre rôle (accueil) ne permet de noter que les noms et les "
                               "moyens de contact.")

    def add_period(
        self,
        member_id: int,
        joined_on: date,
        left_on: date | None = None,
        leave_reason: str = "",
        *,
        today: date | None = None,
    ) -> MembershipPeriod:
        """Open (or record a past) membership period; history is never overwritten."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(actor=self.actor) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            return self._add_period(
                session, member_id, joined_on, left_on, leave_reason, today or clock.today()
            )

    def _add_period(
        self,
        session: Session,
        member_id: int,
        joined_on: date,
        left_on: date | None,
        leave_reason: str,
        today: date,
    ) -> MembershipPeriod:
        check_date(joined_on, "joined_on")
        check_optional_date(left_on, "left_on")
        if joined_on > today:
            raise ValidationError(
                "joined_on", "La date d'entrée ne peut pas être après aujourd'hui."
            )
        if left_on is not None and left_on < joined_on:
            raise ValidationError(
                "left_on", "La date de sortie ne peut pas être avant la date d'entrée."
            )
        for other in session.scalars(
            select(MembershipPeriod).where(col(MembershipPeriod.member_id) == member_id)
        ):
            if periods_overlap(joined_on, left_on, other.joined_on, other.left_on):
                if other.left_on is None:
                    raise ValidationError(
                        "joined_on",
                        "Cette période chevauche une autre période d'adhésion "
                        "(du {start:%d/%m/%Y} au aujourd'hui).",
                        start=other.joined_on,
                    )
                raise ValidationError(
                    "joined_on",
                    "Cette période chevauche une autre période d'adhésion "
                    "(du {start:%d/%m/%Y} au {end:%d/%m/%Y}).",
                    start=other.joined_on, end=other.left_on,
                )
        period = MembershipPeriod(
            member_id=member_id,
            joined_on=joined_on,
            left_on=left_on,
            leave_reason=check_exit_reason(leave_reason),
        )
        session.add(period)
        session.flush()
        return period

    def leave(
        self, member_id: int, left_on: date, reason: str = "", *, today: date | None = None
    ) -> MembershipPeriod:
        """Close the open membership period on ``left_on`` (the day the person left)."""
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        check_date(left_on, "left_on")
        code = check_exit_reason(reason)
        with self.db.session(actor=self.actor) as session:
            open_period = session.scalars(
                select(MembershipPeriod).where(
                    col(MembershipPeriod.member_id) == member_id,
                    col(MembershipPeriod.left_on).is_(None),
                )
            ).first()
            if open_period is None:
                raise ValidationError("left_on", "Cette personne n'a pas d'adhésion en cours.")
            if left_on < open_period.joined_on:
                raise ValidationError(
                    "left_on", "La date de sortie ne peut pas être avant la date d'entrée."
                )
            if left_on > today:
                raise ValidationError(
                    "left_on", "La date de sortie ne peut pas être après aujourd'hui."
                )
            open_period.left_on = left_on
            open_period.leave_reason = code
            session.add(open_period)
        return redact(self.actor, open_period)

    def possible_duplicates(
        self,
        first_name: str,
        last_name: str = "",
        *,
        phone: str = "",
        email: str = "",
        exclude_id: int | None = None,
    ) -> list[MemberRow]:
        """People who may be the same person: same folded names, same phone or same email."""
        require(self.actor, *ALL_ROLES)
        names = search_key(first_name, last_name)
        digits = _digits(phone)
        mail = email.strip().casefold()
        hits: list[int] = []
        stmt = select(col(Member.id), col(Member.first_name), col(Member.last_name),
                      col(Member.phone), col(Member.email))
        with self.db.session(write=False) as session:
            for r in session.execute(stmt):
                if r.id == exclude_id:
                    continue
                same_names = bool(last_name.strip()) and search_key(
                    r.first_name, r.last_name) == names
                same_phone = len(digits) >= 6 and _digits(r.phone) == digits
                same_mail = bool(mail) and r.email.strip().casefold() == mail
                if same_names or same_phone or same_mail:
                    hits.append(r.id)
        return [self.row(i) for i in hits]

    def resolve(self, text: str) -> MemberRow:
        """A member from an id or an unambiguous name (for the command line)."""
        from clubdesk.model.errors import ClubdeskError

        text = text[:MAX_SEARCH_CHARS]
        number = text.strip()
        if number.isascii() and number.isdigit():
            if int(number) > MAX_ID:  # no such row, and too big for the database's integers
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=number)
            return self.row(int(number))
        matches = self.search(text, limit=20)
        tokens = query_tokens(text)
        exact = [m for m in matches if match_quality(tokens, search_key(
            m.first_name, m.last_name, m.preferred_name)) >= 3 * len(tokens)]
        if len(matches) == 1:
            return matches[0]
        if len(exact) == 1:
            return exact[0]
        if not matches:
            raise NotFoundError("Personne ne correspond à « {text} ».", text=text)
        names = ", ".join(f"{m.display_name} (n° {m.id})" for m in matches[:10])
        raise ClubdeskError("« {text} » désigne plusieurs personnes : {names}.", text=text,
                            names=names)


def _status(current: Any, any_period: Any) -> Status:
    return "current" if current else ("former" if any_period else "visitor")


def _digits(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return "0" + digits[2:] if digits.startswith("33") and len(digits) == 11 else digits


def match_quality(tokens: list[str], key: str) -> int:
    """3 per token equal to a word, 2 per token starting a word, 1 per token found inside."""
    words = key.split(" ")
    score = 0
    for tok in tokens:
        if tok in words:
            score += 3
        elif any(w.startswith(tok) for w in words):
            score += 2
        else:
            score += 1
    return score


REFERENT_FIELDS = frozenset({"referent_partner_id", "referent_contact_id"})


def check_referent(session: Any, member: Member) -> None:
    """The referent partner exists; its contact person, if any, is one of its contacts
    (read before the changed record is flushed)."""
    with session.no_autoflush:
        _check_referent(session, member.referent_partner_id, member.referent_contact_id)


def _check_referent(session: Any, partner_id: int | None, contact_id: int | None) -> None:
    if partner_id is not None and session.get(Partner, partner_id) is None:
        raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                            partner_id=partner_id)
    if contact_id is None:
        return
    contact = session.get(PartnerContact, contact_id)
    if contact is None:
        raise NotFoundError("Aucun contact n'a le numéro {contact_id}.", contact_id=contact_id)
    if contact.partner_id != partner_id:
        raise ValidationError("referent_contact_id", "« {name} » n'est pas un contact du "
                                                     "partenaire référent choisi.",
                              name=contact.name)
