"""Shared dependency aliases for the route modules."""

from typing import Annotated

from fastapi import Depends

from responder_server.auth.service import current_principal, current_responder
from responder_server.core.principal import Principal
from responder_server.core.state import ServerState, get_state

State = Annotated[ServerState, Depends(get_state)]
AnyPrincipal = Annotated[Principal, Depends(current_principal)]
ResponderPrincipal = Annotated[Principal, Depends(current_responder)]
