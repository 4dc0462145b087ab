"""Benchmark: a member's timeline and "my next steps" on the large demo club (10,000
members, 200,000 follow-ups). `python tests/bench/bench_staff_desk.py [--db LARGE]`."""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from clubdesk.model.club import Club


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    if args.db:
        db = Path(args.db)
    else:
        db = Path(tempfile.mkdtemp(prefix="clubdesk-bench-")) / "large.sqlite3"
        subprocess.run([str(Path(sys.executable).with_name("clubdesk")), "demo", "--size",
                        "large", "--db", str(db)], check=True, capture_output=True)
    club = Club.open(str(db))
    members = [r.id for r in club.members.list_members("current")]
    rng = random.Random(1)
    timeline, sizes = [], []
    for member_id in rng.sample(members, args.runs):
        t = time.perf_counter()
        sizes.append(len(club.followups.timeline(member_id)))
        timeline.append((time.perf_counter() - t) * 1000)
    staff = [s.id for s in club.staff.list_staff()]
    sizes_due = []
    due = []
    for n in range(args.runs):
        t = time.perf_counter()
        sizes_due.append(len(club.followups.due(
            date.today(), staff_id=staff[n % len(staff)] if n % 2 else None)))
        due.append((time.perf_counter() - t) * 1000)
    print(f"timeline of a member ({statistics.median(sizes):.0f} entries median): median "
          f"{statistics.median(timeline):.1f} ms, max {max(timeline):.1f} ms (target <= 50)")
    p95 = sorted(due)[int(0.95 * (len(due) - 1))]
    print(f"next steps this week (team: {max(sizes_due)} steps, one staff member: "
          f"{min(sizes_due)}): median {statistics.median(due):.1f} ms, p95 {p95:.1f} ms, "
          f"max {max(due):.1f} ms (target <= 50, first call includes a cold cache)")
    club.close()


if __name__ == "__main__":
    main()
