"""Take, the assignment mode, the queue's status and the reply-speed statistics (stats.py)."""
