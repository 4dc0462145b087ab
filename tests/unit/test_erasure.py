"""The right to erasure reaches every free text (issue: a path step's title and a partner note
still named the erased person, linked to the erased record).

The schema is walked generically: every String column of every table must be classified in
clubdesk.model.erasure, and the name is planted in every free-text column before erasing, so
a new free-text column that the erasure forgets makes these tests fail."""

from __future__ import annotations

import logging
import unicodedata
from datetime import UTC, date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, update
from sqlmodel import SQLModel

from clubdesk.model import clock, erasure
from clubdesk.model.club import Club
from clubdesk.model.erasure import FREE, IDENTITY, PLACEHOLDER, NameMatcher
from clubdesk.model.member_profile import Profile
from clubdesk.model.search_folding import fold

TODAY = date(2026, 11, 23)
FIRST, LAST, PREFERRED = "Maëlle", "Bénard", "Lilou"
# Variants of the person's names as staff type them: case, accents, decomposed accents,
# the name alone, the full name in either order.
VARIANTS = ["Maëlle", "BÉNARD", "maelle benard", "Bénard Maëlle", "MAËLLE",
            unicodedata.normalize("NFD", "Bénard"), "lilou", "benard"]
OTHER = ("Paul", "Durand")


def tables() -> dict[str, Any]:
    return dict(SQLModel.metadata.tables)


def free_columns() -> list[tuple[str, str]]:
    return [(t.name, c.name) for t in SQLModel.metadata.sorted_tables
            for c in erasure.text_columns(t) if erasure.kind_of(t.name, c.name) == FREE]


def test_every_text_column_of_the_schema_is_classified() -> None:
    """A new String column (or table) must be given a kind, and a new table pointing at a
    member a rule for the person's own rows: otherwise this fails."""
    in_schema = {(t.name, c.name) for t in SQLModel.metadata.sorted_tables
                 for c in erasure.text_columns(t)}
    classified = {(t, c) for t, cols in erasure.COLUMNS.items() for c in cols}
    assert in_schema - classified == set(), "unclassified text columns"
    assert classified - in_schema == set(), "classified columns that no longer exist"
    kinds = {k for cols in erasure.COLUMNS.values() for k in cols.values()}
    assert kinds <= {erasure.IDENTITY, FREE, erasure.CODE, erasure.OTHERS, erasure.AUDIT}
    assert {t.name for t in erasure.member_tables()} == set(erasure.OWN_ROWS)
    # identity is the member's own record only
    assert {t for t, cols in erasure.COLUMNS.items() if IDENTITY in cols.values()} == {"member"}


@pytest.mark.parametrize("text, expected", [
    ("Vu avec Maëlle Bénard et Paul", f"Vu avec {PLACEHOLDER} et Paul"),
    ("MAELLE a appelé ; BENARD aussi", f"{PLACEHOLDER} a appelé ; {PLACEHOLDER} aussi"),
    ("bénard-maëlle, puis Lilou.", f"{PLACEHOLDER}, puis {PLACEHOLDER}."),
    (unicodedata.normalize("NFD", "Chez Be\u0301nard"), f"Chez {PLACEHOLDER}"),
    ("Maëlleville, Bénardière et Lilous", "Maëlleville, Bénardière et Lilous"),  # words only
    ("", ""),
])
def test_names_are_replaced_whole_words_case_and_accents_ignored(text: str,
                                                                 expected: str) -> None:
    matcher = NameMatcher.for_person(FIRST, LAST, PREFERRED)
    assert matcher.replace(text) == expected
    assert matcher.found_in(text) == (text != expected)


# -- a club where the person appears everywhere --------------------------------------------


