"""Issue #17, item 5: give src/clubdesk/model/ packages named for what they hold.

Run from the root of a clubdesk checkout (a clean tree is best: the moves are ``git mv``)::

    python3 packaging/restructure_model.py          # moves, rewrites, then ruff on the changes
    python3 packaging/restructure_model.py --check  # says what it would do (exit 1 if anything)

Idempotent: a second run finds nothing to move or rewrite and changes nothing. It works on a
tree where other files (new ones too, committed or not) still use the old names: every text
file under src/, tests/, packaging/, docs/ and README.md, pyproject.toml, alembic.ini, Makefile
is read, and

- ``from clubdesk.model import a, b, c`` (one line or parenthesised, several names, some
  moving) is split into one import per package; each alias keeps its trailing comment;
- ``from clubdesk.model.OLD import X`` and ``import clubdesk.model.OLD`` name the new module;
- a module imported by a name that changes (``from clubdesk.model import placement``) is
  renamed in the body of the file (``placement.check_local`` -> ``local_disk.check_local``),
  only where that is safe: when the file binds the old name otherwise, or already uses the
  new one, the import keeps the old name as an alias (``import seal as audit_seal``) and the
  script says so;
- every other dotted name ``clubdesk.model.OLD`` (strings given to monkeypatch or
  mock.patch, logger names, docstrings, docs) and every path ``model/OLD.py`` is rewritten.

Then ``ruff check --fix --select I`` sorts the imports of the Python files it changed.
Translation catalogues (resources/translations/*.ts) are left alone: their <location> lines
are refreshed by ``packaging/translations.py update``; they are not read at run time.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path.cwd()
MODEL_DIR = Path("src/clubdesk/model")
PREFIX = "clubdesk.model"

# old module (under clubdesk.model) -> new module (under clubdesk.model)
MOVES: dict[str, str] = {
    # storage: the database itself, how it is opened, protected, copied and identified
    "db": "storage.db",
    "dialect": "storage.dialect",
    "encryption": "storage.encryption",
    "server": "storage.server",
    "server_roles": "storage.server_roles",
    "placement": "storage.local_disk",
    "private_files": "storage.private_files",
    "club_identity": "storage.club_identity",
    "fresh": "storage.optimistic_lock",
    "transfer": "storage.transfer",
    "backup": "storage.backup",
    "backup_manifest": "storage.backup_manifest",
    # audit: the trail, its hash chain, its seal, its verification
    "audit": "audit.trail",
    "audit_chain": "audit.chain",
    "audit_seal": "audit.seal",
    "audit_verify": "audit.verify",
    # accounts: passwords, signing in, one-time codes, the recovery code
    "users": "accounts.users",
    "recovery": "accounts.recovery",
    "one_time": "accounts.one_time",
    # names that said something else than what the module holds
    "text": "search_folding",
    "paths": "career_paths",
    "day_rota": "rota.day",
    # the annual table for the ARS: the registry, the indicators, their wording, the year's data
    "indicators": "annual.indicators",
    "indicator_registry": "annual.registry",
    "indicator_text": "annual.wording",
    "year_data": "annual.year_data",
}

NEW_PACKAGES: dict[str, str] = {
    "annual": '''"""The annual table the club sends to its funder (§11 of DGCS/SD3B/2022/195).

registry: what an indicator is (key, label, definition, kind, section, position) and the one
list of them; indicators: each indicator's entry and computation; year_data: the year's rows,
read once; wording: the one summary and detail lines of a value (documents and screen).
"""
''',
    "storage": '''"""Where the club's data lives and how it is kept safe.

Opening the database and its migrations (db; dialect: what differs between SQLite and
PostgreSQL), the desk's server settings and the server's own roles (server, server_roles),
encryption at rest (encryption), the local-disk rule for a SQLite file (local_disk), files
readable by this account only (private_files), the club's identity (club_identity),
optimistic locking of a record saved from a stale screen (optimistic_lock), backups and
their manifests (backup, backup_manifest) and copying a club to another database
(transfer). No service of the club's day lives here.
"""
''',
    "audit": '''"""The audit trail: who read or changed which record, and when; never the content.

