"""Benchmark: changing the text size and the contrast on an open window (issue 21: ≤ 0.5 s on
the large club, without rebuilding any screen).

`python tests/bench/bench_restyle.py [--db LARGE.sqlite3] [--small SMALL.sqlite3] [--runs 5]`
(QT_QPA_PLATFORM=offscreen on a machine without a display). The demo clubs are generated when
not given. For each club the direction's main window is built (every screen of the role, as
tests/ui/fit.py opens it), shown at 1366×768, then the text size goes 100 → 200 → 100 %
``--runs`` times and the contrast on → off as many times; one change is timed from the call
of ``appearance.apply`` until the window has handled its events and painted once. The floor,
measured in the same run just before each club, is the same change on a bare window holding
one label. Figures are medians in milliseconds, with their ratio to the floor. The screens out
of sight are re-styled when next shown: the last line gives what showing each other screen
costs, without a change and right after one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the preferences file belongs to the workstation: the benchmark never touches the real one
os.environ.setdefault("CLUBDESK_DATA_DIR", tempfile.mkdtemp(prefix="clubdesk-bench-data-"))

from PySide6.QtCore import QCoreApplication, QEvent, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

from clubdesk.app import build_main_window, ensure_application  # noqa: E402
from clubdesk.model.access import Actor  # noqa: E402
from clubdesk.ui import appearance  # noqa: E402
from clubdesk.ui.preferences import Preferences  # noqa: E402

SCREEN = QSize(1366, 768)
SIZES = (Preferences(text_scale=200), Preferences(text_scale=100))
CONTRASTS = (Preferences(high_contrast=True), Preferences(high_contrast=False))


def demo(size: str, given: str | None) -> Path:
    if given:
        return Path(given)
    db = Path(tempfile.mkdtemp(prefix="clubdesk-bench-")) / f"{size}.sqlite3"
    script = Path(sys.executable).with_name("clubdesk")
    t = time.perf_counter()
    subprocess.run([str(script), "demo", "--size", size, "--db", str(db)], check=True,
                   capture_output=True)
    print(f"{size} demo generated in {time.perf_counter() - t:.1f} s: {db}")
    return db


def timed_changes(app: QApplication, window: QWidget, cycle: tuple[Preferences, ...],
                  runs: int) -> list[float]:
    """Seconds per change, each change of ``cycle`` ``runs`` times."""
    out = []
    for _ in range(runs):
        for prefs in cycle:
            t = time.perf_counter()
            appearance.apply(app, prefs)
            QCoreApplication.processEvents()
            window.repaint()  # the first frame at the new size
            out.append(time.perf_counter() - t)
    return out


def bare_window() -> QWidget:
    window = QWidget()
    appearance.style_window(window)
    QVBoxLayout(window).addWidget(QLabel("Bonjour"))
    return window


def timed_switches(app: QApplication, window: QWidget, changed: bool) -> list[float]:
    """Seconds to show each other screen once (the screens out of sight are re-styled when
    shown, so after a change the first showing of each pays for it), from the first."""
    nav = getattr(window, "nav", None)
    if nav is None:
        return [0.0]
    out = []
    for row in range(1, nav.count()):
        nav.setCurrentRow(0)
        QCoreApplication.processEvents()
        if changed:
            appearance.apply(app, SIZES[row % 2])
            QCoreApplication.processEvents()
        t = time.perf_counter()
        nav.setCurrentRow(row)
        QCoreApplication.processEvents()
        window.repaint()
        out.append(time.perf_counter() - t)
    return out


def measured(app: QApplication, make: Callable[[], QWidget], runs: int) -> dict[str, float]:
    window = make()
    window.resize(SCREEN)
    window.show()
    QCoreApplication.processEvents()
    widgets = len(window.findChildren(QWidget)) + 1
    sizes = timed_changes(app, window, SIZES, runs)
    contrasts = timed_changes(app, window, CONTRASTS, runs)
    plain = timed_switches(app, window, changed=False)
    restyled = timed_switches(app, window, changed=True)
    appearance.apply(app, Preferences())
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {"size": statistics.median(sizes), "size_max": max(sizes),
            "contrast": statistics.median(contrasts), "widgets": widgets,
            "switch": statistics.median(plain), "switch_restyled": statistics.median(restyled),
            "switch_extra": max(b - a for a, b in zip(plain, restyled, strict=True))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing large demo database (else one is generated)")
    parser.add_argument("--small", help="an existing small demo database (idem)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    clubs = {"small": demo("small", args.small), "large": demo("large", args.db)}
    app = ensure_application()
    appearance.apply(app, Preferences())
    print(f"text size 100 → 200 → 100 % and contrast on → off, {args.runs} times each; "
          "medians, apply until painted:")
    for size, db in clubs.items():
        floor = measured(app, bare_window, args.runs)
        club = measured(app, lambda db=db: build_main_window(  # type: ignore[misc]
            str(db), actor=Actor("direction", "direction")), args.runs)
        print(f"  bare window, one label      : text size {floor['size'] * 1000:6.1f} ms, "
              f"contrast {floor['contrast'] * 1000:6.1f} ms")
        print(f"  {size:5} club, direction     : text size {club['size'] * 1000:6.1f} ms "
              f"(max {club['size_max'] * 1000:.0f}; {club['size'] / floor['size']:.0f}× the "
              f"floor), contrast {club['contrast'] * 1000:6.1f} ms "
              f"({club['contrast'] / floor['contrast']:.0f}×); {club['widgets']:.0f} widgets")
        print(f"  {size:5} club, showing another screen: {club['switch'] * 1000:6.1f} ms; "
              f"first time after a change (re-styled then) {club['switch_restyled'] * 1000:6.1f}"
              f" ms (largest extra over the same screen without a change "
              f"{club['switch_extra'] * 1000:.0f} ms)")
    print("target: text size ≤ 500 ms on the large club")


if __name__ == "__main__":
    main()
