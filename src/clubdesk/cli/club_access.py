"""The club a command works on: opened from --db (or CLUBDESK_DB, or the user's data folder),
on behalf of the person running the command, closed on the way out.

A refusal (ClubdeskError) raised inside ``with opened_club(args) as club:`` leaves the
block with the club closed and reaches main(), which says it in one French sentence and
exits with 1: the one place where every refusal is said, whether it happens before the
club is opened (an argument checked), while it is open, or after it is closed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from clubdesk.model.errors import ClubdeskError


@contextmanager
def opened_club(args: argparse.Namespace, *, upgrade: bool = True,
                sign_in: bool = True) -> Iterator[Any]:
    """The club of ``args.db``, on behalf of the person running the command (same roles as
    in the window), closed when the block ends, whatever happens in it.

    ``upgrade=False``: the schema is left as it is (db status, check, upgrade);
    ``sign_in=False``: no account asked, the local administrator (db commands, the
    recovery of a lost password)."""
    from clubdesk import paths
    from clubdesk.model.access import LOCAL_ADMIN
    from clubdesk.model.club import Club
    from clubdesk.model.storage.db import Database
    from clubdesk.model.storage.server import database_target

    target = database_target(getattr(args, "db", None))
    create_parent = target == str(paths.default_db_path())
    db = Database.open(target, create_parent=create_parent, upgrade=upgrade)
    try:
        actor = command_line_actor(db, args) if sign_in else LOCAL_ADMIN
    except BaseException:
        db.close()
        raise
    club = Club(db, actor)
    try:
        yield club
    finally:
        club.close()


def command_line_actor(db: Any, args: argparse.Namespace | None = None) -> Any:
    """CLUBDESK_USER and CLUBDESK_PASSWORD, or a prompt on a terminal; a club with no
    account yet runs as the local administrator until its first account exists. A one-time
    code in place of the password: a new password first (see _first_password)."""
    import getpass
    import os

    from clubdesk.model.access import LOCAL_ADMIN
    from clubdesk.model.accounts.one_time import NewPasswordNeeded
    from clubdesk.model.accounts.users import authenticate, has_accounts

    if not has_accounts(db):
        return LOCAL_ADMIN
    username = os.environ.get("CLUBDESK_USER")
    password = os.environ.get("CLUBDESK_PASSWORD")
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not username and interactive:
        username = input("Identifiant clubdesk : ").strip()
    if username and password is None and interactive:
        password = getpass.getpass("Mot de passe : ")
    if not username or password is None:
        raise ClubdeskError("Ce club a des comptes : dites qui vous êtes avec les variables "
                            "CLUBDESK_USER et CLUBDESK_PASSWORD.")
    try:
        return authenticate(db, username, password)
    except NewPasswordNeeded as exc:
        return _first_password(db, args, exc.username, password, interactive)


def _first_password(db: Any, args: argparse.Namespace | None, username: str, code: str,
                    interactive: bool) -> Any:
    """Signed in with a one-time code: the new password is asked on a terminal, or taken
    from CLUBDESK_NEW_PASSWORD by `clubdesk users passwd` for oneself; any other command
    in a script is refused with the way to do it."""
    from clubdesk.cli.console import new_password
    from clubdesk.cli.users import cmd_users
    from clubdesk.model.accounts.one_time import choose_password

    own_passwd = (args is not None and getattr(args, "action", None) == "passwd"
                  and getattr(args, "handler", None) is cmd_users
                  and str(args.username).strip().lower() == username)
    if not interactive and not own_passwd:
        raise ClubdeskError("Code à usage unique accepté : choisissez d'abord votre mot de "
                            "passe avec « clubdesk users passwd {username} » (le code dans "
                            "CLUBDESK_PASSWORD, le nouveau mot de passe dans "
                            "CLUBDESK_NEW_PASSWORD).", username=username)
    if interactive and not own_passwd:
        print("Code à usage unique accepté : choisissez votre mot de passe.", file=sys.stderr)
    actor = choose_password(db, username, code, new_password())
    print(f"Mot de passe de « {username} » choisi ; le code à usage unique ne fonctionne "
          "plus.", file=sys.stderr if not own_passwd else sys.stdout)
    if args is not None:
        args.password_chosen = True
    return actor
