"""Scorer for ``events-conflibert``: who did what to whom in CAMEO-manual sentences.

The predicted act of a sentence is newsgraph's most confident event in it; where that event sits in what a
speaker says first, or where there is no event, it is the speaker's statement (``roles``). Its source and target spans are the mentions, in the sentence, that introduce its
source and target actors; an act with no target actor that falls on a thing or a place ("dynamited electricity
pylons", "bombed the Chechen capital Grozny") has that, the event's ``object``, for its target, as CAMEO coders do. ``source_f1`` / ``target_f1``:
a predicted span matches a gold span (one to one) when they share a word, and a further predicted span
lying inside an already matched gold span (newsgraph splits "Habyarimana and his ruling party" into two
actors where the gold has one phrase) is neither a hit nor a false positive; ``*_exact_f1`` asks for the
same text. ``pentaclass_accuracy``: the event's class from its CAMEO root code (01-02 neutral, 03-05
verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict; no
event: neutral). ConfliBERT's R spans (actors that are both source and target: "Bosnia and Slovenia
agreed") are not scored: a predicted span on one is neither a hit nor a false positive.
"""

from __future__ import annotations

import re

from ..config import Settings
from ..extract.events.patterns import pentaclass
from .metrics import PRF
from .plover_actors import find_span
from .plover_events import top_event

METRICS = ("source_f1", "target_f1", "pentaclass_accuracy")
_WORD = re.compile(r"\w+")


def _words(text: str, span: tuple[int, int]) -> set[int]:
    return {m.start() for m in _WORD.finditer(text) if span[0] <= m.start() < span[1]}


def _located(text: str, gold: list) -> list[tuple[int, int]]:
    """Gold spans as offsets: a span given as offsets stays; a string is looked up in the text."""
    spans = [g if isinstance(g, tuple) else find_span(text, g) for g in gold if not isinstance(g, str) or g.strip()]
    return [s for s in spans if s]


def gold_spans(item: dict) -> dict[str, list]:
    """The item's gold spans per role ("source", "target", "both"), as offsets read from its tokens and BIO
    tags where it has them: the gold strings are those tokens joined by spaces ("Kenya ’ s Liberal Democratic
    Party", "Scandal - plagued ..."), which are not in the text, and a lookup by their first word can land on
    another "the". Without tokens, the gold strings."""
    gold = item.get("gold") or {}
    strings = {"source": gold.get("source_spans") or [], "target": gold.get("target_spans") or [],
               "both": gold.get("R_spans") or []}
    tokens, tags, text = item.get("tokens"), item.get("bio_tags"), item["text"]
    if not tokens or not tags or len(tokens) != len(tags):
        return strings
    offsets, at = [], 0
    for token in tokens:
        k = text.find(token, at)
        if k < 0 or text[at:k].strip():
            return strings
        offsets.append((k, k + len(token)))
        at = k + len(token)
    out: dict[str, list] = {"source": [], "target": [], "both": []}
    role_of = {"S": "source", "T": "target", "R": "both"}
    current = None
    for (start, end), tag in zip(offsets, tags):
        kind, _, label = tag.partition("-")
        if kind == "I" and current and current[0] == label:
            current[2] = end
            continue
        if current:
            out[role_of[current[0]]].append((current[1], current[2]))
        current = [label, start, end] if kind in ("B", "I") and label in role_of else None
    if current:
        out[role_of[current[0]]].append((current[1], current[2]))
    return out


def match(text: str, predicted: list[tuple[int, int]], gold: list) -> tuple[PRF, PRF]:
    """(overlap PRF, exact PRF) of predicted spans against gold spans (offsets, or strings to look up)."""
    gold_spans = _located(text, gold)
    overlap, exact = PRF(), PRF()
    used: set[int] = set()
    used_exact: set[int] = set()
    for p in predicted:
        pw = _words(text, p)
        k = next((k for k, g in enumerate(gold_spans) if k not in used and pw & _words(text, g)), None)
        if k is None and any(pw <= _words(text, gold_spans[j]) for j in used):
            pass  # one member of a coordinated gold phrase already matched ("X and his party"): not a false positive
        elif k is None:
            overlap.fp += 1
        else:
            used.add(k)
            overlap.tp += 1
        e = next((k for k, g in enumerate(gold_spans) if k not in used_exact and text[g[0]:g[1]].strip().lower() == text[p[0]:p[1]].strip().lower()), None)
        if e is None:
            exact.fp += 1
        else:
            used_exact.add(e)
            exact.tp += 1
    overlap.fn += len(gold_spans) - len(used)
    exact.fn += len(gold_spans) - len(used_exact)
    return overlap, exact


