"""`clubdesk outings`: the GEM's activities and outings decided together (list, add), and
who signs up (signup, cancel-signup), as on the « Sorties et activités » screen (every
role)."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json
from clubdesk.model import clock
from clubdesk.model.outings import KIND_LABELS, STATUS_LABELS, OutingRow, euros

KIND_CHOICES = {"activite": "activity", "sortie": "outing"}
_EUROS = re.compile(r"^(-?)(\d{1,6})(?:[.,](\d{1,2}))?$")


def cost(text: str) -> int:
    """Euros typed « 3.50 », « 3,50 » or « 3 »: the cents (a negative amount is read, and
    refused by the model in its own words)."""
    found = _EUROS.match(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(
            f"« {text} » n'est pas un montant en euros (par exemple 3.50)")
    cents = int(found.group(2)) * 100 + int((found.group(3) or "0").ljust(2, "0"))
    return -cents if found.group(1) else cents


def _line(row: OutingRow) -> str:
    places = "sans limite" if row.places is None else f"{row.signed_up}/{row.places} places"
    waiting = f", {row.waiting} en attente" if row.waiting else ""
    when = f"{row.held_on:%d/%m/%Y}" + (f" {row.starts_at}" if row.starts_at else "")
    where = f" — {row.place}" if row.place else ""
    return (f"n° {row.id}  {when}  {KIND_LABELS[row.kind]} « {row.title} »{where} : "
            f"{places}{waiting}, {euros(row.cost_cents)}, {STATUS_LABELS[row.status]}")


def cmd_outings_list(args: argparse.Namespace) -> int:
    start = args.start or clock.today()
    end = args.end or start + timedelta(days=31)
    with opened_club(args) as club:
        rows = club.outings.calendar(start, end)
    if args.json:
        print_json([{"id": r.id, "title": r.title, "kind": r.kind, "date": r.held_on,
                     "starts_at": r.starts_at, "place": r.place, "places": r.places,
                     "signed_up": r.signed_up, "waiting": r.waiting, "present": r.present,
                     "cost_cents": r.cost_cents, "decided_on": r.decided_on,
                     "status": r.status} for r in rows])
        return 0
    if not rows:
        print(f"Aucune sortie ni activité du {start:%d/%m/%Y} au {end:%d/%m/%Y}.")
    for row in rows:
        print(_line(row))
    return 0


def cmd_outings_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.outings.add(args.title, args.on, kind=KIND_CHOICES[args.kind],
                               place=args.place, places=args.places, cost_cents=args.cost,
                               starts_at=args.at, decided_on=args.decided_on)
    print(f"{KIND_LABELS[row.kind].capitalize()} n° {row.id} enregistrée le "
          f"{row.held_on:%d/%m/%Y} : {row.title}.")
    return 0


def cmd_outings_signup(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        signup = club.outings.sign_up(args.outing, member.id)
    if signup.waiting:
        print(f"{signup.name} est en liste d'attente (rang {signup.rank}).")
    else:
        print(f"Inscription notée : {signup.name} (place {signup.rank}).")
    return 0


def cmd_outings_cancel_signup(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        moved = club.outings.cancel_signup(args.outing, member.id)
        up = club.members.row(moved) if moved is not None else None
    print(f"Inscription de {member.first_name} {member.last_name}".rstrip() + " annulée.")
    if up is not None:
        print(f"{up.first_name} {up.last_name}".strip() + " passe de la liste d'attente à "
              "une place.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("outings", parents=[common],
                       help="les sorties et activités décidées ensemble (GEM)")
    osub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = osub.add_parser("list", parents=[common],
                        help="les sorties et activités d'une période (par défaut : un mois "
                             "à partir d'aujourd'hui)")
    q.add_argument("--from", dest="start", type=iso_date, default=None, metavar="AAAA-MM-JJ")
    q.add_argument("--to", dest="end", type=iso_date, default=None, metavar="AAAA-MM-JJ")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_outings_list)
    q = osub.add_parser("add", parents=[common], help="ajoute une sortie ou une activité")
    q.add_argument("title", metavar="TITRE")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                   help="le jour")
    q.add_argument("--at", default="", metavar="HH:MM", help="l'heure de début")
    q.add_argument("--place", default="", metavar="LIEU")
    q.add_argument("--places", type=whole_number(0, 10_000), default=None, metavar="N",
                   help="nombre de places (sans limite si absent)")
    q.add_argument("--cost", type=cost, default=0, metavar="EUROS",
                   help="reste à charge par personne, par exemple 3.50 (gratuit si absent)")
    q.add_argument("--kind", choices=tuple(KIND_CHOICES), default="activite",
                   help="activite (par défaut) ou sortie")
    q.add_argument("--decided-on", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="la réunion des membres qui l'a décidée")
    q.set_defaults(handler=cmd_outings_add)
    q = osub.add_parser("signup", parents=[common],
                        help="inscrit un membre (liste d'attente si c'est complet)")
    q.add_argument("outing", type=record_id, metavar="N", help="le numéro de la sortie")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom")
    q.set_defaults(handler=cmd_outings_signup)
    q = osub.add_parser("cancel-signup", parents=[common],
                        help="désinscrit un membre (le premier en attente prend sa place)")
    q.add_argument("outing", type=record_id, metavar="N", help="le numéro de la sortie")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom")
    q.set_defaults(handler=cmd_outings_cancel_signup)

