"""The client's web page: static files from `web/` beside this module (no build step),
served at `/chat/`, with a strict Content-Security-Policy."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request, Response
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
# reach the DOM as markup (it does not: the page only ever sets textContent). Images may be
# data: URLs for the WeChat Pay QR code the server draws (an SVG in an <img> runs nothing).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
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


# Text compresses to about a quarter: on a slow phone link the first visit is that much
# sooner (bench/page_first_visit.py). Compressed once per file version, kept in memory.
_COMPRESSIBLE = {".html", ".js", ".css", ".json", ".svg"}
_GZIP_MIN_BYTES = 1024


@lru_cache(maxsize=32)
def _gzipped(path: Path, mtime_ns: int, size: int) -> tuple[bytes, str]:
    body = gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)
    return body, f'"{mtime_ns:x}-{size:x}-gz"'


def _accepts_gzip(request: Request) -> bool:
    return any(part.split(";")[0].strip() == "gzip"
               for part in request.headers.get("accept-encoding", "").split(","))


def _page_file(name: str, request: Request) -> Response:
    try:
        path = (WEB_DIR / name).resolve()
        found = (WEB_DIR in path.parents and path.is_file()
                 and path.suffix in _CONTENT_TYPES)
        stat = path.stat() if found else None
    except (OSError, ValueError):  # a name no file system can hold (too long, ...)
        found, stat = False, None
    if not found or stat is None:
        raise not_found("page")
    media_type = _CONTENT_TYPES[path.suffix]
    if (path.suffix in _COMPRESSIBLE and stat.st_size >= _GZIP_MIN_BYTES
            and _accepts_gzip(request)):
        body, etag = _gzipped(path, stat.st_mtime_ns, stat.st_size)
        headers = {**PAGE_HEADERS, "ETag": etag, "Vary": "Accept-Encoding"}
        if etag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=media_type,
                        headers={**headers, "Content-Encoding": "gzip"})
    return FileResponse(path, media_type=media_type, headers=PAGE_HEADERS)


@router.get("/")
async def root() -> Response:
    return RedirectResponse("/chat/")


@router.get("/chat/")
async def page(request: Request) -> Response:
    return _page_file("index.html", request)


@router.get("/chat/{name:path}")
async def page_asset(name: str, request: Request) -> Response:
    return _page_file(name, request)
