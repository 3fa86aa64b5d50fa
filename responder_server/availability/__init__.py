"""Availability: the truth before paying. Who can answer now, how long a first reply
takes, the queue and a client's place in it, the usual hours; checkout refuses to sell
when nobody is online or the queue is full (payments/service.py asks `refuse_unsellable`)."""
