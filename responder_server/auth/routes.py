"""`/auth`: sign-in, token refresh and sign-out (which also takes a responder offline)."""

from fastapi import APIRouter, Request, Response

from responder_server.auth import service as auth
from responder_server.auth.deps import AnyPrincipal, State
from responder_server.core import limits
from responder_server.presence import service as presence
from responder_wire import Availability, RefreshRequest, SignInRequest, TokenPair

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/sign-in")
async def sign_in(body: SignInRequest, state: State, request: Request) -> TokenPair:
    """Limited per address and per email at that address (never per email alone)."""
    return await auth.sign_in(state, body.email, body.password, body.device_name,
                              limits.client_address(request, state.config))


@router.post("/refresh")
async def refresh(body: RefreshRequest, state: State) -> TokenPair:
    return await auth.refresh(state, body.refresh_token)


@router.post("/sign-out", status_code=204)
async def sign_out(principal: AnyPrincipal, state: State) -> Response:
    await auth.sign_out(state, principal)
    if principal.responder_id is not None:  # signing out takes this responder offline
        await presence.set_availability(state, principal.responder_id,
                                        Availability.OFFLINE.value, state.clock.now())
    return Response(status_code=204)
