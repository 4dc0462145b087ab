"""`clubdesk export | import | member-export`: the whole club, or one member, in and out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, new_password, progress_line


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.exchange import export_club

    with opened_club(args) as club:
        dest = export_club(club.db, club.actor, Path(args.dest), progress=progress_line())
    print(f"Club exporté dans {dest}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.exchange import import_club
    from clubdesk.model.exchange.accounts import NewAdmin
    from clubdesk.model.exchange.importer import ImportFailed

    with opened_club(args) as club:
        try:
            admin = NewAdmin(args.admin, new_password()) if args.admin is not None else None
            report = import_club(club.db, club.actor, Path(args.source), merge=args.merge,
                                 dry_run=args.dry_run, progress=progress_line(), admin=admin)
        except ImportFailed as exc:
            for line in exc.errors:
                print(line, file=sys.stderr)
            raise
    for line in (*report.dialects, *report.readings):
        print(line)
    for origin in report.ignored:
        print(f"Fichier ignoré (inconnu du format) : {origin}")
    for name, created in report.created.items():
        if report.dry_run:
            lines = count(created, "ligne serait créée", "lignes seraient créées")
        else:
            lines = count(created, "ligne créée", "lignes créées")
        kept = report.skipped.get(name, 0)
        extra = f" ({count(kept, 'déjà présente', 'déjà présentes')})" if kept else ""
        print(f"{name} : {lines}{extra}")
    _print_accounts(report)
    if report.dry_run:
        print("Vérification seulement (--dry-run) : rien n'a été enregistré.")
    return 0


def _print_accounts(report: Any) -> None:
    """What the import did to the accounts, and how the others get in."""
    from clubdesk.cli.users import print_recovery_code

    done = report.accounts
    if done.admin_change == "created":
        print(f"Compte « {done.admin} » créé (direction), avec le mot de passe choisi.")
    elif done.admin_change == "promoted":
        print(f"« {done.admin} » est maintenant un compte actif de la direction, avec le mot "
              "de passe choisi.")
    elif done.admin_change == "password":
        print(f"« {done.admin} » (direction) a le mot de passe choisi.")
    if done.without_password:
        names = ", ".join(done.without_password)
        if len(done.without_password) == 1:
            print(f"1 compte sans mot de passe ({names}) : donnez-lui un code à usage unique "
                  "(clubdesk users reset IDENTIFIANT, ou l'écran Comptes).")
        else:
            print(f"{len(done.without_password)} comptes sans mot de passe ({names}) : donnez "
                  "à chacun un code à usage unique (clubdesk users reset IDENTIFIANT, ou "
                  "l'écran Comptes).")
    if report.recovery_code:
        print_recovery_code(report.recovery_code)


def cmd_member_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.exchange import export_member

    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        dest = export_member(club.db, club.actor, member.id, Path(args.dest))
    print(f"Tout ce que le club détient sur {member.display_name} est dans {dest}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="exporte tout le club (dossier, .zip ou .xlsx)")
    p.add_argument("dest", metavar="DESTINATION")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("import", parents=[common],
                       help="importe un club (dossier, .zip ou .xlsx) : tout ou rien")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--dry-run", action="store_true",
                   help="vérifie et dit ce qui serait créé, sans rien enregistrer")
    p.add_argument("--merge", action="store_true",
                   help="complète un club existant (par les clés), sans rien effacer")
    p.add_argument("--admin", metavar="IDENTIFIANT",
                   help="le compte de la direction qui entrera après l'import (créé s'il "
                        "manque, rôle direction sinon), mot de passe : CLUBDESK_NEW_PASSWORD "
                        "ou demandé ; les autres comptes arrivent sans mot de passe")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("member-export", parents=[common],
                       help="tout ce que le club détient sur un membre (droit d'accès)")
    p.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    p.add_argument("dest", metavar="DESTINATION.zip")
    p.set_defaults(handler=cmd_member_export)
