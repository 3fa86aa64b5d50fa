"""Typed async wrapper over the Responder HTTP API (`/api/v1`).

Every failure becomes an `ApiError` whose `str()` is a sentence a responder can read:
problem+json errors use the server's plain `detail` (or a friendlier wording for a few
well-known types), network failures say the server can't be reached, and anything that
isn't Responder's API says so instead of showing a traceback.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from responder_app.services.i18n import fill, translate
from responder_app.services.server_clock import ServerClock
from responder_wire.models import (
    API_PREFIX,
    Availability,
    AvailabilityUpdate,
    ConversationSummary,
    MessageCreate,
    MessageOut,
    MessagePage,
    Problem,
    RefreshRequest,
    ResponderProfile,
    SignInRequest,
    TokenPair,
    WrapUpRequest,
)
from responder_wire.presence import ClientNameUpdate

__all__ = [
    "ApiClient",
    "ApiError",
    "ConnectionFailed",
    "NotResponderApi",
    "is_loopback_host",
    "normalize_server_url",
]

PROBLEM_PREFIX = "urn:responder:problem:"

M = TypeVar("M", bound=BaseModel)

# Messages are translated in the "ApiClient" context (lupdate needs the literal there).


def friendly(slug: str) -> str | None:
    """The app's own wording, in the responder's language, for the stable problem types a
    responder can meet (the server's English `detail` is never shown for these)."""
    texts = {
        "invalid-credentials": translate(
            "ApiClient", "That email and password don't match. Check them and try again."),
        "unauthorized": translate("ApiClient", "You've been signed out. Please sign in again."),
        "token-expired": translate("ApiClient", "Your sign-in has expired. Please sign in again."),
        "conversation-not-open": translate(
            "ApiClient", "This chat has ended, so you can't send messages to it any more."),
        "conversation-still-open": translate("ApiClient", "This chat is still open."),
        "message-too-long": translate(
            "ApiClient", "That message is too long (the limit is 4,000 characters)."),
        "empty-message": translate("ApiClient", "You can't send an empty message."),
        "not-found": translate("ApiClient", "That chat no longer exists."),
        "forbidden": translate("ApiClient", "You can't do that in this chat."),
        "notes-conflict": translate(
            "ApiClient", "Your notes were changed on another computer. Check them and save again."),
        "message-id-conflict": translate(
            "ApiClient", "That reply clashed with another one. Please send it again."),
        "validation-failed": translate(
            "ApiClient", "The server couldn't accept that. Check what you entered and try again."),
        "request-too-large": translate(
            "ApiClient", "That is too large to send. Make it shorter and try again."),
        "internal-error": translate(
            "ApiClient", "Something went wrong on the server. Please try again in a moment."),
    }
    return texts.get(slug)


def _fallback(status: int) -> str:
    if status >= 500:
        return translate("ApiClient",
                         "Something went wrong on the server. Please try again in a moment.")
    return fill(translate("ApiClient", "The server refused that (HTTP %1)."), status)


class ApiError(Exception):
    """An API call failed; `str(err)` is a plain-words message for people."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        slug: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.slug = slug
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """True when simply trying again later may work (network, 5xx, rate limit)."""
        return self.status is None or self.status >= 500 or self.status == 429


class ConnectionFailed(ApiError):
    """The server couldn't be reached (DNS, refused, timeout, TLS...)."""


class NotResponderApi(ApiError):
    """The server answered, but not with something Responder understands."""


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_server_url(raw: str) -> str:
    """`localhost:8000` → `http://localhost:8000`; `example.com` → `https://example.com`.

    Raises `ApiError` for plain http:// to anything but this computer.
    """
    text = raw.strip().rstrip("/")
    if not text:
        raise ApiError(translate("ApiClient", "Enter the address of your Responder server."))
    if "://" not in text:
        host = urlsplit("//" + text).hostname or ""
        scheme = "http" if is_loopback_host(host) else "https"
        text = f"{scheme}://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiError(fill(translate(
            "ApiClient", "“%1” isn't a server address. It should look like https://responder.example.com."),
            raw.strip()))
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ApiError(translate(
            "ApiClient", "Plain http:// is only allowed for a server on this computer. "
            "Use an https:// address."))
    path = parts.path.rstrip("/")
    if path.endswith(API_PREFIX):
        path = path[: -len(API_PREFIX)]
    return f"{parts.scheme}://{parts.netloc}{path}"


