"""`clubdesk` alone opens the window; `clubdesk connexion` sets this desk's club server."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from clubdesk.cli.arguments import whole_number


def cmd_gui(args: argparse.Namespace) -> int:
    from clubdesk.app import run
    from clubdesk.model.storage.server import database_target

    return run(database_target(getattr(args, "db", None)))


def cmd_connection(args: argparse.Namespace) -> int:
    """This desk's club server: without --host, the settings window; --local forgets it."""
    from clubdesk import paths
    from clubdesk.model.storage import server
    from clubdesk.model.storage.db import check_connection

    if args.local:
        server.save(None)
        print(f"Ce poste utilise la base locale « {paths.default_db_path()} ».")
        return 0
    if args.host is None:
        from clubdesk.app import ensure_application
        from clubdesk.ui.session.server_dialogs import ConnectionDialog

        ensure_application()
        return 0 if ConnectionDialog().exec() else 1
    settings = server.ServerSettings(host=args.host, port=args.port, database=args.database,
                                     user=args.user, tls=args.tls)
    password = os.environ.get("CLUBDESK_DB_PASSWORD") or None
    url = settings.url(password)
    check_connection(url)
    server.save(settings)
    if password and not server.store_password(settings, password):
        print("Pas de trousseau sur ce poste : le mot de passe sera demandé au démarrage "
              "(ou PGPASSWORD).", file=sys.stderr)
    print(f"Ce poste utilise la base « {settings.url()} ».")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("connexion", help="la base du club sur un serveur PostgreSQL (réglages "
                       "de ce poste ; sans --host : la fenêtre de réglages)")
    p.add_argument("--host", help="adresse du serveur")
    p.add_argument("--port", type=whole_number(1, 65535), default=5432, metavar="PORT",
                   help="port (5432)")
    p.add_argument("--database", default="club", help="nom de la base (club)")
    p.add_argument("--user", default="clubdesk", help="utilisateur (clubdesk)")
    p.add_argument("--tls", choices=("prefer", "require", "verify-full"), default="prefer",
                   help="connexion chiffrée : prefer (si possible), require, verify-full")
    p.add_argument("--local", action="store_true",
                   help="oublie le serveur : ce poste reprend sa base locale")
    p.set_defaults(handler=cmd_connection)
