"""argparse in French: the parser class of the command line and the French of argparse's own
words (« utilisation : », « afficher cette aide et quitter », « ces arguments sont
obligatoires : »...).

argparse marks its words for gettext and looks them up, through its module's ``_`` and
``ngettext``, each time it builds a parser, writes a help or raises a complaint. ``Parser``
does each of these with the French catalogue below in place of those two functions, and puts
them back after: nothing else in the process (pytest's own argparse, for one) changes.
Complaints also echo a long or odd value shortened (clubdesk.cli.errors.parser_error).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

# argparse's words (Python 3.11 to 3.13) that a user can meet, in French. Messages only a
# programmer can cause (a parser built wrong) stay as they are.
FRENCH: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
    "not allowed with argument %s": "impossible avec l'argument %s",
    "ignored explicit argument %r": "valeur « %s » en trop : cette option n'en prend pas",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s peut désigner %(matches)s",
    "unexpected option string: %s": "option inattendue : %s",
    "invalid %(type)s value: %(value)r": "valeur « %(value)s » invalide (%(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix invalide : « %(value)s » (au choix : %(choices)s)",
    "invalid choice: %(value)r, choose from %(choices)s":  # Python 3.12.8+
        "choix invalide : « %(value)s » (au choix : %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande inconnue « %(parser_name)s » (au choix : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "option '%(option)s' is deprecated": "l'option « %(option)s » est dépréciée",
    "command '%(parser_name)s' is deprecated": "la commande « %(parser_name)s » est dépréciée",
    "argument '%(argument_name)s' is deprecated":
        "l'argument « %(argument_name)s » est déprécié",
}
FRENCH_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"):
        ("%s valeur attendue", "%s valeurs attendues"),
}
VERSION_HELP = "afficher la version et quitter"


def gettext_fr(message: str) -> str:
    return FRENCH.get(message, message)


def ngettext_fr(singular: str, plural: str, n: int) -> str:
    one, many = FRENCH_PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


@contextmanager
def in_french() -> Iterator[None]:
    """argparse's words in French for the time of a ``with`` block (nested blocks welcome)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext_fr, ngettext_fr  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


Method = TypeVar("Method", bound=Callable[..., Any])


def _french(method: Method) -> Method:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with in_french():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class HelpFormatter(argparse.HelpFormatter):
    """Headings the French way: « options : »."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(f"{heading} " if heading else heading)


class Parser(argparse.ArgumentParser):
    """argparse in French: its usage, help and complaints (sub-commands use the same class),
    a complaint's values shortened."""

    @_french  # the groups' titles, -h's help
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    add_argument = _french(argparse.ArgumentParser.add_argument)
    add_subparsers = _french(argparse.ArgumentParser.add_subparsers)
    parse_args = _french(argparse.ArgumentParser.parse_args)
    parse_known_args = _french(argparse.ArgumentParser.parse_known_args)
    format_usage = _french(argparse.ArgumentParser.format_usage)
    format_help = _french(argparse.ArgumentParser.format_help)

    @_french
    def error(self, message: str) -> Any:
        from clubdesk.cli.errors import parser_error

        self.print_usage(sys.stderr)
        self.exit(2, parser_error(self.prog, message))
