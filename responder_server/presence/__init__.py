"""A responder's availability and capacity, and the sweeper that sets vanished apps offline."""
