"""Quotes and attributions: who said (wrote, claimed, feared ...) what, direct, indirect or mixed.

Rules over the shared parse, after citron and PARC: a cue verb from ``quote_cues.v1.yml`` with a
subject (the source) and a content (its clausal complement, an adjacent quotation, or the clause
it closes: "..., officials said"); "according to X"; and quotations that continue a quote
split around "he said". The speaker is the actor whose mention the source overlaps, when the
actors stage ran first; the date and place come from the times and places stages the same way.
Each stretch of text is attributed once, as PolNeAR annotates: see ``resolve``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...model import Quote
from ..base import Stage
from ..times.anchor import anchor_date
from .patterns import Page, cues, inflections
from .resolve import Attribution, attach_continuations, dedupe, overlaps, unnest

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_SOURCE_RIGHT_DEPS = {"compound", "flat", "nummod", "prep", "pobj", "amod", "nmod", "poss"}
_CLAUSAL = {"ccomp", "parataxis"}
_CONTENT_MARKS = {"that", "for", "whether", "how", "why"}
_OBJECT_PREPS = {"as", "of", "for", "over"}  # what a stance is about: "accused X of", "blamed X for"
_CONTENT_PREPS = {"for", "about", "of", "on", "against", "to"}
_INHERITS_SUBJECT = {"advcl", "conj", "xcomp"}
_RELATIVE = {"who", "which", "that"}
_NAME_LINE_CHARS = 60  # "McCain Challenger Kelli Ward: ..." but not a sentence that has a colon
_SIGNATURE = re.compile(r"\s*([-—―–])\s*")  # "”\n\n- Bernie Sanders.", "” ― Steve Quinlan"
_GAP = re.compile(r"^[\s,;:.—–-]*$")
_CHANNEL_PREP = r"(?:in|at|during|on|via|through|from)\s+(?:an?|the|his|her|its|their|a\s+\w+|an\s+\w+)?\s*"

Spans = list[tuple[int, int]]


class QuoteStage(Stage):
    name = "newsgraph.quotes.v1"
    assigns = ("quotes",)

    def __init__(self, *, min_content_tokens: int = 1):
        self.cues = cues()
        self.verbs = self.cues.quote_verbs  # a union: computed once, looked up per token
        self.forms = inflections()
        self.phrase_starts = {phrase.split()[0] for phrase in self.cues.source_phrases}
        self.channel_nouns = frozenset(channel.split()[-1] for channel in self.cues.channels)
        names = "|".join(re.escape(channel) for channel in self.cues.channels)
        self.channel_re = re.compile(_CHANNEL_PREP + f"({names})" + r"\b", re.IGNORECASE)
        self.channel_rank = {channel.lower(): i for i, channel in enumerate(self.cues.channels)}
        self.min_content_tokens = min_content_tokens

    def predict(self, doc: Doc) -> dict:
        article = doc._.ng_article
        # the article's own string: the Doc was made from it, and ``Doc.text`` rebuilds it token by token
        page = Page.of(article.text if article is not None and len(doc) else doc.text)
        found: list[Attribution] = []
        for sent in doc.sents:
            for token in sent:
                att = (
                    self._from_verb(token, sent, page)
                    or self._from_source_phrase(token, sent, page)
                    or self._from_document(token, sent, page)
                    or self._from_noun(token, page)
                )
                if att and self._long_enough(page.text, att):
                    found.append(att)
        found = unnest(dedupe(found), page.text)
        found += self._from_colons(doc, page, found)
        found += self._from_name_lines(doc, page, found)
        found += self._from_signatures(doc, page, found)
        attach_continuations(page, found)
        return {"quotes": [self._record(doc, page, att) for att in sorted(found, key=lambda a: a.start)]}

    # -- recognition ---------------------------------------------------------------------------

    def _lemma(self, token: Token) -> str:
        lemma = token.lemma_.lower()
        return lemma if lemma in self.verbs else self.forms.get(token.lower_, lemma)

    def _is_cue(self, token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and self._lemma(token) in self.verbs

    def _from_verb(self, verb: Token, sent: Span, page: Page) -> Attribution | None:
        if not self._is_cue(verb) or page.quoted(verb.idx):
            return None
        subject = _subject(verb, page, self.channel_nouns) or _inverted_subject(verb, page)
        agent = _agent(verb)
        confidence = 0.75
        if agent is not None and subject is not None and subject.dep_ == "nsubjpass":
            # "The move was first reported by MSNBC": the subject is what was said
            content = _clipped(page, (subject.left_edge.idx, _end(subject.right_edge)), verb.idx)
            source_token = agent
        elif subject is not None:
            content, confidence = self._content(verb, subject, sent, page)
            source_token = subject
        else:
            return None
        if not content:
            return None
        if confidence == 0.75 and any(overlaps(c, m) for c in content for m in page.marks):
            confidence = 0.9
        own = source_token.head.i == verb.i or source_token is agent
        source = _source_span(source_token)
        return Attribution((verb.idx, _end(verb)), source, content, sent, confidence, verb, own, _antecedent(source_token))

    def _content(self, verb: Token, subject: Token, sent: Span, page: Page) -> tuple[Spans, float]:
        """The content and a confidence: 0.5 for a quotation across a sentence end from its cue."""
        doc, text, marks = verb.doc, page.text, page.marks
        para = page.paragraph(verb.idx)
        window = page.window(sent, verb.idx)

        def clip(start: int, end: int) -> Spans:
            return _clipped(page, (start, end), verb.idx)

        # 0. a quotation that ends where the cue clause begins: "“...,” Kiedis said, mentioning ...";
        # the parser often hangs what follows the cue on it as a second complement
        own_subject = subject.head.i == verb.i
        clause_start = min(subject.left_edge.idx, verb.idx) if own_subject else verb.idx
        for m_start, m_end in marks:
            before = text[m_end:clause_start]
            if m_end <= clause_start <= m_end + 3 and _GAP.match(before) and "\n" not in before:
                if _hands_over(text, m_end) and _opens_utterance(text, m_start):
                    return [(m_start, m_end)], 0.9
        # 1. a clausal complement: "officials say that ...", "“...,” he said"; the nearest one in
        # the cue's paragraph (a parse that runs over a paragraph break hangs others on it too)
        clauses = [c for c in verb.children if c.dep_ in _CLAUSAL and c.i != subject.i and para[0] <= c.idx < para[1]]
        if clauses:
            child = min(clauses, key=lambda c: (_distance(verb, c), c.dep_ != "ccomp"))
            if content := clip(child.left_edge.idx, _end(child.right_edge)):
                return content, 0.75
        # 1b. a subordinate clause that is the content: "calling for the U.S. to step up ..."
        for child in verb.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONTENT_MARKS for m in child.children):
                return clip(child.left_edge.idx, _end(child.right_edge)), 0.75
        # 1c. a that-clause the parser hung inside the cue's own phrase: "said in a series of
        # Twitter messages that the truck was carrying arms" (not a relative "that")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
            clause = next((t for t in prep.subtree if t.dep_ in ("relcl", "acl", "ccomp") and _that_clause(t)), None)
            if clause is not None:
                return clip(clause.left_edge.idx, _end(clause.right_edge)), 0.75
        lemma = self._lemma(verb)
        # 2. object + complement: "urged his followers to unleash ..."
        if lemma in self.cues.object_complement:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if xcomp is not None:
                start = obj.left_edge.idx if obj is not None else xcomp.left_edge.idx
                return clip(start, _end(xcomp.right_edge)), 0.75
        # 2b. an infinitive: "vowed to restore security", "plans to deploy"; after a verb of saying,
        # a clause the parser took for one ("he said legalizing it could put thousands to work")
        if lemma in self.cues.xcomp_content or lemma in self.cues.speech:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if xcomp is not None:
                return clip(xcomp.left_edge.idx, _end(xcomp.right_edge)), 0.75
        # 3. a quotation after the cue clause: "he said: “...”" (one before it is rule 0)
        clause_end = _end(verb)
        for m_start, m_end in marks:
            after = text[clause_end:m_start]
            if clause_end <= m_start <= clause_end + 60 and not _has_mark(after) and (_GAP.match(after) or after.rstrip().endswith(":")):
                return [(m_start, m_end)], 0.5 if "." in after else 0.9
        # 3b. an object, with its complement: "called the show “a disgrace”", "criticized the plan",
        # "accused Cruz of opposing the bill", "praised her for her courage"
        if lemma in self.cues.object_content:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd")), None)
            if obj is not None:
                end = obj.right_edge
                for c in verb.children:
                    if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)):
                        end = max(end, c.right_edge, key=lambda t: t.i)
                return clip(obj.left_edge.idx, _end(end)), 0.75
        # 3a. "As the Post reported, Republicans now control 30 chambers": the main clause
        if verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
            clause = (verb.left_edge.idx, _end(verb.right_edge))
            pieces = [p for p in _outside(window, [clause]) if len(text[p[0] : p[1]].strip(" ,.;—–-")) > 2]
            if pieces:
                return [_strip(text, p) for p in pieces], 0.75
        # 3c. a parenthetical cue: "In three years, Barden says, far too many lives were lost."
        if verb.dep_ == "parataxis":
            clause = (min(subject.left_edge.idx, verb.idx), _end(verb))
            pieces = [p for p in _outside(window, [clause]) if len(text[p[0] : p[1]].strip(" ,.;—–-")) > 2]
            return [_strip(text, p) for p in pieces], 0.75
        if lemma in self.cues.clause_content:  # "think of the river as a border" says nothing is so
            return [], 0.75
        # 3d. any object, or the object of a preposition: "said the same thing", "calling for talks"
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
        if obj is not None and lemma not in ("tell", "ask", "inform", "remind", "assure"):
            return clip(obj.left_edge.idx, _end(obj.right_edge)), 0.75
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and c.i > verb.i):
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return clip(pobj.left_edge.idx, _end(pobj.right_edge)), 0.75
        # 4. a clause the cue closes: "Troops shelled the town, officials said (on Tuesday)."
        if verb.dep_ == "ROOT" and clause_start > window[0] and verb.i > subject.i:
            lead = text[window[0] : clause_start]
            tail = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct]
            closes = len(tail) <= 8 and not any(t.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for t in tail)
            if closes and lead.rstrip().endswith((",", "—", "–", "-")):
                lead = lead.rstrip(" ,—–-")
                return clip(window[0], window[0] + len(lead)), 0.75
        return [], 0.75

    def _from_source_phrase(self, token: Token, sent: Span, page: Page) -> Attribution | None:
        """"according to X" and "citing X": the rest of the sentence is the content."""
        if token.lower_ not in self.phrase_starts:
            return None
        text = page.text
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
            content = _sentence_minus(text, page.window(sent, token.idx), (token.idx, source[1]))
            if not content:
                return None
            cue = (token.idx, _end(last))
            return Attribution(cue, source, [content], sent, 0.8)
        return None

    def _from_document(self, prep: Token, sent: Span, page: Page) -> Attribution | None:
        """"In a CNN poll released Monday, Clinton leads by six points": the poll says the rest."""
        if prep.lower_ != "in" or prep.dep_ != "prep":
            return None
        document = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in self.cues.documents), None)
        if document is None:
            return None
        content = _sentence_minus(page.text, page.window(sent, prep.idx), (prep.idx, _end(document.right_edge)))
        if not content:
            return None
        source = (document.left_edge.idx, _end(document.right_edge))
        return Attribution((prep.idx, _end(prep)), source, [content], sent, 0.6, prep, True, frame=True)

    def _from_noun(self, noun: Token, page: Page) -> Attribution | None:
        """"his call for talks", "the ministry's claim that the strike hit a depot"."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.cues.nouns or page.quoted(noun.idx):
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
        spans = _clipped(page, content, noun.idx)
        if not spans:
            return None
        return Attribution((noun.idx, _end(noun)), _source_span(owner), spans, noun.sent, 0.6, noun, True)

    def _from_colons(self, doc: Doc, page: Page, found: list[Attribution]) -> list[Attribution]:
        """A quotation introduced by a colon with no cue verb: "The Times reports:" is caught by the
        verb rules; "Wait, it gets better: “...”" is attributed to the colon's clause."""
        out = []
        text = page.text
        for m in page.marks:
            if any(overlaps(m, c) for a in found for c in a.content):
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

    def _from_name_lines(self, doc: Doc, page: Page, found: list[Attribution]) -> list[Attribution]:
        """A line that opens with a name and a colon is what that name said: headlines ("Graham:
        Trump's rhetoric is destroying the party") and transcripts ("FALLIN: I think ...")."""
        out = []
        text = page.text
        for start, end in page.lines:
            colon = text.find(":", start, min(end, start + _NAME_LINE_CHARS))
            if colon < 0 or text[colon + 1 : colon + 2] not in (" ", "\t") or not text[start].isupper():
                continue
            content = _strip(text, (colon + 1, end))
            words = [w for w in text[content[0] : content[1]].split() if w[:1].isalpha()]
            if len(words) < 3 or any(overlaps(content, c) for a in found for c in a.content):  # not "Clinton: 1,769"
                continue
            name = doc.char_span(start, colon, alignment_mode="contract")
            if name is None or len(name) > 6 or name[-1].pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in name):
                continue
            out.append(Attribution((colon, colon + 1), (start, colon), [content], name.sent, 0.6))
        return out

    def _from_signatures(self, doc: Doc, page: Page, found: list[Attribution]) -> list[Attribution]:
        """A quotation signed by a dash and a name: "“We can build a wall around him.” ― Steve
        Quinlan", or a quoted paragraph followed by a line "- Bernie Sanders."."""
        out = []
        text = page.text
        for m in page.marks:
            if any(overlaps(m, c) for a in found for c in a.content):
                continue
            dash = _SIGNATURE.match(text, m[1])
            if dash is None:
                continue
            start = dash.end()
            name = doc.char_span(start, page.paragraph(start)[1], alignment_mode="contract")
            if name is None or not len(name) or name[0].pos_ != "PROPN":
                continue
            last = name[0]
            for token in name[1:]:
                if token.pos_ != "PROPN":
                    break
                last = token
            if last.i - name[0].i < 8:
                out.append(Attribution(dash.span(1), (name[0].idx, _end(last)), [m], name.sent, 0.6))
        return out

    def _long_enough(self, text: str, att: Attribution) -> bool:
        words = sum(len(text[s:e].split()) for s, e in att.content)
        return words >= self.min_content_tokens

    # -- records ---------------------------------------------------------------------------

    def _record(self, doc: Doc, page: Page, att: Attribution) -> Quote:
        text, marks = page.text, page.marks
        content_text = " ".join(text[s:e] for s, e in att.content)
        quoted = [m for m in marks if any(overlaps(m, c) for c in att.content)]
        if quoted and all(any(m[0] <= c[0] and c[1] <= m[1] for m in quoted) for c in att.content):
            kind = "direct"
        elif quoted:
            kind = "mixed"
        else:
            kind = "indirect"
        facts = doc._.ng_facts
        speaker = _actor_for(facts, att.referent or att.source) if att.source else None
        outside = _outside((att.sent.start_char, att.sent.end_char), att.content)
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

    def _channel(self, text: str, outside: Spans) -> str | None:
        """The channel named in the sentence outside the content; the longest name wins."""
        for s, e in outside:
            found = [(self.channel_rank[m.group(1).lower()], m.start(), m) for m in self.channel_re.finditer(text, s, e)]
            if found:
                return re.sub(r"^\w+\s+", "", min(found, key=lambda f: f[:2])[2].group(0)).strip()
        return None


