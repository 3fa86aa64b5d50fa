"""issue 30, a responder's page: their public page, its weekly visits, and the chats
bought from it (routed to that responder only)

Revision ID: 0013_responder_page
Revises: 0015_payout_runs
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_responder_page"
down_revision = "0015_payout_runs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "responder_pages",
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("handle", sa.String(length=32), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("topics_like", sa.Text(), nullable=False),
        sa.Column("topics_avoid", sa.Text(), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("responder_id"),
        sa.UniqueConstraint("handle"),
    )
    op.create_table(
        "responder_page_visits",
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.String(length=10), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("responder_id", "week_start"),
    )
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.add_column(sa.Column("page_responder_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_conversations_page_responder", "responders",
                                    ["page_responder_id"], ["id"])
        batch_op.create_index("ix_conversations_page_responder_id", ["page_responder_id"])
    with op.batch_alter_table("payments") as batch_op:
        batch_op.add_column(sa.Column("page_responder_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_payments_page_responder", "responders",
                                    ["page_responder_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_constraint("fk_payments_page_responder", type_="foreignkey")
        batch_op.drop_column("page_responder_id")
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.drop_index("ix_conversations_page_responder_id")
        batch_op.drop_constraint("fk_conversations_page_responder", type_="foreignkey")
        batch_op.drop_column("page_responder_id")
    op.drop_table("responder_page_visits")
    op.drop_table("responder_pages")
