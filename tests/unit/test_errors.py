"""Messages of the core: French templates with named values, read through the interface's
translator when one is installed (clubdesk.model.errors)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from clubdesk.model import errors
from clubdesk.model.errors import ClubdeskError, NotFoundError, Term, ValidationError

ENGLISH = {
    "Aucun membre n'a le numéro {member_id}.": "No member has number {member_id}.",
    "Modifié à {when:%H:%M} par {who}.": "Changed at {when:%H:%M} by {who}.",
    "{label} : la date est trop ancienne.": "{label}: the date is too old.",
    "Date d'entrée": "Start date",
    "Faute de frappe {member_id} {oops}.": "Typo {member}.",
}


@pytest.fixture
def english() -> Iterator[None]:
    errors.set_translator(lambda text: ENGLISH.get(text, text))
    yield
    errors.set_translator(None)


def test_without_a_translator_the_french_sentence_is_given() -> None:
    error = NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=12)
    assert str(error) == "Aucun membre n'a le numéro 12."
    assert error.message == str(error)
    assert error.template == "Aucun membre n'a le numéro {member_id}."
    assert error.params == {"member_id": 12}


def test_the_translator_gives_the_sentence_in_the_interface_language(english) -> None:
    error = NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=12)
    assert str(error) == "No member has number 12."
    when = datetime(2026, 11, 23, 10, 42)
    assert str(ClubdeskError("Modifié à {when:%H:%M} par {who}.", when=when, who="Paul")) == (
        "Changed at 10:42 by Paul.")


def test_terms_are_translated_with_the_message_data_is_not(english) -> None:
    error = ValidationError("joined_on", "{label} : la date est trop ancienne.",
                            label=Term("Date d'entrée"))
    assert str(error) == "Start date: the date is too old."
    assert error.field == "joined_on"
    data = ValidationError("name", "{label} : la date est trop ancienne.", label="Date d'entrée")
    assert str(data) == "Date d'entrée: the date is too old."  # a plain str is data
    assert Term("Date d'entrée") == "Date d'entrée"  # a Term is an ordinary str elsewhere


def test_a_translation_with_other_fields_falls_back_to_french(english) -> None:
    error = ClubdeskError("Faute de frappe {member_id} {oops}.", member_id=3, oops="!")
    assert str(error) == "Faute de frappe 3 !."


def test_a_message_without_values_keeps_its_braces() -> None:
    assert str(ClubdeskError("Le champ {nom} est libre.")) == "Le champ {nom} est libre."


def test_the_message_is_read_in_the_language_of_the_moment() -> None:
    error = NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=5)
    assert str(error) == "Aucun membre n'a le numéro 5."
    errors.set_translator(lambda text: ENGLISH.get(text, text))
    try:
        assert str(error) == "No member has number 5."
    finally:
        errors.set_translator(None)
    assert str(error) == "Aucun membre n'a le numéro 5."


def test_say_gives_a_sentence_in_the_language_of_the_moment(english) -> None:
    from clubdesk.model.errors import say

    assert say("Aucun membre n'a le numéro {member_id}.", member_id=4) == "No member has number 4."
    errors.set_translator(None)
    assert say("Aucun membre n'a le numéro {member_id}.", member_id=4) == (
        "Aucun membre n'a le numéro 4.")
