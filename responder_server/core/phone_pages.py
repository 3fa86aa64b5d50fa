"""The phone pages opened in WeChat (payout_accounts' bind page, payouts' confirm page):
their files served one way, under a strict Content-Security-Policy, and what they share
(phone_web/phone.css and phone.js) served once at /phone/."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from responder_server.core.problems import not_found

SHARED_DIR = Path(__file__).resolve().parent / "phone_web"
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".json": "application/json"}
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                               "form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY", "Cache-Control": "no-cache",
}

router = APIRouter(include_in_schema=False)


def page_file(web_dir: Path, name: str, headers: Mapping[str, str] = PAGE_HEADERS
              ) -> FileResponse:
    """`name` from `web_dir` (nothing outside it, only the page's kinds of file)."""
    path = (web_dir / name).resolve()
    if web_dir not in path.parents or not path.is_file() or path.suffix not in TYPES:
        raise not_found("page")
    return FileResponse(path, media_type=TYPES[path.suffix], headers=dict(headers))


@router.get("/phone/{name}")
async def shared_file(name: str) -> FileResponse:
    return page_file(SHARED_DIR, name)
