"""Errors raised by the core, each carrying one readable sentence.

The core never imports Qt. A message is a French *template* with named fields, and the
values for them::

    raise NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=member_id)

``str(error)`` fills the template. The window installs a translator (``set_translator``) that
looks the template up in the English catalogue first (context ``model`` of
resources/translations/clubdesk_en.ts, extracted by packaging/translations.py), so a refusal
reads in the language of the interface; without one (command line, tests of the core) the
French sentence is given. Write templates as plain literals, never f-strings: a test checks
that every template of the core has its translation. A value that is itself a French word
from the code (a field's label, a role) is wrapped in ``Term("…")`` to be translated too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translator = Callable[[str], str]


def _same(template: str) -> str:
    return template


_translator: Translator = _same


class Term(str):
    """A fixed French word or phrase of the code used as a message value: translated with the
    message (``Term("Date d'entrée")``). It is a plain ``str`` everywhere else."""

    __slots__ = ()


def set_translator(translator: Translator | None) -> None:
    """Route every message template through ``translator`` (None: French as written)."""
    global _translator
    _translator = translator or _same


def render(template: str, params: dict[str, Any]) -> str:
    """``template`` in the current language, its fields filled from ``params``.

    A translation whose fields do not match the template falls back to French rather than
    losing the message."""
    if not params:
        return _translator(template)
    values = {k: _translator(v) if isinstance(v, Term) else v for k, v in params.items()}
    try:
        return _translator(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def say(template: str, /, **params: Any) -> str:
    """A sentence of the core that is not an error (a warning of the rota, a line of an import
    report, a status), in the language of the moment: ``say("{name} est absent(e).", name=…)``.
    Same rules as error messages: a literal template, values by name, Terms translated."""
    return render(template, params)


class ClubdeskError(Exception):
    """Base class: an operation was refused; ``str(self)`` is the user message."""

    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.template = message
        self.params = params

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(ClubdeskError):
    """Bad input for one field; nothing was written."""

    def __init__(self, field: str, message: str, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field


class NotFoundError(ClubdeskError):
    """The record asked for does not exist."""


class DuplicateError(ClubdeskError):
    """The operation would create a duplicate (e.g. a second check-in)."""


class AccessDenied(ClubdeskError):
    """The acting user's role does not allow this operation."""


class DatabaseError(ClubdeskError):
    """The database file cannot be used (missing folder, not SQLite, locked, newer...)."""


class PassphraseNeeded(DatabaseError):
    """The file is encrypted and no passphrase, or a wrong one, was given: ask for it."""
