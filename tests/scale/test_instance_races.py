"""The decisions two instances can race on, each taken on both at once: the notes version
(compare-and-set), Take against a reassignment, two reassignment sweeps, two presence
sweeps. Two real instances on one PostgreSQL database (the `pair` fixture); the other
races (the cap, the queue drain, the payment claim, the retried send) are in
test_instances.py. No timed assertions: each check reads what the database ended with."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.notes_helpers import brief, new_key, start
from tests.support.backend import Backend, bearer
from tests.support.instances import replay_all, start_pair
from tests.support.postgres import PostgresCluster
from tests.support.sse import read_stream


def _conversation_ids(backend: Backend, token: str) -> set[str]:
    response = httpx.get(f"{backend.api}/conversations", headers=bearer(token))
    response.raise_for_status()
    return {c["id"] for c in response.json()}


def test_two_saves_of_the_same_notes_version_on_both_instances_keep_exactly_one(
        pair: tuple[Backend, Backend]) -> None:
    """The laptop and the desktop save the same client's notes at once, through different
    instances, from the same version: one is saved, the other told of the conflict, and
    nothing is silently overwritten."""
    a, b = pair
    amy = a.new_responder()
    token = amy["access_token"]
    chat = start(a, client_key=new_key())
    client_id = brief(a, token, chat["conversation"]["id"])["client_id"]

    async def race(http: httpx.AsyncClient, version: int, round_: int) -> list[httpx.Response]:
        return list(await asyncio.gather(*(
            http.put(f"{server.api}/clients/{client_id}/notes",
                     json={"base_version": version, "text": f"round {round_} from {name}"},
                     headers=bearer(token))
            for server, name in ((a, "laptop"), (b, "desktop")))))

    async def run() -> None:
        async with httpx.AsyncClient(timeout=60) as http:
            for round_ in range(20):
                current = (await http.get(f"{a.api}/clients/{client_id}/notes",
                                          headers=bearer(token))).json()
                assert current["version"] == round_
                answers = await race(http, current["version"], round_)
                assert sorted(r.status_code for r in answers) == [200, 409], [
                    r.text for r in answers]
                saved = next(r for r in answers if r.status_code == 200).json()
                assert saved["version"] == round_ + 1
                after = (await http.get(f"{b.api}/clients/{client_id}/notes",
                                        headers=bearer(token))).json()
                assert after["text"] == saved["text"]  # the one saved is the one kept

    asyncio.run(run())


def test_take_racing_a_reassignment_on_the_other_instance_leaves_one_owner(
        pair: tuple[Backend, Backend]) -> None:
    """Amy takes her offered clients on A while B finds the offers overdue (no reply yet)
    and moves them to Ben: each client ends with exactly one of them, and what Amy's app
    was told last about each (offered, or reassigned away) is where it really is."""
    a, b = pair
    amy = a.new_responder(max_concurrent=10)
    ben = a.new_responder(max_concurrent=10, online=False)
    httpx.put(f"{a.api}/me/assignment-mode", json={"mode": "accept"},
              headers=bearer(amy["access_token"])).raise_for_status()
    chats = [a.start_session(f"c{i}") for i in range(10)]
    assert all(c["conversation"]["needs_take"] for c in chats)
    a.set_availability(ben["access_token"], "online")

    async def race() -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=60) as http:
            takes = [http.post(f"{a.api}/conversations/{c['conversation']['id']}/take",
                               headers=bearer(amy["access_token"])) for c in chats]
            overdue = http.post(f"{b.api}/test/clock", json={"seconds": 91})
            *answers, moved = await asyncio.gather(*takes, overdue)
            assert moved.status_code == 200
            return answers

    answers = asyncio.run(race())
    assert {r.status_code for r in answers} <= {200, 404}, [r.text for r in answers]
    # B's clock is now 91 s ahead, so its background sweeper (every second) goes on moving
    # whatever Amy still holds unanswered, a chat taken while the sweep above skipped it
    # included; reading the lists and the events while it may still move one was a race
    # (seen under load). One more sweep on B first: then nothing is left to move.
    b.advance_clock(0)
    amys = _conversation_ids(a, amy["access_token"])
    bens = _conversation_ids(b, ben["access_token"])
    assert not amys & bens
    assert amys | bens == {c["conversation"]["id"] for c in chats}
    told_last: dict[str, str] = {}
    for _seq, kind, envelope in asyncio.run(replay_all(a, amy["access_token"])):
        if kind in ("conversation.offered", "conversation.reassigned"):
            told_last[envelope["conversation_id"]] = kind
    for cid in amys:
        assert told_last[cid] == "conversation.offered"
    for cid in bens:
        assert told_last[cid] == "conversation.reassigned"


def test_reassignment_sweeps_on_both_instances_move_each_overdue_offer_once(
        pair: tuple[Backend, Backend]) -> None:
    a, b = pair
    first = [a.new_responder(max_concurrent=2) for _ in range(3)]
    chats = [a.start_session(f"c{i}") for i in range(6)]
    spare = [a.new_responder(max_concurrent=2) for _ in range(3)]

    async def both_overdue() -> None:
        async with httpx.AsyncClient(timeout=60) as http:
            answers = await asyncio.gather(*(
                http.post(f"{server.api}/test/clock", json={"seconds": 91})
                for server in (a, b)))
            assert all(r.status_code == 200 for r in answers)

    asyncio.run(both_overdue())
    owners: Counter[str] = Counter()
    for responder in first + spare:
        mine = _conversation_ids(a, responder["access_token"])
        assert len(mine) <= 2, "over their cap"
        owners.update(mine)
    assert owners == Counter(c["conversation"]["id"] for c in chats)  # each exactly once
    notices: Counter[str] = Counter()
    for responder in first:
        for _seq, kind, envelope in asyncio.run(replay_all(a, responder["access_token"])):
            if kind == "conversation.reassigned":
                notices[envelope["data"]["conversation_id"]] += 1
    assert notices == Counter({c["conversation"]["id"]: 1 for c in chats})


@pytest.fixture
def sweeping_pair(tmp_path: Path, postgres: PostgresCluster
                  ) -> Iterator[tuple[Backend, Backend]]:
    """A and B sweeping presence every 0.1 s, so their passes overlap."""
    a, b = start_pair(tmp_path, postgres, "--presence-sweep", "0.1",
                      "--presence-timeout", "30")
    yield a, b
    a.stop()
    b.stop()


def test_presence_sweeps_on_both_instances_set_a_vanished_responder_offline_once(
        sweeping_pair: tuple[Backend, Backend]) -> None:
    a, b = sweeping_pair
    responders = [a.new_responder() for _ in range(8)]

    async def seen_then_gone() -> None:
        for i, responder in enumerate(responders):  # each app's stream seen, then gone
            async with read_stream((a, b)[i % 2].api, responder["access_token"]):
                pass
        await asyncio.sleep(1.5)  # past the closed streams' grace: their close recorded

    async def both_past_the_timeout() -> None:
        async with httpx.AsyncClient(timeout=60) as http:
            await asyncio.gather(*(http.post(f"{server.api}/test/clock", json={"seconds": 40})
                                   for server in (a, b)))

    asyncio.run(seen_then_gone())
    asyncio.run(both_past_the_timeout())

    def offline(responder: dict[str, Any]) -> bool:
        me = httpx.get(f"{a.api}/me", headers=bearer(responder["access_token"])).json()
        return bool(me["availability"] == "offline")

    async def all_offline() -> None:
        while not all(offline(r) for r in responders):
            await asyncio.sleep(0.1)

    asyncio.run(asyncio.wait_for(all_offline(), 30))
    for responder in responders:
        events = asyncio.run(replay_all(a, responder["access_token"]))
        offline_notices = [e for _s, kind, e in events if kind == "presence.changed"
                           and e["data"].get("availability") == "offline"]
        assert len(offline_notices) == 1, offline_notices
