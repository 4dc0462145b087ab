"""`clubdesk members list | search | merge`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from clubdesk.cli.arguments import whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import print_json
from clubdesk.model.errors import ClubdeskError


def _print_members(rows: Sequence[Any], as_json: bool) -> None:
    from clubdesk.model.members import STATUS_LABELS

    if as_json:
        print_json([r.as_json() for r in rows])
        return
    for r in rows:
        nick = f" « {r.preferred_name} »" if r.preferred_name else ""
        print(f"{r.id:>6}  {r.first_name} {r.last_name}{nick}  ({STATUS_LABELS[r.status]})")


def cmd_members_list(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        rows = club.members.list_members(args.filter)
    _print_members(rows, args.json)
    return 0


def cmd_members_search(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        rows = club.members.search(args.text, limit=args.limit)
    _print_members(rows, args.json)
    return 0


def cmd_members_merge(args: argparse.Namespace) -> int:
    """members merge KEEP DUPLICATE: the window's merge (same service, same rules, same
    audit entries); without --yes, shows what would be merged and asks on a terminal."""
    from clubdesk.model.access import STAFF_ROLES, require

    with opened_club(args) as club:
        require(club.actor, *STAFF_ROLES)  # before anything about the records is shown
        keep = club.members.resolve(args.keep)
        other = club.members.resolve(args.duplicate)
        if keep.id == other.id:
            raise ClubdeskError("On ne peut pas fusionner une fiche avec elle-même.")
        for title, row in (("Fiche gardée", keep), ("Fiche rattachée puis supprimée", other)):
            print(_merge_side(club, title, row.id))
        print(f"Les présences et l'historique de {other.display_name} (n° {other.id}) seront "
              f"rattachés à {keep.display_name} (n° {keep.id}). Cette action ne peut pas être "
              "annulée.")
        if not args.yes:
            _confirm_merge()
        club.merge_members(keep.id, other.id)
    print(f"Fiches fusionnées : la fiche n° {other.id} est rattachée à la fiche n° {keep.id}, "
          "puis supprimée.")
    return 0


def _merge_side(club: Any, title: str, member_id: int) -> str:
    m = club.members.get(member_id)
    periods = len(club.members.periods(member_id))
    name = f"{m.first_name} {m.last_name}".strip() + (
        f" ({m.preferred_name})" if m.preferred_name else "")
    return (f"{title} n° {member_id} : {name} ; téléphone : {m.phone or 'non renseigné'} ; "
            f"e-mail : {m.email or 'non renseigné'} ; adhésions : {periods}")


def _confirm_merge() -> None:
    """The word FUSIONNER typed on a terminal; in a script, --yes."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise ClubdeskError("La fusion ne peut pas être annulée : relancez avec --yes pour "
                            "confirmer (rien n'a été fusionné).")
    answer = input("Tapez FUSIONNER pour confirmer : ").strip()
    if answer != "FUSIONNER":
        raise ClubdeskError("Fusion abandonnée : rien n'a été changé.")


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("members", parents=[common], help="la liste des membres")
    msub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = msub.add_parser("list", parents=[common], help="liste les personnes")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.add_argument("--filter", choices=("all", "current", "former", "visitors"), default="all",
                   help="current : membres actuels ; former : anciens ; visitors : visiteurs")
    q.set_defaults(handler=cmd_members_list)
    q = msub.add_parser("search", parents=[common],
                        help="cherche par nom (sans tenir compte des accents), meilleur d'abord")
    q.add_argument("text", metavar="TEXTE")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.add_argument("--limit", type=whole_number(1, 1000), default=50, metavar="N",
                   help="nombre maximal de réponses (1 à 1000)")
    q.set_defaults(handler=cmd_members_search)
    q = msub.add_parser("merge", parents=[common],
                        help="fusionne deux fiches de la même personne : tout est rattaché à "
                             "la première, la seconde est supprimée (équipe, direction)")
    q.add_argument("keep", metavar="GARDEE", help="la fiche gardée : numéro ou nom sans "
                                                  "ambiguïté")
    q.add_argument("duplicate", metavar="DOUBLON", help="la fiche rattachée puis supprimée")
    q.add_argument("--yes", action="store_true", help="confirme sans question (irréversible)")
    q.set_defaults(handler=cmd_members_merge)