trail: the service and the ``read`` entries; chain: the hash chain and the hooks that record
every write; seal: the key outside the database and the anchors; verify: checking all three.
"""
''',
    "accounts": '''"""Accounts and getting in: users (passwords, signing in, roles of
accounts), one_time (one-time codes for an account without a password) and recovery (the
club's recovery code).
Who may do what once signed in is clubdesk.model.access.
"""
''',
}

MODEL_INIT = '''"""The Qt-free core of clubdesk: tables, database, services. Never imports PySide6.

- the club's services, one module each (members, attendance, followups, career_paths,
  partners, staff, tasks, structure, retention, erasure, merge...), the tables
  (tables) and the migrations (migrations/); club.Club gathers them for one actor;
- storage/: the database, its server, encryption, backups and copies;
- audit/: the audit trail, its chain, its seal, its verification;
- accounts/: users, one-time codes, the recovery code;
- rota/: the day's rota (the solver, and rota.day: from and to the database);
- exchange/: the whole club in and out (folder, zip, xlsx);
- annual/: the annual table for the funder (the indicator registry and its computations).
"""
'''

SCOPE_DIRS = ("src", "tests", "packaging", "docs")
SCOPE_FILES = ("README.md", "pyproject.toml", "alembic.ini", "Makefile", "dev")
SKIP_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".ico", ".qm", ".ts", ".xlsx", ".zip", ".pdf",
                 ".pyc", ".sqlite3", ".icns", ".gif"}
THIS_FILE = "packaging/restructure_model.py"
LINE_LENGTH = 100  # pyproject.toml, [tool.ruff]
# What commit A (the cycle's removal) moved out of clubdesk/paths.py and model/server.py:
# code written meanwhile that still calls ``paths.database_target(`` or
# ``server.check_connection(`` calls the function by its name, imported from its new home.
MOVED_IN_A = re.compile(r"\bpaths\.database_target\b|\bserver\.check_connection\b")
FIXUPS = [(re.compile(r"\bpaths\.database_target\("), "database_target",
           f"from {PREFIX}.storage.server import database_target"),
          (re.compile(r"\bserver\.check_connection\("), "check_connection",
           f"from {PREFIX}.storage.db import check_connection")]


def leaf(dotted: str) -> str:
    return dotted.rsplit(".", 1)[-1]


def parent(dotted: str) -> str:
    return dotted.rsplit(".", 1)[0] if "." in dotted else ""


def children_of(package: str) -> set[str]:
    """The modules that move into ``package`` (a new package that had an old namesake)."""
    return {leaf(new) for new in MOVES.values() if parent(new) == package}


# ---------------------------------------------------------------- dotted names and paths

def _dotted_pattern(old: str) -> re.Pattern[str]:
    guard = ""
    kids = children_of(old)  # "audit" is both an old module and a new package
    if kids:
        alt = "|".join(sorted(kids))
        guard = rf"(?!\.(?:{alt})\b)(?! import \(?\s*(?:{alt})\b)"
    return re.compile(rf"\b{re.escape(PREFIX)}\.{old}\b{guard}(?![\w])")


DOTTED = [(_dotted_pattern(old), f"{PREFIX}.{new}") for old, new in MOVES.items()]
PATHS = [(re.compile(rf"(?<![\w.])model/{old}\.py\b"),
          f"model/{new.replace('.', '/')}.py") for old, new in MOVES.items()]


def rewrite_text(text: str) -> str:
    for pattern, new in DOTTED:
        text = pattern.sub(new, text)
    for pattern, new in PATHS:
        text = pattern.sub(new, text)
    return text


# ---------------------------------------------------------------- Python imports

class Unsupported(Exception):
    pass


def _comments_by_line(source: str) -> dict[int, str]:
    found: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            found[tok.start[0]] = tok.string
    return found


def _identifiers(tree: ast.AST) -> tuple[set[str], dict[str, int]]:
    """Every name the file uses or binds, and how often each is *bound* (not by imports)."""
    used: set[str] = set()
    bound: dict[str, int] = {}

    def bind(name: str) -> None:
        used.add(name)
        bound[name] = bound.get(name, 0) + 1

    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
            if not isinstance(node.ctx, ast.Load):
                bind(node.id)
        elif isinstance(node, ast.arg):
            bind(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or (
                isinstance(node, ast.ExceptHandler) and node.name):
            bind(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                bind(name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                used.add(alias.asname or alias.name.split(".")[0])
    return used, bound


def _import_binds(tree: ast.AST, name: str, skip: set[int]) -> bool:
    """Whether an import other than the rewritten ones binds ``name``."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in skip:
            for alias in node.names:
                if (alias.asname or alias.name.split(".")[0]) == name:
                    return True
    return False


