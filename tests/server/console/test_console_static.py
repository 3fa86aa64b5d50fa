"""The console's static files are what the README says: htmx pinned by its sha256, and no
page or file loads anything from another origin."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

CONSOLE = Path(__file__).resolve().parents[3] / "responder_server" / "console"
HTMX_SHA256 = "d6fdc75f204e6bdefa99b69bf1e6d4ac69b8a364f77929f45c13476b4000f717"


def test_htmx_is_the_pinned_release() -> None:
    digest = hashlib.sha256((CONSOLE / "static" / "htmx.min.js").read_bytes()).hexdigest()
    assert digest == HTMX_SHA256
    assert HTMX_SHA256 in (CONSOLE / "static" / "README.md").read_text(encoding="utf-8")


def test_no_template_loads_from_another_origin_or_runs_inline_code() -> None:
    for path in (CONSOLE / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'(src|href|action)="(https?:)?//', text), path.name
        assert not re.search(r"<script>|<script [^>]*>[^<]+</script>|<style|\sstyle=|\son\w+=",
                             text), path.name


def test_every_language_has_every_string() -> None:
    import json

    tables = {name: json.loads((CONSOLE / "i18n" / f"{name}.json").read_text(encoding="utf-8"))
              for name in ("zh", "en", "vi")}
    assert set(tables["zh"]) == set(tables["en"]) == set(tables["vi"])
    used = set()
    for path in [*(CONSOLE / "templates").glob("*.html"), *CONSOLE.glob("*.py")]:
        used |= set(re.findall(r"""\bt\(['"]([a-z0-9_]+)['"][,)]""", path.read_text("utf-8")))
    assert used - set(tables["en"]) == set()


def test_the_chinese_console_calls_a_responder_by_one_name() -> None:
    """The nav says 倾听者; the payout and tax pages once said 接单员 and 应答者 for the
    same people, so an operator could think they were someone else."""
    import json

    zh = json.loads((CONSOLE / "i18n" / "zh.json").read_text(encoding="utf-8"))
    assert zh["nav_responders"] == "倾听者"
    assert [key for key, text in zh.items() if "接单员" in text or "应答者" in text] == []
