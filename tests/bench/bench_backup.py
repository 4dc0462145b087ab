"""Benchmark: a verified backup of the large demo club (target ≤ 10 s; in the window it runs
in a worker thread). `python tests/bench/bench_backup.py [--db LARGE.sqlite3]`."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clubdesk.model.club import Club


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.db:
        db = Path(args.db)
    else:
        db = Path(tempfile.mkdtemp(prefix="clubdesk-bench-")) / "large.sqlite3"
        subprocess.run([str(Path(sys.executable).with_name("clubdesk")), "demo", "--size",
                        "large", "--db", str(db)], check=True, capture_output=True)
    club = Club.open(str(db))
    out = Path(tempfile.mkdtemp(prefix="clubdesk-backups-"))
    times = []
    for n in range(args.runs):
        t = time.perf_counter()
        path = club.backups.make(out / str(n))
        times.append(time.perf_counter() - t)
    size = path.stat().st_size / 1e6
    print(f"verified backup of {db.name} ({size:.0f} MB, integrity_check included): "
          f"median {statistics.median(times):.1f} s over {args.runs} (target <= 10 s)")
    club.close()


if __name__ == "__main__":
    main()
