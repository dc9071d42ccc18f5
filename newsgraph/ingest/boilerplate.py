"""Separate the news from what surrounds it: appeals, prompts, share lines, bylines and bios.

Rules live in ``data/boilerplate.v1.yml``. What is removed is kept, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..knowledge import read_data

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(slots=True)
class Cleaned:
    text: str
    removed: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Rules:
    patterns: tuple[re.Pattern, ...]
    max_words: int
    byline: re.Pattern
    bio: re.Pattern
    bio_roles: tuple[str, ...]
    bio_max_words: int
    bio_search_last: int


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = read_data("boilerplate.v1.yml")
    bio = data["bio"]
    return _Rules(
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["patterns"]),
        max_words=data["max_words"],
        byline=re.compile(data["byline"]),
        bio=re.compile(bio["pattern"]),
        bio_roles=tuple(bio["roles"]),
        bio_max_words=bio["max_words"],
        bio_search_last=bio["search_last"],
    )


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; a text with none is split on single newlines."""
    parts = _PARAGRAPH_BREAK.split(text.strip())
    if len(parts) == 1:
        parts = text.strip().split("\n")
    return [" ".join(p.split()) if "\n" in p.strip() and len(parts) > 1 else p.strip() for p in parts if p.strip()]


def is_boilerplate(paragraph: str) -> bool:
    r = rules()
    if len(paragraph.split()) > r.max_words:
        return False
    return any(p.search(paragraph) for p in r.patterns)


def split_names(names: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", names)
    return [p.strip(" .") for p in parts if p.strip(" .") and p.strip()[0].isupper()]


def byline_authors(paragraph: str) -> list[str] | None:
    """``By Jane Roe and John Doe, Reuters`` -> the names; None when it is not a byline."""
    if len(paragraph.split()) > 14:
        return None
    m = rules().byline.match(paragraph)
    return split_names(m.group("names")) if m else None


def bio_author(paragraph: str) -> str | None:
    """``Jane Roe is a correspondent based in Dakar.`` -> ``Jane Roe``."""
    r = rules()
    if len(paragraph.split()) > r.bio_max_words:
        return None
    m = r.bio.match(paragraph.strip())
    if not m:
        return None
    role = m.group("role").lower()
    return m.group("name") if any(word in role for word in r.bio_roles) else None


def clean(text: str, *, title: str | None = None) -> Cleaned:
    """Drop boilerplate paragraphs, a repeated headline, a leading byline and a trailing bio."""
    paragraphs = split_paragraphs(text)
    out = Cleaned(text="")
    kept: list[str] = []
    for i, para in enumerate(paragraphs):
        if title and i < 2 and not kept and _same(para, title):
            continue
        authors = byline_authors(para) if len(kept) < 3 else None
        if authors:
            out.authors.extend(a for a in authors if a not in out.authors)
            out.removed.append(para)
        elif is_boilerplate(para):
            out.removed.append(para)
        else:
            kept.append(para)
    r = rules()
    for para in list(reversed(kept))[: r.bio_search_last]:
        name = bio_author(para)
        if name:
            kept.remove(para)
            out.removed.append(para)
            if name not in out.authors:
                out.authors.append(name)
            break
    out.text = "\n\n".join(kept)
    return out


def _same(a: str, b: str) -> bool:
    norm = lambda s: " ".join(re.sub(r"[^\w\s]", "", s.lower()).split())  # noqa: E731
    return norm(a) == norm(b)
