"""`clubdesk checkin`: one person's attendance."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date
from clubdesk.cli.club_access import opened_club


def cmd_checkin(args: argparse.Namespace) -> int:
    from clubdesk.model import clock
    from clubdesk.model.attendance import HALF_DAY_LABELS, ReentryNeeded

    day = args.date or clock.today()  # the club's clock
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        try:
            club.attendance.check_in(member.id, day, args.half_day,
                                     mode="remote" if args.remote else "onsite",
                                     reopen=args.reopen)
        except ReentryNeeded as exc:
            raise ReentryNeeded(f"{exc} Si oui, relancez avec --reopen.") from None
    where = "à distance" if args.remote else "sur place"
    print(f"Passage noté : {member.display_name} (n° {member.id}), le {day:%d/%m/%Y}, "
          f"{HALF_DAY_LABELS[args.half_day]}, {where}.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("checkin", parents=[common], help="pointe une personne (présence)")
    p.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    p.add_argument("--date", type=iso_date, metavar="AAAA-MM-JJ",
                   help="le jour de présence (sinon aujourd'hui)")
    p.add_argument("--half-day", choices=("am", "pm", "day"), default="day",
                   help="am : matin ; pm : après-midi ; day : journée")
    p.add_argument("--remote", action="store_true", help="présence à distance")
    p.add_argument("--reopen", action="store_true",
                   help="pour un ancien membre : rouvre une adhésion à cette date")
    p.set_defaults(handler=cmd_checkin)
