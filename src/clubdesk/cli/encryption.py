"""`clubdesk db encrypt | decrypt | rekey`: the SQLite file's encryption, and its backups."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count
from clubdesk.model.errors import ClubdeskError


def cmd_db_crypto(args: argparse.Namespace) -> int:
    """db encrypt / decrypt / rekey: direction only once the club has accounts. Encrypting
    (or changing the key) converts every existing backup of the club too: no plain copy of
    an encrypted club is left in its backup folders."""
    from clubdesk.model.access import require
    from clubdesk.model.storage import encryption
    from clubdesk.model.storage.backup import convert_backups

    with opened_club(args) as club:
        require(club.actor, "direction")
        path = club.db.path
        current = club.db.passphrase
        copies = club.backups.own_files() if path is not None else []
        second = club.backups.second_folder()
    if path is None:
        raise ClubdeskError("Le chiffrement concerne une base SQLite (un fichier).")
    if args.action == "encrypt":
        key = _new_passphrase()
        encryption.encrypt(path, key)
        print(f"La base {path} est maintenant chiffrée. Gardez la phrase de passe en lieu sûr : "
              "sans elle, personne ne pourra l'ouvrir.")
        _say_backups(convert_backups(copies, None, key), second)
    elif args.action == "decrypt":
        if current is None:
            raise ClubdeskError(f"La base {path} n'est pas chiffrée.")
        encryption.decrypt(path, current)
        print(f"La base {path} n'est plus chiffrée.")
        if len(copies) == 1:
            print("Sa sauvegarde existante reste chiffrée avec l'ancienne phrase de passe (elle "
                  "ne peut pas être restaurée dans la base déchiffrée) ; les prochaines "
                  "sauvegardes ne seront pas chiffrées.")
        elif copies:
            print(f"Ses {len(copies)} sauvegardes et copies existantes restent chiffrées "
                  "avec l'ancienne phrase de passe (elles ne peuvent pas être restaurées dans "
                  "la base déchiffrée) ; les prochaines sauvegardes ne seront pas chiffrées.")
    else:
        if current is None:
            raise ClubdeskError(f"La base {path} n'est pas chiffrée : utilisez db encrypt.")
        key = _new_passphrase()
        encryption.rekey(path, current, key)
        print(f"La phrase de passe de {path} a été changée.")
        _say_backups(convert_backups(copies, current, key), second)
    return 0


def _say_backups(done: Any, second: Any) -> None:
    """What `db encrypt` / `db rekey` did to the existing backups, in words."""
    if done.converted:
        print(count(len(done.converted), "sauvegarde existante protégée",
                    "sauvegardes existantes protégées") + " avec la nouvelle phrase de passe.")
    if done.removed:
        names = ", ".join(p.name for p in done.removed)
        if len(done.removed) == 1:
            print(f"1 sauvegarde non chiffrable supprimée (plutôt que laissée lisible) : {names}.")
        else:
            print(f"{len(done.removed)} sauvegardes non chiffrables supprimées (plutôt que "
                  f"laissées lisibles) : {names}.")
    if second is not None and not second.is_dir():
        print(f"Le second dossier de sauvegarde ({second}) n'est pas branché : ses copies "
              "n'ont pas été changées. Relancez la commande quand il est branché.")


def _new_passphrase() -> str:
    """CLUBDESK_NEW_PASSPHRASE, or asked twice on a terminal."""
    import getpass
    import os

    value = os.environ.get("CLUBDESK_NEW_PASSPHRASE")
    if value:
        return str(value)
    if not sys.stdin.isatty():
        raise ClubdeskError("Donnez la nouvelle phrase de passe avec CLUBDESK_NEW_PASSPHRASE.")
    first = getpass.getpass("Nouvelle phrase de passe : ")
    if getpass.getpass("Encore une fois : ") != first:
        raise ClubdeskError("Les deux phrases de passe ne sont pas les mêmes.")
    return first
