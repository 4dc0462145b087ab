"""structure profile: opening hours, funding, activities, governance, surveys

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 01:45:05.629976
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=7), nullable=False),
    sa.Column('description', sa.String(length=2000), nullable=False),
    sa.CheckConstraint("status IN ('done','planned')", name='ck_activity_status'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_year'), ['year'], unique=False)

    op.create_table('funding_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('funder', sa.String(length=200), nullable=False),
    sa.Column('amount_eur', sa.Float(), nullable=False),
    sa.Column('kind', sa.String(length=13), nullable=False),
    sa.Column('in_kind', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('fir','complementary')", name='ck_funding_kind'),
    sa.CheckConstraint('amount_eur >= 0', name='ck_funding_amount'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('funding_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_line_year'), ['year'], unique=False)

    op.create_table('governance_body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('opening_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('opens', sa.String(length=5), nullable=False),
    sa.Column('closes', sa.String(length=5), nullable=False),
    sa.CheckConstraint('opens < closes', name='ck_opening_order'),
    sa.CheckConstraint('weekday BETWEEN 1 AND 7', name='ck_opening_weekday'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('satisfaction_survey',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('audience', sa.String(length=8), nullable=False),
    sa.Column('answers', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(length=2000), nullable=False),
    sa.CheckConstraint("audience IN ('members','partners')", name='ck_survey_audience'),
    sa.CheckConstraint('answers >= 0', name='ck_survey_answers'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('structure_info',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('governance_seat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('elected_member', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['governance_body.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('governance_seat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_governance_seat_body_id'), ['body_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('governance_seat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_governance_seat_body_id'))

    op.drop_table('governance_seat')
    op.drop_table('structure_info')
    op.drop_table('satisfaction_survey')
    op.drop_table('opening_hours')
    op.drop_table('governance_body')
    with op.batch_alter_table('funding_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_line_year'))

    op.drop_table('funding_line')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_year'))

    op.drop_table('activity')