def _format_from(indent: str, module: str, names: list[tuple[str, str | None, str]]) -> str:
    def one(name: str, asname: str | None) -> str:
        return f"{name} as {asname}" if asname else name

    if not any(comment for _, _, comment in names):
        return f"{indent}from {module} import {', '.join(one(n, a) for n, a, _ in names)}\n"
    if len(names) == 1:
        name, asname, comment = names[0]
        return f"{indent}from {module} import {one(name, asname)}  {comment}\n"
    body = "".join(f"{indent}    {one(n, a)},{'  ' + c if c else ''}\n" for n, a, c in names)
    return f"{indent}from {module} import (\n{body}{indent})\n"


def _statements(indent: str, groups: dict[str, list[tuple[str, str | None, str]]],
                comment: str) -> str:
    """One ``from`` statement per module; a one-line statement's comment (a noqa) goes with
    each of them."""
    texts = [_format_from(indent, module, names) for module, names in groups.items()]
    if comment:
        texts = [text.rstrip("\n") + f"  {comment}\n" for text in texts]
    return "".join(texts)


def fix_up_commit_a(source: str, where: str) -> str:
    """Calls of what commit A moved become calls by name, imported at the top of the function
    that makes them (the module's top when none: ruff sorts it, and removes an import left
    unused). Lazy imports stay lazy: the command line starts without the database code."""
    if where.startswith(str(MODEL_DIR)) or where == "src/clubdesk/paths.py":
        return source
    for pattern, name, statement in FIXUPS:
        if not pattern.search(source):
            continue
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return source
        used, _ = _identifiers(tree)
        if name in used:
            continue  # the name means something else here: left for a person (listed)
        lines = source.splitlines(keepends=True)
        calls = {n for n, line in enumerate(lines, 1) if pattern.search(line)}
        places: set[tuple[int, str]] = set()
        for n in calls:
            places.add(_import_place(tree, n))
        for at, indent in sorted(places, reverse=True):
            lines.insert(at, f"{indent}{statement}\n")
        source = pattern.sub(f"{name}(", "".join(lines))
    return source


def _import_place(tree: ast.Module, line: int) -> tuple[int, str]:
    """Where an import for a call on ``line`` goes: (insert before this 0-based line, indent)."""
    inner: ast.FunctionDef | ast.AsyncFunctionDef | None = None
    for node in ast.walk(tree):
        if (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and node.lineno <= line <= (node.end_lineno or node.lineno)
                and (inner is None or node.lineno > inner.lineno)):
            inner = node
    if inner is None:
        tops = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
        return ((tops[-1].end_lineno or 0) if tops else 0), ""
    body = inner.body
    first = body[0]
    if (len(body) > 1 and isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)):
        first = body[1]
    return first.lineno - 1, " " * first.col_offset


