"""work insertion: client partners, orders, production sessions and their hours, and the
referent partner of a person chosen among the partners (issue 20 item 3)

- partner.category accepts 'client' (the check constraint is recreated; SQLite rebuilds
  the table in batch mode).
- work_order, production_session, production_worker (hours as whole minutes).
- member.referent_partner_id and member.referent_contact_id. The free text
  member.referent_partner is MOVED to referent_partner_id when it matches exactly one
  partner's name, case, accents, apostrophes and hyphens folded
  (clubdesk.model.search_folding.fold): the text is then emptied. A text that matches no
  partner, or several partners of the same folded name, is KEPT as it was (nothing is
  lost; the member form shows it until someone picks a partner). The downgrade writes a
  moved partner's name back into the text, and makes the client partners « autre ».

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from clubdesk.model.search_folding import fold

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

_OLD = ("'firm','spie','supported_employment_platform','peer_structure','health',"
        "'medico_social','local_authority','ptsm_clsm','training_body','other'")
_NEW = _OLD + ",'client'"


def _category_check(values: str) -> None:
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_constraint('ck_partner_category', type_='check')
        batch_op.create_check_constraint('ck_partner_category',
                                         sa.text("category IN (" + values + ")"))


def upgrade() -> None:
    _category_check(_NEW)
    op.create_table('work_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=300), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=11), nullable=False),
    sa.Column('notes', sa.String(length=500), nullable=False),
    sa.CheckConstraint("status IN ('todo','in_progress','delivered','cancelled')",
                       name='ck_work_order_status'),
    sa.CheckConstraint('due_on >= received_on', name='ck_work_order_dates'),
    sa.CheckConstraint('quantity IS NULL OR quantity > 0', name='ck_work_order_quantity'),
    sa.ForeignKeyConstraint(['client_id'], ['partner.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_client_id'), ['client_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_work_order_due_on'), ['due_on'], unique=False)

    op.create_table('production_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('workshop', sa.String(length=100), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['work_order.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('production_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_production_session_held_on'), ['held_on'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_production_session_order_id'), ['order_id'],
                              unique=False)

    op.create_table('production_worker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint('minutes > 0 AND minutes <= 600', name='ck_production_worker_minutes'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['production_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'member_id', name='uq_production_worker')
    )
    with op.batch_alter_table('production_worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_production_worker_member_id'), ['member_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_production_worker_session_id'), ['session_id'],
                              unique=False)

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referent_partner_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('referent_contact_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_member_referent_partner_id', 'partner',
                                    ['referent_partner_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key('fk_member_referent_contact_id', 'partner_contact',
                                    ['referent_contact_id'], ['id'], ondelete='SET NULL')
    _move_referents()


def _move_referents() -> None:
    conn = op.get_bind()
    by_name: dict[str, list[int]] = {}
    for pid, name in conn.execute(sa.text("SELECT id, name FROM partner")):
        by_name.setdefault(fold(name), []).append(pid)
    rows = list(conn.execute(sa.text(
        "SELECT id, referent_partner FROM member WHERE referent_partner <> ''")))
    for mid, text in rows:
        found = by_name.get(fold(text), [])
        if len(found) == 1:
            conn.execute(sa.text("UPDATE member SET referent_partner_id = :p, "
                                 "referent_partner = '' WHERE id = :m"),
                         {"p": found[0], "m": mid})


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text(
        "UPDATE member SET referent_partner = (SELECT name FROM partner "
        "WHERE partner.id = member.referent_partner_id) "
        "WHERE referent_partner_id IS NOT NULL AND referent_partner = ''"))
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_constraint('fk_member_referent_contact_id', type_='foreignkey')
        batch_op.drop_constraint('fk_member_referent_partner_id', type_='foreignkey')
        batch_op.drop_column('referent_contact_id')
        batch_op.drop_column('referent_partner_id')
    with op.batch_alter_table('production_worker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_production_worker_session_id'))
        batch_op.drop_index(batch_op.f('ix_production_worker_member_id'))
    op.drop_table('production_worker')
    with op.batch_alter_table('production_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_production_session_order_id'))
        batch_op.drop_index(batch_op.f('ix_production_session_held_on'))
    op.drop_table('production_session')
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_order_due_on'))
        batch_op.drop_index(batch_op.f('ix_work_order_client_id'))
    op.drop_table('work_order')
    # a client stays a partner (its follow-ups may cite it): « autre » before 0021
    conn.execute(sa.text("UPDATE partner SET category = 'other' WHERE category = 'client'"))
    _category_check(_OLD)
