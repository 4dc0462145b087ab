"""a GEM's activities and outings decided together, sign-ups and attendance (issue 20
item 4)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.String(length=5), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('places', sa.Integer(), nullable=True),
    sa.Column('cost_cents', sa.Integer(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=9), nullable=False),
    sa.Column('notes', sa.String(length=500), nullable=False),
    sa.CheckConstraint("kind IN ('activity','outing')", name='ck_outing_kind'),
    sa.CheckConstraint("status IN ('planned','cancelled','done')", name='ck_outing_status'),
    sa.CheckConstraint('cost_cents >= 0', name='ck_outing_cost'),
    sa.CheckConstraint('places IS NULL OR places >= 0', name='ck_outing_places'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outing_held_on'), ['held_on'], unique=False)

    op.create_table('outing_signup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outing_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('signed_up_on', sa.Date(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outing_id'], ['outing.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('outing_id', 'member_id', name='uq_outing_signup')
    )
    with op.batch_alter_table('outing_signup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outing_signup_member_id'), ['member_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_outing_signup_outing_id'), ['outing_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outing_signup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outing_signup_outing_id'))
        batch_op.drop_index(batch_op.f('ix_outing_signup_member_id'))
    op.drop_table('outing_signup')
    with op.batch_alter_table('outing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outing_held_on'))
    op.drop_table('outing')
