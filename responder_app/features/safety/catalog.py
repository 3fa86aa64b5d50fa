"""What the safety checks read: the operator's phrase lists and hotlines (fetched from the
backend at sign-in, cached on this PC, built-in defaults until then), and the one check a
client message goes through. No Qt here.

Every language's lists are checked whatever language the client chose: people switch
languages mid-chat. The matching itself is `responder_wire.safety_match` (the backend's
tests use the same one), so "what counts as a match" is decided in one place.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from responder_app.features.safety.defaults import DEFAULT_PHRASES, DEFAULT_RESOURCES
from responder_wire.contact_match import find_contact
from responder_wire.safety import (
    ABUSE_KIND,
    LANGUAGES,
    OTHER_REGION,
    Localized,
    PhrasesOut,
    ResourcesOut,
    SupportResource,
)
from responder_wire.safety_match import Matcher, normalise

__all__ = ["CACHE_FILE", "Catalog", "Findings", "localized"]

log = logging.getLogger(__name__)

CACHE_FILE = "safety_lists.json"


@dataclass(frozen=True)
class Findings:
    """What one message matched: a crisis (category, phrase) and/or abuse (phrase)."""

    crisis: tuple[str, str] | None = None
    abuse: str | None = None

    def __bool__(self) -> bool:
        return self.crisis is not None or self.abuse is not None


_NOTHING = Findings()


def localized(text: Localized, language: str) -> str:
    """The text in `language` ("zh_CN", "vi", "en"), English when that one is empty."""
    value = getattr(text, language, "") if language in LANGUAGES else ""
    return value or text.en


class Catalog:
    """The phrase lists and the hotlines in force, and the check built from them."""

    def __init__(self, phrases: PhrasesOut | None = None,
                 resources: ResourcesOut | None = None) -> None:
        self.phrases = phrases or PhrasesOut.model_validate(DEFAULT_PHRASES)
        self.resources = resources or ResourcesOut.model_validate(DEFAULT_RESOURCES)
        self._build()

    def _build(self) -> None:
        crisis: dict[str, list[str]] = {}
        for category, lists in self.phrases.crisis.items():
            crisis[category] = [p for lang in LANGUAGES for p in getattr(lists, lang)]
        abuse = [p for lang in LANGUAGES for p in getattr(self.phrases.abuse, lang)]
        self._crisis = Matcher(crisis)
        self._abuse = Matcher({ABUSE_KIND: abuse})

    # ---- the check ----------------------------------------------------------------------

    def check(self, text: str) -> Findings:
        """Run on every client message as it arrives: normalised once, one scan per list."""
        body = normalise(text)
        crisis = self._crisis.match_normalised(body)
        abuse = self._abuse.match_normalised(body)
        if crisis is None and abuse is None:
            return _NOTHING
        return Findings(crisis, abuse[1] if abuse is not None else None)

    def contact(self, text: str) -> str | None:
        """Contact details in a message (either side), by the operator's patterns."""
        return find_contact(text, self.phrases.contact)

    # ---- hotlines -----------------------------------------------------------------------

    def region_for(self, region: str | None) -> str:
        """The region whose hotlines fit this client: theirs if the operator lists it,
        else the fallback list, else the operator's default region."""
        regions = self.resources.regions
        if region and region in regions:
            return region
        if OTHER_REGION in regions and region:
            return OTHER_REGION
        return self.resources.default_region

    def hotlines(self, region: str | None) -> list[SupportResource]:
        return list(self.resources.regions.get(self.region_for(region), []))

    # ---- updates and the cache on this PC -----------------------------------------------

    def update(self, phrases: PhrasesOut | None, resources: ResourcesOut | None) -> None:
        if phrases is not None:
            self.phrases = phrases
        if resources is not None:
            self.resources = resources
        self._build()

    def save(self, directory: Path) -> None:
        """Keep what the backend sent, so a start without the network still has it."""
        document = {"phrases": self.phrases.model_dump(mode="json"),
                    "resources": self.resources.model_dump(mode="json")}
        path = directory / CACHE_FILE
        try:
            directory.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            log.warning("could not keep the safety lists on this PC: %s", exc)

    @classmethod
    def load(cls, directory: Path) -> Catalog:
        """The lists kept last time, else the built-in defaults (a damaged file is ignored)."""
        path = directory / CACHE_FILE
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            return cls(PhrasesOut.model_validate(document["phrases"]),
                       ResourcesOut.model_validate(document["resources"]))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
            log.warning("ignored the safety lists kept on this PC: %s", exc)
            return cls()
