"""Scorer for ``events-case2021``: the fine-grained category of each snippet, 30 labels.

``weighted_f1``: per-label F1 weighted by the label's gold support; ``macro_f1``: the plain mean of
per-label F1 over the labels that occur in gold or in the predictions; ``accuracy`` as well. A snippet
without a prediction counts as wrong. The category stage's classifier is trained on ``dev``: its dev
numbers are optimistic; cross-validated dev numbers come from ``train.py --cv``.
"""

from __future__ import annotations

from ..config import Settings
from .datasets import as_articles
from .metrics import PRF

METRICS = ("weighted_f1", "macro_f1")
STAGE = "newsgraph.category.v1"


def predict(items: list[dict], settings: Settings, *, pipeline=None) -> list[str | None]:
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline(settings.replace(stages=(STAGE,)))
    return [ex.category.label if ex.category is not None else None for ex in pipeline.pipe(as_articles(items))]


def score_labels(gold: list[str], predicted: list[str | None]) -> dict[str, float]:
    per: dict[str, PRF] = {}
    support: dict[str, int] = {}
    for g, p in zip(gold, predicted):
        support[g] = support.get(g, 0) + 1
        per.setdefault(g, PRF())
        if p == g:
            per[g].tp += 1
        else:
            per[g].fn += 1
            if p is not None:
                per.setdefault(p, PRF()).fp += 1
    n = len(gold)
    return {
        "weighted_f1": sum(per[label].f1 * k for label, k in support.items()) / n if n else 0.0,
        "macro_f1": sum(p.f1 for p in per.values()) / len(per) if per else 0.0,
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / n if n else 0.0,
    }


def score(items: list[dict], settings: Settings, *, pipeline=None) -> dict[str, float]:
    gold = [item["gold"]["event_type"] for item in items]
    return score_labels(gold, predict(items, settings, pipeline=pipeline))


__all__ = ["METRICS", "score", "score_labels", "predict"]
