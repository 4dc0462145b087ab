"""Alembic environment: used programmatically by clubdesk.model.storage.db (no alembic.ini)."""

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlmodel import SQLModel

import clubdesk.model.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # e.g. `alembic revision --autogenerate` by a developer
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
