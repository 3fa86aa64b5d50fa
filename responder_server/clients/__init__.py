"""Who a client is across sessions: the client key's hash and the server-side client id."""