def rewrite_python(source: str, where: str, notes: list[str]) -> str:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        notes.append(f"{where}: not valid Python, only its dotted names and paths rewritten")
        return rewrite_text(source)
    lines = source.splitlines(keepends=True)
    comments = _comments_by_line(source)
    used, bound = _identifiers(tree)
    prose = _docstring_lines(tree)

    imports = [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    import_lines: set[int] = set()
    for node in imports:
        import_lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))

    replacements: dict[int, tuple[int, str]] = {}  # first line -> (last line, new text)
    renames: dict[str, str] = {}  # module name in the body: old -> new
    rewritten = {id(node) for node in imports if _moving_import(node)}

    for node in imports:
        if id(node) not in rewritten:
            continue
        first, last = node.lineno, node.end_lineno or node.lineno
        indent = lines[first - 1][:node.col_offset]
        if indent.strip() or lines[last - 1][node.end_col_offset:].strip()[:1] not in ("", "#"):
            raise Unsupported(f"{where}:{first}: an import sharing its line with other code")
        tail_comment = comments.get(last, "")
        if isinstance(node, ast.Import):
            text = "".join(lines[first - 1:last])
            replacements[first] = (last, rewrite_text(text))
            continue
        assert node.module is not None
        if node.module != PREFIX:  # from clubdesk.model.OLD import X (module renamed)
            old = node.module[len(PREFIX) + 1:]
            kids = children_of(old)
            stay = [a for a in node.names if a.name in kids]
            go = [a for a in node.names if a.name not in kids]
            if not go:
                continue
            groups: dict[str, list[tuple[str, str | None, str]]] = {}
            for alias in node.names:
                target = node.module if alias.name in kids else f"{PREFIX}.{MOVES[old]}"
                comment = comments.get(alias.lineno, "") if first != last else ""
                groups.setdefault(target, []).append((alias.name, alias.asname, comment))
            if not stay:  # the module is named on the statement's first line
                text = "".join(lines[first - 1:last])
                new_text = re.sub(rf"^(\s*from\s+){re.escape(node.module)}(\s)",
                                  rf"\g<1>{PREFIX}.{MOVES[old]}\g<2>", text)
                replacements[first] = (last, new_text)
                continue
            replacements[first] = (last, _statements(
                indent, groups, tail_comment if first == last else ""))
            continue
        # from clubdesk.model import a, b, c
        groups = {}
        for alias in node.names:
            comment = comments.get(alias.lineno, "") if first != last else ""
            new = MOVES.get(alias.name)
            if new is None:
                groups.setdefault(PREFIX, []).append((alias.name, alias.asname, comment))
                continue
            asname = alias.asname
            if asname is None and leaf(new) != alias.name:
                safe = (leaf(new) not in used and not bound.get(alias.name)
                        and not _import_binds(tree, alias.name, rewritten))
                if safe:
                    renames[alias.name] = leaf(new)
                else:
                    asname = alias.name
                    notes.append(f"{where}:{node.lineno}: kept the name {alias.name!r} as an "
                                 f"alias of {PREFIX}.{new} (the file binds {alias.name!r} or "
                                 f"already uses {leaf(new)!r})")
            target = f"{PREFIX}.{parent(new)}" if parent(new) else PREFIX
            groups.setdefault(target, []).append((leaf(new), asname, comment))
        replacements[first] = (last, _statements(
            indent, groups, tail_comment if first == last else ""))

    # the body: module names renamed where safe, then dotted names and paths
    name_edits: dict[int, list[tuple[int, int, str]]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in renames:
            name_edits.setdefault(node.lineno, []).append(
                (node.col_offset, node.end_col_offset or 0, renames[node.id]))
    out: list[str] = []
    number = 1
    while number <= len(lines):
        if number in replacements:
            last, text = replacements[number]
            out.append(text)
            number = last + 1
            continue
        line = lines[number - 1]
        for start, end, new in sorted(name_edits.get(number, []), reverse=True):
            line = _replace_at(line, start, end, new)
        if number not in import_lines:
            longer = rewrite_text(line)
            if longer != line and len(longer.rstrip("\n")) > LINE_LENGTH:
                comment = comments.get(number, "")
                if comment and line.strip() == comment.strip():
                    longer = _wrap(longer, "# ")
                elif number in prose:
                    longer = _wrap(longer, "")
                else:
                    notes.append(f"{where}:{number}: longer than {LINE_LENGTH} characters "
                                 f"now: shorten it by hand")
            line = longer
        out.append(line)
        number += 1
    return "".join(out)


def _docstring_lines(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                found.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    return found


def _wrap(line: str, marker: str) -> str:
    """A docstring's or a comment's line made longer by a new name, cut at a space."""
    indent = line[:len(line) - len(line.lstrip())]
    text = line.rstrip("\n")
    cut = text.rfind(" ", len(indent) + len(marker) + 4, LINE_LENGTH + 1)
    if cut == -1:
        return line
    return f"{text[:cut]}\n{indent}{marker}{text[cut + 1:]}\n"


def _replace_at(line: str, start: int, end: int, new: str) -> str:
    """ast's offsets count UTF-8 bytes."""
    raw = line.encode("utf-8")
    return (raw[:start] + new.encode("utf-8") + raw[end:]).decode("utf-8")


def _moving_import(node: ast.Import | ast.ImportFrom) -> bool:
    if isinstance(node, ast.Import):
        return any(rewrite_text(alias.name) != alias.name for alias in node.names)
    if node.level or not node.module:
        return False
    if node.module == PREFIX:
        return any(alias.name in MOVES for alias in node.names)
    if node.module.startswith(PREFIX + "."):
        old = node.module[len(PREFIX) + 1:]
        if old in MOVES:
            kids = children_of(old)
            return any(alias.name not in kids for alias in node.names)
    return False


# ---------------------------------------------------------------- the tree

def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout


def plan_moves() -> list[tuple[Path, Path]]:
    moves = []
    for old, new in MOVES.items():
        src = MODEL_DIR / f"{old}.py"
        dst = MODEL_DIR / f"{new.replace('.', '/')}.py"
        if (ROOT / src).exists() and (ROOT / dst).exists():
            sys.exit(f"{src} and {dst} both exist: merge them by hand, then run again")
        if (ROOT / src).exists():
            moves.append((src, dst))
    return moves


def files_in_scope() -> list[Path]:
    listed = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", "--",
                 *SCOPE_DIRS, *SCOPE_FILES).split("\0")
    return sorted({Path(name) for name in listed
                   if name and name != THIS_FILE and (ROOT / name).is_file()
                   and Path(name).suffix.lower() not in SKIP_SUFFIXES})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="say what would change, change "
                        "nothing; exit 1 when something would")
    args = parser.parse_args()
    if not (ROOT / MODEL_DIR).is_dir():
        sys.exit("run me from the root of a clubdesk checkout")

    moves = plan_moves()
    inits: dict[Path, str] = {}
    wanted = {MODEL_DIR / package / "__init__.py": doc for package, doc in NEW_PACKAGES.items()}
    wanted[MODEL_DIR / "__init__.py"] = MODEL_INIT
    for path, doc in wanted.items():
        text = with_docstring(path, doc)
        if not (ROOT / path).exists() or (ROOT / path).read_text(encoding="utf-8") != text:
            inits[path] = text

    notes: list[str] = []
    rewrites: dict[Path, str] = {}
    leftovers: list[str] = []
    fixed_up: set[Path] = set()
    for path in files_in_scope():
        try:
            text = (ROOT / path).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        try:
            if path.suffix == ".py" or text.startswith("#!/usr/bin/env python"):
                new = fix_up_commit_a(text, str(path))
                if new != text:
                    fixed_up.add(path)
                new = rewrite_python(new, str(path), notes)
            else:
                new = rewrite_text(text)
        except Unsupported as exc:
            sys.exit(f"{exc}: rewrite it by hand (or split the line), then run again")
        if new != text:
            rewrites[path] = new
        leftovers += [f"{path}:{n}: {line.strip()}"
                      for n, line in enumerate(new.splitlines(), 1) if MOVED_IN_A.search(line)]

    for src, dst in moves:
        print(f"move    {src} -> {dst}")
    for path in inits:
        print(f"write   {path}")
    for path in rewrites:
        print(f"rewrite {path}")
    for note in notes:
        print(f"note    {note}")
    if leftovers:
        print("note    still calling what commit A moved, where its name means something "
              "else (database_target is in clubdesk.model.storage.server now, "
              "check_connection in clubdesk.model.storage.db): fix by hand")
        for line in leftovers:
            print(f"note    {line}")
    if not (moves or inits or rewrites):
        print("nothing to do: the model is already laid out")
        return 1 if leftovers else 0
    if args.check:
        return 1

    # rewrite first (under the old paths), then move: git mv carries the rewritten text
    for path, text in rewrites.items():
        (ROOT / path).write_text(text, encoding="utf-8")
    for package in NEW_PACKAGES:
        (ROOT / MODEL_DIR / package).mkdir(exist_ok=True)
    for src, dst in moves:
        git("mv", str(src), str(dst))
    for path, doc in inits.items():
        (ROOT / path).write_text(doc, encoding="utf-8")
        git("add", str(path))

    moved = {src: dst for src, dst in moves}
    changed = sorted({str(moved.get(path, path)) for path in rewrites if
                      str(moved.get(path, path)).endswith(".py")}
                     | {str(path) for path in inits})
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    venv_ruff = ROOT / ".venv" / "bin" / "ruff"
    if venv_ruff.exists():
        ruff = str(venv_ruff)
    fixed = sorted(str(moved.get(path, path)) for path in fixed_up)
    for select, files in (("I", changed), ("F401", fixed)):
        if not files:
            continue
        done = subprocess.run([ruff, "check", "--fix", "--select", select, "--quiet", *files],
                              cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout + done.stderr)
            print(f"ruff could not fix every {select}: see above")
            return 1
    print(f"done: {len(moves)} modules moved, {len(rewrites)} files rewritten")
    return 1 if leftovers else 0


def with_docstring(path: Path, doc: str) -> str:
    """``path``'s text with ``doc`` as its module docstring (the rest of the file kept)."""
    if not (ROOT / path).exists():
        return doc
    text = (ROOT / path).read_text(encoding="utf-8")
    body = ast.parse(text).body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        lines = text.splitlines(keepends=True)
        text = "".join(lines[body[0].end_lineno or 1:])
    return doc + text



if __name__ == "__main__":
    sys.exit(main())
