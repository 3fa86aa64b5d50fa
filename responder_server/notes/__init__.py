"""A responder's private notes on a client and the returning-client brief."""
