"""Demo mode starts the real backend and simulated clients as child processes and stops
them all when the app closes."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from responder_app.demo import DemoBackend

pytest.importorskip("responder_server")


def test_demo_starts_a_real_backend_and_stops_every_child(
    qloop: asyncio.AbstractEventLoop,
) -> None:
    demo = DemoBackend(clients=1, seed=1)

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            account = await demo.start(http)
            try:
                assert account.server_url.startswith("http://127.0.0.1:")
                health = await http.get(f"{account.server_url}/api/v1/health")
                assert health.status_code == 200
                signed = await http.post(f"{account.server_url}/api/v1/auth/sign-in",
                                         json={"email": account.email,
                                               "password": account.password})
                assert signed.status_code == 200
                assert demo.server is not None and demo.server.poll() is None
                assert demo.sim is not None and demo.sim.poll() is None
                children = [demo.server, demo.sim]
            finally:
                await demo.stop()
            assert all(child.poll() is not None for child in children)
            assert not demo.dir.exists()  # the throwaway database is gone too

    qloop.run_until_complete(asyncio.wait_for(scenario(), 90))
