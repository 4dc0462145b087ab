"""Why a member left: one code from a fixed list, never free text (issue 19).

A reason is chosen, not written: free text about why someone left tends to hold health
details (« hospitalisé », « rechute »...), which the club must not keep. The empty code
means « not said » (an open period, or a past exit whose reason nobody recorded).
"""

from __future__ import annotations

from clubdesk.model.errors import Term, ValidationError
from clubdesk.model.search_folding import fold

# code -> French label, in the order the choice lists show them.
EXIT_REASON_LABELS: dict[str, str] = {
    "job": Term("emploi"),
    "training": Term("formation"),
    "other_structure": Term("autre structure"),
    "moved": Term("déménagement"),
    "personal": Term("raisons personnelles"),
    "no_news": Term("sans nouvelles"),
    "other": Term("autre"),
}
EXIT_REASONS = tuple(EXIT_REASON_LABELS)
NOT_SAID = Term("non renseigné")


def exit_reason_label(code: str) -> str:
    return EXIT_REASON_LABELS.get(code, NOT_SAID) if code else NOT_SAID


def check_exit_reason(value: str) -> str:
    """The code for ``value`` (a code or its French label, any case or accents); "" for
    nothing said. Anything else is refused: no free text is ever stored."""
    text = (value or "").strip()
    if not text:
        return ""
    if text in EXIT_REASON_LABELS:
        return text
    folded = fold(text)
    for code, label in EXIT_REASON_LABELS.items():
        if fold(label) == folded or fold(code) == folded:
            return code
    raise ValidationError(
        "leave_reason",
        "Le motif de sortie se choisit dans la liste : {choices}.",
        choices=", ".join(EXIT_REASON_LABELS.values()))
