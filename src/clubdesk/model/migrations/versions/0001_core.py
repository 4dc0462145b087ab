"""members, membership periods, staff, attendance

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 01:15:57.231105
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('preferred_name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('contact_preference', sa.String(length=10), nullable=False),
    sa.Column('rqth', sa.String(length=3), nullable=True),
    sa.Column('charter_signed_on', sa.Date(), nullable=True),
    sa.Column('charter_version', sa.String(length=40), nullable=False),
    sa.Column('referent_partner', sa.String(length=200), nullable=False),
    sa.Column('other_peer_places', sa.String(length=500), nullable=False),
    sa.Column('search_key', sa.String(length=400), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("contact_preference IN ('phone','sms','email','post','none')", name='ck_member_contact_preference'),
    sa.CheckConstraint("rqth IS NULL OR rqth IN ('yes','no')", name='ck_member_rqth'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_search_key'), ['search_key'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('qualification', sa.String(length=200), nullable=False),
    sa.Column('peer_worker', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('half_day', sa.String(length=3), nullable=False),
    sa.Column('mode', sa.String(length=6), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("half_day IN ('am','pm','day')", name='ck_attendance_half_day'),
    sa.CheckConstraint("mode IN ('onsite','remote')", name='ck_attendance_mode'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'date', 'half_day', name='uq_attendance_member_day')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_date', ['date'], unique=False)

    op.create_table('membership_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('leave_reason', sa.String(length=300), nullable=False),
    sa.CheckConstraint('left_on IS NULL OR left_on >= joined_on', name='ck_period_order'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('membership_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_period_member_id'), ['member_id'], unique=False)

    op.create_table('staff_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('fte', sa.Float(), nullable=False),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= started_on', name='ck_staff_period_order'),
    sa.CheckConstraint('fte > 0 AND fte <= 1', name='ck_staff_period_fte'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('staff_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_period_staff_id'), ['staff_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('staff_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_period_staff_id'))

    op.drop_table('staff_period')
    with op.batch_alter_table('membership_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_period_member_id'))

    op.drop_table('membership_period')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_date')

    op.drop_table('attendance')
    op.drop_table('staff')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_search_key'))

    op.drop_table('member')
