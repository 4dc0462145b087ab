"""The club's database server, as a desk knows it: address, user, TLS, password; and which
database this desk opens (:func:`database_target`).

Settings only: connecting is clubdesk.model.storage.db's work (``check_connection``), which reads
these; this module never imports it.

The address is kept in ``server.json`` in the data directory (no password in it); the
password goes to the OS keyring when one works, else it is asked at each start (or comes
from PGPASSWORD / ~/.pgpass, which libpq reads itself).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass

from sqlalchemy import URL, make_url

from clubdesk import paths
from clubdesk.model.errors import ValidationError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "clubdesk-postgresql"
TLS_MODES = ("prefer", "require", "verify-full")
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    user: str
    port: int = 5432
    tls: str = "prefer"  # prefer: TLS whenever the server offers it

    def check(self) -> None:
        if not self.host.strip():
            raise ValidationError("host", "Donnez l'adresse du serveur.")
        if not self.database.strip():
            raise ValidationError("database", "Donnez le nom de la base.")
        if not self.user.strip():
            raise ValidationError("user", "Donnez l'utilisateur.")
        if not 0 < int(self.port) < 65536:
            raise ValidationError("port", "Le port est un nombre entre 1 et 65535.")
        if self.tls not in TLS_MODES:
            raise ValidationError("tls", "Choisissez un réglage de connexion sécurisée.")

    def url(self, password: str | None = None) -> str:
        self.check()
        query = {} if self.tls == "prefer" else {"sslmode": self.tls}
        return URL.create(DRIVER, username=self.user.strip(), password=password or None,
                          host=self.host.strip(), port=int(self.port),
                          database=self.database.strip(), query=query
                          ).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerSettings:
        parsed = make_url(url)
        tls = str(parsed.query.get("sslmode", "prefer"))
        return cls(host=parsed.host or "", database=parsed.database or "",
                   user=parsed.username or "", port=parsed.port or 5432,
                   tls=tls if tls in TLS_MODES else "prefer")

    @property
    def keyring_key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_server_url(target: str) -> bool:
    return target.startswith("postgresql")


def saved() -> ServerSettings | None:
    """The server this desk was set up for, or None (the desk uses its local file)."""
    path = paths.server_config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ServerSettings(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        log.warning("server settings unreadable: the local database is used")
        return None


def save(settings: ServerSettings | None) -> None:
    """Remember the server (None: go back to the local file). Never writes a password."""
    path = paths.server_config_path()
    if settings is None:
        path.unlink(missing_ok=True)
        return
    settings.check()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)


def password_from_keyring(settings: ServerSettings) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, settings.keyring_key)
    except Exception:  # noqa: BLE001 - no keyring, a locked one: the password is asked
        return None


def store_password(settings: ServerSettings, password: str) -> bool:
    """Into the OS keyring when one works; False otherwise (never into a file)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, settings.keyring_key, password)
        return True
    except Exception:  # noqa: BLE001
        return False


def with_password(target: str) -> str:
    """A server URL completed with the keyring's password when it has none."""
    if not is_server_url(target):
        return target
    parsed = make_url(target)
    if parsed.password:
        return target
    password = password_from_keyring(ServerSettings.from_url(target))
    if not password:
        return target
    return parsed.set(password=password).render_as_string(hide_password=False)



def database_target(explicit: str | None = None) -> str:
    """The database the user asked for: ``--db`` value, else CLUBDESK_DB, else the server
    this desk was set up for (``server.json``), else the default file.

    Returns a URL or a filesystem path as given; :func:`clubdesk.model.storage.db.to_url` normalises
    it.
    """
    if explicit:
        return explicit
    env = os.environ.get("CLUBDESK_DB")
    if env:
        return env
    settings = saved()
    if settings is not None:
        return settings.url()
    return str(paths.default_db_path())
