"""The operator's console at /console: server-rendered pages (Jinja2, htmx, plain CSS) for
the people who run the platform. Operators are not responders: their own accounts, roles
and sessions (operators.py, session.py); every change goes through the same service
function as its command-line twin, audited in the same transaction (audit/)."""
