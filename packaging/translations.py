"""clubdesk's translations: French in the code, English in resources/translations/.

    python packaging/translations.py update      extract every tr() string into clubdesk_en.ts
                                                 (existing translations kept)
    python packaging/translations.py release     build clubdesk_en.qm (a build product)
    python packaging/translations.py release --if-stale   only when a .ts is newer than its .qm
    python packaging/translations.py unfinished  list the entries still to translate (exit 1 if any)
    python packaging/translations.py fill F.json translate messages of the core from a JSON object
                                                 {"French template": "English template"}

lupdate finds the strings of the windows (tr(), QCoreApplication.translate()). The core
(src/clubdesk/model, src/clubdesk/export) never imports Qt: its error messages are templates
given to ClubdeskError and its subclasses, its other sentences go through say("…"), and fixed
words are wrapped in Term("…") (clubdesk.model.errors). ``update`` finds those in the code
itself and keeps them in the context ``model`` of the .ts, with their translations.

The tools are Qt's lupdate and lrelease shipped inside the PySide6 wheel. The functions are
also used by tests/unit/test_translations.py.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "clubdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "fr_FR"
LANGUAGES = {"en": "en_GB"}  # file suffix -> Qt target language


def ts_path(language: str = "en") -> Path:
    return TRANSLATIONS / f"clubdesk_{language}.ts"


def qm_path(language: str = "en") -> Path:
    return TRANSLATIONS / f"clubdesk_{language}.qm"


def tool(name: str) -> str:
    """lupdate / lrelease: in the PySide6 package, else pyside6-NAME beside Python, else PATH."""
    exe = ".exe" if os.name == "nt" else ""
    candidates: list[Path] = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / f"{name}{exe}")
    except ImportError:
        pass
    candidates.append(Path(sys.executable).parent / f"pyside6-{name}{exe}")
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def source_files() -> list[Path]:
    """Every Python file of the application (lupdate only keeps those with tr() strings)."""
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path, *, language: str = "en") -> str:
    """Merge the strings of the code into ``ts`` (created when missing): translations of
    unchanged strings are kept, new strings arrive unfinished, vanished ones are dropped."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [os.path.relpath(p, ROOT) for p in source_files()]
    done = subprocess.run(
        [tool("lupdate"), *files, "-source-language", SOURCE_LANGUAGE,
         "-target-language", LANGUAGES[language], "-locations", "relative", "-no-obsolete",
         "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def run_lrelease(ts: Path, qm: Path) -> str:
    done = subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


CORE = [SOURCES / "model", SOURCES / "export"]
MODEL_CONTEXT = "model"
ERROR_BASE = "ClubdeskError"
FIELD_FIRST = "ValidationError"  # ValidationError(field, message, **values)


@dataclass(frozen=True)
class CoreMessage:
    text: str
    path: Path
    line: int


def core_files() -> list[Path]:
    return sorted(p for root in CORE for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _error_classes(trees: list[ast.Module]) -> dict[str, bool]:
    """Names of ClubdeskError and its subclasses -> whether the message comes second."""
    parents: dict[str, list[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                parents[node.name] = [b.id if isinstance(b, ast.Name) else
                                      b.attr if isinstance(b, ast.Attribute) else ""
                                      for b in node.bases]

    def lineage(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        if name in seen:
            return set()
        found = {name}
        for parent in parents.get(name, []):
            found |= lineage(parent, seen | {name})
        return found

    return {name: FIELD_FIRST in lineage(name) for name in parents
            if ERROR_BASE in lineage(name)}


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""


def scan_core() -> tuple[list[CoreMessage], list[CoreMessage]]:
    """(templates and terms of the core, messages written as f-strings: untranslatable)."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in core_files()}
    classes = _error_classes(list(trees.values()))
    found: list[CoreMessage] = []
    fstrings: list[CoreMessage] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name in ("Term", "say"):
                args = node.args[:1]
            elif name in classes:
                index = 1 if classes[name] else 0
                args = node.args[index:index + 1]
            else:
                continue
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(CoreMessage(arg.value, path, arg.lineno))
                elif isinstance(arg, ast.JoinedStr):
                    fstrings.append(CoreMessage(ast.unparse(arg), path, arg.lineno))
    # super().__init__("…") inside an error class: its message too
    for path, tree in trees.items():
        for cls in ast.walk(tree):
            if not (isinstance(cls, ast.ClassDef) and cls.name in classes):
                continue
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "__init__" and node.args):
                    arg = node.args[1 if classes[cls.name] and len(node.args) > 1 else 0]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.append(CoreMessage(arg.value, path, arg.lineno))
                    elif isinstance(arg, ast.JoinedStr):
                        fstrings.append(CoreMessage(ast.unparse(arg), path, arg.lineno))
    unique: dict[str, CoreMessage] = {}
    for message in sorted(found, key=lambda m: (str(m.path), m.line)):
        unique.setdefault(message.text, message)
    return list(unique.values()), fstrings


def _xml(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def _context_block(ts: Path, messages: list[CoreMessage], known: dict[str, str]) -> str:
    lines = ["<context>", f"    <name>{MODEL_CONTEXT}</name>"]
    for m in messages:
        where = os.path.relpath(m.path, ts.parent).replace(os.sep, "/")
        translation = known.get(m.text, "")
        status = "" if translation else ' type="unfinished"'
        lines += ["    <message>",
                  f'        <location filename="{where}" line="{m.line}"/>',
                  f"        <source>{_xml(m.text)}</source>",
                  f"        <translation{status}>{_xml(translation)}</translation>",
                  "    </message>"]
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def merge_core_messages(ts: Path, known: dict[str, str]) -> int:
    """Write the core's messages into the ``model`` context of ``ts`` (after lupdate, which
    drops them): translations in ``known`` kept, new messages unfinished. Returns how many."""
    messages, _ = scan_core()
    text = ts.read_text(encoding="utf-8")
    text = re.sub(rf"<context>\s*<name>{MODEL_CONTEXT}</name>.*?</context>\n?", "", text,
                  flags=re.DOTALL)
    text = text.replace("</TS>", _context_block(ts, messages, known) + "</TS>")
    ts.write_text(text, encoding="utf-8")
    return len(messages)


def core_translations(ts: Path) -> dict[str, str]:
    """The finished translations of the ``model`` context of ``ts``."""
    if not ts.is_file():
        return {}
    return {e.source: e.translations[0] for e in read_entries(ts)
            if e.context == MODEL_CONTEXT and e.status == "finished" and e.translations
            and e.translations[0]}


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    status: str  # "finished", "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...]  # one, or the plural forms
    location: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_entries(ts: Path) -> list[Entry]:
    entries: list[Entry] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        filename = ""
        for message in context.iter("message"):
            loc = message.find("location")
            if loc is not None and loc.get("filename"):
                filename = loc.get("filename", "")
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            status = "unfinished"
            if translation is not None:
                status = translation.get("type") or "finished"
                numerus_forms = translation.findall("numerusform")
                forms = (tuple(f.text or "" for f in numerus_forms) if numerus_forms
                         else (translation.text or "",))
            entries.append(Entry(name, message.findtext("source") or "",
                                 message.findtext("comment") or "",
                                 message.get("numerus") == "yes", status, forms, filename))
    return entries


def unfinished_entries(ts: Path) -> list[Entry]:
    return [e for e in read_entries(ts)
            if e.status == "unfinished" or (e.status == "finished" and not any(e.translations))]


def release(*, if_stale: bool = False) -> list[Path]:
    built = []
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        if not ts.is_file():
            continue
        if if_stale and qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        run_lrelease(ts, qm)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract the strings of the code into the .ts files")
    rel = sub.add_parser("release", help="build the .qm files")
    rel.add_argument("--if-stale", action="store_true", help="only when a .ts is newer")
    sub.add_parser("unfinished", help="list the entries still to translate")
    fill = sub.add_parser("fill", help="translate messages of the core from JSON files")
    fill.add_argument("json", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "fill":
        import json

        ts = ts_path("en")
        known = core_translations(ts)
        for path in args.json:
            known.update(json.loads(path.read_text(encoding="utf-8")))
        merge_core_messages(ts, known)
        left = sum(1 for e in unfinished_entries(ts) if e.context == MODEL_CONTEXT)
        print(f"{len(known)} translations known; {left} messages of the core left to translate")
        return 0
    if args.command == "update":
        for language in LANGUAGES:
            ts = ts_path(language)
            known = core_translations(ts)
            print(run_lupdate(ts, language=language).strip())
            print(f"    {merge_core_messages(ts, known)} messages of the core (context "
                  f"{MODEL_CONTEXT})")
        return 0
    if args.command == "release":
        for qm in release(if_stale=args.if_stale):
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    missing = 0
    for language in LANGUAGES:
        for e in unfinished_entries(ts_path(language)):
            missing += 1
            print(f"{ts_path(language).name}: [{e.context}] {e.source!r}")
    print(f"{missing} entr{'y' if missing == 1 else 'ies'} to translate", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
