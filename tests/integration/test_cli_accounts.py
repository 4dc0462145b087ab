"""Through the real command line (issue 16): an exported club imported elsewhere is never
locked (`import --admin`, `users reset`, first sign-in with a one-time code), an import
writes only what the importer's role may write, and `members merge`."""

from __future__ import annotations

import itertools
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

from test_cli import clubdesk

NEW, OTHER = "Nouveau-secret-2026", "Autre-secret-2026"
ONE_TIME = re.compile(r"Code à usage unique pour « equipe » : (([A-Z2-9]{4}-){4}[A-Z2-9]{4})")
RECOVERY = re.compile(r"Code de secours du club : ")


_steps = itertools.count(1)


def signed(user: str, password: str, **extra: str) -> dict[str, str]:
    """Signed in as ``user``, a minute after the previous command: each process starts its
    clock at CLUBDESK_NOW, so a failure must not look like it happened in the future."""
    at = datetime(2026, 11, 23, 10, 0) + timedelta(minutes=next(_steps))
    return {"CLUBDESK_USER": user, "CLUBDESK_PASSWORD": password,
            "CLUBDESK_NOW": at.isoformat(), **extra}


def accounts(db: str, env: dict[str, str]) -> str:
    return clubdesk("users", "list", "--db", db, env=env).stdout


def test_import_admin_then_users_reset_unlock_an_exported_club(new_db, tmp_path: Path) -> None:
    source = new_db("source", kind="demo")
    clubdesk("export", str(tmp_path / "export"), "--db", source)
    target = new_db("target")

    # no --admin: refused with the way to proceed, nothing written (no account, no member)
    refused = clubdesk("import", str(tmp_path / "export"), "--db", target, check_rc=1)
    assert "Relancez avec --admin IDENTIFIANT" in refused.stderr
    assert "« direction »" in refused.stderr and refused.stderr.count("\n") == 1
    assert clubdesk("members", "list", "--json", "--db", target).stdout.strip() == "[]"
    assert accounts(target, {}) == ""
    # a weak password is refused before anything is written
    weak = clubdesk("import", str(tmp_path / "export"), "--db", target, "--admin", "direction",
                    check_rc=1, env={"CLUBDESK_NEW_PASSWORD": "faible"})
    assert "trop faible" in weak.stderr
    assert accounts(target, {}) == ""

    done = clubdesk("import", str(tmp_path / "export"), "--db", target, "--admin", "direction",
                    env={"CLUBDESK_NEW_PASSWORD": NEW}).stdout
    assert "« direction » (direction) a le mot de passe choisi." in done
    assert "2 comptes sans mot de passe (accueil, equipe) : donnez à chacun" in done
    assert RECOVERY.search(done)  # the club's first accounts: its recovery code, once

    # the direction signs in with the password chosen (never the old club's)
    listed = accounts(target, signed("direction", NEW))
    assert "sans mot de passe" in listed
    old = clubdesk("members", "list", "--db", target, check_rc=1,
                   env=signed("direction", "Direction-demo-2026"))
    assert "incorrect" in old.stderr

    # equipe: a one-time code from the direction, then a password of its own
    issued = clubdesk("users", "reset", "equipe", "--db", target,
                      env=signed("direction", NEW)).stdout
    code = ONE_TIME.search(issued).group(1)
    assert "7 jours" in issued
    assert "code à usage unique en attente" in accounts(target, signed("direction", NEW))
    scripted = clubdesk("members", "list", "--db", target, check_rc=1,
                        env=signed("equipe", code))
    assert "clubdesk users passwd equipe" in scripted.stderr
    assert scripted.stderr.count("\n") == 1
    weak = clubdesk("users", "passwd", "equipe", "--db", target, check_rc=1,
                    env=signed("equipe", code, CLUBDESK_NEW_PASSWORD="faible"))
    assert "trop faible" in weak.stderr
    chosen = clubdesk("users", "passwd", "equipe", "--db", target,
                      env=signed("equipe", code, CLUBDESK_NEW_PASSWORD=OTHER))
    assert "choisi" in chosen.stdout
    rows = json.loads(clubdesk("members", "list", "--json", "--db", target,
                               env=signed("equipe", OTHER)).stdout)
    assert len(rows) > 10
    # the code is consumed
    again = clubdesk("members", "list", "--db", target, check_rc=1, env=signed("equipe", code))
    assert "incorrect" in again.stderr
    # equipe may not issue codes
    refused = clubdesk("users", "reset", "accueil", "--db", target, check_rc=1,
                       env=signed("equipe", OTHER))
    assert "rôle" in refused.stderr