# -- helpers over the parse -----------------------------------------------------------------------


def _end(token: Token) -> int:
    return token.idx + len(token)


def _has_mark(text: str) -> bool:
    return any(ch in text for ch in '"“”') or "''" in text


def _that_clause(verb: Token) -> bool:
    """A clause opened by the complementizer "that", whose own subject and object are elsewhere."""
    first = verb.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == verb.i


def _hands_over(text: str, end: int) -> bool:
    """Whether a quotation ending at ``end`` closes on a comma, question, exclamation or dash: it
    hands over to its "he said"."""
    inner = text[:end].rstrip("”\"'’ ")
    return inner.endswith((",", "?", "!", "—", "–", "-"))


def _opens_utterance(text: str, start: int) -> bool:
    """Whether a quotation starting at ``start`` is a whole utterance, not words quoted inside a
    clause ("placed a note card in a “burn bag,” the Times reported")."""
    before = text[:start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "?", "!", ":", ";", "”", '"', "''"))


def _distance(verb: Token, child: Token) -> int:
    """Tokens between a verb and the nearer edge of a child's phrase."""
    if child.i > verb.i:
        return child.left_edge.i - verb.i
    return verb.i - child.right_edge.i


def _clipped(page: Page, span: tuple[int, int], pos: int) -> Spans:
    piece = page.within(span, pos)
    return [piece] if piece else []


