"""issue 26, money out: payout runs, and payouts that move through states as lines

Revision ID: 0015_payout_runs
Revises: 0017_payout_binding
Create Date: 2026-12-07

A payout is now also a run's line (payouts/): its state (created, sent, waiting_confirm,
processing, paid, failed, returned), channel, our transfer number (unique, fixed at
creation), gross and tax. Payouts recorded before are manual ones, already paid.
`payout_line_entries` keeps every entry a line carried, after a returned line gives them
back to pending.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_payout_runs"
down_revision = "0017_payout_binding"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payout_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("minimum_fen", sa.Integer, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("skipped", sa.Text, nullable=False, server_default="[]"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("payouts") as batch:
        batch.add_column(sa.Column("run_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("state", sa.String(16), nullable=False,
                                   server_default="paid"))
        batch.add_column(sa.Column("channel", sa.String(16), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("provider", sa.String(16), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("account_mask", sa.String(200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("account_version", sa.Integer, nullable=True))
        batch.add_column(sa.Column("gross_fen", sa.Integer, nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("tax_fen", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("transfer_no", sa.String(32), nullable=True))
        batch.add_column(sa.Column("provider_reference", sa.String(100), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("reason", sa.String(300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("review_reason", sa.String(300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("retry_of", sa.Integer, nullable=True))
        batch.add_column(sa.Column("confirm_package", sa.Text, nullable=True))
        batch.add_column(sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key("fk_payouts_run", "payout_runs", ["run_id"], ["id"])
        batch.create_unique_constraint("uq_payouts_transfer_no", ["transfer_no"])
        batch.create_index("ix_payouts_run_id", ["run_id"])
        batch.create_index("ix_payouts_state", ["state", "updated_at"])
    op.execute("UPDATE payouts SET gross_fen = amount_fen, updated_at = created_at")
    op.create_table(
        "payout_line_entries",
        sa.Column("payout_id", sa.Integer, sa.ForeignKey("payouts.id"), primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("ledger_entries.id"),
                  primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("payout_line_entries")
    with op.batch_alter_table("payouts") as batch:
        batch.drop_index("ix_payouts_state")
        batch.drop_index("ix_payouts_run_id")
        batch.drop_constraint("uq_payouts_transfer_no", type_="unique")
        batch.drop_constraint("fk_payouts_run", type_="foreignkey")
        for column in ("updated_at", "sent_at", "confirm_package", "retry_of",
                       "review_reason", "reason", "provider_reference", "transfer_no",
                       "tax_fen", "gross_fen", "account_version", "account_mask",
                       "provider", "channel", "state", "run_id"):
            batch.drop_column(column)
    op.drop_table("payout_runs")
