"""Quotes and attributions: who said (wrote, claimed, feared ...) what, direct, indirect or mixed.

Rules over the shared parse, after citron and PARC: a cue verb from ``quote_cues.v1.yml`` with a
subject (the source) and a content (its clausal complement, an adjacent quotation, or the clause
it closes: "..., officials said"); "according to X"; and quotations that continue a quote
split around "he said". The speaker is the actor whose mention the source overlaps, when the
actors stage ran first; the date and place come from the times and places stages the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...model import Quote
from ..base import Stage
from ..times.anchor import anchor_date
from .patterns import cues, quoted_spans

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_SOURCE_RIGHT_DEPS = {"compound", "flat", "nummod", "prep", "pobj", "amod", "nmod", "poss"}
_CLAUSAL = {"ccomp", "parataxis"}
_CONTENT_MARKS = {"that", "for", "whether", "how", "why"}
_CONTENT_PREPS = {"for", "about", "of", "on", "against", "to"}
_INHERITS_SUBJECT = {"advcl", "conj", "xcomp"}
_GAP = re.compile(r"^[\s,;:.—–-]*$")
_CHANNEL_PREP = r"(?:in|at|during|on|via|through|from)\s+(?:an?|the|his|her|its|their|a\s+\w+|an\s+\w+)?\s*"


@dataclass
class Attribution:
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: list[tuple[int, int]]
    sent: Span
    confidence: float

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


class QuoteStage(Stage):
    name = "newsgraph.quotes.v1"
    assigns = ("quotes",)

    def __init__(self, *, min_content_tokens: int = 1):
        self.cues = cues()
        self.verbs = self.cues.verbs  # a union: computed once, looked up per token
        self.phrase_starts = {phrase.split()[0] for phrase in self.cues.source_phrases}
        self.min_content_tokens = min_content_tokens

    def predict(self, doc: Doc) -> dict:
        marks = quoted_spans(doc.text)
        found: list[Attribution] = []
        for sent in doc.sents:
            for token in sent:
                att = self._from_verb(token, sent, marks) or self._from_source_phrase(token, sent) or self._from_noun(token, marks)
                if att and self._long_enough(doc, att):
                    found.append(att)
        found = _dedupe(found)
        found += self._from_colons(doc, marks, found)
        _attach_continuations(doc, found, marks)
        return {"quotes": [self._record(doc, att, marks) for att in sorted(found, key=lambda a: a.start)]}

    # -- recognition ---------------------------------------------------------------------------

    def _is_cue(self, token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.verbs

    def _from_verb(self, verb: Token, sent: Span, marks) -> Attribution | None:
        if not self._is_cue(verb) or _inside(verb.idx, marks):
            return None
        subject = _subject(verb)
        if subject is None:
            return None
        agent = _agent(verb) if subject.dep_ == "nsubjpass" else None
        if agent is not None:  # "The move was first reported by MSNBC": the subject is what was said
            content = [_widen_to_quotes((subject.left_edge.idx, _end(subject.right_edge)), marks)]
            source_token = agent
        else:
            content = self._content(verb, subject, sent, marks)
            source_token = subject
        if not content:
            return None
        confidence = 0.9 if any(_overlaps(c, m) for c in content for m in marks) else 0.75
        return Attribution((verb.idx, verb.idx + len(verb)), _source_span(source_token), content, sent, confidence)

    def _content(self, verb: Token, subject: Token, sent: Span, marks) -> list[tuple[int, int]]:
        doc = verb.doc
        # 1. a clausal complement: "officials say that ...", "“...,” he said"
        for child in verb.children:
            if child.dep_ in _CLAUSAL and child.i != subject.i:
                return [_widen_to_quotes((child.left_edge.idx, _end(child.right_edge)), marks)]
        # 1b. a subordinate clause that is the content: "calling for the U.S. to step up ..."
        for child in verb.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONTENT_MARKS for m in child.children):
                return [_widen_to_quotes((child.left_edge.idx, _end(child.right_edge)), marks)]
        # 2. object + complement: "urged his followers to unleash ..."
        if verb.lemma_.lower() in self.cues.object_complement:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if xcomp is not None:
                start = obj.left_edge.idx if obj is not None else xcomp.left_edge.idx
                return [_widen_to_quotes((start, _end(xcomp.right_edge)), marks)]
        lemma = verb.lemma_.lower()
        # 2b. an infinitive: "vowed to restore security", "plans to deploy"
        if lemma in self.cues.xcomp_content:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if xcomp is not None:
                return [_widen_to_quotes((xcomp.left_edge.idx, _end(xcomp.right_edge)), marks)]
        # 3. a quotation next to the cue clause: "he said: “...”" or "“...” said Townsend"
        own_subject = subject.head.i == verb.i
        clause_start = min(subject.left_edge.idx, verb.idx) if own_subject else verb.idx
        clause_end = _end(verb)
        for m_start, m_end in marks:
            after = doc.text[clause_end:m_start]
            if clause_end <= m_start <= clause_end + 60 and not _has_mark(after) and (_GAP.match(after) or after.rstrip().endswith(":")):
                return [(m_start, m_end)]
            before = doc.text[m_end:clause_start]
            if m_end <= clause_start <= m_end + 3 and _GAP.match(before):
                return [(m_start, m_end)]
        # 3b. an object, with its complement: "called the show “a disgrace”", "criticized the plan"
        if lemma in self.cues.object_content:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                end = obj.right_edge
                for c in verb.children:
                    if c.i > obj.i and c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i):
                        end = max(end, c.right_edge, key=lambda t: t.i)
                return [_widen_to_quotes((obj.left_edge.idx, _end(end)), marks)]
        # 3a. "As the Post reported, Republicans now control 30 chambers": the main clause
        if verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
            clause = (verb.left_edge.idx, _end(verb.right_edge))
            pieces = [p for p in _outside(sent, [clause]) if len(doc.text[p[0] : p[1]].strip(" ,.;—–-")) > 2]
            if pieces:
                return [_strip(doc.text, p) for p in pieces]
        # 3c. a parenthetical cue: "In three years, Barden says, far too many lives were lost."
        if verb.dep_ == "parataxis":
            clause = (min(subject.left_edge.idx, verb.idx), _end(verb))
            pieces = [p for p in _outside(sent, [clause]) if len(doc.text[p[0] : p[1]].strip(" ,.;—–-")) > 2]
            return [_strip(doc.text, p) for p in pieces]
        # 3d. any object, or the object of a preposition: "said the same thing", "calling for talks"
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
        if obj is not None and lemma not in ("tell", "ask", "inform", "remind", "assure"):
            return [_widen_to_quotes((obj.left_edge.idx, _end(obj.right_edge)), marks)]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and c.i > verb.i):
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return [_widen_to_quotes((pobj.left_edge.idx, _end(pobj.right_edge)), marks)]
        # 4. a clause the cue closes: "Troops shelled the town, officials said (on Tuesday)."
        if verb.dep_ == "ROOT" and clause_start > sent.start_char and verb.i > subject.i:
            lead = doc.text[sent.start_char:clause_start]
            tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct]
            closes = len(tail) <= 8 and not any(t.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for t in tail)
            if closes and lead.rstrip().endswith((",", "—", "–", "-")):
                lead = lead.rstrip(" ,—–-")
                return [_widen_to_quotes((sent.start_char, sent.start_char + len(lead)), marks)]
        return []

    def _from_source_phrase(self, token: Token, sent: Span) -> Attribution | None:
        """"according to X" and "citing X": the rest of the sentence is the content."""
        if token.lower_ not in self.phrase_starts:
            return None
        text = sent.doc.text
        for phrase in self.cues.source_phrases:
            first = phrase.split()[0]
            if token.lower_ != first or not text[token.idx : token.idx + len(phrase)].lower() == phrase:
                continue
            words = len(phrase.split())
            last = sent.doc[min(token.i + words - 1, sent.end - 1)]
            objects = [t for t in last.subtree if t.dep_ == "pobj"] or [t for t in last.children if t.dep_ in ("dobj", "pobj")]
            if not objects:
                return None
            source_head = objects[0]
            source = (source_head.left_edge.idx, _end(source_head.right_edge))
            phrase_span = (token.idx, source[1])
            content = _sentence_minus(sent, phrase_span)
            if not content:
                return None
            cue = (token.idx, _end(last))
            return Attribution(cue, source, [content], sent, 0.8)
        return None

    def _from_noun(self, noun: Token, marks) -> Attribution | None:
        """"his call for talks", "the ministry's claim that the strike hit a depot"."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.cues.nouns or _inside(noun.idx, marks):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        content = None
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                content = (child.left_edge.idx, _end(child.right_edge))
                break
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "to", "on", "against", "about") and child.i > noun.i:
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    content = (pobj.left_edge.idx, _end(pobj.right_edge))
                    break
            if child.dep_ == "acl" and child.i > noun.i:  # "her plan to deploy troops"
                content = (child.left_edge.idx, _end(child.right_edge))
                break
        if content is None:
            return None
        return Attribution((noun.idx, _end(noun)), _source_span(owner), [_widen_to_quotes(content, marks)], noun.sent, 0.6)

    def _from_colons(self, doc: Doc, marks, found: list[Attribution]) -> list[Attribution]:
        """A quotation introduced by a colon with no cue verb: "The Times reports:" is caught by the
        verb rules; "Wait, it gets better: “...”" is attributed to the colon's clause."""
        out = []
        text = doc.text
        for m in marks:
            if any(_overlaps(m, c) for a in found for c in a.content):
                continue
            before = text[: m[0]].rstrip()
            if not before.endswith(":"):
                continue
            colon = len(before) - 1
            span = doc.char_span(colon, colon + 1, alignment_mode="expand")
            if span is None:
                continue
            sent = span[0].sent
            subject = next((t for t in sent.root.children if t.dep_ in _SUBJECT_DEPS), None)
            source = _source_span(subject) if subject is not None else None
            out.append(Attribution((colon, colon + 1), source, [m], sent, 0.6))
        return out

    def _long_enough(self, doc: Doc, att: Attribution) -> bool:
        words = sum(len(doc.text[s:e].split()) for s, e in att.content)
        return words >= self.min_content_tokens

    # -- records ---------------------------------------------------------------------------

    def _record(self, doc: Doc, att: Attribution, marks) -> Quote:
        text = doc.text
        content_text = " ".join(text[s:e] for s, e in att.content)
        quoted = [m for m in marks if any(_overlaps(m, c) for c in att.content)]
        if quoted and all(any(m[0] <= c[0] and c[1] <= m[1] for m in quoted) for c in att.content):
            kind = "direct"
        elif quoted:
            kind = "mixed"
        else:
            kind = "indirect"
        facts = doc._.ng_facts
        speaker = _actor_for(facts, att.source) if att.source else None
        outside = _outside(att.sent, att.content)
        article = doc._.ng_article
        when = anchor_date(text, att.start, outside, facts.records.get("times", []), article.published if article else None)
        return Quote(
            text=content_text,
            start=att.start,
            end=att.end,
            content_spans=[list(c) for c in att.content],
            kind=kind,
            speaker=speaker,
            speaker_text=text[att.source[0] : att.source[1]] if att.source else None,
            speaker_start=att.source[0] if att.source else None,
            speaker_end=att.source[1] if att.source else None,
            cue=text[att.cue[0] : att.cue[1]] if att.cue else None,
            cue_start=att.cue[0] if att.cue else None,
            cue_end=att.cue[1] if att.cue else None,
            said_on=when.value if when else None,
            said_on_confidence=when.confidence if when else None,
            said_at=_place_at(doc, facts, att),
            channel=self._channel(text, outside),
            stage=self.name,
            confidence=att.confidence,
        )

    def _channel(self, text: str, outside: list[tuple[int, int]]) -> str | None:
        for s, e in outside:
            piece = text[s:e]
            for channel in self.cues.channels:
                m = re.search(_CHANNEL_PREP + re.escape(channel) + r"\b", piece, re.IGNORECASE)
                if m:
                    return re.sub(r"^\w+\s+", "", m.group(0)).strip()
        return None


