"""external references kept from imported files

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 01:50:32.264996
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=100), nullable=True))
        batch_op.create_index('uq_member_external_ref', ['external_ref'], unique=True)

    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=100), nullable=True))
        batch_op.create_index('uq_partner_external_ref', ['external_ref'], unique=True)

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=100), nullable=True))
        batch_op.create_index('uq_staff_external_ref', ['external_ref'], unique=True)

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(length=100), nullable=True))
        batch_op.create_index('uq_task_external_ref', ['external_ref'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('uq_task_external_ref')
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index('uq_staff_external_ref')
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index('uq_partner_external_ref')
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('uq_member_external_ref')
        batch_op.drop_column('external_ref')

