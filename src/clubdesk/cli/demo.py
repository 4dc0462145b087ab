"""`clubdesk demo`: a demonstration club in the database."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.model.errors import ClubdeskError


def cmd_demo(args: argparse.Namespace) -> int:
    from clubdesk.cli.structure import parse_kinds
    from clubdesk.model import demo
    from clubdesk.model.structure_kinds import CLUBHOUSE

    kinds = parse_kinds(args.kind) if args.kind else [CLUBHOUSE]
    if not kinds:
        raise ClubdeskError("Choisissez au moins un type de structure.")
    with opened_club(args) as club:
        summary = demo.generate(
            club.db, club.actor, size=args.size, seed=args.seed, force=args.force, kinds=kinds
        )
    print(
        f"Club de démonstration créé dans {club.db.display_name} : {summary.members} personnes "
        f"({summary.current_members} membres actuels), {summary.staff} salariés, "
        f"{summary.attendance} présences."
    )
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common],
                       help="remplit la base avec un club de démonstration")
    p.add_argument("--size", choices=("small", "large"), default="small",
                   help="small : ~60 membres ; large : 10 000 membres (mesures)")
    p.add_argument("--seed", type=whole_number(0, 2**31 - 1), default=1, metavar="N",
                   help="graine (même graine, même club)")
    p.add_argument("--force", action="store_true",
                   help="remplace le contenu d'une base qui a déjà des membres")
    p.add_argument("--kind", action="append", default=None, metavar="TYPES",
                   help="le type de structure de la démo : clubhouse (par défaut), gem, "
                        "pre-insertion, work-insertion ; option répétée ou séparée par des "
                        "virgules")
    p.set_defaults(handler=cmd_demo)
