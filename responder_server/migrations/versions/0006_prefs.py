"""prefs: each responder's quick replies (one versioned row per responder)

Revision ID: 0006_prefs
Revises: 0005_postgres_search
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_prefs"
down_revision = "0005_postgres_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quick_reply_sets",
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.Column("phrases", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("responder_id"),
    )


def downgrade() -> None:
    op.drop_table("quick_reply_sets")