def build_scene(club: Club) -> dict[str, int]:
    """Through the services where they exist (so that the audit trail records what staff
    do), one row at least in every table with a free-text column: the person's own rows,
    the other member's rows, and rows shared by both."""
    maelle = club.members.create(FIRST, last_name=LAST, preferred_name=PREFERRED,
                                 email="maelle.benard@example.org", phone="06 12 34 56 78",
                                 address="3 rue Bénard, Lille", rqth="yes",
                                 joined_on=date(2024, 1, 8), today=TODAY)
    paul = club.members.create(OTHER[0], last_name=OTHER[1], rqth="yes",
                               joined_on=date(2024, 1, 8), today=TODAY)
    ids = {"maelle": maelle.id, "paul": paul.id}
    for mid in ids.values():
        club.followups.add(mid, date(2025, 3, 3), "interview", note="Entretien",
                           next_step="Rappeler", today=TODAY)
        club.reach_out.record(mid, date(2025, 6, 1), "phone", "Sophie", "Message laissé",
                              today=TODAY)
        club.members.leave(mid, date(2025, 9, 1), "Déménagement", today=TODAY)
    partner = club.partners.create("Boulangerie du Port", "firm", city="Lille")
    club.partners.add_contact(partner.id, "Jeanne Martin", role="Tutrice")
    club.partners.add_partnership(partner.id, "Convention de stage", date(2024, 1, 1))
    ids["shared"] = club.partners.add_interaction(
        partner.id, date(2025, 2, 1), "visit", member_ids=(maelle.id, paul.id),
        note="Visite").id
    ids["alone"] = club.partners.add_interaction(
        partner.id, date(2025, 2, 2), "internship_hosted", member_ids=(maelle.id,),
        note="Stage").id
    steps = {}
    for name, mid in ids.items():
        if name in ("maelle", "paul"):
            step = club.paths.add_step(mid, "employment", date(2025, 1, 6), category="transitional",
                                       contract="cdd", title="Plonge", partner_id=partner.id)
            club.paths.add_cover(step.id, date(2025, 1, 20), "Une collègue")
            club.paths.set_module(mid, "evaluation", date(2025, 1, 6))
            steps[name] = step.id
    task = club.tasks.create(name="Cuisine")
    for mid in (maelle.id, paul.id):
        club.profiles.save(mid, Profile(skills={"Pâtisserie": "practising"}, likes={task.id},
                                        availability={(1, "am")}))
    club.structure.set_info({"premises_notes": "Clés à l'accueil"})
    club.structure.add_activity(2025, "Sortie", "done", kind="sortie", description="À la mer")
    club.structure.set_body("Conseil d'administration", [("Siège 1", True)])
    club.structure.attach_document("lease", date(2024, 1, 1), "bail.pdf", b"%PDF-1.4 bail")
    club.structure.add_survey(date(2025, 6, 1), "members", 10, "Contents")
    club.structure.add_funding(2025, "ARS", 1000.0, "fir")
    club.workshops.add("Atelier CV", date(2025, 2, 3), attendees=[maelle.id, paul.id],
                       notes="Bonne séance", today=TODAY)
    # a GEM volunteer animator: functions named after the person are rewritten, not the name
    club.volunteers.add("Jean Bénévole", date(2025, 1, 6),
                        functions=f"binôme de {FIRST} {LAST}")
    outing = club.outings.add("Bowling", date(2025, 2, 4), place="Rouen", notes="Bonne sortie",
                              today=date(2025, 2, 1))
    for mid in (maelle.id, paul.id):
        club.outings.sign_up(outing.id, mid, today=date(2025, 2, 1))
    for who in (maelle.id, paul.id):  # the objectives grid (issue 20): each their own
        goal = club.objectives.add(who, "savoir", "Objectif avec Paul et Maëlle",
                                   date(2025, 1, 6))
        club.objectives.record_review(who, date(2025, 3, 6), {goal.id: "en cours"},
                                      coordinator_name="Mme Roux",
                                      own_words="Maëlle Bénard : ça va",
                                      comment="Paul et Maëlle travaillent ensemble")
    for mid in (maelle.id, paul.id):  # a pre-insertion application each (issue 20)
        club.admissions.add(mid, received_on=date(2025, 2, 3), notes="Candidature",
                            today=TODAY)
    club.admissions.add_commission(date(2025, 3, 3), notes="Commission")
    client = club.partners.create("Brasserie du Pont", "client")
    order = club.production.add_order(client.id, "Buffet", date(2025, 3, 1),
                                      received_on=date(2025, 2, 1), notes="Livrer midi")
    club.production.add_session(date(2025, 2, 3), "Restaurant", [(maelle.id, 2), (paul.id, 3)],
                                order_id=order.id, today=TODAY)
    staff = club.staff.create("Sophie", last_name="Lemaire", function="Chargée d'insertion",
                              qualification="CESF")
    for mid in (maelle.id, paul.id):  # pre-insertion: a period ended early, a contact
        trial = club.contracts.start_trial(mid, date(2025, 3, 3))
        club.contracts.end_early(trial.id, date(2025, 3, 10), "Reprise de soins")
        club.contracts.set_exit_plan(mid, "temporary", date(2025, 3, 10), "care")
        club.contracts.add_exit_contact(mid, date(2025, 4, 1), "phone", "Va mieux",
                                        today=TODAY)
    with club.db.engine.begin() as conn:  # a saved rota for one day: one row each
        rota = tables()["rota_day"]
        rota_id = conn.execute(insert(rota).values(day=date(2025, 1, 6), saved_at=clock.now(UTC),
                                                   saved_by="admin", version=1)
                               ).inserted_primary_key[0]
        for mid in (maelle.id, paul.id):
            conn.execute(insert(tables()["rota_entry"]).values(
                rota_id=rota_id, half_day="am", task_id=task.id, member_id=mid, locked=False))
    ids.update(staff=staff.id, partner=partner.id, step=steps["maelle"],
               other_step=steps["paul"])
    return ids


