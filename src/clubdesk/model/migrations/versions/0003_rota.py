"""rota days and entries

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 01:34:05.921025
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rota_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('saved_by', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day')
    )
    op.create_table('rota_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rota_id', sa.Integer(), nullable=False),
    sa.Column('half_day', sa.String(length=2), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.CheckConstraint("half_day IN ('am','pm')", name='ck_rota_entry_half_day'),
    sa.CheckConstraint('(member_id IS NULL) <> (staff_id IS NULL)', name='ck_rota_entry_one_person'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rota_id'], ['rota_day.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rota_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rota_entry_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rota_entry_rota_id'), ['rota_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rota_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rota_entry_rota_id'))
        batch_op.drop_index(batch_op.f('ix_rota_entry_member_id'))

    op.drop_table('rota_entry')
    op.drop_table('rota_day')
