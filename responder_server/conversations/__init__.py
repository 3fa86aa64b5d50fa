"""A conversation's life: start, send (and its fast path, fast_send.py), leave, wrap up,
summaries and history."""