def plant_the_name(club: Club, ids: dict[str, int]) -> None:
    """Every free-text column of every row, and every identity column of the person's
    record, now contains one of the variants of the person's names (around other text)."""
    n = 0
    with club.db.engine.begin() as conn:
        for table_name, column in free_columns():
            table = tables()[table_name]
            rows = conn.execute(select(*table.primary_key.columns)).all()
            assert rows, f"the scene has no row in {table_name}: add one to build_scene"
            for row in rows:
                variant = VARIANTS[n % len(VARIANTS)]
                n += 1
                where = [c == getattr(row, c.name) for c in table.primary_key.columns]
                conn.execute(update(table).where(*where).values(
                    {column: f"Avec {variant} et {OTHER[0]} {OTHER[1]}"}))
        member = tables()["member"]
        conn.execute(update(member).where(member.c.id == ids["maelle"]).values(
            external_ref="benard-maelle"))
        # a charter version is configuration, but one typed with the name must go too: the
        # person's signatures are deleted with them
        conn.execute(insert(tables()["charter_signature"]).values(
            member_id=ids["maelle"], version="Bénard 2024", signed_on=date(2024, 3, 1)))


def holders_of_the_name(club: Club) -> list[tuple[str, str, Any]]:
    """(table, column, value) of every text value, in every table, that names the person."""
    found = []
    folded = [fold(v) for v in (FIRST, LAST, PREFERRED)]
    with club.db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            columns = erasure.text_columns(table)
            if not columns:
                continue
            for row in conn.execute(select(*columns)):
                for c in columns:
                    value = getattr(row, c.name)
                    if value and any(f in fold(value) for f in folded):
                        found.append((table.name, c.name, value))
    return found


def storage_files(club: Club) -> dict[str, int]:
    """PostgreSQL: the file node of a few tables (it changes when VACUUM FULL rewrites
    them); nothing on SQLite."""
    if club.db.is_sqlite:
        return {}
    with club.db.engine.connect() as conn:
        return {name: conn.exec_driver_sql(
            "SELECT relfilenode FROM pg_class WHERE relname = %(n)s", {"n": name}).scalar_one()
            for name in ("member", "path_step", "partner_interaction", "followup",
                         "interaction_member", "task")}  # task: no free text, untouched


def test_erasure_leaves_the_name_in_no_column_of_any_table(club: Club,
                                                            caplog: pytest.LogCaptureFixture
                                                            ) -> None:
    ids = build_scene(club)
    plant_the_name(club, ids)
    planted = {(t, c) for t, c, _ in holders_of_the_name(club)}
    assert set(free_columns()) <= planted  # the name really is everywhere first
    audit_before = len(club.audit.entries())

    files_before = storage_files(club)
    with caplog.at_level(logging.WARNING):
        club.retention.erase(ids["maelle"], TODAY)

    assert holders_of_the_name(club) == []
    assert "VACUUM" not in caplog.text  # no table skipped
    if files_before:  # PostgreSQL: VACUUM FULL wrote the tables touched into new files
        after = storage_files(club)
        assert {t for t in files_before if after[t] != files_before[t]} == {
            "member", "path_step", "partner_interaction", "followup", "interaction_member"}
    # The other people's data is kept: Paul's record, and the text around the name.
    paul = club.members.get(ids["paul"])
    assert (paul.first_name, paul.last_name) == OTHER
    notes = {i.id: i.note for i in club.partners.interactions(ids["partner"])}
    assert notes[ids["shared"]].startswith(f"Avec {PLACEHOLDER} et Paul Durand")
    assert notes[ids["alone"]] == ""  # it concerned the person alone
    # The partner still counts the anonymised job (path step) but no longer the interactions.
    hosted = [(h.first_name, h.how) for h in club.partners.hosted_members(ids["partner"])
              if h.member_id == ids["maelle"]]
    assert hosted == [("Anonyme", "employment")]
    with club.db.engine.connect() as conn:
        links = tables()["interaction_member"]
        assert {r.member_id for r in conn.execute(select(links))} == {ids["paul"]}  # unlinked
        for table_name in ("member_skill", "member_wish", "member_availability"):
            t = tables()[table_name]
            assert {r.member_id for r in conn.execute(select(t))} == {ids["paul"]}
    # The person's own rows: kept for the counts, their text emptied.
    assert [s.title for s in club.paths.steps(ids["maelle"])] == [""]
    assert [s.title for s in club.paths.steps(ids["paul"])][0].startswith("Avec ")
    assert [(f.note, f.next_step) for f in club.followups.for_member(ids["maelle"])] == [("", "")]
    assert club.followups.for_member(ids["paul"])[0].note.endswith("Paul Durand")
    assert len(club.paths.modules(ids["maelle"])) == 1
    # The trail: the erasure is recorded (who, when, which record), without the name.
    entries = club.audit.entries()
    erase = [e for e in entries if e.action == "erase"]
    assert [(e.username, e.record_type, e.record_id) for e in erase] == [
        (club.actor.name, "member", str(ids["maelle"]))]
    assert erase[0].at.date() == TODAY
    touched = {e.record_type for e in entries[:len(entries) - audit_before]}
    assert {"path_step", "partner_interaction", "interaction_member", "followup"} <= touched
    assert club.audit.verify().ok


