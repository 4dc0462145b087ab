"""`clubdesk paths add | end`: the steps of a member's path to work (emploi, stage,
alternance, bénévolat, formation), as on the member's « Parcours » tab (team, direction)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id
from clubdesk.cli.club_access import opened_club

PATH_KIND_CHOICES = ("employment", "internship", "apprenticeship", "volunteering", "training")


def _hours(text: str) -> float:
    from clubdesk.model.errors import ClubdeskError

    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise ClubdeskError("« {value} » n'est pas un nombre d'heures.", value=text) from None


def cmd_paths_add(args: argparse.Namespace) -> int:
    from clubdesk.cli.partners import resolve_partner

    hours = _hours(args.hours) if args.hours is not None else None
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        partner_id = resolve_partner(club, args.partner).id if args.partner else None
        step = club.paths.add_step(member.id, args.kind, args.start, args.end,
                                   partner_id=partner_id, hours_per_week=hours,
                                   category=args.category, contract=args.contract,
                                   title=args.title)
    print(f"Étape n° {step.id} enregistrée pour {member.display_name} à partir du "
          f"{args.start:%d/%m/%Y}.")
    return 0


def cmd_paths_end(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        club.paths.end_step(args.step, args.on)
    print(f"Étape n° {args.step} terminée le {args.on:%d/%m/%Y}.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("paths", parents=[common],
                       help="les parcours vers l'emploi (étapes : emploi, stage...)")
    psub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = psub.add_parser("add", parents=[common], help="ajoute une étape (équipe, direction)")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("kind", choices=PATH_KIND_CHOICES, metavar="TYPE",
                   help="employment : emploi ; internship : stage ; apprenticeship : "
                        "alternance ; volunteering : bénévolat ; training : formation")
    q.add_argument("--from", dest="start", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    q.add_argument("--to", dest="end", type=iso_date, default=None, metavar="AAAA-MM-JJ")
    q.add_argument("--category", choices=("transitional", "supported", "independent"),
                   default=None, help="pour un emploi : transitional : de transition ; "
                                      "supported : accompagné ; independent : indépendant")
    q.add_argument("--contract", choices=("cdi", "cdd", "interim", "contrat_aide", "other"),
                   default=None, help="pour un emploi : le contrat")
    q.add_argument("--partner", default=None, metavar="PARTENAIRE",
                   help="l'employeur ou l'organisme partenaire (numéro ou nom)")
    q.add_argument("--hours", default=None, metavar="H", help="heures par semaine")
    q.add_argument("--title", default="", metavar="TEXTE", help="l'intitulé du poste")
    q.set_defaults(handler=cmd_paths_add)
    q = psub.add_parser("end", parents=[common], help="termine une étape")
    q.add_argument("step", type=record_id, metavar="N", help="le numéro de l'étape")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                   help="le dernier jour de l'étape")
    q.set_defaults(handler=cmd_paths_end)
