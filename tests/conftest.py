"""Shared fixtures: a fresh database per test, factories, an isolated data directory.

The suite runs on SQLite by default. With ``CLUBDESK_TEST_PG_URL`` set to a PostgreSQL
server's administrative URL (``./dev test`` starts a throw-away cluster and sets it), every
test that asks for ``db_target``, ``demo_target``, ``club`` or ``new_db`` runs on a fresh
PostgreSQL database instead, cloned from a migrated template. Tests about the SQLite *file*
itself (``db_path``, ``demo_db``: pragmas, encryption, backups of the file, crashes) are
skipped on PostgreSQL, with that reason.

The small demo club is generated once per run: in a SQLite file (``demo_files``) that each
test copies, or in a PostgreSQL template that each test clones; every copy is given an
identity, a key record and an anchor of its own (``TemplateSeal``), as a new club would have.
Tests about the generation itself call ``demo.generate``.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit trail's sealing keys (clubdesk.model.audit.seal) live in this desk's configuration
# folder: one folder for the whole run, so that a club cloned from a template made by an
# earlier test still finds its key (each club has its own key, by its identity).
if "CLUBDESK_CONFIG_DIR" not in os.environ:
    import atexit

    _config = tempfile.mkdtemp(prefix="clubdesk-config-")
    os.environ["CLUBDESK_CONFIG_DIR"] = _config
    atexit.register(shutil.rmtree, _config, True)

from hypothesis import settings  # noqa: E402
from sqlalchemy import Engine, event  # noqa: E402

from clubdesk.model import clock  # noqa: E402  # noqa: E402
from clubdesk.model.audit import chain  # noqa: E402
from clubdesk.model.audit import chain as audit_chain  # noqa: E402
from clubdesk.model.audit import seal as audit_seal
from clubdesk.model.club import Club  # noqa: E402
from clubdesk.model.storage.club_identity import IDENTITY_KEY, read_identity  # noqa: E402
from clubdesk.model.storage.db import Database, to_url  # noqa: E402
from clubdesk.model.tables import Member  # noqa: E402

TABLES = set(Member.metadata.tables)

# CI runs the property tests with a fixed seed so that a red build can be replayed;
# developers' runs explore new examples every time.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


# The club's clock in every test: the demo club's day (generated with today=DEMO_DAY), at ten
# in the morning unless CLUBDESK_TEST_NOW says otherwise (tests/ui/test_any_hour.py runs the
# reception's tests at other hours that way). No test reads the machine's clock.
DEMO_DAY = date(2026, 11, 23)
TEST_NOW = os.environ.get("CLUBDESK_TEST_NOW", f"{DEMO_DAY.isoformat()}T10:00:00")


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts at TEST_NOW, local time; the clock runs from there. Child
    processes (the command line) start at the same moment through CLUBDESK_NOW."""
    monkeypatch.setenv(clock.ENV, TEST_NOW)
    clock.reset()
    yield
    clock.reset()


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("CLUBDESK_DATA_DIR", str(data))
    monkeypatch.delenv("CLUBDESK_DB", raising=False)
    return data


