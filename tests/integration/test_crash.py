"""Crash safety: a child checks members in from 4 threads and prints each acknowledged
commit; the parent kills it with SIGKILL at a random moment. Every acknowledged row must be
there after reopening, and integrity_check must say ok. 50 rounds here; tests/bench/
stress_crash.py runs 500."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clubdesk.model.club import Club

CHILD = r"""
import sys, threading
from datetime import date, timedelta
from clubdesk.model.club import Club
club = Club.open(sys.argv[1])
ids = [int(x) for x in sys.argv[2].split(",")]
lock = threading.Lock()
print("ready", flush=True)
def desk(n):
    # each round and each thread has its own stretch of days: no duplicate by design
    day = date(1900, 1, 1) + timedelta(days=n * 20_000 + int(sys.argv[3]) * 300)
    for i in range(10_000):
        member = ids[i % len(ids)]
        when = day + timedelta(days=i // len(ids))
        club.attendance.check_in(member, when, "am")
        with lock:
            print(f"ack {member} {when.isoformat()}", flush=True)
threads = [threading.Thread(target=desk, args=(n,), daemon=True) for n in range(4)]
for t in threads: t.start()
for t in threads: t.join()
"""


def run_round(path: Path, ids: list[int], round_no: int, rng: random.Random) -> set[tuple]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path),
                              ",".join(map(str, ids)), str(round_no)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    acked: set[tuple] = set()

    def read() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ack":
                acked.add((int(parts[1]), parts[2]))

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(rng.uniform(0.02, 0.3))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join()
    child.stdout.close()
    return acked


@pytest.mark.slow
def test_no_acknowledged_check_in_is_lost_after_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite3"
    club = Club.open(str(path))
    ids = [club.members.create(f"M{n}").id for n in range(20)]
    club.close()
    rng = random.Random(20261123)
    all_acked: set[tuple] = set()
    for round_no in range(50):
        all_acked |= run_round(path, ids, round_no, rng)
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {(m, d) for m, d in conn.execute(
                "SELECT member_id, date FROM attendance")}
        missing = all_acked - present
        assert not missing, f"round {round_no}: {len(missing)} acknowledged rows lost"
    assert len(all_acked) > 100  # the rounds really wrote


def test_a_backup_taken_during_writes_is_a_consistent_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite3"
    club = Club.open(str(path))
    member = club.members.create("Émilie")
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        from datetime import date, timedelta

        day = date(2001, 1, 1)
        n = 0
        while not stop.is_set():
            row = club.attendance.check_in(member.id, day + timedelta(days=n), "am")
            written.append(row.id)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.3)
    backup = club.backups.make()
    time.sleep(0.2)
    stop.set()
    thread.join()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in copy.execute("SELECT id FROM attendance ORDER BY id")]
    assert ids == list(range(1, len(ids) + 1))  # a prefix: no half-written transaction
    assert 0 < len(ids) < len(written)  # taken while the writes went on
    # the snapshot equals the source restricted to what existed at that moment
    with sqlite3.connect(path) as live, sqlite3.connect(backup) as copy:
        query = "SELECT id, member_id, date, half_day, mode FROM attendance WHERE id <= ?"
        assert live.execute(query, (len(ids),)).fetchall() == copy.execute(
            query, (len(ids),)).fetchall()
        assert live.execute("SELECT * FROM member").fetchall() == copy.execute(
            "SELECT * FROM member").fetchall()
    club.close()
