"""A responder's quick-reply phrases, versioned (compare-and-set) and pushed to their own
stream."""
