"""`clubdesk audit verify | purge | list`: the access log (direction)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import record_id, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, print_json


def cmd_audit(args: argparse.Namespace) -> int:
    from clubdesk.model.audit.trail import Filter

    with opened_club(args) as club:
        if args.action == "verify":
            result = club.audit.verify()
            print(result.sentence())
            return 0 if result.ok else 1
        if args.action == "purge":
            removed = club.audit.purge(months=args.months)
            old = f"de plus de {args.months} mois"
            print(count(removed, f"entrée {old} supprimée", f"entrées {old} supprimées")
                  + " (la suppression est notée dans le journal).")
            return 0
        entries = club.audit.entries(Filter(member_id=args.member, username=args.user),
                                     limit=args.limit)
        if args.json:
            print_json([{"seq": e.seq, "at": e.at.isoformat(), "user": e.username,
                         "action": e.action, "record_type": e.record_type,
                         "record_id": e.record_id} for e in entries])
            return 0
        for e in entries:
            print(f"{e.seq:>7}  {e.at.astimezone():%d/%m/%Y %H:%M}  {e.username:<20} "
                  f"{e.action:<12} {e.record_type} {e.record_id}")
        return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="le journal des accès (direction)")
    asub = p.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    q = asub.add_parser("verify", parents=[common],
                        help="vérifie que le journal n'a pas été modifié")
    q = asub.add_parser("purge", parents=[common],
                        help="supprime les entrées anciennes (suppression notée)")
    q.add_argument("--months", type=whole_number(6, 36), default=12, metavar="N",
                   help="conservation, de 6 à 36 mois")
    q = asub.add_parser("list", parents=[common], help="affiche les dernières entrées")
    q.add_argument("--member", type=record_id, metavar="N", help="numéro d'un membre")
    q.add_argument("--user", help="identifiant d'un compte")
    q.add_argument("--limit", type=whole_number(1, 10000), default=100, metavar="N")
    q.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)
