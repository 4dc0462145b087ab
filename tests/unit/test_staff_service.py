"""Staff entered in the application (issue #19, item 1): periods ended or changed from a date,
refusals in words, the fields updated, a staff member found by name, and the link to the
account they sign in with (one account, one staff member at most)."""

from __future__ import annotations

from datetime import date

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError, NotFoundError, ValidationError

STRONG = "Mot-de-passe-2026"


def _hired(club: Club, first: str = "Hervé", last: str = "Le Goff", fte: float = 1.0,
           on: date = date(2025, 1, 1)) -> int:
    person = club.staff.create(first, last, function="Chargé d'insertion")
    assert person.id is not None
    club.staff.add_period(person.id, on, fte=fte)
    return person.id


def _periods(club: Club, staff_id: int) -> list[tuple[date, date | None, float]]:
    return [(p.started_on, p.ended_on, p.fte) for p in club.staff.periods(staff_id)]


def test_a_new_fte_from_a_date_closes_the_open_period_the_day_before(club: Club) -> None:
    herve = _hired(club)
    club.staff.new_period(herve, date(2026, 3, 1), fte="0.8")
    assert _periods(club, herve) == [(date(2025, 1, 1), date(2026, 2, 28), 1.0),
                                     (date(2026, 3, 1), None, 0.8)]
    assert club.staff.fte_on(date(2026, 2, 28)) == 1.0
    assert club.staff.fte_on(date(2026, 3, 1)) == 0.8


def test_end_closes_the_open_period_and_refuses_in_words(club: Club) -> None:
    herve = _hired(club)
    with pytest.raises(ValidationError, match=r"ne peut pas être avant son début \(01/01/2025\)"):
        club.staff.end(herve, date(2024, 12, 31))
    club.staff.end(herve, date(2026, 6, 30))
    assert _periods(club, herve) == [(date(2025, 1, 1), date(2026, 6, 30), 1.0)]
    with pytest.raises(ValidationError, match="Hervé Le Goff n'a pas de contrat en cours"):
        club.staff.end(herve, date(2026, 7, 31))
    # back after the end: a new period; one overlapping the old contract is refused
    with pytest.raises(ValidationError, match=r"chevauche .* \(jusqu'au 30/06/2026\)"):
        club.staff.new_period(herve, date(2026, 6, 1), fte=0.5)
    club.staff.new_period(herve, date(2026, 9, 1), fte=0.5)
    assert _periods(club, herve)[-1] == (date(2026, 9, 1), None, 0.5)


@pytest.mark.parametrize("fte", [0, -0.2, 1.2, "beaucoup"])
def test_an_fte_outside_zero_to_one_is_refused_and_nothing_changes(club: Club, fte) -> None:
    herve = _hired(club)
    with pytest.raises(ValidationError, match="ETP"):
        club.staff.new_period(herve, date(2026, 3, 1), fte=fte)
    assert _periods(club, herve) == [(date(2025, 1, 1), None, 1.0)]


def test_a_new_period_must_start_after_the_current_one(club: Club) -> None:
    herve = _hired(club)
    with pytest.raises(ValidationError, match=r"après le début de la période en cours"):
        club.staff.new_period(herve, date(2025, 1, 1), fte=0.5)
    assert _periods(club, herve) == [(date(2025, 1, 1), None, 1.0)]


def test_update_changes_only_the_fields_given(club: Club) -> None:
    herve = _hired(club)
    club.staff.update(herve, function="Directeur", peer_worker=True)
    row = club.staff.get(herve)
    assert (row.first_name, row.function, row.qualification, row.peer_worker) == (
        "Hervé", "Directeur", "", True)
    with pytest.raises(ValidationError, match="prénom est obligatoire"):
        club.staff.update(herve, first_name=" ")


def test_staff_are_found_by_number_or_by_name_accents_and_case_aside(club: Club) -> None:
    herve = _hired(club)
    other = _hired(club, "Hélène", "Le Goff")
    assert club.staff.resolve(str(herve)).id == herve
    assert club.staff.resolve("herve le goff").id == herve
    assert club.staff.resolve("HELENE").id == other
    with pytest.raises(ClubdeskError, match="désigne plusieurs salariés"):
        club.staff.resolve("le goff")
    with pytest.raises(NotFoundError, match="Aucun salarié ne correspond à « Zoé »"):
        club.staff.resolve("Zoé")
    with pytest.raises(NotFoundError, match="numéro 999"):
        club.staff.resolve("999")


