"""The argument types of the command line: every value typed is checked here, before any
command runs (the parser class, argparse in French, is in clubdesk.cli.french_parser)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from clubdesk.cli.french_parser import Parser
from clubdesk.model.validation import FIRST_YEAR, LAST_YEAR

__all__ = ["MAX_ID", "PARTNER_CATEGORY_CHOICES", "ROLE_CHOICES", "Parser", "iso_date",
           "record_id", "report_year", "seconds", "whole_number"]

# Kept here (not imported from the model) so that `clubdesk --help` stays fast.
PARTNER_CATEGORY_CHOICES = (
    "firm", "spie", "supported_employment_platform", "peer_structure", "health",
    "medico_social", "local_authority", "ptsm_clsm", "training_body", "other", "client",
)
ROLE_CHOICES = ("accueil", "equipe", "direction")
MAX_ID = 2**63 - 1  # a record's number: the database's largest integer


def iso_date(text: str) -> date:
    """AAAA-MM-JJ, a real day between 1900 and 2100 (model.validation.check_date)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n'est pas une date au format AAAA-MM-JJ"
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"la date {text} n'est pas entre {FIRST_YEAR} et {LAST_YEAR}")
    return day


def _whole_number(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:  # also a number of more than 4,300 digits
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{text} n'est pas entre {low} et {high}")
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high`` (huge numbers are refused
    here, not by the database or the calendar)."""
    def parse(text: str) -> int:
        return _whole_number(text, low, high)

    return parse


def record_id(text: str) -> int:
    """A record's number (a member, a member of staff): 1 up to the database's largest."""
    try:
        return _whole_number(text, 1, MAX_ID)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un numéro valable") from None


report_year = whole_number(FIRST_YEAR, LAST_YEAR)


def seconds(text: str) -> float:
    """A time limit: more than 0 and at most an hour."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre de secondes") \
            from None
    if not 0 < value <= 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text} : de 0 à 3600 secondes")
    return value
