"""GEM volunteer animators (issue 20 item 4): name, functions, qualifications, from/to.

The sponsorship agreement and the managing association are structure_info values kept with
the date from which they hold (no table of their own).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('volunteer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('functions', sa.String(length=300), nullable=False),
    sa.Column('qualifications', sa.String(length=300), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_name'), ['name'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_name'))
    op.drop_table('volunteer')
