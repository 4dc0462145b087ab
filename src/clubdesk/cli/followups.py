"""`clubdesk followups due`: the next steps of the individual follow-ups."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import record_id, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json


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
    q = fsub.add_parser("due", parents=[common],
                        help="les prochaines étapes à faire (en retard d'abord)")
    q.add_argument("--staff", type=record_id, metavar="N",
                   help="numéro du salarié (sinon toute l'équipe)")
    q.add_argument("--days", type=whole_number(0, 3650), default=7, metavar="N",
                   help="jours à venir inclus (7 par défaut, 3650 au plus)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_followups_due)
