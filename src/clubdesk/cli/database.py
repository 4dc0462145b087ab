"""`clubdesk db …`: the database itself (schema, integrity, copy, server roles; encryption
in cli/encryption.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from clubdesk.cli.arguments import ROLE_CHOICES
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json, progress_line
from clubdesk.cli.encryption import cmd_db_crypto
from clubdesk.model.errors import ClubdeskError


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    with opened_club(args, upgrade=False, sign_in=False) as club:
        before = club.db.current_revision()
        copy = club.db.upgrade()
        status = club.db.status()
    if before == status["current"]:
        print(f"La base {status['database']} est déjà à jour (schéma {status['current']}).")
    else:
        print(f"Base {status['database']} mise à jour : schéma {before or 'vide'} → "
              f"{status['current']}.")
        if copy:
            print(f"Copie de sécurité d'avant la mise à jour : {copy}")
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    with opened_club(args, upgrade=False, sign_in=False) as club:
        status = club.db.status()
    if args.json:
        print_json(status)
        return 0
    print(f"Base : {status['database']}")
    state = "à jour" if status["up_to_date"] else f"à mettre à jour vers {status['head']}"
    print(f"Schéma : {status['current'] or 'vide'} ({state})")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    with opened_club(args, upgrade=False, sign_in=False) as club:
        result = club.db.check()
    if result["ok"]:
        print(f"Base {club.db.display_name} : intègre, aucune référence cassée.")
        return 0
    print(f"Base {club.db.display_name} : PROBLÈMES. Intégrité : "
          f"{'; '.join(result['integrity'][:5])}. Références cassées : "
          f"{result['foreign_key_problems']}.")
    return 1


def cmd_db_copy(args: argparse.Namespace) -> int:
    """db copy --to: the open club into an empty database (direction only)."""
    from clubdesk.model.storage.transfer import copy_club

    with opened_club(args) as club:
        report = copy_club(club.db, args.to, club.actor, progress=progress_line())
    print(report.sentence())
    return 0


def cmd_db_roles(args: argparse.Namespace) -> int:
    """db roles: the club's three database roles on its PostgreSQL server (direction)."""
    import getpass
    import os

    from clubdesk.model.storage.server_roles import set_up

    passwords: dict[str, str] = {}
    for role in args.login or ():
        variable = f"CLUBDESK_ROLE_PASSWORD_{role.upper()}"
        password = os.environ.get(variable)
        if password is None:
            if not sys.stdin.isatty():
                raise ClubdeskError("Donnez le mot de passe du rôle {role} avec {variable}.",
                                    role=role, variable=variable)
            password = getpass.getpass(f"Mot de passe du rôle {role} sur le serveur : ")
            if getpass.getpass("Encore une fois : ") != password:
                raise ClubdeskError("Les deux mots de passe ne sont pas les mêmes.")
        if len(password) < 12:
            raise ClubdeskError("Le mot de passe du rôle {role} doit avoir 12 caractères au "
                                "moins.", role=role)
        passwords[role] = password
    with opened_club(args) as club:
        names = set_up(club.db, club.actor, passwords)
    print("Rôles du serveur prêts : " + ", ".join(names) + ".")
    for role, name in zip(ROLE_CHOICES, names, strict=True):
        if role in passwords:
            print(f"{name} peut se connecter (clubdesk connexion --user {name}).")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("db", parents=[common], help="version du schéma de la base")
    dbsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = dbsub.add_parser("upgrade", parents=[common], help="met la base à jour")
    q.set_defaults(handler=cmd_db_upgrade)
    for action, text in (("encrypt", "chiffre la base (phrase : CLUBDESK_NEW_PASSPHRASE)"),
                         ("decrypt", "enlève le chiffrement"),
                         ("rekey", "change la phrase de passe (CLUBDESK_NEW_PASSPHRASE)")):
        q = dbsub.add_parser(action, parents=[common], help=text)
        q.set_defaults(handler=cmd_db_crypto, action=action)
    q = dbsub.add_parser("check", parents=[common],
                         help="vérifie l'intégrité de la base et ses références")
    q.set_defaults(handler=cmd_db_check)
    q = dbsub.add_parser("copy", parents=[common],
                         help="copie tout le club dans une base vide (fichier SQLite ou URL "
                              "PostgreSQL), vérifiée ; direction")
    q.add_argument("--to", required=True, metavar="URL_OU_CHEMIN",
                   help="la base cible, vide : un nouveau fichier ou une base PostgreSQL vide")
    q.set_defaults(handler=cmd_db_copy)
    q = dbsub.add_parser("roles", parents=[common],
                         help="crée les rôles accueil, équipe et direction sur le serveur "
                              "PostgreSQL du club et leurs droits ; direction")
    q.add_argument("--login", action="append", choices=ROLE_CHOICES,
                   help="ce rôle peut se connecter lui-même (mot de passe : "
                        "CLUBDESK_ROLE_PASSWORD_ACCUEIL… ou demandé) ; répétable")
    q.set_defaults(handler=cmd_db_roles)
    q = dbsub.add_parser("status", parents=[common], help="affiche la version du schéma")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_db_status)
