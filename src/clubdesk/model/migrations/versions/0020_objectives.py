"""objectives grid of pre-insertion: objectives by domain, reviews, levels (issue 20 item 2)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('objective',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=12), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.CheckConstraint("domain IN ('savoir','savoir_faire','savoir_etre')",
                       name='ck_objective_domain'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_member_id'), ['member_id'], unique=False)

    op.create_table('objective_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('coordinator_name', sa.String(length=200), nullable=False),
    sa.Column('own_words', sa.String(length=2000), nullable=False),
    sa.Column('comment', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('objective_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_review_member_id'), ['member_id'],
                              unique=False)

    op.create_table('objective_level',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('objective_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.CheckConstraint("level IN ('not_acquired','in_progress','acquired','mastered')",
                       name='ck_objective_level_level'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['objective_review.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('review_id', 'objective_id', name='uq_objective_level')
    )
    with op.batch_alter_table('objective_level', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_level_objective_id'), ['objective_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_objective_level_review_id'), ['review_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('objective_level', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_level_review_id'))
        batch_op.drop_index(batch_op.f('ix_objective_level_objective_id'))
    op.drop_table('objective_level')
    with op.batch_alter_table('objective_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_review_member_id'))
    op.drop_table('objective_review')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_member_id'))
    op.drop_table('objective')
