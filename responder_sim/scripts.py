"""What simulated clients say: openings, follow-ups and venting bursts in Chinese, English
and Vietnamese, grouped by the topics clients bring."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Persona:
    alias: str
    language: str
    topic: str
    opening: tuple[str, ...]
    follow_ups: tuple[str, ...]
    vent: tuple[str, ...]
    goodbye: str


PERSONAS: tuple[Persona, ...] = (
    Persona(
        "小美", "zh", "工作压力",
        ("你好，在吗？", "今天被老板当着全组的面批评了，好难受。"),
        ("我已经连续加班两周了，感觉自己快撑不住了。", "你说我是不是不适合这份工作？",
         "谢谢你听我说这些，心里舒服一点了。"),
        ("我真的很努力了", "为什么每次出错的都是我", "同事们都在看我笑话",
         "我回家哭了一个小时", "明天还要面对他们"),
        "谢谢你，我先去睡了，晚安。",
    ),
    Persona(
        "阿杰", "zh", "异地恋",
        ("在吗，想找人聊聊感情的事。",),
        ("我女朋友在上海，我在成都，我们已经三个月没见面了。", "她最近回消息越来越慢。",
         "你觉得我应该直接问她吗？"),
        ("我每天都在等她的消息", "她说忙，可是朋友圈一直在更新", "我是不是想太多了"),
        "好的，我今晚试着跟她好好谈一谈。谢谢！",
    ),
    Persona(
        "Sam", "en", "exam stress",
        ("Hi, is anyone there?", "My finals start on Monday and I can't focus at all."),
        ("I keep opening the textbook and just staring at it.",
         "My parents expect me to get into a top program.",
         "Do you think a study plan would help?"),
        ("I haven't slept properly in days", "everyone else seems to have it together",
         "what if I fail everything", "I just feel so stuck"),
        "Thanks, that actually helps. I'll try the plan tonight.",
    ),
    Persona(
        "Jess", "en", "family",
        ("Hello. I just need to talk to someone for a bit.",),
        ("My sister and I had a huge fight over our mum's care.",
         "She thinks I don't do enough because I live far away.",
         "I don't know how to fix this without another argument."),
        ("she said I abandoned them", "that's not fair", "I call every single day",
         "I'm so tired of being the bad guy"),
        "Thank you for listening. I feel calmer now.",
    ),
    Persona(
        "Linh", "vi", "công việc",
        ("Chào bạn, bạn có rảnh không?", "Mình vừa bị từ chối sau vòng phỏng vấn cuối."),
        ("Mình đã chuẩn bị rất kỹ cho buổi đó.", "Giờ mình thấy mất hết tự tin rồi.",
         "Bạn nghĩ mình nên làm gì tiếp theo?"),
        ("mình buồn quá", "ai cũng nói mình sẽ đậu", "giờ không biết nói sao với gia đình"),
        "Cảm ơn bạn nhiều nhé, mình thấy nhẹ lòng hơn rồi.",
    ),
    Persona(
        "Minh", "vi", "tình yêu",
        ("Xin chào, mình muốn tâm sự một chút.",),
        ("Người yêu mình muốn chia tay sau ba năm.", "Mình không biết mình đã sai ở đâu.",
         "Có nên nhắn tin cho cô ấy không?"),
        ("mình nhớ cô ấy lắm", "đêm nào cũng mất ngủ", "mình thấy trống rỗng"),
        "Cảm ơn bạn đã lắng nghe mình.",
    ),
)


def persona_key(persona: Persona) -> str:
    """One stable client key per persona, so the same simulated person comes back and their
    responder sees the notes kept on them (a real client's page keeps a random key)."""
    digest = hashlib.sha256(f"responder-sim persona {persona.alias}".encode()).hexdigest()
    return digest[:32]


def pick_persona(rng: random.Random) -> Persona:
    return rng.choice(PERSONAS)
