"""Individual income tax withheld on responders' income at each payout (the cumulative
method on 劳务报酬), the versioned withholding rule, and the quarterly report."""
