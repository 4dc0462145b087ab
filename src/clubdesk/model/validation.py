"""Small checks shared by the services, each raising a ValidationError naming the field."""

from __future__ import annotations

import re
from datetime import date

from clubdesk.model.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .()\-]{6,20}$")


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


def check_order(start: date, end: date | None, field: str, what: str) -> None:
    """``end`` (inclusive or not) may not come before ``start``."""
    if end is not None and end < start:
        raise ValidationError(field, "{what} : la date de fin est avant la date de début.",
                              what=what)


def check_choice(value: str | None, choices: tuple[str, ...], field: str, label: str) -> str:
    if value not in choices:
        raise ValidationError(field, "{label} : valeur inconnue « {value} ».", label=label,
                              value=value)
    return value
