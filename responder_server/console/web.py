"""Rendering: the Jinja2 environment (autoescaped: client text is always text), the
language of a request (its cookie, else Accept-Language; Chinese first), the page
headers (a strict Content-Security-Policy: nothing from another origin, no inline code)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).resolve().parent
LANGUAGES = ("zh", "en", "vi")  # Chinese first: the default when nothing matches
LANGUAGE_NAMES = {"zh": "中文", "en": "English", "vi": "Tiếng Việt"}
LANG_COOKIE = "console_lang"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


@lru_cache(maxsize=len(LANGUAGES))
def strings(language: str) -> dict[str, str]:
    loaded: dict[str, str] = json.loads((HERE / "i18n" / f"{language}.json").read_text(
        encoding="utf-8"))
    return loaded


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in LANGUAGES and quality > 0:
            weighted.append((-quality, index, base))
    return sorted(weighted)[0][2] if weighted else LANGUAGES[0]


def translator(language: str) -> Any:
    table, fallback = strings(language), strings("en")

    def t(key: str, **values: Any) -> str:
        text = table.get(key) or fallback.get(key) or key
        return text.format(**values) if values else text

    return t


def fen(amount: int | None) -> str:
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount) // 100}.{abs(amount) % 100:02d}"


def when(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def seconds(value: float | None) -> str:
    if value is None:
        return ""
    whole = int(value)
    return f"{whole // 60}:{whole % 60:02d}"


_env = Environment(loader=FileSystemLoader(HERE / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.filters.update(fen=fen, when=when, seconds=seconds)


def render(request: Request, template: str, context: dict[str, Any], status: int = 200
           ) -> HTMLResponse:
    language = language_of(request)
    operator = getattr(request.state, "operator", None)
    body = _env.get_template(template).render(
        t=translator(language), lang=language, languages=LANGUAGE_NAMES, operator=operator,
        csrf=operator.csrf if operator is not None else "", path=request.url.path,
        **context)
    return HTMLResponse(body, status_code=status, headers=PAGE_HEADERS)
