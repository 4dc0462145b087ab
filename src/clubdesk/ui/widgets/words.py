"""Dates and durations in words, in the interface's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def date_in_words(day: date) -> str:
    """'lundi 23 novembre 2026' in the application's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def minutes_text(minutes: int) -> str:
    """« 1 minute », « 10 minutes »."""
    if minutes == 1:
        return QCoreApplication.translate("session", "1 minute")
    return QCoreApplication.translate("session", "%1 minutes").replace("%1", str(minutes))


def count_text(count: int, one: str, many: str) -> str:
    """A count in plain words: ``one`` for 0 or 1 (« 1 personne »), ``many`` from 2 on
    (« 74 personnes »), ``%1`` replaced by the number in French digits (« 1 000 »). Never
    « personne(s) »: the bracketed plural is harder to read. Both texts come translated by
    the caller."""
    return (one if count <= 1 else many).replace("%1", whole_number(count))


def whole_number(value: int) -> str:
    """A whole number as the interface's language writes it: « 1 000 » in French (never
    « 1000 »)."""
    return QLocale().toString(value)
