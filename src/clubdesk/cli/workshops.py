"""`clubdesk workshops add`: a collective workshop session (title, date, who came, who led
it), as on the « Ateliers collectifs » screen (team, direction)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id
from clubdesk.cli.club_access import opened_club


def cmd_workshops_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        people = [club.members.resolve(text).id for text in args.attendee]
        row = club.workshops.add(args.title, args.date, led_by_staff_id=args.staff,
                                 leader_name=args.leader, attendees=people)
    when = f"le {args.date:%d/%m/%Y}" if args.date else "sans date"
    print(f"Atelier n° {row.id} enregistré {when} : {args.title.strip()} "
          f"({len(people)} participant(s)).")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("workshops", parents=[common], help="les ateliers collectifs")
    wsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = wsub.add_parser("add", parents=[common],
                        help="enregistre une séance (réalisée si la date est passée, sinon "
                             "envisagée)")
    q.add_argument("title", metavar="TITRE")
    q.add_argument("--date", type=iso_date, default=None, metavar="AAAA-MM-JJ")
    q.add_argument("--attendee", action="append", default=[], metavar="MEMBRE",
                   help="une personne venue (répéter l'option ; numéro ou nom)")
    q.add_argument("--staff", type=record_id, default=None, metavar="N",
                   help="le salarié qui l'anime")
    q.add_argument("--leader", default="", metavar="NOM",
                   help="l'animateur s'il n'est pas salarié")
    q.set_defaults(handler=cmd_workshops_add)
