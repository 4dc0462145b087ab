"""audit trail seal: an HMAC per entry with a key kept outside the database (issue 16)

Entries made before stay unsealed (they verify with their hash chain and are reported as
such); sealing starts with the first entry written after this migration.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seal', sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('seal')
