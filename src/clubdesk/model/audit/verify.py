"""Verifying the audit trail: its hash chain, its seals and its anchors outside the table.

Checked in this order, the first problem is reported:

1. the hash chain (public algorithm): an entry edited, inserted, deleted or moved by hand;
2. the seals (clubdesk.model.audit.seal): a chain recomputed without the key, or an entry left
   unsealed after sealing started (the seal removed);
3. the anchors (the file beside the database, the newest backup's manifest): a missing tail
   (the anchor names n° N, the table ends before it), an emptied trail, or an entry that is
   not the one anchored. An anchor *behind* the table is normal (other desks went on writing);
4. the key: entries sealed with a key this desk does not hold cannot be checked, and that is
   said (never « intact »), with where the key was looked for and how to proceed.

Entries made before the seal existed verify with their hash chain only and are reported as
unsealed up to their last number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from clubdesk.model.audit.chain import GENESIS, entry_hash, stamp
from clubdesk.model.audit.seal import Anchor, seal_of
from clubdesk.model.errors import Term, say

PURGE_ANCHOR = re.compile(r"jusqu'au n° (\d+) ; ancre ([0-9a-f]{64})")


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    broken_at: int | None = None  # seq of the first entry that does not verify
    reason: str = ""
    problem: str = ""  # "", altered, recomputed, unsealed, cut, emptied, anchor, key_missing
    unsealed_until: int | None = None  # entries up to this seq predate the seal
    compared: tuple[str, ...] = ()  # the anchors compared with, in words
    key_place: str = ""  # where the key was found, or looked for
    detail: str = ""  # the problem's own sentence (cut, emptied, key missing…)

    def sentence(self) -> str:
        if self.ok:
            text = say("Journal intact : {entries} entrée vérifiée.", entries=self.entries) \
                if self.entries <= 1 else \
                say("Journal intact : {entries} entrées vérifiées.", entries=self.entries)
            if self.unsealed_until is not None:
                text += " " + say("Entrées non scellées (antérieures au scellement) jusqu'au "
                                  "n° {seq} : vérifiées par leur chaîne seulement.",
                                  seq=self.unsealed_until)
        elif self.problem in ("altered", "recomputed", "unsealed"):
            text = say("Journal altéré : la chaîne est rompue à l'entrée n° {seq} ({reason}).",
                       seq=self.broken_at, reason=self.reason)
        else:
            text = self.detail
        return text + " " + self.basis()

    def basis(self) -> str:
        """What the trail was compared with: the anchors and the key's place."""
        anchors = " ; ".join(self.compared) if self.compared else say(
            "aucune ancre (pas de fichier d'ancrage, pas de sauvegarde avec manifeste)")
        return say("Comparé avec : {anchors}. Clé de scellement : {key}.", anchors=anchors,
                   key=self.key_place)


def verify_rows(rows: list[Any], keys: dict[str, bytes], *, anchors: list[Anchor],
                since: int | None, key_place: str) -> Verification:
    """``rows``: the trail in order of seq (seq, at, username, action, record_type,
    record_id, prev_hash, hash, seal)."""
    compared = tuple(a.source for a in anchors)

    def result(ok: bool, **kw: Any) -> Verification:
        return Verification(ok, len(rows), compared=compared, key_place=key_place, **kw)

    broken = _chain(rows)
    if broken is not None:
        return result(False, broken_at=broken[0], reason=broken[1], problem="altered")
    sealed = _seals(rows, keys, since)
    if sealed.problem is not None:
        return result(False, broken_at=sealed.problem[0], reason=sealed.problem[1],
                      problem=sealed.problem[2])
    for anchor in anchors:
        found = _against(rows, anchor)
        if found is not None:
            return result(False, problem=found[0], broken_at=found[1], detail=found[2])
    if sealed.unknown is not None:
        first, last = sealed.unknown
        return result(False, problem="key_missing", detail=say(
            "Journal non vérifié (pas « intact ») : la clé de scellement de ce club est "
            "introuvable sur ce poste, les sceaux des entrées n° {first} à n° {last} n'ont pas "
            "pu être contrôlés. Remettez la clé à sa place (copie du fichier de clé depuis la "
            "sauvegarde de ce poste ou depuis le poste qui l'a créée ; pour un club chiffré, "
            "ouvrez-le avec sa phrase de passe), puis relancez la vérification.",
            first=first, last=last), unsealed_until=sealed.unsealed_until)
    return result(True, unsealed_until=sealed.unsealed_until)


