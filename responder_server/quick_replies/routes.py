"""The responder's own quick replies (their phrases follow them to another PC)."""

from fastapi import APIRouter

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.quick_replies import service as quick_replies
from responder_wire.quick_replies import QuickReplies, QuickRepliesUpdate

router = APIRouter(prefix="/me/quick-replies", tags=["quick replies"])


@router.get("")
async def get_quick_replies(principal: ResponderPrincipal, state: State) -> QuickReplies:
    """Version 0 with no phrases: never saved (the app offers its defaults)."""
    assert principal.responder_id is not None
    return await quick_replies.get_quick_replies(state, principal.responder_id)


@router.put("")
async def save_quick_replies(body: QuickRepliesUpdate, principal: ResponderPrincipal,
                             state: State) -> QuickReplies:
    """Saves the whole set when `base_version` is the stored version; 409
    `quick-replies-conflict` otherwise."""
    assert principal.responder_id is not None
    return await quick_replies.save_quick_replies(state, principal.responder_id, body)
