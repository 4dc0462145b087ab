"""What the command line says when a command cannot finish: one French sentence, never a
traceback (README: exit 1 refused, 2 bad usage).

``explain`` turns any exception into that sentence. Refusals of the core (ClubdeskError) are
already sentences; a full disk, a locked database and the usual file-system errors get
their own; anything else is "an unexpected error", whose technical detail (exception type
and the code's file/line/function, never the message nor any value: those may hold
personal data) goes to ``errors.log`` in the data directory.

Values echoed back (a path, a name typed) are shortened and stripped of control characters:
a 60,000-character argument gives a short answer, and no escape sequence reaches the
terminal.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import traceback
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clubdesk.model.errors import ClubdeskError, render

MAX_VALUE = 300  # characters of one echoed value (a long real path fits)
MAX_MESSAGE = 1000  # characters of a whole sentence
MAX_LOG_BYTES = 512 * 1024
LOG_NAME = "errors.log"

DISK_FULL = ("Le disque est plein : la commande s'est arrêtée avant la fin et ce qu'elle "
             "écrivait n'a pas été enregistré. Libérez de la place, puis recommencez.")
LOCKED = ("La base est occupée par un autre programme : rien n'a été enregistré. Réessayez "
          "dans un instant.")
NOT_UTF8 = ("Un argument n'est pas du texte lisible (UTF-8) : vérifiez l'encodage du terminal "
            "ou le nom du fichier.")


def shorten(value: str, limit: int = MAX_VALUE) -> str:
    """``value`` on one line, without control characters, at most ``limit`` characters."""
    clean = "".join("\N{REPLACEMENT CHARACTER}" if unicodedata.category(c) in ("Cc", "Cs")
                    else c for c in value)
    if len(clean) <= limit:
        return clean
    tail = limit // 4
    return clean[:limit - tail - 1] + "…" + clean[-tail:]


def printable_message(text: str, limit: int = MAX_MESSAGE) -> str:
    """A sentence to print: long runs without spaces cut, control characters replaced, the
    whole at most ``limit`` characters (newlines kept: a few refusals list lines)."""
    lines = [re.sub(r"\S{" + str(MAX_VALUE + 1) + ",}", lambda m: shorten(m.group()), line)
             for line in text.split("\n")]
    return "\n".join(shorten(line, limit) for line in lines[:20])


def undecodable(arguments: Sequence[str]) -> bool:
    """True when an argument was not UTF-8 on the command line (Python keeps such bytes as
    lone surrogates, which no file, database or terminal output accepts)."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 20:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _driver_message(exc: BaseException) -> str:
    """The lower-case text of a database driver's error (sqlite3 or SQLAlchemy), else ''."""
    if type(exc).__name__ not in ("OperationalError", "DatabaseError"):
        return ""
    return str(getattr(exc, "orig", exc)).lower()


def _refusal(exc: ClubdeskError) -> str:
    params = {k: shorten(v) if isinstance(v, str) and len(v) > MAX_VALUE else v
              for k, v in exc.params.items()}
    return render(exc.template, params) if params else str(exc)


def _os_sentence(exc: OSError) -> str:
    path = exc.filename if isinstance(exc.filename, str) else None
    where = shorten(path) if path else ""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DISK_FULL
    if where:
        if code == errno.ENAMETOOLONG:
            return render("Le nom « {path} » est trop long pour le système.", {"path": where})
        if code == errno.ENOENT:
            return render("« {path} » n'existe pas.", {"path": where})
        if code in (errno.EACCES, errno.EPERM):
            return render("Accès refusé à « {path} ».", {"path": where})
        if code == errno.EROFS:
            return render("« {path} » est sur un disque en lecture seule : rien n'a été "
                          "enregistré.", {"path": where})
        if code == errno.EISDIR:
            return render("« {path} » est un dossier, pas un fichier.", {"path": where})
        if code == errno.ENOTDIR:
            return render("Dans « {path} », un élément du chemin n'est pas un dossier.",
                          {"path": where})
        if code == errno.EEXIST:
            return render("« {path} » existe déjà.", {"path": where})
    name = errno.errorcode.get(code or 0, "") or type(exc).__name__
    if where:
        return render("Le système a refusé l'opération sur « {path} » ({code}).",
                      {"path": where, "code": name})
    return render("Le système a refusé l'opération ({code}).", {"code": name})


def explain(exc: BaseException, *, command: str = "") -> str:
    """One French sentence for any exception (ClubdeskError, full disk, locked database,
    file-system error, anything else: the latter's detail goes to the log)."""
    if isinstance(exc, ClubdeskError):
        return printable_message(_refusal(exc))
    if isinstance(exc, KeyboardInterrupt):
        return "interrompu."
    chain = _chain(exc)
    for link in chain:
        message = _driver_message(link)
        if isinstance(link, OSError) and link.errno in (errno.ENOSPC, errno.EDQUOT) or (
                "disk is full" in message or "no space left" in message):
            return DISK_FULL
        if "locked" in message or "busy" in message:
            return LOCKED
    if isinstance(exc, OSError):
        return printable_message(_os_sentence(exc))
    if isinstance(exc, MemoryError):
        return "La mémoire de l'ordinateur ne suffit pas pour cette commande."
    log = write_log(exc, command)
    if log is None:
        return render("Une erreur inattendue a arrêté la commande ({kind}).",
                      {"kind": type(exc).__name__})
    return render("Une erreur inattendue a arrêté la commande ({kind}) ; le détail technique "
                  "(sans donnée personnelle) est noté dans {log}.",
                  {"kind": type(exc).__name__, "log": str(log)})


def log_entry(exc: BaseException, command: str) -> str:
    """The technical detail of an unexpected error: the exception's type and where in the
    code, frame by frame. Never its message nor any value (personal data)."""
    from clubdesk import __version__
    from clubdesk.model import clock

    lines = [f"{clock.now().isoformat(timespec='seconds')} clubdesk {__version__} "
             f"{command or '?'}"]
    for link in reversed(_chain(exc)):
        lines.append(f"  {type(link).__module__}.{type(link).__qualname__}")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f"    {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write_log(exc: BaseException, command: str) -> Path | None:
    """Append the entry to errors.log in the data directory (the previous log kept as
    errors.log.1 past 512 KiB); None when it cannot be written (a full disk...)."""
    from clubdesk import paths

    try:
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / LOG_NAME
        if log.exists() and log.stat().st_size > MAX_LOG_BYTES:
            log.replace(folder / (LOG_NAME + ".1"))
        with log.open("a", encoding="utf-8") as out:
            out.write(log_entry(exc, command))
        return log
    except Exception:  # noqa: BLE001 - the sentence is said even when the log cannot be
        return None


def settle_stdout() -> None:
    """Output that cannot be written (stdout on a full disk) is dropped, so that Python's
    last flush at exit does not print its own traceback after our sentence."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)


def say_error(sentence: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr closed or gone
        print(f"clubdesk : {sentence}", file=sys.stderr)


def refuse(exc: BaseException, *, command: str = "") -> int:
    """Say ``exc`` in one sentence on stderr; the exit code (1: refused)."""
    say_error(explain(exc, command=command))
    return 1


def parser_error(prog: str, message: str) -> str:
    """argparse's complaint, shortened: a 60,000-character value is echoed in 300."""
    return f"{prog} : {printable_message(message)}\n"


def args_command(args: Any) -> str:
    """The command's name for the log (the handler's, never an argument's value)."""
    handler = getattr(args, "handler", None)
    name = getattr(handler, "__name__", "")
    action = getattr(args, "action", None)
    return f"{name} {action}" if isinstance(action, str) else name
