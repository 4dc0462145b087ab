"""sent reports: the annual table of a year as sent to the ARS (issue 19, item 5)

Who marked it as sent and when, the figures as computed then, and the three files (PDF,
workbook, JSON) byte for byte: recomputing later (corrections, retention, a merge) never
changes what the ARS received.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sent_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('sent_by', sa.String(length=120), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('xlsx', sa.LargeBinary(), nullable=False),
    sa.Column('json_file', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year')
    )


def downgrade() -> None:
    op.drop_table('sent_report')
