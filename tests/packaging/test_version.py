"""`clubdesk --version`: the installed package's version, printed without loading Qt."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from clubdesk.cli import main
try:
    main(["--version"])
except SystemExit as exc:
    code = exc.code
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "shiboken6", "ortools"})
print("exit", code, "loaded", loaded)
"""


def test_version_flag_prints_the_project_version_without_qt() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"clubdesk {version}", "exit 0 loaded []"]
    done = subprocess.run([sys.executable, "-m", "clubdesk", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, f"clubdesk {version}\n")
