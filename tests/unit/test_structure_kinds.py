"""The kinds of structure on (issue 20, item 1): the registry, the service, the exchange."""

from __future__ import annotations

from pathlib import Path

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.storage.db import Database
from clubdesk.model.structure_kinds import (
    CLUBHOUSE,
    GEM,
    KIND_INFO,
    KINDS,
    PRE_INSERTION,
    WORK_INSERTION,
    parse_kind,
    tables_for,
    words_for,
)
from clubdesk.model.tables import Setting


def test_every_kind_has_its_label_words_and_tables() -> None:
    assert tuple(KIND_INFO) == KINDS
    assert KIND_INFO[GEM].label == "GEM (groupe d'entraide mutuelle)"
    assert (KIND_INFO[GEM].words.one, KIND_INFO[GEM].words.many) == ("adhérent", "adhérents")
    assert KIND_INFO[PRE_INSERTION].words.many == "stagiaires"
    assert tables_for((CLUBHOUSE, GEM, PRE_INSERTION)) == ("clubhouse", "gem")
    assert tables_for((WORK_INSERTION,)) == ()


@pytest.mark.parametrize(("kinds", "word"), [
    ((CLUBHOUSE,), "membres"), ((GEM,), "adhérents"), ((PRE_INSERTION,), "stagiaires"),
    ((WORK_INSERTION,), "stagiaires"), ((PRE_INSERTION, WORK_INSERTION), "stagiaires"),
    ((GEM, CLUBHOUSE), "membres"), ((GEM, PRE_INSERTION), "membres"), ((), "membres")])
def test_the_word_for_the_people_follows_the_rule(kinds: tuple[str, ...], word: str) -> None:
    assert words_for(kinds).many == word


@pytest.mark.parametrize(("text", "kind"), [
    ("gem", GEM), ("pre-insertion", PRE_INSERTION), ("work_insertion", WORK_INSERTION),
    ("Atelier", PRE_INSERTION), ("service", WORK_INSERTION), ("Collectif", CLUBHOUSE),
    ("club-house", CLUBHOUSE)])
def test_a_kind_is_named_by_its_code_or_its_labels_first_word(text: str, kind: str) -> None:
    if text == "club-house":  # not a code nor a first word: refused in French
        with pytest.raises(ClubdeskError, match="n'est pas un type de structure"):
            parse_kind(text)
        return
    assert parse_kind(text) == kind


def test_a_club_that_never_chose_is_a_club_house(club: Club) -> None:
    assert club.kinds.current() == (CLUBHOUSE,)
    assert club.kinds.words().one == "membre"


def test_the_direction_sets_the_kinds_and_it_is_audited(club: Club) -> None:
    assert club.kinds.set([PRE_INSERTION, GEM, GEM]) == (GEM, PRE_INSERTION)
    assert club.kinds.current() == (GEM, PRE_INSERTION)
    with club.db.session(write=False) as session:
        assert session.get(Setting, "structure_kinds").value == "gem,pre_insertion"
    assert any(e.record_type == "setting" for e in club.audit.entries()[:3])
    club.kinds.set([PRE_INSERTION])
    assert club.kinds.words().many == "stagiaires"


@pytest.mark.parametrize(("kinds", "message"), [
    ([], "au moins un type"), (["gem", "garderie"], "Type de structure inconnu : garderie")])
def test_refusals_in_french_and_nothing_written(club: Club, kinds: list[str],
                                               message: str) -> None:
    club.kinds.set([GEM])
    with pytest.raises(ClubdeskError, match=message):
        club.kinds.set(kinds)
    assert club.kinds.current() == (GEM,)


@pytest.mark.parametrize("role", ["accueil", "equipe"])
def test_only_the_direction_changes_the_kinds(club: Club, role: str) -> None:
    other = Club(club.db, Actor("x", role))
    assert other.kinds.current() == (CLUBHOUSE,)
    with pytest.raises(AccessDenied):
        other.kinds.set([GEM])
    assert club.kinds.current() == (CLUBHOUSE,)


def test_the_exchange_carries_the_kinds_round_trip_identical(club: Club, tmp_path: Path) -> None:
    plain = export_club(club.db, club.actor, tmp_path / "plain")
    assert "structure_kinds" not in (plain / "structure.csv").read_text()
    club.kinds.set([GEM, WORK_INSERTION])
    first = export_club(club.db, club.actor, tmp_path / "one")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        report = import_club(db, other.actor, first)
        assert report.created["structure.csv"] >= 1
        assert other.kinds.current() == (GEM, WORK_INSERTION)
        second = export_club(db, other.actor, tmp_path / "two")
        assert (first / "structure.csv").read_text() == (second / "structure.csv").read_text()
        report = import_club(db, other.actor, first, merge=True)
        assert report.created.get("structure.csv", 0) == 0
    finally:
        db.close()


def test_an_import_refuses_an_unknown_kind_in_words(club: Club, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "structure.csv").write_text("key,value\nstructure_kinds,gem;garderie\n",
                                          encoding="utf-8")
    with pytest.raises(ClubdeskError, match="Rien n'a été enregistré") as caught:
        import_club(club.db, club.actor, folder)
    errors = caught.value.errors  # type: ignore[attr-defined]
    assert any("Type de structure inconnu : gem;garderie" in e for e in errors)
    assert club.kinds.current() == (CLUBHOUSE,)
