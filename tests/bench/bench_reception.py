"""Benchmark: type-ahead per keystroke and check-in committed to disk, on the large demo club.

`python tests/bench/bench_reception.py [--db LARGE.sqlite3]`: prints p50/p95 of the member
search for every prefix of several 6-letter queries (in-process, through the service the
screen uses), and the median of a check-in (service call, committed with synchronous=FULL).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from clubdesk.model.club import Club

QUERIES = ("emilie", "ndiaye", "lefevr", "mercie", "jean e", "sophie", "dufres", "nguyen")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing large demo database (else one is generated)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.db:
        db = Path(args.db)
    else:
        db = Path(tempfile.mkdtemp(prefix="clubdesk-bench-")) / "large.sqlite3"
        script = Path(sys.executable).with_name("clubdesk")
        subprocess.run([str(script), "demo", "--size", "large", "--db", str(db)], check=True,
                       capture_output=True)
    club = Club.open(str(db))
    print(f"database: {db} ({club.members.count()} people, {club.attendance.count()} presences)")

    timings: list[float] = []
    for _ in range(args.rounds):
        for query in QUERIES:
            for n in range(1, len(query) + 1):
                t = time.perf_counter()
                club.members.search(query[:n], limit=30)
                timings.append((time.perf_counter() - t) * 1000)
    print(f"type-ahead, {len(timings)} keystrokes: p50 {statistics.median(timings):.2f} ms, "
          f"p95 {percentile(timings, 95):.2f} ms, max {max(timings):.2f} ms (target p95 <= 10)")

    members = [r.id for r in club.members.list_members("current")][:200]
    day = date.today() + timedelta(days=400)  # a day with no presence yet
    checkins = []
    for member_id in members:
        t = time.perf_counter()
        club.attendance.check_in(member_id, day, "am")
        checkins.append((time.perf_counter() - t) * 1000)
    print(f"check-in committed to disk, {len(checkins)} runs: median "
          f"{statistics.median(checkins):.2f} ms, p95 {percentile(checkins, 95):.2f} ms "
          f"(target median <= 20)")
    # leave the benchmark database as it was
    for p in club.attendance.present(day):
        club.attendance.undo(p.attendance_id)
    club.close()


if __name__ == "__main__":
    main()