def _chain(rows: list[Any]) -> tuple[int, str] | None:
    """The first entry whose hash chain does not verify, with the reason."""
    if not rows:
        return None
    purges = [(int(m.group(1)), m.group(2)) for r in rows if r.action == "purge"
              for m in [PURGE_ANCHOR.search(r.record_id)] if m]
    expected_prev, expected_seq = GENESIS, 1
    if purges:
        last_seq, anchor = purges[-1]
        expected_prev, expected_seq = anchor, last_seq + 1
    for r in rows:
        if r.seq != expected_seq:
            return r.seq, Term("une entrée manque ou a été déplacée")
        if r.prev_hash != expected_prev:
            return r.seq, Term("le lien avec l'entrée précédente ne correspond pas")
        if entry_hash(r.prev_hash, r.seq, r.at, r.username, r.action, r.record_type,
                      r.record_id) != r.hash:
            return r.seq, Term("son contenu a été modifié")
        expected_prev, expected_seq = r.hash, r.seq + 1
    return None


@dataclass
class _Seals:
    problem: tuple[int, str, str] | None = None
    unknown: tuple[int, int] | None = None  # first and last seq sealed with an absent key
    unsealed_until: int | None = None


def _seals(rows: list[Any], keys: dict[str, bytes], since: int | None) -> _Seals:
    out = _Seals()
    prev_seal: str | None = "" if rows and rows[0].seq == 1 else None  # None: purged before
    sealing_started = False
    for r in rows:
        if r.seal is None:
            if sealing_started or (since is not None and r.seq >= since):
                out.problem = (r.seq, Term("entrée non scellée alors que le journal est scellé "
                                           "avant elle : la chaîne a été recalculée, ou un "
                                           "poste sans la clé l'a écrite"), "unsealed")
                return out
            out.unsealed_until = r.seq
            prev_seal = ""
            continue
        sealing_started = True
        kid = r.seal.split(":", 1)[0]
        key = keys.get(kid)
        if key is None:
            first = out.unknown[0] if out.unknown else r.seq
            out.unknown = (first, r.seq)
        elif prev_seal is not None and seal_of(
                key, r.seq, stamp(r.at), r.username, r.action, r.record_type, r.record_id,
                r.prev_hash, prev_seal) != r.seal:
            out.problem = (r.seq, Term("son sceau ne correspond pas à la clé du club : la "
                                       "chaîne a été recalculée ou modifiée sans la clé"),
                           "recomputed")
            return out
        prev_seal = r.seal
    return out


def _against(rows: list[Any], anchor: Anchor) -> tuple[str, int | None, str] | None:
    """A problem found by comparing the trail with ``anchor``; None when it agrees (or is
    behind the table: other desks wrote after it)."""
    if not anchor.seal:
        return None
    if not rows:
        return "emptied", None, say(
            "Journal vidé : {source} indique l'entrée n° {seq}, mais le journal ne contient "
            "plus aucune entrée.", source=anchor.source, seq=anchor.seq)
    last = rows[-1].seq
    if last == anchor.seq - 1:
        return "cut", last + 1, say(
            "Journal coupé : {source} indique l'entrée n° {seq}, mais le journal s'arrête au "
            "n° {last} : la dernière entrée a été supprimée.",
            source=anchor.source, seq=anchor.seq, last=last)
    if last < anchor.seq:
        return "cut", last + 1, say(
            "Journal coupé : {source} indique l'entrée n° {seq}, mais le journal s'arrête au "
            "n° {last} : les {missing} dernières entrées ont été supprimées.",
            source=anchor.source, seq=anchor.seq, last=last, missing=anchor.seq - last)
    if anchor.seq < rows[0].seq:
        return None  # purged since (a recorded purge, verified with the chain)
    row = rows[anchor.seq - rows[0].seq]
    if row.seal != anchor.seal:
        return "anchor", anchor.seq, say(
            "Journal altéré : l'entrée n° {seq} n'est plus celle qu'indique {source} (son "
            "sceau diffère) : le journal a été recalculé.", seq=anchor.seq,
            source=anchor.source)
    return None
