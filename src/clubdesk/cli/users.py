"""`clubdesk users …`: the accounts (list, add, passwd, reset, unlock, role), and the club's
recovery code."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from clubdesk.cli.arguments import ROLE_CHOICES
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import new_password
from clubdesk.model.errors import ClubdeskError

RECOVERY_ADVICE = ("Notez-le sur papier et rangez ce papier avec les documents du club : il ne "
                   "sera plus affiché. Il permet de choisir un nouveau mot de passe de la "
                   "direction (clubdesk users recovery IDENTIFIANT).")
PASSWORD_STATES = {"none": " (sans mot de passe : clubdesk users reset)",
                   "code": " (code à usage unique en attente)",
                   "expired": " (code à usage unique expiré)"}


def print_recovery_code(code: str) -> None:
    print(f"Code de secours du club : {code}")
    print(RECOVERY_ADVICE)


def _recovery_code() -> str:
    import getpass

    code = os.environ.get("CLUBDESK_RECOVERY_CODE")
    if code is not None:
        return code
    if not sys.stdin.isatty():
        raise ClubdeskError("Donnez le code de secours avec CLUBDESK_RECOVERY_CODE.")
    return getpass.getpass("Code de secours : ")


def cmd_users_recovery(args: argparse.Namespace) -> int:
    """`users recovery IDENTIFIANT`: a new password with the club's recovery code (no
    sign-in: the password is what was lost); `users recovery --new`: a new code (direction)."""
    from clubdesk.model.accounts import recovery

    if args.new:
        with opened_club(args) as club:
            print_recovery_code(recovery.issue_code(club.db, club.actor))
            print("L'ancien code ne fonctionne plus.")
            return 0
    if not args.username:
        raise ClubdeskError("Dites quel compte de la direction retrouve l'accès : "
                            "clubdesk users recovery IDENTIFIANT (ou --new pour un nouveau "
                            "code).")
    with opened_club(args, sign_in=False) as club:
        code = _recovery_code()
        following = recovery.recover(club.db, args.username, code, new_password())
        print(f"Mot de passe de « {args.username.strip().lower()} » changé ; le code utilisé "
              "ne fonctionne plus.")
        print_recovery_code(following)
        return 0


def cmd_users(args: argparse.Namespace) -> int:
    from clubdesk.model.accounts.one_time import VALID_DAYS
    from clubdesk.model.accounts.users import create_first_account, has_accounts

    if args.action == "recovery":
        return cmd_users_recovery(args)
    with opened_club(args) as club:
        users = club.users
        if args.action == "passwd" and getattr(args, "password_chosen", False):
            return 0  # signed in with a one-time code: the new password is set
        if args.action == "passwd" and club.actor.name == args.username.strip().lower() \
                and club.actor.user_id is not None:
            users.set_password(club.actor.user_id, new_password())
            print(f"Mot de passe de « {club.actor.name} » changé.")
            return 0
        if args.action == "list":
            for u in users.list_users():
                state = " (désactivé)" if u.disabled else " (ralenti)" if u.locked else \
                    PASSWORD_STATES.get(u.password, "")
                print(f"{u.username:<20} {u.role:<10} {u.display_name}{state}")
            return 0
        if args.action == "add":
            if args.role == "direction" and not has_accounts(club.db):
                first = create_first_account(club.db, args.username, new_password(),
                                             args.name or args.username)
                print(f"Compte « {first.row.username} » créé (direction).")
                print_recovery_code(first.recovery_code)
                return 0
            row = users.create(args.username, new_password(), args.role,
                               args.name or args.username)
            print(f"Compte « {row.username} » créé ({row.role}).")
            return 0
        target = next((u for u in users.list_users() if u.username == args.username), None)
        if target is None:
            raise ClubdeskError("Aucun compte ne s'appelle « {username} ».",
                                username=args.username[:60])
        if args.action == "reset":
            code = users.one_time_code(target.id)
            print(f"Code à usage unique pour « {target.username} » : {code}")
            print(f"Valable {VALID_DAYS} jours, affiché une seule fois. Cette personne entre "
                  "avec son identifiant et ce code à la place du mot de passe, puis choisit "
                  "son mot de passe. Son ancien mot de passe ne fonctionne plus.")
        elif args.action == "unlock":
            users.unlock(target.id)
            print(f"Le compte « {target.username} » est débloqué.")
        elif args.action == "passwd":
            users.set_password(target.id, new_password())
            print(f"Mot de passe de « {target.username} » changé.")
        elif args.action == "role":
            users.set_role(target.id, args.role)
            print(f"« {target.username} » a maintenant le rôle {args.role}.")
        return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("users", parents=[common], help="les comptes (direction)")
    usub = p.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    q = usub.add_parser("list", parents=[common], help="liste les comptes")
    q = usub.add_parser("add", parents=[common],
                        help="crée un compte (mot de passe : CLUBDESK_NEW_PASSWORD ou demandé)")
    q.add_argument("username", metavar="IDENTIFIANT")
    q.add_argument("--role", choices=ROLE_CHOICES, required=True)
    q.add_argument("--name", help="nom affiché")
    q = usub.add_parser("passwd", parents=[common], help="change un mot de passe")
    q.add_argument("username", metavar="IDENTIFIANT")
    q = usub.add_parser("reset", parents=[common],
                        help="affiche un code à usage unique (7 jours) pour un compte : il "
                             "entre avec, puis choisit son mot de passe (direction)")
    q.add_argument("username", metavar="IDENTIFIANT")
    q = usub.add_parser("unlock", parents=[common],
                        help="enlève l'attente après trop d'essais")
    q.add_argument("username", metavar="IDENTIFIANT")
    q = usub.add_parser("recovery", parents=[common],
                        help="nouveau mot de passe de la direction avec le code de secours "
                             "(code : CLUBDESK_RECOVERY_CODE ou demandé ; mot de passe : "
                             "CLUBDESK_NEW_PASSWORD ou demandé)")
    q.add_argument("username", metavar="IDENTIFIANT", nargs="?")
    q.add_argument("--new", action="store_true",
                   help="un nouveau code de secours (direction) ; l'ancien ne fonctionne plus")
    q = usub.add_parser("role", parents=[common], help="change le rôle d'un compte")
    q.add_argument("username", metavar="IDENTIFIANT")
    q.add_argument("role", choices=ROLE_CHOICES)
    p.set_defaults(handler=cmd_users)
