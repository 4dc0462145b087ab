"""Benchmark: startup, against a bare PySide6 window started the same way in the same run.

Run with `./dev bench` (or `python tests/bench/bench_startup.py --runs 7`). Each figure is the
median of ``--runs`` fresh processes, printed with its ratio to the bare figure:

- a plain Qt form (two fields and a button, no style sheet, no clubdesk code): the floor
  of any sign-in window, beside the bare window;
- first paint of the sign-in window as `clubdesk` starts (the early window of
  clubdesk.ui.session.early, painted before the database stack is imported), from the
  process' first line (before Qt is imported); then the time the club takes to open behind
  it while the person types (load_stack + build_main_window + hand_over);
- sign-in to reception ready: from submitting the password to the reception screen painted,
  minus the password check itself (one argon2 verification, measured apart in the same
  process and printed beside it);
- both on the small and the large demo club (generated here unless ``--small``/``--large``);
- `clubdesk members search` on the small demo (signed in as the reception: one argon2
  verification included) against `python -c pass` (wall clock).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import time
t0 = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

mode, db = sys.argv[1], sys.argv[2]
USERNAME, PASSWORD = "accueil", "Accueil-demo-2026"


def quit_soon():
    QTimer.singleShot(0, QApplication.instance().quit)


class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then = then

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self.then(time.perf_counter())
        return False


class ScreenPainted(QObject):
    # the first paint of the widget named ``name`` or of anything inside it
    def __init__(self, name, then):
        super().__init__()
        self.name, self.then, self.done = name, then, False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            node = obj
            while node is not None and node.objectName() != self.name:
                node = node.parentWidget()
            if node is not None:
                self.done = True
                self.then(time.perf_counter())
        return False


if mode in ("bare", "form"):
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    if mode == "form":  # the least a sign-in window is: two fields and a button, no style
        from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton
        form = QWidget()
        rows = QFormLayout(form)
        secret = QLineEdit()
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        rows.addRow("Identifiant :", QLineEdit())
        rows.addRow("Mot de passe :", secret)
        rows.addRow(QPushButton("Entrer"))
        window.setCentralWidget(form)

    def painted(t):
        print(f"paint {t - t0:.4f}", flush=True)
        quit_soon()
else:
    # as `clubdesk` starts (clubdesk.app.run): the early sign-in window first
    from clubdesk.app import ensure_application
    from clubdesk.ui.session.early import EarlySignIn
    app = ensure_application()
    window = EarlySignIn()

    def painted(t):
        print(f"paint {t - t0:.4f}", flush=True)
        if mode == "signin":
            QTimer.singleShot(0, open_club)
        else:
            quit_soon()

    def open_club():
        # what run() does while the person types; then the real window takes the place
        global window
        from clubdesk.app import build_main_window, hand_over, load_stack
        t = time.perf_counter()
        load_stack(app)
        real = build_main_window(db)  # the club has accounts: the sign-in page
        hand_over(window, real)
        window = real
        print(f"opened {time.perf_counter() - t:.4f}", flush=True)
        QTimer.singleShot(0, sign_in)

    def sign_in():
        from clubdesk.ui.session.shell import session_of
        login = session_of(window).login
        login.username.setText(USERNAME)
        login.password.setText(PASSWORD)

        def ready(t):
            print(f"signin {t - start:.4f}", flush=True)
            print(f"verify {verify_time():.4f}", flush=True)
            quit_soon()

        watcher = ScreenPainted("reception_screen", ready)
        app.installEventFilter(watcher)
        app._watcher = watcher
        start = time.perf_counter()
        login.sign_in()

    def verify_time():
        from sqlalchemy import text
        from clubdesk.model.accounts.users import secret_matches
        from clubdesk.model.access import Actor
        db_ = window.ops.club.db
        with db_.session(actor=Actor("connexion", "accueil")) as session:
            stored = session.execute(text(
                "SELECT password_hash FROM user_account WHERE username = :u"),
                {"u": USERNAME}).scalar_one()
        t = time.perf_counter()
        assert secret_matches(stored, PASSWORD)
        return time.perf_counter() - t

if mode == "bare":
    watcher = FirstPaint(painted)
    window.installEventFilter(watcher)
else:  # the window or anything in it (a form covers the whole window)
    watcher = ScreenPainted(window.objectName(), painted)
    app.installEventFilter(watcher)
window.show()
app.exec()
"""


def child_runs(mode: str, db: Path, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(db)],
            capture_output=True, text=True, check=True, timeout=300,
        )
        for line in done.stdout.splitlines():
            key, _, value = line.partition(" ")
            if key in ("paint", "signin", "verify", "opened"):
                out.setdefault(key, []).append(float(value))
    return out


def wall_runs(command: list[str], runs: int) -> list[float]:
    env = dict(os.environ, CLUBDESK_USER="accueil", CLUBDESK_PASSWORD="Accueil-demo-2026")
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, timeout=120, env=env)
        out.append(time.perf_counter() - t)
    return out


def line(label: str, values: list[float], base: float | None) -> str:
    median = statistics.median(values)
    ratio = f"  ×{median / base:4.1f}" if base else ""
    return (f"  {label:<44}: {median * 1000:7.0f} ms (min {min(values) * 1000:.0f}, "
            f"max {max(values) * 1000:.0f}){ratio}")


def demo(folder: Path, size: str) -> Path:
    db = folder / f"{size}.sqlite3"
    script = Path(sys.executable).with_name("clubdesk")
    t = time.perf_counter()
    done = subprocess.run([str(script), "demo", "--size", size, "--db", str(db)],
                          capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t
    print(f"{size} demo generated in {elapsed:.1f} s: {done.stdout.strip()}")
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--small", help="reuse an existing small demo database")
    parser.add_argument("--large", "--db", dest="large",
                        help="reuse an existing large demo database")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clubdesk-bench-"))
    small = Path(args.small) if args.small else demo(folder, "small")
    large = Path(args.large) if args.large else demo(folder, "large")
    print(f"median of {args.runs} fresh processes; ratio to the bare figure beside it")
    bare = statistics.median(child_runs("bare", small, args.runs)["paint"])
    print(f"  {'bare PySide6 QMainWindow, first paint':<44}: {bare * 1000:7.0f} ms")
    # the floor of any sign-in window: a plain Qt form, no clubdesk code, no style sheet
    print(line("plain Qt form (2 fields, 1 button), paint", child_runs("form", small,
                                                                      args.runs)["paint"], bare))
    for name, db in (("small", small), ("large", large)):
        first = child_runs("window", db, args.runs)["paint"]
        print(line(f"sign-in window first paint, {name} club", first, bare))
        signed = child_runs("signin", db, args.runs)
        net = [s - v for s, v in zip(signed["signin"], signed["verify"], strict=True)]
        print(line(f"sign-in to reception painted, {name} club", net, bare))
        print(line("  (argon2 verification, not counted above)", signed["verify"], None))
        print(line("  (club opened behind it, while typing)", signed["opened"], None))
    python = wall_runs([sys.executable, "-c", "pass"], args.runs)
    script = str(Path(sys.executable).with_name("clubdesk"))
    search = wall_runs([script, "--db", str(small), "members", "search", "emilie"], args.runs)
    base = statistics.median(python)
    print(line("python -c pass", python, None))
    print(line("clubdesk members search emilie, small club", search, base))


if __name__ == "__main__":
    main()
