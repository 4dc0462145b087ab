"""Issue 19 item 7: every charter signature kept, the members without the charter in force,
exit reasons from a list, and the migration of the old single values (0016)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from clubdesk.model.club import Club
from clubdesk.model.errors import ValidationError
from clubdesk.model.exit_reasons import check_exit_reason

TODAY = date(2026, 11, 23)


def test_every_signature_is_kept_with_its_version_and_date(club: Club) -> None:
    m = club.members.create("Hélène", joined_on=date(2022, 3, 1), today=TODAY)
    assert club.charter.current_version() == "1"  # until the club names one
    club.charter.set_current_version(" 2022 ")
    club.charter.sign(m.id, date(2022, 3, 1), today=TODAY)
    club.members.leave(m.id, date(2023, 6, 1), "emploi", today=TODAY)
    club.charter.set_current_version("2024")
    club.members.add_period(m.id, date(2025, 1, 6), today=TODAY)
    club.charter.sign(m.id, date(2025, 1, 6), today=TODAY)  # comes back: signs again
    club.charter.sign(m.id, date(2025, 1, 6), today=TODAY)  # the same click twice: one row
    assert [(s.version, s.signed_on) for s in club.charter.signatures(m.id)] == [
        ("2022", date(2022, 3, 1)), ("2024", date(2025, 1, 6))]
    explicit = club.charter.sign(m.id, date(2025, 2, 1), "2023", today=TODAY)
    assert explicit.version == "2023" and len(club.charter.signatures(m.id)) == 3


def test_refusals_say_why_and_write_nothing(club: Club) -> None:
    m = club.members.create("Paul")
    with pytest.raises(ValidationError, match="date future"):
        club.charter.sign(m.id, date(2026, 11, 24), today=TODAY)
    with pytest.raises(ValidationError, match="obligatoire"):
        club.charter.set_current_version("  ")
    with pytest.raises(ValidationError, match="trop longue"):
        club.charter.sign(m.id, TODAY, "x" * 41, today=TODAY)
    assert club.charter.signatures(m.id) == []
    assert club.charter.current_version() == "1"


def test_current_members_without_the_charter_in_force(club: Club) -> None:
    club.charter.set_current_version("2024")
    signed = club.members.create("Signed", joined_on=date(2024, 1, 1), today=TODAY)
    club.charter.sign(signed.id, date(2024, 1, 1), today=TODAY)
    old = club.members.create("Old", joined_on=date(2021, 1, 1), today=TODAY)
    club.charter.sign(old.id, date(2021, 1, 1), "2021", today=TODAY)
    never = club.members.create("Never", joined_on=date(2025, 1, 1), today=TODAY)
    club.members.create("Visitor")  # not a member: not listed
    gone = club.members.create("Gone", joined_on=date(2021, 1, 1), today=TODAY)
    club.members.leave(gone.id, date(2022, 1, 1), today=TODAY)  # former member: not listed
    assert {r.id for r in club.charter.unsigned(on=TODAY)} == {old.id, never.id}
    club.charter.sign(old.id, TODAY, today=TODAY)
    assert [r.id for r in club.charter.unsigned(on=TODAY)] == [never.id]
    club.charter.set_current_version("2027")  # a new charter: everyone must sign it
    assert {r.id for r in club.charter.unsigned(on=TODAY)} == {signed.id, old.id, never.id}


@pytest.mark.parametrize(("typed", "code"), [
    ("emploi", "job"), ("Déménagement", "moved"), ("DEMENAGEMENT", "moved"),
    ("autre structure", "other_structure"), ("raisons personnelles", "personal"),
    ("sans nouvelles", "no_news"), ("autre", "other"), ("no_news", "no_news"), ("", "")])
def test_exit_reasons_are_codes_or_their_french_labels(typed: str, code: str) -> None:
    assert check_exit_reason(typed) == code


@pytest.mark.parametrize("typed", ["hospitalisé", "rechute", "Reprise d'un emploi"])
def test_a_written_reason_is_refused_no_free_text_is_kept(club: Club, typed: str) -> None:
    m = club.members.create("Nina", joined_on=date(2025, 1, 1), today=TODAY)
    with pytest.raises(ValidationError, match="se choisit dans la liste"):
        club.members.leave(m.id, date(2025, 6, 1), typed, today=TODAY)
    with pytest.raises(ValidationError):
        club.members.add_period(m.id, date(2020, 1, 1), date(2020, 6, 1), typed, today=TODAY)
    assert [(p.left_on, p.leave_reason) for p in club.members.periods(m.id)] == [(None, "")]


def test_the_database_refuses_a_reason_outside_the_list(club: Club) -> None:
    m = club.members.create("Nina", joined_on=date(2025, 1, 1), today=TODAY)
    with pytest.raises(Exception, match="(?i)check|constraint"), \
            club.db.engine.begin() as conn:
        conn.execute(text("UPDATE membership_period SET leave_reason = 'hospitalisé' "
                          "WHERE member_id = :m"), {"m": m.id})


def test_an_erased_member_leaves_no_signature(club: Club) -> None:
    m = club.members.create("Maëlle", last_name="Bénard", joined_on=date(2025, 1, 1),
                            today=TODAY)
    other = club.members.create("Paul", joined_on=date(2025, 1, 1), today=TODAY)
    for who in (m.id, other.id):
        club.charter.sign(who, date(2025, 1, 1), today=TODAY)
    club.members.leave(m.id, date(2025, 3, 1), "formation", today=TODAY)
    club.retention.erase(m.id, TODAY)
    with club.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT member_id FROM charter_signature")).all()
    assert rows == [(other.id,)]
    assert club.members.periods(m.id)[0].leave_reason == "training"  # a code, counted


def test_migration_keeps_the_old_signature_and_codes_the_old_reasons(club: Club) -> None:
    """0016 on a club of before: the single signature becomes a row (its version, else the
    setting, else « 1 »), the latest version becomes the version in force; free-text
    reasons become codes and the text itself is gone (it could hold a health detail)."""
    db = club.db
    db.downgrade("0012")
    with db.engine.begin() as conn:
        for n, (signed, version) in enumerate(((date(2022, 3, 1), "2022"),
                                               (date(2024, 5, 2), "2024"),
                                               (date(2023, 1, 9), ""), (None, ""))):
            conn.execute(text(
                "INSERT INTO member (id, first_name, last_name, preferred_name, phone, email, "
                "address, contact_preference, charter_signed_on, charter_version, "
                "referent_partner, other_peer_places, search_key, created_at, version, "
                "updated_by) VALUES (:id, 'P', '', '', '', '', '', 'none', :d, :v, '', '', "
                "'p', '2020-01-01 00:00:00', 1, '')"), {"id": n + 1, "d": signed, "v": version})
        reasons = ["Reprise d'un emploi", "Hospitalisé, rechute", "Plus de nouvelles",
                   "Orientation vers une autre structure", "Déménagement à Lyon", ""]
        for n, reason in enumerate(reasons):
            conn.execute(text(
                "INSERT INTO membership_period (member_id, joined_on, left_on, leave_reason) "
                "VALUES (1, :j, :l, :r)"),
                {"j": date(2010 + n, 1, 1), "l": date(2010 + n, 6, 1), "r": reason})
    db.upgrade()
    with db.engine.connect() as conn:
        signatures = conn.execute(text(
            "SELECT member_id, version, signed_on FROM charter_signature ORDER BY member_id"
        )).all()
        codes = [r[0] for r in conn.execute(text(
            "SELECT leave_reason FROM membership_period ORDER BY joined_on"))]
    assert [(m, v, str(d)) for m, v, d in signatures] == [
        (1, "2022", "2022-03-01"), (2, "2024", "2024-05-02"), (3, "1", "2023-01-09")]
    assert codes == ["job", "other", "no_news", "other_structure", "moved", ""]
    assert club.charter.current_version() == "2024"  # the latest signature's
    db.downgrade("0012")  # and back: the latest signature on the record, reasons in words
    with db.engine.connect() as conn:
        back = conn.execute(text("SELECT id, charter_signed_on, charter_version FROM member "
                                 "ORDER BY id")).all()
        words = [r[0] for r in conn.execute(text(
            "SELECT leave_reason FROM membership_period ORDER BY joined_on"))]
    assert [(i, str(d) if d else None, v) for i, d, v in back] == [
        (1, "2022-03-01", "2022"), (2, "2024-05-02", "2024"), (3, "2023-01-09", "1"),
        (4, None, "")]
    assert words[0] == "emploi" and words[1] == "autre"
    db.upgrade()
