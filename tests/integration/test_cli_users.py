"""`clubdesk users`: the first account prints the club's recovery code; `users recovery`
gives the direction a way back in without signing in (issue 12)."""

from __future__ import annotations

import re

from test_cli import clubdesk

CODE = re.compile(r"Code de secours du club : (([A-Z2-9]{4}-){4}[A-Z2-9]{4})")
OLD, NEW = "Mot-de-passe-2026", "Nouveau-secret-2026"


def as_anne(password: str, **extra: str) -> dict[str, str]:
    return {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": password, **extra}


def test_users_first_account_prints_a_recovery_code_that_resets_the_password(new_db) -> None:
    db = new_db("c")
    out = clubdesk("users", "add", "anne", "--role", "direction", "--db", db,
                   env={"CLUBDESK_NEW_PASSWORD": OLD}).stdout
    found = CODE.search(out)
    assert found and "papier" in out
    code = found.group(1)
    # the second account is no first account: no code
    out = clubdesk("users", "add", "lea", "--role", "accueil", "--db", db,
                   env=as_anne(OLD, CLUBDESK_NEW_PASSWORD=OLD)).stdout
    assert CODE.search(out) is None

    # the password is lost: the code, no sign-in
    wrong = clubdesk("users", "recovery", "anne", "--db", db, check_rc=1,
                     env={"CLUBDESK_RECOVERY_CODE": "AAAA-BBBB-CCCC-DDDD-EEEE",
                          "CLUBDESK_NEW_PASSWORD": NEW})
    assert wrong.stderr.strip() == "clubdesk : Code de secours ou identifiant incorrect."
    done = clubdesk("users", "recovery", "anne", "--db", db,
                    env={"CLUBDESK_RECOVERY_CODE": code, "CLUBDESK_NEW_PASSWORD": NEW})
    following = CODE.search(done.stdout)
    assert following and following.group(1) != code
    assert "anne" in clubdesk("users", "list", "--db", db, env=as_anne(NEW)).stdout
    # the code used is gone
    again = clubdesk("users", "recovery", "anne", "--db", db, check_rc=1,
                     env={"CLUBDESK_RECOVERY_CODE": code, "CLUBDESK_NEW_PASSWORD": OLD})
    assert "Traceback" not in again.stderr and again.stderr.count("\n") == 1

    # the direction may issue a new code: the previous one stops working
    issued = clubdesk("users", "recovery", "--new", "--db", db, env=as_anne(NEW)).stdout
    newest = CODE.search(issued)
    assert newest and newest.group(1) != following.group(1)
    refused = clubdesk("users", "recovery", "anne", "--db", db, check_rc=1,
                       env={"CLUBDESK_RECOVERY_CODE": following.group(1),
                            "CLUBDESK_NEW_PASSWORD": OLD})
    assert "incorrect" in refused.stderr or "attendez" in refused.stderr
    # reception may not issue one
    lea = clubdesk("users", "recovery", "--new", "--db", db, check_rc=1,
                   env={"CLUBDESK_USER": "lea", "CLUBDESK_PASSWORD": OLD})
    assert "rôle" in lea.stderr


def test_users_recovery_without_a_code_on_a_pipe_is_one_sentence(new_db) -> None:
    db = new_db("c")
    clubdesk("users", "add", "anne", "--role", "direction", "--db", db,
             env={"CLUBDESK_NEW_PASSWORD": OLD})
    out = clubdesk("users", "recovery", "anne", "--db", db, check_rc=1)
    assert out.stderr.strip() == "clubdesk : Donnez le code de secours avec CLUBDESK_RECOVERY_CODE."
