"""Scorer for ``events-plover``: event type, mode, actors and (source, event, target) triples.

Each item is one sentence with one gold event. The predicted event of a sentence is newsgraph's most
confident event in it (none counts as wrong). The file uses PLOVER's 2016 type names; they are read as
current PLOVER (``../shared/eval/README.md``): DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE ->
ACCUSE, FIGHT -> ASSAULT, except a mode that only COERCE has (deport, blockade, occupy) makes it COERCE.

Metrics: ``type_accuracy``; ``type_macro_f1`` (per-type F1 averaged over the types in gold or predicted);
``mode_accuracy`` over items whose gold has a mode; ``actor_country_accuracy`` and
``actor_sector_accuracy`` (``plover_actors``); ``triple_f1``: a predicted (source, type, target) triple
matches a gold one when the types are equal and each side's actor has the gold country code (and the gold
sector, where gold gives one); a side with no gold actor matches a side with none predicted.
"""

from __future__ import annotations


from ..config import Settings
from .datasets import as_articles
from .metrics import PRF
from .plover_actors import best_actor, find_span, gold_code, gold_sector, predicted_code, score_actors

METRICS = ("type_accuracy", "type_macro_f1", "mode_accuracy", "actor_country_accuracy", "actor_sector_accuracy", "triple_f1")
STAGES = ("newsgraph.actors.v1", "newsgraph.places.v1", "newsgraph.times.v1", "newsgraph.events.v1")

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
COERCE_ONLY_MODES = {"deport", "blockade", "occupy"}


def current_type(event: str | None, mode: str | None = None) -> str | None:
    """The current PLOVER name of a gold type."""
    if not event:
        return None
    event = event.strip().upper()
    if event == "FIGHT" and (mode or "").lower() in COERCE_ONLY_MODES:
        return "COERCE"
    return OLD_NAMES.get(event, event)


def top_event(events):
    return max(events, key=lambda e: e.confidence) if events else None


def extract(items: list[dict], settings: Settings, *, pipeline=None):
    """(actors, events) per item: the events stage and the stages it needs over each sentence."""
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline(settings.replace(stages=STAGES))
    return [(ex.actors, ex.events) for ex in pipeline.pipe(as_articles(items, published=lambda item: item.get("date")))]


def _side_ok(actor, gold: dict | None) -> bool:
    if gold is None:
        return actor is None
    if actor is None:
        return False
    if predicted_code(actor) != gold_code(gold.get("code")):
        return False
    sector = gold_sector(gold.get("sector"))
    return not sector or (actor.sector or "")[:3] == sector


def _triples(item: dict, actors, event) -> tuple[PRF, int]:
    gold = item.get("gold") or {}
    g_type = current_type(gold.get("event"), gold.get("mode"))
    sources = [g for g in gold.get("source") or () if (g.get("text") or "").strip() and not g.get("malformed")] or [None]
    targets = [g for g in gold.get("target") or () if (g.get("text") or "").strip() and not g.get("malformed")] or [None]
    gold_triples = [(s, t) for s in sources for t in targets]
    if event is None:
        return PRF(fn=len(gold_triples)), 0
    by_id = {a.id: a for a in actors}
    pred = [(by_id.get(s), by_id.get(t)) for s in (event.source or [None]) for t in (event.target or [None])]
    used, tp = set(), 0
    for ps, pt in pred:
        if event.type != g_type:
            continue
        for k, (gs, gt) in enumerate(gold_triples):
            if k not in used and _side_ok(ps, gs) and _side_ok(pt, gt):
                used.add(k)
                tp += 1
                break
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(gold_triples) - tp), tp


def score_events(items: list[dict], extracted) -> dict[str, float]:
    per_type: dict[str, PRF] = {}
    hits = mode_hits = mode_n = 0
    triples = PRF()
    for item, (actors, events) in zip(items, extracted):
        gold = item.get("gold") or {}
        g_type = current_type(gold.get("event"), gold.get("mode"))
        event = top_event(events)
        p_type = event.type if event is not None else None
        per_type.setdefault(g_type, PRF())
        if p_type == g_type:
            hits += 1
            per_type[g_type].tp += 1
        else:
            per_type[g_type].fn += 1
            if p_type is not None:
                per_type.setdefault(p_type, PRF()).fp += 1
        if gold.get("mode"):
            mode_n += 1
            mode_hits += bool(event is not None and (event.mode or "") == gold["mode"])
        triples.add(_triples(item, actors, event)[0])
    n = len(items)
    return {
        "type_accuracy": hits / n if n else 0.0,
        "type_macro_f1": sum(p.f1 for p in per_type.values()) / len(per_type) if per_type else 0.0,
        "mode_accuracy": mode_hits / mode_n if mode_n else 0.0,
        "triple_f1": triples.f1,
        "triple_precision": triples.precision,
        "triple_recall": triples.recall,
        "items_without_event": float(sum(1 for _, events in extracted if not events)),
    }


def score(items: list[dict], settings: Settings, *, pipeline=None) -> dict[str, float]:
    """The runner's scorer: every metric of ``METRICS`` (and a few counts)."""
    extracted = extract(items, settings, pipeline=pipeline)
    out = score_events(items, extracted)
    out.update(score_actors(items, [actors for actors, _ in extracted]))
    return out


__all__ = ["METRICS", "STAGES", "OLD_NAMES", "current_type", "top_event", "extract", "score", "score_events", "best_actor", "find_span"]
