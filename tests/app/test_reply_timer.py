"""Reply-timer arithmetic against the server's clock: a skewed PC clock, escalation
thresholds, first-reply time and ordering. The PC clock is injected, never slept on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from responder_app.features.reply_speed.clocks import (
    ReplyThresholds,
    WaitingClock,
    WaitLevel,
    format_first_reply,
    wait_level,
)
from responder_app.services.server_clock import ServerClock
from responder_app.services.waiting import (
    TimelineEntry,
    first_reply,
    format_clock,
    longest_waiting_first,
    ms_until_next_second,
    waiting_since,
)
from responder_wire.models import ConversationState, ConversationSummary, SenderRole

SERVER_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class FakePcClock:
    """The PC's own clock, in ms; tests set and move it by hand."""

    def __init__(self, ms: float) -> None:
        self.ms = ms

    def __call__(self) -> float:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += seconds * 1000


def _skewed(skew_s: float) -> tuple[ServerClock, FakePcClock]:
    """A PC whose clock is `skew_s` off, after one response told it the server's time."""
    pc = FakePcClock(SERVER_NOW.timestamp() * 1000 + skew_s * 1000)
    clock = ServerClock(local_ms=pc)
    clock.observe(SERVER_NOW.timestamp() * 1000)
    return clock, pc


def _summary(**changes: object) -> ConversationSummary:
    base: dict[str, object] = dict(
        id="c-1", alias="Mei", topic="", length_minutes=15, state=ConversationState.ACTIVE,
        created_at=SERVER_NOW - timedelta(seconds=20), offered_at=SERVER_NOW - timedelta(
            seconds=12), ended_at=None, closed_at=None, responder_id=1, price_fen=990)
    base.update(changes)
    return ConversationSummary.model_validate(base)


def test_a_pc_clock_minutes_off_still_shows_the_true_wait() -> None:
    thresholds = ReplyThresholds()
    client_wrote_at = SERVER_NOW - timedelta(seconds=42)
    for skew in (-7 * 60, 0, 5 * 60, 3600):
        clock, pc = _skewed(skew)
        shown = WaitingClock.at(client_wrote_at, clock, thresholds)
        assert shown.text == "0:42", skew
        pc.advance(25)  # the clock ticks on in the PC's own time
        assert WaitingClock.at(client_wrote_at, clock, thresholds).text == "1:07", skew


def test_a_naive_pc_reading_would_be_wrong_by_the_skew() -> None:
    clock, _pc = _skewed(5 * 60)
    since = SERVER_NOW - timedelta(seconds=10)
    pc_now = datetime.fromtimestamp(_pc() / 1000, tz=UTC)
    assert (pc_now - since).total_seconds() == 310  # what the PC alone would claim
    assert round(clock.seconds_since(since)) == 10


def test_escalation_thresholds_default_and_custom() -> None:
    default = ReplyThresholds()
    assert (default.amber_s, default.red_s) == (30, 60)
    assert wait_level(None, default) is WaitLevel.NONE
    assert wait_level(0, default) is WaitLevel.CALM
    assert wait_level(29.99, default) is WaitLevel.CALM  # shown as 0:29, still calm
    assert wait_level(30.0, default) is WaitLevel.AMBER
    assert wait_level(59.5, default) is WaitLevel.AMBER
    assert wait_level(60, default) is WaitLevel.RED
    custom = ReplyThresholds(amber_s=10, red_s=20)
    assert [wait_level(s, custom) for s in (9, 10, 19, 20)] == [
        WaitLevel.CALM, WaitLevel.AMBER, WaitLevel.AMBER, WaitLevel.RED]
    # A red threshold at or below amber is lifted just above it.
    assert ReplyThresholds(40, 30).normalised() == ReplyThresholds(40, 41)


def test_escalation_follows_the_server_clock_as_it_runs() -> None:
    clock, pc = _skewed(-90)
    since = SERVER_NOW
    levels = []
    for _ in range(7):
        levels.append(WaitingClock.at(since, clock, ReplyThresholds()).level)
        pc.advance(15)
    assert levels == [WaitLevel.CALM, WaitLevel.CALM, WaitLevel.AMBER, WaitLevel.AMBER,
                      WaitLevel.RED, WaitLevel.RED, WaitLevel.RED]


