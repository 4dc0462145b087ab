"""`clubdesk backup` and `clubdesk restore`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from clubdesk.cli.club_access import opened_club
from clubdesk.model.errors import ClubdeskError


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.storage.backup import replaced_note

    with opened_club(args) as club:
        path = club.backups.make(Path(args.dest) if args.dest else None)
    print(path)
    note = replaced_note(path)  # a second backup the same day takes the first one's place
    if note:
        print(note, file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Every check runs before the club is touched; a backup of another club, or one
    without a manifest, needs its option and a confirmation in words."""
    from pathlib import Path

    from clubdesk.model.storage.backup_manifest import RestoreNeedsConfirmation

    backup = Path(args.file).expanduser().resolve()
    with opened_club(args) as club:
        other = bool(args.other_club)
        unverified = bool(args.without_manifest)
        try:
            club.backups.check_backup(backup, other_club=other, without_manifest=unverified)
        except RestoreNeedsConfirmation as exc:
            option = "--other-club" if exc.kind == "other_club" else "--without-manifest"
            raise ClubdeskError(f"{exc} Option : {option}.") from exc
        if other or unverified:
            _confirm_restore(args, backup)
        mine = club.backups.identity()
        aside = club.backups.restore(backup, other_club=other, without_manifest=unverified)
        again = club.backups.identity()
    undo = f"clubdesk restore {aside}" + (" --other-club" if mine != again else "")
    print(f"Sauvegarde restaurée. L'ancienne base est gardée dans {aside} "
          f"(pour annuler : {undo}).")
    return 0


def _confirm_restore(args: argparse.Namespace, backup: Any) -> None:
    """The word REMPLACER typed on a terminal, or --yes in a script."""
    if args.yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise ClubdeskError("Cette restauration remplace tout le club : confirmez avec --yes "
                            "(rien n'a été restauré).")
    answer = input(f"Remplacer tout le club par {backup.name} ? Tapez REMPLACER pour "
                   "confirmer : ").strip()
    if answer != "REMPLACER":
        raise ClubdeskError("Restauration abandonnée : rien n'a été changé.")


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="fait une sauvegarde vérifiée maintenant et affiche son chemin")
    p.add_argument("dest", nargs="?", metavar="DOSSIER")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help="restaure une sauvegarde (l'ancienne base est gardée de côté)")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("--other-club", action="store_true",
                   help="la sauvegarde est celle d'un autre club : la restaurer quand même")
    p.add_argument("--without-manifest", action="store_true",
                   help="une ancienne sauvegarde sans manifeste : la restaurer quand même")
    p.add_argument("--yes", action="store_true",
                   help="confirme sans question (avec --other-club ou --without-manifest)")
    p.set_defaults(handler=cmd_restore)
