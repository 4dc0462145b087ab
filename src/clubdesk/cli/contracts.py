"""`clubdesk contracts list | trial | renew | start`: the pre-insertion trial month and
contracts (team, direction), as on the « Stages et contrats » screen."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json


def _line(p: Any) -> str:
    what = "mois d'essai" if p.kind == "trial" else "contrat"
    if p.renewal:
        what += f" (renouvellement {p.renewal})"
    early = f", arrêté le {p.ended_early_on:%d/%m/%Y}" if p.ended_early_on else ""
    return (f"n° {p.id}  {p.name} : {what} du {p.started_on:%d/%m/%Y} au "
            f"{p.ends_on:%d/%m/%Y}{early}")


def cmd_contracts_list(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    with opened_club(args) as club:
        if args.ending_within is not None:
            rows = club.contracts.ending_within(args.ending_within, clock.today())
        else:
            rows = club.contracts.periods()
    if args.json:
        print_json([{"id": p.id, "member_id": p.member_id, "member": p.name, "kind": p.kind,
                     "renewal": p.renewal, "started_on": p.started_on.isoformat(),
                     "ends_on": p.ends_on.isoformat(),
                     "ended_early_on": p.ended_early_on.isoformat() if p.ended_early_on
                     else None} for p in rows])
        return 0
    if not rows:
        print("Aucune période.")
    for p in rows:
        print(_line(p))
    return 0


def cmd_contracts_trial(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        row = club.contracts.start_trial(member.id, args.start)
    print(f"Mois d'essai enregistré : {_line(row)}.")
    return 0


def cmd_contracts_renew(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.contracts.renew(args.id)
    print(f"Renouvellement enregistré : {_line(row)}.")
    return 0


def cmd_contracts_start(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        row = club.contracts.start_contract(member.id, args.start,
                                            without_trial=args.without_trial)
    print(f"Contrat enregistré : {_line(row)}.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("contracts", parents=[common],
                       help="les mois d'essai et contrats de la pré-insertion")
    csub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = csub.add_parser("list", parents=[common], help="les périodes (essais et contrats)")
    q.add_argument("--ending-within", type=whole_number(0, 3660), default=None,
                   metavar="JOURS", help="seulement ce qui se termine dans ces jours, par "
                                         "date de fin (hors périodes déjà renouvelées)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_contracts_list)
    q = csub.add_parser("trial", parents=[common],
                        help="commence le mois d'essai d'une personne")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--from", dest="start", type=iso_date, required=True,
                   metavar="AAAA-MM-JJ", help="premier jour de l'essai")
    q.set_defaults(handler=cmd_contracts_trial)
    q = csub.add_parser("renew", parents=[common],
                        help="renouvelle une période (l'essai une fois, le contrat de 6 mois)")
    q.add_argument("id", type=record_id, metavar="N", help="numéro de la période")
    q.set_defaults(handler=cmd_contracts_renew)
    q = csub.add_parser("start", parents=[common],
                        help="commence le contrat de 6 mois après le mois d'essai")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--from", dest="start", type=iso_date, default=None,
                   metavar="AAAA-MM-JJ", help="premier jour (par défaut : le lendemain de "
                                              "la fin de l'essai)")
    q.add_argument("--without-trial", action="store_true",
                   help="la personne n'a pas de mois d'essai (admise avant clubdesk, ou "
                        "venue d'une autre structure) ; --from est alors obligatoire")
    q.set_defaults(handler=cmd_contracts_start)
