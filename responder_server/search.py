"""Full-text search over a responder's own notes and past conversations.

SQLite's FTS5 trigram tokenizer cannot match a two-character Chinese word ("考试"), and
Chinese is written without spaces, so text is split here, in Python, both when it is
indexed and when it is searched, and the database's own full-text engine stores the terms:
contentless FTS5 tables (`message_fts`, `note_fts`, `wrap_up_fts`, created by migration
0004) over the space-joined terms, with FTS5's `ascii` tokenizer, which keeps every
non-ASCII character and so every term as written. A message costs one INSERT however long
it is (the terms are computed before the write transaction begins). PostgreSQL will hold
the same terms in tsvector columns with GIN indexes (migration 0005: tables of the same
names, `rowid` and `terms`); a document's terms go in as they are (`array_to_tsvector`, as
the 'simple' configuration would keep them, with no parser in between) and a query is the
AND of its terms as a `tsquery`.

Contentless tables keep no text, so a document is removed with FTS5's 'delete' command
and the terms it was indexed with, recomputed from the stored text: changing how text is
split needs a migration that rebuilds the index.

Terms:

- CJK runs (Han, kana, Hangul) give every single character and every pair of neighbouring
  characters (bigrams). A query run of two or more characters must contain all its bigrams;
  a one-character query matches the character. Candidates are then checked for the exact
  run in the text, so "考试" never matches "考...试".
- Other words (Latin, Vietnamese, ...) are casefolded and NFC-normalised; each is indexed
  as written and, when it has diacritics, also without them. So "lắng" finds "lắng", and
  "lang" finds both "lắng" and "lang"; "đi" is also found by "di".

Every query is scoped to the calling responder in SQL: notes join to `client_notes`,
messages and wrap-up notes to `conversations`, each filtered by `responder_id`. The exact
check (CJK runs side by side) runs on those candidates, newest first, and the limit is
applied to what passes it.
"""

from __future__ import annotations

import functools
import json
import operator
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import column, delete, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from responder_server.models import ClientNote, Conversation, Message, SearchWrapUp
from responder_wire.notes import SearchHit, SearchHitKind

MAX_TERM_LENGTH = 64
MAX_QUERY_TERMS = 16
MAX_HITS = 50

_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\U00020000-\U0002fa1f"  # extensions B+
)
_TOKEN = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>(?:(?![{_CJK}])[^\W_])+)")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text).casefold())


def fold(word: str) -> str:
    """The word without diacritics: "lắng" → "lang", "đi" → "di"."""
    word = word.replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _runs(text: str) -> list[tuple[str, str]]:
    return [("cjk", m.group("cjk")) if m.group("cjk") else ("word", m.group("word"))
            for m in _TOKEN.finditer(normalise(text))]


def index_terms(text: str) -> set[str]:
    terms: set[str] = set()
    for kind, run in _runs(text):
        if kind == "cjk":
            terms.update(run)
            terms.update(map(operator.add, run, run[1:]))  # its bigrams
        else:
            terms.add(run[:MAX_TERM_LENGTH])
            terms.add(fold(run)[:MAX_TERM_LENGTH])
    return terms


@dataclass(frozen=True)
class Query:
    terms: frozenset[str]  # every one must be in the document
    cjk_runs: tuple[str, ...]  # and every one of these must appear as written
    words: tuple[str, ...]  # for snippets

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(text: str) -> Query:
    terms: set[str] = set()
    cjk_runs: list[str] = []
    words: list[str] = []
    for kind, run in _runs(text):
        if kind == "cjk":
            cjk_runs.append(run)
            words.append(run)
            if len(run) == 1:
                terms.add(run)
            else:
                terms.update(run[i:i + 2] for i in range(len(run) - 1))
        else:
            words.append(run)
            # Typed with diacritics: match exactly; typed without: match the folded form.
            terms.add((run if fold(run) != run else fold(run))[:MAX_TERM_LENGTH])
    # Very long queries keep their first terms; the exact-run check still applies to all.
    kept = sorted(terms, key=len, reverse=True)[:MAX_QUERY_TERMS]
    return Query(frozenset(kept), tuple(cjk_runs), tuple(words))


# ---- indexing --------------------------------------------------------------------------

MESSAGE_FTS = "message_fts"  # rowid: messages.position
NOTE_FTS = "note_fts"  # rowid: client_notes.id
WRAP_UP_FTS = "wrap_up_fts"  # rowid: search_wrap_ups.id (one per wrapped-up conversation)
FTS_TABLES = (MESSAGE_FTS, NOTE_FTS, WRAP_UP_FTS)
CANDIDATE_BATCH = 200


