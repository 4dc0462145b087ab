"""staff skills: how well each staff member knows a task (issue 18)

A staff member who can teach a skilled task may hold it with a member discovering it; the
levels are the members' (discovering, practising, can_teach).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff_skill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.CheckConstraint("level IN ('discovering','practising','can_teach')", name='ck_staff_skill_level'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('staff_id', 'task_id', name='uq_staff_skill')
    )
    with op.batch_alter_table('staff_skill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_skill_staff_id'), ['staff_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('staff_skill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_skill_staff_id'))

    op.drop_table('staff_skill')
