"""`clubdesk workshops add | list | remove`: collective workshop sessions (title, date, who
came, who led it), as on the « Ateliers collectifs » screen (team, direction)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id, report_year
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, print_json


def cmd_workshops_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        people = [club.members.resolve(text).id for text in args.attendee]
        row = club.workshops.add(args.title, args.date, led_by_staff_id=args.staff,
                                 leader_name=args.leader, attendees=people)
    when = f"le {args.date:%d/%m/%Y}" if args.date else "sans date"
    print(f"Atelier n° {row.id} enregistré {when} : {args.title.strip()} "
          f"({count(len(people), 'participant', 'participants')}).")
    return 0


def cmd_workshops_list(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    year = args.year or clock.today().year
    with opened_club(args) as club:
        rows = club.workshops.sessions(year)
    if args.json:
        print_json([{"id": r.id, "title": r.title, "held_on": r.held_on.isoformat(),
                     "status": r.status, "leader": r.leader, "attendees": r.attendees}
                    for r in rows])
        return 0
    if not rows:
        print(f"Aucune séance d'atelier en {year}.")
    for r in rows:
        state = "réalisée" if r.status == "done" else "prévue"
        leader = f", animée par {r.leader}" if r.leader else ""
        print(f"{r.id:>5}  {r.held_on:%d/%m/%Y}  {r.title} ({state}{leader}, "
              f"{count(r.attendees, 'participant', 'participants')})")
    return 0


def cmd_workshops_remove(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.workshops.get(args.session)
        club.workshops.delete(args.session)
    print(f"Séance n° {row.id} du {row.held_on:%d/%m/%Y} supprimée : {row.title}.")
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
    q = wsub.add_parser("list", parents=[common],
                        help="les séances d'une année, réalisées et prévues")
    q.add_argument("--year", type=report_year, default=None, metavar="ANNEE",
                   help="l'année (l'année en cours par défaut)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_workshops_list)
    q = wsub.add_parser("remove", parents=[common],
                        help="supprime une séance saisie par erreur, avec sa liste de "
                             "présence")
    q.add_argument("session", type=record_id, metavar="N",
                   help="le numéro de la séance (voir « workshops list »)")
    q.set_defaults(handler=cmd_workshops_remove)
