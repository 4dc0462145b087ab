"""Screenshots of clubdesk on the small demo club, for the README and the AppStream metadata.

    .venv/bin/python packaging/screenshots.py [OUTDIR]      (default: docs/screenshots)

Creates the demo club in a temporary data directory (the same club as the tests: seed 1,
"today" 23 November 2026) and, at 200 % text size on a 1366x768 laptop screen (the hardest
case the application must fit), builds the real main window offscreen signed in as the demo
account of the role that uses each screen: reception.png (accueil), rota.png (equipe, after
asking the solver for a proposal), followups.png (equipe) and report.png (direction); then,
on the same demo with every kind of structure on, applications.png, commissions.png and
objectives.png (equipe) and outings.png (accueil, as in a GEM). The
screens are pinned to the demo's "today", so the pictures do not depend on the day they are
taken.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2026, 11, 23)
MORNING = datetime(2026, 11, 23, 10, 30)
REPORT_YEAR = 2025
SIZE = (1366, 768)
TEXT_SCALE = 200  # per cent
ACCOUNTS = {"accueil": "Accueil-demo-2026", "equipe": "Equipe-demo-2026",
            "direction": "Direction-demo-2026"}
SHOTS = ("reception", "rota", "followups", "report")
# the structures next door (issue 20), on the same demo with every kind of structure on
KIND_SHOTS = ("applications", "commissions", "objectives", "outings")
DEFAULT_DB_SHOWN = "~/.local/share/clubdesk/clubdesk.sqlite3"


def make_demo(folder: Path, every_kind: bool = False) -> Path:
    from clubdesk.model import demo
    from clubdesk.model.club import Club
    from clubdesk.model.structure_kinds import KINDS

    path = folder / ("demo-every-kind.sqlite3" if every_kind else "demo.sqlite3")
    club = Club.open(str(path))
    try:
        demo.generate(club.db, club.actor, size="small", seed=1, today=DAY)
        if every_kind:  # a club-house that also runs a GEM and (pre-)insertion workshops
            demo.add_kinds(club.db, club.actor, KINDS, today=DAY)
    finally:
        club.close()
    return path


def busiest_followup_member(path: Path) -> tuple[int, str]:
    """The member with the most follow-up entries (a full sheet to show): id, last name."""
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT f.member_id, m.last_name FROM followup f JOIN member m ON m.id = f.member_id "
            "GROUP BY f.member_id ORDER BY count(*) DESC, f.member_id LIMIT 1").fetchone()
    return int(row[0]), str(row[1])


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not finish its work in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    """Let layouts, deferred updates and style polish happen before a grab."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
        # Outside an event loop, widgets replaced by deleteLater() would stay on screen.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.02)


