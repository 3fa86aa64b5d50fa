"""merge the migrations built side by side off 0005 (one per feature branch)

Revision ID: 0007_merge_sessions
Revises: 0006_payments, 0006_edges, 0006_prefs, 0006_safety, 0006_scale
Create Date: 2026-12-01
"""

revision = "0007_merge_sessions"
down_revision = (
    "0006_payments",
    "0006_edges",
    "0006_prefs",
    "0006_safety",
    "0006_scale",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
