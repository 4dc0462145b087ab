"""`clubdesk partners add | list | partnership`."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import PARTNER_CATEGORY_CHOICES, iso_date
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json
from clubdesk.model.errors import ClubdeskError


def resolve_partner(club: Any, text: str) -> Any:
    """A partner by number or by a name part that names only one."""
    rows = club.partners.list_partners()
    if text.strip().isdigit():
        found = [p for p in rows if p.id == int(text)]
    else:
        wanted = text.strip().lower()
        exact = [p for p in rows if p.name.lower() == wanted]
        found = exact or [p for p in rows if wanted and wanted in p.name.lower()]
    if len(found) != 1:
        raise ClubdeskError("« {text} » ne désigne pas un seul partenaire : donnez son numéro "
                            "(clubdesk partners list).", text=text)
    return found[0]


def cmd_partners_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.partners.create(args.name, args.category, city=args.city)
    print(f"Partenaire n° {row.id} enregistré : {row.name}.")
    return 0


def cmd_partners_partnership(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        partner = resolve_partner(club, args.partner)
        club.partners.add_partnership(partner.id, args.kind, args.start, args.end,
                                      agreement_signed=args.agreement is not None,
                                      agreement_signed_on=args.agreement)
    print(f"Partenariat avec {partner.name} enregistré à partir du {args.start:%d/%m/%Y}.")
    return 0


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
    q = psub.add_parser("add", parents=[common], help="enregistre un partenaire")
    q.add_argument("name", metavar="NOM")
    q.add_argument("--category", choices=PARTNER_CATEGORY_CHOICES, required=True,
                   help="la catégorie du partenaire")
    q.add_argument("--city", default="", metavar="VILLE")
    q.set_defaults(handler=cmd_partners_add)
    q = psub.add_parser("partnership", parents=[common],
                        help="enregistre un partenariat (convention, accueil...) avec ses dates")
    q.add_argument("partner", metavar="PARTENAIRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("kind", metavar="NATURE", help="de quel partenariat il s'agit")
    q.add_argument("--from", dest="start", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    q.add_argument("--to", dest="end", type=iso_date, default=None, metavar="AAAA-MM-JJ")
    q.add_argument("--agreement", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="le jour où la convention a été signée")
    q.set_defaults(handler=cmd_partners_partnership)
    q = psub.add_parser("list", parents=[common], help="liste les partenaires")
    q.add_argument("--category", choices=PARTNER_CATEGORY_CHOICES,
                   help="ne montrer qu'une catégorie")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_partners_list)
