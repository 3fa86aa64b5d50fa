"""The server's safety documents: the default phrase lists catch the crisis examples in
each language and NOT ordinary sadness (the lists must not cry wolf), tested through the
same pure matcher the app uses; hotline defaults cite their source; the operator's own
versions through the real CLI; sharing reaches the client's and the responder's streams
in the client's language."""

from __future__ import annotations

import asyncio
import json
import secrets
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_sse import aconnect_sse

from responder_server.safety.defaults import DEFAULT_PHRASES
from responder_wire.safety import PhrasesOut, ResourcesOut
from responder_wire.safety_match import Matcher, normalise
from tests.support.backend import Backend, bearer, server_command

CRISIS = [
    ("我真的想死", "suicide"), ("我不想活了", "suicide"), ("我想过自杀", "suicide"),
    ("我 想 死", "suicide"), ("最近总想去死", "suicide"),
    ("I want to kill myself", "suicide"), ("I'm going to KILL MYSELF", "suicide"),
    ("i don't want to live anymore", "suicide"),
    ("Tôi muốn chết", "suicide"), ("em đã nghĩ đến chuyện tự tử", "suicide"),
    ("tôi hay rạch tay", "self_harm"), ("I cut myself again", "self_harm"),
    ("我又割腕了", "self_harm"),
    ("他又家暴我了", "domestic_abuse"), ("my husband — he hits me", "domestic_abuse"),
    ("chồng đánh tôi mỗi tối", "domestic_abuse"),
    ("我真想杀人", "violence"), ("I'm going to kill him", "violence"),
]
NEAR_MISSES = [
    "I feel sad", "I'm so tired today", "I feel down", "feeling a bit low", "work is killing me",
    "累死了", "难过", "我好难过", "今天好累", "笑死我了", "心情不好", "压力好大",
    "Tôi buồn quá", "mệt mỏi lắm", "chán quá", "I'm dying to see the film",
]
ABUSE = [("你个傻逼", "zh"), ("fuck you", "en"), ("đồ ngu", "vi")]


def _matcher(phrases: PhrasesOut) -> Matcher:
    by_category: dict[str, list[str]] = {}
    for category, lists in phrases.crisis.items():
        by_category[category] = [*lists.zh_CN, *lists.vi, *lists.en]
    return Matcher(by_category)


@pytest.fixture
def served(backend: Backend) -> tuple[Backend, dict[str, Any], PhrasesOut, ResourcesOut]:
    responder = backend.new_responder()
    token = bearer(responder["access_token"])
    phrases = httpx.get(f"{backend.api}/safety/phrases", headers=token)
    resources = httpx.get(f"{backend.api}/safety/resources", headers=token)
    assert phrases.status_code == resources.status_code == 200
    return (backend, responder, PhrasesOut.model_validate(phrases.json()),
            ResourcesOut.model_validate(resources.json()))


def test_the_default_phrases_catch_crisis_and_not_sadness(
        served: tuple[Backend, dict[str, Any], PhrasesOut, ResourcesOut]) -> None:
    _, _, phrases, _ = served
    assert phrases.version == 0
    matcher = _matcher(phrases)
    for text, category in CRISIS:
        found = matcher.match(text)
        assert found is not None and found[0] == category, text
    for text in NEAR_MISSES:
        assert matcher.match(text) is None, text
    abuse = Matcher({"abuse": [*phrases.abuse.zh_CN, *phrases.abuse.vi, *phrases.abuse.en]})
    for text, _lang in ABUSE:
        assert abuse.match(text) is not None, text
    for text in NEAR_MISSES:
        assert abuse.match(text) is None, text


def test_normalising_folds_width_case_and_cjk_spaces() -> None:
    assert normalise("ＫＩＬＬ　Ｍｙｓｅｌｆ") == "kill myself"
    assert normalise("我 不 想 活 了") == "我不想活了"
    assert Matcher({"suicide": ["kill myself"]}).match("KILL   MYSELF") == (
        "suicide", "kill myself")


