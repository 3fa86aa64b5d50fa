"""64-bit message positions on PostgreSQL

Revision ID: 0006_scale
Revises: 0005_postgres_search
Create Date: 2026-12-01

0001 created `messages.position` as SERIAL: a 32-bit column over a 32-bit sequence, so a
busy platform would stop accepting messages after 2,147,483,647 of them. Both are widened
(as 0004/0005 did for `events.seq`); the sequence keeps its current value. On SQLite
nothing changes: an INTEGER PRIMARY KEY is the 64-bit rowid already.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_scale"
down_revision = "0005_postgres_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column("messages", "position", type_=sa.BigInteger(), existing_nullable=False)
    op.execute("ALTER SEQUENCE IF EXISTS messages_position_seq AS bigint")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER SEQUENCE IF EXISTS messages_position_seq AS integer")
    op.alter_column("messages", "position", type_=sa.Integer(), existing_nullable=False)
