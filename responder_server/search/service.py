"""Full-text search over a responder's own notes and past conversations.

SQLite's FTS5 trigram tokenizer cannot match a two-character Chinese word ("考试"), and
Chinese is written without spaces, so text is split here, in Python, both when it is
indexed and when it is searched, and the database's own full-text engine stores the
result. The two databases store it differently, because what is cheap differs:

- SQLite: contentless FTS5 tables (`message_fts`, `note_fts`, `wrap_up_fts`; migration
  0008) with positions (`detail=full`) and FTS5's `ascii` tokenizer, which keeps every
  non-ASCII character in its token. A document is its text split into tokens, in order
  (`document_text`): every CJK character a token of its own, every other word as a
  token. A CJK query run is a phrase ("考 试": those characters side by side), so the
  index holds one entry per character rather than one per character and per pair: a
  4,000-character message costs about a quarter of what pairs cost to split and index.
- PostgreSQL: tsvector columns with GIN indexes (migration 0005: tables of the same
  names, `rowid` and `terms`) holding the set of terms (`index_terms`): every CJK
  character and every pair of neighbours (bigrams), as the 'simple' configuration would
  keep them (`array_to_tsvector`, no parser in between). A query is the AND of its
  terms; a run of two or more characters must contain all its bigrams.

On SQLite a message is indexed just after its send, by `search/indexer.py` (before any
search runs, so a search still finds every message sent before it); on PostgreSQL in the
send's transaction. Notes and wrap-up notes are indexed in the transaction that saves them.

Contentless FTS5 tables keep no text, so a document is removed with FTS5's 'delete'
command and the tokens it was indexed with, recomputed from the stored text in the same
order: changing how text is split needs a migration that rebuilds the index.

Terms, on both:

- CJK runs (Han, kana, Hangul): characters, matched side by side. Candidates are then
  checked for the exact run in the text, so "考试" never matches "考...试".
- Other words (Latin, Vietnamese, ...) are casefolded and NFC-normalised; each is indexed
  as written and, when it has diacritics, also without them. So "lắng" finds "lắng", and
  "lang" finds both "lắng" and "lang"; "đi" is also found by "di".

Every query is scoped to the calling responder in SQL: notes join to `client_notes`,
messages and wrap-up notes to `conversations`, each filtered by `responder_id`. The exact
check (CJK runs side by side) runs on those candidates, newest first, and the limit is
applied to what passes it.
"""

from __future__ import annotations

import array
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

from responder_server.core.models import (
    ClientNote,
    Conversation,
    Message,
    SearchProgress,
    SearchWrapUp,
)
from responder_wire.search import SearchHit, SearchHitKind

MAX_TERM_LENGTH = 64
MAX_QUERY_TERMS = 16
MAX_PHRASE_LENGTH = 32  # characters of one CJK query run matched by the index
MAX_HITS = 50

_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\U00020000-\U0002fa1f"  # extensions B+
)
_SPACE = array.array("I", [32])  # one UTF-32 code point, as `_spaced` builds them
assert _SPACE.itemsize == 4
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


def _word_forms(word: str) -> tuple[str, ...]:
    """A word as written and, if it has diacritics, without them."""
    written, folded = word[:MAX_TERM_LENGTH], fold(word)[:MAX_TERM_LENGTH]
    return (written,) if folded == written else (written, folded)


def _spaced(run: str) -> str:
    """`" ".join(run)`, four times faster for a long run: join makes a string object per
    CJK character; this interleaves the code points (UTF-32) with spaces in one array."""
    points = array.array("I", run.encode("utf-32-le"))
    spaced = _SPACE * (2 * len(points))
    spaced[0::2] = points
    return spaced.tobytes().decode("utf-32-le")[:-1]


def document_text(text: str) -> str:
    """SQLite's document (FTS5, `detail=full`): the text's tokens in order, joined by
    spaces; each CJK character a token of its own. The same text always gives the same
    string, as FTS5's 'delete' needs."""
    parts: list[str] = []
    for kind, run in _runs(text):
        if kind == "cjk":
            parts.append(_spaced(run) if len(run) > 16 else " ".join(run))
        else:
            parts.extend(_word_forms(run))
    return " ".join(parts)


def index_terms(text: str) -> set[str]:
    """PostgreSQL's terms: every CJK character and pair, every word form."""
    terms: set[str] = set()
    for kind, run in _runs(text):
        if kind == "cjk":
            terms.update(run)
            terms.update(map(operator.add, run, run[1:]))  # its bigrams
        else:
            terms.update(_word_forms(run))
    return terms


