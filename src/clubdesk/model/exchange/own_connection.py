"""Import and export on a connection of their own: the screens run them off the UI thread,
and a session is never shared between threads (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from clubdesk.model.access import Actor
from clubdesk.model.exchange import ImportReport, export_club, export_member, import_club
from clubdesk.model.exchange.accounts import NewAdmin

Progress = Callable[[int, str], None]


def import_in_own_connection(url: str, actor: Actor, source: Path, *, merge: bool,
                             dry_run: bool, progress: Progress,
                             admin: NewAdmin | None = None) -> ImportReport:
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        return import_club(club.db, club.actor, source, merge=merge, dry_run=dry_run,
                           progress=progress, admin=admin)
    finally:
        club.close()


def export_in_own_connection(url: str, actor: Actor, dest: Path, progress: Progress) -> Path:
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        return export_club(club.db, club.actor, dest, progress=progress)
    finally:
        club.close()


def export_member_in_own_connection(url: str, actor: Actor, member_id: int,
                                    dest: Path) -> Path:
    from clubdesk.model.club import Club

    club = Club.open(url, actor)
    try:
        return export_member(club.db, club.actor, member_id, dest)
    finally:
        club.close()
