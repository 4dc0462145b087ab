"""Benchmark: export and import of the large demo club (≥ 500,000 presences), each in its own
process, with wall time and peak memory (ru_maxrss). Targets: ≤ 30 s and ≤ 500 MB each.
`python tests/bench/bench_exchange.py [--db LARGE.sqlite3]`."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import resource, sys, time
from pathlib import Path
from clubdesk.model.club import Club
from clubdesk.model.exchange import export_club, import_club
action, db, target = sys.argv[1:4]
club = Club.open(db)
t = time.perf_counter()
if action == "export":
    export_club(club.db, club.actor, Path(target))
else:
    import_club(club.db, club.actor, Path(target))
elapsed = time.perf_counter() - t
print(f"{elapsed:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def run(action: str, db: Path, target: Path) -> tuple[float, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, action, str(db), str(target)],
                          capture_output=True, text=True, check=True)
    seconds, megabytes = done.stdout.split()
    return float(seconds), float(megabytes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="clubdesk-bench-"))
    if args.db:
        db = Path(args.db)
    else:
        db = folder / "large.sqlite3"
        subprocess.run([str(Path(sys.executable).with_name("clubdesk")), "demo", "--size",
                        "large", "--db", str(db)], check=True, capture_output=True)
    for kind in ("folder", "zip"):
        target = folder / ("export" if kind == "folder" else "export.zip")
        t = time.perf_counter()
        seconds, mb = run("export", db, target)
        print(f"export ({kind}): {seconds:.1f} s, peak memory {mb:.0f} MB "
              f"(process {time.perf_counter() - t:.1f} s)")
        rows = sum(1 for _ in (target / "attendance.csv").open()) - 1 if kind == "folder" \
            else None
        if rows:
            print(f"  attendance rows: {rows}")
        seconds, mb = run("import", folder / f"imported-{kind}.sqlite3", target)
        print(f"import ({kind}) into an empty club: {seconds:.1f} s, peak memory {mb:.0f} MB")


if __name__ == "__main__":
    main()
