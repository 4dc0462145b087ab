"""packaging/screenshots.py makes the screenshots of the README, and they show something."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("reception", "rota", "followups", "report",
         "applications", "commissions", "objectives", "outings")


def distinct_colours(image: QImage, step: int = 4) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def check_screenshot(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (1366, 768), path  # a small laptop
    # A blank or one-colour grab has a handful of colours; a screen full of text has hundreds.
    assert distinct_colours(image) > 100, path


def test_script_writes_the_screenshots(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"),
                           str(tmp_path)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n}.png" for n in NAMES)
    for name in NAMES:
        check_screenshot(tmp_path / f"{name}.png")
    # Not copies of one screen.
    assert len({(tmp_path / f"{n}.png").read_bytes() for n in NAMES}) == len(NAMES)


def test_readme_shows_the_committed_screenshots() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]*\]\((docs/screenshots/[\w-]+\.png)\)", readme)
    assert shown == [f"docs/screenshots/{n}.png" for n in NAMES]
    assert "packaging/screenshots.py" in readme
    for path in shown:
        check_screenshot(ROOT / path)