_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "themselves",
             "itself", "himself", "herself", "we", "us", "our", "i", "me", "my", "you", "your"}


def scored(text: str, predicted: list[tuple[int, int]], gold: list, both: list) -> list[tuple[int, int]]:
    """The predicted spans that count: not one on an actor the gold marks as both source and target
    (R), unless it also lies on a gold span of the role."""
    def words_of(spans: list) -> list[set[int]]:
        return [_words(text, sp) for sp in _located(text, spans)]

    r_words, role_words = words_of(both), words_of(gold)
    return [p for p in predicted
            if not (any(_words(text, p) & r for r in r_words) and not any(_words(text, p) & w for w in role_words))]


def spans_of(ids: list[str], actors, text: str) -> list[tuple[int, int]]:
    """One span per actor: the mention that introduces it in the sentence (its first that is not a
    pronoun; "Turkey said it had asked ..." is "Turkey", not a later "southeastern Turkey")."""
    by_id = {a.id: a for a in actors}
    out = []
    for i in ids:
        actor = by_id.get(i)
        if actor and actor.mentions:
            m = min(actor.mentions, key=lambda m: (m.text.lower() in _PRONOUNS, m.start))
            out.append((m.start, m.end))
    return out


STAGES = ("newsgraph.actors.v1", "newsgraph.places.v1", "newsgraph.times.v1", "newsgraph.quotes.v1", "newsgraph.events.v1")


def roles(event, quotes, actors) -> tuple[list[str], list[str]]:
    """(source, target) actor ids of the sentence's act, as CAMEO codes a sentence: its top event's, unless
    that event sits in what a speaker says first. Then the act is the speaker's statement: the speaker is the
    source, and the target is the one the statement is about: the event's own actor where that is another
    ("Russia said Sudan must return the helicopter": Russia on Sudan), else the event's target ("Syria says
    it is willing to withdraw from Lebanon": Syria on Lebanon); a sentence with no event is the speaker's
    statement about the first actor it names. A speaker named after what was said (", police said") only
    reports it: that is no act of theirs, and the event keeps its own roles."""
    known = {a.id for a in actors}
    first_mention = {a.id: min(m.start for m in a.mentions) for a in actors if a.mentions}
    for q in quotes:
        if q.speaker not in known or q.speaker_start is None or q.speaker_start > min(s for s, _ in q.spans()):
            continue
        if event is not None and not (event.trigger and q.holds(event.trigger.start)):
            continue
        if event is not None and event.source and q.speaker not in event.source:
            return [q.speaker], list(event.source)
        if event is not None:
            return [q.speaker], list(event.target)
        first = min(q.named(actors), key=lambda i: first_mention[i], default=None)
        return [q.speaker], [first] if first else []
    return (list(event.source), list(event.target)) if event is not None else ([], [])


def act_spans(event, quotes, actors, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(source spans, target spans) of the sentence's act (``roles``); an act with no target actor that fell
    on a thing or a place has the event's ``object`` for its target ("dynamited electricity pylons")."""
    source, target = roles(event, quotes, actors)
    target_spans = spans_of(target, actors, text)
    if not target_spans and event is not None and event.object is not None and target == list(event.target):
        target_spans = [(event.object.start, event.object.end)]
    return spans_of(source, actors, text), target_spans


def score(items: list[dict], settings: Settings, *, pipeline=None) -> dict[str, float]:
    from ..pipeline import Pipeline
    from .datasets import as_articles

    pipeline = pipeline or Pipeline(settings.replace(stages=STAGES))
    extracted = [(ex.actors, ex.events, ex.quotes) for ex in pipeline.pipe(as_articles(items))]
    prf = {k: PRF() for k in ("source", "target", "source_exact", "target_exact")}
    hits = 0
    for item, (actors, events, quotes) in zip(items, extracted):
        gold = item.get("gold") or {}
        text = item["text"]
        event = top_event(events)
        spans = dict(zip(("source", "target"), act_spans(event, quotes, actors, text)))
        located = gold_spans(item)
        for role in ("source", "target"):
            predicted = scored(text, spans[role], located[role], located["both"])
            overlap, exact = match(text, predicted, located[role])
            prf[role].add(overlap)
            prf[f"{role}_exact"].add(exact)
        predicted_class = pentaclass(event.type, event.cameo) if event is not None else 0
        hits += predicted_class == gold.get("pentaclass")
    n = len(items)
    out = {f"{k}_f1": v.f1 for k, v in prf.items()}
    out["pentaclass_accuracy"] = hits / n if n else 0.0
    return out


__all__ = ["METRICS", "STAGES", "score", "gold_spans", "match", "scored", "roles", "spans_of", "act_spans"]
