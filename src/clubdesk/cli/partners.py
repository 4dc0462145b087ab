"""`clubdesk partners list`."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import PARTNER_CATEGORY_CHOICES
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json


def cmd_partners_list(args: argparse.Namespace) -> int:
    from clubdesk.model.partners import CATEGORY_LABELS

    with opened_club(args) as club:
        partners = club.partners.list_partners(args.category)
    if args.json:
        print_json([{"id": p.id, "name": p.name, "category": p.category, "city": p.city}
                    for p in partners])
        return 0
    for p in partners:
        city = f", {p.city}" if p.city else ""
        print(f"{p.id:>5}  {p.name}  ({CATEGORY_LABELS[p.category]}{city})")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("partners", parents=[common], help="les partenaires")
    psub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = psub.add_parser("list", parents=[common], help="liste les partenaires")
    q.add_argument("--category", choices=PARTNER_CATEGORY_CHOICES,
                   help="ne montrer qu'une catégorie")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_partners_list)
