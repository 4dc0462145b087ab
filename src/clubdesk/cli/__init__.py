"""The command line: `clubdesk` opens the window; sub-commands work on the same services.

Exit codes: 0 success, 1 refused operation (one French sentence on stderr), 2 bad usage.

One module per group of commands holds the commands and their part of the parser
(``add_commands``); every command that works on the club opens it with
``club_access.opened_club``. The modules import the model inside the commands, so that
`clubdesk --help` and a bad usage stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from clubdesk.cli import (
    admissions,
    attendance,
    audit,
    backups,
    contracts,
    database,
    demo,
    exchange,
    followups,
    members,
    objectives,
    outings,
    partners,
    paths,
    production,
    report,
    retention,
    rota,
    staff,
    structure,
    users,
    window,
    workshops,
)
from clubdesk.cli.arguments import (
    PARTNER_CATEGORY_CHOICES,
    Parser,
    iso_date,
    record_id,
    report_year,
    seconds,
    whole_number,
)
from clubdesk.cli.french_parser import VERSION_HELP

__all__ = ["PARTNER_CATEGORY_CHOICES", "build_parser", "iso_date", "main", "record_id",
           "report_year", "seconds", "whole_number"]

Handler = Callable[[argparse.Namespace], int]
# In the order of `clubdesk --help`.
GROUPS = (demo, window, database, members, staff, rota, followups, paths, workshops, partners,
          structure, report, exchange, users, audit, retention, backups, attendance, outings,
          objectives, admissions, contracts, production)


class ShowVersion(argparse.Action):
    """``--version``: the installed version, read only when asked (not at every start)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from clubdesk import __version__

        print(f"clubdesk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL_OU_CHEMIN",
        default=argparse.SUPPRESS,
        help="base à utiliser (fichier SQLite ou URL) ; sinon CLUBDESK_DB, sinon le dossier "
        "de données de l'utilisateur",
    )
    parser = Parser(
        prog="clubdesk",
        description="clubdesk : la journée d'un club-house. Sans commande, ouvre la fenêtre.",
        parents=[common],
    )
    parser.add_argument("--version", action=ShowVersion, nargs=0, help=VERSION_HELP)
    parser.set_defaults(handler=window.cmd_gui)  # no db default: it would leak into every --db
    sub = parser.add_subparsers(title="commandes", metavar="COMMANDE")
    for group in GROUPS:
        group.add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever the input, the answer is its output or one sentence on
    stderr, and an exit code: 0 done, 1 refused, 2 bad usage (never a traceback)."""
    from clubdesk.cli import errors

    arguments = sys.argv[1:] if argv is None else list(argv)
    if errors.undecodable(arguments):
        errors.say_error(errors.NOT_UTF8)
        return 2
    if os.name == "posix":  # the club's files (and SQLite's -wal, -shm): this account only
        os.umask(0o077)
    args = None
    try:
        args = build_parser().parse_args(arguments)  # bad usage: SystemExit(2)
        handler: Handler = args.handler
        code = handler(args)
        sys.stdout.flush()  # output to a full disk fails here, not after main()
        return code
    except BrokenPipeError:  # e.g. `clubdesk members list | head`
        sys.stderr.close()
        return 0
    except (Exception, KeyboardInterrupt) as exc:  # last resort: one sentence, exit 1
        errors.settle_stdout()
        return errors.refuse(exc, command=errors.args_command(args))