def test_audit_entries_never_hold_the_name(club: Club) -> None:
    """Everything staff do about the person goes through the services; the trail records
    who, when, and which record, never its content; erasing adds no name either."""
    ids = build_scene(club)
    club.members.search("bénard")
    club.members.get(ids["maelle"])
    club.retention.erase(ids["maelle"], TODAY)
    with club.db.engine.connect() as conn:
        rows = conn.execute(select(tables()["audit_entry"])).all()
    assert len(rows) > 30
    matcher = NameMatcher.for_person(FIRST, LAST, PREFERRED)
    for row in rows:
        for value in (row.username, row.action, row.record_type, row.record_id):
            assert not matcher.found_in(value), value


def name_encodings() -> set[bytes]:
    words = {FIRST, LAST, PREFERRED, fold(FIRST), fold(LAST)}
    out = set()
    for word in words:
        for cased in (word, word.upper(), word.lower(), word.capitalize()):
            for form in ("NFC", "NFD"):
                out.add(unicodedata.normalize(form, cased).encode("utf-8"))
    return out


@pytest.mark.sqlite_only
def test_the_erased_name_is_not_in_the_bytes_of_the_files(db_path: Path) -> None:
    club = Club.open(str(db_path))
    try:
        ids = build_scene(club)
        plant_the_name(club, ids)
        with club.db.engine.connect() as conn:  # the text is in the file now
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert b"Ma\xc3\xablle" in db_path.read_bytes()
        club.retention.erase(ids["maelle"], TODAY)
        # Read while the club is still open (as when the desk goes on working, or the files
        # are copied): closing would checkpoint the WAL and hide a missing scrub.
        assert_not_in_files(db_path, name_encodings())
    finally:
        club.close()
    assert_not_in_files(db_path, name_encodings())


def assert_not_in_files(db_path: Path, encodings: set[bytes]) -> None:
    files = [p for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists()]
    assert files
    for path in files:
        data = path.read_bytes()
        for encoded in encodings:
            assert encoded not in data, (path.name, encoded)


@pytest.mark.sqlite_only
def test_erasing_a_member_of_the_demo_club_scrubs_the_file(demo_db: Path) -> None:
    """A realistic club: a demo member with follow-ups, whose last name no one else has
    (a homonym's name is rightly kept), is erased after being named in the other members'
    notes; their last name is then in no byte of the file, and the others are still there."""
    club = Club.open(str(demo_db))
    try:
        with club.db.engine.connect() as conn:
            member, followup = tables()["member"], tables()["followup"]
            names = {r.id: r.last_name for r in conn.execute(select(member))}
            followed = sorted({r.member_id for r in conn.execute(select(followup))})
            target = next(m for m in followed if names[m] and not any(
                fold(names[m]) in fold(n) for k, n in names.items() if k != m))
            last = names.pop(target)
            conn.execute(update(followup).where(followup.c.member_id != target).values(
                note=f"Binôme avec {last.upper()}"))
            conn.commit()
        club.retention.erase(target, TODAY)
        variants = {v.encode("utf-8") for v in (last, last.upper(), fold(last))}
        assert_not_in_files(demo_db, variants)
    finally:
        club.close()
    data = demo_db.read_bytes()
    assert all(name.encode("utf-8") in data for name in names.values())
