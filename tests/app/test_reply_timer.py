"""Reply-timer arithmetic against the server's clock: a skewed PC clock, escalation
thresholds, first-reply time and ordering. The PC clock is injected, never slept on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from responder_app.services.reply_timer import (
    Escalation,
    ReplyThresholds,
    WaitingClock,
    escalation,
    first_reply_seconds,
    format_clock,
    format_first_reply,
    longest_waiting_first,
    ms_until_next_change,
    waiting_since,
)
from responder_app.services.server_clock import ServerClock
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
    assert escalation(None, default) is Escalation.NONE
    assert escalation(0, default) is Escalation.CALM
    assert escalation(29.99, default) is Escalation.CALM  # shown as 0:29, still calm
    assert escalation(30.0, default) is Escalation.AMBER
    assert escalation(59.5, default) is Escalation.AMBER
    assert escalation(60, default) is Escalation.RED
    custom = ReplyThresholds(amber_s=10, red_s=20)
    assert [escalation(s, custom) for s in (9, 10, 19, 20)] == [
        Escalation.CALM, Escalation.AMBER, Escalation.AMBER, Escalation.RED]
    # A red threshold at or below amber is lifted just above it.
    assert ReplyThresholds(40, 30).normalised() == ReplyThresholds(40, 41)


def test_escalation_follows_the_server_clock_as_it_runs() -> None:
    clock, pc = _skewed(-90)
    since = SERVER_NOW
    levels = []
    for _ in range(7):
        levels.append(WaitingClock.at(since, clock, ReplyThresholds()).level)
        pc.advance(15)
    assert levels == [Escalation.CALM, Escalation.CALM, Escalation.AMBER, Escalation.AMBER,
                      Escalation.RED, Escalation.RED, Escalation.RED]


def test_clock_format() -> None:
    assert format_clock(0) == "0:00"
    assert format_clock(9.99) == "0:09"
    assert format_clock(75) == "1:15"
    assert format_clock(3600 + 61) == "1:01:01"
    assert format_clock(-3) == "0:00"
    assert format_first_reply(7.8) == "7 s"
    assert format_first_reply(95) == "1:35"


def test_who_is_waiting() -> None:
    client_at = SERVER_NOW - timedelta(seconds=5)
    offered_at = SERVER_NOW - timedelta(seconds=12)
    assert waiting_since(_summary(), None) == offered_at  # a new client
    # Not yet greeted: waiting since the offer, however many messages they wrote.
    assert waiting_since(_summary(), (False, client_at)) == offered_at
    assert waiting_since(_summary(), (False, client_at), has_own_message=True) == client_at
    greeted = _summary(first_reply_at=SERVER_NOW - timedelta(seconds=10))
    assert waiting_since(greeted, (False, client_at)) == client_at
    assert waiting_since(_summary(), (True, client_at)) is None
    assert waiting_since(_summary(state=ConversationState.ENDED), (False, client_at)) is None
    from_summary = _summary(last_message_at=client_at, last_message_sender=SenderRole.CLIENT)
    assert waiting_since(from_summary, None) == client_at
    answered = _summary(first_reply_at=SERVER_NOW, last_message_at=SERVER_NOW,
                        last_message_sender=SenderRole.RESPONDER)
    assert waiting_since(answered, None) is None


def test_first_reply_time_is_what_the_server_recorded() -> None:
    assert first_reply_seconds(_summary()) is None
    answered = _summary(first_reply_at=SERVER_NOW - timedelta(seconds=5))
    assert first_reply_seconds(answered) == 7


def test_the_display_wakes_exactly_when_a_clock_turns() -> None:
    now_ms = SERVER_NOW.timestamp() * 1000
    starts = [SERVER_NOW - timedelta(milliseconds=2300), SERVER_NOW - timedelta(milliseconds=900)]
    assert ms_until_next_change(starts, now_ms) == 100
    assert ms_until_next_change([], now_ms) is None
    assert ms_until_next_change([SERVER_NOW + timedelta(milliseconds=250)], now_ms) == 250


def test_longest_waiting_first() -> None:
    t = SERVER_NOW
    items = [("a", None), ("b", t - timedelta(seconds=5)), ("c", t - timedelta(seconds=50)),
             ("d", None), ("e", t - timedelta(seconds=20))]
    assert longest_waiting_first(items) == ["c", "e", "b", "a", "d"]
