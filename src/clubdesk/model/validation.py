"""Small checks shared by the services, each raising a ValidationError naming the field."""

from __future__ import annotations

import re
from datetime import date

from clubdesk.model.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .()\-]{6,20}$")

# Every date and year a person types is between these years: 9999-12-31 on a check-in kept a
# member off the retention lists for good, year 0 broke the annual report.
FIRST_YEAR = 1900
LAST_YEAR = 2100


def check_email(value: str, field: str = "email") -> str:
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise ValidationError(field, "« {value} » n'est pas une adresse e-mail.",
                              value=value)
    return value


def check_phone(value: str, field: str = "phone") -> str:
    value = value.strip()
    if value and not _PHONE.match(value):
        raise ValidationError(field, "« {value} » n'est pas un numéro de téléphone.",
                              value=value)
    return value


def check_date(value: date, field: str = "date") -> date:
    """A date typed by someone: between 1900-01-01 and 2100-12-31."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(field, "La date du {day} n'est pas entre {first} et {last}.",
                              day=f"{value.day:02d}/{value.month:02d}/{value.year:04d}",
                              first=FIRST_YEAR, last=LAST_YEAR)
    return value


def check_optional_date(value: date | None, field: str) -> date | None:
    return None if value is None else check_date(value, field)


def check_year(year: int, field: str = "year") -> int:
    """A year typed by someone: 1900 to 2100."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(field, "L'année {year} n'est pas entre {first} et {last}.",
                              year=year, first=FIRST_YEAR, last=LAST_YEAR)
    return year


def check_order(start: date, end: date | None, field: str, what: str) -> None:
    """Both dates within the years people type (check_date); ``end`` (inclusive or not) may
    not come before ``start``."""
    check_date(start, field)
    check_optional_date(end, field)
    if end is not None and end < start:
        raise ValidationError(field, "{what} : la date de fin est avant la date de début.",
                              what=what)


def check_choice(value: str | None, choices: tuple[str, ...], field: str, label: str) -> str:
    if value not in choices:
        raise ValidationError(field, "{label} : valeur inconnue « {value} ».", label=label,
                              value=value)
    return value