def terms_text(text: str) -> str:
    """The document as FTS5 stores it: its terms joined by spaces, in no set order. The
    tables keep no positions (`detail=none`), so a delete that re-derives the same terms
    in another order removes exactly what was inserted; not sorting halves the cost of
    a long message's index entry."""
    return " ".join(index_terms(text))


def message_terms(body: str) -> str:
    return terms_text(body)


def is_postgres(session: AsyncSession | Session) -> bool:
    return bool(session.get_bind().dialect.name == "postgresql")


@functools.lru_cache(maxsize=16)
def fts_insert(table: str, postgres: bool = False) -> Any:
    """INSERT of one document's terms; parameters `r` (rowid) and `t` (`terms_text`)."""
    if postgres:
        return text(f"INSERT INTO {table} (rowid, terms) "
                    "VALUES (:r, array_to_tsvector(string_to_array(:t, ' ')))")
    return text(f"INSERT INTO {table} (rowid, terms) VALUES (:r, :t)")


async def _fts_insert(session: AsyncSession, table: str, rowid: int, terms: str) -> None:
    if terms:
        await session.execute(fts_insert(table, is_postgres(session)), {"r": rowid, "t": terms})


async def _fts_delete(session: AsyncSession, table: str, rowid: int, terms: str) -> None:
    if is_postgres(session):
        await session.execute(text(f"DELETE FROM {table} WHERE rowid = :r"), {"r": rowid})
    elif terms:
        await session.execute(
            text(f"INSERT INTO {table} ({table}, rowid, terms) VALUES ('delete', :r, :t)"),
            {"r": rowid, "t": terms})


def note_text(note: ClientNote) -> str:
    return "\n".join((note.call_me, note.avoid, note.tags, note.text))


async def unindex_note(session: AsyncSession, note_id: int, old_text: str) -> None:
    """Before a note changes or goes: `old_text` is `note_text` of what is stored."""
    await _fts_delete(session, NOTE_FTS, note_id, terms_text(old_text))


async def index_note(session: AsyncSession, note: ClientNote) -> None:
    await _fts_insert(session, NOTE_FTS, note.id, terms_text(note_text(note)))


async def index_wrap_up(session: AsyncSession, conversation: Conversation) -> None:
    doc_id = await session.scalar(select(SearchWrapUp.id).where(
        SearchWrapUp.conversation_id == conversation.id))
    if doc_id is not None:
        return  # a conversation is wrapped up once
    terms = terms_text(conversation.wrap_up_note)
    if not terms:
        return
    doc = SearchWrapUp(conversation_id=conversation.id)
    session.add(doc)
    await session.flush()
    await _fts_insert(session, WRAP_UP_FTS, doc.id, terms)


async def forget(session: AsyncSession, conversation_ids: list[str], note_ids: list[int]
                 ) -> None:
    """Erasure: remove these conversations' messages and wrap-up notes and these notes from
    the index (call before the text itself is deleted), then merge the index so no
    segment keeps their terms."""
    for position, body in (await session.execute(
            select(Message.position, Message.body)
            .where(Message.conversation_id.in_(conversation_ids)))).all():
        await _fts_delete(session, MESSAGE_FTS, position, terms_text(body))
    for doc_id, wrap_up_note in (await session.execute(
            select(SearchWrapUp.id, Conversation.wrap_up_note)
            .join(Conversation, Conversation.id == SearchWrapUp.conversation_id)
            .where(SearchWrapUp.conversation_id.in_(conversation_ids)))).all():
        await _fts_delete(session, WRAP_UP_FTS, doc_id, terms_text(wrap_up_note))
    await session.execute(delete(SearchWrapUp).where(
        SearchWrapUp.conversation_id.in_(conversation_ids)))
    for note in await session.scalars(select(ClientNote).where(ClientNote.id.in_(note_ids))):
        await unindex_note(session, note.id, note_text(note))
    if is_postgres(session):
        return  # rows are deleted; VACUUM (autovacuum) reclaims their space
    for table in FTS_TABLES:
        await session.execute(text(f"INSERT INTO {table} ({table}) VALUES ('optimize')"))


# ---- searching -------------------------------------------------------------------------


