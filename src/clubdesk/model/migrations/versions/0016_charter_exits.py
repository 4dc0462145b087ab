"""charter signatures kept, exit reasons coded (issue 19 item 7)

- charter_signature: every signature of the charter (member, version, date). The one
  signature a member record held (member.charter_signed_on / charter_version) becomes a row;
  its version is the record's, else the setting « charter_version », else « 1 ». When the
  club had no setting yet, the setting becomes the version of the latest signature (the
  charter people sign today), so that nobody is listed as unsigned by the migration alone.
- membership_period.leave_reason: the free text becomes a code of a fixed list
  (model/exit_reasons.py): obvious words are mapped, anything else becomes « other » and the
  text itself is dropped (it could hold a health detail). An empty text stays empty (« not
  said »).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 10:00:00
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

CODES = ('job', 'training', 'other_structure', 'moved', 'personal', 'no_news', 'other')
CHECK = ("leave_reason IN ('','job','training','other_structure','moved','personal',"
         "'no_news','other')")
# (code, words): the first code one of whose words appears in the folded text.
WORDS = (
    ('no_news', ('nouvelle', 'injoignable', 'perdu de vue', 'plus venu', 'disparu')),
    ('job', ('emploi', 'travail', 'embauch', 'cdi', 'cdd', 'job', 'interim', 'poste')),
    ('training', ('formation', 'stage', 'etude', 'ecole', 'apprentissage')),
    ('moved', ('demenag', 'parti vivre', 'autre ville', 'autre region')),
    ('other_structure', ('structure', 'orient', 'esat', 'gem ', 'samsah', 'savs',
                         'autre club')),
    ('personal', ('personnel', 'souhait', 'choix', 'famil')),
)
# Back to words for a downgrade (the old column was free text).
LABELS = {'job': 'emploi', 'training': 'formation', 'other_structure': 'autre structure',
          'moved': 'déménagement', 'personal': 'raisons personnelles',
          'no_news': 'sans nouvelles', 'other': 'autre'}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize('NFKD', text.casefold())
    return ' '.join(''.join(c for c in decomposed if not unicodedata.combining(c)).split())


def code_for(text: str) -> str:
    folded = _fold(text or '')
    if not folded:
        return ''
    if folded.replace(' ', '_') in CODES:
        return folded.replace(' ', '_')
    for code, words in WORDS:
        if any(w in folded + ' ' for w in words):
            return code
    return 'other'


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table('charter_signature',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('charter_signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charter_signature_member_id'), ['member_id'],
                              unique=False)

    setting = conn.execute(sa.text(
        "SELECT value FROM setting WHERE key = 'charter_version'")).scalar()
    fallback = (setting or '').strip() or '1'
    rows = conn.execute(sa.text(
        "SELECT id, charter_signed_on, charter_version FROM member "
        "WHERE charter_signed_on IS NOT NULL ORDER BY id")).all()
    signatures = [{'member_id': r[0], 'signed_on': r[1],
                   'version': (r[2] or '').strip() or fallback} for r in rows]
    if signatures:
        conn.execute(sa.text(
            "INSERT INTO charter_signature (member_id, version, signed_on) "
            "VALUES (:member_id, :version, :signed_on)"), signatures)
        if not (setting or '').strip():
            latest = max(signatures, key=lambda s: (s['signed_on'], s['member_id']))
            conn.execute(sa.text("INSERT INTO setting (key, value) "
                                 "VALUES ('charter_version', :v)"), {'v': latest['version']})
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_column('charter_version')
        batch_op.drop_column('charter_signed_on')

    reasons = conn.execute(sa.text(
        "SELECT id, leave_reason FROM membership_period WHERE leave_reason <> ''")).all()
    coded = [{'id': r[0], 'code': code_for(r[1])} for r in reasons]
    if coded:
        conn.execute(sa.text("UPDATE membership_period SET leave_reason = :code "
                             "WHERE id = :id"), coded)
    with op.batch_alter_table('membership_period', schema=None) as batch_op:
        batch_op.alter_column('leave_reason', existing_type=sa.String(length=300),
                              type_=sa.String(length=20), existing_nullable=False)
        batch_op.create_check_constraint('ck_period_leave_reason', CHECK)


def downgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table('membership_period', schema=None) as batch_op:
        batch_op.drop_constraint('ck_period_leave_reason', type_='check')
        batch_op.alter_column('leave_reason', existing_type=sa.String(length=20),
                              type_=sa.String(length=300), existing_nullable=False)
    for code, label in LABELS.items():
        conn.execute(sa.text("UPDATE membership_period SET leave_reason = :label "
                             "WHERE leave_reason = :code"), {'label': label, 'code': code})

    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('charter_signed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('charter_version', sa.String(length=40),
                                      nullable=False, server_default=''))
    latest = conn.execute(sa.text(
        "SELECT member_id, version, signed_on FROM charter_signature "
        "ORDER BY member_id, signed_on, id")).all()
    last = {r[0]: r for r in latest}
    if last:
        conn.execute(sa.text("UPDATE member SET charter_signed_on = :d, charter_version = :v "
                             "WHERE id = :id"),
                     [{'id': k, 'd': r[2], 'v': r[1]} for k, r in last.items()])
    with op.batch_alter_table('charter_signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charter_signature_member_id'))
    op.drop_table('charter_signature')
