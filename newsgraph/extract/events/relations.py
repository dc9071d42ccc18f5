"""Relations between actors stated in the text: member_of, allied_with, opposes, leads, part_of.

A few patterns over the parse, each needing an actor on both sides:
  "a coalition ... anchored by / led by the YPG"     -> YPG part_of (or leads) the coalition
  "the SDF, which includes the YPG"                  -> YPG member_of SDF
  "X, part of / a member of / an affiliate of Y"     -> X part_of / member_of Y
  "Y's leader X", "X, the leader of Y"               -> X leads Y
  "X ... as allies of Y", "X, allied with Y"         -> X allied_with Y
  "X, rivals / enemies of Y", "X opposes Y"          -> X opposes Y
A relation is attributed to whoever holds it: the subject of "views / considers / calls ... as"
("Turkey views the YPG as allies of the PKK"), else the speaker of the quote it sits in.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Relation, Span

_NOUNS = {
    "part": "part_of", "member": "member_of", "affiliate": "member_of", "faction": "part_of", "wing": "part_of",
    "branch": "part_of", "unit": "part_of", "leader": "leads", "head": "leads", "chief": "leads", "commander": "leads",
    "founder": "leads", "ally": "allied_with", "partner": "allied_with", "rival": "opposes", "enemy": "opposes",
    "foe": "opposes", "opponent": "opposes",
}
_PASSIVE = {"anchor": "part_of", "dominate": "part_of", "lead": "leads", "head": "leads", "command": "leads", "back": "allied_with",
            "support": "allied_with"}
_INCLUDE = {"include", "comprise", "contain"}
_OPPOSE = {"oppose"}


_VIEW = {"view", "see", "regard", "consider", "describe", "call", "brand", "label", "designate", "treat", "list", "class", "classify"}


def find_relations(doc: Doc, actors, stage: str, quotes=()) -> list[Relation]:
    out: list[Relation] = []
    seen = set()

    def add(subj: list[str], pred: str, obj: list[str], sent, conf: float, at: Token | None = None, holder: list[str] | None = None):
        said_by = holder[0] if holder else _speaker_at(at.idx, quotes) if at is not None else None
        for s in subj:
            for o in obj:
                if s != o and (s, pred, o) not in seen:
                    seen.add((s, pred, o))
                    out.append(Relation(subject=s, predicate=pred, object=o, stage=stage, confidence=conf,
                                        attributed_to=said_by,
                                        evidence=Span(start=sent.start_char, end=sent.end_char, text=sent.text)))

    for tok in doc:
        lemma = tok.lemma_.lower()
        sent = tok.sent
        if tok.pos_ == "VERB" and lemma in _PASSIVE and any(c.dep_ == "agent" for c in tok.children):
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            whole = _whole(tok, actors)
            add(_ids(agent, actors), _PASSIVE[lemma], whole, sent, 0.7, tok)
        elif tok.pos_ == "VERB" and lemma in _INCLUDE:
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            add(_ids(obj, actors), "member_of", _whole(tok, actors), sent, 0.6, tok)
        elif tok.pos_ == "VERB" and lemma in _OPPOSE:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            add(_ids(subj, actors), "opposes", _ids(obj, actors), sent, 0.6, tok)
        elif tok.pos_ == "NOUN" and lemma in _NOUNS:
            pred = _NOUNS[lemma]
            of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "with") for g in c.children if g.dep_ == "pobj"), None)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            other = _ids(of, actors) or _ids(poss, actors)
            if not other:
                continue
            holder, viewer = None, None
            if tok.dep_ == "appos" or tok.dep_ == "attr" and tok.head.lemma_ == "be":
                holder = tok.head if tok.dep_ == "appos" else next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
                verb = tok.head.head
                holder = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                if verb.lemma_.lower() in _VIEW:  # "Turkey views X as allies of Y": Turkey's view
                    viewer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            else:
                appos = next((c for c in tok.children if c.dep_ == "appos"), None)
                holder = appos
                if holder is None and tok.head.dep_ == "appos":
                    holder = tok.head
            add(_ids(holder, actors), pred, other, sent, 0.6, tok, _ids(viewer, actors) if viewer is not None else None)
    return out


def _whole(verb: Token, actors) -> list[str]:
    """What a relative or participle clause is about: "a coalition ... that is anchored by X", also where
    the parser hung the clause on the coalition's "of" phrase ("the SDF, a coalition of rebel groups that
    is anchored by X": the SDF, not the rebel groups)."""
    if verb.dep_ in ("relcl", "acl"):
        head = verb.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "appos":
            head = head.head.head
        found = _ids(head, actors)
        if head.dep_ == "appos" and (not found or all(":any:" in f for f in found)):  # "the SDF, a coalition anchored by ..."
            found = _ids(head.head, actors) or found
        return found
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        return _ids(verb.head, actors)
    return _ids(subj, actors) if subj is not None and subj.lower_ not in ("which", "that", "who") else []


def _speaker_at(offset: int, quotes) -> str | None:
    for q in quotes:
        if q.speaker and q.holds(offset):
            return q.speaker
    return None


def _ids(tok: Token | None, actors) -> list[str]:
    """The actors a phrase names: its head's mention, else one before it that is not a mere country
    adjective ("other Syrian Kurdish groups" are not Syria)."""
    if tok is None:
        return []
    out = []
    for t in [tok, *tok.conjuncts]:
        hits = actors.within(t.idx, t.idx + len(t)) or [
            h for h in actors.within(t.left_edge.idx, t.idx + len(t)) if not h[2].startswith("country:")]
        for _, _, rid in sorted(hits, key=lambda h: h[1] - h[0], reverse=True)[:1]:
            if rid not in out:
                out.append(rid)
    return out


__all__ = ["find_relations"]
