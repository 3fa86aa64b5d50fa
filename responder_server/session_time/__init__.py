"""Session time: the paid time of a chat counted from the first reply, the notice two
minutes before its end, the notice at its end, extensions the client pays for
(payments/ takes the payment, `service.py` adds the block), and the end after the
operator's grace (`--session-grace`)."""
