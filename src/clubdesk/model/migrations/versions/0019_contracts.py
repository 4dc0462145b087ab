"""pre-insertion: trial month and contracts, prepared exit, contacts after exit, travel
refunds and meals (issue 20 item 2)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None



def _member_index(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{table}_member_id'), ['member_id'], unique=False)


def upgrade() -> None:
    op.create_table('contract_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('renewal', sa.Integer(), nullable=False),
    sa.Column('anchor_on', sa.Date(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('ended_early_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=300), nullable=False),
    sa.CheckConstraint("kind IN ('trial','contract')", name='ck_contract_period_kind'),
    sa.CheckConstraint('renewal >= 0', name='ck_contract_period_renewal'),
    sa.CheckConstraint('started_on <= ends_on', name='ck_contract_period_order'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    _member_index('contract_period')

    op.create_table('exit_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('destination', sa.String(length=16), nullable=False),
    sa.CheckConstraint("kind IN ('temporary','definitive')", name='ck_exit_plan_kind'),
    sa.CheckConstraint("destination IN ('ordinary_job','adapted_company','esat','training',"
                       "'other_insertion','care','no_solution','other')",
                       name='ck_exit_plan_destination'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id')
    )

    op.create_table('exit_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=5), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.CheckConstraint("channel IN ('phone','visit','mail')", name='ck_exit_contact_channel'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    _member_index('exit_contact')

    op.create_table('travel_refund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount_cents > 0', name='ck_travel_refund_amount'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    _member_index('travel_refund')
    with op.batch_alter_table('travel_refund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_travel_refund_paid_on'), ['paid_on'], unique=False)

    op.create_table('meal_taken',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('served_on', sa.Date(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('count > 0', name='ck_meal_taken_count'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    _member_index('meal_taken')
    with op.batch_alter_table('meal_taken', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meal_taken_served_on'), ['served_on'],
                              unique=False)


def downgrade() -> None:
    for table, extra in (('meal_taken', 'served_on'), ('travel_refund', 'paid_on'),
                         ('exit_contact', None), ('exit_plan', None),
                         ('contract_period', None)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if extra:
                batch_op.drop_index(batch_op.f(f'ix_{table}_{extra}'))
            if table != 'exit_plan':
                batch_op.drop_index(batch_op.f(f'ix_{table}_member_id'))
        op.drop_table(table)