class WriteGuard:
    """Every write the program makes is on the record (issue 16, item 1): during the whole
    suite, a DML statement on a club table that clubdesk's code sends to the database
    outside the audited path (clubdesk.model.audit.chain: a session's flush or bulk
    statement, or a declared ``outside_trail`` copy) is noted, and fails the test that made
    it. Statements written by the tests themselves (to tamper with a file, say) are not
    the program's writes."""

    DML = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?',
                     re.IGNORECASE)

    def __init__(self) -> None:
        self.found: list[str] = []
        self.strict = False  # True: the tests' own statements count too (the guard's test)

    def table_of(self, sql: str) -> str | None:
        match = self.DML.match(sql)
        if match is None:
            return None
        name = match.group(1).lower()
        if name not in TABLES or name in chain.UNRECORDED_TABLES:
            return None
        return name

    def from_tests(self) -> bool:
        frame = sys._getframe(2)
        while frame is not None:
            name = frame.f_code.co_filename
            if f"{os.sep}clubdesk{os.sep}" in name and f"{os.sep}tests{os.sep}" not in name:
                return False
            if f"{os.sep}tests{os.sep}" in name and "conftest" not in name:
                return True
            frame = frame.f_back  # type: ignore[assignment]
        return False

    def before_cursor_execute(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        table = self.table_of(statement)
        if table is None or chain.audited_path() is not None:
            return
        if not self.strict and self.from_tests():
            return
        self.found.append(f"{table}: {statement.split(chr(10))[0][:120]}")


WRITE_GUARD = WriteGuard()
event.listen(Engine, "before_cursor_execute", WRITE_GUARD.before_cursor_execute)


@pytest.fixture(autouse=True)
def every_write_on_the_record() -> Iterator[WriteGuard]:
    WRITE_GUARD.found.clear()
    yield WRITE_GUARD
    found, WRITE_GUARD.found[:] = list(WRITE_GUARD.found), []
    assert not found, f"writes outside the audit trail: {found}"


PG_ADMIN_URL = os.environ.get("CLUBDESK_TEST_PG_URL", "")
BACKEND = "postgresql" if PG_ADMIN_URL else "sqlite"
FILE_ONLY = "SQLite file test: PostgreSQL has no such file (run by the SQLite pass)"


def pytest_report_header() -> str:
    return f"clubdesk database back end: {BACKEND}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if BACKEND != "postgresql":
        return
    skip = pytest.mark.skip(reason=FILE_ONLY)
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


def generate_demo(c: Club, seed: int = 1) -> None:
    """The tests' demo club: small, on DEMO_DAY."""
    from clubdesk.model import demo

    demo.generate(c.db, c.actor, size="small", seed=seed, today=DEMO_DAY)


@dataclass(frozen=True)
class TemplateSeal:
    """What makes a copy of a generated club a club of its own: the template's identity, the
    sealing keys this desk holds for it, and its anchor (clubdesk.model.audit.seal)."""

    identity: str
    keys: audit_seal.KeyRecord
    anchor: tuple[int, str] | None

    @classmethod
    def of(cls, url: str) -> TemplateSeal:
        db = Database.open(url)
        try:
            identity = read_identity(db)
        finally:
            db.close()
        assert identity, "the generated demo club has no identity"
        anchor = audit_seal.read_anchor(url)
        return cls(identity, audit_seal.load_keys(identity),
                   None if anchor is None else (anchor.seq, anchor.seal))

    def give_identity(self, url: str) -> str:
        """Turn the copy at ``url`` into a club of its own, as a fresh generation would be: a
        new identity (in the copy, outside the trail as the program stamps it), this desk's key
        record for it (the same key: the copied seals verify) and its own anchor. A test that
        removes its club's key or anchor touches no other test's club."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        identity = str(uuid.uuid4())
        engine = create_engine(to_url(url), poolclass=NullPool)
        try:
            with audit_chain.outside_trail("a test's copy of the demo club gets its identity"), \
                    engine.begin() as conn:
                conn.execute(text("UPDATE setting SET value = :v WHERE key = :k"),
                             {"v": identity, "k": IDENTITY_KEY})
        finally:
            engine.dispose()
        keys = audit_seal.KeyRecord(list(self.keys.keys), self.keys.since,
                                    str(audit_seal.key_file(identity)))
        audit_seal.save_keys(identity, keys)
        if self.anchor is not None:
            audit_seal.write_anchor(url, identity, *self.anchor)
        return identity


class DemoFiles:
    """The small demo club generated once per run (per seed) in a SQLite file; every test gets
    a copy of its own (``copy``). Generated inside the first test that asks, on that test's
    clock, as the PostgreSQL template is."""

    SIDES = ("-wal", "-shm", "-journal")

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[int, tuple[Path, TemplateSeal]] = {}

    def template(self, seed: int = 1) -> tuple[Path, TemplateSeal]:
        if seed not in self.made:
            path = self.folder / f"demo-{seed}.sqlite3"
            c = Club.open(str(path))
            try:
                generate_demo(c, seed)
            finally:
                c.close()
            self.made[seed] = (path, TemplateSeal.of(str(path)))
        return self.made[seed]

    def copy(self, target: Path, seed: int = 1) -> Path:
        """The demo club (generated with ``seed``) copied to ``target``, a club of its own."""
        source, seal = self.template(seed)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        for side in self.SIDES:  # none after a clean close; copied if ever there
            if source.with_name(source.name + side).exists():
                shutil.copy2(source.with_name(source.name + side),
                             target.with_name(target.name + side))
        seal.give_identity(str(target))
        return target


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> DemoFiles:
    """The demo club in SQLite files, generated once per run: ``demo_files.copy(path, seed=1)``
    (on either back end: some tests copy a SQLite club to the server)."""
    return DemoFiles(tmp_path_factory.mktemp("demo-templates"))


class PostgresDatabases:
    """Databases on the test server. A migrated empty database is recycled between tests
    (TRUNCATE … RESTART IDENTITY: as good as new, ~20 times faster than CREATE DATABASE);
    the demo club is cloned from a template made once (CREATE DATABASE … TEMPLATE)."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine, make_url

        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.base = make_url(admin_url)
        self.prefix = f"t{os.getpid()}_"
        self.counter = itertools.count(1)
        self.templates: dict[str, str] = {}
        self.seals: dict[str, TemplateSeal] = {}
        self.pool: list[str] = []
        self.all: set[str] = set()
        # released at the next test's set-up: a widget's timer may still read its database
        # while pytest-qt closes the windows after our teardown
        self.pending: list[tuple[str, str]] = []

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str, **params: Any) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql), params)

    def create(self, template: str = "template0") -> str:
        name = f"{self.prefix}{next(self.counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self.all.add(name)
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.all.discard(name)

    def template(self, kind: str) -> str:
        """'schema': migrated and empty; 'demo': the small demo club (made once per run)."""
        if kind not in self.templates:
            name = self.create()
            c = Club.open(self.url(name))
            try:
                if kind == "demo":
                    generate_demo(c)
            finally:
                c.close()
            if kind == "demo":
                self.seals[kind] = TemplateSeal.of(self.url(name))
            self.templates[kind] = name
        return self.templates[kind]

    def acquire(self, kind: str) -> str:
        self.flush()
        if kind == "schema" and self.pool:
            return self.pool.pop()
        name = self.create("template0" if kind == "empty" else self.template(kind))
        if kind in self.seals:
            self.seals[kind].give_identity(self.url(name))
        return name

    def release(self, name: str, kind: str) -> None:
        self.pending.append((name, kind))

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        for name, kind in pending:
            if kind == "schema" and self._clean(name):
                self.pool.append(name)
            else:
                self.drop(name)

    def _clean(self, name: str) -> bool:
        """Empty every table of a database left at head; False when it is not reusable."""
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        from clubdesk.model.storage.db import head_revision

        self._execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = :n AND pid <> pg_backend_pid()", n=name)
        engine = create_engine(self.url(name), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")
                                        ).scalar()
                tables = [r[0] for r in conn.execute(text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"))]
                if revision != head_revision() or set(tables) != set(TABLES):
                    return False
                conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)
                                  + " RESTART IDENTITY CASCADE"))
            return True
        except Exception:  # noqa: BLE001 - anything odd: the database is dropped instead
            return False
        finally:
            engine.dispose()

    def close(self) -> None:
        self.pending.clear()
        for name in list(self.all):
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases | None]:
    if not PG_ADMIN_URL:
        yield None
        return
    dbs = PostgresDatabases(PG_ADMIN_URL)
    yield dbs
    dbs.close()


