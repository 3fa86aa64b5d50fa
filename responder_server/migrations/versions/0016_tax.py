"""issue 26, income tax withheld at payouts: the operator's versioned withholding rule

Revision ID: 0016_tax
Revises: 0014_payout_accounts
Create Date: 2026-12-07

Without a stored version the built-in rule applies (劳务报酬 by the cumulative method, SAT
2025 Notice No. 16); the withheld tax itself is a `tax` ledger entry (ledger_entries.tax_fen,
added by 0014).
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_tax"
down_revision = "0014_payout_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tax_rule_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("effective_from", sa.Date, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tax_rule_versions")
