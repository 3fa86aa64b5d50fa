"""Wire models for safety: block, report, supervisor flags, crisis resources and phrases,
the app's match and share records, and the client's standing (banned or not).

Shared by the backend, the desktop app's `features/safety/` and the client's web page.
Languages are keyed "zh_CN", "vi", "en" everywhere (the app's locale names)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from responder_wire.contact_match import DEFAULT_CONTACT_PATTERNS
from responder_wire.strict import StrictRequest

__all__ = [
    "ABUSE_KIND",
    "CRISIS_CATEGORIES",
    "CRISIS_KIND",
    "LANGUAGES",
    "MAX_SAFETY_NOTE_LENGTH",
    "OTHER_REGION",
    "BlockRequest",
    "ClientStanding",
    "ClientStandingQuery",
    "CrisisCategory",
    "Localized",
    "MatchKind",
    "PhraseLists",
    "PhrasesOut",
    "ReportCreate",
    "ReportReason",
    "ResourcesOut",
    "ResourcesShareRequest",
    "ResourcesShared",
    "SafetyMatchCreate",
    "SafetyRecordOut",
    "SupervisorFlagCreate",
    "SupportResource",
]

MAX_SAFETY_NOTE_LENGTH = 2000
LANGUAGES = ("zh_CN", "vi", "en")
# The region key of the fallback list (international / anywhere else).
OTHER_REGION = "other"
CRISIS_KIND = "crisis"
ABUSE_KIND = "abuse"


class _Model(StrictRequest):
    """A request body: the strict edge (no control characters, no bool for a number)."""


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class ReportReason(StrEnum):
    ABUSE = "abuse"
    THREATS = "threats"
    SPAM = "spam"
    UNDER_AGE = "under_age"
    OTHER = "other"


class CrisisCategory(StrEnum):
    SELF_HARM = "self_harm"
    SUICIDE = "suicide"
    VIOLENCE = "violence"
    DOMESTIC_ABUSE = "domestic_abuse"


CRISIS_CATEGORIES = tuple(c.value for c in CrisisCategory)


class MatchKind(StrEnum):
    CRISIS = CRISIS_KIND
    ABUSE = ABUSE_KIND


# A responder's note: surrounding blanks dropped.
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_SAFETY_NOTE_LENGTH)]


# ---- requests from the responder's app ------------------------------------------------------


class BlockRequest(_Model):
    """`POST /conversations/{id}/block`: ends the chat now; this client is never routed
    to this responder again (by client identity, across sessions and devices)."""

    note: Note = ""


class ReportCreate(_Model):
    """`POST /conversations/{id}/reports` → 201 `SafetyRecordOut`; the chat goes on."""

    reason: ReportReason
    note: Note = ""


class SupervisorFlagCreate(_Model):
    """`POST /conversations/{id}/supervisor-flag` → 201: "needs supervisor"."""

    note: Note = ""


class SafetyMatchCreate(_Model):
    """`POST /conversations/{id}/safety-matches` → 201: the app's detector matched a
    message (recorded for the operator; nothing is blocked or sent)."""

    kind: MatchKind
    category: str = Field(min_length=1, max_length=40)  # a CrisisCategory, or "abuse"
    message_id: str = Field(min_length=1, max_length=36)
    matched: str = Field(min_length=1, max_length=200)  # the phrase that matched


class ResourcesShareRequest(_Model):
    """`POST /conversations/{id}/resources-shared` → 201 `ResourcesShared`."""

    region: str = Field(min_length=2, max_length=16)


class SafetyRecordOut(_Response):
    """What a report, flag, match or share answers: its id and when it was recorded."""

    id: int
    created_at: datetime


# ---- resources (hotlines) and phrase lists, operator-versioned ----------------------------


class Localized(_Response):
    """One text in every language of the product."""

    zh_CN: str
    vi: str
    en: str


class SupportResource(_Response):
    id: str  # stable within its region, e.g. "cn-12356"
    number: str  # what to dial, e.g. "12356" (the page makes it a tel: link)
    name: Localized
    description: Localized
    source: str  # where the operator's number comes from (a URL or an authority)


class ResourcesOut(_Response):
    """`GET /safety/resources`: hotlines by region ("CN", "VN", ..., and "other")."""

    version: int  # 0: the built-in defaults; stored versions count from 1
    default_region: str = "CN"  # a client that chose no region is taken to be here
    regions: dict[str, list[SupportResource]]


class PhraseLists(_Response):
    zh_CN: list[str]
    vi: list[str]
    en: list[str]


class PhrasesOut(_Response):
    """`GET /safety/phrases`: the crisis phrases per category and the abuse list, per
    language. Matched with `responder_wire.safety_match` (normalised substrings)."""

    version: int
    crisis: dict[str, PhraseLists]  # CrisisCategory value -> lists
    abuse: PhraseLists
    # Contact details against the platform's rules (regular expressions, matched with
    # `responder_wire.contact_match`); the built-in patterns unless the operator set some.
    contact: list[str] = Field(default_factory=lambda: list(DEFAULT_CONTACT_PATTERNS))


# ---- what the client's page and the responder's stream receive ----------------------------


class ResourcesShared(_Response):
    """The data of a `conversation.resources_shared` event (client and responder see it):
    the resources of `region`, written in the client's `language`."""

    id: int  # the share's record id
    conversation_id: str
    region: str
    language: str  # "zh_CN" | "vi" | "en"
    version: int  # the resources version they came from
    resources: list[SupportResource]
    shared_at: datetime


class ClientStandingQuery(_Model):
    """`POST /client/standing`: may this client key use the service?"""

    client_key: str = Field(min_length=16, max_length=128)


class ClientStanding(_Response):
    banned: bool
