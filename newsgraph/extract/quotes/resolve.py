"""Attributions found by the rules, made consistent: one attribution per stretch of text.

PolNeAR-style annotation attributes each stretch of text once. A cue inside another
attribution's content is either coordinated with it ("said X and noted Y": two statements, the
first ends before "and noted") or embedded in it ("the survey showed 54 percent said ...": the
outer attribution holds it, and the inner one is not reported again). Two exceptions: a poll
that frames a sentence ("In a CNN poll, 54 percent said ...") yields to the cue inside it, and a
statement about a statement ("residents disputed the ministry's claim that ...") keeps both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .patterns import Page

_GAP = re.compile(r"^[\s,;:.—–-]*$")
_TRAILING_LINK = re.compile(r"[\s,;:—–-]*(?:\b(?:and|but|or|yet|while|also)\b[\s,;:—–-]*)*$", re.IGNORECASE)


@dataclass
class Attribution:
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: list[tuple[int, int]]
    sent: Span
    confidence: float
    verb: Token | None = None  # the cue's head word, where a rule over the parse found it
    own_subject: bool = False  # the source is the cue's own subject, not borrowed from its head
    referent: tuple[int, int] | None = None  # whom a relative pronoun source ("who said") stands for
    frame: bool = False  # a document that frames the sentence ("in a poll"); a cue inside it wins

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per content; the surer one wins, then the one whose cue is nearer (a
    quotation after "as he replied." is better claimed by its own "Trump said")."""
    best: dict[tuple, Attribution] = {}
    for att in found:
        key = tuple(att.content)
        if key not in best or _rank(att) > _rank(best[key]):
            best[key] = att
    return list(best.values())


def _rank(att: Attribution) -> tuple[float, int]:
    if att.cue is None:
        return att.confidence, -(10**9)
    distance = max(0, att.start - att.cue[1], att.cue[0] - att.end)
    return att.confidence, -distance


def unnest(found: list[Attribution], text: str) -> list[Attribution]:
    """Cut coordinated contents apart and drop embedded attributions (see the module's note)."""
    dropped: set[int] = set()
    for inner in sorted(found, key=lambda a: a.cue[0] if a.cue else -1):
        if inner.cue is None:
            continue
        outers = [a for a in found if a is not inner and id(a) not in dropped and _holds(a, inner.cue)]
        if not outers:
            continue
        outer = min(outers, key=lambda a: sum(e - s for s, e in a.content))
        if _coordinated(outer, inner):
            outer.content = _cut(outer.content, _clause_start(outer, inner), text)
            if not outer.content:
                dropped.add(id(outer))
            if not inner.own_subject:  # "he said A and added B": the subject it borrowed was A's
                inner.source, inner.referent = outer.source, outer.referent
        elif outer.frame and not inner.frame:  # "In a CNN poll, 54 percent said ...": the voters said it
            dropped.add(id(outer))
        elif not _talked_about(outer, inner):
            dropped.add(id(inner))
    return [a for a in found if id(a) not in dropped]


def _holds(att: Attribution, span: tuple[int, int]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in att.content)


def _coordinated(outer: Attribution, inner: Attribution) -> bool:
    """The inner cue is a conjunct of the outer cue or of the content's own verb."""
    verb = inner.verb
    if verb is None or verb.dep_ != "conj":
        return False
    head = verb.head
    return (outer.verb is not None and head.i == outer.verb.i) or _holds(outer, (head.idx, head.idx + len(head)))


def _talked_about(outer: Attribution, inner: Attribution) -> bool:
    """The outer cue's own subject or object is the inner statement ("residents disputed the
    ministry's claim that ..."): a statement about a statement, and both are reported."""
    noun = inner.verb
    return noun is not None and noun.pos_ == "NOUN" and outer.verb is not None and noun.head.i == outer.verb.i


def _clause_start(outer: Attribution, inner: Attribution) -> int:
    start = inner.verb.left_edge.idx if inner.verb is not None else inner.cue[0]
    if inner.own_subject and inner.source and _holds(outer, inner.source):
        start = min(start, inner.source[0])
    return start


def _cut(content: list[tuple[int, int]], cut: int, text: str) -> list[tuple[int, int]]:
    """The content before ``cut``, without the "and" or comma that joined the next clause."""
    out = []
    for s, e in content:
        if s >= cut:
            continue
        e = min(e, cut)
        e = s + len(_TRAILING_LINK.sub("", text[s:e]))
        if e > s:
            out.append((s, e))
    return out


def attach_continuations(page: Page, found: list[Attribution]) -> None:
    """A quotation that directly follows an attributed one, with nothing between but its own
    "he said" or a paragraph break, continues it: one quote, several content spans."""
    marks = page.marks
    for m in marks:
        if any(overlaps(m, c) for a in found for c in a.content):
            continue
        previous = [a for a in found if a.end <= m[0] and any(overlaps(c, q) for c in a.content for q in marks)]
        if not previous:
            continue
        att = max(previous, key=lambda a: a.end)
        gap = list(page.text[att.end : m[0]])
        for span in (att.cue, att.source):
            if span and att.end <= span[0] and span[1] <= m[0]:
                for i in range(span[0] - att.end, span[1] - att.end):
                    gap[i] = " "
        if len(gap) > 200:
            continue
        if _GAP.match("".join(gap)) or _own_attribution_sentence(att, m, found, page.text):
            att.content.append(m)


def _own_attribution_sentence(att: Attribution, mark: tuple[int, int], found: list[Attribution], text: str) -> bool:
    """"“A,” Lt. Gen. X, the top commander in Iraq, said at a news conference on Oct. 26. “B.”": what lies
    between the two quotations is the first one's own attribution (its cue is there, no other quote's
    is, no quotation mark), ending its sentence: the second quotation is the same speaker's."""
    if not att.cue or not (att.end <= att.cue[0] and att.cue[1] <= mark[0]):
        return False
    gap = text[att.end : mark[0]]
    if any(ch in gap for ch in "“”\"") or not gap.rstrip().endswith((".", "!", "?")):
        return False
    return not any(other is not att and other.cue and att.end <= other.cue[0] < mark[0] for other in found)

