"""Every string a person sees on the client's page is in all three languages (Chinese,
English, Vietnamese), and the stylesheet slants no text (italic CJK is hard to read).
No browser: the page's own files are read."""

from __future__ import annotations

import json
import re
from pathlib import Path

from responder_server.client_page.routes import WEB_DIR

LANGUAGES = ("zh", "en", "vi")


def strings(lang: str) -> dict[str, str]:
    loaded: dict[str, str] = json.loads((WEB_DIR / "i18n" / f"{lang}.json").read_text("utf-8"))
    return loaded


def used_keys() -> set[str]:
    html = (WEB_DIR / "index.html").read_text("utf-8")
    keys = set(re.findall(r'data-i18n(?:-placeholder)?="([a-z0-9_]+)"', html))
    script = "\n".join(p.read_text("utf-8") for p in sorted(WEB_DIR.glob("*.js")))
    # t("key"), showError("key"), keys chosen in a ternary: every quoted snake_case word
    # that names a string somewhere is checked below.
    keys |= set(re.findall(r'\bt\("([a-z0-9_]+)"', script))
    keys |= set(re.findall(r'showError\("([a-z0-9_]+)"', script))
    for a, b in re.findall(r'\? "([a-z][a-z0-9_]+)"\s*:\s*"([a-z][a-z0-9_]+)"', script):
        keys |= {a, b}
    # ARIA values and the stems of keys finished at run time are not strings.
    return {k for k in keys if k not in {"true", "false"} and not k.endswith("_")}


def test_all_three_languages_have_the_same_strings_and_every_one_the_page_uses() -> None:
    zh = strings("zh")
    for lang in LANGUAGES:
        table = strings(lang)
        assert set(table) == set(zh), f"{lang}: {set(table) ^ set(zh)}"
        assert all(isinstance(v, str) and v.strip() for v in table.values()), lang
        # The same placeholders in every language.
        for key, text in table.items():
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", zh[key])), (
                lang, key)
    missing = {key for key in used_keys() if key not in zh and not key.startswith(
        ("window_", "region_"))}
    assert missing == set()
    # Names built at run time: "window_" + quote.window, "region_" + a region, truth keys.
    for key in ("window_day", "window_night", "region_CN", "region_VN", "region_other",
                "truth_busy_wait", "truth_busy_queue", "truth_busy_next_wait",
                "truth_busy_next", "error_nobody", "error_queue_full"):
        assert key in zh, key


def test_no_text_is_slanted_and_no_keyboard_hint_on_a_phone() -> None:
    css = (WEB_DIR / "style.css").read_text("utf-8")
    assert not re.search(r"font-style\s*:\s*(italic|oblique)", css)
    assert not re.search(r"font\s*:[^;]*\b(italic|oblique)\b", css)
    for lang in LANGUAGES:
        assert "Enter" not in strings(lang)["composer_placeholder_touch"]


def test_the_page_loads_nothing_from_another_origin() -> None:
    html = (WEB_DIR / "index.html").read_text("utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert Path(WEB_DIR / "icon.png").stat().st_size < 8_000  # a small same-origin icon
