"""issue 26, where responders are paid: payout accounts and identities for tax (sealed)

Revision ID: 0014_payout_accounts
Revises: 0012_event_order
Create Date: 2026-12-07

Real names, ID numbers and accounts are stored only sealed with the operator's identity key
(payout_accounts/crypto.py), with masks for display. Ledger entries gain `tax_fen` (income
tax withheld at a payout: net_fen = gross_fen - commission_fen + tip_fen - tax_fen).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_payout_accounts"
down_revision = "0012_event_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "responder_identities",
        sa.Column("responder_id", sa.Integer, sa.ForeignKey("responders.id"),
                  primary_key=True),
        sa.Column("real_name_sealed", sa.Text, nullable=False),
        sa.Column("id_number_sealed", sa.Text, nullable=False),
        sa.Column("real_name_mask", sa.String(40), nullable=False),
        sa.Column("id_number_mask", sa.String(18), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "payout_accounts",
        sa.Column("responder_id", sa.Integer, sa.ForeignKey("responders.id"),
                  primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("account_sealed", sa.Text, nullable=False),
        sa.Column("account_mask", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("bound_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("ledger_entries") as batch:
        batch.add_column(sa.Column("tax_fen", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("ledger_entries") as batch:
        batch.drop_column("tax_fen")
    op.drop_table("payout_accounts")
    op.drop_table("responder_identities")
