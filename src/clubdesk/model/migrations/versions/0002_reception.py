"""tasks, skills, wishes, availability, reach-outs, settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 01:24:44.135350
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.String(length=2000), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('half_days', sa.String(length=10), nullable=False),
    sa.Column('weekdays', sa.String(length=20), nullable=False),
    sa.Column('min_people', sa.Integer(), nullable=False),
    sa.Column('max_people', sa.Integer(), nullable=False),
    sa.Column('skill', sa.String(length=100), nullable=True),
    sa.Column('mode', sa.String(length=6), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.CheckConstraint("mode IN ('onsite','remote')", name='ck_task_mode'),
    sa.CheckConstraint('min_people >= 2 AND max_people >= min_people', name='ck_task_people'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('member_availability',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('half_day', sa.String(length=2), nullable=False),
    sa.CheckConstraint("half_day IN ('am','pm')", name='ck_availability_half_day'),
    sa.CheckConstraint('weekday BETWEEN 1 AND 7', name='ck_availability_weekday'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'weekday', 'half_day', name='uq_member_availability')
    )
    with op.batch_alter_table('member_availability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_availability_member_id'), ['member_id'], unique=False)

    op.create_table('member_skill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.CheckConstraint("level IN ('discovering','practising','can_teach')", name='ck_member_skill_level'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'name', name='uq_member_skill')
    )
    with op.batch_alter_table('member_skill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_skill_member_id'), ['member_id'], unique=False)

    op.create_table('member_wish',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=5), nullable=False),
    sa.CheckConstraint("kind IN ('like','avoid')", name='ck_member_wish_kind'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'task_id', name='uq_member_wish')
    )
    with op.batch_alter_table('member_wish', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_wish_member_id'), ['member_id'], unique=False)

    op.create_table('reach_out',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=6), nullable=False),
    sa.Column('done_by', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.CheckConstraint("channel IN ('phone','sms','email','post','visit','other')", name='ck_reach_out_channel'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reach_out', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reach_out_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reach_out', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reach_out_member_id'))

    op.drop_table('reach_out')
    with op.batch_alter_table('member_wish', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_wish_member_id'))

    op.drop_table('member_wish')
    with op.batch_alter_table('member_skill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_skill_member_id'))

    op.drop_table('member_skill')
    with op.batch_alter_table('member_availability', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_availability_member_id'))

    op.drop_table('member_availability')
    op.drop_table('task')
    op.drop_table('setting')
