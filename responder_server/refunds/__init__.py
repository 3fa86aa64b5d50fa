"""The fairness rule: a session that ends with no reply is refunded in full, and the refund
sweeper."""
