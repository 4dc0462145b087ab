"""collective workshops as sessions: title, date, who led it, who came (issue 19 item 4)

A held session feeds « activités réalisées » of its year; a planned one « activités
envisagées » of its year and of the year before.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=7), nullable=False),
    sa.Column('led_by_staff_id', sa.Integer(), nullable=True),
    sa.Column('leader_name', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.String(length=500), nullable=False),
    sa.CheckConstraint("status IN ('done','planned')", name='ck_workshop_session_status'),
    sa.ForeignKeyConstraint(['led_by_staff_id'], ['staff.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_session_held_on'), ['held_on'],
                              unique=False)

    op.create_table('workshop_attendee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'member_id', name='uq_workshop_attendee')
    )
    with op.batch_alter_table('workshop_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_attendee_member_id'), ['member_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_attendee_session_id'), ['session_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('workshop_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_attendee_session_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_attendee_member_id'))
    op.drop_table('workshop_attendee')
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_session_held_on'))
    op.drop_table('workshop_session')
