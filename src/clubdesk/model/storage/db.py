"""Opening the club's database: URL handling, SQLite pragmas, migrations, clear refusals.

Everything specific to one back end lives here and in clubdesk.model.storage.dialect (SQLite's
pragmas, transaction recipe and file checks; PostgreSQL's connection options, advisory
locks and notifications), so that the services run unchanged on SQLite and PostgreSQL.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

import clubdesk.model
from clubdesk.model import clock
from clubdesk.model.audit import (
    chain,  # noqa: F401  (records every change made in a session)
    seal,
)
from clubdesk.model.errors import DatabaseError, PassphraseNeeded, Term, render
from clubdesk.model.storage import dialect, encryption, local_disk, server, server_roles
from clubdesk.model.storage.private_files import create_private, private_dir, tighten

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# execution options of a writing unit of work: SQLite takes its write lock up front
WRITE_OPTIONS: dict[str, Any] = {"sqlite_begin": "IMMEDIATE"}
CONNECT_TIMEOUT_S = 5  # an unreachable server is reported after this, not after minutes
# the migrations belong to the tables (clubdesk.model.tables), not to this module
MIGRATIONS_DIR = Path(clubdesk.model.__file__).resolve().parent / "migrations"


READ_ONLY_SENTENCE = Term("Cette copie est ouverte en lecture seule : rien n'a été enregistré. "
                          "Notez ce que vous vouliez changer et refaites-le quand la base du "
                          "club répond à nouveau.")


def to_url(target: str) -> str:
    """A database URL from what the user typed: a URL, or a path to a SQLite file."""
    if "://" in target:
        return target
    path = Path(target).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path, *, create_parent: bool) -> None:
    """Refuse, in one sentence naming the file, a place where the database cannot live."""
    parent = path.parent
    if not parent.exists():
        if create_parent:
            private_dir(parent)
        else:
            raise DatabaseError(
                "Le dossier « {parent} » n'existe pas : impossible d'ouvrir la base « {path} ».",
                parent=parent, path=path)
    if path.is_dir():
        raise DatabaseError("« {path} » est un dossier, pas un fichier de base de données.",
                            path=path)
    if not path.exists():
        if not os.access(parent, os.W_OK):
            raise DatabaseError(
                "Impossible de créer la base « {path} » : le dossier n'est pas accessible "
                "en écriture.", path=path)
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError("Le fichier « {path} » ne peut pas être lu ({reason}).",
                            path=path, reason=exc.strerror or exc) from exc
    del header  # a file that is not plain SQLite may be encrypted: see _key_for


def _key_for(path: Path, passphrase: str | None) -> str | None:
    """The SQLCipher key to use for ``path``, or None for a plain file; refusals in words."""
    if encryption.is_encrypted_file(path):
        key = passphrase or encryption.passphrase_from_environment(path)
        if not key and encryption.encryption_required(path):
            raise PassphraseNeeded("La base « {path} » est chiffrée : donnez sa phrase de passe "
                                "(ou la variable CLUBDESK_PASSPHRASE).", path=path)
        if not key:
            raise PassphraseNeeded("Le fichier « {path} » n'est pas une base clubdesk lisible : ce "
                                "n'est pas une base SQLite (si c'est une base chiffrée, donnez "
                                "sa phrase de passe, par exemple avec CLUBDESK_PASSPHRASE).",
                                path=path)
        encryption.check_key(path, key)
        return key
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        # A club known to be encrypted is never opened in plaintext, even when its marker
        # is gone: a plain file swapped in for it is refused.
        why = encryption.known_encrypted(path, passphrase)
        if why == "marker":
            raise DatabaseError("La base « {path} » n'est pas chiffrée alors que le chiffrement "
                                "est activé pour elle : elle n'a pas été ouverte.", path=path)
        if why is not None:
            raise DatabaseError("La base « {path} » n'est pas chiffrée alors qu'une phrase de "
                                "passe est connue pour elle (CLUBDESK_PASSPHRASE ou trousseau "
                                "du système) : elle n'a pas été ouverte. Si elle a été "
                                "déchiffrée exprès, retirez cette phrase de passe.", path=path)
        return None
    key = passphrase or os.environ.get("CLUBDESK_PASSPHRASE") or None
    if key is not None or encryption.encryption_required(path):
        if not key:
            raise DatabaseError("La base « {path} » doit être chiffrée : donnez sa phrase de "
                                "passe.", path=path)
        encryption.sqlcipher()  # refuse now if SQLCipher is missing: never a plain file
        encryption.write_marker(path)
    return key


def _make_private(path: Path) -> None:
    """A new club file is created 0600 (its -wal and -shm follow); an existing one with
    looser rights is tightened."""
    if not path.exists():
        create_private(path)
        return
    for side in ("", "-wal", "-shm"):
        tighten(path.with_name(path.name + side))


def _install_sqlite_pragmas(engine: Engine, *, foreign_keys: bool,
                            passphrase: str | None = None, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event start transactions, so DDL is transactional too
        # (pysqlite would otherwise autocommit schema changes).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if passphrase is not None:  # SQLCipher: the key comes before anything else
            cur.execute(encryption.key_pragma(passphrase))
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if read_only:  # a backup to consult: its journal mode stays, nothing can be written
            cur.execute("PRAGMA query_only = ON")
        else:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, not left
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writing unit of work asks for IMMEDIATE: it takes the write lock up front, so
        # concurrent writers queue on busy_timeout instead of failing with "database is
        # locked" when a read turns into a write. Readers stay DEFERRED and never wait (WAL).
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, *, foreign_keys: bool = True,
                passphrase: str | None = None, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        extra: dict[str, Any] = {}
        if passphrase is not None:
            extra["module"] = encryption.sqlcipher()
        # Pooled connections keep their pragmas: opening a connection per query (and setting
        # WAL each time) cost more than the type-ahead query itself.
        engine = create_engine(
            url,
            pool_size=4,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            **extra,
        )
        _install_sqlite_pragmas(engine, foreign_keys=foreign_keys, passphrase=passphrase,
                                read_only=read_only)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # libpq's default sslmode "prefer" uses TLS whenever the server offers it; a URL may
        # ask for more (?sslmode=require or verify-full). The password may come from the
        # URL, PGPASSWORD, ~/.pgpass or the OS keyring (clubdesk.model.storage.server).
        return create_engine(url, pool_pre_ping=True, pool_size=4,
                             connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                           "application_name": "clubdesk"})
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    # Alembic is imported only when a migration runs: it costs ~0.1 s at every start.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def known_revisions() -> list[str]:
    """Schema revisions this version knows, oldest first.

    Convention (checked by a test): migration ``versions/NNNN_name.py`` has revision ``NNNN``
    and follows ``NNNN - 1``, so no Alembic import is needed to tell an old, current or newer
    database apart.
    """
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


class ServerUnreachable(DatabaseError):
    """The database server did not answer (network, server stopped): worth a retry."""


def _unreachable(where: str) -> ServerUnreachable:
    """'Le serveur 10.0.0.5:5432 (base « club ») ne répond pas…' from a URL; the text itself
    otherwise."""
    if "://" not in where:
        return ServerUnreachable("Le serveur de la base « {where} » ne répond pas. Vérifiez le "
                                 "réseau, puis réessayez.", where=where)
    parsed = make_url(where)
    return ServerUnreachable("Le serveur {host}:{port} (base « {database} ») ne répond pas. "
                             "Vérifiez le réseau, puis réessayez.",
                             host=parsed.host or "localhost", port=parsed.port or 5432,
                             database=parsed.database or "")


def check_connection(url: str) -> None:
    """Connect once to a server and answer a query; a refusal in one sentence naming it."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - the driver's own errors, put in words
        shown = make_url(url).render_as_string(hide_password=True)
        raise describe_failure(exc, shown) from exc
    finally:
        engine.dispose()


