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
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context

from responder_server.earnings.money import grouped_yuan

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


def worder(language: str) -> Any:
    """A stored value's word (a chat's state, a payment's status): `{kind}_{value}` in the
    language, else the value itself (a value added elsewhere still shows, untranslated)."""
    table, fallback = strings(language), strings("en")

    def word(kind: str, value: str | None) -> str:
        key = f"{kind}_{value}"
        return table.get(key) or fallback.get(key) or (value or "")

    return word


def fen(amount: int | None, language: str) -> str:
    """An amount as the language writes it: ¥12,345.67 in Chinese and English, 12.345,67 ¥
    in Vietnamese (the separators and the sign's place are translated strings)."""
    if amount is None:
        return ""
    t = translator(language)
    sign = "-" if amount < 0 else ""
    return sign + str(t("money_format", amount=grouped_yuan(
        abs(amount), t("money_thousands"), t("money_point"))))


@pass_context
def _fen_filter(context: Context, amount: int | None) -> str:
    return fen(amount, context.get("lang", LANGUAGES[0]))


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
_env.filters.update(fen=_fen_filter, when=when, seconds=seconds)


def render(request: Request, template: str, context: dict[str, Any], status: int = 200
           ) -> HTMLResponse:
    """`typed` in the context is what the operator sent in a refused form: the form comes
    back with it, so nothing typed is lost."""
    language = language_of(request)
    operator = getattr(request.state, "operator", None)
    body = _env.get_template(template).render(
        t=translator(language), word=worder(language), lang=language,
        languages=LANGUAGE_NAMES, operator=operator,
        csrf=operator.csrf if operator is not None else "", path=request.url.path,
        here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        **{"typed": {}, **context})
    return HTMLResponse(body, status_code=status, headers=PAGE_HEADERS)
