"""The built-in safety documents (version 0), used until the operator stores their own
with `responder-server safety resources set FILE.json` / `safety phrases set FILE.json`.

Hotlines cite where the number comes from. Phrase lists are careful phrases, never single
sad words: "I feel sad", "I'm so tired", "累死了", "难过", "buồn quá" are ordinary sadness
and must not raise a crisis card (tests/server/safety/test_safety_phrases.py keeps it so).
"""

from __future__ import annotations

from typing import Any

_NHC = "National Health Commission of the PRC (国家卫生健康委员会)"


def _text(zh: str, vi: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh, "vi": vi, "en": en}


DEFAULT_RESOURCES: dict[str, Any] = {
    "default_region": "CN",
    "regions": {
        "CN": [
            {
                "id": "cn-12356", "number": "12356",
                "name": _text("12356 心理援助热线", "Đường dây hỗ trợ tâm lý 12356",
                              "12356 mental-health support line"),
                "description": _text(
                    "全国统一心理援助热线，有专业人员接听。",
                    "Đường dây hỗ trợ tâm lý thống nhất toàn quốc của Trung Quốc, có "
                    "chuyên viên trả lời.",
                    "China's national psychological support hotline, answered by trained "
                    "counsellors."),
                "source": f"{_NHC}: the unified national psychological assistance hotline "
                          "12356, nationwide since May 2025",
            },
            {
                "id": "cn-110", "number": "110",
                "name": _text("110 报警电话", "Cảnh sát 110", "110 police"),
                "description": _text("有人身危险时，立即拨打。",
                                     "Gọi ngay khi có nguy hiểm đến tính mạng.",
                                     "Call at once if someone is in danger."),
                "source": "Ministry of Public Security of the PRC: police emergency number 110",
            },
            {
                "id": "cn-120", "number": "120",
                "name": _text("120 急救电话", "Cấp cứu 120", "120 ambulance"),
                "description": _text("受伤或需要紧急医疗救助时拨打。",
                                     "Gọi khi bị thương hoặc cần cấp cứu y tế.",
                                     "Call for an injury or a medical emergency."),
                "source": f"{_NHC}: medical emergency number 120",
            },
        ],
        "VN": [
            {
                "id": "vn-113", "number": "113",
                "name": _text("113 警察", "Công an 113", "113 police"),
                "description": _text("有人身危险时，立即拨打。",
                                     "Gọi ngay khi có nguy hiểm đến tính mạng.",
                                     "Call at once if someone is in danger."),
                "source": "Ministry of Public Security of Viet Nam: police emergency number 113",
            },
            {
                "id": "vn-115", "number": "115",
                "name": _text("115 急救", "Cấp cứu 115", "115 ambulance"),
                "description": _text("受伤或需要紧急医疗救助时拨打。",
                                     "Gọi khi bị thương hoặc cần cấp cứu y tế.",
                                     "Call for an injury or a medical emergency."),
                "source": "Ministry of Health of Viet Nam: medical emergency number 115",
            },
            {
                "id": "vn-111", "number": "111",
                "name": _text("111 儿童保护热线", "Tổng đài quốc gia bảo vệ trẻ em 111",
                              "111 child protection line"),
                "description": _text(
                    "儿童受到暴力、虐待或处于危险中时拨打，免费，24 小时。",
                    "Gọi khi trẻ em bị bạo lực, xâm hại hoặc gặp nguy hiểm; miễn phí, 24/7.",
                    "For a child facing violence, abuse or danger; free, 24 hours."),
                "source": "Viet Nam's national child protection hotline 111 (Tổng đài quốc "
                          "gia bảo vệ trẻ em)",
            },
        ],
        "other": [
            {
                "id": "other-112", "number": "112",
                "name": _text("112 紧急电话", "Số khẩn cấp 112", "112 emergency"),
                "description": _text(
                    "在很多国家，手机都能拨打 112 求助；也可以拨打当地的紧急电话。",
                    "Ở nhiều nước, điện thoại di động gọi được 112; hoặc gọi số khẩn cấp "
                    "tại nơi bạn ở.",
                    "In many countries any mobile phone reaches 112; or call your local "
                    "emergency number."),
                "source": "ITU / GSM standard emergency number 112 (reachable from mobile "
                          "phones in most countries)",
            },
        ],
    },
}

DEFAULT_PHRASES: dict[str, Any] = {
    "crisis": {
        "suicide": {
            "zh_CN": ["想死", "想去死", "不想活了", "不想活下去", "活不下去了", "活着没意思",
                      "自杀", "轻生", "结束自己的生命", "跳楼", "遗书"],
            "vi": ["muốn chết", "tự tử", "tự sát", "tự vẫn", "không muốn sống",
                   "chán sống", "kết thúc cuộc đời", "muon chet", "khong muon song"],
            "en": ["kill myself", "killing myself", "end my life", "want to die",
                   "wanna die", "suicide", "suicidal", "don't want to live",
                   "dont want to live", "better off dead", "no reason to live",
                   "take my own life"],
        },
        "self_harm": {
            "zh_CN": ["自残", "割腕", "伤害自己", "划伤自己", "弄伤自己", "割自己"],
            "vi": ["tự làm hại bản thân", "tự hại mình", "tự làm đau bản thân",
                   "tự làm đau mình", "rạch tay", "tự rạch"],
            "en": ["hurt myself", "hurting myself", "harm myself", "cut myself",
                   "cutting myself", "self-harm", "self harm", "burn myself"],
        },
        "violence": {
            "zh_CN": ["想杀人", "我要杀了", "杀了他", "杀了她", "同归于尽", "报复社会"],
            "vi": ["muốn giết", "giết nó", "giết hắn", "giết người", "giết chết"],
            "en": ["kill him", "kill her", "kill them", "hurt someone",
                   "want to hurt them"],
        },
        "domestic_abuse": {
            "zh_CN": ["家暴", "动手打我", "打我耳光", "把我打伤", "威胁要打我",
                      "不让我出门"],
            "vi": ["bạo lực gia đình", "chồng đánh tôi", "chồng đánh em", "vợ đánh tôi",
                   "bị đánh đập", "bố đánh tôi", "mẹ đánh tôi"],
            "en": ["domestic violence", "domestic abuse", "he hits me", "she hits me",
                   "he hit me", "she hit me", "he beats me", "she beats me",
                   "afraid to go home", "scared to go home"],
        },
    },
    "abuse": {
        "zh_CN": ["傻逼", "傻b", "煞笔", "你去死", "去死吧", "滚蛋", "贱人", "婊子", "操你",
                  "草泥马", "弄死你", "废物东西"],
        "vi": ["đồ ngu", "địt", "đụ má", "cút đi", "mày chết đi", "đồ khốn", "đồ chó",
               "óc chó"],
        "en": ["fuck you", "f*ck you", "stupid bitch", "you bitch", "piece of shit",
               "go to hell", "i will find you", "kill you", "whore", "slut", "retard"],
    },
}
