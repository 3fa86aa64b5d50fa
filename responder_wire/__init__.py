"""The wire format shared by the backend, the desktop app and the simulated clients.

Defined once here so both sides of every request agree on field names and limits.
This package imports neither Qt nor any server internals.
"""

from responder_wire.models import *  # noqa: F403
from responder_wire.models import __all__  # noqa: F401
