"""What a reader hands on: the raw fields of one article before cleaning, or why there is none."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Notice


@dataclass(slots=True)
class Draft:
    """One article as read from its container (file, feed item, JSONL line), not yet cleaned."""

    text: str
    origin: str
    format: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | None = None
    url: str | None = None
    source: str | None = None
    input_id: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)


@dataclass(slots=True)
class Rejection:
    """An input that could not become an article, with a stable reason code and a message."""

    origin: str
    reason: str
    message: str

    def line(self) -> str:
        return f"{self.origin}: {self.message} [{self.reason}]"
