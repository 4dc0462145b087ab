"""`clubdesk retention list | apply` (CNIL retention periods) and `clubdesk member-erase`
(the right to erasure)."""

from __future__ import annotations

import argparse
from typing import Any

from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count
from clubdesk.model.errors import ClubdeskError


def cmd_retention(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    with opened_club(args) as club:
        today = clock.today()
        if args.action == "list":
            for title, rows in (("À archiver (sans contact depuis longtemps)",
                                 club.retention.to_archive(today)),
                                ("À anonymiser (archive expirée)",
                                 club.retention.to_anonymise(today))):
                print(f"{title} : {len(rows)}")
                for r in rows:
                    seen = f"dernier contact {r.last_contact:%d/%m/%Y}" if r.last_contact \
                        else "jamais de contact noté"
                    print(f"  {r.member_id:>6}  {r.name}  ({seen})")
            return 0
        archived, anonymised = club.retention.apply(today)
        print(f"{count(archived, 'fiche archivée', 'fiches archivées')}, "
              f"{count(anonymised, 'fiche anonymisée', 'fiches anonymisées')}.")
        return 0


def cmd_member_erase(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        if not args.yes:
            raise ClubdeskError("L'effacement de la fiche n° {member_id} ne peut pas être "
                                "annulé : relancez avec --yes pour confirmer.",
                                member_id=member.id)
        club.retention.erase(member.id, clock.today())
    print(f"La fiche n° {member.id} est anonymisée : identité, contacts et notes effacés ; "
          "les chiffres des rapports sont gardés.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("retention", parents=[common],
                       help="durées de conservation (CNIL) : archiver, anonymiser")
    rsub = p.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    rsub.add_parser("list", parents=[common], help="les fiches à archiver ou à anonymiser")
    rsub.add_parser("apply", parents=[common], help="archive et anonymise ce qui est dû")
    p.set_defaults(handler=cmd_retention)
    p = sub.add_parser("member-erase", parents=[common],
                       help="droit à l'effacement : anonymise une fiche tout de suite")
    p.add_argument("member", metavar="MEMBRE")
    p.add_argument("--yes", action="store_true", help="confirme (irréversible)")
    p.set_defaults(handler=cmd_member_erase)
