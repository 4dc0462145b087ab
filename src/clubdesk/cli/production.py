"""`clubdesk orders ...` and `clubdesk production ...`: the orders of client partners and
the production sessions of the work-insertion workshops, as on the « Commandes et
production » screen (team, direction)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, print_json

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
QUANTITY_MAX = 1_000_000  # as model.production (kept here: `clubdesk --help` stays fast)


def month(text: str) -> tuple[int, int]:
    """AAAA-MM, a month between 1900 and 2100."""
    found = _MONTH.match(text)
    if not found or not 1 <= int(found.group(2)) <= 12 \
            or not 1900 <= int(found.group(1)) <= 2100:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un mois au format AAAA-MM")
    return int(found.group(1)), int(found.group(2))


def worker(text: str) -> tuple[str, str]:
    """MEMBRE=HEURES (« Émilie=3,5 », « 12=2 »)."""
    who, sep, hours = text.rpartition("=")
    if not sep or not who.strip() or not hours.strip():
        raise argparse.ArgumentTypeError(
            f"« {text} » : écrivez MEMBRE=HEURES, par exemple Émilie=3,5")
    return who.strip(), hours.strip()


def _client_id(club: Any, text: str) -> int:
    from clubdesk.model.errors import ClubdeskError
    from clubdesk.model.search_folding import fold

    if text.strip().isdigit():
        try:
            return record_id(text.strip())
        except argparse.ArgumentTypeError:
            raise ClubdeskError("Aucun partenaire n'a le numéro {partner_id}.",
                                partner_id=text.strip()) from None
    # every partner: the service says when the one named is not a client
    found = [p.id for p in club.partners.list_partners() if fold(p.name) == fold(text)]
    if len(found) != 1:
        raise ClubdeskError("Aucun partenaire ne s'appelle « {name} » (ou plusieurs) : "
                            "donnez son numéro.", name=text)
    return int(found[0])


def _hours(minutes: int) -> str:
    from clubdesk.model.production import hours_text

    return hours_text(minutes)


def cmd_orders_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.production.add_order(_client_id(club, args.client), args.what, args.due,
                                        received_on=args.received, quantity=args.quantity,
                                        notes=args.notes)
    print(f"Commande n° {row.id} enregistrée : {row.what}, à livrer le {row.due_on:%d/%m/%Y}.")
    return 0


def cmd_orders_list(args: argparse.Namespace) -> int:
    from clubdesk.model.production import STATUS_LABELS, status_code

    with opened_club(args) as club:
        status = status_code(args.status) if args.status else None
        rows = club.production.orders(status)
    if args.json:
        print_json([{"id": r.id, "client_id": r.client_id, "client": r.client, "what": r.what,
                     "quantity": r.quantity, "received_on": r.received_on.isoformat(),
                     "due_on": r.due_on.isoformat(), "status": r.status, "late": r.late}
                    for r in rows])
        return 0
    if not rows:
        print("Aucune commande.")
    for r in rows:
        late = "  EN RETARD" if r.late else ""
        print(f"n° {r.id}  {r.due_on:%d/%m/%Y}  {STATUS_LABELS[r.status]:<9}  {r.client} : "
              f"{r.what}{late}")
    return 0


def cmd_orders_status(args: argparse.Namespace) -> int:
    from clubdesk.model.production import STATUS_LABELS, status_code

    with opened_club(args) as club:
        code = status_code(args.status)
        club.production.set_status(args.order, code)
    print(f"Commande n° {args.order} : {STATUS_LABELS[code]}.")
    return 0


def cmd_production_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        pairs = [(club.members.resolve(who).id, hours) for who, hours in args.worker]
        row = club.production.add_session(args.on, args.workshop, pairs, order_id=args.order)
    print(f"Séance de production n° {row.id} enregistrée le {args.on:%d/%m/%Y} "
          f"({row.workshop}, {count(len(pairs), 'personne', 'personnes')}).")
    return 0


def cmd_production_hours(args: argparse.Namespace) -> int:
    year, number = args.month
    with opened_club(args) as club:
        rows = club.production.hours_by_person(year, number)
    if args.json:
        print_json([{"member_id": r.member_id, "name": r.name, "minutes": r.minutes,
                     "hours": _hours(r.minutes)} for r in rows])
        return 0
    if not rows:
        print(f"Aucune heure de production en {number:02d}/{year}.")
    for r in rows:
        print(f"{r.name} : {_hours(r.minutes)} h")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("orders", parents=[common], help="les commandes des clients")
    osub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = osub.add_parser("add", parents=[common], help="enregistre une commande")
    q.add_argument("what", metavar="QUOI")
    q.add_argument("--client", required=True, metavar="CLIENT",
                   help="le partenaire client (numéro ou nom)")
    q.add_argument("--due", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                   help="à livrer le")
    q.add_argument("--received", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="reçue le (aujourd'hui par défaut)")
    q.add_argument("--quantity", type=whole_number(1, QUANTITY_MAX), default=None,
                   metavar="N")
    q.add_argument("--notes", default="", metavar="TEXTE")
    q.set_defaults(handler=cmd_orders_add)
    q = osub.add_parser("list", parents=[common], help="les commandes, les plus urgentes "
                                                       "d'abord")
    q.add_argument("--status", default=None, metavar="ÉTAT",
                   help="a-faire, en-cours, livree ou annulee")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_orders_list)
    q = osub.add_parser("status", parents=[common], help="change l'état d'une commande")
    q.add_argument("order", type=record_id, metavar="N")
    q.add_argument("status", metavar="ÉTAT", help="a-faire, en-cours, livree ou annulee")
    q.set_defaults(handler=cmd_orders_status)

    p = sub.add_parser("production", parents=[common],
                       help="les séances de production et les heures")
    psub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = psub.add_parser("add", parents=[common], help="enregistre une séance de production")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    q.add_argument("--workshop", required=True, metavar="ATELIER")
    q.add_argument("--order", type=record_id, default=None, metavar="N")
    q.add_argument("--worker", type=worker, action="append", required=True,
                   metavar="MEMBRE=HEURES", help="qui a travaillé et combien d'heures "
                                                 "(répéter l'option)")
    q.set_defaults(handler=cmd_production_add)
    q = psub.add_parser("hours", parents=[common], help="les heures du mois par personne")
    q.add_argument("--month", type=month, required=True, metavar="AAAA-MM")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_production_hours)
