"""Full-text search finds English, Chinese (two characters too) and Vietnamese, only in the
caller's own notes and conversations."""

from __future__ import annotations

from responder_server.search.service import document_text, index_terms, parse_query, snippet
from tests.server.notes_helpers import brief, new_key, save_notes, say, search, start, wrap_up
from tests.support.backend import Backend


def test_the_index_splits_chinese_into_characters_and_pairs() -> None:
    # SQLite: characters in order, matched as phrases
    assert document_text("考试压力, Lo LẮNG") == "考 试 压 力 lo lắng lang"
    long_run = "我最近考试压力很大睡不着𠀀𠀁" * 50  # the long-run path, astral characters too
    assert document_text(long_run) == " ".join(long_run)
    assert parse_query("考试").phrases == ("考 试",)
    assert parse_query("考").phrases == ("考",)
    assert parse_query("lang").phrases == ("lang",)
    # PostgreSQL: characters and pairs, matched as a set
    assert {"考", "试", "考试", "试压", "压", "力", "压力"} <= index_terms("考试压力")
    assert parse_query("考试").terms == {"考试"}
    assert parse_query("考").terms == {"考"}
    assert {"lắng", "lang"} <= index_terms("Lo LẮNG")
    assert parse_query("lang").terms == {"lang"}
    assert parse_query("lắng").terms == {"lắng"}
    assert "…" in snippet("a " * 80 + "needle " + "b " * 80, parse_query("needle"))


def test_search_finds_a_two_character_chinese_term_vietnamese_and_english(
    backend: Backend,
) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    chat = start(backend, "小美", "学习", client_key=new_key())
    cid = chat["conversation"]["id"]
    say(backend, chat["client_token"], cid, "我最近考试压力很大，睡不着。")
    say(backend, chat["client_token"], cid, "Em đang lo lắng về kỳ thi.")
    client_id = brief(backend, token, cid)["client_id"]
    save_notes(backend, token, client_id, 0, text="Long-distance boyfriend in Hà Nội.",
               tags=["exam stress", "异地恋"]).raise_for_status()
    say(backend, token, cid, "I hear you.")
    wrap_up(backend, token, cid, "聊了家庭和工作")

    hits = search(backend, token, "考试")
    assert [(h["kind"], h["conversation_id"]) for h in hits] == [("message", cid)]
    assert "考试压力" in hits[0]["snippet"]
    assert hits[0]["alias"] == "小美"
    assert [h["kind"] for h in search(backend, token, "异地")] == ["note"]  # inside a tag
    assert [h["kind"] for h in search(backend, token, "家庭")] == ["wrap_up"]
    assert search(backend, token, "考压") == []  # both characters, but not side by side
    assert [h["kind"] for h in search(backend, token, "lo lắng")] == ["message"]
    assert [h["kind"] for h in search(backend, token, "lo lang")] == ["message"]  # no marks
    assert [h["kind"] for h in search(backend, token, "hà nội")] == ["note"]
    assert [h["kind"] for h in search(backend, token, "BOYFRIEND")] == ["note"]
    assert search(backend, token, "girlfriend") == []
    assert [h["client_id"] for h in search(backend, token, "long-distance")] == [client_id]


def test_search_is_scoped_to_the_caller(backend: Backend) -> None:
    amy = backend.new_responder(max_concurrent=1)
    ben = backend.new_responder(max_concurrent=1)
    chat = start(backend, "Mei", client_key=new_key())
    say(backend, chat["client_token"], chat["conversation"]["id"], "我很想家")
    owner, other = ((amy, ben) if chat["conversation"]["responder_id"] == amy["responder"]["id"]
                    else (ben, amy))
    assert len(search(backend, owner["access_token"], "想家")) == 1
    assert search(backend, other["access_token"], "想家") == []
