"""Money out: payout runs and lines, and the providers that move the money."""
