"""Migration 0021 on a club created at 0017 with partners and free-text referents."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from clubdesk.model.club import Club


def _member(conn, mid: int, referent: str) -> None:
    conn.execute(text(
        "INSERT INTO member (id, first_name, last_name, preferred_name, phone, email, "
        "address, contact_preference, referent_partner, other_peer_places, search_key, "
        "created_at, version, updated_by) VALUES (:id, 'P', '', '', '', '', '', 'none', :r, "
        "'', 'p', '2020-01-01 00:00:00', 1, '')"), {"id": mid, "r": referent})


def test_0021_moves_a_referent_that_names_one_partner_and_keeps_the_others(club: Club) -> None:
    db = club.db
    db.downgrade("0017")
    with db.engine.begin() as conn:
        with pytest.raises(IntegrityError), conn.begin_nested():  # 0017 knows no client
            conn.execute(text("INSERT INTO partner (name, category, address, city, "
                                  "archived) VALUES ('X', 'client', '', '', false)"))
        for pid, name in ((1, "CMP Éléonore-d'Arc"), (2, "SAVS Ouest"), (3, "Savs ouest")):
            conn.execute(text("INSERT INTO partner (id, name, category, address, city, "
                              "archived) VALUES (:i, :n, 'health', '', '', false)"),
                         {"i": pid, "n": name})
        _member(conn, 1, "cmp ELEONORE d’arc")   # one partner once folded: moved
        _member(conn, 2, "SAVS OUEST")           # two partners fold the same: kept
        _member(conn, 3, "Docteur Martin")       # no partner: kept
        _member(conn, 4, "")
    db.upgrade()
    with db.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, referent_partner, referent_partner_id, "
                                 "referent_contact_id FROM member ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, "", 1, None), (2, "SAVS OUEST", None, None),
                                            (3, "Docteur Martin", None, None),
                                            (4, "", None, None)]
        conn.execute(text("INSERT INTO partner (id, name, category, address, city, archived) "
                          "VALUES (9, 'Brasserie', 'client', '', '', false)"))
        assert conn.execute(text("SELECT count(*) FROM partner")).scalar_one() == 4
    assert db.foreign_key_problems() == 0
    db.downgrade("0017")  # back: the moved name returns to the text; the client is « autre »
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT referent_partner FROM member WHERE id = 1")
                            ).scalar_one() == "CMP Éléonore-d'Arc"
        assert conn.execute(text("SELECT category FROM partner WHERE id = 9")
                            ).scalar_one() == "other"
