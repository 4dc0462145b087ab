"""Benchmark: how long until a desk hears of another desk's check-in (issue 10: ≤ 2 s).

`python tests/bench/bench_live_refresh.py [--pg ADMIN_URL]`: 20 check-ins made by a second
connection; for each, the time from its commit to the first desk's « changed » signal.
SQLite: polling the audit trail (1 s); PostgreSQL: LISTEN/NOTIFY (CLUBDESK_TEST_PG_URL).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from scratch_pg import scratch_database

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.live_refresh import LiveRefresh

ROUNDS = 20


def measure(label: str, target: str) -> None:
    desk_a = Club.open(target, Actor("poste-1", "direction"))
    desk_b = Club.open(target, Actor("poste-2", "accueil"))
    ids = [desk_b.members.create(f"M{n}", joined_on=date(2025, 1, 6)).id for n in range(ROUNDS)]
    live = LiveRefresh(desk_a.db)
    heard: list[float] = []
    live.changed.connect(lambda topics: heard.append(time.perf_counter())
                         if "attendance" in topics else None)
    live.start()
    time.sleep(0.5)
    delays = []
    try:
        for member_id in ids:
            heard.clear()
            loop = QEventLoop()
            desk_b.attendance.check_in(member_id, date(2026, 11, 23), "day")
            committed = time.perf_counter()
            deadline = committed + 5
            while not heard and time.perf_counter() < deadline:
                QTimer.singleShot(5, loop.quit)
                loop.exec()
            delays.append((heard[0] - committed) * 1000 if heard else float("inf"))
    finally:
        live.stop()
        desk_a.close()
        desk_b.close()
    print(f"== {label}: {ROUNDS} check-ins, delay until the other desk hears it (ms): "
          f"median {statistics.median(delays):.0f}, max {max(delays):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=os.environ.get("CLUBDESK_TEST_PG_URL", ""))
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="clubdesk-bench-live-"))
    measure("SQLite (polling)", str(folder / "club.sqlite3"))
    if not args.pg:
        print("PostgreSQL: skipped (no --pg / CLUBDESK_TEST_PG_URL)")
        return
    with scratch_database(args.pg, "bench_live") as url:
        measure("PostgreSQL (LISTEN/NOTIFY)", url)


if __name__ == "__main__":
    main()