def describe_failure(exc: BaseException, where: str, *,
                     backups_beside: Path | None = None) -> DatabaseError:
    """Turn a driver error into one sentence naming the database. ``backups_beside``: the
    SQLite file, whose latest backup a damaged database's sentence then names."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in msg or "no password supplied" in msg:
        return DatabaseError("Le serveur de « {where} » refuse le mot de passe : vérifiez "
                             "l'utilisateur et le mot de passe.", where=where)
    if "does not exist" in msg and "database" in msg:
        return DatabaseError("La base « {where} » n'existe pas sur le serveur : créez-la "
                             "d'abord (voir docs/postgresql.md).", where=where)
    if ("connection refused" in msg or "could not connect" in msg or "timeout expired" in msg
            or "connection failed" in msg or "server closed the connection" in msg
            or "could not translate host name" in msg or "network is unreachable" in msg
            or "no route to host" in msg or "terminating connection" in msg
            or "consuming input failed" in msg or "connection is closed" in msg
            or "not currently accepting connections" in msg
            or "the database system is shutting down" in msg
            or "the database system is starting up" in msg):
        return _unreachable(where)
    if "ssl" in msg and ("required" in msg or "unsupported" in msg or "certificate" in msg):
        return DatabaseError("La connexion sécurisée (TLS) au serveur de « {where} » a "
                             "échoué : vérifiez le réglage TLS.", where=where)
    if "locked" in msg or "busy" in msg:
        return DatabaseError(
            "La base « {where} » est occupée par un autre programme : réessayez dans un "
            "instant.", where=where)
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return _damaged(where, backups_beside)
    if "readonly" in msg or "read-only" in msg:
        return DatabaseError("La base « {where} » est en lecture seule : rien n'a été "
                             "enregistré.", where=where)
    if "disk is full" in msg or "database or disk is full" in msg:
        return DatabaseError(
            "Le disque de la base « {where} » est plein : libérez de la place, rien n'a été "
            "enregistré.", where=where)
    if "unable to open" in msg:
        return DatabaseError("Impossible d'ouvrir la base « {where} ».", where=where)
    return DatabaseError("La base « {where} » n'a pas pu être utilisée.", where=where)


def _damaged(where: str, backups_beside: Path | None) -> DatabaseError:
    """A damaged database; with its latest backup (or the lack of one) when it is a file."""
    if backups_beside is None:
        return DatabaseError("Le fichier « {where} » est abîmé ou n'est pas une base clubdesk.",
                             where=where)
    copies = _backups_beside(backups_beside)
    if not copies:
        return DatabaseError("Le fichier « {where} » est abîmé ou n'est pas une base clubdesk. "
                             "Aucune sauvegarde n'a été trouvée à côté de la base.",
                             where=where)
    return DatabaseError("Le fichier « {where} » est abîmé ou n'est pas une base clubdesk. "
                         "Dernière sauvegarde : {backup} — pour la remettre : "
                         "clubdesk restore {backup}", where=where, backup=copies[-1])


def _backups_beside(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob(f"{path.stem}-sauvegarde-*.sqlite3"))


def latest_backup_hint(path: Path) -> str:
    """' Dernière sauvegarde : X (restaurez-la avec …)' when one exists beside the file, in
    the language of the interface."""
    copies = _backups_beside(path)
    if not copies:
        return render(Term(" Aucune sauvegarde n'a été trouvée à côté de la base."), {})
    return render(Term(" Dernière sauvegarde : {backup} — pour la remettre : "
                       "clubdesk restore {backup}"), {"backup": copies[-1]})


class Database:
    """An open club database: an engine, a session factory, and its schema at head."""

    def __init__(self, url: str, engine: Engine, passphrase: str | None = None,
                 read_only: bool = False) -> None:
        self.url = url
        self.engine = engine
        self.path = sqlite_path(url)
        self.passphrase = passphrase  # SQLCipher key; None for a plain file
        self.read_only = read_only  # a backup opened to consult while the server is away
        seal.register(engine, url, passphrase)  # how its audit entries are sealed
        # audit entries this desk's operations wrote: its live refresh skips them
        self.own_seqs: set[int] = set()
        # The pool's connections are closed when this object goes away, even if close() was
        # not called or a late query (a screen refreshing after its window closed) opened new
        # ones after it: a connection left to the garbage collector is never closed cleanly
        # (psycopg warns, the server keeps the session until it notices).
        weakref.finalize(self, engine.dispose)
        # PostgreSQL with clubdesk's database roles (clubdesk.model.storage.server_roles): the role
        # every connection takes after sign-in (None: the login's own).
        self.server_role: str | None = None
        self._roles_state: tuple[str, dict[str, bool]] | None = None
        self._roles_read = False
        self._hide_staff: bool | None = None
        if engine.dialect.name == "postgresql":
            server_roles.install(engine, self)

    # -- the server's roles (PostgreSQL) ---------------------------------------------------

    def use_role(self, role: str) -> None:
        """After sign-in: this club's connections take ``role``'s database role, when the
        server has them (nothing changes on SQLite or without `clubdesk db roles`)."""
        server_roles.switch(self, role)

    def server_roles_state(self) -> tuple[str, dict[str, bool]] | None:
        if not self._roles_read:
            database = make_url(self.url).database or ""
            try:
                self._roles_state = server_roles.read_state(self.engine, database)
            except (OperationalError, SQLAlchemyDatabaseError) as exc:  # server away
                raise describe_failure(exc, self.display_name) from exc
            self._roles_read = True
        return self._roles_state

    def set_server_role(self, name: str | None) -> None:
        self.server_role = name
        self._hide_staff = None

    def forget_server_roles(self) -> None:
        """The roles were just created or changed: read them again when next needed."""
        self._roles_read = False
        self._hide_staff = None

    @property
    def hides_staff_columns(self) -> bool:
        """True when the server refuses this desk's role the staff-only columns: rows are
        then loaded without them."""
        if self._hide_staff is None:
            try:
                self._hide_staff = (not self.is_sqlite and not self.read_only
                                    and not server_roles.staff_columns_readable(self.engine))
            except (OperationalError, SQLAlchemyDatabaseError) as exc:  # server away
                raise describe_failure(exc, self.display_name) from exc
        return self._hide_staff

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        """The file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @classmethod
    def open(
        cls, target: str, *, create_parent: bool = False, upgrade: bool = True,
        passphrase: str | None = None, read_only: bool = False,
    ) -> Database:
        """Open (and migrate) a club database. An encrypted file needs its passphrase
        (argument, else CLUBDESK_PASSPHRASE, else the keyring); a new file is created
        encrypted when a passphrase is given. ``read_only`` (or a URL ending in ``?mode=ro``)
        opens an existing SQLite file (a local backup) without ever writing to it: every save
        is refused in words. Its ``url`` keeps ``?mode=ro``, so that a worker thread opening
        the same club again is read-only too."""
        url = server.with_password(to_url(target))  # a server's password from the keyring
        path = sqlite_path(url)
        read_only = read_only or (path is not None and make_url(url).query.get("mode") == "ro")
        if read_only and path is not None:
            url = f"sqlite:///{path}?mode=ro"
        key = None
        if path is not None:
            if read_only and not path.is_file():
                raise DatabaseError("La copie « {path} » n'existe pas.", path=path)
            _check_sqlite_file(path, create_parent=create_parent)
            local_disk.check_local(path)
            key = _key_for(path, passphrase)
            if not read_only:
                _make_private(path)
        elif read_only:
            raise DatabaseError("Seule une copie locale peut être ouverte en lecture seule.")
        engine_url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else url
        engine = make_engine(engine_url, passphrase=key, read_only=read_only)
        db = cls(url, engine, key, read_only=read_only)
        try:
            db.check_version()
            if upgrade and not read_only:
                db.upgrade()
            elif read_only and db.current_revision() != head_revision():
                raise DatabaseError("La copie « {path} » a un schéma ancien : elle ne peut pas "
                                    "être consultée en lecture seule.", path=db.display_name)
        except DatabaseError:
            engine.dispose()
            raise
        except (OperationalError, SQLAlchemyDatabaseError, sqlite3.Error) as exc:
            engine.dispose()
            raise describe_failure(exc, db.display_name, backups_beside=path) from exc
        return db

    def close(self) -> None:
        self.engine.dispose()

    def ensure_identity(self) -> None:
        """Give the club its identity when it has none (clubdesk.model.storage.club_identity)."""
        from clubdesk.model.storage.club_identity import ensure_identity

        ensure_identity(self)

    @contextmanager
    def session(self, *, write: bool = True, actor: Any = None) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error.

        In a writing session every change is recorded in the audit trail under the actor's
        name (clubdesk.model.audit.trail), in the same transaction."""
        if write and self.read_only:
            raise DatabaseError(READ_ONLY_SENTENCE)
        session = Session(self.engine, expire_on_commit=False)
        if not self.is_sqlite and self.hides_staff_columns:
            session.info["hide_staff_columns"] = True
        if write:
            session.info["actor_name"] = actor.name if actor is not None else "système"
        try:
            if write:
                self.begin_write(session)
            yield session
            session.commit()
        except (OperationalError, SQLAlchemyDatabaseError) as exc:
            session.rollback()
            raise describe_failure(exc, self.display_name, backups_beside=self.path) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- schema versions -------------------------------------------------------------

    def current_revision(self) -> str | None:
        return self._schema_state()[1]

    def _schema_state(self) -> tuple[set[str], str | None]:
        """Table names and schema revision, read without changing anything in the file."""
        if self.path is not None:
            if not self.path.exists() or self.path.stat().st_size == 0:
                return set(), None
            # Read-only, plain DB-API: not even the WAL pragma touches a file we may refuse.
            conn = encryption.connect(self.path, self.passphrase, readonly=True)
            try:
                tables = {
                    r[0]
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                revision = None
                if "alembic_version" in tables:
                    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = row[0] if row else None
            finally:
                conn.close()
            return tables, revision
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as sa_conn:
            names = set(self.engine.dialect.get_table_names(sa_conn))
            return names, MigrationContext.configure(sa_conn).get_current_revision()

    def check_version(self) -> None:
        """Refuse a database written by a newer clubdesk, or one that is not ours."""
        tables, current = self._schema_state()
        if current is None:
            if tables - {"alembic_version"}:
                raise DatabaseError(
                    "La base « {database} » contient déjà des tables qui ne sont pas "
                    "celles de clubdesk : elle n'a pas été modifiée.",
                    database=self.display_name)
            return
        if current not in known_revisions():
            raise DatabaseError(
                "La base « {database} » a été écrite par une version plus récente de "
                "clubdesk (schéma {revision}) : installez la dernière version pour l'ouvrir.",
                database=self.display_name, revision=current)

    def status(self) -> dict[str, Any]:
        current = self.current_revision()
        head = head_revision()
        return {
            "database": self.display_name,
            "current": current,
            "head": head,
            "up_to_date": current == head,
        }

    def upgrade(self, revision: str = "head") -> Path | None:
        """Migrate to ``revision``; a copy of the file is set aside first. Returns the copy."""
        current = self.current_revision()
        if current == head_revision() and revision == "head":
            return None
        copy = None
        if current is not None and self.path is not None and self.path.exists():
            copy = self.backup_before_migration(current)
        with chain.outside_trail("the schema migrated"):
            self._run_alembic("upgrade", revision)
        server_roles.refresh_grants(self)  # new tables and columns: the roles' privileges
        self.forget_server_roles()
        return copy

    def downgrade(self, revision: str = "base") -> None:
        with chain.outside_trail("the schema migrated"):  # a downgrade may move data too
            self._run_alembic("downgrade", revision)

    def _run_alembic(self, action: str, revision: str) -> None:
        # Foreign keys off while tables are rebuilt (batch mode would cascade deletes),
        # then checked before the single transaction commits.
        from alembic import command

        engine = (make_engine(self.url, foreign_keys=False, passphrase=self.passphrase)
                  if self.is_sqlite else self.engine)
        try:
            with engine.begin() as conn:
                cfg = alembic_config(self.url)
                cfg.attributes["connection"] = conn
                getattr(command, action)(cfg, revision)
                if self.is_sqlite:
                    broken = dialect.foreign_key_problems(conn)
                    if broken:
                        raise DatabaseError(
                            "La mise à jour de la base « {database} » a été annulée : "
                            "{count} références cassées.",
                            database=self.display_name, count=len(broken))
        finally:
            if engine is not self.engine:
                engine.dispose()

    def backup_before_migration(self, revision: str) -> Path:
        assert self.path is not None
        from clubdesk.model.storage import backup_manifest

        folder = private_dir(self.path.parent / "backups", ours=True)
        stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-avant-mise-a-jour-{revision}-{stamp}.sqlite3"
        tmp = target.with_name(target.name + ".en-cours")
        try:
            self.backup_to(tmp)
            facts = backup_manifest.inspect_copy(tmp, self.passphrase)
            backup_manifest.write_manifest(tmp, facts)
            os.replace(backup_manifest.manifest_path(tmp), backup_manifest.manifest_path(target))
            os.replace(tmp, target)
        except Exception as exc:  # noqa: BLE001 - a full disk: nothing is migrated
            backup_manifest.manifest_path(target).unlink(missing_ok=True)
            raise DatabaseError("La copie d'avant la mise à jour de « {database} » n'a pas pu "
                                "être écrite (disque plein ?) : la base n'a pas été mise à "
                                "jour.", database=self.display_name) from exc
        finally:
            for side in ("", "-journal", "-wal", "-shm"):
                tmp.with_name(tmp.name + side).unlink(missing_ok=True)
            backup_manifest.manifest_path(tmp).unlink(missing_ok=True)
        log.info("pre-migration copy written")
        return target

    def backup_to(self, target: Path) -> None:
        """A consistent copy with SQLite's online backup API (works while others write)."""
        assert self.path is not None
        # An encrypted database gives an encrypted copy, with the same key.
        if not target.exists():
            create_private(target)
        src = encryption.connect(self.path, self.passphrase, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = encryption.connect(target, self.passphrase)
            try:
                src.backup(dst)
                # a copy is one self-contained file: no -wal or -shm beside it
                dst.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                dst.close()
        finally:
            src.close()

    def check(self) -> dict[str, Any]:
        """integrity_check and foreign_key_check, for `clubdesk db check` and the start."""
        try:
            with self.engine.connect() as conn:
                integrity = dialect.integrity_problems(conn)
                broken = dialect.foreign_key_problems(conn)
        except (OperationalError, SQLAlchemyDatabaseError) as exc:
            hint = latest_backup_hint(self.path) if self.path is not None else ""
            return {"integrity": [f"{describe_failure(exc, self.display_name)}{hint}"],
                    "ok": False, "foreign_key_problems": 0}
        ok = integrity == ["ok"] and not broken
        if not ok and self.path is not None:
            integrity.append(latest_backup_hint(self.path).strip())
        return {"integrity": integrity, "ok": ok, "foreign_key_problems": len(broken)}

    def scrub(self, tables: Iterable[str] = ()) -> None:
        """After an erasure (committed): leave the erased text in no page of the files.

        SQLite: checkpoint the WAL into the file and rebuild the file (VACUUM), so that
        erased text is in neither (SQLite keeps old pages, free pages and WAL frames until
        then). PostgreSQL: VACUUM cannot run in a transaction, so it runs here, after the
        commit, in autocommit: VACUUM FULL rewrites each table touched (with its indexes and
        TOAST) into new files, leaving no dead row with the old text (a plain VACUUM only
        marks them reusable). It waits at most a few seconds for other desks' locks; a table
        it cannot lock (or own) is skipped, logged without any personal data, and the old
        row versions are then overwritten as the table is reused. The server's WAL files,
        archives and replicas are the server operator's retention, out of reach from here."""
        if not self.is_sqlite:
            self._vacuum_full(sorted(set(tables)))
            return
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()
        self.engine.dispose()  # other pooled connections may hold old pages in memory

    def _vacuum_full(self, tables: list[str]) -> None:
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("SET lock_timeout = '3s'"))
            try:
                for name in tables:  # names of our own tables, never user text
                    try:
                        conn.execute(text(f'VACUUM FULL "{name}"'))
                    except SQLAlchemyDatabaseError as exc:
                        log.warning("VACUUM FULL skipped for table %s (%s)", name,
                                    type(exc.orig).__name__)
            finally:
                conn.execute(text("RESET lock_timeout"))

    def begin_write(self, session: Session) -> None:
        """Start ``session``'s transaction as a writer (SQLite: BEGIN IMMEDIATE)."""
        if self.is_sqlite:
            session.connection(execution_options=WRITE_OPTIONS)

    def foreign_key_problems(self) -> int:
        with self.engine.connect() as conn:
            return len(dialect.foreign_key_problems(conn))

    def pragma(self, name: str) -> Any:
        """Read one PRAGMA on a fresh connection from the engine (tests and `db check`)."""
        with self.engine.connect() as conn:
            return conn.execute(text(f"PRAGMA {name}")).scalar()