@dataclass(frozen=True)
class Query:
    terms: frozenset[str]  # PostgreSQL: every one must be in the document
    phrases: tuple[str, ...]  # SQLite: every one must be in the document, tokens in order
    cjk_runs: tuple[str, ...]  # and every one of these must appear as written
    words: tuple[str, ...]  # for snippets

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(text: str) -> Query:
    terms: set[str] = set()
    phrases: set[str] = set()
    cjk_runs: list[str] = []
    words: list[str] = []
    for kind, run in _runs(text):
        words.append(run)
        if kind == "cjk":
            cjk_runs.append(run)
            phrases.add(" ".join(run[:MAX_PHRASE_LENGTH]))
            if len(run) == 1:
                terms.add(run)
            else:
                terms.update(run[i:i + 2] for i in range(len(run) - 1))
        else:
            # Typed with diacritics: match exactly; typed without: match the folded form.
            term = (run if fold(run) != run else fold(run))[:MAX_TERM_LENGTH]
            terms.add(term)
            phrases.add(term)
    # Very long queries keep their longest terms; the exact-run check still applies to all.
    kept = sorted(terms, key=len, reverse=True)[:MAX_QUERY_TERMS]
    kept_phrases = sorted(phrases, key=len, reverse=True)[:MAX_QUERY_TERMS]
    return Query(frozenset(kept), tuple(kept_phrases), tuple(cjk_runs), tuple(words))


# ---- indexing --------------------------------------------------------------------------

MESSAGE_FTS = "message_fts"  # rowid: messages.position
MESSAGE_PROGRESS = "messages"  # SQLite: search_progress row of the message indexer
NOTE_FTS = "note_fts"  # rowid: client_notes.id
WRAP_UP_FTS = "wrap_up_fts"  # rowid: search_wrap_ups.id (one per wrapped-up conversation)
FTS_TABLES = (MESSAGE_FTS, NOTE_FTS, WRAP_UP_FTS)
CANDIDATE_BATCH = 200


def terms_text(text: str) -> str:
    """PostgreSQL's document: its terms joined by spaces, in no set order (a set)."""
    return " ".join(index_terms(text))


def fts_document(text: str, postgres: bool) -> str:
    """What `fts_insert` takes as `t` on this database ('' : nothing to index)."""
    return terms_text(text) if postgres else document_text(text)


def is_postgres(session: AsyncSession | Session) -> bool:
    return bool(session.get_bind().dialect.name == "postgresql")


@functools.lru_cache(maxsize=16)
def fts_insert(table: str, postgres: bool = False) -> Any:
    """INSERT of one document; parameters `r` (rowid) and `t` (`fts_document`)."""
    if postgres:
        return text(f"INSERT INTO {table} (rowid, terms) "
                    "VALUES (:r, array_to_tsvector(string_to_array(:t, ' ')))")
    return text(f"INSERT INTO {table} (rowid, terms) VALUES (:r, :t)")


async def _fts_insert(session: AsyncSession, table: str, rowid: int, terms: str) -> None:
    if terms:
        await session.execute(fts_insert(table, is_postgres(session)), {"r": rowid, "t": terms})


async def _fts_delete(session: AsyncSession, table: str, rowid: int, text_: str) -> None:
    """Removes the document indexed from `text_` (the stored text it was indexed from)."""
    if is_postgres(session):
        await session.execute(text(f"DELETE FROM {table} WHERE rowid = :r"), {"r": rowid})
        return
    terms = document_text(text_)
    if terms:
        await session.execute(
            text(f"INSERT INTO {table} ({table}, rowid, terms) VALUES ('delete', :r, :t)"),
            {"r": rowid, "t": terms})


def note_text(note: ClientNote) -> str:
    return "\n".join((note.call_me, note.avoid, note.tags, note.text))


async def unindex_note(session: AsyncSession, note_id: int, old_text: str) -> None:
    """Before a note changes or goes: `old_text` is `note_text` of what is stored."""
    await _fts_delete(session, NOTE_FTS, note_id, old_text)


async def index_note(session: AsyncSession, note: ClientNote) -> None:
    await _fts_insert(session, NOTE_FTS, note.id,
                      fts_document(note_text(note), is_postgres(session)))


async def index_wrap_up(session: AsyncSession, conversation: Conversation) -> None:
    doc_id = await session.scalar(select(SearchWrapUp.id).where(
        SearchWrapUp.conversation_id == conversation.id))
    if doc_id is not None:
        return  # a conversation is wrapped up once
    terms = fts_document(conversation.wrap_up_note, is_postgres(session))
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
    messages = select(Message.position, Message.body).where(
        Message.conversation_id.in_(conversation_ids))
    if not is_postgres(session):
        # only what the indexer has reached (search/indexer.py): a contentless table must
        # never be told to delete a document it does not hold
        messages = messages.where(Message.position <= select(SearchProgress.position).where(
            SearchProgress.name == MESSAGE_PROGRESS).scalar_subquery())
    for position, body in (await session.execute(messages)).all():
        await _fts_delete(session, MESSAGE_FTS, position, body)
    for doc_id, wrap_up_note in (await session.execute(
            select(SearchWrapUp.id, Conversation.wrap_up_note)
            .join(Conversation, Conversation.id == SearchWrapUp.conversation_id)
            .where(SearchWrapUp.conversation_id.in_(conversation_ids)))).all():
        await _fts_delete(session, WRAP_UP_FTS, doc_id, wrap_up_note)
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
    """Every phrase, each as its own quoted string (FTS5's implicit AND: a quoted string of
    several tokens matches them side by side), or every term in a tsquery."""
    if postgres:
        return " & ".join("'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
                          for term in sorted(query.terms))
    return " ".join('"' + phrase.replace('"', '""') + '"' for phrase in sorted(query.phrases))


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
                                           " ".join(tags(note.tags))) if part)
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


def tags(raw: str) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
