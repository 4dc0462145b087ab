"""`clubdesk applications add | decide | list` and `clubdesk commissions add | list`: the
pre-insertion applications and the admission commissions, as on the « Candidatures » and
« Commissions » screens (team, direction)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import MAX_ID, iso_date, record_id
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, print_json
from clubdesk.cli.partners import resolve_partner
from clubdesk.model.errors import ClubdeskError

DECISION_WORDS = {"admis": "admitted", "refuse": "refused", "reoriente": "reoriented",
                  "ajourne": "postponed"}
# the refusal's reason in a French word (or its code, as the exchange files write it)
REASON_WORDS = {"public": "not_target", "projet": "project_not_ready", "soins": "care_first",
                "place": "no_place", "autre": "other"}
REASON_CHOICES = (*REASON_WORDS, "not_target", "project_not_ready", "care_first", "no_place",
                  "other")
STATE_CHOICES = ("received", "interviewed", "waiting", "admitted", "refused", "reoriented",
                 "postponed")


def _partner_id(club: Any, text: str) -> int:
    """A number is passed as is (the service refuses one that does not exist); a name must
    name one partner."""
    if text.strip().isdigit():
        number = int(text.strip())
        if number > MAX_ID:  # no partner has it: the service would not even look
            raise ClubdeskError("Aucun partenaire n'a le numéro {partner_id}.", partner_id=number)
        return number
    return int(resolve_partner(club, text).id)


def cmd_applications_add(args: argparse.Namespace) -> int:
    first, _, last = (args.name or "").strip().partition(" ")
    with opened_club(args) as club:
        referred = None if args.referred_by is None else _partner_id(club, args.referred_by)
        row = club.admissions.add(args.member, first_name=first, last_name=last.strip(),
                                  referred_by=referred, received_on=args.received,
                                  interview_on=args.interview, notes=args.notes,
                                  waiting=args.waiting_list)
        state = club.admissions.get(row.id or 0)
    print(f"Candidature n° {row.id} enregistrée pour {state.name} (reçue le "
          f"{args.received:%d/%m/%Y}).")
    return 0


def cmd_applications_decide(args: argparse.Namespace) -> int:
    from clubdesk.model.admissions import STATE_LABELS

    decision = DECISION_WORDS[args.decision]
    with opened_club(args) as club:
        partner = None if args.partner is None else _partner_id(club, args.partner)
        reason = REASON_WORDS.get(args.reason, args.reason)
        event = club.admissions.decide(args.id, args.commission, decision, reason=reason,
                                       told=args.told, partner_id=partner)
        row = club.admissions.get(args.id)
    print(f"Candidature n° {args.id} ({row.name}) : {STATE_LABELS[event.state]} le "
          f"{event.dated_on:%d/%m/%Y}.")
    return 0


def cmd_applications_list(args: argparse.Namespace) -> int:
    from clubdesk.model.admissions import STATE_LABELS

    with opened_club(args) as club:
        rows = club.admissions.applications(args.state)
    if args.json:
        print_json([{"id": r.id, "member_id": r.member_id, "name": r.name,
                     "referred_by_partner_id": r.referred_by_partner_id,
                     "received_on": r.received_on.isoformat(),
                     "interview_on": r.interview_on.isoformat() if r.interview_on else None,
                     "state": r.state, "state_since": r.state_since.isoformat(),
                     "waiting_rank": r.waiting_rank} for r in rows])
        return 0
    for r in rows:
        rank = f"  (n° {r.waiting_rank} en attente)" if r.waiting_rank else ""
        print(f"{r.id:>5}  {r.name}  {STATE_LABELS[r.state]} depuis le "
              f"{r.state_since:%d/%m/%Y}  — {r.referred_by}{rank}")
    return 0


def cmd_commissions_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        ids = [_partner_id(club, p) for p in args.partners.split(",") if p.strip()]
        row = club.admissions.add_commission(args.on, ids, notes=args.notes)
    if args.json:
        print_json({"id": row.id, "held_on": row.held_on.isoformat(), "partner_ids": ids})
        return 0
    present = count(len(set(ids)), "partenaire présent", "partenaires présents")
    print(f"Commission n° {row.id} enregistrée le {args.on:%d/%m/%Y} ({present}).")
    return 0


def cmd_commissions_list(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        rows = club.admissions.commissions()
    if args.json:
        print_json([{"id": r.id, "held_on": r.held_on.isoformat(),
                     "partner_ids": list(r.partner_ids), "decisions": r.decisions}
                    for r in rows])
        return 0
    for r in rows:
        decisions = count(r.decisions, "décision", "décisions")
        print(f"{r.id:>5}  {r.held_on:%d/%m/%Y}  {decisions}  {r.partners}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("applications", parents=[common],
                       help="les candidatures à la pré-insertion")
    asub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = asub.add_parser("add", parents=[common], help="enregistre une candidature")
    q.add_argument("name", nargs="?", default="", metavar="« PRÉNOM NOM »",
                   help="une nouvelle personne (sans --member)")
    q.add_argument("--member", type=record_id, default=None, metavar="N",
                   help="une personne déjà connue du club")
    who = q.add_mutually_exclusive_group()
    who.add_argument("--referred-by", default=None, metavar="PARTENAIRE",
                     help="le partenaire qui l'oriente (numéro ou nom)")
    who.add_argument("--self", action="store_true", help="candidature spontanée (défaut)")
    q.add_argument("--received", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    q.add_argument("--interview", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="le jour de l'entretien d'accueil")
    q.add_argument("--waiting-list", action="store_true", help="la met en liste d'attente")
    q.add_argument("--notes", default="", metavar="TEXTE")
    q.set_defaults(handler=cmd_applications_add)
    q = asub.add_parser("decide", parents=[common], help="la décision d'une commission")
    q.add_argument("id", type=record_id, metavar="N")
    q.add_argument("--commission", type=record_id, required=True, metavar="N")
    q.add_argument("--decision", choices=tuple(DECISION_WORDS), required=True)
    q.add_argument("--reason", choices=REASON_CHOICES, default="",
                   help="motif d'un refus : public (ne correspond pas au public "
                        "accueilli), projet (projet professionnel non mûr), soins (besoin de "
                        "soins prioritaire), place (pas de place), autre")
    told = q.add_mutually_exclusive_group()
    told.add_argument("--told", dest="told", action="store_true", default=None,
                      help="le motif du refus a été donné à la personne")
    told.add_argument("--not-told", dest="told", action="store_false",
                      help="le motif du refus n'a pas été donné")
    q.add_argument("--partner", default=None, metavar="PARTENAIRE",
                   help="vers qui la personne est réorientée")
    q.set_defaults(handler=cmd_applications_decide)
    q = asub.add_parser("list", parents=[common], help="liste les candidatures")
    q.add_argument("--state", choices=STATE_CHOICES, default=None)
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_applications_list)

    p = sub.add_parser("commissions", parents=[common], help="les commissions d'admission")
    csub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = csub.add_parser("add", parents=[common], help="enregistre une commission")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    q.add_argument("--partners", default="", metavar="P1,P2",
                   help="les partenaires présents (numéros ou noms, séparés par des virgules)")
    q.add_argument("--notes", default="", metavar="TEXTE")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_commissions_add)
    q = csub.add_parser("list", parents=[common], help="liste les commissions")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_commissions_list)
