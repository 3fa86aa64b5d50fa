"""What every request body accepts at the edge, shared by each module's request models.

- Text carries no control characters but newline and tab: they are invisible, break
  rendering and logs, and PostgreSQL refuses NUL in text outright.
- A JSON `true` is not an integer (pydantic would take it as 1): `max_concurrent: true`
  is refused rather than read as one chat.
- Integers fit in 64 bits (see `MAX_INT64`), so no number reaches the database that it
  cannot hold.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator

MAX_INT64 = 2**63 - 1
# Row versions (notes, quick replies) are 32-bit columns: a base past this cannot match.
MAX_VERSION = 2**31 - 1
# C0 controls but \t and \n, DEL, and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def _check_text(value: Any) -> None:
    if isinstance(value, str):
        if has_control_characters(value):
            raise ValueError("must not contain control characters (only newline and tab)")
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _check_text(item)


class StrictRequest(BaseModel):
    """Base of every request body: unknown fields refused, text and integers checked."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_bool_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, bool) and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            if annotation is not bool and "bool" not in str(annotation):
                raise ValueError("must be a number, not true or false")
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT64:
            raise ValueError("is too large")
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        _check_text(value)
        return value
