"""The operator's safety documents, versioned like the rate card: hotlines by region
("resources") and the crisis and abuse phrase lists ("phrases").

`responder-server safety resources set FILE.json` (or `phrases`) validates a file and
stores it as a new version; every instance serves the latest version at once. A bad file
is refused in plain words and changes nothing. Until the operator stores one, the built-in
defaults (safety/defaults.py, version 0) are served.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import SafetyDocument
from responder_server.safety.defaults import DEFAULT_PHRASES, DEFAULT_RESOURCES
from responder_wire.safety import (
    CRISIS_CATEGORIES,
    OTHER_REGION,
    PhrasesOut,
    ResourcesOut,
    SupportResource,
)

Kind = Literal["resources", "phrases"]
KINDS: tuple[Kind, ...] = ("resources", "phrases")
_REGION = re.compile(r"^([A-Z]{2}|other)$")
_NUMBER = re.compile(r"^\+?[0-9][0-9 -]{1,19}$")


class SafetyDocumentError(ValueError):
    """A document that can't be used; the message says what to fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Text(_Strict):
    zh_CN: str = Field(min_length=1, max_length=300)
    vi: str = Field(min_length=1, max_length=300)
    en: str = Field(min_length=1, max_length=300)


class _Resource(_Strict):
    id: str = Field(min_length=1, max_length=40)
    number: str = Field(min_length=2, max_length=20)
    name: _Text
    description: _Text
    source: str = Field(min_length=3, max_length=300)


class _Resources(_Strict):
    default_region: str = "CN"
    regions: dict[str, list[_Resource]]


class _Lists(_Strict):
    zh_CN: list[str] = Field(max_length=500)
    vi: list[str] = Field(max_length=500)
    en: list[str] = Field(max_length=500)


class _Phrases(_Strict):
    crisis: dict[str, _Lists]
    abuse: _Lists
    # Contact details (regular expressions): absent, the built-in patterns
    # (responder_wire/contact_match.py).
    contact: list[str] | None = Field(default=None, max_length=50)


