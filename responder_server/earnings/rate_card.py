"""The operator's rate card: time zone, day and night windows, prices, commission, currency.

A card is a TOML or JSON file the operator writes:

    currency = "CNY"
    time_zone = "Asia/Shanghai"
    commission_bp = 2000            # the platform's commission in basis points: 2000 = 20 %
    page_commission_bp = 1000       # optional: on chats a responder brought through their page

    [windows.day]
    start = "08:00"
    end = "22:00"
    prices_fen = { 15 = 990, 30 = 1500, 60 = 2800 }     # session length (min) -> fen

    [windows.night]
    start = "22:00"
    end = "08:00"
    prices_fen = { 15 = 1290, 30 = 1900, 60 = 3500 }

`responder-server set-rate-card PATH` stores it as a new version in the database (every
instance prices new sessions by the latest version at once); `serve --rate-card PATH` does
the same at start-up. A bad card is refused with a plain message and changes nothing.

A session is priced by the window in which it starts, in the platform's time zone (never
the server's or the responder's PC's own zone). Money is integer fen; the commission on a
price is `price * commission_bp / 10000` rounded half up, in integer arithmetic.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import RateCardVersion
from responder_server.core.state import ServerState
from responder_wire.earnings import RateCardOut, RatesOut, RateWindow, WindowPrices
from responder_wire.models import SESSION_LENGTHS_MINUTES

__all__ = [
    "DEFAULT_RATE_CARD",
    "SUPPORTED_CURRENCIES",
    "Quote",
    "RateCard",
    "RateCardError",
    "commission_of",
    "current_card",
    "load_current",
    "parse_rate_card",
    "quote",
    "rates_out",
    "read_rate_card_file",
    "store_rate_card",
]

SUPPORTED_CURRENCIES = ("CNY",)
MAX_PRICE_FEN = 1_000_000  # ¥10,000 for one session is surely a typo
_TOP_KEYS = {"currency", "time_zone", "commission_bp", "page_commission_bp", "windows"}
_WINDOW_KEYS = {"start", "end", "prices_fen"}


class RateCardError(ValueError):
    """A card that can't be used; the message says what to fix, in plain words."""


def commission_of(price_fen: int, commission_bp: int) -> int:
    """The platform's share of a price, rounded half up, integer arithmetic only."""
    return (price_fen * commission_bp + 5000) // 10000


