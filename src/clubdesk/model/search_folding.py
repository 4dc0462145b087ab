"""Folding names for search: no case, no accents, no apostrophes, hyphens as spaces."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ‘`´"
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,;/]+")


def fold(text: str) -> str:
    """'Jean-Édouard N'Diaye' -> 'jean edouard ndiaye'."""
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = no_marks.casefold()
    for apostrophe in _APOSTROPHES:
        lowered = lowered.replace(apostrophe, "")
    # Letters such as 'œ' or 'ß' have no decomposition: fold the common French ones.
    lowered = lowered.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _SEPARATORS.sub(" ", lowered).strip()


def search_key(*names: str) -> str:
    """The text stored with a member for type-ahead: every name, folded, space-separated."""
    return " ".join(part for part in (fold(n) for n in names) if part)


def query_tokens(query: str) -> list[str]:
    return [tok for tok in fold(query).split(" ") if tok]
