"""versions: optimistic locking of members and tasks (several desks, issue 10)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 05:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

TABLES = ("member", "task")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                          server_default='1'))
            batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True),
                                          nullable=True))
            batch_op.add_column(sa.Column('updated_by', sa.String(length=200), nullable=False,
                                          server_default=''))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('updated_by')
            batch_op.drop_column('updated_at')
            batch_op.drop_column('version')
