"""Simulated clients drive the real client API: they arrive, write, wait for replies, leave."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx

from responder_sim.runner import SimOptions, run
from responder_sim.scripts import PERSONAS
from tests.support.backend import Backend, bearer
from tests.support.sse import read_stream


async def test_simulated_clients_talk_wait_for_replies_and_leave(backend: Backend) -> None:
    responder = backend.new_responder(max_concurrent=5)
    token = responder["access_token"]
    options = SimOptions(clients=3, once=True, typing_s=0.01, reply_patience_s=10,
                         vent_chance=1.0, seed=7)

    async with read_stream(backend.api, token) as stream, httpx.AsyncClient() as http:
        replied: set[str] = set()

        async def auto_reply() -> None:
            # Answer every client message, as an attentive responder would.
            while True:
                await asyncio.sleep(0.05)
                for _, kind, data in list(stream.events):
                    event = json.loads(data)
                    if kind != "message.created" or event["data"]["sender"] != "client":
                        continue
                    if event["data"]["id"] in replied:
                        continue
                    replied.add(event["data"]["id"])
                    await http.put(
                        f"{backend.api}/conversations/{event['conversation_id']}/messages/"
                        f"{uuid.uuid4()}", json={"body": "I hear you."}, headers=bearer(token))

        replier = asyncio.create_task(auto_reply())
        try:
            await asyncio.wait_for(run(backend.base_url, options), 60)
            for _ in range(100):  # the last "left" event may still be on its way
                if sum(kind == "conversation.ended" for _, kind, _ in stream.events) == 3:
                    break
                await asyncio.sleep(0.05)
        finally:
            replier.cancel()

    kinds = [kind for _, kind, _ in stream.events]
    assert kinds.count("conversation.offered") == 3
    assert kinds.count("conversation.ended") == 3, "every client said goodbye and left"
    client_lines = [json.loads(d)["data"]["body"] for _, k, d in stream.events
                    if k == "message.created" and json.loads(d)["data"]["sender"] == "client"]
    goodbyes = {persona.goodbye for persona in PERSONAS}
    assert len(goodbyes & set(client_lines)) >= 1
    assert len(client_lines) >= 3 * 4  # openings, follow-ups and venting bursts


def test_personas_write_in_chinese_english_and_vietnamese() -> None:
    assert {persona.language for persona in PERSONAS} == {"zh", "en", "vi"}
