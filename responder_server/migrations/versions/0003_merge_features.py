"""merge the feature migrations built side by side off 0001

Revision ID: 0003_merge_features
Revises: 0002_earnings, 0002_notes, 0002_presence, 0002_reply_speed, 0002_web_client
Create Date: 2026-11-25
"""

revision = "0003_merge_features"
down_revision = (
    "0002_earnings",
    "0002_notes",
    "0002_presence",
    "0002_reply_speed",
    "0002_web_client",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
