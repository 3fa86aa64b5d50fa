"""search in FTS5 (contentless, over space-joined terms) instead of one row per term;
64-bit event positions

Revision ID: 0004_search_fts
Revises: 0003_merge_features
Create Date: 2026-12-01

The terms of every message, note and wrap-up note already in the database are computed
again with the same tokenizer (responder_server.search) and written to the new tables,
then `search_terms` goes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_search_fts"
down_revision = "0003_merge_features"
branch_labels = None
depends_on = None

FTS_TABLES = ("message_fts", "note_fts", "wrap_up_fts")


def _backfill(bind: sa.Connection) -> None:
    from responder_server.search.service import terms_text

    insert = {t: sa.text(f"INSERT INTO {t} (rowid, terms) VALUES (:r, :t)") for t in FTS_TABLES}
    last = 0
    while True:
        rows = bind.execute(sa.text(
            "SELECT position, body FROM messages WHERE position > :p ORDER BY position "
            "LIMIT 1000"), {"p": last}).all()
        for position, body in rows:
            terms = terms_text(body or "")
            if terms:
                bind.execute(insert["message_fts"], {"r": position, "t": terms})
            last = position
        if len(rows) < 1000:
            break
    for note_id, call_me, avoid, tags, text in bind.execute(sa.text(
            "SELECT id, call_me, avoid, tags, text FROM client_notes")).all():
        terms = terms_text("\n".join((call_me or "", avoid or "", tags or "", text or "")))
        if terms:
            bind.execute(insert["note_fts"], {"r": note_id, "t": terms})
    for conversation_id, note in bind.execute(sa.text(
            "SELECT id, wrap_up_note FROM conversations WHERE state = 'closed' "
            "AND wrap_up_note != ''")).all():
        terms = terms_text(note)
        if not terms:
            continue
        doc_id = bind.execute(sa.text(
            "INSERT INTO search_wrap_ups (conversation_id) VALUES (:c) RETURNING id"),
            {"c": conversation_id}).scalar_one()
        bind.execute(insert["wrap_up_fts"], {"r": doc_id, "t": terms})


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "search_wrap_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conversation_id"),
    )
    if bind.dialect.name == "sqlite":
        for table in FTS_TABLES:
            # contentless (no copy of the text), rowids only (detail=none): enough for
            # "every term present"; the ascii tokenizer keeps non-ASCII terms whole.
            op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(terms, content='', "
                       "detail=none, tokenize='ascii')")
        _backfill(bind)
    else:
        # PostgreSQL: positions are 64-bit (SQLite's INTEGER rowid already is). Its search
        # index (tsvector 'simple' + GIN) comes with the PostgreSQL work.
        op.alter_column("events", "seq", type_=sa.BigInteger(), existing_nullable=False)
    op.drop_index("ix_search_terms_conversation", table_name="search_terms")
    op.drop_index("ix_search_terms_note", table_name="search_terms")
    op.drop_index("ix_search_terms_term", table_name="search_terms")
    op.drop_table("search_terms")


def downgrade() -> None:
    op.create_table(
        "search_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("conversation_id", sa.String(length=36), nullable=True),
        sa.Column("message_position", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"]),
        sa.ForeignKeyConstraint(["message_position"], ["messages.position"],
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["note_id"], ["client_notes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_search_terms_term", "search_terms", ["term"], unique=False)
    op.create_index("ix_search_terms_note", "search_terms", ["note_id"], unique=False)
    op.create_index("ix_search_terms_conversation", "search_terms", ["conversation_id"],
                    unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for table in FTS_TABLES:
            op.execute(f"DROP TABLE {table}")
    else:
        op.alter_column("events", "seq", type_=sa.Integer(), existing_nullable=False)
    op.drop_table("search_wrap_ups")
    # The old index is rebuilt from nothing: search finds only what is written from now
    # on after a downgrade.
