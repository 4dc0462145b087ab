"""`clubdesk report`: the annual table of indicators for the ARS."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import report_year
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json
from clubdesk.model.errors import say


def cmd_report(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        indicators = club.indicators.compute(args.year)
        club_name = club.structure.info()["name"]
        if args.out:
            from pathlib import Path

            from clubdesk.export.annual_report import write_report_files
            from clubdesk.model.attendance_stats import daily_counts

            paths = write_report_files(
                Path(args.out), indicators, club_name=club_name,
                funding=club.structure.funding(args.year),
                daily_attendance=daily_counts(club.db, club.actor, args.year))
            for path in paths:
                print(path)
    if args.json:
        print_json(indicators.as_document(club_name))
    elif not args.out:
        print("\n".join(report_lines(indicators)))
    return 0


def report_lines(indicators: Any) -> list[str]:
    """The indicators to read on a terminal: a heading per section of the registry (in the
    order of §11), then « label : value » per indicator, what a list or a breakdown holds
    indented below it (clubdesk.model.annual.wording, as the documents word them)."""
    from clubdesk.model.annual.registry import Kind, entries
    from clubdesk.model.annual.wording import detail_lines, summary

    lines = [say("Indicateurs de l'année {year} pour l'ARS", year=indicators.year)]
    section = None
    for ind in entries():
        if ind.section is not section:
            section = ind.section
            lines += ["", f"{section.order}. {section.title}"]
        value = indicators.values[ind.key]
        lines.append(f"  {ind.label} : {summary(ind, value)}")
        if ind.kind is not Kind.MONTHS:  # the twelve figures are on the line already
            lines += [f"    - {line}" for line in detail_lines(ind, value) if line]
    return lines


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common],
                       help="le tableau annuel des indicateurs pour l'ARS")
    p.add_argument("--year", type=report_year, required=True, metavar="AAAA",
                   help="l'année (de 1900 à 2100)")
    p.add_argument("--json", action="store_true",
                   help="affiche les indicateurs en JSON (sinon en lignes à lire)")
    p.add_argument("--out", metavar="DOSSIER",
                   help="écrit indicateurs-AAAA.xlsx, rapport-annuel-AAAA.pdf et "
                        "indicateurs-AAAA.json dans ce dossier")
    p.set_defaults(handler=cmd_report)