# -- helpers over the parse -----------------------------------------------------------------------


def _end(token: Token) -> int:
    return token.idx + len(token)


def _has_mark(text: str) -> bool:
    return any(ch in text for ch in '"“”') or "''" in text


def _inside(pos: int, marks) -> bool:
    return any(s < pos < e for s, e in marks)


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _subject(verb: Token) -> Token | None:
    """The verb's subject; "adding"/"and said" borrow their head's (up a short chain of
    coordinated verbs); "who said" is its own source."""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "calls saying shots were fired", "a poll showing ..."
    token = verb
    for _ in range(3):
        if token.dep_ not in _INHERITS_SUBJECT or token.head.i == token.i:
            return None
        token = token.head
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _source_span(subject: Token) -> tuple[int, int]:
    """The subject phrase without its appositions and relative clauses ("Hugh Hill, a doctor")."""
    last = subject
    for child in subject.rights:
        if child.dep_ in _SOURCE_RIGHT_DEPS and child.right_edge.i - subject.i <= 8:
            last = child.right_edge
        else:
            break
    return subject.left_edge.idx, _end(last)


def _widen_to_quotes(span: tuple[int, int], marks) -> tuple[int, int]:
    """A content that cuts a quotation in two takes the whole quotation, marks included."""
    start, end = span
    for m_start, m_end in marks:
        if _overlaps((start, end), (m_start, m_end)):
            start, end = min(start, m_start), max(end, m_end)
    return start, end


