"""PostgreSQL: the search index in tsvector columns with GIN indexes (SQLite keeps its
FTS5 tables from 0004), and the event positions' sequence made 64-bit

Revision ID: 0005_postgres_search
Revises: 0004_search_fts
Create Date: 2026-12-02

On PostgreSQL, `message_fts`, `note_fts` and `wrap_up_fts` are plain tables
(`rowid` bigint primary key, `terms` tsvector) with a GIN index on `terms`: the same names
and keys as the FTS5 tables, so `search/service.py` keeps one interface. Existing text is indexed
again with the same tokenizer. On SQLite this revision changes nothing.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_postgres_search"
down_revision = "0004_search_fts"
branch_labels = None
depends_on = None

FTS_TABLES = ("message_fts", "note_fts", "wrap_up_fts")


def _backfill(bind: sa.Connection) -> None:
    from responder_server.search.service import index_terms

    def insert(table: str, rowid: int, text: str) -> None:
        terms = sorted(index_terms(text or ""))
        if terms:
            bind.execute(sa.text(f"INSERT INTO {table} (rowid, terms) "
                                 "VALUES (:r, array_to_tsvector(CAST(:t AS text[])))"),
                         {"r": rowid, "t": terms})

    last = 0
    while True:
        rows = bind.execute(sa.text(
            "SELECT position, body FROM messages WHERE position > :p ORDER BY position "
            "LIMIT 1000"), {"p": last}).all()
        for position, body in rows:
            insert("message_fts", position, body)
            last = position
        if len(rows) < 1000:
            break
    for note_id, call_me, avoid, tags, text in bind.execute(sa.text(
            "SELECT id, call_me, avoid, tags, text FROM client_notes")).all():
        insert("note_fts", note_id,
               "\n".join((call_me or "", avoid or "", tags or "", text or "")))
    for conversation_id, note in bind.execute(sa.text(
            "SELECT id, wrap_up_note FROM conversations WHERE state = 'closed' "
            "AND wrap_up_note != ''")).all():
        doc_id = bind.execute(sa.text(
            "INSERT INTO search_wrap_ups (conversation_id) VALUES (:c) "
            "ON CONFLICT (conversation_id) DO NOTHING RETURNING id"),
            {"c": conversation_id}).scalar()
        if doc_id is not None:
            insert("wrap_up_fts", doc_id, note)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # 0001 created events.seq as SERIAL (an integer sequence); 0004 widened the column only.
    op.execute("ALTER SEQUENCE IF EXISTS events_seq_seq AS bigint")
    for table in FTS_TABLES:
        op.create_table(
            table,
            sa.Column("rowid", sa.BigInteger(), autoincrement=False, nullable=False),
            sa.Column("terms", postgresql.TSVECTOR(), nullable=False),
            sa.PrimaryKeyConstraint("rowid"),
        )
        op.create_index(f"ix_{table}_terms", table, ["terms"], postgresql_using="gin")
    _backfill(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in FTS_TABLES:
        op.drop_table(table)
