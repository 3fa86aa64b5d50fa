from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.backend import Backend, start_backend

# Widget tests run offscreen unless a test session provides a real display (Xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[Backend]:
    """The real backend on a free loopback port, with a fresh SQLite database."""
    server = start_backend(tmp_path, "--heartbeat", "0.5")
    yield server
    server.stop()
