"""issue 23, the client's phone: the name clients see, paid time and its extensions, why a
chat ended, the hours responders were online, and resume codes

Revision ID: 0009_client_phone
Revises: 0008_sqlite_phrase_search
Create Date: 2026-12-06

Existing responders get the first word of their display name as the name clients see (cut
to 20 characters); existing chats get their bought length as their paid minutes. Chats that
ended before this keep `ended_by` empty (nobody recorded why).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_client_phone"
down_revision = "0008_sqlite_phrase_search"
branch_labels = None
depends_on = None


def _first_word(display_name: str) -> str:
    words = (display_name or "").split()
    return words[0][:20] if words else ""


def upgrade() -> None:
    with op.batch_alter_table("responders") as batch_op:
        batch_op.add_column(sa.Column("client_name", sa.String(length=20), nullable=False,
                                      server_default=""))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, display_name FROM responders")).all()
    for responder_id, display_name in rows:
        bind.execute(sa.text("UPDATE responders SET client_name = :n WHERE id = :i"),
                     {"n": _first_word(display_name), "i": responder_id})

    with op.batch_alter_table("conversations") as batch_op:
        # 0 on a row written without it: session_time reads 0 as the bought length.
        batch_op.add_column(sa.Column("paid_minutes", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("time_warned_at", sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column("time_up_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("ended_by", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("grace_used_s", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.execute("UPDATE conversations SET paid_minutes = length_minutes")

    with op.batch_alter_table("payments") as batch_op:
        batch_op.add_column(sa.Column("extends_conversation_id", sa.String(length=36),
                                      nullable=True))
        batch_op.create_foreign_key("fk_payments_extends_conversation_id", "conversations",
                                    ["extends_conversation_id"], ["id"])
        batch_op.create_index("ix_payments_extends_conversation_id",
                              ["extends_conversation_id"], unique=False)

    op.create_table(
        "presence_hours",
        sa.Column("hour_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("responder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["responder_id"], ["responders.id"]),
        sa.PrimaryKeyConstraint("hour_start", "responder_id"),
    )
    op.create_table(
        "resume_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("conversation_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.PrimaryKeyConstraint("code_hash"),
        sa.UniqueConstraint("conversation_id"),
    )


def downgrade() -> None:
    op.drop_table("resume_codes")
    op.drop_table("presence_hours")
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_index("ix_payments_extends_conversation_id")
        batch_op.drop_constraint("fk_payments_extends_conversation_id", type_="foreignkey")
        batch_op.drop_column("extends_conversation_id")
    with op.batch_alter_table("conversations") as batch_op:
        for name in ("grace_used_s", "ended_by", "time_up_at", "time_warned_at",
                     "paid_minutes"):
            batch_op.drop_column(name)
    with op.batch_alter_table("responders") as batch_op:
        batch_op.drop_column("client_name")
