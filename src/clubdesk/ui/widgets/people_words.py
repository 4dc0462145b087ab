"""The word for the people of the structure, as the screens show it (issue 20): « membres »
for a club-house (the screens' own words, translated with them), « adhérents » for a GEM,
« stagiaires » for a pre-insertion workshop or a work-insertion service
(clubdesk.model.structure_kinds.words_for gives the rule when several kinds are on)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clubdesk.model.structure_kinds import MEMBER_WORDS
from clubdesk.ui.i18n import translate_core

if TYPE_CHECKING:
    from clubdesk.ui.operations import Operations


def other_words(ops: Operations) -> tuple[str, str] | None:
    """(singular, plural) in lower case when the people are not called « membres »; None
    for « membres », where each screen keeps its own text."""
    words = ops.club.kinds.words()
    if words == MEMBER_WORDS:
        return None
    return translate_core(words.one), translate_core(words.many)


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]
