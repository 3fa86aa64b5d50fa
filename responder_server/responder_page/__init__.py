"""A responder's public page at /r/<handle>: what they write about themselves, the chats
clients buy from it (routed to that responder only), "talk to them again", the page's
weekly figures, and the operator hiding a page."""
