"""The time stage: every time expression of an article, as TIMEX3 records bounded by dates."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...model import TimeExpr
from ..base import Stage
from .normalize import Tense, normalize
from .patterns import Candidate, find, lexicon

#: Confidence of a grammar match and of a spaCy entity the grammar did not cover; an expression
#: whose value could not be resolved (no publication date) is less sure still.
CONFIDENCE = {"grammar": 0.9, "spacy": 0.6}
UNRESOLVED_PENALTY = 0.2
#: An article that reports by quarters (earnings news): "a year ago" there is a quarter.
QUARTERLY = re.compile(r"\bquarter(?:ly)?\b", re.IGNORECASE)
#: How many nouns or adjectives up the parse a verb is looked for ("payable Dec. 7 to stock").
CLIMB = 2


def governing_verb(span: Span) -> Token | None:
    """The verb a time expression modifies, directly, through a preposition or a few heads up."""
    if span.root.head.i == span.root.i:
        return None
    token = span.root.head
    if token.pos_ == "ADP" or token.dep_ == "prep":
        token = token.head
    for _ in range(CLIMB):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def clause_tense(span: Span) -> Tense:
    """"past", "future", "present" or "" (unknown) for the clause a time expression sits in,
    from its governing verb's tag, auxiliaries and modals, and verbs that look ahead ("plan")."""
    verb = governing_verb(span)
    if verb is None:
        return ""
    lx = lexicon()
    future_cues, future_verbs, past_tags = set(lx["future_cues"]), set(lx["future_verbs"]), set(lx["past_tags"])
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "had" for a in auxes):
        return "past"
    if any(a.lower_ in future_cues for a in auxes) or verb.lemma_.lower() in future_verbs:
        return "future"
    if verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children):
        return "future"
    if verb.dep_ in ("xcomp", "ccomp") and (verb.head.lower_ in future_cues or verb.head.lemma_.lower() in future_verbs):
        return "future"  # "plans to meet Friday"
    if any(a.tag_ in past_tags or a.lower_ in ("has", "have") for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") or a.lower_ == "to" for a in auxes):
        return "present"  # "is set for", "are expected": a present passive
    if verb.tag_ in past_tags:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.tag_ == "VB" and any(a.tag_ == "MD" for a in auxes):
        return "future"
    return ""


def _open_ended(text: str, cand: Candidate) -> bool:
    """A deadline or a start ("until Nov. 20", "payable Dec. 7", "effective Feb. 1") says nothing
    of its own by the tense of the clause around it."""
    before = text[max(0, cand.start - 12) : cand.start].lower().split()
    return bool(before) and before[-1] in set(lexicon()["deadline_cues"])


def _since(text: str, cand: Candidate) -> bool:
    before = text[max(0, cand.start - 7) : cand.start].lower().split()
    return bool(before) and before[-1] == "since"


class TimeStage(Stage):
    """Recognizes time expressions (``patterns``) and normalizes them against the publication
    date (``normalize``). Assigns ``times``: a list of ``TimeExpr`` in text order."""

    name = "newsgraph.times.v1"
    assigns = ("times",)

    def predict(self, doc: Doc) -> dict[str, list[TimeExpr]]:
        article = self.article(doc)
        anchor = article.published if article is not None else None
        text = doc.text  # Doc.text joins every token: read it once
        quarterly = bool(QUARTERLY.search(text))
        times = []
        for cand in find(doc):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            tense = clause_tense(span) if span is not None and len(span) and not _open_ended(text, cand) else ""
            res = normalize(cand.text, anchor, tense, since=_since(text, cand), quarterly=quarterly)
            if res is None:
                continue
            confidence = CONFIDENCE["spacy" if cand.rule == "spacy" else "grammar"]
            if res.type != "SET" and (res.value is None or res.value.startswith("XX")):
                confidence -= UNRESOLVED_PENALTY  # "XXXX-08": no publication date to place it
            times.append(TimeExpr(
                text=cand.text, start=cand.start, end=cand.end, type=res.type, value=res.value,
                earliest=res.earliest, latest=res.latest, stage=self.name, confidence=confidence,
            ))
        return {"times": times}


__all__ = ["TimeStage", "clause_tense", "governing_verb"]