def test_clock_format() -> None:
    assert format_clock(0) == "0:00"
    assert format_clock(9.99) == "0:09"
    assert format_clock(75) == "1:15"
    assert format_clock(3600 + 61) == "1:01:01"
    assert format_clock(-3) == "0:00"
    assert format_first_reply(7.8) == "7 s"
    assert format_first_reply(95) == "1:35"


def _newest_first(*entries: tuple[bool, float]) -> list[TimelineEntry]:
    """(own, seconds ago) pairs given oldest first, returned newest first as the rule walks."""
    return [TimelineEntry(own, SERVER_NOW - timedelta(seconds=ago))
            for own, ago in reversed(entries)]


def test_the_one_waiting_rule() -> None:
    paid_at = SERVER_NOW - timedelta(seconds=20)
    # A new client, nothing held yet, or several messages: since the paid session began
    # (not since the offer, which came 8 s later), however many messages they wrote.
    assert waiting_since(_summary(), []) == paid_at
    assert waiting_since(_summary(), _newest_first((False, 9), (False, 5))) == paid_at
    greeted = _summary(first_reply_at=SERVER_NOW - timedelta(seconds=30))
    # Two unanswered messages after our reply: since the FIRST of them (12:01:00 and
    # 12:02:30 → from 12:01:00), for the tab, the header, the order and the escalation.
    two = _newest_first((True, 120), (False, 90), (False, 0))
    assert waiting_since(greeted, two) == SERVER_NOW - timedelta(seconds=90)
    assert waiting_since(greeted, _newest_first((False, 40), (True, 10))) is None
    assert waiting_since(_summary(state=ConversationState.ENDED), two) is None
    assert waiting_since(greeted, two, reassigned_away=True) is None
    # Only the latest page is held and it has no reply of ours: its oldest client message.
    assert waiting_since(greeted, _newest_first((False, 7), (False, 3))) == (
        SERVER_NOW - timedelta(seconds=7))
    client_at = SERVER_NOW - timedelta(seconds=5)
    from_summary = greeted.model_copy(update={"last_message_at": client_at,
                                              "last_message_sender": SenderRole.CLIENT})
    assert waiting_since(from_summary, []) == client_at
    answered = greeted.model_copy(update={"last_message_at": SERVER_NOW,
                                          "last_message_sender": SenderRole.RESPONDER})
    assert waiting_since(answered, []) is None


def test_a_reassigned_client_keeps_their_wait() -> None:
    # Paid 12 minutes ago, offered to us just now after another responder let it lapse.
    moved = _summary(created_at=SERVER_NOW - timedelta(minutes=12),
                     offered_at=SERVER_NOW - timedelta(seconds=4))
    assert waiting_since(moved, _newest_first((False, 700))) == (
        SERVER_NOW - timedelta(minutes=12))


def test_first_reply_keeps_both_the_credited_time_and_the_clients_wait() -> None:
    assert first_reply(_summary()) is None
    answered = _summary(first_reply_at=SERVER_NOW - timedelta(seconds=5))
    figures = first_reply(answered)
    assert figures is not None
    assert figures.credited_s == 7  # offered 12 s ago → replied 5 s ago
    assert figures.client_waited_s == 15  # paid 20 s ago → replied 5 s ago
    assert figures.differs
    same = first_reply(answered.model_copy(update={"created_at": answered.offered_at}))
    assert same is not None and not same.differs


def test_the_display_wakes_exactly_when_a_clock_turns() -> None:
    now_ms = SERVER_NOW.timestamp() * 1000
    starts = [SERVER_NOW - timedelta(milliseconds=2300), SERVER_NOW - timedelta(milliseconds=900)]
    assert ms_until_next_second(starts, now_ms) == 100
    assert ms_until_next_second([], now_ms) is None
    assert ms_until_next_second([SERVER_NOW + timedelta(milliseconds=250)], now_ms) == 250


def test_longest_waiting_first() -> None:
    t = SERVER_NOW
    items = [("a", None), ("b", t - timedelta(seconds=5)), ("c", t - timedelta(seconds=50)),
             ("d", None), ("e", t - timedelta(seconds=20))]
    assert longest_waiting_first(items) == ["c", "e", "b", "a", "d"]
