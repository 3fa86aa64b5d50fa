"""What a page may say: the operator's abuse phrase list (as for any text a client sees)
and no contact details (payments and safety only hold inside the platform)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.problems import ProblemError
from responder_server.safety import documents
from responder_wire.contact_match import find_contact
from responder_wire.safety_match import Matcher


def _refused(detail: str) -> ProblemError:
    return ProblemError(422, "page-text-refused", "Please change the page's text", detail)


async def check_page_text(session: AsyncSession, texts: list[str]) -> None:
    """Raise 422 `page-text-refused`, naming what to change, for text a client must not
    see on a page; nothing is saved then."""
    _version, phrases = await documents.current_document(session, "phrases")
    abuse = Matcher({"abuse": [p for items in phrases["abuse"].values() for p in items]})
    for text in texts:
        found = abuse.match(text)
        if found is not None:
            raise _refused(f"The page may not say \u201c{found[1]}\u201d (the platform's "
                           "phrase list). Please change it.")
        contact = find_contact(text, phrases.get("contact"))
        if contact is not None:
            raise _refused(f"The page may not carry contact details (\u201c{contact}\u201d): "
                           "clients reach you through the platform, where payment and "
                           "safety hold.")
