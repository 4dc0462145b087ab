"""`clubdesk rota instance | solve | suggest`: the day's rota (binômes)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date, seconds
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json
from clubdesk.model.errors import ClubdeskError


def cmd_rota_instance(args: argparse.Namespace) -> int:
    from clubdesk.model.rota import instance_to_json

    with opened_club(args) as club:
        instance, _names = club.rota.build_instance(args.date)
    print_json(instance_to_json(instance))
    return 0


def cmd_rota_solve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.rota import parse_instance_text, rota_to_json, solve

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClubdeskError(f"Le fichier « {path} » n'existe pas.") from None
    except UnicodeDecodeError:
        raise ClubdeskError(f"Le fichier « {path} » n'est pas du texte UTF-8.") from None
    rota = solve(parse_instance_text(text), time_limit_s=args.time_limit)
    print_json(rota_to_json(rota))
    return 0


def cmd_rota_suggest(args: argparse.Namespace) -> int:
    from clubdesk.model.rota import rota_to_json

    with opened_club(args) as club:
        rota, names = club.rota.suggest(args.date, time_limit_s=args.time_limit)
    if args.json:
        print_json(rota_to_json(rota))
        return 0
    halves = {"am": "Matin", "pm": "Après-midi"}
    print(f"Planning proposé pour le {args.date:%d/%m/%Y} (rien n'est enregistré) :")
    for a in rota.assignments:
        people = ", ".join(names.get(p, p) for p in a.people)
        print(f"  {halves[a.half_day]:<11} {names.get(a.task, a.task):<24} {people}")
    for u in rota.unstaffed:
        print(f"  Non pourvu : {u.reason}")
    for problem in rota.problems:
        print(f"  Problème : {problem}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("rota", parents=[common], help="le planning du jour (binômes)")
    rsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = rsub.add_parser("instance", parents=[common],
                        help="affiche en JSON les données du jour données au solveur")
    q.add_argument("--date", type=iso_date, required=True, help="AAAA-MM-JJ")
    q.set_defaults(handler=cmd_rota_instance)
    q = rsub.add_parser("solve", parents=[common], help="résout un fichier d'instance JSON")
    q.add_argument("file", metavar="FICHIER.json")
    q.add_argument("--time-limit", type=seconds, default=10.0, metavar="S", help="secondes au plus")
    q.set_defaults(handler=cmd_rota_solve)
    q = rsub.add_parser("suggest", parents=[common],
                        help="propose le planning du jour depuis la base (n'enregistre rien)")
    q.add_argument("--date", type=iso_date, required=True, help="AAAA-MM-JJ")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.add_argument("--time-limit", type=seconds, default=5.0, metavar="S", help="secondes au plus")
    q.set_defaults(handler=cmd_rota_suggest)
