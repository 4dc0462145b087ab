"""Every command of the command line, fed hostile arguments, answers with its output or one
sentence and an exit code (0, 1 or 2), never a traceback.

The commands are discovered from the argparse parser itself (cli.build_parser), so a new
command or argument is covered without touching this file; an argument of a type this file
does not know fails the test until a list of hostile values is given for it. Most cases run
in-process through cli.main(argv) (about 30 times faster than a process); the exact cases of
the issue, the non-UTF-8 bytes and the exit codes also run through the real `clubdesk`
script.
"""

from __future__ import annotations

import argparse
import errno
import io
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli import clubdesk as run_script

from clubdesk import cli
from clubdesk.cli import errors as cli_errors
from clubdesk.cli import members as cli_members
from clubdesk.cli import outings as cli_outings
from clubdesk.cli import production as cli_production

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

LONG = "a" * 60_000
CONTROL = "\x01\x1b[2J\x07\x7fnom"  # control characters, no NUL (argv cannot hold one)
NON_UTF8 = b"\xff\xfe".decode("utf-8", "surrogateescape")  # how Python receives such bytes
TRAVERSAL = "../../etc/passwd"
HUGE = "99999999999999999999999"

# Hostile values by kind of argument (see kind_of).
HOSTILE: dict[str, list[str]] = {
    "text": ["", LONG, CONTROL, NON_UTF8, TRAVERSAL, HUGE, "-1", "0"],
    "choice": ["", LONG, CONTROL, NON_UTF8],
    "number": [HUGE, "-99999999999", "0", "9" * 5000, "nan", ""],
    "seconds": ["nan", "inf", "-1", "0", "1e308"],
    "date": ["9999-12-31", "0001-01-01", "2026-02-30", "99999-01-01", ""],
    # --db, shared by every command (its empty value is the default database: no news)
    "database": [LONG, CONTROL, NON_UTF8, TRAVERSAL],
    "month": ["2026-13", "0000-01", "99999-01", "2026-1", LONG, ""],  # AAAA-MM
    "worker": ["=", "1=", "=2", "1=nan", "1=inf", "1=-1", f"1={HUGE}", f"{LONG}=2",
               f"{CONTROL}=1", "1=1e308"],  # MEMBRE=HEURES
    "cost": ["", "-1", "nan", "inf", "1e308", HUGE, "3,505", LONG, CONTROL],  # euros
}
# What a required argument gets when another argument is the hostile one.
SANE = {"date": "2026-11-23", "number": "2025", "text": "1", "month": "2026-11",
        "worker": "1=2", "cost": "3,50"}
# Commands whose plain form would open a window: given a server that answers nothing.
SANE_OPTIONS = {("connexion",): {"--host": "127.0.0.1", "--port": "9"}}
# stderr of a refusal or of argparse's usage: a few short lines.
MAX_STDERR = 3000


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
           ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable command of the parser: (its words, its parser)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for action in subs:
        for name, child in action.choices.items():
            yield from leaves(child, (*path, name))


