"""Runs N scripted clients: each arrives after a random pause, tells its story, waits for
replies, sometimes vents in a long burst, says goodbye and leaves; then a new one comes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from dataclasses import dataclass

import httpx

from responder_sim.client import ClientSession, start_session
from responder_sim.scripts import Persona, persona_key, pick_persona

log = logging.getLogger("responder_sim")


@dataclass(frozen=True)
class SimOptions:
    clients: int = 4
    min_gap_s: float = 2.0
    max_gap_s: float = 20.0
    typing_s: float = 1.5  # pause between a client's own lines
    reply_patience_s: float = 120.0  # how long a client waits for an answer before leaving
    vent_chance: float = 0.35
    once: bool = False  # each slot runs one session, then stops
    seed: int | None = None


async def _converse(session: ClientSession, persona: Persona, rng: random.Random,
                    options: SimOptions) -> None:
    for line in persona.opening:
        await session.say(line)
        await asyncio.sleep(options.typing_s * rng.uniform(0.5, 1.5))
    for line in persona.follow_ups:
        if await session.wait_for_reply(options.reply_patience_s) is None:
            log.info("%s got no reply and left", persona.alias)
            return
        await asyncio.sleep(options.typing_s * rng.uniform(1, 3))
        if rng.random() < options.vent_chance:
            for burst_line in persona.vent:
                await session.say(burst_line)
                await asyncio.sleep(options.typing_s * rng.uniform(0.2, 0.6))
        await session.say(line)
    if await session.wait_for_reply(options.reply_patience_s) is not None:
        await asyncio.sleep(options.typing_s)
        await session.say(persona.goodbye)


NOT_SELLING_RETRY_S = 2.0


def _not_selling(response: httpx.Response) -> bool:
    if response.status_code != 409:
        return False
    with contextlib.suppress(ValueError):
        return str(response.json().get("type", "")).endswith(("nobody-online", "queue-full"))
    return False


async def run_one(base_url: str, rng: random.Random, options: SimOptions) -> None:
    persona = pick_persona(rng)
    while True:
        try:
            session = await start_session(base_url, persona.alias, persona.topic,
                                          rng.choice((15, 30, 60)),
                                          client_key=persona_key(persona))
            break
        except httpx.HTTPStatusError as exc:
            # Nothing is sold while nobody can answer (or the queue is full): like a real
            # client, come back a little later rather than give up.
            if not _not_selling(exc.response):
                raise
            await asyncio.sleep(NOT_SELLING_RETRY_S)
    try:
        await session.listen()
        await _converse(session, persona, rng, options)
        await session.leave()
    finally:
        await session.close()


async def _slot(base_url: str, index: int, options: SimOptions) -> None:
    rng = random.Random(None if options.seed is None else options.seed + index)
    first = True
    while first or not options.once:
        gap = rng.uniform(0.2, 2.0) if first else rng.uniform(options.min_gap_s,
                                                              options.max_gap_s)
        await asyncio.sleep(gap + index * 0.7)
        first = False
        try:
            await run_one(base_url, rng, options)
        except httpx.HTTPError as exc:
            log.warning("simulated client %d: %s", index, exc)
            await asyncio.sleep(2)


async def run(base_url: str, options: SimOptions) -> None:
    await asyncio.gather(*(_slot(base_url, i, options) for i in range(options.clients)))
