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
        if args.kind is None:  # the table the structure's kinds call for first
            from clubdesk.model.structure_kinds import tables_for

            args.kind = (tables_for(club.kinds.current()) or ("clubhouse",))[0]
        if args.kind == "gem":
            return _gem_report(args, club)
        if args.freeze:
            from clubdesk.export.annual_report import freeze_report

            summary = freeze_report(club.sent_reports, args.year)
            print("\n".join(freeze_lines(summary, club.db.display_name)))
            return 0
        sent = club.sent_reports.sent(args.year) if club.actor.role == "direction" else None
        if sent is not None:
            return _sent_report(args, club, sent)
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


def _gem_report(args: argparse.Namespace, club: Any) -> int:
    """The GEM's yearly table (arrêté of 27 June 2019); never frozen yet (the sent reports
    keep one table per year: the club-house's)."""
    from clubdesk.model.errors import ClubdeskError

    if args.freeze:
        raise ClubdeskError("Le tableau du GEM ne peut pas encore être marqué comme "
                            "transmis : seul le tableau club-house l'est.")
    indicators = club.indicators.compute(args.year, "gem")
    club_name = club.structure.info()["name"]
    if args.out:
        from pathlib import Path

        from clubdesk.export.annual_report import write_report_files

        for path in write_report_files(Path(args.out), indicators, club_name=club_name):
            print(path)
    if args.json:
        print_json(indicators.as_document(club_name))
    elif not args.out:
        print("\n".join(report_lines(indicators)))
    return 0


def _sent_report(args: argparse.Namespace, club: Any, sent: Any) -> int:
    """A year already sent: its figures and files as sent, and what changed since."""
    from clubdesk.model.annual.indicators import Indicators

    changed = club.sent_reports.changed_since_sent(args.year)
    if args.out:
        from pathlib import Path

        from clubdesk.export.annual_report import save_sent_files

        for path in save_sent_files(club.sent_reports, args.year, Path(args.out)):
            print(path)
    if args.json:
        from clubdesk.model.annual.indicators import FORMAT_VERSION

        header = {"format_version": FORMAT_VERSION, "year": sent.year,
                  "club": club.structure.info()["name"],
                  "generated_at": sent.sent_at.isoformat()}  # the figures are the sent ones
        print_json({**header, **sent.figures, "sent_at": sent.sent_at.isoformat(),
                    "sent_by": sent.sent_by, "changed_since_sent": changed})
    elif not args.out:
        print("\n".join(sent_lines(sent, changed)
                        + report_lines(Indicators(year=sent.year, values=sent.figures))))
    return 0


def freeze_lines(summary: Any, place: str) -> list[str]:
    return [say("Le tableau de {year} est marqué comme transmis le {day} à {time} par "
                "{who}.", year=summary.year, day=summary.sent_at.strftime("%d/%m/%Y"),
                time=summary.sent_at.strftime("%H:%M"), who=summary.sent_by),
            say("Ses chiffres et ses trois fichiers (PDF, tableur, JSON) sont gardés tels "
                "quels dans la base du club ({place}) ; « clubdesk report --year {year} --out "
                "DOSSIER » les réécrit.", place=place, year=summary.year)]


def sent_lines(sent: Any, changed: list[str]) -> list[str]:
    """« Tableau transmis le … par … » and what changed since, in the indicators' labels."""
    from clubdesk.model.annual.registry import entry

    lines = [say("Tableau transmis le {day} à {time} par {who} : les chiffres ci-dessous "
                 "sont ceux transmis.", day=sent.sent_at.strftime("%d/%m/%Y"),
                 time=sent.sent_at.strftime("%H:%M"), who=sent.sent_by)]
    if changed:
        lines.append(say("Changé depuis (recalculé aujourd'hui, la valeur diffère) : "
                         "{labels}.", labels=", ".join(entry(k).label for k in changed)))
    else:
        lines.append(say("Rien n'a changé depuis : un nouveau calcul donne les mêmes "
                         "chiffres."))
    return lines + [""]


def report_lines(indicators: Any) -> list[str]:
    """The indicators to read on a terminal: a heading per section of the registry (in the
    order of §11), then « label : value » per indicator, what a list or a breakdown holds
    indented below it (clubdesk.model.annual.wording, as the documents word them)."""
    from clubdesk.model.annual.registry import Kind, entries
    from clubdesk.model.annual.wording import detail_lines, summary

    lines = [say("Indicateurs de l'année {year} pour l'ARS", year=indicators.year)
             if indicators.table == "clubhouse"
             else say("Tableau annuel du GEM pour l'année {year}", year=indicators.year)]
    section = None
    for ind in entries(indicators.table):
        if ind.key not in indicators.values:  # registered after the report was sent
            continue
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
                        "indicateurs-AAAA.json dans ce dossier (tels que transmis pour une "
                        "année marquée comme transmise)")
    p.add_argument("--freeze", action="store_true",
                   help="marque le tableau de l'année comme transmis à l'ARS : ses chiffres "
                        "et ses trois fichiers sont gardés tels quels (une fois l'année "
                        "terminée) ; ensuite --json et --out donnent le tableau transmis")
    p.add_argument("--kind", choices=("clubhouse", "gem"), default=None,
                   help="clubhouse : le tableau du § 11 ; gem : le tableau annuel du GEM "
                        "(arrêté du 27 juin 2019), fichiers tableau-gem-AAAA.* ; par défaut, "
                        "celui du type de la structure (clubdesk structure kind)")
    p.set_defaults(handler=cmd_report)
