"""ledger: each business day's posted money per kind, kept by the posting (the home screen's funds chart reads
60 rows instead of scanning 30 days of transfers); filled here from the transfers already posted

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

# Shanghai's day of a UTC time; China keeps UTC+8 all year (server/clock.py).
SHANGHAI_DAY = {"sqlite": "date(created_at, '+8 hours')",
                "postgresql": "CAST(timezone('Asia/Shanghai', created_at) AS DATE)"}


def upgrade() -> None:
    op.create_table('ledger_day_flows',
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('kind', sa.String(length=20), nullable=False),
                    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
                    sa.Column('transfers', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('day', 'kind', name=op.f('pk_ledger_day_flows')))
    day = SHANGHAI_DAY[op.get_bind().dialect.name]
    op.execute(f"INSERT INTO ledger_day_flows (day, kind, amount_fen, transfers) "
               f"SELECT {day}, kind, SUM(amount_fen), COUNT(*) FROM ledger_transfers "
               f"WHERE state = 'posted' AND pending = false GROUP BY {day}, kind")


def downgrade() -> None:
    op.drop_table('ledger_day_flows')
