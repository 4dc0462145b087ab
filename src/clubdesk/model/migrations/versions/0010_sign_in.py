"""sign-in throttle: growing delays per name tried, never a permanent lock (issue 12)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_throttle',
    sa.Column('name_key', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('name_key')
    )
    # Accounts locked for good by the old rule are released: failures only slow down now.
    op.execute(sa.text("UPDATE user_account SET locked = :no, failed_attempts = 0, "
                       "last_failed_at = NULL").bindparams(no=False))


def downgrade() -> None:
    op.drop_table('sign_in_throttle')
