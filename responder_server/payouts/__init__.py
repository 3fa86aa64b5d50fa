"""Money out: payout runs, their lines, the providers that send them."""