def _sentence_minus(sent: Span, cut: tuple[int, int]) -> tuple[int, int] | None:
    text = sent.doc.text
    before = (sent.start_char, cut[0])
    after = (cut[1], sent.end_char)
    b_len = len(text[before[0] : before[1]].strip(" ,"))
    a_len = len(text[after[0] : after[1]].strip(" ,."))
    start, end = before if b_len >= a_len else after
    piece = text[start:end]
    lstrip = len(piece) - len(piece.lstrip(" ,"))
    rstrip = len(piece) - len(piece.rstrip(" ,"))
    start, end = start + lstrip, end - rstrip
    return (start, end) if end - start > 2 else None


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in " ,;—–-\n":
        s += 1
    while e > s and text[e - 1] in " ,;.—–-\n":
        e -= 1
    return s, e


def _outside(sent: Span, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the sentence that are not content: where a cue's time and place are said."""
    pieces, pos = [], sent.start_char
    for s, e in sorted(content):
        if s > pos:
            pieces.append((pos, min(s, sent.end_char)))
        pos = max(pos, e)
    if pos < sent.end_char:
        pieces.append((pos, sent.end_char))
    return [p for p in pieces if p[1] > p[0]]


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per (cue, content); the surer one wins."""
    best: dict[tuple, Attribution] = {}
    for att in found:
        key = (att.cue, tuple(att.content))
        if key not in best or att.confidence > best[key].confidence:
            best[key] = att
    return list(best.values())


def _attach_continuations(doc: Doc, found: list[Attribution], marks) -> None:
    """A quotation that directly follows an attributed one, with nothing between but its own
    "he said" or a paragraph break, continues it: one quote, several content spans."""
    for m in marks:
        if any(_overlaps(m, c) for a in found for c in a.content):
            continue
        previous = [a for a in found if a.end <= m[0] and any(_overlaps(c, q) for c in a.content for q in marks)]
        if not previous:
            continue
        att = max(previous, key=lambda a: a.end)
        gap = list(doc.text[att.end : m[0]])
        for span in (att.cue, att.source):
            if span and att.end <= span[0] and span[1] <= m[0]:
                for i in range(span[0] - att.end, span[1] - att.end):
                    gap[i] = " "
        if len(gap) <= 200 and _GAP.match("".join(gap)):
            att.content.append(m)


def _actor_for(facts, span: tuple[int, int]) -> str | None:
    for actor in facts.records.get("actors", []):
        for mention in actor.mentions:
            if _overlaps((mention.start, mention.end), span):
                return actor.id
    return None


def _hangs_from(token: Token, verb: Token, max_steps: int = 6) -> bool:
    """Whether ``token`` reaches ``verb`` through prepositional phrases only ("at a news
    conference from Baghdad"), not through a clause or a noun's description."""
    for _ in range(max_steps):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _place_at(doc: Doc, facts, att: Attribution) -> str | None:
    """The place a statement was made: a place in a prepositional phrase of the cue verb itself
    ("said in Baghdad", "said at a news conference from Baghdad"), never one in the source's
    description ("the commander in Iraq") or in the content."""
    if not att.cue:
        return None
    cue = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
    if cue is None:
        return None
    verb = cue.root
    for place in facts.records.get("places", []):
        for m in place.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or any(_overlaps((m.start, m.end), c) for c in att.content):
                continue
            if span.root.head.lower_ in ("in", "from", "at") and _hangs_from(span.root, verb):
                return place.id
    return None