def _subject(verb: Token, page: Page, channels: frozenset[str] = frozenset()) -> Token | None:
    """The verb's subject; "adding"/"and said"/"by saying" borrow their head's (up a short chain);
    "who said" is its own source (PolNeAR marks the pronoun). A subject inside a quotation the verb is not in, or in
    another paragraph, is the parser hanging the quoted words on the cue: it is not the source."""
    own = _own_subject(verb, page)
    if own is not None:
        return own
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "calls saying shots were fired", "a poll showing ..."; but "issued a statement saying":
        # a statement is how its issuer spoke
        return _issuer(verb.head, page, channels) or verb.head
    token = verb
    for _ in range(3):
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
            token = token.head  # "began by saying", "stopped short of calling"
        elif token.dep_ not in _INHERITS_SUBJECT or token.head.i == token.i:
            return None
        token = token.head
        subject = _own_subject(token, page)
        if subject is not None:
            return subject
    return None


def _issuer(noun: Token, page: Page, channels: frozenset[str]) -> Token | None:
    """Who issued a statement, letter or tweet: the subject of the verb it is the object of
    ("Gowdy released a statement highlighting ...", "in a letter saying ...")."""
    if noun.lemma_.lower() not in channels:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    return _own_subject(verb, page) if verb.pos_ in ("VERB", "AUX") else None


