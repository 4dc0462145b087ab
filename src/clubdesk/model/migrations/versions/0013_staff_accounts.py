"""staff accounts: a staff member may be linked to the account they sign in with (issues 18, 19)

One account belongs to one staff member at most (unique); when an account goes, the link goes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('user_id', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint('uq_staff_user_id', ['user_id'])
        batch_op.create_foreign_key('fk_staff_user_id_user_account', 'user_account',
                                    ['user_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_constraint('fk_staff_user_id_user_account', type_='foreignkey')
        batch_op.drop_constraint('uq_staff_user_id', type_='unique')
        batch_op.drop_column('user_id')
