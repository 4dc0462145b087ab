"""Shared fixtures: a fresh SQLite file per test, factories, an isolated data directory."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402

from clubdesk.model.club import Club  # noqa: E402
from clubdesk.model.tables import Member  # noqa: E402

# CI runs the property tests with a fixed seed so that a red build can be replayed;
# developers' runs explore new examples every time.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("CLUBDESK_DATA_DIR", str(data))
    monkeypatch.delenv("CLUBDESK_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "club.sqlite3"


@pytest.fixture
def club(db_path: Path) -> Iterator[Club]:
    c = Club.open(str(db_path))
    yield c
    c.close()


MemberFactory = Callable[..., Member]


@pytest.fixture
def make_member(club: Club) -> MemberFactory:
    counter = iter(range(1, 1_000_000))

    def factory(first_name: str | None = None, *, joined_on: date | None = date(2024, 1, 8),
                **fields: Any) -> Member:
        n = next(counter)
        return club.members.create(first_name or f"Prénom{n}", joined_on=joined_on,
                                   last_name=fields.pop("last_name", f"Nom{n}"), **fields)

    return factory


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A small demo club in a SQLite file (generated once per test: well under a second)."""
    from clubdesk.model import demo

    path = tmp_path / "demo.sqlite3"
    c = Club.open(str(path))
    try:
        demo.generate(c.db, c.actor, size="small", seed=1, today=date(2026, 11, 23))
    finally:
        c.close()
    return path
