"""SQLAlchemy 2 tables. Every schema change ships as an Alembic migration in `migrations/`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always hands back timezone-aware UTC datetimes (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Responder(Base):
    __tablename__ = "responders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    availability: Mapped[str] = mapped_column(String(16), default="offline")
    max_concurrent: Mapped[int] = mapped_column(Integer, default=3)
    # When this responder was last offered a conversation: "longest idle" goes first.
    last_offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When an event stream of this responder's app was last seen open (presence/service.py).
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "auto": offered clients are theirs; "accept": offered clients wait for "Take".
    assignment_mode: Mapped[str] = mapped_column(String(16), default="auto")
    # The name clients see (their own choice; shown to a client once accepted).
    client_name: Mapped[str] = mapped_column(String(20), default="")
    # An operator suspended this responder (console/): no sign-in, no request, streams ended.
    suspended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuthToken(Base):
    """A bearer token; only its SHA-256 is stored. Access and refresh tokens of one
    sign-in share a `family` so sign-out revokes both."""

    __tablename__ = "auth_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # access | refresh | client
    family: Mapped[str] = mapped_column(String(36), index=True)
    responder_id: Mapped[int | None] = mapped_column(ForeignKey("responders.id"), nullable=True)
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id"), nullable=True
    )
    device_name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # retention
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RateLimitCounter(Base):
    """One fixed-window counter of the limits (core/limits.py): `key` names the rule and who
    is counted (an address, a token, an email at an address); `window` is the window's
    number (epoch seconds // period). Updated by one atomic upsert, so every instance
    counts in the same row; `expires_at` lets the retention sweep drop old windows."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_state_created", "state", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    alias: Mapped[str] = mapped_column(String(40))
    topic: Mapped[str] = mapped_column(String(200), default="")
    length_minutes: Mapped[int] = mapped_column(Integer)
    price_fen: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    responder_id: Mapped[int | None] = mapped_column(
        ForeignKey("responders.id"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    first_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_message_sender: Mapped[str | None] = mapped_column(String(16), nullable=True)
    wrap_up_note: Mapped[str] = mapped_column(Text, default="")
    # Accept mode: offered but not yet taken by the responder.
    needs_take: Mapped[bool] = mapped_column(default=False)
    reassign_count: Mapped[int] = mapped_column(Integer, default=0)
    # The rate card version (0: built-in default) and window ("day"/"night") it was priced by.
    rate_card_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rate_window: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # Who the client is across sessions (clients/service.py); None only for rows from
    # before 0002_notes.
    client_id: Mapped[str | None] = mapped_column(
        ForeignKey("clients.id"), nullable=True, index=True
    )
    # Set when the session ended without a reply to the client: its payment is refunded in
    # full and it posts nothing to any ledger (refunds/service.py). Why: client-left | queue-expired
    # | no-reply.
    refunded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    refund_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Where the client is and what they read (safety/service.py picks the hotlines by these);
    # None only for rows from before 0006_safety.
    client_region: Mapped[str | None] = mapped_column(String(16), nullable=True)
    client_language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # Paid time (session_time/): the first block plus extensions, counted from the first
    # reply; when the two-minute notice and the time-up notice went out (each once); and
    # why the chat ended (EndedBy: client | responder | service | time).
    paid_minutes: Mapped[int] = mapped_column(Integer, default=0)
    time_warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    time_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_by: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Grace already used when an extension was paid late: added to the end, so every paid
    # block starts when it is paid, never in the past (session_time.apply_extension).
    grace_used_s: Mapped[int] = mapped_column(Integer, default=0)
    # Paid from this responder's page (responder_page/): routed to them only, marked "via
    # your page" for them; None: an ordinary chat.
    page_responder_id: Mapped[int | None] = mapped_column(
        ForeignKey("responders.id"), nullable=True, index=True
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_conversation_position", "conversation_id", "position"),
        {"sqlite_autoincrement": True},
    )

    # 64-bit, like events.seq (SQLite keeps INTEGER: only that is its 64-bit rowid).
    position: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                          primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)  # chosen by the sender
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"))
    sender: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Client(Base):
    """A client across sessions. `key_hash` is the SHA-256 of the `client_key` the client
    side presented (None: the client gave no key, so this identity lasts one session)."""

    __tablename__ = "clients"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The operator banned this client platform-wide (safety/bans.py): no new paid session.
    banned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ban_reason: Mapped[str] = mapped_column(Text, default="")
    # A ban that lapses: from this moment the client is no longer banned (None: never).
    ban_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ClientNote(Base):
    """One responder's private notes on one client; `version` rises with every save."""

    __tablename__ = "client_notes"
    __table_args__ = (
        Index("ix_client_notes_responder_client", "responder_id", "client_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    call_me: Mapped[str] = mapped_column(String(100), default="")
    avoid: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SearchWrapUp(Base):
    """A wrapped-up conversation's note in the full-text index: its `id` is the rowid in
    the `wrap_up_fts` FTS5 table (search/service.py; messages and notes use their own ids)."""

    __tablename__ = "search_wrap_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), unique=True)


class SearchProgress(Base):
    """How far the search index has read a table, on SQLite (search/indexer.py): every
    row of `name` up to `position` that still exists is in its index, and no later one
    is. PostgreSQL indexes messages as they are sent and leaves this table empty."""

    __tablename__ = "search_progress"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger)


class RateCardVersion(Base):
    """One version of the operator's rate card (the latest prices new sessions)."""

    __tablename__ = "rate_cards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[str] = mapped_column(Text)  # the validated card as JSON
    source: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LedgerEntry(Base):
    """An immutable earnings entry (earnings/service.py). Money is integer fen;
    net_fen = gross_fen - commission_fen + tip_fen - tax_fen. Corrections are new entries."""

    __tablename__ = "ledger_entries"
    __table_args__ = (Index("ix_ledger_responder_created", "responder_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    posting_key: Mapped[str] = mapped_column(String(80), unique=True)  # posts once
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    kind: Mapped[str] = mapped_column(String(16))  # session | tip | correction | tax
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id"), nullable=True
    )
    alias: Mapped[str] = mapped_column(String(40), default="")
    length_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rate_window: Mapped[str | None] = mapped_column(String(8), nullable=True)
    gross_fen: Mapped[int] = mapped_column(Integer)
    commission_fen: Mapped[int] = mapped_column(Integer)
    tip_fen: Mapped[int] = mapped_column(Integer)
    tax_fen: Mapped[int] = mapped_column(Integer, default=0)  # withheld at a payout (tax/)
    net_fen: Mapped[int] = mapped_column(Integer)
    corrects_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_entries.id"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Tip(Base):
    """A client's tip; the id is chosen by the client so a retry is stored once."""

    __tablename__ = "tips"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PayoutRun(Base):
    """An operator's payout run: every responder owed at least `minimum_fen` gets a line
    (payouts/runs.py)."""

    __tablename__ = "payout_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    minimum_fen: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    skipped: Mapped[str] = mapped_column(Text, default="[]")  # JSON: who was left out, why
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Payout(Base):
    """Money paid to a responder; its items are the entries it settles. A manual payout
    (`record-payout`) is paid when recorded (channel ""); a run's line moves forward
    created -> sent -> waiting_confirm/processing -> paid, or failed/returned (its items
    then removed: its entries pending again). See payouts/states.py."""

    __tablename__ = "payouts"
    __table_args__ = (Index("ix_payouts_state", "state", "updated_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)  # transferred: gross_fen - tax_fen
    reference: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("payout_runs.id"), nullable=True,
                                               index=True)
    state: Mapped[str] = mapped_column(String(16), default="paid")
    channel: Mapped[str] = mapped_column(String(16), default="")  # the responder's binding
    provider: Mapped[str] = mapped_column(String(16), default="")  # who sends it (sandbox…)
    account_mask: Mapped[str] = mapped_column(String(200), default="")
    account_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gross_fen: Mapped[int] = mapped_column(Integer, default=0)  # before tax
    tax_fen: Mapped[int] = mapped_column(Integer, default=0)
    transfer_no: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)
    provider_reference: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    review_reason: Mapped[str] = mapped_column(String(300), default="")  # held: operator
    retry_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    confirm_package: Mapped[str | None] = mapped_column(Text, nullable=True)  # WeChat
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PayoutLineEntry(Base):
    """Every entry a line ever carried (kept when a returned line gives them back)."""

    __tablename__ = "payout_line_entries"

    payout_id: Mapped[int] = mapped_column(ForeignKey("payouts.id"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), primary_key=True)


class PayoutItem(Base):
    """An entry settled by a payout (an entry without one is pending)."""

    __tablename__ = "payout_items"

    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), primary_key=True)
    payout_id: Mapped[int] = mapped_column(ForeignKey("payouts.id"), index=True)


class Event(Base):
    """The event log: the source of truth for every change, replayed to SSE streams."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_responder_seq", "responder_id", "seq"),
        Index("ix_events_conversation_seq", "conversation_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    # 64-bit: the log is never pruned. SQLite keeps INTEGER (its rowid is 64-bit already
    # and only "INTEGER PRIMARY KEY" is the rowid).
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                     primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    conversation_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # Which responder's streams see it (None: none), and whether the client's stream does.
    responder_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    client_visible: Mapped[bool] = mapped_column(default=False)
    payload: Mapped[str] = mapped_column(Text)


class Reassignment(Base):
    """A conversation taken away from a responder who did not reply in time."""

    __tablename__ = "reassignments"
    __table_args__ = (Index("ix_reassignments_from_created", "from_responder_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"))
    from_responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    to_responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the offer that timed out
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Payment(Base):
    """A client's payment for one session, through a payment provider (payments/providers.py,
    payments/service.py). One payment starts at most one chat: `conversation_id` is unique and is
    claimed by a conditional update of `status` from paid to used."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_conversation", "conversation_id", unique=True),
        Index("ix_payments_idempotency_key", "idempotency_key_hash", unique=True),
        Index("ix_payments_status", "status"),  # the refund sweep looks for "refunding"
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    provider: Mapped[str] = mapped_column(String(40))
    # pending | paid | used | closed | refunding | refunded | in_review (payments/states.py)
    status: Mapped[str] = mapped_column(String(16))
    amount_fen: Mapped[int] = mapped_column(Integer)
    price_window: Mapped[str] = mapped_column(String(16))  # day | night
    alias: Mapped[str] = mapped_column(String(40))
    topic: Mapped[str] = mapped_column(String(200), default="")
    length_minutes: Mapped[int] = mapped_column(Integer)
    provider_reference: Mapped[str] = mapped_column(String(100), default="")
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The rate card version that priced it (0: the built-in default): its commission applies.
    rate_card_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # SHA-256 of the client's key from the checkout (clients/service.py), so the chat knows
    # the client.
    client_key_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # SHA-256 of the checkout's Idempotency-Key (a retried checkout answers this payment) and
    # of the start's (a retried start answers its chat again).
    idempotency_key_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    start_key_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    refund_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    refunded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    refund_reference: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # Who is paying (from the page's client key) and where they are: the session started
    # from this payment carries them (blocks, bans and hotlines follow the client).
    client_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    client_region: Mapped[str | None] = mapped_column(String(16), nullable=True)
    client_language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # An extension (session_time/): the chat this payment adds a block to. It never starts
    # a chat of its own, so `conversation_id` stays None (unique: one payment, one chat).
    extends_conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id"), nullable=True, index=True
    )
    # Our order number at the provider (WeChat Pay's and Alipay's `out_trade_no`: at most 32
    # of [0-9A-Za-z_-|*]): the payment id's hex; every notice is matched on it.
    out_trade_no: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)
    method: Mapped[str] = mapped_column(String(16), default="sandbox")  # responder_wire PayMethod
    # An unpaid order is closed at the provider after this (payments/expiry.py).
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    provider_paid_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Why it is held for the operator (in_review): never a secret, never the payer's id.
    review_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # A tip (client_feedback/): the tip it pays for, credited once paid; None: a session.
    tip_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)
    tip_conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id"), nullable=True
    )
    # Bought from this responder's page (responder_page/): the chat goes to them only.
    page_responder_id: Mapped[int | None] = mapped_column(
        ForeignKey("responders.id"), nullable=True
    )


