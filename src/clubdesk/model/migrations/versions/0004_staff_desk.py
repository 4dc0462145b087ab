"""partners, follow-ups, professional paths, emploi accompagne

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 01:38:58.109453
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.CheckConstraint("category IN ('firm','spie','supported_employment_platform','peer_structure','health','medico_social','local_authority','ptsm_clsm','training_body','other')", name='ck_partner_category'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_name'), ['name'], unique=False)

    op.create_table('followup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=5000), nullable=False),
    sa.Column('next_step', sa.String(length=500), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('read_with_member_on', sa.Date(), nullable=True),
    sa.CheckConstraint("kind IN ('interview','workshop','job_search','job_support','employer_contact','training','administrative','referral','other')", name='ck_followup_kind'),
    sa.CheckConstraint('due_on IS NULL OR due_on >= date', name='ck_followup_due'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.create_index('ix_followup_open_due', ['done_on', 'due_on'], unique=False)
        batch_op.create_index('ix_followup_member_date', ['member_id', 'date'], unique=False)

    op.create_table('partner_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_contact_partner_id'), ['partner_id'], unique=False)

    op.create_table('partner_interaction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=1000), nullable=False),
    sa.CheckConstraint("kind IN ('visit','awareness','recruitment','internship_hosted','meeting')", name='ck_interaction_kind'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner_interaction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_interaction_partner_id'), ['partner_id'], unique=False)

    op.create_table('partnership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=200), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('agreement_signed', sa.Boolean(), nullable=False),
    sa.Column('agreement_signed_on', sa.Date(), nullable=True),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= started_on', name='ck_partnership_order'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_partner_id'), ['partner_id'], unique=False)

    op.create_table('path_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('hours_per_week', sa.Float(), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=True),
    sa.Column('contract', sa.String(length=20), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.CheckConstraint("kind <> 'employment' OR category IN ('transitional','supported','independent')", name='ck_path_employment_category'),
    sa.CheckConstraint("kind IN ('employment','internship','apprenticeship','volunteering','training')", name='ck_path_kind'),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= started_on', name='ck_path_order'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('path_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_path_step_member_id'), ['member_id'], unique=False)

    op.create_table('supported_employment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('module', sa.String(length=20), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.CheckConstraint("module IN ('evaluation','project','job_search','job_support')", name='ck_supported_module'),
    sa.CheckConstraint('ended_on IS NULL OR ended_on >= started_on', name='ck_supported_order'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'module', name='uq_supported_module')
    )
    with op.batch_alter_table('supported_employment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supported_employment_member_id'), ['member_id'], unique=False)

    op.create_table('interaction_member',
    sa.Column('interaction_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['interaction_id'], ['partner_interaction.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interaction_id', 'member_id')
    )
    op.create_table('transitional_cover',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path_step_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('covered_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['path_step_id'], ['path_step.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('transitional_cover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transitional_cover_path_step_id'), ['path_step_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('transitional_cover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transitional_cover_path_step_id'))

    op.drop_table('transitional_cover')
    op.drop_table('interaction_member')
    with op.batch_alter_table('supported_employment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supported_employment_member_id'))

    op.drop_table('supported_employment')
    with op.batch_alter_table('path_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_path_step_member_id'))

    op.drop_table('path_step')
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_partner_id'))

    op.drop_table('partnership')
    with op.batch_alter_table('partner_interaction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_interaction_partner_id'))

    op.drop_table('partner_interaction')
    with op.batch_alter_table('partner_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_contact_partner_id'))

    op.drop_table('partner_contact')
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.drop_index('ix_followup_member_date')
        batch_op.drop_index('ix_followup_open_due')

    op.drop_table('followup')
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_name'))

    op.drop_table('partner')
