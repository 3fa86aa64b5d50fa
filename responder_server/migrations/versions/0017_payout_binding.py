"""issue 26, binding WeChat for payouts: the single-use tokens of the bind QR codes

Revision ID: 0017_payout_binding
Revises: 0016_tax
Create Date: 2026-12-07

A responder binds WeChat by scanning a QR code in WeChat: the code carries a token that is
good once, for ten minutes. Only its SHA-256 is stored.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_payout_binding"
down_revision = "0016_tax"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payout_bind_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("responder_id", sa.Integer, sa.ForeignKey("responders.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_payout_bind_tokens_responder_id", "payout_bind_tokens",
                    ["responder_id"])


def downgrade() -> None:
    op.drop_index("ix_payout_bind_tokens_responder_id", "payout_bind_tokens")
    op.drop_table("payout_bind_tokens")
