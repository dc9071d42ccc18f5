"""Where quotations and paragraphs are in a text, and which words are cues of attribution
(``quote_cues.v1.yml``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ...knowledge import read_data

OPEN_CURLY, CLOSE_CURLY = "“", "”"
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"[^\n]+")
_MARK = re.compile(r"''|[“”\"]")


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    belief: frozenset[str]
    evidence: frozenset[str]
    attitude: frozenset[str]
    stance: frozenset[str]
    object_complement: frozenset[str]
    object_content: frozenset[str]
    nouns: frozenset[str]
    xcomp_content: frozenset[str]
    clause_content: frozenset[str]
    source_phrases: tuple[str, ...]
    documents: frozenset[str]
    channels: tuple[str, ...]

    @property
    def verbs(self) -> frozenset[str]:
        """Verbs that report what someone said, believes or found (the events stage reads these
        for the speaker of an event)."""
        return self.speech | self.belief | self.evidence

    @property
    def quote_verbs(self) -> frozenset[str]:
        """Every verb that cues an attribution, attitudes ("they think ...") and stances included."""
        return self.verbs | self.attitude | self.stance


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = read_data("quote_cues.v1.yml")
    verbs = data["verbs"]
    return Cues(
        speech=frozenset(verbs["speech"]),
        belief=frozenset(verbs["belief"]),
        evidence=frozenset(verbs["evidence"]),
        attitude=frozenset(verbs.get("attitude") or ()),
        stance=frozenset(verbs.get("stance") or ()),
        object_complement=frozenset(data["object_complement"]),
        object_content=frozenset(data["object_content"]),
        nouns=frozenset(data["nouns"]),
        xcomp_content=frozenset(data["xcomp_content"]),
        clause_content=frozenset(data.get("clause_content") or ()),
        source_phrases=tuple(data["source_phrases"]),
        documents=frozenset(data.get("documents") or ()),
        channels=tuple(sorted(data["channels"], key=len, reverse=True)),
    )


@lru_cache(maxsize=1)
def inflections() -> dict[str, str]:
    """Regular inflected forms of the cue verbs -> lemma, for the lemmatizer's slips ("hoped" ->
    "hop")."""
    out: dict[str, str] = {}
    for lemma in sorted(cues().quote_verbs):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = {lemma + "s", stem + "ed", stem + "ing"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        for form in forms:
            out.setdefault(form, lemma)
    return out


@dataclass(frozen=True)
class Page:
    """An article's text with its quotations and paragraphs, computed once per article
    (``Doc.text`` joins every token again on each call)."""

    text: str
    marks: list[tuple[int, int]]
    lines: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> "Page":
        lines = [m.span() for m in _LINE.finditer(text)] or [(0, len(text))]
        return cls(text, quoted_spans(text), lines)

    def paragraph(self, pos: int) -> tuple[int, int]:
        """The line (a paragraph in news text) that holds ``pos``."""
        i = max(0, bisect_right(self.lines, (pos, len(self.text) + 1)) - 1)
        return self.lines[i]

    def window(self, sent, pos: int) -> tuple[int, int]:
        """The sentence ``sent`` (a spaCy Span) cut to the paragraph of ``pos``."""
        lo, hi = self.paragraph(pos)
        return max(sent.start_char, lo), min(sent.end_char, hi)

    def quoted(self, pos: int) -> bool:
        return any(s < pos < e for s, e in self.marks)

    def widen(self, span: tuple[int, int]) -> tuple[int, int]:
        """A content that cuts a quotation in two takes the whole quotation, marks included."""
        start, end = span
        for m_start, m_end in self.marks:
            if m_start < end and start < m_end:
                start, end = min(start, m_start), max(end, m_end)
        return start, end

    def within(self, span: tuple[int, int], pos: int) -> tuple[int, int] | None:
        """``span`` cut to the paragraph of ``pos`` (the parse may run a sentence over a paragraph
        break), then widened to the quotations it touches; None when nothing is left."""
        lo, hi = self.paragraph(pos)
        start, end = max(span[0], lo), min(span[1], hi)
        if end <= start:
            return None
        return self.widen((start, end))


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
    n = len(text)
    for m in _MARK.finditer(text):
        i, mark = m.start(), m.group()
        width = len(mark)
        if mark == OPEN_CURLY:
            yield i, "open", 1
        elif mark == CLOSE_CURLY:
            yield i, "close", 1
        else:
            before = text[i - 1] if i > 0 else " "
            after = text[i + width] if i + width < n else " "
            if (before.isspace() or before in "([{—–-:/") and not after.isspace():
                yield i, "open", width
            else:
                yield i, "close", width


def _paragraph_between(breaks: list[int], a: int, b: int) -> bool:
    return any(a < p < b for p in breaks)


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()
