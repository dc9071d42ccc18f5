"""Scorer for ``time-tempeval3``: TempEval-3 timex scoring of the times stage.

Each item is a document with ``text``, ``dct.value`` (the publication date) and gold ``timexes``
[{start, end, text, type, value}]. As in TempEval-3: a system span matches a gold span when they
overlap (relaxed, one to one) or have the same offsets (strict); value F1 counts a relaxed match
with the gold value as a true positive (value precision = correct values / system timexes, value
recall = correct values / gold timexes); type accuracy is the share of relaxed matches whose type
is the gold type.
"""

from __future__ import annotations


from ..config import Settings
from .datasets import as_articles
from .metrics import PRF

STAGE = "newsgraph.times.v1"
METRICS = (
    "relaxed_f1", "strict_f1", "value_f1", "type_accuracy",
    "relaxed_precision", "relaxed_recall", "strict_precision", "strict_recall", "value_precision", "value_recall",
)

Timex = dict  # {start, end, type, value}


def _overlap(a: Timex, b: Timex) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def relaxed_pairs(system: list[Timex], gold: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping spans, the largest overlaps first."""
    candidates = sorted(
        ((_overlap(s, g), i, j) for i, s in enumerate(system) for j, g in enumerate(gold) if _overlap(s, g) > 0),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_s, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            pairs.append((system[i], gold[j]))
    return pairs


def score_document(system: list[Timex], gold: list[Timex]) -> dict[str, PRF | list]:
    """Counts for one document: relaxed, strict and value PRF, and the relaxed pairs."""
    pairs = relaxed_pairs(system, gold)
    strict_tp = len({(s["start"], s["end"]) for s in system} & {(g["start"], g["end"]) for g in gold})
    value_tp = sum(1 for s, g in pairs if s.get("value") is not None and s.get("value") == g.get("value"))
    return {
        "relaxed": PRF(tp=len(pairs), fp=len(system) - len(pairs), fn=len(gold) - len(pairs)),
        "strict": PRF(tp=strict_tp, fp=len(system) - strict_tp, fn=len(gold) - strict_tp),
        "value": PRF(tp=value_tp, fp=len(system) - value_tp, fn=len(gold) - value_tp),
        "pairs": pairs,
    }


def metrics_from(documents: list[tuple[list[Timex], list[Timex]]]) -> dict[str, float]:
    """The TempEval-3 metrics over (system, gold) timex lists, micro-averaged over documents."""
    relaxed, strict, value = PRF(), PRF(), PRF()
    matched = typed = 0
    for system, gold in documents:
        counts = score_document(system, gold)
        relaxed.add(counts["relaxed"])
        strict.add(counts["strict"])
        value.add(counts["value"])
        matched += len(counts["pairs"])
        typed += sum(1 for s, g in counts["pairs"] if s.get("type") == g.get("type"))
    return {
        "relaxed_f1": relaxed.f1, "strict_f1": strict.f1, "value_f1": value.f1,
        "type_accuracy": typed / matched if matched else 0.0,
        "relaxed_precision": relaxed.precision, "relaxed_recall": relaxed.recall,
        "strict_precision": strict.precision, "strict_recall": strict.recall,
        "value_precision": value.precision, "value_recall": value.recall,
    }


def predict(items: list[dict], settings: Settings, *, pipeline=None) -> list[list[Timex]]:
    """The times stage's timexes for each item, in item order."""
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline(settings.replace(stages=(STAGE,)))
    articles = as_articles(items, published=lambda item: (item.get("dct") or {}).get("value"))
    return [
        [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in ex.times]
        for ex in pipeline.pipe(articles)
    ]


def score(items: list[dict], settings: Settings) -> dict[str, float]:
    system = predict(items, settings)
    return metrics_from([(s, item.get("timexes", [])) for s, item in zip(system, items)])


__all__ = ["METRICS", "relaxed_pairs", "score_document", "metrics_from", "predict", "score"]
