"""Limits that hold across instances (rate_limits) replace the per-email sign-in throttle;
indexes for the retention sweep

Revision ID: 0006_edges
Revises: 0005_postgres_search
Create Date: 2026-12-01

`rate_limits` holds one fixed-window counter per rule and subject (core/limits.py), updated
with one atomic upsert. The old `sign_in_throttle` (per email only: anyone who knew a
responder's email could lock them out) is dropped; sign-in is now limited per address and
per (email, address). `auth_tokens.expires_at` and `stream_tickets.expires_at` are
indexed so the retention sweep deletes expired rows without a full scan.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_edges"
down_revision = "0005_postgres_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("window", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("rate_limits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_limits_expires_at"), ["expires_at"])
    with op.batch_alter_table("auth_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_tokens_expires_at"), ["expires_at"])
    with op.batch_alter_table("stream_tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stream_tickets_expires_at"), ["expires_at"])
    op.drop_table("sign_in_throttle")


def downgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("email"),
    )
    with op.batch_alter_table("stream_tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stream_tickets_expires_at"))
    with op.batch_alter_table("auth_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_tokens_expires_at"))
    with op.batch_alter_table("rate_limits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_limits_expires_at"))
    op.drop_table("rate_limits")
