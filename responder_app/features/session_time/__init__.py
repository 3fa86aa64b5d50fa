"""A session's paid time in the chat: the time left in the header, the notice two minutes
before the end, the grace after it (the client may extend), the extension and the end."""
