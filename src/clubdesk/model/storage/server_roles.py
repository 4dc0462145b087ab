"""clubdesk's roles held by the PostgreSQL server itself (issue 16, item 10).

``set_up`` (``clubdesk db roles``, direction) gives a club's database three database roles,
``<database>_accueil``, ``<database>_equipe`` and ``<database>_direction``, with the
privileges of the clubdesk roles, computed from the one definition of staff-only data
(clubdesk.model.access): reception's role cannot SELECT a follow-up, a path, a note, a
leave reason, the audit trail's who-and-which-record, whatever client it uses.

Two ways for a desk to use them (docs/postgresql.md):
- the desk connects with a login that is a member of the three roles (the owner, by
  default): after sign-in each pooled connection runs ``SET ROLE <database>_<role>``
  (``switch``), so the services run with exactly the role's privileges. The login itself
  could ``RESET ROLE``: this protects against a mistake in clubdesk, not against someone
  holding that login's password;
- the reception desk connects as ``<database>_accueil`` itself (a LOGIN role, password
  given to ``db roles``): nothing on that desk can read more, whoever signs in there.

On SQLite, and on a server where ``db roles`` was never run, nothing changes.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.orm import ORMExecuteState, defer
from sqlalchemy.pool import NullPool
from sqlmodel import Session, SQLModel

from clubdesk.model import tables as _tables  # noqa: F401  (fills SQLModel.metadata)
from clubdesk.model.access import (
    DIRECTION_ONLY_COLUMNS,
    DIRECTION_ONLY_TABLES,
    ROLE_LABELS,
    ROLES,
    STAFF_ONLY_COLUMNS,
    STAFF_ONLY_TABLES,
    Actor,
    require,
)
from clubdesk.model.errors import AccessDenied, ClubdeskError

if TYPE_CHECKING:
    from clubdesk.model.storage.db import Database

# What every role reads of the audit trail: enough to append (the last seq and hash) and
# for live refresh (which kinds of record changed); never who, nor which record.
AUDIT_HIDDEN = frozenset({"username", "record_id"})
# Signing in happens before the role is known (on a desk whose login is the reception's
# role, too): the roles read and update the accounts and the sign-in counters.
SIGN_IN_TABLES = {"user_account": "SELECT, UPDATE",
                  "sign_in_throttle": "SELECT, INSERT, UPDATE, DELETE"}
DML = "SELECT, INSERT, UPDATE, DELETE"
MAX_NAME = 63  # PostgreSQL's identifiers
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def role_name(database: str, role: str) -> str:
    """``<database>_<role>`` (lower case; a database name that is not a plain identifier
    is refused rather than quoted into surprises)."""
    name = f"{database}_{role}".lower()
    if not _NAME.match(name) or len(name) > MAX_NAME:
        raise ClubdeskError("Le nom de la base « {database} » ne permet pas de créer ses rôles "
                            "(lettres sans accent, chiffres et soulignés, 50 caractères au "
                            "plus).", database=database)
    return name


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def grants(database: str) -> list[str]:
    """The GRANT statements of the three roles (after a REVOKE of everything)."""
    names = {role: _q(role_name(database, role)) for role in ROLES}
    everyone = ", ".join(names.values())
    out = [f"GRANT CONNECT ON DATABASE {_q(database)} TO {everyone}",
           f"GRANT USAGE ON SCHEMA public TO {everyone}",
           f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
           # the direction imports and copies clubs: ids written as they are, then moved on
           f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO {names['direction']}",
           f"GRANT SELECT ON alembic_version TO {everyone}"]
    for table in SQLModel.metadata.sorted_tables:
        t = _q(table.name)
        out.append(f"REVOKE ALL ON {t} FROM {everyone}")
        out.append(f"GRANT {DML} ON {t} TO {names['direction']}")
        if table.name == "audit_entry":
            shown = ", ".join(_q(c.name) for c in table.columns if c.name not in AUDIT_HIDDEN)
            for role in ("accueil", "equipe"):
                out.append(f"GRANT INSERT, SELECT ({shown}) ON {t} TO {names[role]}")
            continue
        if table.name in SIGN_IN_TABLES:
            for role in ("accueil", "equipe"):
                out.append(f"GRANT {SIGN_IN_TABLES[table.name]} ON {t} TO {names[role]}")
            continue
        if table.name in DIRECTION_ONLY_TABLES:
            continue
        if table.name in DIRECTION_ONLY_COLUMNS:
            hidden = DIRECTION_ONLY_COLUMNS[table.name]
            shown = ", ".join(_q(c.name) for c in table.columns if c.name not in hidden)
            for role in ("accueil", "equipe"):
                out.append(f"GRANT SELECT ({shown}), INSERT, UPDATE, DELETE ON {t} TO "
                           f"{names[role]}")
            continue
        out.append(f"GRANT {DML} ON {t} TO {names['equipe']}")
        if table.name in STAFF_ONLY_TABLES:
            continue
        hidden = STAFF_ONLY_COLUMNS.get(table.name, frozenset())
        shown = ", ".join(_q(c.name) for c in table.columns if c.name not in hidden)
        select = f"SELECT ({shown})" if hidden else "SELECT"
        out.append(f"GRANT {select}, INSERT, UPDATE, DELETE ON {t} TO {names['accueil']}")
    return out


def _database(db: Database) -> str:
    return str(make_url(db.url).database or "")


def roles_present(connection: Connection, database: str) -> dict[str, bool]:
    """The roles of this database that exist, each with whether the login may switch to
    it (is a member of it, or a superuser)."""
    wanted = [role_name(database, r) for r in ROLES]
    rows = connection.execute(text(
        "SELECT rolname, pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles "
        "WHERE rolname = ANY(:names)"), {"names": wanted}).all()
    return {str(name): bool(member) for name, member in rows}


def set_up(db: Database, actor: Actor, passwords: Mapping[str, str] | None = None) -> list[str]:
    """Create (or bring up to date) the three roles of the club's database and their
    privileges; a role given a password can log in with it, the others cannot. The login
    running this (the database's owner, with CREATEROLE) becomes a member of the three, so
    that desks connecting with it switch role after sign-in. Returns the roles' names."""
    require(actor, "direction")
    if db.is_sqlite:
        raise ClubdeskError("Les rôles du serveur n'existent que pour un club sur un serveur "
                            "PostgreSQL : un fichier SQLite n'a qu'un utilisateur.")
    from clubdesk.model.accounts.users import has_accounts

    if not has_accounts(db):  # the first account is created at the sign-in desk's role
        raise ClubdeskError("Créez d'abord le premier compte, celui de la direction, puis les "
                            "rôles du serveur.")
    passwords = dict(passwords or {})
    unknown = set(passwords) - set(ROLES)
    if unknown:
        raise ClubdeskError("Rôle inconnu : {role}.", role=", ".join(sorted(unknown)))
    database = _database(db)
    names = {role: role_name(database, role) for role in ROLES}
    engine = _login_engine(db)
    try:
        _set_up(engine, database, names, passwords)
    finally:
        engine.dispose()
    db.forget_server_roles()
    return [names[r] for r in ROLES]


def _login_engine(db: Database) -> Engine:
    """A connection of the desk's login itself (the desk's pool may have switched role)."""
    return create_engine(db.url, poolclass=NullPool)


def _set_up(engine: Engine, database: str, names: dict[str, str],
            passwords: dict[str, str]) -> None:
    with engine.connect() as conn:
        existing = roles_present(conn, database)
        can = conn.execute(text(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user")
        ).scalar()
        if not can:
            raise AccessDenied("L'utilisateur du serveur de ce poste ne peut pas créer de rôles "
                               "(il lui faut CREATEROLE) : demandez à l'administrateur du "
                               "serveur (voir docs/postgresql.md).")
        login = str(conn.execute(text("SELECT session_user")).scalar())
        conn.rollback()
        with conn.begin():
            for role, name in names.items():
                if name not in existing:
                    conn.exec_driver_sql(f"CREATE ROLE {_q(name)} NOLOGIN")
                password = passwords.get(role)
                if password:
                    conn.exec_driver_sql(
                        f"ALTER ROLE {_q(name)} LOGIN PASSWORD {_literal(password)}")
                if login not in names.values():
                    conn.exec_driver_sql(f"GRANT {_q(name)} TO {_q(login)}")
            for statement in grants(database):
                conn.exec_driver_sql(statement)


def refresh_grants(db: Database) -> None:
    """After a migration (new tables, new columns): the roles' privileges again, when the
    database has them. Silent when it has none."""
    if db.is_sqlite:
        return
    database = _database(db)
    engine = _login_engine(db)
    try:
        with engine.begin() as conn:
            if len(roles_present(conn, database)) != len(ROLES):
                return
            for statement in grants(database):
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


# -- a desk using its role ---------------------------------------------------------------


def switch(db: Database, role: str) -> None:
    """After sign-in: the desk's connections take the database role of ``role`` (nothing
    to do on SQLite, nor when the database has no roles, nor when the login cannot switch)."""
    if db.is_sqlite or db.read_only:
        return
    state = db.server_roles_state()
    if not state:
        return
    login, present = state
    database = _database(db)
    target = role_name(database, role)
    login_role = next((r for r in ROLES if role_name(database, r) == login), None)
    if login_role is not None:  # the desk's login is one of the roles: it stays that role
        db.set_server_role(None)
        if ROLES.index(role) <= ROLES.index(login_role):
            return
        raise AccessDenied("Ce poste se connecte au serveur avec le rôle « {login} » : il ne "
                           "permet pas le rôle {role}. Entrez sur un poste prévu pour ce "
                           "rôle.", login=login, role=ROLE_LABELS[role])
    db.set_server_role(target if present.get(target) else None)


def read_state(engine: Engine, database: str) -> tuple[str, dict[str, bool]] | None:
    """(login, {role: may switch}) when the database has its roles; None otherwise."""
    with engine.connect() as conn:
        present = roles_present(conn, database)
        login = str(conn.execute(text("SELECT session_user")).scalar())
    if len(present) != len(ROLES):
        return None
    return login, present


def staff_columns_readable(engine: Engine) -> bool:
    """Whether this connection's role may read the staff-only columns."""
    with engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT has_column_privilege('member', 'rqth', 'SELECT')")).scalar())


def install(engine: Engine, db: Database) -> None:
    """Each pooled connection takes the desk's current database role when it is lent."""
    ref = weakref.ref(db)

    @event.listens_for(engine, "checkout")
    def _take_role(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        owner = ref()
        wanted = owner.server_role if owner is not None else None
        if record.info.get("clubdesk_role") == wanted:
            return
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("RESET ROLE" if wanted is None else f"SET ROLE {_q(wanted)}")
        finally:
            cursor.close()
        if not getattr(dbapi_conn, "autocommit", False):
            dbapi_conn.commit()  # a rollback later must not undo the role
        record.info["clubdesk_role"] = wanted


def _hide_staff_columns(state: ORMExecuteState) -> None:
    """Rows loaded for a role that may not read the staff-only columns are loaded without
    them (reading one then raises instead of asking the server, which would refuse)."""
    if not state.is_select or not state.session.info.get("hide_staff_columns"):
        return
    options = []
    for description in getattr(state.statement, "column_descriptions", ()):
        entity = description.get("entity")
        if entity is None or description.get("expr") is not entity:
            continue  # a column, not a whole row
        table = getattr(entity, "__tablename__", None)
        for column in sorted(STAFF_ONLY_COLUMNS.get(table, ())) if table else ():
            options.append(defer(getattr(entity, column), raiseload=True))
    if options:
        state.statement = state.statement.options(*options)


event.listen(Session, "do_orm_execute", _hide_staff_columns)