def match_expression(query: Query, postgres: bool = False) -> str:
    """Every term, each as its own quoted string: FTS5's implicit AND, or a tsquery."""
    if postgres:
        return " & ".join("'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
                          for term in sorted(query.terms))
    return " ".join('"' + term.replace('"', '""') + '"' for term in sorted(query.terms))


def _contains_runs(query: Query, text: str) -> bool:
    folded = normalise(text)
    return all(run in folded for run in query.cjk_runs)


def snippet(text: str, query: Query, width: int = 60) -> str:
    flat = " ".join(text.split())
    low = normalise(flat)
    positions = [low.find(w) for w in query.words if low.find(w) >= 0]
    if not positions and query.words:
        folded = fold(low)
        positions = [folded.find(fold(w)) for w in query.words if folded.find(fold(w)) >= 0]
    at = min(positions) if positions else 0
    start = max(0, at - width // 3)
    end = min(len(flat), start + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def _in_fts(table: str, key: Any, postgres: bool = False) -> Any:
    where = "terms @@ CAST(:q AS tsquery)" if postgres else f"{table} MATCH :q"
    return key.in_(text(f"SELECT rowid FROM {table} WHERE {where}")
                   .columns(column("rowid")))  # type: ignore[arg-type]


async def _message_hits(session: AsyncSession, responder_id: int, query: Query, limit: int
                        ) -> list[tuple[datetime | None, SearchHit]]:
    hits: list[tuple[datetime | None, SearchHit]] = []
    before: int | None = None
    while len(hits) < limit:
        stmt = (
            select(Message.position, Message.body, Message.created_at, Conversation.id,
                   Conversation.alias, Conversation.client_id)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.responder_id == responder_id,
                   _in_fts(MESSAGE_FTS, Message.position, is_postgres(session)))
            .order_by(Message.position.desc()).limit(CANDIDATE_BATCH)
        )
        if before is not None:
            stmt = stmt.where(Message.position < before)
        rows = (await session.execute(
            stmt, {"q": match_expression(query, is_postgres(session))})).all()
        for position, body, created_at, conversation_id, alias, client_id in rows:
            before = position
            if _contains_runs(query, body) and len(hits) < limit:
                hits.append((created_at, SearchHit(
                    kind=SearchHitKind.MESSAGE, client_id=client_id,
                    conversation_id=conversation_id, alias=alias,
                    snippet=snippet(body, query), at=created_at)))
        if len(rows) < CANDIDATE_BATCH:
            break
    return hits


async def search(session: AsyncSession, responder_id: int, text_: str,
                 limit: int = MAX_HITS) -> list[SearchHit]:
    query = parse_query(text_)
    if query.empty:
        return []
    postgres = is_postgres(session)
    params = {"q": match_expression(query, postgres)}
    hits: list[tuple[datetime | None, SearchHit]] = []

    notes = await session.scalars(
        select(ClientNote)
        .where(ClientNote.responder_id == responder_id, _in_fts(NOTE_FTS, ClientNote.id, postgres))
        .order_by(ClientNote.updated_at.desc()), params)
    for note in notes:
        if len(hits) >= limit:
            break
        body = "\n".join(part for part in (note.text, note.call_me, note.avoid,
                                           " ".join(_tags(note.tags))) if part)
        if _contains_runs(query, note_text(note)):
            hits.append((note.updated_at, SearchHit(
                kind=SearchHitKind.NOTE, client_id=note.client_id,
                snippet=snippet(body, query), at=note.updated_at)))

    hits.extend(await _message_hits(session, responder_id, query, limit))

    conversations = await session.scalars(
        select(Conversation)
        .join(SearchWrapUp, SearchWrapUp.conversation_id == Conversation.id)
        .where(Conversation.responder_id == responder_id, _in_fts(WRAP_UP_FTS, SearchWrapUp.id,
                                                                       postgres))
        .order_by(Conversation.closed_at.desc()), params)
    wrapped = 0
    for conversation in conversations:
        if wrapped >= limit:
            break
        if _contains_runs(query, conversation.wrap_up_note):
            wrapped += 1
            hits.append((conversation.closed_at, SearchHit(
                kind=SearchHitKind.WRAP_UP, client_id=conversation.client_id,
                conversation_id=conversation.id, alias=conversation.alias,
                snippet=snippet(conversation.wrap_up_note, query), at=conversation.closed_at)))

    hits.sort(key=lambda pair: pair[0].timestamp() if pair[0] else 0.0, reverse=True)
    return [hit for _at, hit in hits[:limit]]


def _tags(raw: str) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
