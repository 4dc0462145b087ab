"""structure history: premises, opening hours and governance seats kept with the date from
which they hold; the lease and the état des lieux as files (issue 19, item 2)

Existing values get valid_from = 2000-01-01, so they hold for every year already reported.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 10:00:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

EARLIEST = '2000-01-01'


def _valid_from() -> sa.Column[Any]:
    return sa.Column('valid_from', sa.Date(), nullable=False, server_default=EARLIEST)


def _rebuild_info(*, with_date: bool) -> None:
    """structure_info's primary key becomes (key, valid_from) or back to (key): the table is
    built anew and its rows copied (the same way on SQLite and PostgreSQL)."""
    cols: list[sa.Column[Any]] = [sa.Column('key', sa.String(length=60), nullable=False)]
    if with_date:
        cols.append(_valid_from())
    cols.append(sa.Column('value', sa.String(length=2000), nullable=False))
    op.create_table('structure_info_new', *cols, sa.PrimaryKeyConstraint(
        *(['key', 'valid_from'] if with_date else ['key']),
        # PostgreSQL keeps a constraint's name through the rename: one name per direction
        name='structure_info_dated_pk' if with_date else 'structure_info_key_pk'))
    op.execute('INSERT INTO structure_info_new ("key", value) '
               'SELECT "key", value FROM structure_info')
    op.drop_table('structure_info')
    op.rename_table('structure_info_new', 'structure_info')


def upgrade() -> None:
    _rebuild_info(with_date=True)
    with op.batch_alter_table('opening_hours', schema=None) as batch_op:
        batch_op.add_column(_valid_from())
        batch_op.create_index(batch_op.f('ix_opening_hours_valid_from'), ['valid_from'],
                              unique=False)
    with op.batch_alter_table('governance_seat', schema=None) as batch_op:
        batch_op.add_column(_valid_from())
    op.create_table('structure_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=9), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=20), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("kind IN ('lease','inventory')", name='ck_document_kind'),
    sa.CheckConstraint('size > 0 AND size <= 10485760', name='ck_document_size'),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    """Back to today's values only: the newest version of each value is kept."""
    op.drop_table('structure_document')
    op.execute("DELETE FROM governance_seat WHERE valid_from < (SELECT MAX(s.valid_from) "
               "FROM governance_seat s WHERE s.body_id = governance_seat.body_id)")
    with op.batch_alter_table('governance_seat', schema=None) as batch_op:
        batch_op.drop_column('valid_from')
    op.execute("DELETE FROM opening_hours WHERE valid_from < "
               "(SELECT MAX(valid_from) FROM opening_hours)")
    with op.batch_alter_table('opening_hours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opening_hours_valid_from'))
        batch_op.drop_column('valid_from')
    op.execute("DELETE FROM structure_info WHERE valid_from < (SELECT MAX(s.valid_from) "
               "FROM structure_info s WHERE s.key = structure_info.key)")
    _rebuild_info(with_date=False)