NewDatabase = Callable[..., str]


@pytest.fixture
def new_db(tmp_path: Path, postgres: PostgresDatabases | None,
           demo_files: DemoFiles) -> Iterator[NewDatabase]:
    """``new_db(name, kind="empty"|"schema"|"demo")``: a database target (path or URL)."""
    made: list[tuple[str, str]] = []

    def factory(name: str = "club", kind: str = "empty") -> str:
        if postgres is None:
            path = tmp_path / f"{name}.sqlite3"
            if kind == "demo":
                return str(demo_files.copy(path))
            if kind == "schema":
                Club.open(str(path)).close()
            return str(path)
        made.append((postgres.acquire(kind), kind))
        return postgres.url(made[-1][0])

    yield factory
    if postgres is not None:
        for name, kind in made:
            postgres.release(name, kind)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file itself: tests that ask for it are file-level tests (SQLite only)."""
    if BACKEND == "postgresql":
        pytest.skip(FILE_ONLY)
    return tmp_path / "club.sqlite3"


@pytest.fixture
def db_target(new_db: NewDatabase) -> str:
    """The test's club database, on the back end under test: an empty SQLite path, or an
    empty PostgreSQL database already at the current schema."""
    return new_db("club", kind="schema" if BACKEND == "postgresql" else "empty")


@pytest.fixture
def club(db_target: str) -> Iterator[Club]:
    c = Club.open(db_target)
    yield c
    c.close()


MemberFactory = Callable[..., Member]


@pytest.fixture
def make_member(club: Club) -> MemberFactory:
    counter = iter(range(1, 1_000_000))

    def factory(first_name: str | None = None, *, joined_on: date | None = date(2024, 1, 8),
                **fields: Any) -> Member:
        n = next(counter)
        return club.members.create(first_name or f"Prénom{n}", joined_on=joined_on,
                                   last_name=fields.pop("last_name", f"Nom{n}"), **fields)

    return factory


@pytest.fixture
def demo_target(request: pytest.FixtureRequest, new_db: NewDatabase) -> str:
    """The small demo club on the back end under test (the ``demo_db`` file on SQLite)."""
    if BACKEND == "sqlite":
        return str(request.getfixturevalue("demo_db"))
    return new_db("demo", kind="demo")


@pytest.fixture
def demo_db(tmp_path: Path, demo_files: DemoFiles) -> Path:
    """A small demo club in a SQLite file: a copy of the one generated for the whole run."""
    if BACKEND == "postgresql":
        pytest.skip(FILE_ONLY)
    return demo_files.copy(tmp_path / "demo.sqlite3")


def with_every_kind(target: str) -> str:
    """``target`` (a demo club) with every kind of structure on and their demo parts: the
    GEM's outings, the pre-insertion's applications… (issue 20). Tests that walk every
    screen use it; the figures' tests keep the club-house demo."""
    from clubdesk.model import demo
    from clubdesk.model.access import Actor
    from clubdesk.model.club import Club
    from clubdesk.model.structure_kinds import KINDS

    club = Club.open(target)
    try:
        demo.add_kinds(club.db, Actor("démo", "direction"), KINDS, today=DEMO_DAY)
    finally:
        club.close()
    return target


@pytest.fixture
def every_kind_target(demo_target: str) -> str:
    """The demo club on the back end under test, every kind of structure on."""
    return with_every_kind(demo_target)


@pytest.fixture
def every_kind_db(demo_db: Path) -> Path:
    """The demo club in a SQLite file, every kind of structure on."""
    return Path(with_every_kind(str(demo_db)))


SmallDisk = Callable[..., Path]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """``small_disk(kib=256)``: a folder on a real, tiny file system (tmpfs) where writing
    past ``kib`` fails with ENOSPC, as on a full disk. Mounting needs root (CI runs as root);
    elsewhere the test is skipped."""
    import subprocess

    mounted: list[Path] = []

    def factory(kib: int = 256) -> Path:
        point = tmp_path / f"small-disk-{len(mounted)}"
        point.mkdir()
        run = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs",
                              str(point)], capture_output=True)
        if run.returncode != 0:
            pytest.skip("a small file system cannot be mounted here (needs root)")
        mounted.append(point)
        return point

    yield factory
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
