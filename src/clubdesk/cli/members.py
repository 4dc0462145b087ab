"""`clubdesk members add | join | list | search | merge | leave | sign | unsigned |
charter-version`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from clubdesk.cli.arguments import iso_date, whole_number
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


def cmd_members_add(args: argparse.Namespace) -> int:
    """members add "Prénom Nom" [--joined DATE]: a visitor, or a member from that day; a
    possible duplicate is refused unless --force (the window asks the same question)."""
    first, _, last = args.name.strip().partition(" ")
    with opened_club(args) as club:
        twins = club.members.possible_duplicates(first, last)
        if twins and not args.force:
            raise ClubdeskError("Une fiche ressemble déjà à « {name} » (n° {id}) : vérifiez, "
                                "puis relancez avec --force si c'est une autre personne.",
                                name=twins[0].display_name, id=twins[0].id)
        member = club.members.create(first, last_name=last.strip(),
                                     preferred_name=args.preferred_name,
                                     joined_on=args.joined)
    what = (f"membre depuis le {args.joined:%d/%m/%Y}" if args.joined else "visiteur")
    print(f"Fiche n° {member.id} créée : {first} {last}".rstrip() + f" ({what}).")
    return 0


def cmd_members_join(args: argparse.Namespace) -> int:
    """members join MEMBER --on DATE: opens a membership period (a visitor who joins, or a
    former member who comes back)."""
    with opened_club(args) as club:
        row = club.members.resolve(args.member)
        club.members.add_period(row.id, args.on)
    print(f"{row.display_name} (n° {row.id}) est membre depuis le {args.on:%d/%m/%Y}.")
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


def cmd_members_leave(args: argparse.Namespace) -> int:
    """members leave MEMBER --on DATE --reason R: the reason from the list only."""
    from clubdesk.model.exit_reasons import exit_reason_label

    with opened_club(args) as club:
        row = club.members.resolve(args.member)
        period = club.members.leave(row.id, args.on, args.reason)
    reason = exit_reason_label(period.leave_reason) if period.leave_reason else ""
    print(f"{row.display_name} (n° {row.id}) n'est plus membre depuis le "
          f"{args.on:%d/%m/%Y}" + (f" (motif : {reason})." if reason else "."))
    return 0


def cmd_members_sign(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.members.resolve(args.member)
        signature = club.charter.sign(row.id, args.on, args.version or "")
    print(f"{row.display_name} (n° {row.id}) a signé la charte (version {signature.version}) "
          f"le {signature.signed_on:%d/%m/%Y}.")
    return 0


def cmd_members_unsigned(args: argparse.Namespace) -> int:
    """Current members without a signature of the charter in force."""
    with opened_club(args) as club:
        version = club.charter.current_version()
        rows = club.charter.unsigned()
    if args.json:
        print_json({"charter_version": version, "members": [r.as_json() for r in rows]})
        return 0
    if not rows:
        print(f"Tous les membres actuels ont signé la charte (version {version}).")
        return 0
    print(f"Membres sans signature de la charte actuelle (version {version}) : {len(rows)}")
    _print_members(rows, False)
    return 0


def cmd_members_charter_version(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        if args.version is not None:
            club.charter.set_current_version(args.version)
        version = club.charter.current_version()
    print(f"Version actuelle de la charte : {version}")
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
    q = msub.add_parser("add", parents=[common],
                        help="crée une fiche : visiteur, ou membre avec --joined")
    q.add_argument("name", metavar="NOM", help="« Prénom Nom »")
    q.add_argument("--joined", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="le jour de l'adhésion (sans cette option : un visiteur)")
    q.add_argument("--preferred-name", default="", metavar="PRENOM",
                   help="le prénom d'usage")
    q.add_argument("--force", action="store_true",
                   help="crée la fiche même si une fiche lui ressemble")
    q.set_defaults(handler=cmd_members_add)
    q = msub.add_parser("join", parents=[common],
                        help="ouvre une adhésion (un visiteur qui adhère, un ancien qui revient)")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                   help="le jour de l'adhésion")
    q.set_defaults(handler=cmd_members_join)
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
    q = msub.add_parser("leave", parents=[common],
                        help="clôt l'adhésion en cours d'un membre, avec le motif de sortie")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ",
                   help="le jour du départ")
    q.add_argument("--reason", default="", metavar="MOTIF",
                   help="emploi, formation, autre structure, déménagement, raisons "
                        "personnelles, sans nouvelles ou autre (jamais de détail de santé)")
    q.set_defaults(handler=cmd_members_leave)
    q = msub.add_parser("sign", parents=[common],
                        help="enregistre une signature de la charte (toutes sont gardées)")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    q.add_argument("--on", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="la date de signature (aujourd'hui par défaut)")
    q.add_argument("--version", default="", metavar="VERSION",
                   help="la version signée (la version actuelle par défaut)")
    q.set_defaults(handler=cmd_members_sign)
    q = msub.add_parser("unsigned", parents=[common],
                        help="les membres actuels sans signature de la charte actuelle")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_members_unsigned)
    q = msub.add_parser("charter-version", parents=[common],
                        help="affiche ou change la version actuelle de la charte")
    q.add_argument("version", nargs="?", default=None, metavar="VERSION")
    q.set_defaults(handler=cmd_members_charter_version)
