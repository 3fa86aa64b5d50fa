"""Simulated clients: scripted bots that use the public client API, exactly as a web page
or any HTTP client would. They feed the demo, end-to-end tests and load benchmarks."""

from responder_sim.client import ClientSession, start_session

__all__ = ["ClientSession", "start_session"]
