"""Who gets a client: routing (service.py), the queue (queue.py) and reassignment after the
first-reply timeout (reassignment.py)."""
