"""The client's web page: static files from `web/` beside this module (no build step),
served at `/chat/`, with a strict Content-Security-Policy."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Response
from fastapi.responses import FileResponse, RedirectResponse

from responder_server.core.problems import not_found

router = APIRouter(include_in_schema=False)

WEB_DIR = Path(__file__).resolve().parent / "web"
_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",  # the page's icon (tab, home screen, a link shared in WeChat)
}
# No inline script or style anywhere: client text can never run as code even if it did
# reach the DOM as markup (it does not: the page only ever sets textContent).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}


def _page_file(name: str) -> Response:
    try:
        path = (WEB_DIR / name).resolve()
        found = (WEB_DIR in path.parents and path.is_file()
                 and path.suffix in _CONTENT_TYPES)
    except (OSError, ValueError):  # a name no file system can hold (too long, ...)
        found = False
    if not found:
        raise not_found("page")
    return FileResponse(path, media_type=_CONTENT_TYPES[path.suffix], headers=PAGE_HEADERS)


@router.get("/")
async def root() -> Response:
    return RedirectResponse("/chat/")


@router.get("/chat/")
async def page() -> Response:
    return _page_file("index.html")


@router.get("/chat/{name:path}")
async def page_asset(name: str) -> Response:
    return _page_file(name)
