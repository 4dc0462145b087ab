"""retention: archived and anonymised members

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 02:21:41.919067
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_column('anonymised_on')
        batch_op.drop_column('archived_on')

