"""issue 24, real money in: our own order number, expiry and review on payments, refunds
with their own states, and the provider notice store

Revision ID: 0010_real_payments
Revises: 0009_client_phone
Create Date: 2026-12-07

Existing payments get the hex of their id as their order number (what a provider would have
been given); existing refunds stay on the payment row (`refunding`/`refunded`); the settle
path makes a refund row for a `refunding` payment when it first sees one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_real_payments"
down_revision = "0009_client_phone"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("payments") as batch_op:
        batch_op.add_column(sa.Column("out_trade_no", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("method", sa.String(length=16), nullable=False,
                                      server_default="sandbox"))
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("provider_paid_fen", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("review_reason", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("tip_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("tip_conversation_id", sa.String(length=36),
                                      nullable=True))
        batch_op.create_foreign_key("fk_payments_tip_conversation_id", "conversations",
                                    ["tip_conversation_id"], ["id"])
        batch_op.create_unique_constraint("uq_payments_out_trade_no", ["out_trade_no"])
        batch_op.create_unique_constraint("uq_payments_tip_id", ["tip_id"])
    op.execute("UPDATE payments SET out_trade_no = REPLACE(id, '-', '')")

    op.create_table(
        "refunds",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("payment_id", sa.String(length=36), nullable=False),
        sa.Column("out_refund_no", sa.String(length=64), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("provider_reference", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("out_refund_no"),
    )
    op.create_index("ix_refunds_payment_id", "refunds", ["payment_id"], unique=False)
    op.create_index("ix_refunds_status", "refunds", ["status"], unique=False)

    op.create_table(
        "provider_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=40), nullable=False),
        sa.Column("notice_id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("out_trade_no", sa.String(length=32), nullable=False),
        sa.Column("out_refund_no", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_provider_notices_once", "provider_notices", ["provider", "notice_id"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ix_provider_notices_once", table_name="provider_notices")
    op.drop_table("provider_notices")
    op.drop_index("ix_refunds_status", table_name="refunds")
    op.drop_index("ix_refunds_payment_id", table_name="refunds")
    op.drop_table("refunds")
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_constraint("uq_payments_tip_id", type_="unique")
        batch_op.drop_constraint("uq_payments_out_trade_no", type_="unique")
        batch_op.drop_constraint("fk_payments_tip_conversation_id", type_="foreignkey")
        for column in ("tip_conversation_id", "tip_id", "review_reason", "provider_paid_fen", "closed_at",
                       "expires_at", "method", "out_trade_no"):
            batch_op.drop_column(column)
