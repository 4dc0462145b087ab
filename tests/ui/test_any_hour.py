"""The reception's tests pass whatever the hour: run at 08:00, 13:30 and 23:59.

Every test starts on the club's clock (tests/conftest.py: CLUBDESK_TEST_NOW, by default
10:00 on the demo club's day), never on the machine's. This test runs the reception's tests
in a child pytest at three other hours of that day: the morning list, the afternoon list and
the last minute before midnight (the date shown and the half-day chosen follow the clock)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DEMO_DAY = "2026-11-23"  # the day the demo club of the tests is generated for

ROOT = Path(__file__).resolve().parents[2]
RECEPTION_TESTS = [
    "tests/ui/test_reception.py",
    "tests/ui/test_accessibility.py::test_the_reception_desk_has_large_click_targets",
    "tests/ui/test_live_refresh.py::test_another_desks_check_in_appears_within_two_seconds",
    "tests/unit/test_reception_rules.py",
]


@pytest.mark.slow
@pytest.mark.parametrize("hour", ["08:00:00", "13:30:00", "23:59:00"])
def test_the_reception_tests_pass_at(hour: str, tmp_path: Path) -> None:
    env = dict(os.environ, CLUBDESK_TEST_NOW=f"{DEMO_DAY}T{hour}")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x",
         f"--basetemp={tmp_path / 'child'}", *RECEPTION_TESTS],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and " failed" not in run.stdout
