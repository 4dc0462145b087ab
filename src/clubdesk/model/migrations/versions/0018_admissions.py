"""pre-insertion admissions: applications, their dated states, admission commissions and
the partners present (issue 20, item 2)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('referred_by_partner_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('interview_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['referred_by_partner_id'], ['partner.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_member_id'), ['member_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_application_received_on'), ['received_on'],
                              unique=False)

    op.create_table('admission_commission',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.String(length=1000), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('admission_commission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_admission_commission_held_on'), ['held_on'],
                              unique=False)

    op.create_table('commission_partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commission_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['commission_id'], ['admission_commission.id'],
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('commission_id', 'partner_id', name='uq_commission_partner')
    )
    with op.batch_alter_table('commission_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commission_partner_commission_id'),
                              ['commission_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commission_partner_partner_id'), ['partner_id'],
                              unique=False)

    op.create_table('application_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('dated_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('commission_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('told', sa.Boolean(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint("state IN ('received','interviewed','waiting','admitted','refused',"
                       "'reoriented','postponed')", name='ck_application_event_state'),
    sa.CheckConstraint("reason IN ('','not_target','project_not_ready','care_first',"
                       "'no_place','other')", name='ck_application_event_reason'),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['commission_id'], ['admission_commission.id'],
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_event_application_id'),
                              ['application_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('application_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_event_application_id'))
    op.drop_table('application_event')
    with op.batch_alter_table('commission_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commission_partner_partner_id'))
        batch_op.drop_index(batch_op.f('ix_commission_partner_commission_id'))
    op.drop_table('commission_partner')
    with op.batch_alter_table('admission_commission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admission_commission_held_on'))
    op.drop_table('admission_commission')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_received_on'))
        batch_op.drop_index(batch_op.f('ix_application_member_id'))
    op.drop_table('application')
