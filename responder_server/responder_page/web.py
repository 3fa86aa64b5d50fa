"""The page's files (`web/` beside this module: no build step) at /r/<handle> and /r/-/…;
an address with no visible page answers 404 with a few plain words in each language."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from fastapi import Request, Response
from fastapi.responses import FileResponse, HTMLResponse

from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.responder_page import service

WEB_DIR = Path(__file__).resolve().parent / "web"
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".json": "application/json"}

# As the client's page (client_page/): no inline script or style, so text a responder
# wrote can never run as code; the page only ever sets textContent.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}

NOT_FOUND_HTML = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>找不到这个页面</title><link rel="stylesheet" href="/r/-/page.css"></head>
<body class="missing"><main>
<h1>找不到这个页面</h1>
<p>这个地址没有倾听者的页面，可能已经下线了。</p>
<p><a class="button primary" href="/chat/">和现在有空的倾听者聊聊</a></p>
<p lang="en">There is no listener's page at this address; it may have been taken down.
<a class="button" href="/chat/">Talk to anyone free now</a></p>
<p lang="vi">Không có trang nào ở địa chỉ này; có thể trang đã bị gỡ.
<a class="button" href="/chat/">Trò chuyện với người đang rảnh</a></p>
</main></body></html>
"""


async def page_html(state: ServerState, handle: str, headers: Mapping[str, str]) -> Response:
    try:
        async with state.db.read() as session:
            await service.visible_page(session, handle)
    except ProblemError:
        return HTMLResponse(NOT_FOUND_HTML, status_code=404, headers=dict(headers))
    return FileResponse(WEB_DIR / "page.html", media_type=_TYPES[".html"],
                        headers=dict(headers))


def asset(name: str, _request: Request, headers: Mapping[str, str]) -> Response:
    try:
        path = (WEB_DIR / name).resolve()
        found = WEB_DIR in path.parents and path.is_file() and path.suffix in _TYPES
    except (OSError, ValueError):
        found = False
    if not found:
        raise not_found("page")
    return FileResponse(path, media_type=_TYPES[path.suffix], headers=dict(headers))