@dataclass(frozen=True)
class RateCard:
    time_zone: str = "Asia/Shanghai"
    day_starts: time = time(8, 0)
    night_starts: time = time(22, 0)
    day_prices_fen: dict[int, int] = field(default_factory=lambda: {15: 990, 30: 1500, 60: 2800})
    night_prices_fen: dict[int, int] = field(
        default_factory=lambda: {15: 1290, 30: 1900, 60: 3500}
    )
    commission_bp: int = 2000
    currency: str = "CNY"
    version: int = 0  # 0: the built-in default; stored cards count from 1
    # Chats a responder brought through their own page (responder_page/); None: the same.
    page_commission_bp: int | None = None

    def commission_for(self, via_page: bool) -> int:
        """The commission (basis points) of a chat, by whether the responder's page brought
        it."""
        if via_page and self.page_commission_bp is not None:
            return self.page_commission_bp
        return self.commission_bp

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def window(self, moment: datetime) -> str:
        """"day" or "night" for a moment (any time zone; naive moments are refused)."""
        if moment.tzinfo is None:
            raise ValueError("a naive datetime has no place on the rate card")
        local = moment.astimezone(self.zone).time().replace(tzinfo=None)
        if self.day_starts < self.night_starts:
            is_day = self.day_starts <= local < self.night_starts
        else:  # the day window wraps midnight (an unusual card, but a valid one)
            is_day = local >= self.day_starts or local < self.night_starts
        return RateWindow.DAY.value if is_day else RateWindow.NIGHT.value

    def prices(self, window: str) -> dict[int, int]:
        return self.day_prices_fen if window == RateWindow.DAY.value else self.night_prices_fen

    def price_fen(self, length_minutes: int, moment: datetime) -> int:
        return self.prices(self.window(moment))[length_minutes]

    def _starts_of(self, window: str) -> time:
        return self.day_starts if window == RateWindow.DAY.value else self.night_starts

    def next_change(self, moment: datetime) -> tuple[str, datetime, datetime]:
        """(current window, when it began, when the other one begins), in UTC."""
        current = self.window(moment)
        other = RateWindow.NIGHT.value if current == RateWindow.DAY.value else RateWindow.DAY.value
        local = moment.astimezone(self.zone)
        return (current, self._last_wall_time(local, self._starts_of(current)),
                self._next_wall_time(local, self._starts_of(other)))

    def _next_wall_time(self, local: datetime, at: time) -> datetime:
        day = local.date()
        for offset in range(3):
            d = day + timedelta(days=offset)
            candidate = datetime(d.year, d.month, d.day, at.hour, at.minute, tzinfo=self.zone)
            if candidate > local:
                return candidate.astimezone(UTC)
        raise AssertionError("unreachable")

    def _last_wall_time(self, local: datetime, at: time) -> datetime:
        day = local.date()
        for offset in range(3):
            d = day - timedelta(days=offset)
            candidate = datetime(d.year, d.month, d.day, at.hour, at.minute, tzinfo=self.zone)
            if candidate <= local:
                return candidate.astimezone(UTC)
        raise AssertionError("unreachable")

    def to_document(self) -> dict[str, Any]:
        """The card as the operator's file would spell it (JSON-safe)."""
        def hhmm(t: time) -> str:
            return f"{t.hour:02d}:{t.minute:02d}"

        return {
            "currency": self.currency,
            "time_zone": self.time_zone,
            "commission_bp": self.commission_bp,
            **({"page_commission_bp": self.page_commission_bp}
               if self.page_commission_bp is not None else {}),
            "windows": {
                "day": {"start": hhmm(self.day_starts), "end": hhmm(self.night_starts),
                        "prices_fen": {str(k): v for k, v in sorted(self.day_prices_fen.items())}},
                "night": {"start": hhmm(self.night_starts), "end": hhmm(self.day_starts),
                          "prices_fen": {str(k): v
                                         for k, v in sorted(self.night_prices_fen.items())}},
            },
        }

    def out(self) -> RateCardOut:
        doc = self.to_document()["windows"]
        return RateCardOut(
            version=self.version, currency=self.currency, time_zone=self.time_zone,
            commission_bp=self.commission_bp, page_commission_bp=self.page_commission_bp,
            windows=[
                WindowPrices(window=RateWindow(name), start=doc[name]["start"],
                             end=doc[name]["end"], prices_fen=self.prices(name))
                for name in (RateWindow.DAY.value, RateWindow.NIGHT.value)
            ],
        )


DEFAULT_RATE_CARD = RateCard()


# ---- parsing and validation ---------------------------------------------------------------


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RateCardError(f"{what} must be a whole number, not {value!r}.")
    return value


def _clock_time(value: Any, what: str) -> time:
    if not isinstance(value, str):
        raise RateCardError(f"{what} must be a time like \"08:00\", not {value!r}.")
    try:
        hours, minutes = value.strip().split(":")
        if len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise RateCardError(f"{what} must be a time like \"08:00\", not {value!r}.") from None


