"""Errors raised by the core, each carrying one readable French sentence.

The core never imports Qt; the sentences here are the source-language (French)
text shown to users. The UI may pass ``str(error)`` through its translator.
"""

from __future__ import annotations


class ClubdeskError(Exception):
    """Base class: an operation was refused; ``str(self)`` is the user message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(ClubdeskError):
    """Bad input for one field; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ClubdeskError):
    """The record asked for does not exist."""


class DuplicateError(ClubdeskError):
    """The operation would create a duplicate (e.g. a second check-in)."""


class AccessDenied(ClubdeskError):
    """The acting user's role does not allow this operation."""


class DatabaseError(ClubdeskError):
    """The database file cannot be used (missing folder, not SQLite, locked, newer...)."""
