"""Full-text search over a responder's own notes and past conversations.

The index is an ordinary table of terms (`SearchTerm`), so it works the same on SQLite and
PostgreSQL. SQLite's FTS5 trigram tokenizer cannot match a two-character Chinese word
("考试"), and Chinese is written without spaces, so text is split like this, both when it is
indexed and when it is searched:

- CJK runs (Han, kana, Hangul) give every single character and every pair of neighbouring
  characters (bigrams). A query run of two or more characters must contain all its bigrams;
  a one-character query matches the character. Candidates are then checked for the exact
  run in the text, so "考试" never matches "考...试".
- Other words (Latin, Vietnamese, ...) are casefolded and NFC-normalised; each is indexed
  as written and, when it has diacritics, also without them. So "lắng" finds "lắng", and
  "lang" finds both "lắng" and "lang"; "đi" is also found by "di".

Every query is scoped to the calling responder in SQL: notes join to `client_notes`,
messages and wrap-up notes to `conversations`, each filtered by `responder_id`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.models import ClientNote, Conversation, Message, SearchTerm
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
            terms.update(run[i:i + 2] for i in range(len(run) - 1))
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


def _rows(text: str, **owner: object) -> list[SearchTerm]:
    return [SearchTerm(term=term, **owner) for term in index_terms(text)]


def note_text(note: ClientNote) -> str:
    return "\n".join((note.call_me, note.avoid, note.tags, note.text))


async def index_note(session: AsyncSession, note: ClientNote) -> None:
    await session.execute(delete(SearchTerm).where(SearchTerm.note_id == note.id))
    session.add_all(_rows(note_text(note), kind=SearchHitKind.NOTE.value, note_id=note.id))


async def index_message(session: AsyncSession, message: Message) -> None:
    session.add_all(_rows(message.body, kind=SearchHitKind.MESSAGE.value,
                          conversation_id=message.conversation_id,
                          message_position=message.position))


async def index_wrap_up(session: AsyncSession, conversation: Conversation) -> None:
    await session.execute(delete(SearchTerm).where(
        SearchTerm.conversation_id == conversation.id,
        SearchTerm.kind == SearchHitKind.WRAP_UP.value))
    session.add_all(_rows(conversation.wrap_up_note, kind=SearchHitKind.WRAP_UP.value,
                          conversation_id=conversation.id))


# ---- searching -------------------------------------------------------------------------


def _matching(query: Query, kind: SearchHitKind, *key: object) -> object:
    """Documents of one kind holding every query term (one grouped scan of the index)."""
    return (
        select(*key)  # type: ignore[call-overload]
        .where(SearchTerm.kind == kind.value, SearchTerm.term.in_(query.terms))
        .group_by(*key)
        .having(func.count(func.distinct(SearchTerm.term)) == len(query.terms))
    )


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


async def search(session: AsyncSession, responder_id: int, text: str,
                 limit: int = MAX_HITS) -> list[SearchHit]:
    query = parse_query(text)
    if query.empty:
        return []
    hits: list[tuple[datetime | None, SearchHit]] = []

    note_ids = _matching(query, SearchHitKind.NOTE, SearchTerm.note_id).subquery()  # type: ignore[attr-defined]
    notes = await session.scalars(
        select(ClientNote)
        .join(note_ids, note_ids.c.note_id == ClientNote.id)
        .where(ClientNote.responder_id == responder_id)
        .order_by(ClientNote.updated_at.desc()).limit(limit)
    )
    for note in notes:
        body = "\n".join(part for part in (note.text, note.call_me, note.avoid,
                                           " ".join(_tags(note.tags))) if part)
        if _contains_runs(query, note_text(note)):
            hits.append((note.updated_at, SearchHit(
                kind=SearchHitKind.NOTE, client_id=note.client_id,
                snippet=snippet(body, query), at=note.updated_at)))

    positions = _matching(query, SearchHitKind.MESSAGE,  # type: ignore[attr-defined]
                          SearchTerm.message_position).subquery()
    messages = await session.execute(
        select(Message, Conversation)
        .join(positions, positions.c.message_position == Message.position)
        .join(Conversation, and_(Conversation.id == Message.conversation_id,
                                 Conversation.responder_id == responder_id))
        .order_by(Message.position.desc()).limit(limit)
    )
    for message, conversation in messages.tuples():
        if _contains_runs(query, message.body):
            hits.append((message.created_at, SearchHit(
                kind=SearchHitKind.MESSAGE, client_id=conversation.client_id,
                conversation_id=conversation.id, alias=conversation.alias,
                snippet=snippet(message.body, query), at=message.created_at)))

    wrapped = _matching(query, SearchHitKind.WRAP_UP,  # type: ignore[attr-defined]
                        SearchTerm.conversation_id).subquery()
    conversations = await session.scalars(
        select(Conversation)
        .join(wrapped, wrapped.c.conversation_id == Conversation.id)
        .where(Conversation.responder_id == responder_id)
        .order_by(Conversation.closed_at.desc()).limit(limit)
    )
    for conversation in conversations:
        if _contains_runs(query, conversation.wrap_up_note):
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
