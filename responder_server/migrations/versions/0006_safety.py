"""safety: blocks, bans, reports and supervisor flags, the safety log, versioned
resources and phrases; the client's region and language on sessions and payments

Revision ID: 0006_safety
Revises: 0005_postgres_search
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_safety"
down_revision = "0005_postgres_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch_op:
        batch_op.add_column(sa.Column("banned_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("ban_reason", sa.Text(), nullable=False,
                                      server_default=""))
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.add_column(sa.Column("client_region", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("client_language", sa.String(length=8), nullable=True))
    with op.batch_alter_table("payments") as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("client_region", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("client_language", sa.String(length=8), nullable=True))
        batch_op.create_foreign_key("fk_payments_client_id", "clients", ["client_id"], ["id"])

    op.create_table(
        "client_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("conversation_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"]),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_client_blocks_responder_client", "client_blocks",
                    ["responder_id", "client_id"], unique=True)
    op.create_index("ix_client_blocks_client_id", "client_blocks", ["client_id"])

    op.create_table(
        "safety_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("conversation_id", sa.String(length=36), nullable=False),
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"]),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_safety_reports_resolved_created", "safety_reports",
                    ["resolved_at", "created_at"])
    op.create_index("ix_safety_reports_conversation_id", "safety_reports", ["conversation_id"])
    op.create_index("ix_safety_reports_client_id", "safety_reports", ["client_id"])

    op.create_table(
        "safety_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("conversation_id", sa.String(length=36), nullable=False),
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("match_kind", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("matched", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("document_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_safety_log_conversation", "safety_log", ["conversation_id", "id"])

    op.create_table(
        "safety_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_safety_documents_kind_id", "safety_documents", ["kind", "id"])


def downgrade() -> None:
    op.drop_index("ix_safety_documents_kind_id", table_name="safety_documents")
    op.drop_table("safety_documents")
    op.drop_index("ix_safety_log_conversation", table_name="safety_log")
    op.drop_table("safety_log")
    for name in ("ix_safety_reports_client_id", "ix_safety_reports_conversation_id",
                 "ix_safety_reports_resolved_created"):
        op.drop_index(name, table_name="safety_reports")
    op.drop_table("safety_reports")
    op.drop_index("ix_client_blocks_client_id", table_name="client_blocks")
    op.drop_index("ix_client_blocks_responder_client", table_name="client_blocks")
    op.drop_table("client_blocks")
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_constraint("fk_payments_client_id", type_="foreignkey")
        batch_op.drop_column("client_language")
        batch_op.drop_column("client_region")
        batch_op.drop_column("client_id")
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.drop_column("client_language")
        batch_op.drop_column("client_region")
    with op.batch_alter_table("clients") as batch_op:
        batch_op.drop_column("ban_reason")
        batch_op.drop_column("banned_at")
