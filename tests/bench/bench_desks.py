"""Benchmark: ten desks at once on one club (issue 10), PostgreSQL and SQLite side by side.

`python tests/bench/bench_desks.py [--desks 10] [--pg URL]`: ten processes each check in 100
members (and try 10 of their neighbour's, which must be refused as « déjà pointé ») and save
20 rota edits of the same day (reloading when another desk saved first). Prints, per back
end: errors, presences stored vs expected (no lost, no duplicated row), rota version vs edits
saved (no lost update), stale refusals, and p50/p95 of each operation.

PostgreSQL: `--pg` or CLUBDESK_TEST_PG_URL (an administrative URL: a fresh database is
created and dropped); `./dev bench` starts a throw-away server and sets it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from scratch_pg import scratch_database

from clubdesk.model.access import Actor
from clubdesk.model.club import Club

DAY = date(2026, 11, 23)

DESK = r"""
import json, sys, time
from datetime import date
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError, DuplicateError
from clubdesk.model.storage.optimistic_lock import StaleRecord

target, name, mine, theirs, edits = (sys.argv[1], sys.argv[2], json.loads(sys.argv[3]),
                                     json.loads(sys.argv[4]), int(sys.argv[5]))
club = Club.open(target, Actor(name, "equipe"))
day = date(2026, 11, 23)
out = {"checkin_ms": [], "rota_ms": [], "checked_in": 0, "already": 0, "saved": 0,
       "stale": 0, "errors": []}
for member_id in mine + theirs:
    t = time.perf_counter()
    try:
        club.attendance.check_in(member_id, day, "day")
        out["checked_in"] += 1
    except DuplicateError:
        out["already"] += 1
    except ClubdeskError as exc:
        out["errors"].append(str(exc))
    out["checkin_ms"].append((time.perf_counter() - t) * 1000)
while out["saved"] < edits:
    t = time.perf_counter()
    plan = club.rota.plan(day)
    try:
        club.rota.save(day, plan.assignments, expected_version=plan.version)
        out["saved"] += 1
    except ClubdeskError as exc:
        if "modifié" in str(exc) or "vient d'être enregistré" in str(exc):
            out["stale"] += 1
        else:
            out["errors"].append(str(exc))
            break
    out["rota_ms"].append((time.perf_counter() - t) * 1000)
club.close()
print(json.dumps(out))
"""


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def prepare(target: str, count: int) -> list[int]:
    club = Club.open(target, Actor("bench", "direction"))
    try:
        ids = [club.members.create(f"Membre{n}", last_name="Banc",
                                   joined_on=date(2025, 1, 6)).id for n in range(count)]
        for name in ("Accueil", "Cuisine", "Jardin", "Ménage"):
            club.tasks.create(name=name, min_people=2, max_people=6)
    finally:
        club.close()
    return ids


def run(label: str, target: str, desks: int) -> None:
    ids = prepare(target, desks * 100)
    started = time.perf_counter()
    procs = []
    for d in range(desks):
        mine = ids[d * 100:(d + 1) * 100]
        theirs = ids[((d + 1) % desks) * 100:((d + 1) % desks) * 100 + 10]
        procs.append(subprocess.Popen(
            [sys.executable, "-c", DESK, target, f"poste-{d + 1}", json.dumps(mine),
             json.dumps(theirs), "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True))
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise SystemExit(f"{label}: a desk failed: {err[-2000:]}")
        results.append(json.loads(out))
    wall = time.perf_counter() - started
    club = Club.open(target, Actor("bench", "direction"))
    try:
        stored = club.attendance.present(DAY)
        version = club.rota.plan(DAY).version
        chain = club.audit.verify()
    finally:
        club.close()
    errors = [e for r in results for e in r["errors"]]
    checkins = [v for r in results for v in r["checkin_ms"]]
    rota = [v for r in results for v in r["rota_ms"]]
    saved = sum(r["saved"] for r in results)
    distinct = len({p.member_id for p in stored})
    print(f"== {label}: {desks} desks, wall {wall:.1f} s")
    print(f"   errors: {len(errors)} {errors[:3]}")
    print(f"   presences stored {len(stored)} (distinct {distinct}) for {len(ids)} members; "
          f"'déjà pointé' {sum(r['already'] for r in results)} (expected {desks * 10})")
    print(f"   rota: {saved} edits saved, version {version} (expected {saved}); "
          f"{sum(r['stale'] for r in results)} stale saves refused then reloaded")
    print(f"   check-in ms: p50 {statistics.median(checkins):.1f}  "
          f"p95 {percentile(checkins, 95):.1f}  max {max(checkins):.1f}")
    print(f"   rota save (load + save) ms: p50 {statistics.median(rota):.1f}  "
          f"p95 {percentile(rota, 95):.1f}  max {max(rota):.1f}")
    print(f"   audit chain: {chain.sentence()}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--pg", default=os.environ.get("CLUBDESK_TEST_PG_URL", ""))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="clubdesk-bench-desks-"))
    run("SQLite (one file, one process per desk)", str(folder / "club.sqlite3"), args.desks)
    if not args.pg:
        print("PostgreSQL: skipped (no --pg / CLUBDESK_TEST_PG_URL)")
        return
    with scratch_database(args.pg, "bench_desks") as url:
        run("PostgreSQL (local server, one process per desk)", url, args.desks)


if __name__ == "__main__":
    main()