def test_the_default_hotlines_cite_their_source(
        served: tuple[Backend, dict[str, Any], PhrasesOut, ResourcesOut]) -> None:
    _, _, _, resources = served
    numbers = {region: [r.number for r in items] for region, items in resources.regions.items()}
    assert numbers["CN"] == ["12356", "110", "120"]
    assert numbers["VN"] == ["113", "115", "111"]
    assert numbers["other"]
    assert resources.default_region == "CN"
    twelve = resources.regions["CN"][0]
    assert "May 2025" in twelve.source and "National Health Commission" in twelve.source
    assert all(r.source and r.name.zh_CN and r.name.vi and r.name.en
               for items in resources.regions.values() for r in items)


def _cli(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    return server_command(*args, "--database-url", backend.database_url)


def test_the_operator_sets_phrases_and_resources_with_the_cli(
        served: tuple[Backend, dict[str, Any], PhrasesOut, ResourcesOut],
        tmp_path: Path) -> None:
    backend, responder, _, _ = served
    token = bearer(responder["access_token"])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"crisis": {"suicide": {"zh_CN": ["想死"], "vi": [], "en": []}},
                               "abuse": {"zh_CN": [], "vi": [], "en": []}}))
    refused = _cli(backend, "safety", "phrases", "set", str(bad))
    assert refused.returncode == 2
    assert "No phrases for the crisis categories" in refused.stderr
    assert "Nothing was changed" in refused.stderr

    mine = json.loads(json.dumps(DEFAULT_PHRASES))
    mine["crisis"]["suicide"]["en"].append("  end it all ")
    good = tmp_path / "phrases.json"
    good.write_text(json.dumps(mine, ensure_ascii=False))
    stored = _cli(backend, "safety", "phrases", "set", str(good))
    assert stored.returncode == 0 and "Phrases version" in stored.stdout, stored.stderr
    served_now = PhrasesOut.model_validate(
        httpx.get(f"{backend.api}/safety/phrases", headers=token).json())
    assert served_now.version >= 1
    assert "end it all" in served_now.crisis["suicide"].en  # trimmed
    assert _matcher(served_now).match("I just want to end it all") == ("suicide", "end it all")

    no_other = tmp_path / "resources.json"
    no_other.write_text(json.dumps({"default_region": "CN", "regions": {"CN": []}}))
    refused = _cli(backend, "safety", "resources", "set", str(no_other))
    assert refused.returncode == 2 and '"other" region' in refused.stderr
    shown = _cli(backend, "safety", "resources", "show")
    assert json.loads(shown.stdout)["version"] == 0


async def _client_sees_share(backend: Backend, client_token: str) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=httpx.Timeout(10, read=30)) as http:
        ticket = (await http.post(f"{backend.api}/client/stream-ticket",
                                  headers=bearer(client_token))).json()["ticket"]
        async with aconnect_sse(http, "GET", f"{backend.api}/client/events",
                                params={"ticket": ticket, "last_event_id": "0"}) as source:
            async for sse in source.aiter_sse():
                if sse.event == "conversation.resources_shared":
                    data: dict[str, Any] = json.loads(sse.data)["data"]
                    return data
    raise AssertionError("the client's stream ended without the shared resources")


def test_sharing_resources_reaches_the_client_in_their_language(
        served: tuple[Backend, dict[str, Any], PhrasesOut, ResourcesOut]) -> None:
    backend, responder, _, _ = served
    chat = backend.start_session("Lan", client_key=secrets.token_urlsafe(24), region="VN",
                                 language="vi")
    cid = chat["conversation"]["id"]
    shared = httpx.post(f"{backend.api}/conversations/{cid}/resources-shared",
                        json={"region": "VN"}, headers=bearer(responder["access_token"]))
    assert shared.status_code == 201, shared.text
    data = asyncio.run(_client_sees_share(backend, chat["client_token"]))
    assert data["language"] == "vi" and data["region"] == "VN"
    assert [r["number"] for r in data["resources"]] == ["113", "115", "111"]
    # A region without its own list gets the fallback one.
    elsewhere = httpx.post(f"{backend.api}/conversations/{cid}/resources-shared",
                           json={"region": "JP"}, headers=bearer(responder["access_token"]))
    assert elsewhere.json()["region"] == "other"
    log = _cli(backend, "safety", "log", "--conversation", cid)
    assert "shared VN resources (v0, vi)" in log.stdout
    assert "shared other resources" in log.stdout
