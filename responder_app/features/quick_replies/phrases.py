"""Quick replies without Qt: the warm defaults in each language, the `/` prefix typed in
the composer, filling in the client's name, and merging two devices' sets."""

from __future__ import annotations

import re

from responder_wire.quick_replies import QuickReply

__all__ = ["DEFAULTS", "defaults_for", "fill", "matching", "merge", "slash_prefix"]

NAME = "{name}"

# A few warm openers and closers, in each language's own voice (shortcuts stay ASCII so
# they are typed the same with any input method).
DEFAULTS: dict[str, list[tuple[str, str]]] = {
    "zh_CN": [
        ("hi", "{name}你好呀，我在这儿，慢慢说，我听着。"),
        ("here", "我一直都在，不着急，想到哪儿说到哪儿就好。"),
        ("hard", "听起来这段时间真的很不容易，{name}，辛苦你了。"),
        ("breath", "我们先一起深呼吸一下，好吗？"),
        ("more", "能再多说一点吗？我想更明白你的感受。"),
        ("time", "{name}，我们的时间快到了，还有什么想说的吗？"),
        ("bye", "谢谢你愿意和我聊，{name}。照顾好自己，随时欢迎再来。"),
    ],
    "vi": [
        ("hi", "Chào {name}, mình đây rồi. Bạn cứ từ từ kể, mình đang nghe."),
        ("here", "Mình vẫn ở đây, không vội đâu. Bạn nghĩ gì cứ nói nấy nhé."),
        ("hard", "Nghe thấy dạo này bạn vất vả thật, {name} ạ."),
        ("breath", "Mình cùng hít thở thật sâu một chút nhé?"),
        ("more", "Bạn kể thêm một chút được không? Mình muốn hiểu bạn hơn."),
        ("time", "{name} ơi, mình sắp hết giờ rồi. Bạn còn muốn chia sẻ gì nữa không?"),
        ("bye", "Cảm ơn {name} đã trò chuyện cùng mình. Giữ gìn sức khỏe, "
                "lúc nào cần cứ quay lại nhé."),
    ],
    "en": [
        ("hi", "Hi {name}, I'm here. Take your time — I'm listening."),
        ("here", "I'm still here with you. No rush at all."),
        ("hard", "That sounds really hard, {name}. Thank you for telling me."),
        ("breath", "Shall we take a slow, deep breath together first?"),
        ("more", "Could you tell me a little more? I'd like to understand how it feels."),
        ("time", "{name}, we're nearly out of time. Is there anything else on your mind?"),
        ("bye", "Thank you for talking with me, {name}. Take care — come back any time."),
    ],
}

_SLASH = re.compile(r"(?:^|\s)/(\S{0,30})$")


def defaults_for(language: str) -> list[QuickReply]:
    """The defaults in this language (English where there are none)."""
    rows = DEFAULTS.get(language) or DEFAULTS.get(language.split("_")[0]) or DEFAULTS["en"]
    return [QuickReply(shortcut=s, text=t) for s, t in rows]


def fill(text: str, name: str) -> str:
    """`{name}` becomes the client's name; without one, the placeholder goes and the
    sentence still reads ("Hi , I'm here" → "Hi, I'm here")."""
    if name.strip():
        return text.replace(NAME, name.strip())
    out = text.replace(NAME, "")
    out = re.sub(r"\s+([,，.。!！?？])", r"\1", out)
    out = re.sub(r"^[,，]\s*", "", out)
    out = re.sub(r"([,，])\s*([,，.。!！?？])", r"\2", out)
    return re.sub(r"  +", " ", out).strip()


def slash_prefix(before_cursor: str) -> str | None:
    """The word being typed after a `/` that starts a word ("…/he" → "he"); None when
    the cursor is not in such a word (a URL's "http://" is not one)."""
    match = _SLASH.search(before_cursor)
    return match.group(1) if match else None


def matching(phrases: list[QuickReply], prefix: str) -> list[QuickReply]:
    """Phrases whose shortcut starts with `prefix` first, then those whose text holds it."""
    key = prefix.casefold()
    first = [p for p in phrases if p.shortcut.casefold().startswith(key)]
    then = [p for p in phrases if p not in first and key and key in p.text.casefold()]
    return first + then


def merge(mine: list[QuickReply], theirs: list[QuickReply]) -> list[QuickReply]:
    """Both devices' phrases, nothing lost: theirs, then each of mine they don't have
    (under a fresh shortcut where theirs uses the same one for other words)."""
    out = list(theirs)
    taken = {p.shortcut.casefold() for p in out}
    for phrase in mine:
        if phrase in out:
            continue
        shortcut, n = phrase.shortcut, 2
        while shortcut.casefold() in taken:
            shortcut, n = f"{phrase.shortcut[:27]}{n}", n + 1
        taken.add(shortcut.casefold())
        out.append(QuickReply(shortcut=shortcut, text=phrase.text))
    return out
