"""Scorer for the geoparsing gold sets: ``geo-trnews``, ``geo-geowebnews``, ``geo-lgl``.

Resolution is scored on the gold toponym spans that carry coordinates: each gold span is resolved in
its document's context (the places stage recognises the document's other places as usual; the gold
spans replace what it recognised where they overlap), and its point is compared with the gold point.
- ``acc_161km``: share of those spans resolved within 161 km (100 miles) of the gold point;
- ``mean_error_km``, ``median_error_km``: distance to the gold point; a span left unresolved counts
  as 20,038 km (half the Earth's circumference), the largest error possible;
- ``id_match``: share of spans with a gold GeoNames id resolved to exactly that id.
Recognition is scored separately: the stage's own place mentions against the gold toponym spans,
one-to-one, a pair matching when the spans overlap (``recognition_precision/recall/f1``).

GeoWebNews annotates some spans twice on the same offsets: each offset pair counts once. Its
non-toponym annotations (expressions such as "citizens", non-toponyms, languages, homonyms) are not
gold places for recognition; its demonyms are.
"""

from __future__ import annotations

from ..config import Settings
from .metrics import PRF, mean, median

METRICS = ("acc_161km", "mean_error_km", "median_error_km", "id_match", "recognition_precision", "recognition_recall", "recognition_f1")
MAX_ERROR_KM = 20038.0
ACCURATE_KM = 161.0

#: GeoWebNews span types that are not place names (recognition gold leaves them out).
NOT_TOPONYM_TYPES = {"Non_Lit_Expression", "Literal_Expression", "Non_Toponym", "Homonym", "Language"}


def gold_spans(item: dict) -> list[dict]:
    """Valid gold toponyms of one item, one per offset pair, in text order."""
    seen, out = set(), []
    for t in item.get("toponyms", []):
        if t.get("offset_valid") is False or t["start"] < 0 or t["end"] <= t["start"]:
            continue
        pair = (t["start"], t["end"])
        if pair in seen:
            # a doubled annotation: keep the one with coordinates
            if t.get("lat") is not None:
                out = [o if (o["start"], o["end"]) != pair or o.get("lat") is not None else t for o in out]
            continue
        seen.add(pair)
        out.append(t)
    return sorted(out, key=lambda t: t["start"])


def recognition_gold(item: dict) -> list[tuple[int, int]]:
    return [(t["start"], t["end"]) for t in gold_spans(item) if t.get("type") not in NOT_TOPONYM_TYPES]


def resolution_gold(item: dict) -> list[dict]:
    return [t for t in gold_spans(item) if t.get("lat") is not None and t.get("lon") is not None]


def match_spans(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> PRF:
    """One-to-one overlap matching, in text order."""
    used = set()
    tp = 0
    for ps, pe in sorted(predicted):
        for i, (gs, ge) in enumerate(gold):
            if i not in used and ps < ge and gs < pe:
                used.add(i)
                tp += 1
                break
    return PRF(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp)


def score_predictions(resolved: list[list[tuple[dict, tuple[float, float, int | None] | None]]], recognition: list[PRF]) -> dict[str, float]:
    """Metrics from per-document (gold toponym, predicted (lat, lon, geonameid) or None) pairs and
    per-document recognition counts. Split out so the arithmetic is testable without a model."""
    from ..extract.places.resolve import haversine_km

    errors, ids = [], []
    for doc in resolved:
        for gold, pred in doc:
            if pred is None:
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(haversine_km(float(gold["lat"]), float(gold["lon"]), pred[0], pred[1]))
            if gold.get("geonameid"):
                ids.append(pred is not None and pred[2] is not None and str(pred[2]) == str(gold["geonameid"]))
    prf = PRF()
    for r in recognition:
        prf.add(r)
    return {
        "acc_161km": mean(e <= ACCURATE_KM for e in errors),
        "mean_error_km": mean(errors),
        "median_error_km": median(errors),
        "id_match": mean(ids),
        "recognition_precision": prf.precision,
        "recognition_recall": prf.recall,
        "recognition_f1": prf.f1,
    }


def score(items: list[dict], settings: Settings, *, stage=None) -> dict[str, float]:
    """The scorer behind ``newsgraph eval geo-*``: ``(items, settings) -> {metric: value}``."""
    from .. import nlp as nlp_loader
    from ..extract.places import PlaceStage
    from ..extract.places.component import reported

    nlp = nlp_loader.load(settings.spacy_model)
    stage = stage or PlaceStage()
    resolved, recognition = [], []
    for item, doc in zip(items, nlp.pipe(it["text"] for it in items)):
        predicted = [(r.mention.start, r.mention.end) for r in stage.resolve_doc(doc) if reported(r)]
        recognition.append(match_spans(predicted, recognition_gold(item)))
        golds = resolution_gold(item)
        forced = stage.resolve_doc(doc, forced=[(g["start"], g["end"]) for g in golds])
        by_span = {(r.mention.start, r.mention.end): r for r in forced if r.mention.source == "gold"}
        pairs = []
        for g in golds:
            r = by_span.get((g["start"], g["end"]))
            e = r.entry if r is not None else None
            pairs.append((g, (e.lat, e.lon, e.id if e.id > 0 else None) if e is not None else None))
        resolved.append(pairs)
    return score_predictions(resolved, recognition)


__all__ = ["METRICS", "score", "score_predictions", "match_spans", "gold_spans", "recognition_gold", "resolution_gold"]
