"""Benchmark: generating the large demo club, and GUI cold start to the first painted window.

Run with `./dev bench` (or `python tests/bench/bench_startup.py --runs 7`). Each start is a
fresh process; the time is measured inside it, from its first line (before importing Qt) to
the first paint event of the main window, and printed beside a bare PySide6 QMainWindow.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import time
t0 = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.perf_counter() - t0:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            obj.removeEventFilter(self)
        return False

mode, db = sys.argv[1], sys.argv[2]
if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
else:
    from clubdesk.app import build_main_window, ensure_application
    from clubdesk.model.access import Actor
    app = ensure_application()
    # signed in as the direction: every screen is built (the login screen alone is lighter)
    window = build_main_window(db, actor=Actor("direction", "direction"))
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def start_times(mode: str, db: Path, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(db)],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        out.append(float(done.stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="reuse an existing large demo database")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="clubdesk-bench-"))
    db = Path(args.db) if args.db else folder / "large.sqlite3"
    if not args.db:
        script = Path(sys.executable).with_name("clubdesk")
        t = time.perf_counter()
        done = subprocess.run(
            [str(script), "demo", "--size", "large", "--db", str(db)],
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed = time.perf_counter() - t
        print(f"large demo generated in {elapsed:.1f} s (limit 60 s): {done.stdout.strip()}")
    size_mb = db.stat().st_size / 1e6
    print(f"database: {db} ({size_mb:.0f} MB)")
    bare = start_times("bare", db, args.runs)
    club = start_times("clubdesk", db, args.runs)
    print(f"cold start to first paint, median of {args.runs} runs:")
    print(
        f"  bare PySide6 QMainWindow : {statistics.median(bare) * 1000:7.0f} ms "
        f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(
        f"  clubdesk, large database : {statistics.median(club) * 1000:7.0f} ms "
        f"(min {min(club) * 1000:.0f}, max {max(club) * 1000:.0f})"
    )


if __name__ == "__main__":
    main()
