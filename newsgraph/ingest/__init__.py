"""Ingest: any input -> Articles. ``read_articles`` yields an Article (with its warnings) or a
Rejection for each thing found in a path, in order, and never stops at a bad one."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterator

from ..config import Settings
from ..model import Article, Notice
from .draft import Draft, Rejection
from .finish import article_id, finish
from .sources import STDIN, iter_drafts

Ingested = tuple[Article, list[Notice]]


def read_articles(
    path: str | Path, settings: Settings, *, published: date | None = None, stdin: BinaryIO | None = None
) -> Iterator[Ingested | Rejection]:
    for item in iter_drafts(path, max_bytes=settings.max_bytes, stdin=stdin):
        yield item if isinstance(item, Rejection) else finish(item, settings, published=published)


__all__ = ["read_articles", "article_id", "Draft", "Rejection", "Ingested", "STDIN"]
