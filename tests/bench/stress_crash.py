"""The crash test for longer: 500 SIGKILL rounds (`python tests/bench/stress_crash.py`)."""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from test_crash import run_round  # noqa: E402

from clubdesk.model.club import Club  # noqa: E402


def main(rounds: int = 500) -> None:
    path = Path(tempfile.mkdtemp(prefix="clubdesk-crash-")) / "club.sqlite3"
    club = Club.open(str(path))
    ids = [club.members.create(f"M{n}").id for n in range(20)]
    club.close()
    rng = random.Random(1)
    acked: set[tuple] = set()
    for n in range(rounds):
        acked |= run_round(path, ids, n, rng)
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = set(conn.execute("SELECT member_id, date FROM attendance"))
        assert not acked - present, f"round {n}: acknowledged rows lost"
    print(f"{rounds} SIGKILL rounds: {len(acked)} acknowledged check-ins, none lost, "
          "integrity ok every time")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