class Refund(Base):
    """Money going back on a payment (refunds/): the whole payment when the client got no
    reply, or a part the operator chose (refunds/partial.py). States only move forward:
    requested -> processing -> done | abnormal -> in_review (refunds/states.py)."""

    __tablename__ = "refunds"
    __table_args__ = (Index("ix_refunds_status", "status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), index=True)
    # Ours, stable across retries: the provider answers a repeat with the same refund.
    out_refund_no: Mapped[str] = mapped_column(String(64), unique=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(200), default="")
    provider_reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    review_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)


class ProviderNotice(Base):
    """Every notice a payment provider sent, stored once (unique by provider and notice
    id) before it is acted on; `handled_at` is claimed by one conditional UPDATE in the
    transaction that acts on it, so it is acted on exactly once (payments/notices.py)."""

    __tablename__ = "provider_notices"
    __table_args__ = (Index("ix_provider_notices_once", "provider", "notice_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider: Mapped[str] = mapped_column(String(40))
    notice_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # payment | refund
    out_trade_no: Mapped[str] = mapped_column(String(32), default="")
    out_refund_no: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16))  # what the notice says
    amount_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(40), default="")


class Rating(Base):
    """A client's 1-5 star rating of a finished session, with an optional comment."""

    __tablename__ = "ratings"
    __table_args__ = (Index("ix_ratings_responder_created", "responder_id", "created_at"),)

    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"),
                                                 primary_key=True)
    responder_id: Mapped[int | None] = mapped_column(ForeignKey("responders.id"), nullable=True)
    stars: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StreamTicket(Base):
    """A short-lived read-only credential for a client's EventSource (only its hash)."""

    __tablename__ = "stream_tickets"

    ticket_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class QuickReplySet(Base):
    """One responder's quick replies (a JSON list of {shortcut, text}); `version` rises
    with every save (compare-and-set, see quick_replies/service.py)."""

    __tablename__ = "quick_reply_sets"

    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), primary_key=True)
    phrases: Mapped[str] = mapped_column(Text, default="[]")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ClientBlock(Base):
    """A responder blocked a client: routing never offers that client to them again."""

    __tablename__ = "client_blocks"
    __table_args__ = (
        Index("ix_client_blocks_responder_client", "responder_id", "client_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SafetyReport(Base):
    """What the operator reviews: a responder's report (`kind` "report", with a reason) or
    a "needs supervisor" flag (`kind` "supervisor"); open until resolved."""

    __tablename__ = "safety_reports"
    __table_args__ = (Index("ix_safety_reports_resolved_created", "resolved_at", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # report | supervisor
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    client_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"), nullable=True,
                                                  index=True)
    reason: Mapped[str] = mapped_column(String(16), default="")  # ReportReason; "" for flags
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution_note: Mapped[str] = mapped_column(Text, default="")


class SafetyLogEntry(Base):
    """A crisis/abuse match the app saw (`kind` "match") or resources shared with the
    client (`kind` "share"): recorded for the operator, never acted on automatically."""

    __tablename__ = "safety_log"
    __table_args__ = (Index("ix_safety_log_conversation", "conversation_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # match | share
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"))
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"))
    match_kind: Mapped[str] = mapped_column(String(16), default="")  # crisis | abuse
    category: Mapped[str] = mapped_column(String(40), default="")
    message_id: Mapped[str] = mapped_column(String(36), default="")
    matched: Mapped[str] = mapped_column(String(200), default="")  # the operator's phrase
    region: Mapped[str] = mapped_column(String(16), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    document_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SafetyDocument(Base):
    """One version of an operator's safety document: `kind` "resources" (hotlines by
    region) or "phrases" (crisis and abuse lists); the latest of each kind is current."""

    __tablename__ = "safety_documents"
    __table_args__ = (Index("ix_safety_documents_kind_id", "kind", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)  # the validated document as JSON
    source: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PresenceHour(Base):
    """A responder was online during this UTC hour (availability/: the usual hours the
    page shows when nobody is online). Purged after 35 days (core/retention.py)."""

    __tablename__ = "presence_hours"

    hour_start: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), primary_key=True)


class ResumeCode(Base):
    """A chat's resume code (resume/): only its hash; one per chat, replaced by a new one,
    deleted when the chat ends or its client is erased."""

    __tablename__ = "resume_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Operator(Base):
    """Someone who runs the platform from the console (console/): not a responder. `role`:
    owner | supervisor | finance. The password is argon2, as responders' are."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class OperatorSession(Base):
    """A console sign-in: the cookie's token, only its SHA-256 (the CSRF token is derived
    from the cookie's token, so it is never stored either)."""

    __tablename__ = "operator_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ResponderInvitation(Base):
    """A one-time link a responder opens to set their password (only its SHA-256)."""

    __tablename__ = "responder_invitations"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEntry(Base):
    """One operator change (audit/): who, when, what, on what, before and after (JSON).
    Append-only: a database trigger refuses UPDATE and DELETE (migration 0011_console)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_created", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(300))  # "operator:<email>" | "cli:<user>"
    action: Mapped[str] = mapped_column(String(60), index=True)
    target: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[str] = mapped_column(Text, default="null")
    after: Mapped[str] = mapped_column(Text, default="null")


# ---- payout_accounts (issue 26): where responders are paid, identity for tax ----
class ResponderIdentity(Base):
    """Real name and resident ID number, sealed (crypto.py); masks are kept for display.
    Kept after a responder is erased while the tax rules require it (withholding records)."""

    __tablename__ = "responder_identities"

    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), primary_key=True)
    real_name_sealed: Mapped[str] = mapped_column(Text)
    id_number_sealed: Mapped[str] = mapped_column(Text)
    real_name_mask: Mapped[str] = mapped_column(String(40))
    id_number_mask: Mapped[str] = mapped_column(String(18))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PayoutAccount(Base):
    """Where a responder is paid now: one row, replaced when they bind another."""

    __tablename__ = "payout_accounts"

    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # wechat | alipay | sandbox
    account_sealed: Mapped[str] = mapped_column(Text)  # the openid or the Alipay login
    account_mask: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)  # bumps on every rebind
    bound_at: Mapped[datetime] = mapped_column(UTCDateTime)


# ---- tax (issue 26): the withholding rule the operator sets ----
class TaxRuleVersion(Base):
    """One version of the withholding rule (tax/rule.py), in force from `effective_from`
    (platform time) until a later one; never edited, a change is a new version."""

    __tablename__ = "tax_rule_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[str] = mapped_column(Text)  # the validated rule as JSON
    effective_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PayoutBindToken(Base):
    """A WeChat bind link's token (payout_accounts/binding.py): only its hash; used once,
    within ten minutes, to bind the openid of whoever opens it in WeChat."""

    __tablename__ = "payout_bind_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ResponderPage(Base):
    """A responder's public page at /r/<handle> (responder_page/): what they wrote about
    themselves, never anything a client wrote. `hidden_at`: an operator hid it (audited)."""

    __tablename__ = "responder_pages"

    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), primary_key=True)
    handle: Mapped[str] = mapped_column(String(32), unique=True)
    intro: Mapped[str] = mapped_column(Text, default="")
    topics_like: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    topics_avoid: Mapped[str] = mapped_column(Text, default="[]")
    languages: Mapped[str] = mapped_column(Text, default='["zh_CN"]')
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ResponderPageVisit(Base):
    """How many times a responder's page was opened in a week (Monday, platform time)."""

    __tablename__ = "responder_page_visits"

    responder_id: Mapped[int] = mapped_column(ForeignKey("responders.id"), primary_key=True)
    week_start: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD
    visits: Mapped[int] = mapped_column(Integer, default=0)