class ApiClient:
    """One signed-in session against one server. Shares the app's single `httpx.AsyncClient`.

    `on_tokens` is called with every new `TokenPair` (sign-in and each refresh) so the
    app can keep the refresh token in the keyring; it is called with `None` on sign-out.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        server_url: str,
        *,
        clock: ServerClock | None = None,
        on_tokens: Callable[[TokenPair | None], None] | None = None,
        device_name: str = "Responder desktop",
    ) -> None:
        self.http = http
        self.server_url = normalize_server_url(server_url)
        self.clock = clock or ServerClock()
        self.on_tokens = on_tokens
        self.device_name = device_name
        self.tokens: TokenPair | None = None
        self._refresh_lock = asyncio.Lock()
        self._shared: dict[str, tuple[float, asyncio.Future[httpx.Response]]] = {}

    # ---- plumbing -----------------------------------------------------------------------

    def url(self, path: str) -> str:
        return f"{self.server_url}{API_PREFIX}{path}"

    @property
    def access_token(self) -> str | None:
        return self.tokens.access_token if self.tokens else None

    @property
    def profile(self) -> ResponderProfile | None:
        return self.tokens.responder if self.tokens else None

    def auth_headers(self) -> dict[str, str]:
        if self.tokens is None:
            raise ApiError(translate("ApiClient", "You're not signed in."), status=401,
                           slug="unauthorized")
        return {"Authorization": f"Bearer {self.tokens.access_token}"}

    def access_token_expired(self, margin_s: float = 5.0) -> bool:
        if self.tokens is None:
            return True
        expires = self.tokens.access_expires_at
        return self.clock.now() + timedelta(seconds=margin_s) >= expires

    def _set_tokens(self, tokens: TokenPair | None) -> None:
        self.tokens = tokens
        if self.on_tokens is not None:
            self.on_tokens(tokens)

    async def _send(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> httpx.Response:
        headers = self.auth_headers() if auth else {}
        try:
            response = await self.http.request(
                method, self.url(path), json=json, params=params, headers=headers
            )
        except httpx.TimeoutException as exc:
            raise ConnectionFailed(fill(translate(
                "ApiClient",
                "The server at %1 took too long to answer. Check your internet connection."),
                self.server_url)) from exc
        except (httpx.TransportError, OSError) as exc:
            raise ConnectionFailed(fill(translate(
                "ApiClient", "Cannot reach the server at %1. "
                "Check the address and your internet connection."), self.server_url)) from exc
        self.clock.observe_headers(response.headers)
        return response

    def error_from_response(self, response: httpx.Response) -> ApiError:
        """Turn a non-2xx response into an `ApiError` with a plain-words message."""
        status = response.status_code
        content_type = response.headers.get("content-type", "")
        problem: Problem | None = None
        if "json" in content_type:
            try:
                problem = Problem.model_validate_json(response.content)
            except ValidationError:
                problem = None
        if problem is None or not problem.type.startswith(PROBLEM_PREFIX):
            return NotResponderApi(
                fill(translate("ApiClient", "The server at %1 answered with something that isn't "
                               "Responder's API (HTTP %2). Check the server address."),
                     self.server_url, status),
                status=status,
            )
        slug = problem.type.removeprefix(PROBLEM_PREFIX)
        retry_after: float | None = None
        if "retry-after" in response.headers:
            try:
                retry_after = float(response.headers["retry-after"])
            except ValueError:
                retry_after = None
        try:
            signing_in = response.request.url.path.endswith("/auth/sign-in")
        except RuntimeError:  # a response built without its request
            signing_in = False
        if slug == "too-many-attempts" or (status == 429 and signing_in):
            message = (fill(translate("ApiClient", "Too many sign-in attempts. Try again in %1."),
                            _plain_duration(retry_after)) if retry_after else
                       translate("ApiClient", "Too many sign-in attempts. Please wait a little and "
                                    "try again."))
        elif status == 429:  # a limit of the server (limits per address and per device)
            message = (fill(translate("ApiClient", "Too many requests for now. Try again in %1."),
                            _plain_duration(retry_after)) if retry_after else
                       translate("ApiClient", "Too many requests for now. Please wait a little "
                                 "and try again."))
        else:
            message = friendly(slug) or _fallback(status)
        return ApiError(message, status=status, slug=slug, retry_after=retry_after)

    def _parse(self, response: httpx.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise NotResponderApi(
                fill(translate("ApiClient", "The server at %1 answered with something that isn't "
                                  "Responder's API. Check the server address."),
                     self.server_url)
            ) from exc

    async def _call(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> httpx.Response:
        """Send a request; on a `token-expired` 401 refresh once and repeat it."""
        sent_with = self.access_token
        response = await self._send(method, path, json=json, params=params, auth=auth)
        if auth and response.status_code == 401:
            error = self.error_from_response(response)
            if error.slug == "token-expired":
                await self.refresh_access(stale_token=sent_with)
                response = await self._send(method, path, json=json, params=params, auth=auth)
        if response.status_code >= 400:
            raise self.error_from_response(response)
        return response

    # ---- the public surface for feature API modules ------------------------------------

    async def request(
        self, method: str, path: str, *, json: Any = None,
        params: dict[str, Any] | None = None, auth: bool = True,
    ) -> httpx.Response:
        """A call to `path` under `/api/v1`, signed in unless `auth=False` (an expired
        access token is refreshed once); any failure is an `ApiError` in plain words."""
        return await self._call(method, path, json=json, params=params, auth=auth)

    async def fetch(
        self, method: str, path: str, model: type[M], *, json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> M:
        """`request`, then the body parsed into `model` (a body that isn't Responder's API
        is a plain-words `NotResponderApi`)."""
        return self.parse(await self._call(method, path, json=json, params=params), model)

    async def fetch_list(
        self, method: str, path: str, model: type[M], *,
        params: dict[str, Any] | None = None,
    ) -> list[M]:
        response = await self._call(method, path, params=params)
        try:
            return TypeAdapter(list[model]).validate_json(response.content)  # type: ignore[valid-type]
        except ValidationError as exc:
            raise NotResponderApi(
                fill(translate("ApiClient", "The server at %1 answered with something that isn't "
                                  "Responder's API. Check the server address."),
                     self.server_url)
            ) from exc

    async def shared_get(self, path: str, *, max_age_s: float = 60.0) -> httpx.Response:
        """An unauthenticated GET that several features ask for (the rate card, wanted by
        earnings and by notes at sign-in): one request in flight, its answer reused for
        `max_age_s`; a failure is not kept, so the next ask tries again."""
        now = time.monotonic()
        kept = self._shared.get(path)
        if kept is not None and now - kept[0] < max_age_s:
            return await asyncio.shield(kept[1])
        task = asyncio.ensure_future(self._call("GET", path, auth=False))
        self._shared[path] = (now, task)
        try:
            return await asyncio.shield(task)
        except BaseException:
            if self._shared.get(path, (0.0, None))[1] is task:
                del self._shared[path]
            raise

    def parse(self, response: httpx.Response, model: type[M]) -> M:
        return self._parse(response, model)

    # ---- auth ---------------------------------------------------------------------------

    async def sign_in(self, email: str, password: str) -> TokenPair:
        body = SignInRequest(email=email.strip(), password=password, device_name=self.device_name)
        response = await self._call("POST", "/auth/sign-in", json=body.model_dump(), auth=False)
        tokens = self._parse(response, TokenPair)
        self._set_tokens(tokens)
        return tokens

    async def sign_in_with_refresh_token(self, refresh_token: str) -> TokenPair:
        """Silent sign-in with a remembered refresh token."""
        return await self._refresh(refresh_token)

    async def _refresh(self, refresh_token: str) -> TokenPair:
        try:
            body = RefreshRequest(refresh_token=refresh_token)
        except ValidationError as exc:
            raise ApiError(translate("ApiClient", "Your saved sign-in is no longer valid. "
                                        "Please sign in again."),
                           status=401, slug="unauthorized") from exc
        response = await self._send("POST", "/auth/refresh", json=body.model_dump(), auth=False)
        if response.status_code >= 400:
            error = self.error_from_response(response)
            if error.status == 401:
                error = ApiError(
                    translate("ApiClient", "Your sign-in has expired. Please sign in again."),
                    status=401, slug=error.slug,
                )
            raise error
        tokens = self._parse(response, TokenPair)
        self._set_tokens(tokens)
        return tokens

    async def refresh_access(self, stale_token: str | None = None) -> TokenPair:
        """Refresh the access token once even if several calls notice expiry together."""
        async with self._refresh_lock:
            if self.tokens is None:
                raise ApiError(translate("ApiClient", "You're not signed in."), status=401,
                               slug="unauthorized")
            if stale_token is not None and self.tokens.access_token != stale_token:
                return self.tokens  # somebody else refreshed meanwhile
            return await self._refresh(self.tokens.refresh_token)

    async def sign_out(self) -> None:
        """Revoke this device's tokens on the server (best effort) and forget them."""
        try:
            if self.tokens is not None:
                await self._call("POST", "/auth/sign-out")
        finally:
            self._set_tokens(None)

    # ---- responder ----------------------------------------------------------------------

    async def me(self) -> ResponderProfile:
        return self._parse(await self._call("GET", "/me"), ResponderProfile)

    async def set_client_name(self, client_name: str) -> ResponderProfile:
        """`PUT /me/client-name`: the name clients see (trimmed, 1-20 characters)."""
        body = ClientNameUpdate(client_name=client_name)
        response = await self._call("PUT", "/me/client-name", json=body.model_dump(mode="json"))
        return self._parse(response, ResponderProfile)

    async def set_availability(self, availability: Availability) -> ResponderProfile:
        body = AvailabilityUpdate(availability=availability)
        response = await self._call("PUT", "/me/availability", json=body.model_dump(mode="json"))
        return self._parse(response, ResponderProfile)

    async def list_conversations(self) -> list[ConversationSummary]:
        response = await self._call("GET", "/conversations")
        try:
            return _SUMMARIES.validate_json(response.content)
        except ValidationError as exc:
            raise NotResponderApi(
                fill(translate("ApiClient", "The server at %1 answered with something that isn't "
                                  "Responder's API."), self.server_url)
            ) from exc

    async def get_conversation(self, conversation_id: str) -> ConversationSummary:
        response = await self._call("GET", f"/conversations/{conversation_id}")
        return self._parse(response, ConversationSummary)

    async def messages(
        self, conversation_id: str, *, before: int | None = None, limit: int = 50
    ) -> MessagePage:
        params: dict[str, Any] = {"limit": limit}
        if before is not None:
            params["before"] = before
        response = await self._call(
            "GET", f"/conversations/{conversation_id}/messages", params=params
        )
        return self._parse(response, MessagePage)

    async def send_message(self, conversation_id: str, message_id: str, body: str) -> MessageOut:
        """Idempotent: repeating the same `message_id` returns the original message."""
        try:
            payload = MessageCreate(body=body)
        except ValidationError as exc:
            raise ApiError(friendly("empty-message" if not body.strip()
                                    else "message-too-long") or "", status=422) from exc
        response = await self._call(
            "PUT", f"/conversations/{conversation_id}/messages/{message_id}",
            json=payload.model_dump(),
        )
        return self._parse(response, MessageOut)

    async def wrap_up(self, conversation_id: str, note: str = "") -> ConversationSummary:
        body = WrapUpRequest(note=note)
        response = await self._call(
            "POST", f"/conversations/{conversation_id}/wrap-up", json=body.model_dump()
        )
        return self._parse(response, ConversationSummary)


_SUMMARIES = TypeAdapter(list[ConversationSummary])


def _plain_duration(seconds: float | None) -> str:
    if seconds is None:
        return translate("ApiClient", "a moment")
    s = max(1, round(seconds))
    if s < 90:
        return (fill(translate("ApiClient", "%1 seconds"), s) if s != 1
                else translate("ApiClient", "1 second"))
    return fill(translate("ApiClient", "%1 minutes"), round(s / 60))
