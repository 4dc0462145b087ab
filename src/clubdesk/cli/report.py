"""`clubdesk report`: the annual table of indicators for the ARS."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import report_year
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json


def cmd_report(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        indicators = club.indicators.compute(args.year)
        if args.out:
            from pathlib import Path

            from clubdesk.export.annual_report import write_report_files
            from clubdesk.model.attendance_stats import daily_counts

            paths = write_report_files(
                Path(args.out), indicators, club_name=club.structure.info()["name"],
                funding=club.structure.funding(args.year),
                daily_attendance=daily_counts(club.db, club.actor, args.year))
            for path in paths:
                print(path)
    if args.json or not args.out:
        print_json(indicators.as_json())
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common],
                       help="le tableau annuel des indicateurs pour l'ARS")
    p.add_argument("--year", type=report_year, required=True, metavar="AAAA",
                   help="l'année (de 1900 à 2100)")
    p.add_argument("--json", action="store_true", help="affiche les indicateurs en JSON")
    p.add_argument("--out", metavar="DOSSIER",
                   help="écrit indicateurs-AAAA.xlsx, rapport-annuel-AAAA.pdf et "
                        "indicateurs-AAAA.json dans ce dossier")
    p.set_defaults(handler=cmd_report)