def take(outdir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QLabel

    from clubdesk.app import build_main_window, ensure_application
    from clubdesk.model.accounts.users import authenticate
    from clubdesk.model.storage.db import Database
    from clubdesk.ui import appearance, preferences
    from clubdesk.ui.followups.followups_screen import FollowupsScreen
    from clubdesk.ui.main_window import MainWindow
    from clubdesk.ui.reception.reception_screen import ReceptionScreen
    from clubdesk.ui.report.report_screen import ReportScreen
    from clubdesk.ui.rota.rota_screen import RotaScreen

    outdir.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory(prefix="clubdesk-screenshots-") as tmp:
        # backups and settings (the text size) stay in the temp dir
        os.environ["CLUBDESK_DATA_DIR"] = tmp
        os.environ["CLUBDESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        prefs = preferences.Preferences(text_scale=TEXT_SCALE)
        preferences.save(prefs)
        appearance.apply(app, prefs)
        path = make_demo(Path(tmp))
        written: list[Path] = []

        def open_as(role: str) -> MainWindow:
            db = Database.open(str(path))
            try:
                actor = authenticate(db, role, ACCOUNTS[role])
            finally:
                db.close()
            window = build_main_window(str(path), actor=actor)
            window.resize(*SIZE)
            # The status bar names the database: show where a real club keeps it, not the
            # temporary folder.
            label = window.findChild(QLabel, "database_label")
            if hasattr(label, "set_full_text"):  # an ElidedLabel: cut in the middle
                label.set_full_text(label.full_text().replace(str(path), DEFAULT_DB_SHOWN))
            else:
                label.setText(label.text().replace(str(path), DEFAULT_DB_SHOWN))
            window.show()
            settle()
            return window

        def shoot(window: MainWindow, name: str, screen: object,
                  show: Callable[[], None] | None = None) -> None:
            window.show_screen(screen)  # type: ignore[arg-type]
            settle()
            scroll = getattr(window, "stack_scroll", None)  # the screen's top, not the focus
            if scroll is not None:
                scroll.verticalScrollBar().setValue(0)
                settle()
            if show is not None:  # a part further down the screen
                show()
                settle()
            target = outdir / f"{name}.png"
            image = window.grab().toImage()
            if (image.width(), image.height()) != SIZE:
                raise RuntimeError(f"{name}: the window is {image.width()}x{image.height()}")
            if not image.save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)

        def close(window: MainWindow) -> None:
            window.close()
            window.deleteLater()
            settle()

        window = open_as("accueil")
        # screens are built on first open: reached through the registry
        reception = cast(ReceptionScreen, window.screen_named("reception_screen"))
        reception.now = lambda: MORNING
        reception.morning.setChecked(True)
        reception.refresh_all()
        reception.search.setText("ma")
        shoot(window, "reception", reception)
        close(window)

        window = open_as("equipe")
        rota = cast(RotaScreen, window.screen_named("rota_screen"))
        rota.today = lambda: DAY
        rota.reload()
        rota.suggest()
        shoot(window, "rota", rota)

        followups = cast(FollowupsScreen, window.screen_named("followups_screen"))
        followups.today = lambda: DAY
        followups.refresh()
        member_id, last_name = busiest_followup_member(path)
        followups.search.setText(last_name)
        followups.run_search()
        followups.show_member(member_id)
        shoot(window, "followups", followups)
        close(window)

        window = open_as("direction")
        report = cast(ReportScreen, window.screen_named("report_screen"))
        report.today = lambda: DAY
        window.show_screen(report)
        report.year.setValue(REPORT_YEAR)
        report.refresh()
        wait_until(lambda: not report.busy and report.computed is not None)
        report.table.selectRow(4)  # « Membres accompagnés dans l'année », and who they are
        report.table.setFocus()
        shoot(window, "report", report)
        close(window)

        # the neighbours' screens (issue 20) on the club's clock of the demo's day
        from clubdesk.model import clock

        clock.set_now(MORNING, running=False)
        path = make_demo(Path(tmp), every_kind=True)
        window = open_as("equipe")
        applications = window.screen_named("applications_screen")
        shoot(window, "applications", applications)
        commissions = cast(Any, window.screen_named("commissions_screen"))
        window.show_screen(commissions)
        settle()
        commissions.table.selectRow(0)  # the latest commission and its agenda
        shoot(window, "commissions", commissions)
        objectives = cast(Any, window.screen_named("objectives_screen"))
        window.show_screen(objectives)
        settle()
        due = objectives.due_model.rows()
        objectives.show_person(due[0].member_id if due else objectives.people_model.rows()[0].id)

        def show_grid() -> None:  # the person's grid at the top of the screen
            from PySide6.QtCore import QPoint
            from PySide6.QtWidgets import QScrollArea

            area = objectives.findChild(QScrollArea)
            top = objectives.person_label.mapTo(area.widget(), QPoint(0, 0)).y()
            area.verticalScrollBar().setValue(top)

        shoot(window, "objectives", objectives, show_grid)
        close(window)
        window = open_as("accueil")  # a GEM's members run the desk
        shoot(window, "outings", window.screen_named("outings_screen"))
        close(window)
        clock.reset()
        app.processEvents()
        QApplication.processEvents()
    return written


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    for path in take(outdir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
