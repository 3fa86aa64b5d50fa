"""Full-text search over a responder's own notes, messages and wrap-up notes; on SQLite,
indexing after the send (indexer.py)."""
