"""SQLite: the search index keeps each CJK character once, with positions, instead of
every character and every pair

Revision ID: 0008_sqlite_phrase_search
Revises: 0007_merge_sessions
Create Date: 2026-12-01

0004's FTS5 tables held every CJK character and every pair of neighbours (`detail=none`):
about 4,400 terms for a 4,000-character message, which cost more to split and index than
everything else about storing it. The new tables hold each character once, with positions
(`detail=full`), and a query matches a run as a phrase (search/service.py). The tables are made
again and every message, note and wrap-up note already stored is indexed again from its
text. PostgreSQL keeps its tsvector tables from 0005: nothing changes there.

On SQLite, messages now reach the index after their send (search/indexer.py), and
`search_progress` records how far: the backfill leaves it at the last message. The table
is created on PostgreSQL too, and stays empty there (messages are indexed as they are
sent).
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0008_sqlite_phrase_search"
down_revision = "0007_merge_sessions"
branch_labels = None
depends_on = None

FTS_TABLES = ("message_fts", "note_fts", "wrap_up_fts")
BATCH = 1000


def _create(options: str) -> None:
    for table in FTS_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(terms, content='', "
                   f"tokenize='ascii', {options})")


def _backfill(bind: sa.Connection, document: Callable[[str], str]) -> None:
    insert = {t: sa.text(f"INSERT INTO {t} (rowid, terms) VALUES (:r, :t)") for t in FTS_TABLES}

    def index(table: str, rowid: int, text: str | None) -> None:
        terms = document(text or "")
        if terms:
            bind.execute(insert[table], {"r": rowid, "t": terms})

    last = 0
    while True:
        rows = bind.execute(sa.text(
            "SELECT position, body FROM messages WHERE position > :p ORDER BY position "
            "LIMIT :n"), {"p": last, "n": BATCH}).all()
        for position, body in rows:
            index("message_fts", position, body)
            last = position
        if len(rows) < BATCH:
            break
    for note_id, call_me, avoid, tags, text in bind.execute(sa.text(
            "SELECT id, call_me, avoid, tags, text FROM client_notes")).all():
        index("note_fts", note_id, "\n".join((call_me or "", avoid or "", tags or "",
                                              text or "")))
    for doc_id, note in bind.execute(sa.text(
            "SELECT search_wrap_ups.id, conversations.wrap_up_note FROM search_wrap_ups "
            "JOIN conversations ON conversations.id = search_wrap_ups.conversation_id")).all():
        index("wrap_up_fts", doc_id, note)


def upgrade() -> None:
    op.create_table(
        "search_progress",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from responder_server.search.service import document_text

    # (not columnsize=0: a contentless table without sizes cannot be scanned, so the
    # database could no longer be dumped, `sqlite3 file .dump`, for a backup)
    _create("detail=full")
    _backfill(bind, document_text)
    bind.execute(sa.text("INSERT INTO search_progress (name, position) "
                         "SELECT 'messages', coalesce(max(position), 0) FROM messages"))


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table("search_progress")
    if bind.dialect.name != "sqlite":
        return
    from responder_server.search.service import terms_text

    _create("detail=none")
    _backfill(bind, terms_text)
