"""What the club's structure was on a given day: premises and identity values, opening hours
and governance seats are kept with the date from which they hold (a new value is a new
version, never an overwrite), so a past year's report shows what held then."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.tables import (
    GovernanceBody,
    GovernanceSeat,
    OpeningHours,
    StructureDocument,
    StructureInfo,
)

PREMISES_KEYS = ("premises_address", "premises_accessibility", "premises_surface_m2",
                 "lease_start", "lease_end", "rent_eur", "inventory_date", "premises_notes")
Range = tuple[int, str, str]  # weekday, opens, closes
Seat = tuple[str, bool]  # holder, elected member
T = TypeVar("T")


@dataclass(frozen=True)
class DocumentInfo:
    """A stored file without its bytes."""

    id: int
    kind: str
    valid_from: date
    file_name: str
    media_type: str
    size: int


@dataclass
class InForce:
    """What held on ``on``: every info value, the week's hours and each body's seats."""

    on: date
    info: dict[str, str] = field(default_factory=dict)
    hours: list[Range] = field(default_factory=list)
    hours_from: date | None = None
    bodies: list[tuple[str, list[Seat]]] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """One change that took effect on ``on``: ``what`` is premises, hours or governance;
    ``key`` the info key or the body's name; before/after in words of the stored values."""

    on: date
    what: str
    key: str
    before: str
    after: str


def info_versions(session: Session) -> dict[str, list[tuple[date, str]]]:
    out: dict[str, list[tuple[date, str]]] = {}
    for row in session.scalars(select(StructureInfo).order_by(
            col(StructureInfo.key), col(StructureInfo.valid_from))):
        out.setdefault(row.key, []).append((row.valid_from, row.value))
    return out


def hours_versions(session: Session) -> dict[date, list[Range]]:
    out: dict[date, list[Range]] = {}
    for row in session.scalars(select(OpeningHours).order_by(
            col(OpeningHours.valid_from), col(OpeningHours.weekday), col(OpeningHours.opens))):
        out.setdefault(row.valid_from, []).append((row.weekday, row.opens, row.closes))
    return out


def seat_versions(session: Session) -> dict[str, dict[date, list[Seat]]]:
    out: dict[str, dict[date, list[Seat]]] = {}
    for body in session.scalars(select(GovernanceBody).order_by(col(GovernanceBody.name))):
        versions = out.setdefault(body.name, {})
        for seat in session.scalars(select(GovernanceSeat).where(
                col(GovernanceSeat.body_id) == body.id).order_by(
                col(GovernanceSeat.valid_from), col(GovernanceSeat.id))):
            versions.setdefault(seat.valid_from, []).append((seat.holder, seat.elected_member))
    return out


def documents(session: Session) -> list[DocumentInfo]:
    D = StructureDocument
    return [DocumentInfo(i or 0, k, v, f, m, n) for i, k, v, f, m, n in session.execute(select(
        col(D.id), col(D.kind), col(D.valid_from), col(D.file_name), col(D.media_type),
        col(D.size)).order_by(
        col(StructureDocument.valid_from), col(StructureDocument.id)))]


def _latest(versions: dict[date, T], on: date) -> tuple[date, T] | None:
    held = [d for d in versions if d <= on]
    return (max(held), versions[max(held)]) if held else None


def info_on(session: Session, on: date) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, versions in info_versions(session).items():
        found = _latest(dict(versions), on)
        if found is not None:
            out[key] = found[1]
    return out


def hours_on(session: Session, on: date) -> list[OpeningHours]:
    """The rows of the week's hours version that held on ``on``."""
    since = session.scalar(select(func.max(col(OpeningHours.valid_from))).where(
        col(OpeningHours.valid_from) <= on))
    if since is None:
        return []
    return list(session.scalars(select(OpeningHours).where(
        col(OpeningHours.valid_from) == since).order_by(
        col(OpeningHours.weekday), col(OpeningHours.opens))))


def bodies_on(session: Session, on: date) -> list[tuple[GovernanceBody, list[GovernanceSeat]]]:
    """Each body with the seats that held on ``on``; a body whose first seats came later is
    left out, a body that never had a seat is kept (empty)."""
    out = []
    for body in session.scalars(select(GovernanceBody).order_by(col(GovernanceBody.name))):
        seats = list(session.scalars(select(GovernanceSeat).where(
            col(GovernanceSeat.body_id) == body.id).order_by(col(GovernanceSeat.id))))
        if not seats:
            out.append((body, seats))
            continue
        held = [s.valid_from for s in seats if s.valid_from <= on]
        if held:
            out.append((body, [s for s in seats if s.valid_from == max(held)]))
    return out


def in_force(session: Session, on: date) -> InForce:
    state = InForce(on, info_on(session, on))
    hours = _latest(hours_versions(session), on)
    if hours is not None:
        state.hours_from, state.hours = hours
    for name, seats in seat_versions(session).items():
        held = _latest(seats, on)
        if held is not None:
            state.bodies.append((name, held[1]))
    latest: dict[str, DocumentInfo] = {}
    for doc in documents(session):
        if doc.valid_from <= on:
            latest[doc.kind] = doc
    state.documents = list(latest.values())
    return state


def hours_text(ranges: list[Range]) -> str:
    days = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
    return " ; ".join(f"{days[w - 1]} {o}–{c}" for w, o, c in ranges)


def seats_text(seats: list[Seat]) -> str:
    return ", ".join(holder or "—" for holder, _elected in seats)


def changes_during(session: Session, year: int) -> list[Change]:
    """The changes that took effect within ``year`` (not those of 2000-01-01, the values
    that held before the history was kept), in date order."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    out: list[Change] = []
    for key, versions in info_versions(session).items():
        before = ""
        for on, value in versions:
            if start <= on <= end and value != before:
                out.append(Change(on, "premises" if key in PREMISES_KEYS else "identity",
                                  key, before, value))
            before = value
    before_hours = ""
    for on, ranges in sorted(hours_versions(session).items()):
        text = hours_text(ranges)
        if start <= on <= end and text != before_hours:
            out.append(Change(on, "hours", "", before_hours, text))
        before_hours = text
    for name, seats in seat_versions(session).items():
        before_seats = ""
        for on, held in sorted(seats.items()):
            text = seats_text(held)
            if start <= on <= end and text != before_seats:
                out.append(Change(on, "governance", name, before_seats, text))
            before_seats = text
    return sorted(out, key=lambda c: (c.on, c.what, c.key))


@dataclass(frozen=True)
class Versions:
    """Every version kept: info values by key, the week's hours and each body's seats by
    the date from which they hold."""

    info: dict[str, list[tuple[date, str]]]
    hours: dict[date, list[Range]]
    seats: dict[str, dict[date, list[Seat]]]
