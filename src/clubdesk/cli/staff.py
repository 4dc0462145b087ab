"""`clubdesk staff add | list | end | period`: the salaried staff and their FTE periods
(the direction writes; the team may list)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.arguments import iso_date
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json
from clubdesk.model.errors import ClubdeskError


def _fte(text: str) -> str:
    """« 0,8 » as people write it, or 0.8; the model checks the value (0 < ETP ≤ 1)."""
    return text.strip().replace(",", ".")


def _account_id(club: Any, username: str) -> int:
    from clubdesk.model.access import DIRECTION, require

    require(club.actor, DIRECTION)
    wanted = username.strip().lower()
    for user in club.users.list_users():
        if user.username.lower() == wanted:
            return int(user.id)
    raise ClubdeskError("Aucun compte n'a l'identifiant « {username} ».", username=username)


def cmd_staff_add(args: argparse.Namespace) -> int:
    from clubdesk.model import clock
    from clubdesk.model.access import DIRECTION, require
    from clubdesk.model.staff import validate_fte

    first, _, last = args.name.strip().partition(" ")
    fte = validate_fte(_fte(args.fte))  # everything is checked before anything is written
    started = args.start or clock.today()
    with opened_club(args) as club:
        require(club.actor, DIRECTION)
        user_id = _account_id(club, args.account) if args.account else None
        person = club.staff.create(first, last, function=args.function,
                                   qualification=args.qualification,
                                   peer_worker=args.peer_worker, user_id=user_id)
        club.staff.add_period(person.id, started, fte=fte)
    print(f"Salarié n° {person.id} enregistré : {first} {last}".rstrip()
          + f", {_fte_words(fte)} depuis le {started:%d/%m/%Y}.")
    return 0


def _fte_words(fte: float) -> str:
    return f"{fte:g} ETP".replace(".", ",")


def cmd_staff_list(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        rows = club.staff.list_staff()
    if args.json:
        print_json([{"id": r.id, "first_name": r.first_name, "last_name": r.last_name,
                     "function": r.function, "qualification": r.qualification,
                     "peer_worker": r.peer_worker, "fte_today": r.fte_today,
                     "account": r.account or None} for r in rows])
        return 0
    if not rows:
        print("Aucun salarié enregistré.")
    for r in rows:
        details = ", ".join(x for x in (r.function, r.qualification) if x)
        peer = " ; pair-aidant" if r.peer_worker else ""
        account = f" ; compte {r.account}" if r.account else ""
        print(f"{r.id:>5}  {r.display_name}" + (f" ({details})" if details else "")
              + f" : {_fte_words(r.fte_today)} aujourd'hui{peer}{account}")
    return 0


def cmd_staff_end(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        person = club.staff.resolve(args.staff)
        club.staff.end(person.id, args.on)
    print(f"Contrat de {person.display_name} terminé le {args.on:%d/%m/%Y}.")
    return 0


def cmd_staff_period(args: argparse.Namespace) -> int:
    from clubdesk.model.staff import validate_fte

    fte = validate_fte(_fte(args.fte))
    with opened_club(args) as club:
        person = club.staff.resolve(args.staff)
        club.staff.new_period(person.id, args.start, fte=fte)
    print(f"{person.display_name} : {_fte_words(fte)} à partir du {args.start:%d/%m/%Y}.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("staff", parents=[common], help="les salariés et leur temps de travail")
    ssub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = ssub.add_parser("add", parents=[common],
                        help="enregistre un salarié et sa première période (direction)")
    q.add_argument("name", metavar="NOM", help="« Prénom Nom »")
    q.add_argument("--function", default="", metavar="FONCTION", help="sa fonction")
    q.add_argument("--qualification", default="", metavar="QUALIFICATION",
                   help="son diplôme ou sa qualification")
    q.add_argument("--fte", required=True, metavar="ETP",
                   help="équivalent temps plein, plus de 0 et au plus 1 (0,8 ou 0.8)")
    q.add_argument("--from", dest="start", type=iso_date, metavar="AAAA-MM-JJ",
                   help="premier jour du contrat (aujourd'hui par défaut)")
    q.add_argument("--peer-worker", action="store_true", help="travailleur pair-aidant")
    q.add_argument("--account", metavar="IDENTIFIANT",
                   help="le compte avec lequel la personne se connecte")
    q.set_defaults(handler=cmd_staff_add)
    q = ssub.add_parser("list", parents=[common], help="liste les salariés et leur ETP du jour")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_staff_list)
    q = ssub.add_parser("end", parents=[common], help="termine le contrat en cours (direction)")
    q.add_argument("staff", metavar="SALARIE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--on", required=True, type=iso_date, metavar="AAAA-MM-JJ",
                   help="dernier jour travaillé")
    q.set_defaults(handler=cmd_staff_end)
    q = ssub.add_parser("period", parents=[common],
                        help="un nouvel ETP à partir d'une date ; la période en cours finit la "
                             "veille (direction)")
    q.add_argument("staff", metavar="SALARIE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--fte", required=True, metavar="ETP",
                   help="équivalent temps plein, plus de 0 et au plus 1")
    q.add_argument("--from", dest="start", required=True, type=iso_date, metavar="AAAA-MM-JJ",
                   help="premier jour de la nouvelle période")
    q.set_defaults(handler=cmd_staff_period)
