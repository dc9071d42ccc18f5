"""Where quotations are in a text, and which words are cues of attribution (``quote_cues.v1.yml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...knowledge import read_data

OPEN_CURLY, CLOSE_CURLY = "“", "”"
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    belief: frozenset[str]
    evidence: frozenset[str]
    object_complement: frozenset[str]
    object_content: frozenset[str]
    nouns: frozenset[str]
    xcomp_content: frozenset[str]
    source_phrases: tuple[str, ...]
    channels: tuple[str, ...]

    @property
    def verbs(self) -> frozenset[str]:
        return self.speech | self.belief | self.evidence


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = read_data("quote_cues.v1.yml")
    verbs = data["verbs"]
    return Cues(
        speech=frozenset(verbs["speech"]),
        belief=frozenset(verbs["belief"]),
        evidence=frozenset(verbs["evidence"]),
        object_complement=frozenset(data["object_complement"]),
        object_content=frozenset(data["object_content"]),
        nouns=frozenset(data["nouns"]),
        xcomp_content=frozenset(data["xcomp_content"]),
        source_phrases=tuple(data["source_phrases"]),
        channels=tuple(sorted(data["channels"], key=len, reverse=True)),
    )


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as (start, end) offsets including their marks, in text order.

    Curly marks say which way they face; a straight mark (or two apostrophes) opens after a space
    and closes after a word. A quotation still open at the end of a paragraph continues when the next paragraph
    opens with a mark (the newspaper convention for quotes over several paragraphs); otherwise
    it is dropped."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    last = 0  # the last mark of the open quotation: paragraph breaks are checked from there
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    for pos, kind, width in _marks(text):
        if open_at is not None and _paragraph_between(breaks, last, pos):
            if kind == "open" and _starts_paragraph(text, pos):
                last = pos
                continue
            open_at = None
        if kind == "open" and open_at is None:
            open_at = last = pos
        elif kind == "close" and open_at is not None:
            spans.append((open_at, pos + width))
            open_at = None
    return spans


def _marks(text: str):
    """(offset, "open" | "close", width) of each quotation mark. Two apostrophes ('') are a
    double mark, as in newspaper archives' plain-text exports."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        width = 2 if text.startswith("''", i) else 1
        if ch == OPEN_CURLY:
            yield i, "open", 1
        elif ch == CLOSE_CURLY:
            yield i, "close", 1
        elif ch == '"' or width == 2:
            before = text[i - 1] if i > 0 else " "
            after = text[i + width] if i + width < n else " "
            if (before.isspace() or before in "([{—–-:/") and not after.isspace():
                yield i, "open", width
            else:
                yield i, "close", width
        i += width


def _paragraph_between(breaks: list[int], a: int, b: int) -> bool:
    return any(a < p < b for p in breaks)


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()
