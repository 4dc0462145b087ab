"""The PyInstaller bundle (`make package`, dist/clubdesk/): it starts, opens the window on a
demo club, and its solver, PDF report and SQLCipher work without the source tree.

The slow test of the suite: the first run builds the bundle (a minute or two); later runs
reuse dist/clubdesk/ while no file it is made from changed since its build started. The sizes and
start times measured are printed (docs/packaging.md quotes them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "clubdesk"
EXE = BUNDLE / ("clubdesk.exe" if sys.platform == "win32" else "clubdesk")
SOURCES = (ROOT / "src", ROOT / "packaging", ROOT / "resources", ROOT / "pyproject.toml",
           ROOT / "Makefile")
DEMO_USER = {"CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}


def newest_source() -> float:
    newest = 0.0
    for source in SOURCES:
        files = [source] if source.is_file() else source.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def report(line: str, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\n[packaging] {line}", end="")


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/clubdesk/, built by `make package` unless it was built after the last change of
    its sources (the Makefile dates dist/clubdesk/.sources-as-of from the build's start)."""
    stamp = BUNDLE / ".sources-as-of"
    if not (EXE.is_file() and stamp.is_file() and stamp.stat().st_mtime > newest_source()):
        if shutil.which("make") is None:
            pytest.fail("make is missing (Debian package make; ./dev test installs it)")
        done = subprocess.run(["make", "package"], cwd=ROOT, capture_output=True, text=True,
                              timeout=1800)
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert EXE.is_file()
    return BUNDLE


@pytest.fixture
def env(isolated_data_dir: Path) -> dict[str, str]:
    """The bundle's environment: offscreen Qt, a data directory of its own, nobody signed in."""
    variables = {k: v for k, v in os.environ.items()
                 if not k.startswith("CLUBDESK_") or k == "CLUBDESK_DATA_DIR"}
    variables["QT_QPA_PLATFORM"] = "offscreen"
    return variables


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> tuple[
        subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    done = subprocess.run([str(EXE), *args], env=env, capture_output=True, text=True,
                          timeout=timeout)
    return done, time.perf_counter() - start


def size_mib(folder: Path) -> float:
    """What `du --apparent-size` says: the bundle links some libraries instead of copying."""
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20


@pytest.fixture
def demo(bundle: Path, env: dict[str, str], tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    done, _ = run(["--db", str(path), "demo", "--size", "small"], env)
    assert done.returncode == 0, done.stderr
    assert "Club de démonstration créé" in done.stdout
    return path


def test_bundle_holds_what_clubdesk_reads_from_files(bundle: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    internal = bundle / "_internal"
    versions = list((internal / "clubdesk" / "model" / "migrations" / "versions").glob("*.py"))
    assert len(versions) == len(list((ROOT / "src" / "clubdesk" / "model" / "migrations"
                                      / "versions").glob("*.py"))) > 0
    assert (internal / "clubdesk" / "model" / "migrations" / "env.py").is_file()
    assert not list((internal / "clubdesk").rglob("__pycache__"))
    resources = internal / "clubdesk" / "resources"
    assert (resources / "icons" / "clubdesk-256.png").is_file()
    built = {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    assert {p.name for p in (resources / "translations").glob("*")} == built  # no .ts
    assert list((internal / "reportlab" / "fonts").glob("Vera*.ttf"))
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*")}
    assert "qtbase_fr.qm" in qt_translations and "qtbase_de.qm" not in qt_translations
    report(f"bundle dist/clubdesk: {size_mib(bundle):.0f} MiB", capsys)


def test_version_starts_fast_and_says_the_project_version(
        bundle: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    done, seconds = run(["--version"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"clubdesk {version}\n"
    report(f"`clubdesk --version`: {seconds:.2f} s", capsys)


def test_window_opens_signs_in_and_closes(demo: Path, env: dict[str, str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    smoke = {**env, "CLUBDESK_SMOKE_QUIT_MS": "200"}
    # Without anyone signed in: the sign-in page, no screen of member data.
    done, _ = run(["--db", str(demo)], smoke)
    assert done.returncode == 0, done.stderr
    assert "clubdesk smoke: 0 screens shown" in done.stdout
    # The direction's session: every screen is built and shown once.
    done, seconds = run(["--db", str(demo)], {**smoke, **DEMO_USER})
    assert done.returncode == 0, done.stderr
    shown = re.search(r"clubdesk smoke: (\d+) screens shown", done.stdout)
    assert shown is not None and int(shown.group(1)) >= 12, done.stdout
    report(f"window on the demo club, signed in, {shown.group(1)} screens shown, "
           f"closed: {seconds:.2f} s", capsys)


def test_solver_pdf_and_encryption_work_in_the_bundle(demo: Path, env: dict[str, str],
                                                      tmp_path: Path) -> None:
    signed_in = {**env, **DEMO_USER}
    done, _ = run(["--db", str(demo), "rota", "suggest", "--date", "2026-11-23", "--json"],
                  signed_in)
    assert done.returncode == 0, done.stderr
    assert '"status": "optimal"' in done.stdout or '"status": "feasible"' in done.stdout

    out = tmp_path / "out"
    done, _ = run(["--db", str(demo), "report", "--year", "2025", "--out", str(out)], signed_in)
    assert done.returncode == 0, done.stderr
    assert (out / "rapport-annuel-2025.pdf").read_bytes()[:5] == b"%PDF-"
    assert (out / "indicateurs-2025.xlsx").read_bytes()[:2] == b"PK"

    done, _ = run(["--db", str(demo), "db", "encrypt"],
                  {**signed_in, "CLUBDESK_NEW_PASSPHRASE": "trois mots faciles"})
    assert done.returncode == 0, done.stderr
    assert demo.read_bytes()[:16] != b"SQLite format 3\x00"
    done, _ = run(["--db", str(demo), "members", "list"], signed_in)
    assert done.returncode == 1 and "chiffrée" in done.stderr
    done, _ = run(["--db", str(demo), "members", "list"],
                  {**signed_in, "CLUBDESK_PASSPHRASE": "trois mots faciles"})
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) >= 50
