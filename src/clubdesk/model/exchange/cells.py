"""What a cell may hold on its way out and in: formulas neutralised, control characters refused.

A spreadsheet opening an export must never run a cell as a formula (a member named
``=HYPERLINK(...)`` is typed at the reception desk). The CSV files follow the usual protection
(OWASP): a cell starting with ``= + - @``, a tab or a carriage return gets a leading quote. To
keep round trips exact, a value that itself starts with a quote followed by one of those
characters (or by another quote) gets one more quote; the importer takes exactly one off a cell
that starts with a quote followed by one of them. ``'Anne`` stays ``'Anne`` both ways.
"""

from __future__ import annotations

import re

FORMULA_STARTS = frozenset("=+-@\t\r")
_QUOTED = FORMULA_STARTS | {"'"}

# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that make a name read
# differently from what it holds.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def looks_like_formula(value: str) -> bool:
    return value[:1] in FORMULA_STARTS


def _quoted_already(value: str) -> bool:
    return value[:1] == "'" and value[1:2] in _QUOTED


def protect_csv(value: str) -> str:
    """A CSV cell that no spreadsheet runs; ``unprotect`` gives ``value`` back exactly."""
    if looks_like_formula(value) or _quoted_already(value):
        return "'" + value
    return value


def protect_xlsx(value: str) -> str:
    """A workbook cell is written as text (never a formula), so only the quote needs care:
    a value that would read as protected gets one more quote."""
    return "'" + value if _quoted_already(value) else value


def unprotect(text: str) -> str:
    """The value behind a protected cell: ``'=1+2`` -> ``=1+2``, ``''=x`` -> ``'=x``;
    ``'Anne`` is left as it is."""
    return text[1:] if _quoted_already(text) else text


def forbidden_character(text: str) -> str | None:
    """``U+202E`` for the first control or direction character ``text`` holds, else None."""
    found = _FORBIDDEN.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"
