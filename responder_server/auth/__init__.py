"""Sign-in, token refresh and sign-out, the principal of a request, and what routes depend on
(deps.py, limit_deps.py)."""
