"""Pre-insertion (issue 20 item 2): trial month and contracts with exact end dates,
refusals, what ends soon, the prepared exit, contacts after exit, travel refunds and meals,
the exchange round trip, erasure, merge and rights."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.contracts import add_months, euros, parse_euros, period_bounds
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import ContractPeriod, ExitContact, ExitPlan, MealTaken, TravelRefund

TODAY = date(2026, 11, 23)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


# -- month arithmetic ---------------------------------------------------------------------

@given(days, st.sampled_from(["trial", "contract"]), st.integers(0, 20))
def test_a_period_ends_after_it_starts_and_the_next_starts_the_day_after(
        anchor: date, kind: str, k: int) -> None:
    start, end = period_bounds(anchor, kind, k)
    assert end >= start
    nxt, _ = period_bounds(anchor, kind, k + 1)
    assert nxt == end + timedelta(days=1)


@given(days)
def test_add_months_keeps_the_day_or_clamps_to_the_months_last(day: date) -> None:
    for n in (1, 6, 12, 13):
        later = add_months(day, n)
        assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == n
        last = calendar.monthrange(later.year, later.month)[1]
        assert later.day == min(day.day, last)


@given(st.integers(1950, 2090), st.integers(1, 12))
def test_a_trial_from_the_first_ends_on_the_months_last_day(year: int, month: int) -> None:
    start, end = period_bounds(date(year, month, 1), "trial", 0)
    assert start == date(year, month, 1)
    assert end == date(year, month, calendar.monthrange(year, month)[1])


@given(days)
def test_six_contracts_back_to_back_cover_exactly_36_months(anchor: date) -> None:
    periods = [period_bounds(anchor, "contract", k) for k in range(6)]
    assert periods[0][0] == anchor
    for (_, end), (start, _) in zip(periods, periods[1:], strict=False):
        assert start == end + timedelta(days=1)
    assert periods[-1][1] + timedelta(days=1) == add_months(anchor, 36)
    total = sum((end - start).days + 1 for start, end in periods)
    assert total == (add_months(anchor, 36) - anchor).days


def test_month_ends_and_leap_years() -> None:
    """Counted « de date à date »: the day before the same day a month later, or the last
    day of a month that has no such day (a trial from 31 January ends on 28 or 29 February)."""
    assert period_bounds(date(2024, 1, 31), "trial", 0) == (date(2024, 1, 31), date(2024, 2, 29))
    assert period_bounds(date(2024, 1, 31), "trial", 1) == (date(2024, 3, 1), date(2024, 3, 30))
    assert period_bounds(date(2025, 1, 31), "trial", 0)[1] == date(2025, 2, 28)
    assert period_bounds(date(2025, 1, 29), "trial", 0)[1] == date(2025, 2, 28)
    assert period_bounds(date(2024, 1, 29), "trial", 0)[1] == date(2024, 2, 28)
    assert period_bounds(date(2026, 3, 15), "trial", 0)[1] == date(2026, 4, 14)
    assert period_bounds(date(2026, 3, 1), "trial", 0)[1] == date(2026, 3, 31)
    assert period_bounds(date(2025, 8, 31), "contract", 0)[1] == date(2026, 2, 28)
    assert period_bounds(date(2025, 8, 31), "contract", 1) == (date(2026, 3, 1),
                                                                date(2026, 8, 30))
    assert period_bounds(date(2024, 2, 29), "contract", 1) == (date(2024, 8, 29),
                                                                date(2025, 2, 28))
    assert period_bounds(date(2026, 12, 15), "trial", 0)[1] == date(2027, 1, 14)


@given(st.integers(0, 9_999_999), st.sampled_from([",", "."]))
def test_euros_are_read_exactly_in_cents(cents: int, sep: str) -> None:
    text = f"{cents // 100}{sep}{cents % 100:02d}"
    assert parse_euros(text) == cents
    assert parse_euros(euros(cents)) == cents


def test_euros_refusals() -> None:
    assert parse_euros("12,5") == 1250 and parse_euros("3 €") == 300
    for bad in ("", "12,505", "-3", "douze", "1e3"):
        with pytest.raises(ClubdeskError, match="n'est pas un montant"):
            parse_euros(bad)


# -- the service ------------------------------------------------------------------------------

def _person(club: Club, first: str = "Émilie") -> int:
    return club.members.create(first, last_name="Durand", joined_on=date(2025, 1, 6),
                               today=TODAY).id


def _count(club: Club, model: type) -> int:
    with club.db.session(write=False) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_trial_renewal_then_contract_and_its_renewals(club: Club) -> None:
    a = _person(club)
    trial = club.contracts.start_trial(a, date(2026, 1, 31))
    assert (trial.kind, trial.renewal, trial.ends_on) == ("trial", 0, date(2026, 2, 28))
    again = club.contracts.renew(trial.id)
    assert (again.started_on, again.ends_on) == (date(2026, 3, 1), date(2026, 3, 30))
    contract = club.contracts.start_contract(a)
    assert (contract.started_on, contract.ends_on) == (date(2026, 3, 31), date(2026, 9, 30))
    second = club.contracts.renew(contract.id)
    third = club.contracts.renew(second.id)
    assert second.started_on == date(2026, 10, 1) and third.renewal == 2
    assert third.ends_on == date(2027, 9, 30)
    assert [p.id for p in club.contracts.periods(a)] == [trial.id, again.id, contract.id,
                                                         second.id, third.id]


def test_refusals_write_nothing(club: Club) -> None:
    a = _person(club)
    b = _person(club, "Loïc")
    trial = club.contracts.start_trial(a, date(2026, 10, 1))
    before = _count(club, ContractPeriod)
    cases = [
        (lambda: club.contracts.start_trial(a, date(2026, 10, 20)), "chevauche"),
        (lambda: club.contracts.start_trial(999, date(2026, 10, 20)), "Aucune personne"),
        (lambda: club.contracts.start_contract(b), "Un contrat suit un mois d'essai"),
        (lambda: club.contracts.start_contract(a, date(2026, 9, 1)), "avant le mois d'essai"),
        (lambda: club.contracts.start_contract(a, date(2026, 10, 15)), "chevauche"),
        (lambda: club.contracts.end_early(trial.id, date(2026, 9, 30)), "ne peut pas précéder"),
        (lambda: club.contracts.end_early(trial.id, date(2026, 10, 31)), "finit déjà"),
        (lambda: club.contracts.renew(999), "Aucune période"),
    ]
    for call, message in cases:
        with pytest.raises(ClubdeskError, match=message):
            call()
    assert _count(club, ContractPeriod) == before
    renewed = club.contracts.renew(trial.id)
    with pytest.raises(ClubdeskError, match="qu'une fois"):
        club.contracts.renew(renewed.id)
    with pytest.raises(ClubdeskError, match="dernière période"):
        club.contracts.renew(trial.id)
    with pytest.raises(ClubdeskError, match="Une autre période suit"):
        club.contracts.end_early(trial.id, date(2026, 10, 10))
    assert _count(club, ContractPeriod) == before + 1


def test_contract_without_trial_needs_the_flag_and_a_date(club: Club) -> None:
    b = _person(club, "Loïc")
    with pytest.raises(ClubdeskError, match="date de début du contrat est obligatoire"):
        club.contracts.start_contract(b, without_trial=True)
    row = club.contracts.start_contract(b, date(2026, 6, 1), without_trial=True)
    assert row.ends_on == date(2026, 11, 30)


def test_end_early_then_no_renewal_and_a_new_trial_may_follow(club: Club) -> None:
    a = _person(club)
    trial = club.contracts.start_trial(a, date(2026, 10, 1))
    ended = club.contracts.end_early(trial.id, date(2026, 10, 10), "  Reprise de soins  ")
    assert ended.last_day == date(2026, 10, 10) and ended.end_reason == "Reprise de soins"
    with pytest.raises(ClubdeskError, match="ne peut plus être renouvelée"):
        club.contracts.renew(trial.id)
    assert club.contracts.start_trial(a, date(2026, 10, 11)).ends_on == date(2026, 11, 10)


def test_ending_within_sorted_by_end_and_renewed_ones_left_out(club: Club) -> None:
    a, b, c = _person(club), _person(club, "Loïc"), _person(club, "Zoé")
    ta = club.contracts.start_trial(a, date(2026, 11, 10))  # ends 9 Dec
    club.contracts.start_trial(b, date(2026, 11, 1))  # ends 30 Nov
    tc = club.contracts.start_trial(c, date(2026, 11, 1))
    club.contracts.renew(tc.id)  # c's trial renewed: ends 31 Dec, outside 30 days
    found = club.contracts.ending_within(30, TODAY)
    assert [(r.member_id, r.ends_on) for r in found] == [(b, date(2026, 11, 30)),
                                                        (a, date(2026, 12, 9))]
    assert club.contracts.ending_within(10, TODAY)[0].member_id == b
    assert ta.id in [r.id for r in club.contracts.ending_within(16, TODAY)]
    with pytest.raises(ClubdeskError, match="nombre de jours"):
        club.contracts.ending_within(-1, TODAY)


def test_exit_plan_contacts_refunds_meals_and_month_totals(club: Club) -> None:
    a, b = _person(club), _person(club, "Loïc")
    with pytest.raises(ClubdeskError, match="Préparez d'abord la sortie"):
        club.contracts.add_exit_contact(a, date(2026, 11, 1), "phone", today=TODAY)
    with pytest.raises(ClubdeskError, match="Orientation"):
        club.contracts.set_exit_plan(a, "definitive", date(2026, 10, 1), "lune")
    club.contracts.set_exit_plan(a, "temporary", date(2026, 9, 1), "care")
    plan = club.contracts.set_exit_plan(a, "definitive", date(2026, 10, 1), "esat")
    assert _count(club, ExitPlan) == 1 and plan.destination == "esat"
    with pytest.raises(ClubdeskError, match="à partir du 01/10/2026"):
        club.contracts.add_exit_contact(a, date(2026, 9, 15), "phone", today=TODAY)
    with pytest.raises(ClubdeskError, match="futur"):
        club.contracts.add_exit_contact(a, date(2026, 12, 1), "phone", today=TODAY)
    club.contracts.add_exit_contact(a, date(2026, 11, 2), "visit", "Va bien.", today=TODAY)
    assert [c.channel for c in club.contracts.exit_contacts(a)] == ["visit"]
    club.contracts.add_refund(a, date(2026, 10, 3), parse_euros("12,35"))
    club.contracts.add_refund(a, date(2026, 10, 20), parse_euros("0,10"))
    club.contracts.add_refund(b, date(2026, 10, 5), 20)
    club.contracts.add_refund(b, date(2025, 10, 5), 999)  # another year
    club.contracts.add_meals(a, date(2026, 10, 3), 1)
    club.contracts.add_meals(b, date(2026, 11, 3), 2)
    with pytest.raises(ClubdeskError, match="montant va de"):
        club.contracts.add_refund(a, date(2026, 10, 3), 0)
    with pytest.raises(ClubdeskError, match="nombre de repas"):
        club.contracts.add_meals(a, date(2026, 10, 3), 0)
    totals = club.contracts.month_totals(2026)
    assert totals.people[a][10].cents == 1245 and totals.people[a][10].meals == 1
    assert totals.structure[10].cents == 1265 and totals.structure[11].meals == 2
    assert set(totals.structure) == {10, 11}


def test_a_refund_or_meals_entered_by_mistake_are_taken_back(club: Club) -> None:
    """The month's lines of a person, as entered; one typed twice (or kept twice by a
    merge of two records) is deleted alone, and the totals follow."""
    a, b = _person(club), _person(club, "Loïc")
    first = club.contracts.add_refund(a, date(2026, 10, 3), 1235)
    twice = club.contracts.add_refund(a, date(2026, 10, 3), 1235)
    meals = club.contracts.add_meals(a, date(2026, 10, 3), 2)
    club.contracts.add_meals(a, date(2026, 11, 3), 1)  # another month
    club.contracts.add_refund(b, date(2026, 10, 3), 500)  # another person
    lines = club.contracts.month_costs(a, 2026, 10)
    assert [(x.kind, x.id, x.cents, x.meals) for x in lines] == [
        ("refund", first.id, 1235, 0), ("refund", twice.id, 1235, 0),
        ("meals", meals.id, 0, 2)]
    assert twice.id is not None and meals.id is not None
    gone = club.contracts.delete_cost("refund", twice.id)
    assert (gone.day, gone.cents) == (date(2026, 10, 3), 1235)
    assert club.contracts.month_totals(2026).people[a][10].cents == 1235
    assert club.contracts.delete_cost("meals", meals.id).meals == 2
    assert [x.id for x in club.contracts.month_costs(a, 2026, 10)] == [first.id]
    with pytest.raises(ClubdeskError, match="n'existe pas ou plus"):
        club.contracts.delete_cost("refund", twice.id)
    with pytest.raises(ClubdeskError, match="n'existe pas ou plus"):
        club.contracts.delete_cost("meals", 10_000)
    with pytest.raises(ClubdeskError, match="valeur inconnue"):
        club.contracts.delete_cost("member", first.id or 0)
    with pytest.raises(ClubdeskError, match="mois va de 1 à 12"):
        club.contracts.month_costs(a, 2026, 13)
    assert _count(club, TravelRefund) == 2  # a's first and b's: nothing else went


def test_reception_reads_and_writes_nothing(club: Club) -> None:
    a = _person(club)
    desk = Club(club.db, Actor("accueil", "accueil"))
    with pytest.raises(AccessDenied):
        desk.contracts.start_trial(a, TODAY)
    with pytest.raises(AccessDenied):
        desk.contracts.ending_within(30, TODAY)
    with pytest.raises(AccessDenied):
        desk.contracts.month_totals(2026)
    with pytest.raises(AccessDenied):
        desk.contracts.month_costs(a, 2026, 10)
    refund = club.contracts.add_refund(a, date(2026, 10, 3), 100)
    with pytest.raises(AccessDenied):
        desk.contracts.delete_cost("refund", refund.id or 0)
    assert club.contracts.month_costs(a, 2026, 10)[0].id == refund.id


def _fill(club: Club) -> tuple[int, int]:
    a, b = _person(club), _person(club, "Loïc")
    t = club.contracts.start_trial(a, date(2025, 1, 31))
    club.contracts.renew(t.id)
    c = club.contracts.start_contract(a)
    club.contracts.end_early(c.id, date(2025, 6, 1), "Entrée en ESAT")
    club.contracts.start_contract(b, date(2026, 8, 31), without_trial=True)
    club.contracts.set_exit_plan(a, "definitive", date(2025, 6, 1), "esat")
    club.contracts.add_exit_contact(a, date(2025, 9, 1), "phone", "Émilie va bien, dit Loïc.",
                                    today=TODAY)
    club.contracts.add_refund(a, date(2025, 3, 3), 1235)
    club.contracts.add_meals(b, date(2026, 9, 3), 2)
    return a, b


def test_exchange_round_trip_is_identical_and_merge_adds_nothing(club: Club,
                                                                tmp_path: Path) -> None:
    _fill(club)
    names = ("contracts.csv", "exit_plans.csv", "exit_contacts.csv", "travel_refunds.csv",
             "meals.csv")
    first = export_club(club.db, club.actor, tmp_path / "one")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in names:
            assert (first / name).read_text() == (second / name).read_text()
            assert len((first / name).read_text().splitlines()) >= 2
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        assert all(report.created.get(name, 0) == 0 for name in names)
    finally:
        db.close()


def test_import_refuses_dates_that_do_not_follow_the_durations(club: Club,
                                                              tmp_path: Path) -> None:
    _fill(club)
    first = export_club(club.db, club.actor, tmp_path / "one")
    path = first / "contracts.csv"
    assert "2025-02-28" in path.read_text()
    path.write_text(path.read_text().replace("2025-02-28", "2025-02-26", 1))
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        with pytest.raises(ClubdeskError):
            import_club(db, Club(db).actor, first, today=TODAY)
        with db.session(write=False) as session:
            assert session.execute(select(func.count()).select_from(ContractPeriod)
                                   ).scalar_one() == 0
    finally:
        db.close()


def test_erasure_empties_the_notes_and_keeps_dates_and_amounts(club: Club) -> None:
    a, _b = _fill(club)
    club.retention.erase(a, today=TODAY)
    with club.db.session(write=False) as session:
        reasons = list(session.scalars(select(ContractPeriod.end_reason).where(
            ContractPeriod.member_id == a)))
        notes = list(session.scalars(select(ExitContact.note)))
        assert reasons and all(r == "" for r in reasons)
        assert notes == [""]
        assert session.execute(select(func.sum(TravelRefund.amount_cents))).scalar_one() == 1235
        assert session.execute(select(func.count()).select_from(ExitPlan)).scalar_one() == 1


def test_merge_moves_the_rows_and_keeps_one_exit_plan(club: Club) -> None:
    a, b = _fill(club)
    club.contracts.set_exit_plan(b, "temporary", date(2026, 12, 1), "care")
    club.merge_members(a, b)
    with club.db.session(write=False) as session:
        assert set(session.scalars(select(ContractPeriod.member_id))) == {a}
        assert set(session.scalars(select(MealTaken.member_id))) == {a}
        plans = list(session.scalars(select(ExitPlan)))
        assert [(p.member_id, p.destination) for p in plans] == [(a, "esat")]


def test_retention_counts_a_period_a_refund_or_a_meal_as_a_contact(club: Club) -> None:
    a = club.members.create("Paul", last_name="Roux", joined_on=date(2019, 1, 7),
                            today=TODAY).id
    club.members.leave(a, date(2020, 1, 6), "personal", today=TODAY)
    assert a in [r.member_id for r in club.retention.to_archive(TODAY)]
    club.contracts.add_meals(a, date(2026, 10, 1))
    assert a not in [r.member_id for r in club.retention.to_archive(TODAY)]


def test_demo_adds_periods_two_ending_soon_an_exit_and_totals(demo_target: str) -> None:
    import random

    from clubdesk.model.demo_contracts import add_demo

    club = Club.open(demo_target)
    try:
        with club.db.session(actor=club.actor) as session:
            add_demo(session, random.Random(3), TODAY)
        periods = club.contracts.periods()
        assert len({p.member_id for p in periods}) == 8
        for mid in {p.member_id for p in periods}:
            mine = [p for p in periods if p.member_id == mid]
            for one, two in zip(mine, mine[1:], strict=False):
                assert two.started_on > one.last_day  # never overlapping
        assert len(club.contracts.ending_within(30, TODAY)) == 2
        with club.db.session(write=False) as session:
            plan = session.scalars(select(ExitPlan)).one()
        assert len(club.contracts.exit_contacts(plan.member_id)) == 3
        totals = club.contracts.month_totals(2026)
        assert totals.structure[11].meals > 0 and totals.structure[10].cents > 0
    finally:
        club.close()


def test_migration_0019_goes_down_and_up_again(db_path: Path) -> None:
    club = Club.open(str(db_path))
    try:
        club.db.downgrade("0017")
        with club.db.engine.connect() as conn:
            from sqlalchemy import inspect
            assert "contract_period" not in inspect(conn).get_table_names()
    finally:
        club.close()
    club = Club.open(str(db_path))
    try:
        a = _person(club)
        assert club.contracts.start_trial(a, date(2026, 2, 1)).ends_on == date(2026, 2, 28)
    finally:
        club.close()
