"""clubdesk's translations: French in the code, English in resources/translations/.

    python packaging/translations.py update      extract every tr() string into clubdesk_en.ts
                                                 (existing translations kept)
    python packaging/translations.py release     build clubdesk_en.qm (a build product)
    python packaging/translations.py release --if-stale   only when a .ts is newer than its .qm
    python packaging/translations.py unfinished  list the entries still to translate (exit 1 if any)

The tools are Qt's lupdate and lrelease shipped inside the PySide6 wheel. The functions are
also used by tests/unit/test_translations.py.
"""

from __future__ import annotations

import argparse
import os
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
    args = parser.parse_args(argv)
    if args.command == "update":
        for language in LANGUAGES:
            print(run_lupdate(ts_path(language), language=language).strip())
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
