from fastapi import APIRouter, Response

from responder_server import auth
from responder_server.api.deps import AnyPrincipal, State
from responder_wire import RefreshRequest, SignInRequest, TokenPair

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/sign-in")
async def sign_in(body: SignInRequest, state: State) -> TokenPair:
    return await auth.sign_in(state, body.email, body.password, body.device_name)


@router.post("/refresh")
async def refresh(body: RefreshRequest, state: State) -> TokenPair:
    return await auth.refresh(state, body.refresh_token)


@router.post("/sign-out", status_code=204)
async def sign_out(principal: AnyPrincipal, state: State) -> Response:
    await auth.sign_out(state, principal)
    return Response(status_code=204)
