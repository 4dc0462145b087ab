"""Import of the pre-insertion files (contracts.csv, exit_plans.csv, exit_contacts.csv,
travel_refunds.csv, meals.csv): each row checked as the service would, then written as is
(the export writes every column, so a round trip gives the same rows)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from clubdesk.model.contracts import MAX_CENTS, MAX_MEALS, NOTE_MAX, REASON_MAX, period_bounds
from clubdesk.model.errors import ValidationError
from clubdesk.model.tables import ContractPeriod, ExitContact, ExitPlan, MealTaken, TravelRefund

Handler = Callable[[Any, Any, Any], None]


def _check_period(run: Any, v: dict[str, Any]) -> None:
    v["end_reason"] = (v["end_reason"] or "").strip()
    if v["renewal"] < 0:
        raise ValidationError("renewal", "le numéro de renouvellement ne peut pas être négatif")
    if period_bounds(v["anchor_on"], v["kind"], v["renewal"]) != (v["started_on"], v["ends_on"]):
        raise ValidationError("ends_on", "les dates ne suivent pas la durée de la période "
                                         "(un mois d'essai, six mois de contrat)")
    early = v["ended_early_on"]
    if early is not None and not v["started_on"] <= early < v["ends_on"]:
        raise ValidationError("ended_early_on", "la fin anticipée doit tomber pendant la "
                                                "période")
    if len(v["end_reason"]) > REASON_MAX:
        raise ValidationError("end_reason", "le motif dépasse {limit} caractères",
                              limit=REASON_MAX)


def _check_contact(run: Any, v: dict[str, Any]) -> None:
    v["note"] = (v["note"] or "").strip()
    if len(v["note"]) > NOTE_MAX:
        raise ValidationError("note", "la note dépasse {limit} caractères", limit=NOTE_MAX)


def _check_refund(run: Any, v: dict[str, Any]) -> None:
    if not 0 < v["amount_cents"] <= MAX_CENTS:
        raise ValidationError("amount_cents", "le montant en centimes va de 1 à {limit}",
                              limit=MAX_CENTS)


def _check_meals(run: Any, v: dict[str, Any]) -> None:
    if not 0 < v["count"] <= MAX_MEALS:
        raise ValidationError("count", "le nombre de repas va de 1 à {limit}", limit=MAX_MEALS)


def contract_handlers(simple: Callable[..., Handler]) -> dict[str, Handler]:
    """The importer's handlers for the five files (``simple``: the importer's own)."""

    def exit_plans(run: Any, spec: Any, rows: Any) -> None:
        seen: set[int] = set()

        def check(run: Any, v: dict[str, Any]) -> None:
            mid = v["member_id"]
            if mid in seen:
                raise ValidationError("member_id", "une seule sortie préparée par personne")
            seen.add(mid)
            held = run.session.scalars(select(ExitPlan).where(
                col(ExitPlan.member_id) == mid)).first() if mid and mid > 0 else None
            if held is not None and (held.kind, held.planned_on, held.destination) != (
                    v["kind"], v["planned_on"], v["destination"]):
                raise ValidationError("member_id", "la personne a déjà une autre sortie "
                                                   "préparée")

        simple(ExitPlan, check=check)(run, spec, rows)

    return {
        "contracts.csv": simple(ContractPeriod, check=_check_period),
        "exit_plans.csv": exit_plans,
        "exit_contacts.csv": simple(ExitContact, check=_check_contact),
        "travel_refunds.csv": simple(TravelRefund, check=_check_refund),
        "meals.csv": simple(MealTaken, check=_check_meals),
    }
