"""Benchmark: the annual indicators on the large demo club (10,000 members, 10 years), next
to one hand-written SQL aggregate over the same tables, and the writing of the three files.
`python tests/bench/bench_report.py [--db LARGE.sqlite3] [--runs 5]`."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from clubdesk.export.annual_report import write_report_files
from clubdesk.model.attendance_stats import daily_counts
from clubdesk.model.club import Club

# The five flows and the twelve monthly counts of IndicatorService, in one statement.
# "Member at the end of day D": joined_on <= D and (left_on empty or left_on > D).
MONTHS = ",\n".join(f"  (SELECT n FROM months WHERE m = {m}) AS m{m:02d}" for m in range(1, 13))
SQL = f"""
WITH p AS (
  SELECT member_id, joined_on, left_on FROM membership_period WHERE joined_on <= :dec31
),
at_start AS (
  SELECT DISTINCT member_id FROM p
  WHERE joined_on <= :before AND (left_on IS NULL OR left_on > :before)
),
at_end AS (
  SELECT DISTINCT member_id FROM p WHERE left_on IS NULL OR left_on > :dec31
),
entered AS (
  SELECT member_id FROM p WHERE joined_on >= :jan1
  EXCEPT SELECT member_id FROM at_start
),
during AS (
  SELECT DISTINCT member_id FROM p WHERE left_on IS NULL OR left_on >= :jan1
),
exited AS (
  SELECT member_id FROM during EXCEPT SELECT member_id FROM at_end
),
months AS (
  SELECT CAST(substr(date, 6, 2) AS INTEGER) AS m, COUNT(DISTINCT member_id) AS n
  FROM attendance WHERE date >= :jan1 AND date <= :dec31 GROUP BY m
)
SELECT
  (SELECT COUNT(*) FROM at_start) AS caseload_start,
  (SELECT COUNT(*) FROM at_end) AS caseload_dec31,
  (SELECT COUNT(*) FROM entered) AS entries,
  (SELECT COUNT(*) FROM exited) AS exits,
{MONTHS}
"""


def timed(call: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """(median milliseconds over ``runs`` calls, the last result)."""
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--year", type=int, default=date.today().year - 1)
    args = parser.parse_args()
    if args.db:
        db = Path(args.db)
    else:
        db = Path(tempfile.mkdtemp(prefix="clubdesk-bench-")) / "large.sqlite3"
        t = time.perf_counter()
        subprocess.run([str(Path(sys.executable).with_name("clubdesk")), "demo", "--size",
                        "large", "--db", str(db)], check=True, capture_output=True)
        print(f"large demo generated in {time.perf_counter() - t:.1f} s: {db}")
    year = args.year
    club = Club.open(str(db))

    compute_ms, indicators = timed(lambda: club.indicators.compute(year), args.runs)
    v = indicators.values

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    params = {"jan1": f"{year}-01-01", "dec31": f"{year}-12-31",
              "before": (date(year, 1, 1) - timedelta(days=1)).isoformat()}
    sql_ms, row = timed(lambda: conn.execute(SQL, params).fetchone(), args.runs)
    conn.close()
    by_sql = {"caseload_start": row[0], "caseload_dec31": row[1], "entries": row[2],
              "exits": row[3], "active_by_month": [n or 0 for n in row[4:16]]}
    same = all(v[k] == by_sql[k] for k in by_sql)

    t = time.perf_counter()
    funding = club.structure.funding(year)
    daily = daily_counts(club.db, club.actor, year)
    inputs_ms = (time.perf_counter() - t) * 1000
    out = Path(tempfile.mkdtemp(prefix="clubdesk-report-"))
    t = time.perf_counter()
    paths = write_report_files(out, indicators, club_name=club.structure.info()["name"],
                               funding=funding, daily_attendance=daily)
    write_ms = (time.perf_counter() - t) * 1000
    club.close()

    print(f"year {year}: caseload {v['caseload_start']} -> {v['caseload_dec31']}, "
          f"{v['entries']} entries, {v['exits']} exits, {v['seen_during_year']} persons seen, "
          f"monthly average {v['active_monthly_average']}")
    print(f"IndicatorService.compute({year}): median of {args.runs} runs "
          f"{compute_ms:.0f} ms (all the indicators and the persons behind them)")
    print(f"one hand-written SQL aggregate (flows + 12 monthly counts): median "
          f"{sql_ms:.0f} ms; ratio compute / SQL = {compute_ms / sql_ms:.1f}; "
          f"same figures: {'yes' if same else 'NO'}")
    print(f"funding lines and daily attendance for the PDF: {inputs_ms:.0f} ms")
    print(f"writing the three files (xlsx, pdf, json): {write_ms:.0f} ms ("
          + ", ".join(f"{p.name} {p.stat().st_size // 1024} kB" for p in paths) + ")")
    if not same:
        print(f"  differences: service { {k: v[k] for k in by_sql} } vs SQL {by_sql}")


if __name__ == "__main__":
    main()
