"""The kinds of structure clubdesk serves (issue 20): the club-house (« collectif d'entraide
et d'insertion »), the GEM, the pre-insertion workshop and the work-insertion service. A
structure runs one or several of them; the kinds on decide the screens offered, the words
used for the people and the annual table(s).

This module is the one registry of kinds: everything else names a kind by these constants.
"""

from __future__ import annotations

CLUBHOUSE = "clubhouse"
GEM = "gem"
PRE_INSERTION = "pre_insertion"
WORK_INSERTION = "work_insertion"
KINDS: tuple[str, ...] = (CLUBHOUSE, GEM, PRE_INSERTION, WORK_INSERTION)
ALL_KINDS: frozenset[str] = frozenset(KINDS)
