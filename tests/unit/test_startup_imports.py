"""Startup imports only what it uses (issue 21): the PDF, spreadsheet, solver and PostgreSQL
libraries are imported by the functions that need them, not by starting clubdesk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("reportlab", "openpyxl", "ortools", "psycopg")
SRC = Path(__file__).resolve().parents[2] / "src"


def loaded_after(code: str) -> list[str]:
    """The HEAVY libraries in sys.modules after ``code``, in a fresh interpreter."""
    roots = "{m.split('.')[0] for m in sys.modules}"
    probe = (f"import sys\n{code}\nimport json\n"
             f"print(json.dumps(sorted({roots} & {set(HEAVY)!r})))")
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_probe_sees_a_heavy_import() -> None:
    assert loaded_after("import openpyxl") == ["openpyxl"]  # the test can fail


@pytest.mark.parametrize("code", [
    "import clubdesk.app",
    "from clubdesk.cli import build_parser; build_parser()",
    "from clubdesk.model.club import Club",
])
def test_starting_clubdesk_imports_none_of_the_heavy_libraries(code: str) -> None:
    assert loaded_after(code) == []


def test_a_members_search_imports_none_of_them(demo_db: Path) -> None:
    code = ("import os\nfrom clubdesk.cli import main\n"
            f"os.environ.update(CLUBDESK_USER='accueil', CLUBDESK_PASSWORD='Accueil-demo-2026')\n"
            f"assert main(['--db', {str(demo_db)!r}, 'members', 'search', 'emilie']) == 0")
    assert loaded_after(code) == []


def test_the_sign_in_window_is_painted_before_the_database_stack_is_imported() -> None:
    """`clubdesk` paints its sign-in window before SQLAlchemy, SQLModel, the tables, the
    screens and the keyring are imported (clubdesk.app.run, then load_stack)."""
    stack = ("sqlalchemy", "sqlmodel", "keyring", "clubdesk.model.tables",
             "clubdesk.model.storage", "clubdesk.ui.main_window", "clubdesk.ui.session.shell")
    probe = ("import sys\nfrom clubdesk.app import ensure_application\n"
             "from clubdesk.ui.session.early import paint_early\n"
             "ensure_application(); early = paint_early()\n"
             "assert early.isVisible()\n"
             f"print(sorted(m for m in {stack!r} if m in sys.modules))\n"
             "from clubdesk.app import load_stack, STACK\nload_stack(ensure_application())\n"
             "print(all(m in sys.modules for m in STACK))")
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    before, after = done.stdout.strip().splitlines()[-2:]
    assert before == "[]"
    assert after == "True"  # the probe sees them once loaded: it can fail