def test_one_account_links_to_one_staff_member_at_most(club: Club) -> None:
    club.users.create("dir", STRONG, "direction")
    nadia = club.users.create("nadia", STRONG, "equipe")
    herve, helene = _hired(club), _hired(club, "Hélène", "Roux")
    club.staff.link_account(herve, nadia.id)
    with pytest.raises(ValidationError, match="déjà lié à Hervé Le Goff"):
        club.staff.link_account(helene, nadia.id)
    with pytest.raises(ValidationError, match="déjà lié"):
        club.staff.create("Zoé", user_id=nadia.id)
    with pytest.raises(NotFoundError, match="Aucun compte"):
        club.staff.link_account(helene, 999)
    rows = {r.id: r for r in club.staff.list_staff()}
    assert (rows[herve].user_id, rows[herve].account) == (nadia.id, "nadia")
    assert rows[helene].account == ""
    assert club.staff.staff_of_account(nadia.id) == herve
    team = Club(club.db, Actor("nadia", "equipe", user_id=nadia.id))
    assert team.staff.staff_of_account(nadia.id) == herve
    assert {r.account for r in team.staff.list_staff()} == {""}  # accounts are the direction's
    club.staff.link_account(herve, None)
    assert club.staff.staff_of_account(nadia.id) is None


def test_the_team_reads_the_staff_but_only_the_direction_writes(club: Club) -> None:
    herve = _hired(club)
    team = Club(club.db, Actor("nadia", "equipe"))
    assert [r.id for r in team.staff.list_staff()] == [herve]
    for write in (lambda: team.staff.end(herve, date(2026, 1, 1)),
                  lambda: team.staff.new_period(herve, date(2026, 1, 1), fte=1),
                  lambda: team.staff.update(herve, function="X"),
                  lambda: team.staff.create("Zoé")):
        with pytest.raises(AccessDenied):
            write()
    assert _periods(club, herve) == [(date(2025, 1, 1), None, 1.0)]


def test_the_account_link_makes_the_exchange_round_trip(club: Club, tmp_path) -> None:
    from clubdesk.model.exchange import export_club, import_club
    from clubdesk.model.exchange.accounts import NewAdmin
    from clubdesk.model.exchange.importer import ImportFailed

    club.users.create("dir", STRONG, "direction")
    nadia = club.users.create("nadia", STRONG, "equipe")
    herve = _hired(club)
    _hired(club, "Hélène", "Roux")
    club.staff.link_account(herve, nadia.id)
    export_club(club.db, club.actor, tmp_path / "one")
    written = (tmp_path / "one" / "users.csv").read_text(encoding="utf-8")
    assert written.splitlines() == ["username,display_name,role,disabled,staff_id",
                                    "dir,dir,direction,no,", f"nadia,nadia,equipe,no,{herve}"]
    other = Club.open(str(tmp_path / "other.sqlite3"))
    try:
        import_club(other.db, other.actor, tmp_path / "one", admin=NewAdmin("dir", STRONG))
        signed = Club(other.db, Actor("dir", "direction"))
        linked = {r.display_name: r.account for r in signed.staff.list_staff()}
        assert linked == {"Hervé Le Goff": "nadia", "Hélène Roux": ""}
        export_club(other.db, signed.actor, tmp_path / "two")
        for name in ("users.csv", "staff.csv", "staff_periods.csv"):
            assert (tmp_path / "two" / name).read_text(encoding="utf-8") == (
                tmp_path / "one" / name).read_text(encoding="utf-8"), name
    finally:
        other.close()
    # one staff member for two accounts is refused, and nothing is written
    (tmp_path / "one" / "users.csv").write_text(
        written + f"paul,paul,equipe,no,{herve}\n", encoding="utf-8")
    third = Club.open(str(tmp_path / "third.sqlite3"))
    try:
        with pytest.raises(ImportFailed) as failed:
            import_club(third.db, third.actor, tmp_path / "one", admin=NewAdmin("dir", STRONG))
        assert failed.value.errors == ["users.csv:4: staff_id: ce salarié a déjà un compte "
                                       "(ligne 3)."]
        assert third.staff.list_staff() == []
    finally:
        third.close()
