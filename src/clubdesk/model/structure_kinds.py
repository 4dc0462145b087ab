"""The kinds of structure clubdesk serves (issue 20): the club-house (« collectif d'entraide
et d'insertion »), the GEM, the pre-insertion workshop and the work-insertion service. A
structure runs one or several of them; the kinds on decide the screens offered, the words
used for the people and the annual table(s).

This module is the one registry of kinds: everything else names a kind by these constants.

Decisions (issue 20, item 1)
- The kinds on are kept in the club's settings (Setting « structure_kinds », the codes
  separated by commas, in the order of :data:`KINDS`). A club that never chose keeps working
  as before: nothing stored means the club-house alone.
- Only the direction changes them; at least one kind stays on; an unknown code is refused,
  nothing written. The change is in the audit trail (written through the actor's session).
- The word for the people (:meth:`KindsService.words`): each kind has its own (« membre »
  for the club-house, « adhérent » for the GEM, « stagiaire » for the pre-insertion workshop
  and the work-insertion service). When several kinds are on: if the club-house is one of
  them, « membre » (the club-house's word is the default); otherwise, if every kind on uses
  the same word (pre-insertion and work insertion: « stagiaire »), that word; otherwise
  (a GEM with a pre-insertion workshop…) « membre », the neutral word.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from clubdesk.model.access import ALL_ROLES, DIRECTION, Actor, require
from clubdesk.model.errors import Term, ValidationError
from clubdesk.model.search_folding import search_key
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Setting

CLUBHOUSE = "clubhouse"
GEM = "gem"
PRE_INSERTION = "pre_insertion"
WORK_INSERTION = "work_insertion"
KINDS: tuple[str, ...] = (CLUBHOUSE, GEM, PRE_INSERTION, WORK_INSERTION)
ALL_KINDS: frozenset[str] = frozenset(KINDS)

SETTING_KEY = "structure_kinds"
DEFAULT_KINDS: tuple[str, ...] = (CLUBHOUSE,)


@dataclass(frozen=True)
class Words:
    """The word for the people of the structure, singular and plural, in lower case."""
    one: str
    many: str


@dataclass(frozen=True)
class Kind:
    code: str
    label: str  # French, in full
    words: Words
    tables: tuple[str, ...]  # the annual table(s) it calls for


MEMBER_WORDS = Words(Term("membre"), Term("membres"))
KIND_INFO: dict[str, Kind] = {
    CLUBHOUSE: Kind(CLUBHOUSE, Term("Collectif d'entraide et d'insertion (club-house)"),
                    MEMBER_WORDS, ("clubhouse",)),
    GEM: Kind(GEM, Term("GEM (groupe d'entraide mutuelle)"),
              Words(Term("adhérent"), Term("adhérents")), ("gem",)),
    PRE_INSERTION: Kind(PRE_INSERTION, Term("Atelier de pré-insertion"),
                        Words(Term("stagiaire"), Term("stagiaires")), ()),
    WORK_INSERTION: Kind(WORK_INSERTION, Term("Service d'insertion par le travail"),
                         Words(Term("stagiaire"), Term("stagiaires")), ()),
}


def words_for(kinds: tuple[str, ...] | frozenset[str]) -> Words:
    """The word for the people when ``kinds`` are on (the rule of the module's docstring)."""
    on = [k for k in KINDS if k in kinds]
    if not on or CLUBHOUSE in on:
        return MEMBER_WORDS
    found = {KIND_INFO[k].words for k in on}
    return found.pop() if len(found) == 1 else MEMBER_WORDS


def tables_for(kinds: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The annual tables the kinds on call for, in the order of :data:`KINDS`."""
    return tuple(t for k in KINDS if k in kinds for t in KIND_INFO[k].tables)


def parse_kind(text: str) -> str:
    """A kind from its code (« pre-insertion » or « pre_insertion ») or the first word of its
    French label (« atelier », « service », « collectif », « GEM »)."""
    word = search_key(text).replace("-", "_").replace(" ", "_").strip("_")
    if word in KIND_INFO:
        return word
    for kind in KIND_INFO.values():
        first = search_key(str(kind.label)).split(" ")[0]
        if word and word == first:
            return kind.code
    raise ValidationError("kinds", "« {value} » n'est pas un type de structure (clubhouse, "
                                   "gem, pre-insertion, work-insertion).", value=text.strip())


def check_kinds(kinds: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The kinds, checked, without duplicates, in the order of :data:`KINDS`."""
    unknown = [k for k in kinds if k not in KIND_INFO]
    if unknown:
        raise ValidationError("kinds", "Type de structure inconnu : {kind}.", kind=unknown[0])
    if not kinds:
        raise ValidationError("kinds", "Choisissez au moins un type de structure.")
    return tuple(k for k in KINDS if k in kinds)


def stored_kinds(session: Session) -> tuple[str, ...]:
    """The kinds on as stored (the club-house alone when nothing is, or nothing readable)."""
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        return DEFAULT_KINDS
    on = tuple(k for k in KINDS if k in row.value.split(","))
    return on or DEFAULT_KINDS


def store_kinds(session: Session, kinds: tuple[str, ...]) -> None:
    row = session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
    row.value = ",".join(kinds)
    session.add(row)


class KindsService:
    """The kinds of structure on. Everyone reads them; the direction changes them."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def current(self) -> tuple[str, ...]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return stored_kinds(session)

    def set(self, kinds: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        require(self.actor, DIRECTION)
        clean = check_kinds(kinds)
        with self.db.session(actor=self.actor) as session:
            store_kinds(session, clean)
        return clean

    def words(self) -> Words:
        return words_for(self.current())
