"""`clubdesk followups add | due`: the individual follow-ups and their next steps."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json

FOLLOWUP_KIND_CHOICES = ("interview", "workshop", "job_search", "job_support",
                         "employer_contact", "training", "administrative", "referral", "other")


def cmd_followups_add(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    day = args.date or clock.today()
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        row = club.followups.add(member.id, day, args.kind, note=args.note,
                                 staff_id=args.staff, next_step=args.next_step,
                                 due_on=args.due)
    print(f"Suivi n° {row.id} enregistré pour {member.display_name} le {day:%d/%m/%Y}.")
    return 0


def cmd_followups_due(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    with opened_club(args) as club:
        steps = club.followups.due(clock.today(), staff_id=args.staff, days=args.days)
    if args.json:
        print_json([{"followup_id": s.followup_id, "member_id": s.member_id,
                     "member": s.member_name, "staff_id": s.staff_id,
                     "next_step": s.next_step, "due_on": s.due_on.isoformat(),
                     "overdue": s.overdue} for s in steps])
        return 0
    if not steps:
        print("Aucune prochaine étape pour les jours qui viennent.")
    for s in steps:
        late = "  EN RETARD" if s.overdue else ""
        print(f"{s.due_on:%d/%m/%Y}  {s.member_name} : {s.next_step}{late}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("followups", parents=[common], help="les suivis individuels")
    fsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = fsub.add_parser("add", parents=[common],
                        help="enregistre un entretien ou un accompagnement (équipe, direction)")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--kind", choices=FOLLOWUP_KIND_CHOICES, required=True,
                   help="interview : entretien ; workshop : atelier collectif ; "
                        "job_search / job_support : recherche / maintien dans l'emploi ; "
                        "employer_contact, training, administrative, referral, other")
    q.add_argument("--date", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="le jour (aujourd'hui par défaut)")
    q.add_argument("--note", default="", metavar="TEXTE",
                   help="ce qui a été fait (jamais de détail de santé)")
    q.add_argument("--staff", type=record_id, default=None, metavar="N",
                   help="numéro du salarié qui suit")
    q.add_argument("--next-step", default="", metavar="TEXTE", help="la prochaine étape")
    q.add_argument("--due", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="pour quand (avec --next-step)")
    q.set_defaults(handler=cmd_followups_add)
    q = fsub.add_parser("due", parents=[common],
                        help="les prochaines étapes à faire (en retard d'abord)")
    q.add_argument("--staff", type=record_id, metavar="N",
                   help="numéro du salarié (sinon toute l'équipe)")
    q.add_argument("--days", type=whole_number(0, 3650), default=7, metavar="N",
                   help="jours à venir inclus (7 par défaut, 3650 au plus)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_followups_due)
