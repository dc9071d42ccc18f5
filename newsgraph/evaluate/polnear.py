"""Scorer for ``quotes-polnear``: cue, source and content spans of attributions, as citron scores
PARC and PolNeAR. Overlap: a system span matches a gold span when they share a character (one
to one); exact: the same offsets, ignoring surrounding spaces. ``speaker_accuracy``: of gold
attributions whose content is matched, the share whose source the system also overlaps."""

from __future__ import annotations

from ..config import Settings
from .datasets import as_articles
from .metrics import PRF

STAGE = "newsgraph.quotes.v1"
PARTS = ("content", "source", "cue")


def _gold(item: dict) -> list[dict]:
    """Gold attributions as part -> spans. A content annotated in two pieces (brat's ``content2``,
    a quotation split around "he said") is one content with all its spans, as ``Quote.content_spans``."""
    out = []
    for att in item.get("attributions") or []:
        gold = {part: _spans(att[part]["spans"]) if att.get(part) else None for part in PARTS}
        if att.get("content2"):
            gold["content"] = _spans([*(gold["content"] or ()), *att["content2"]["spans"]])
        out.append(gold)
    return out


def _system(quote) -> dict:
    return {
        "content": _spans(quote.content_spans),
        "source": _spans([[quote.speaker_start, quote.speaker_end]]) if quote.speaker_start is not None else None,
        "cue": _spans([[quote.cue_start, quote.cue_end]]) if quote.cue_start is not None else None,
    }


def _spans(spans) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((int(s), int(e)) for s, e in spans))


def _overlap(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _exact(a, b, text: str) -> bool:
    return _trim(a, text) == _trim(b, text)


def _trim(spans, text: str):
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return tuple(out)


def _match(gold: list, system: list, same) -> tuple[int, dict[int, int]]:
    """Greedy one-to-one matching; returns true positives and gold index -> system index."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and same(g, s):
                used.add(si)
                pairs[gi] = si
                break
    return len(pairs), pairs


def score_documents(docs: list[tuple[str, list[dict], list[dict]]]) -> dict[str, float]:
    """``docs``: (text, gold attributions, system attributions), each attribution a dict of
    part -> spans (or None)."""
    overlap = {p: PRF() for p in PARTS}
    exact = {p: PRF() for p in PARTS}
    speaker_hits = speaker_total = 0
    for text, gold, system in docs:
        for part in PARTS:
            g = [a[part] for a in gold if a[part]]
            s = [a[part] for a in system if a[part]]
            tp, _ = _match(g, s, _overlap)
            overlap[part].add(PRF(tp, len(s) - tp, len(g) - tp))
            tp, _ = _match(g, s, lambda a, b: _exact(a, b, text))
            exact[part].add(PRF(tp, len(s) - tp, len(g) - tp))
        with_content = [a for a in gold if a["content"]]
        sys_content = [a for a in system if a["content"]]
        _, pairs = _match([a["content"] for a in with_content], [a["content"] for a in sys_content], _overlap)
        for gi, si in pairs.items():
            if with_content[gi]["source"]:
                speaker_total += 1
                sys_source = sys_content[si]["source"]
                speaker_hits += bool(sys_source and _overlap(with_content[gi]["source"], sys_source))
    result = {}
    for part in PARTS:
        result[f"{part}_overlap_precision"] = overlap[part].precision
        result[f"{part}_overlap_recall"] = overlap[part].recall
        result[f"{part}_overlap_f1"] = overlap[part].f1
        result[f"{part}_exact_f1"] = exact[part].f1
    result["speaker_accuracy"] = speaker_hits / speaker_total if speaker_total else 0.0
    return result


def score(items: list[dict], settings: Settings) -> dict[str, float]:
    from ..pipeline import Pipeline

    stages = tuple(s for s in settings.stages if s.startswith("newsgraph.actors")) + (STAGE,)
    pipeline = Pipeline(settings.replace(stages=stages))
    articles = as_articles(items, published=lambda item: item.get("publication_date"))
    docs = []
    for item, ex in zip(items, pipeline.pipe(articles)):
        docs.append((item["text"], _gold(item), [_system(q) for q in ex.quotes]))
    return score_documents(docs)


METRICS = ("content_overlap_f1", "source_overlap_f1", "cue_overlap_f1", "content_exact_f1", "source_exact_f1", "cue_exact_f1", "speaker_accuracy")