def _plain(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "the document"
    return f"{where}: {first.get('msg', 'not valid')}"


def parse_document(kind: Kind, document: Any) -> dict[str, Any]:
    """Validate a document; returns it normalised (JSON-safe). Raises SafetyDocumentError."""
    try:
        if kind == "resources":
            resources = _Resources.model_validate(document)
            _check_resources(resources)
            return resources.model_dump()
        phrases = _Phrases.model_validate(document)
        _check_phrases(phrases)
        return _clean_phrases(phrases.model_dump())
    except ValidationError as exc:
        raise SafetyDocumentError(_plain(exc)) from None


def _check_resources(doc: _Resources) -> None:
    if OTHER_REGION not in doc.regions or not doc.regions[OTHER_REGION]:
        raise SafetyDocumentError('The resources need an "other" region: the fallback for '
                                  "clients anywhere else.")
    if doc.default_region not in doc.regions:
        raise SafetyDocumentError(f"default_region {doc.default_region!r} has no list in "
                                  "regions.")
    for region, items in doc.regions.items():
        if not _REGION.match(region):
            raise SafetyDocumentError(f"Region {region!r} must be a two-letter country code "
                                      '(like "CN") or "other".')
        seen: set[str] = set()
        for item in items:
            if not _NUMBER.match(item.number):
                raise SafetyDocumentError(f"{region}/{item.id}: {item.number!r} is not a "
                                          "phone number (digits, spaces, dashes, a leading +).")
            if item.id in seen:
                raise SafetyDocumentError(f"{region}: the id {item.id!r} is used twice.")
            seen.add(item.id)


def _check_phrases(doc: _Phrases) -> None:
    unknown = sorted(set(doc.crisis) - set(CRISIS_CATEGORIES))
    if unknown:
        raise SafetyDocumentError(f"Unknown crisis categories: {', '.join(unknown)} (known: "
                                  f"{', '.join(CRISIS_CATEGORIES)}).")
    missing = sorted(set(CRISIS_CATEGORIES) - set(doc.crisis))
    if missing:
        raise SafetyDocumentError(f"No phrases for the crisis categories: {', '.join(missing)}.")
    for pattern in doc.contact or ():
        try:
            if len(pattern) > 300 or re.compile(pattern).match(""):
                raise SafetyDocumentError(f"The contact pattern {pattern!r} matches empty "
                                          "text or is too long (300 characters at most).")
        except re.error as exc:
            raise SafetyDocumentError(f"The contact pattern {pattern!r} is not a regular "
                                      f"expression: {exc}.") from None
    for lists in [*doc.crisis.values(), doc.abuse]:
        for phrases in (lists.zh_CN, lists.vi, lists.en):
            for phrase in phrases:
                if len(phrase.strip()) < 2:
                    raise SafetyDocumentError(f"The phrase {phrase!r} is too short to match "
                                              "safely (two characters at least).")


def _clean_phrases(doc: dict[str, Any]) -> dict[str, Any]:
    def clean(lists: dict[str, list[str]]) -> dict[str, list[str]]:
        return {lang: list(dict.fromkeys(p.strip() for p in items))
                for lang, items in lists.items()}

    cleaned = {"crisis": {c: clean(v) for c, v in doc["crisis"].items()},
               "abuse": clean(doc["abuse"])}
    if doc.get("contact") is not None:
        cleaned["contact"] = list(dict.fromkeys(doc["contact"]))
    return cleaned


def read_document_file(kind: Kind, path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SafetyDocumentError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SafetyDocumentError(f"{path} is not valid JSON: {exc}.") from None
    return parse_document(kind, document)


def default_document(kind: Kind) -> dict[str, Any]:
    return parse_document(kind, DEFAULT_RESOURCES if kind == "resources" else DEFAULT_PHRASES)


async def current_document(session: AsyncSession, kind: Kind) -> tuple[int, dict[str, Any]]:
    """(version, document): the latest stored version, or (0, the built-in default)."""
    row = await session.scalar(select(SafetyDocument).where(SafetyDocument.kind == kind)
                               .order_by(SafetyDocument.id.desc()).limit(1))
    if row is None:
        return 0, default_document(kind)
    return row.id, json.loads(row.document)


async def store_document(session: AsyncSession, kind: Kind, document: dict[str, Any],
                         now: datetime, source: str = "", *, actor: str) -> int:
    """Store a validated document as the new version (unless it equals the current one);
    `actor` (console or command line) is audited in the same transaction."""
    version, current = await current_document(session, kind)
    if version and current == document:
        return version
    row = SafetyDocument(kind=kind, document=json.dumps(document, ensure_ascii=False,
                                                        sort_keys=True),
                         source=source[:300], created_at=now)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, f"safety.{kind}.set", f"safety_document:{row.id}",
                       {"version": version}, {"version": row.id, "source": row.source},
                       now=now)
    return row.id


def resources_out(version: int, document: dict[str, Any]) -> ResourcesOut:
    return ResourcesOut(version=version, default_region=document["default_region"],
                        regions={region: [SupportResource.model_validate(r) for r in items]
                                 for region, items in document["regions"].items()})


def phrases_out(version: int, document: dict[str, Any]) -> PhrasesOut:
    return PhrasesOut.model_validate({"version": version, **document})


def region_resources(document: dict[str, Any], region: str | None) -> tuple[str, list[Any]]:
    """(the region used, its resources): the client's region, else the fallback list."""
    regions: dict[str, list[Any]] = document["regions"]
    chosen = region if region in regions else OTHER_REGION
    return chosen, regions[chosen]


async def default_region(session: AsyncSession) -> str:
    """Where a client who chose no region is taken to be (the operator's resources)."""
    _version, document = await current_document(session, "resources")
    region: str = document["default_region"]
    return region
