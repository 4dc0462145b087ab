"""Every file path clubdesk uses, in one place.

``CLUBDESK_DATA_DIR`` overrides the data directory as a whole (tests and dev mode use it).
Which database a desk opens (``--db``, ``CLUBDESK_DB``, its server, else the default file
here) is decided by :func:`clubdesk.model.storage.server.database_target`: this module is a leaf,
it imports nothing of clubdesk.
``CLUBDESK_CONFIG_DIR`` overrides the configuration folder (see :func:`config_dir`).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "clubdesk"
DB_FILENAME = "clubdesk.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("CLUBDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """This desk's own settings and secrets (the audit trail's sealing keys):
    ``CLUBDESK_CONFIG_DIR``, else ``configuration/`` in an overridden data directory (tests,
    dev mode), else the system's configuration folder for clubdesk."""
    override = os.environ.get("CLUBDESK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    if os.environ.get("CLUBDESK_DATA_DIR"):
        return data_dir() / "configuration"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def resources_dir() -> Path:
    """resources/ of the source tree (development) or of a bundle."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "resources"


def server_config_path() -> Path:
    """Where this desk remembers the club's database server (clubdesk.model.storage.server)."""
    return data_dir() / "server.json"