def test_import_as_equipe_cannot_make_itself_direction(new_db, tmp_path: Path) -> None:
    db = new_db("club", kind="demo")
    attack = tmp_path / "attack"
    attack.mkdir()
    (attack / "users.csv").write_text("username,display_name,role,disabled\nchef,X,direction,no\n",
                                      encoding="utf-8")
    (attack / "structure.csv").write_text("key,value\nname,Club pirate\n", encoding="utf-8")
    equipe = signed("equipe", "Equipe-demo-2026")
    out = clubdesk("import", str(attack), "--merge", "--db", db, check_rc=1, env=equipe)
    assert out.stderr.strip() == (
        "clubdesk : Votre rôle (équipe) ne permet pas d'importer : structure.csv, users.csv. "
        "Rien n'a été enregistré ; retirez ces fichiers ou demandez à la direction de faire "
        "l'import.")
    assert "chef" not in accounts(db, {})
    # the direction may
    done = clubdesk("import", str(attack), "--merge", "--db", db).stdout
    assert "users.csv : 1 ligne créée\n" in done
    assert "1 compte sans mot de passe (chef) : donnez-lui" in done


def _two_members(db: str) -> tuple[dict, dict]:
    rows = json.loads(clubdesk("members", "list", "--json", "--db", db).stdout)
    return rows[0], rows[1]


def test_members_merge_asks_for_yes_and_follows_roles(new_db) -> None:
    db = new_db("club", kind="demo")
    keep, other = _two_members(db)
    before = len(json.loads(clubdesk("members", "list", "--json", "--db", db).stdout))
    accueil = clubdesk("members", "merge", str(keep["id"]), str(other["id"]), "--yes",
                       "--db", db, check_rc=1, env=signed("accueil", "Accueil-demo-2026"))
    assert "rôle" in accueil.stderr and accueil.stdout == ""
    same = clubdesk("members", "merge", str(keep["id"]), str(keep["id"]), "--db", db,
                    check_rc=1)
    assert "elle-même" in same.stderr
    shown = clubdesk("members", "merge", str(keep["id"]), str(other["id"]), "--db", db,
                     check_rc=1, env=signed("equipe", "Equipe-demo-2026"))
    assert f"Fiche gardée n° {keep['id']}" in shown.stdout
    assert f"Fiche rattachée puis supprimée n° {other['id']}" in shown.stdout
    assert shown.stderr.strip() == ("clubdesk : La fusion ne peut pas être annulée : relancez "
                                    "avec --yes pour confirmer (rien n'a été fusionné).")
    assert len(json.loads(clubdesk("members", "list", "--json", "--db", db).stdout)) == before

    done = clubdesk("members", "merge", str(keep["id"]), str(other["id"]), "--yes", "--db", db,
                    env=signed("equipe", "Equipe-demo-2026"))
    assert "Fiches fusionnées" in done.stdout
    ids = {r["id"] for r in json.loads(clubdesk("members", "list", "--json", "--db",
                                                db).stdout)}
    assert keep["id"] in ids and other["id"] not in ids and len(ids) == before - 1
    gone = clubdesk("members", "merge", str(keep["id"]), str(other["id"]), "--yes", "--db", db,
                    check_rc=1)
    assert "Traceback" not in gone.stderr and gone.stderr.count("\n") == 1
