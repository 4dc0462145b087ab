"""What several commands print or ask on the terminal: JSON output, a count in words, a
progress line, a new password."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from clubdesk.model.errors import ClubdeskError


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def count(n: int, one: str, many: str) -> str:
    """A count in plain French: « 1 participant », « 3 participants » (0 and 1 take the
    singular), never « participant(s) », which is harder to read."""
    return f"{n} {one if n <= 1 else many}"


def progress_line() -> Callable[[int, str], None] | None:
    """A progress line on an interactive terminal only (never in pipes or logs)."""
    if not sys.stderr.isatty():
        return None

    def show(percent: int, what: str) -> None:
        sys.stderr.write(f"\r{percent:3d} %  {what:<40}")
        if percent >= 100:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def new_password() -> str:
    """CLUBDESK_NEW_PASSWORD, or asked twice on a terminal."""
    import getpass
    import os

    password = os.environ.get("CLUBDESK_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise ClubdeskError("Donnez le nouveau mot de passe avec CLUBDESK_NEW_PASSWORD.")
    first = getpass.getpass("Nouveau mot de passe : ")
    if getpass.getpass("Encore une fois : ") != first:
        raise ClubdeskError("Les deux mots de passe ne sont pas les mêmes.")
    return first