def value_arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The arguments that take a value (not flags, help or version)."""
    return [a for a in parser._actions
            if a.nargs != 0 and not isinstance(a, (argparse._HelpAction,
                                                   argparse._VersionAction,
                                                   argparse._SubParsersAction))]


def kind_of(action: argparse.Action) -> str:
    if action.dest == "db":
        return "database"
    if action.choices:
        return "choice"
    kind = action.type
    if kind is None:
        return "text"
    if kind is cli.iso_date:
        return "date"
    if kind is cli.seconds:
        return "seconds"
    if kind is cli.record_id or getattr(kind, "__qualname__", "").startswith("whole_number"):
        return "number"
    if kind is cli_production.month:
        return "month"
    if kind is cli_production.worker:
        return "worker"
    if kind is cli_outings.cost:
        return "cost"
    raise AssertionError(f"{action.dest}: argument type {kind!r} unknown to this test: "
                         "add its hostile values to HOSTILE")


def name_of(action: argparse.Action) -> str:
    return action.option_strings[0] if action.option_strings else action.dest


def command_line(path: tuple[str, ...], parser: argparse.ArgumentParser,
                 hostile: argparse.Action | None = None, value: str = "") -> list[str]:
    """The command with its required arguments sane and ``hostile`` given ``value``."""
    positionals: list[str] = []
    options: dict[str, str] = dict(SANE_OPTIONS.get(path, {}))
    for action in value_arguments(parser):
        if action is hostile:
            given = value
        elif action.required or (not action.option_strings and action.nargs is None):
            kind = kind_of(action)
            given = action.choices and list(action.choices)[0] or SANE[
                "text" if kind == "choice" else kind]
            if action.dest == "to":
                given = "copie.sqlite3"
        else:
            continue
        if action.option_strings:
            options[action.option_strings[0]] = given
        else:
            positionals.append(given)
    argv = [*path, *positionals]
    for option, given in options.items():
        argv += [f"{option}={given}"]  # "=": a value starting with "-" stays a value
    return argv


COMMANDS = sorted(leaves(cli.build_parser()), key=lambda leaf: leaf[0])


def test_every_command_is_found() -> None:
    """The discovery sees the commands of the README (and so any new one)."""
    found = {" ".join(path) for path, _ in COMMANDS}
    assert {"checkin", "report", "followups due", "members search", "backup", "restore",
            "db encrypt", "users add", "audit list", "rota solve", "connexion"} <= found
    assert len(found) >= 30


@pytest.fixture
def demo_copy(demo_files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo club as the default database, signed in as the direction, run
    from a folder deep enough that ../../etc/passwd stays inside the test's folder, with no
    terminal to prompt on."""
    target = demo_files.copy(tmp_path / "data" / "clubdesk.sqlite3")
    cwd = tmp_path / "cwd" / "a" / "b"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("CLUBDESK_USER", "direction")
    monkeypatch.setenv("CLUBDESK_PASSWORD", "Direction-demo-2026")
    for name in ("CLUBDESK_NEW_PASSWORD", "CLUBDESK_NEW_PASSPHRASE", "CLUBDESK_PASSPHRASE",
                 "CLUBDESK_DB_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return target


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # argparse: --help 0, bad usage 2
        code = exit_.code if isinstance(exit_.code, int) else 0
    out, err = capsys.readouterr()
    return code, out, err


def check_answer(argv: list[str], code: int, out: str, err: str) -> None:
    shown = [a[:40] for a in argv]
    assert code in (0, 1, 2), (shown, code, err[-500:])
    assert "Traceback" not in err and "Traceback" not in out, (shown, err[-2000:])
    assert len(err) <= MAX_STDERR and err.count("\n") <= 12, (shown, err[:500])
    assert "erreur inattendue" not in err, (shown, err)  # each case has its own sentence
    if code == 1:
        assert err.splitlines()[-1].startswith("clubdesk : "), (shown, err)
    if code == 2:
        assert err.strip(), shown


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_hostile_arguments(path: tuple[str, ...], parser: argparse.ArgumentParser,
                           demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = [command_line(path, parser)]
    for action in value_arguments(parser):
        for value in HOSTILE[kind_of(action)]:
            runs.append(command_line(path, parser, action, value))
    runs.append([*command_line(path, parser), "--inconnue"])
    for argv in runs:
        code, out, err = run_main(argv, capsys)
        check_answer(argv, code, out, err)
    # nothing left beside the database but what the commands were asked to write
    assert not list(demo_copy.parent.glob("*.tmp"))


def test_hostile_runs_count() -> None:
    """How many runs the test above makes (the report of this work quotes it)."""
    total = sum(1 + 1 + sum(len(HOSTILE[kind_of(a)]) for a in value_arguments(p))
                for _, p in COMMANDS)
    assert 150 <= total <= 2000, total  # 720 before issue #19, 1224 after, 1797 after #20


# -- the issue's cases through the real script -----------------------------------------------


@pytest.mark.parametrize(("args", "code", "said"), [
    (["checkin", HUGE, "--date", "2026-11-20"], 1, "Aucun membre n'a le numéro"),
    (["report", "--year", "0"], 2, "entre 1900 et 2100"),
    (["report", "--year", "99999"], 2, "entre 1900 et 2100"),
    (["followups", "due", "--days", "99999999999"], 2, "entre 0 et 3650"),
    (["checkin", "1", "--date", "9999-12-31"], 2, "entre 1900 et 2100"),
    (["checkin", "1", "--date", "0001-01-01"], 2, "entre 1900 et 2100"),
    (["checkin", "1", "--date", "2026-02-30"], 2, "AAAA-MM-JJ"),
    (["followups", "due", "--staff", HUGE], 2, "n'est pas un numéro valable"),
    (["audit", "list", "--member", "-1"], 2, "n'est pas un numéro valable"),
    (["rota", "suggest", "--date", "2026-11-23", "--time-limit", "nan"], 2, "secondes"),
])
def test_issue_cases_are_one_sentence(demo_db: Path, args: list[str], code: int,
                                      said: str) -> None:
    done = run_script(*args, "--db", str(demo_db), check_rc=code)
    assert said in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith("clubdesk")


def test_a_60000_character_search_is_answered(demo_db: Path) -> None:
    done = run_script("members", "search", LONG, "--json", "--db", str(demo_db))
    assert done.stdout.strip() == "[]" and not done.stderr
    # the first 200 characters are what is searched: a name still matches after them
    found = run_script("members", "search", "lefèvre" + " " * 300 + "zzzz", "--json",
                       "--db", str(demo_db))
    assert "Lefèvre" in found.stdout


def test_a_60000_character_member_is_refused_in_one_short_line(demo_db: Path) -> None:
    done = run_script("checkin", LONG, "--date", "2026-11-20", "--db", str(demo_db),
                      check_rc=1)
    assert "Personne ne correspond" in done.stderr
    assert done.stderr.count("\n") == 1 and len(done.stderr) < 500


@pytest.mark.parametrize("args", [
    [b"checkin", b"\xff\xfe", b"--date", b"2026-11-20"],
    [b"members", b"search", b"caf\xe9"],  # latin-1, not UTF-8
    [b"export", b"\xff.zip"],
    [b"--db", b"\xff\xfe.sqlite3", b"members", b"list"],
])
def test_non_utf8_arguments_are_refused(demo_db: Path, args: list[bytes],
                                        tmp_path: Path) -> None:
    import os
    import sys

    script = Path(sys.executable).with_name("clubdesk")
    env = {**os.environ, "CLUBDESK_DB": str(demo_db), "CLUBDESK_USER": "direction",
           "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    done = subprocess.run([bytes(script), *args], capture_output=True, env=env, cwd=cwd,
                          timeout=60)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert "UTF-8" in err and "Traceback" not in err and err.count("\n") == 1
    assert not done.stdout and list(cwd.iterdir()) == []  # nothing written


def test_control_characters_never_reach_the_terminal(demo_db: Path) -> None:
    done = run_script("checkin", "\x1b[2J\x07Paul", "--date", "2026-11-20",
                      "--db", str(demo_db), check_rc=1)
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "[2J" in done.stderr and "Paul" in done.stderr


# -- the last-resort guard of main() ---------------------------------------------------------


def test_an_unexpected_error_is_one_sentence_and_logged_without_personal_data(
        demo_copy: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path) -> None:
    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("Jeanne Martin, suivi psychiatrique")  # a message with data

    monkeypatch.setattr(cli_members, "cmd_members_list", broken)
    code, out, err = run_main(["members", "list"], capsys)
    assert code == 1 and not out
    assert err.startswith("clubdesk : Une erreur inattendue") and err.count("\n") == 1
    assert "RuntimeError" in err and "Jeanne" not in err and "Traceback" not in err
    log = (isolated_data_dir / cli_errors.LOG_NAME).read_text(encoding="utf-8")
    assert str(isolated_data_dir / cli_errors.LOG_NAME) in err
    assert "RuntimeError" in log and "__init__.py" in log and "in main" in log
    assert "broken" in log
    assert "Jeanne" not in log and "psychiatrique" not in log


@pytest.mark.parametrize(("error", "said"), [
    (OSError(errno.ENOSPC, "No space left on device", "/x/sauvegarde.zip"), "disque est plein"),
    (sqlite3.OperationalError("database or disk is full"), "disque est plein"),
    (sqlite3.OperationalError("database is locked"), "occupée par un autre programme"),
    (OSError(errno.EACCES, "Permission denied", "/x/club.zip"), "Accès refusé à « /x/club.zip"),
    (OSError(errno.ENAMETOOLONG, "File name too long", LONG), "trop long"),
    (OSError(errno.EIO, "Input/output error"), "(EIO)"),
    (MemoryError(), "mémoire"),
    (KeyboardInterrupt(), "interrompu"),
])
def test_system_failures_have_their_own_sentence(
        demo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        isolated_data_dir: Path, error: BaseException, said: str) -> None:
    def failing(args: argparse.Namespace) -> int:
        raise error

    monkeypatch.setattr(cli_members, "cmd_members_list", failing)
    code, out, err = run_main(["members", "list"], capsys)
    assert code == 1 and said in err and err.count("\n") == 1 and len(err) < 500
    assert "No space" not in err and "Permission" not in err  # French, not the system's
    assert not (isolated_data_dir / cli_errors.LOG_NAME).exists()  # explained: no log


def test_a_real_full_disk_under_stdout(demo_db: Path, small_disk, tmp_path: Path) -> None:
    """`clubdesk members list --json > full-disk/out.json`: the full-disk sentence, exit 1,
    no message of Python's own at exit."""
    import os
    import sys

    disk = small_disk(8)
    script = Path(sys.executable).with_name("clubdesk")
    env = {**os.environ, "CLUBDESK_DB": str(demo_db), "CLUBDESK_USER": "direction",
           "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    with (disk / "out.json").open("wb") as out:
        done = subprocess.run([str(script), "members", "list", "--json"], stdout=out,
                              stderr=subprocess.PIPE, env=env, timeout=60)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert err == f"clubdesk : {cli_errors.DISK_FULL}\n"


def test_a_locked_database_is_one_sentence(demo_db: Path) -> None:
    """Another program holds the write lock past the wait (5 s): one sentence, exit 1."""
    holder = sqlite3.connect(demo_db, timeout=0)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        done = run_script("checkin", "1", "--date", "2026-11-20", "--db", str(demo_db),
                          check_rc=1)
    finally:
        holder.rollback()
        holder.close()
    assert "occupée" in done.stderr and done.stderr.count("\n") == 1
