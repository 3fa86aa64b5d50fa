"""Counts in the operator's command-line output: "1 line", "2 lines", never "1 lines"."""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
