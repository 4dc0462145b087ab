from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubdesk.model.club import Club
from clubdesk.model.search_folding import fold, query_tokens, search_key

TODAY = date(2026, 11, 23)


@pytest.fixture
def people(club: Club) -> dict[str, int]:
    made = {}
    for first, last, pref, joined in [
        ("Émilie", "Durand", "", date(2024, 1, 2)),
        ("Loïc", "N'Diaye", "", date(2024, 1, 2)),
        ("Jean-Édouard", "Lefèvre", "Jed", date(2024, 1, 2)),
        ("Anne-Sophie", "D'Aubigné", "", date(2024, 1, 2)),
        ("Chloé", "Œuvray", "", date(2024, 1, 2)),
        ("Edouardo", "Silva", "", None),  # a visitor
    ]:
        m = club.members.create(first, last_name=last, preferred_name=pref, joined_on=joined,
                                today=TODAY)
        made[f"{first} {last}"] = m.id
    former = club.members.create("Émile", last_name="Zola", joined_on=date(2020, 1, 1),
                                 today=TODAY)
    club.members.leave(former.id, date(2021, 1, 1), today=TODAY)
    made["Émile Zola"] = former.id
    return made


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("emilie", "Émilie Durand"),
        ("EMILIE", "Émilie Durand"),
        ("ÉmIlIe", "Émilie Durand"),
        ("ndiaye", "Loïc N'Diaye"),
        ("n'diaye", "Loïc N'Diaye"),
        ("n’diaye", "Loïc N'Diaye"),  # typographic apostrophe
        ("loic", "Loïc N'Diaye"),
        ("jean ed", "Jean-Édouard Lefèvre"),
        ("jean-ed", "Jean-Édouard Lefèvre"),
        ("  jean    ed  ", "Jean-Édouard Lefèvre"),
        ("lefevre jean", "Jean-Édouard Lefèvre"),
        ("jed", "Jean-Édouard Lefèvre"),  # preferred name
        ("daubigne", "Anne-Sophie D'Aubigné"),
        ("anne sophie", "Anne-Sophie D'Aubigné"),
        ("oeuvray", "Chloé Œuvray"),
        ("uvra", "Chloé Œuvray"),  # any part of a name
    ],
)
def test_search_ignores_case_accents_apostrophes_hyphens(club: Club, people, query,
                                                         expected) -> None:
    found = club.members.search(query, on=TODAY)
    assert found, query
    assert found[0].id == people[expected]


def test_current_members_first_then_visitors_then_former(club: Club, people) -> None:
    found = club.members.search("ed", on=TODAY)  # Jean-Édouard, Edouardo
    assert [r.status for r in found][:2] == ["current", "visitor"]
    found = club.members.search("emil", on=TODAY)
    assert [(r.first_name, r.status) for r in found] == [("Émilie", "current"),
                                                        ("Émile", "former")]


def test_best_match_first_within_a_group(club: Club) -> None:
    inside = club.members.create("Paul", last_name="Dumas", joined_on=date(2024, 1, 1))
    start = club.members.create("Masha", last_name="Petit", joined_on=date(2024, 1, 1))
    exact = club.members.create("Mas", last_name="Blanc", joined_on=date(2024, 1, 1))
    assert [r.id for r in club.members.search("mas")] == [exact.id, start.id, inside.id]


def test_no_match_and_empty_query(club: Club, people) -> None:
    assert club.members.search("xyzzy") == []
    assert club.members.search("   ") == []
    assert club.members.search("%") == []  # LIKE wildcards are escaped


@given(st.text(max_size=30))
def test_fold_is_idempotent_and_plain(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert "'" not in folded and "-" not in folded and "  " not in folded
    assert folded == folded.strip()


@given(st.lists(st.text(alphabet="abcdeéèêàçïôœ'- ", min_size=1, max_size=12),
                min_size=1, max_size=3))
def test_every_query_made_of_a_name_finds_its_key(names: list[str]) -> None:
    key = search_key(*names)
    for name in names:
        for token in query_tokens(name):
            assert token in key


def test_a_very_long_search_reads_its_first_200_characters(club: Club, people) -> None:
    """60,000 characters made SQLite refuse the query (« n'a pas pu être utilisée »): only
    the first MAX_SEARCH_CHARS are searched, longer than any name."""
    from clubdesk.model.members import MAX_SEARCH_CHARS

    assert club.members.search("a" * 60_000) == []
    # 30,000 one-letter words: the first 100 are searched (each a word start: Anne-Sophie)
    assert [r.first_name for r in club.members.search("a " * 30_000)] == ["Anne-Sophie"]
    padded = "lefevre" + " " * (MAX_SEARCH_CHARS - 7)
    assert [r.first_name for r in club.members.search(padded + "zola")] == ["Jean-Édouard"]
    assert club.members.search(padded[:-1] + "zola") == []  # "zola" read: no one has both


def test_resolve_a_number_too_big_for_the_database(club: Club, people) -> None:
    from clubdesk.model.errors import NotFoundError

    with pytest.raises(NotFoundError, match="Aucun membre n'a le numéro 9{23}"):
        club.members.resolve("9" * 23)
    with pytest.raises(NotFoundError, match="Personne ne correspond"):
        club.members.resolve("²³")  # digits to str.isdigit(), not to int()
    assert club.members.resolve(str(people["Loïc N'Diaye"])).first_name == "Loïc"
