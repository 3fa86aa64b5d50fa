"""Responder's hosted backend: an ASGI service (FastAPI on uvicorn) over SQLAlchemy."""
