"""payments: a session starts only from a paid payment (one payment, one chat, unique),
idempotent checkout and start, the card that priced a payment, and refunds of sessions in
which the client never got a reply

Revision ID: 0006_payments
Revises: 0005_postgres_search
Create Date: 2026-12-01

Existing payments keep their status; existing conversations are not refunded after the
fact (their ledger entries, if any, stand).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_payments"
down_revision = "0005_postgres_search"
branch_labels = None
depends_on = None

_PAYMENT_COLUMNS = (
    ("rate_card_version", sa.Integer()),
    ("client_key_hash", sa.String(length=64)),
    ("idempotency_key_hash", sa.String(length=64)),
    ("start_key_hash", sa.String(length=64)),
    ("refund_due_at", sa.DateTime(timezone=True)),
    ("refunded_at", sa.DateTime(timezone=True)),
    ("refund_reference", sa.String(length=100)),
)


def upgrade() -> None:
    with op.batch_alter_table("payments", schema=None) as batch_op:
        for name, kind in _PAYMENT_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        batch_op.create_index("ix_payments_conversation", ["conversation_id"], unique=True)
        batch_op.create_index("ix_payments_idempotency_key", ["idempotency_key_hash"],
                              unique=True)
        batch_op.create_index("ix_payments_status", ["status"], unique=False)
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refunded_at", sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column("refund_reason", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("refund_reason")
        batch_op.drop_column("refunded_at")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_status")
        batch_op.drop_index("ix_payments_idempotency_key")
        batch_op.drop_index("ix_payments_conversation")
        for name, _kind in reversed(_PAYMENT_COLUMNS):
            batch_op.drop_column(name)
