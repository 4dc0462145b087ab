"""The command line speaks French: argparse's own words (usage, help, complaints) included,
through the real `clubdesk` script; `checkin` without --date is today on the club's clock;
`report` without --json is read by a person."""

from __future__ import annotations

import argparse
import re

import pytest
from test_cli import clubdesk

from clubdesk.cli.french_parser import Parser

# argparse's English, as Python 3.11 to 3.13 words it.
ENGLISH = ("usage:", "show this help", "help message", "and exit", "the following arguments",
           "are required", "invalid choice", "choose from", "unrecognized arguments",
           "positional arguments", "expected one argument", "error:", "program's version",
           "invalid int value", "ambiguous option")


def assert_french(text: str, *french: str) -> None:
    found = [phrase for phrase in ENGLISH if phrase in text.lower()]
    assert not found, (found, text)
    for phrase in french:
        assert phrase in text, (phrase, text)


@pytest.mark.parametrize(("args", "french"), [
    (["--help"], ("utilisation : clubdesk", "options :", "afficher cette aide et quitter",
                  "afficher la version et quitter", "commandes :")),
    (["members", "--help"], ("utilisation : clubdesk members", "afficher cette aide et "
                             "quitter", "actions :")),
    (["checkin", "--help"], ("utilisation : clubdesk checkin", "arguments :", "MEMBRE")),
])
def test_help_is_in_french(args: list[str], french: tuple[str, ...]) -> None:
    done = clubdesk(*args)
    assert_french(done.stdout, *french)
    assert not done.stderr


@pytest.mark.parametrize(("args", "said"), [
    (["report"], "clubdesk report : ces arguments sont obligatoires : --year"),
    (["members"], "clubdesk members : ces arguments sont obligatoires : ACTION"),
    (["members", "lst"], "clubdesk members : argument ACTION : choix invalide : « lst » "
                         "(au choix : 'add', 'join', 'list', 'search', 'merge', 'leave', "
                         "'sign', 'unsigned', 'charter-version')"),
    (["checkin", "1", "--half-day", "soir"], "argument --half-day : choix invalide : "
                                             "« soir »"),
    (["report", "--year", "2025", "--bla"], "clubdesk : arguments non reconnus : --bla"),
    (["checkin", "1", "--date"], "argument --date : une valeur est attendue"),
    (["rapport"], "argument COMMANDE : choix invalide : « rapport »"),
])
def test_usage_errors_are_one_french_sentence_and_exit_2(args: list[str], said: str) -> None:
    done = clubdesk(*args, check_rc=2)
    assert not done.stdout
    assert_french(done.stderr, "utilisation : clubdesk", said)
    # the usage, then one sentence (its last line), starting with the command's name
    last = done.stderr.splitlines()[-1]
    assert last.startswith("clubdesk") and said in last


def test_french_words_stay_inside_the_parser() -> None:
    """argparse elsewhere in the process (pytest's own, another tool's) keeps its words."""
    english = argparse.ArgumentParser(prog="autre")
    assert "show this help message and exit" in english.format_help()
    french = Parser(prog="clubdesk")
    french.add_argument("--n", type=int)
    assert "afficher cette aide" in french.format_help()
    assert english.format_usage().startswith("usage: autre")
    with pytest.raises(SystemExit):
        english.parse_args(["--inconnue"])
    assert re.search(r"^usage: ", argparse.ArgumentParser(prog="x").format_usage())
