"""An operator's browser, as httpx: signs in at /console with the cookie, reads the page's
CSRF token and sends changes from the console's own origin (as a browser does)."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.support.backend import Backend, server_command

PASSWORD = "operator password"


def create_operator(backend: Backend, email: str, role: str) -> None:
    result = server_command("create-operator", "--email", email, "--role", role,
                            "--password", PASSWORD, "--database-url", backend.database_url)
    assert result.returncode == 0, result.stderr


class Console:
    def __init__(self, backend: Backend, email: str, role: str | None = None,
                 language: str = "en") -> None:
        if role is not None:
            create_operator(backend, email, role)
        self.backend = backend
        self.http = httpx.Client(base_url=backend.base_url, follow_redirects=False,
                                 timeout=30, headers={"Accept-Language": language})
        self.origin = backend.base_url
        response = self.http.post("/console/sign-in", data={"email": email,
                                                             "password": PASSWORD},
                                  headers={"Origin": self.origin})
        assert response.status_code == 303, response.text
        self.csrf = self.token_of(self.http.get("/console/audit").text) or \
            self.token_of(self.http.get("/console/live").text) or \
            self.token_of(self.http.get("/console/money").text)
        assert self.csrf

    @staticmethod
    def token_of(page: str) -> str:
        found = re.search(r'data-csrf="([0-9a-f]{64})"', page)
        return found[1] if found else ""

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def post(self, path: str, data: dict[str, str] | None = None, *, csrf: str | None = None,
             origin: str | None = None) -> httpx.Response:
        body = {"csrf": self.csrf if csrf is None else csrf, **(data or {})}
        return self.http.post(path, data=body,
                              headers={"Origin": self.origin if origin is None else origin})

    def close(self) -> None:
        self.http.close()