def _prices(value: Any, window: str) -> dict[int, int]:
    if not isinstance(value, dict):
        raise RateCardError(f"windows.{window}.prices_fen must map session lengths to prices.")
    prices: dict[int, int] = {}
    for key, price in value.items():
        try:
            length = int(key)
        except (TypeError, ValueError):
            raise RateCardError(
                f"windows.{window}.prices_fen: {key!r} is not a session length in minutes."
            ) from None
        if length not in SESSION_LENGTHS_MINUTES:
            allowed = ", ".join(str(m) for m in SESSION_LENGTHS_MINUTES)
            raise RateCardError(f"windows.{window}.prices_fen: there are no {length}-minute "
                                f"sessions (lengths are {allowed}).")
        fen = _whole(price, f"The {window} price of a {length}-minute session")
        if fen < 0:
            raise RateCardError(f"The {window} price of a {length}-minute session is negative "
                                f"({fen} fen); prices must be 0 or more.")
        if fen > MAX_PRICE_FEN:
            raise RateCardError(f"The {window} price of a {length}-minute session ({fen} fen) "
                                f"is over the limit of {MAX_PRICE_FEN} fen.")
        prices[length] = fen
    missing = [m for m in SESSION_LENGTHS_MINUTES if m not in prices]
    if missing:
        raise RateCardError(f"windows.{window}.prices_fen has no price for "
                            f"{', '.join(str(m) for m in missing)}-minute sessions.")
    return prices


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _covers(start: time, end: time, minute: int) -> bool:
    s, e = _minutes(start), _minutes(end)
    return s <= minute < e if s < e else (minute >= s or minute < e)


def parse_rate_card(document: Any, version: int = 0) -> RateCard:
    """Validate a card document (parsed TOML/JSON). Raises `RateCardError` in plain words."""
    if not isinstance(document, dict):
        raise RateCardError("A rate card must be a table of settings.")
    unknown = sorted(set(document) - _TOP_KEYS)
    if unknown:
        raise RateCardError(f"Unknown setting(s) in the rate card: {', '.join(unknown)}.")
    currency = document.get("currency", "CNY")
    if currency not in SUPPORTED_CURRENCIES:
        raise RateCardError(f"Unknown currency {currency!r}: the platform pays in "
                            f"{', '.join(SUPPORTED_CURRENCIES)}.")
    zone_name = document.get("time_zone", "Asia/Shanghai")
    try:
        if not isinstance(zone_name, str) or not zone_name:
            raise ValueError
        ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RateCardError(f"Unknown time zone {zone_name!r} (use a name like "
                            "\"Asia/Shanghai\").") from None
    commission = _whole(document.get("commission_bp", 2000),
                        "commission_bp (basis points: 2000 = 20 %)")
    if not 0 <= commission <= 10000:
        raise RateCardError(f"commission_bp must be between 0 and 10000 (100 %), not "
                            f"{commission}.")
    page_commission = document.get("page_commission_bp")
    if page_commission is not None:
        page_commission = _whole(page_commission, "page_commission_bp (basis points)")
        if not 0 <= page_commission <= 10000:
            raise RateCardError(f"page_commission_bp must be between 0 and 10000 (100 %), "
                                f"not {page_commission}.")
    windows = document.get("windows")
    if not isinstance(windows, dict) or set(windows) != {"day", "night"}:
        raise RateCardError("The rate card needs exactly two windows: [windows.day] and "
                            "[windows.night].")
    parsed: dict[str, tuple[time, time, dict[int, int]]] = {}
    for name in ("day", "night"):
        window = windows[name]
        if not isinstance(window, dict):
            raise RateCardError(f"windows.{name} must be a table with start, end and "
                                "prices_fen.")
        unknown = sorted(set(window) - _WINDOW_KEYS)
        missing = sorted(_WINDOW_KEYS - set(window))
        if unknown:
            raise RateCardError(f"Unknown setting(s) in windows.{name}: {', '.join(unknown)}.")
        if missing:
            raise RateCardError(f"windows.{name} has no {', '.join(missing)}.")
        start = _clock_time(window["start"], f"windows.{name}.start")
        end = _clock_time(window["end"], f"windows.{name}.end")
        if start == end:
            raise RateCardError(f"The {name} window starts and ends at the same time.")
        parsed[name] = (start, end, _prices(window["prices_fen"], name))
    (day_start, day_end, day_prices), (night_start, night_end, night_prices) = (
        parsed["day"], parsed["night"])
    both = [m for m in range(24 * 60)
            if _covers(day_start, day_end, m) and _covers(night_start, night_end, m)]
    if both:
        at = f"{both[0] // 60:02d}:{both[0] % 60:02d}"
        raise RateCardError(f"The day and night windows overlap (both cover {at}); the night "
                            "window must start when the day window ends.")
    neither = [m for m in range(24 * 60)
               if not _covers(day_start, day_end, m) and not _covers(night_start, night_end, m)]
    if neither:
        at = f"{neither[0] // 60:02d}:{neither[0] % 60:02d}"
        raise RateCardError(f"The day and night windows leave a gap ({at} is in neither); "
                            "together they must cover the whole day.")
    return RateCard(time_zone=zone_name, day_starts=day_start, night_starts=night_start,
                    day_prices_fen=day_prices, night_prices_fen=night_prices,
                    commission_bp=commission, currency=currency, version=version,
                    page_commission_bp=page_commission)