def _inverted_subject(verb: Token, page: Page) -> Token | None:
    """The name right after a cue that follows a quotation ("“...,” said Robin Maynard, half
    joking"), when the parser hung it on another word."""
    if verb.i + 1 >= len(verb.doc) or not any(0 <= verb.idx - e <= 3 for _, e in page.marks):
        return None
    name = None
    for token in verb.doc[verb.i + 1 : verb.i + 8]:
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            name = token
        elif token.pos_ not in ("DET", "ADJ") or name is not None:
            break
    return name


def _own_subject(verb: Token, page: Page) -> Token | None:
    para = page.paragraph(verb.idx)
    verb_quoted = page.quoted(verb.idx)
    for child in verb.children:
        if child.dep_ not in _SUBJECT_DEPS or not para[0] <= child.idx < para[1]:
            continue
        if page.quoted(child.idx) and not verb_quoted:
            continue
        return child
    return None


def _antecedent(source: Token) -> tuple[int, int] | None:
    """What a relative pronoun source stands for ("commentators who have suggested"): the speaker
    to look up among the actors."""
    verb = source.head
    if source.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _source_span(verb.head)
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


def _sentence_minus(text: str, window: tuple[int, int], cut: tuple[int, int]) -> tuple[int, int] | None:
    before = (window[0], cut[0])
    after = (cut[1], window[1])
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


def _outside(window: tuple[int, int], content: Spans) -> Spans:
    """The parts of the sentence that are not content: where a cue's time and place are said."""
    start, end = window
    pieces, pos = [], start
    for s, e in sorted(content):
        if s > pos:
            pieces.append((pos, min(s, end)))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return [p for p in pieces if p[1] > p[0]]


def _actor_for(facts, span: tuple[int, int]) -> str | None:
    for actor in facts.records.get("actors", []):
        for mention in actor.mentions:
            if overlaps((mention.start, mention.end), span):
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
            if span is None or any(overlaps((m.start, m.end), c) for c in att.content):
                continue
            if span.root.head.lower_ in ("in", "from", "at") and _hangs_from(span.root, verb):
                return place.id
    return None
