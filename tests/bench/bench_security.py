"""Benchmark: opening the club and signing in, with encryption at rest on and off.
`python tests/bench/bench_security.py [--runs N]` (builds two small demo clubs)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clubdesk.model.accounts.users import authenticate
from clubdesk.model.storage.db import Database

KEY = "une phrase de passe de démonstration"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="clubdesk-bench-"))
    script = Path(sys.executable).with_name("clubdesk")
    plain, encrypted = folder / "plain.sqlite3", folder / "encrypted.sqlite3"
    subprocess.run([str(script), "demo", "--db", str(plain)], check=True, capture_output=True)
    subprocess.run([str(script), "demo", "--db", str(encrypted)], check=True,
                   capture_output=True, env={**os.environ, "CLUBDESK_PASSPHRASE": KEY})
    os.environ.pop("CLUBDESK_PASSPHRASE", None)
    for name, path, key in (("off", plain, None), ("on (SQLCipher)", encrypted, KEY)):
        opens, logins = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            db = Database.open(str(path), passphrase=key)
            with db.session(write=False) as session:  # first query: the key is really used
                session.connection().exec_driver_sql("SELECT count(*) FROM member").scalar()
            opens.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            authenticate(db, "direction", "Direction-demo-2026")
            logins.append((time.perf_counter() - t) * 1000)
            db.close()
        print(f"encryption {name:<15}: open {statistics.median(opens):6.1f} ms, "
              f"sign-in (argon2id) {statistics.median(logins):6.1f} ms "
              f"(medians of {args.runs})")


if __name__ == "__main__":
    main()