def read_rate_card_file(path: Path) -> RateCard:
    """Read and validate a .toml or .json card file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RateCardError(f"Cannot read the rate card {path}: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RateCardError(f"The rate card {path} is not UTF-8 text: {exc}.") from None
    return read_rate_card_text(text, "json" if path.suffix.lower() == ".json" else "toml",
                               str(path))


def read_rate_card_text(text: str, syntax: str, name: str = "") -> RateCard:
    """Validate a card written as JSON or TOML (a file's text, or the console's form)."""
    try:
        document = json.loads(text) if syntax == "json" else tomllib.loads(text)
    except ValueError as exc:
        kind = "JSON" if syntax == "json" else "TOML"
        where = f"The rate card {name}" if name else "The rate card"
        raise RateCardError(f"{where} is not valid {kind}: {exc}.") from None
    if isinstance(document, dict) and any(isinstance(v, float) for v in _leaves(document)):
        raise RateCardError("Money and commission are whole numbers (fen and basis points); "
                            "the rate card contains a decimal number.")
    return parse_rate_card(document)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    return [value]


# ---- stored versions ----------------------------------------------------------------------


def _card_from_row(row: RateCardVersion) -> RateCard:
    return parse_rate_card(json.loads(row.document), version=row.id)


async def current_card(session: AsyncSession) -> RateCard:
    """The latest stored card, or the built-in default if the operator never set one."""
    row = await session.scalar(select(RateCardVersion).order_by(RateCardVersion.id.desc())
                               .limit(1))
    return DEFAULT_RATE_CARD if row is None else _card_from_row(row)


async def card_version(session: AsyncSession, version: int) -> RateCard:
    if version == 0:
        return DEFAULT_RATE_CARD
    row = await session.get(RateCardVersion, version)
    return DEFAULT_RATE_CARD if row is None else _card_from_row(row)


async def store_rate_card(session: AsyncSession, card: RateCard, now: datetime,
                          source: str = "", *, actor: str) -> RateCard:
    """Store a validated card as the new current version (unless it equals the current);
    `actor` (the operator: console or command line) is audited in the same transaction."""
    current = await current_card(session)
    if current.version and current.to_document() == card.to_document():
        return current
    row = RateCardVersion(document=json.dumps(card.to_document(), sort_keys=True),
                          source=source[:300], created_at=now)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "rate_card.set", f"rate_card:{row.id}",
                       {"version": current.version, **current.to_document()},
                       {"version": row.id, **card.to_document()}, now=now)
    return _card_from_row(row)


async def load_current(state: ServerState) -> RateCard:
    """The latest card in the database, read at start-up (a stored card that no longer
    reads stops the start rather than the first checkout)."""
    async with state.db.read() as session:
        return await current_card(session)


@dataclass(frozen=True)
class Quote:
    price_fen: int
    window: str
    card_version: int


async def quote(session: AsyncSession, length_minutes: int, moment: datetime) -> Quote:
    """Price a session starting at `moment` by the latest card."""
    card = await current_card(session)
    window = card.window(moment)
    return Quote(card.prices(window)[length_minutes], window, card.version)


def rates_out(card: RateCard, now: datetime) -> RatesOut:
    current, since, change_at = card.next_change(now)
    other = RateWindow.NIGHT if current == RateWindow.DAY.value else RateWindow.DAY
    return RatesOut(card=card.out(), server_time=now, current_window=RateWindow(current),
                    current_since=since, next_window=other, next_change_at=change_at)
