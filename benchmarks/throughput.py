"""Throughput of the full newsgraph pipeline against a bare spaCy ``nlp.pipe``, same texts, same
process count, same run; with the peak resident memory. Prints a table, or JSON with --json.

    python benchmarks/throughput.py --articles 200 --processes 1 [--json] [--source DIR]

Texts are the example articles shipped in examples/ (or every article under --source), cycled
to --articles. Not a test: numbers depend on the machine; report them with the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_texts(source: Path, n: int, settings) -> list:
    from newsgraph.ingest import read_articles

    items = [x for x in read_articles(source, settings) if isinstance(x, tuple)]
    if not items:
        sys.exit(f"no articles found in {source}")
    return [items[i % len(items)] for i in range(n)]


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def stage_costs(items, settings) -> dict[str, float]:
    """Milliseconds per article each stage takes on top of the shared parse (one process)."""
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline(settings)
    spent = {spec.name: 0.0 for spec in pipeline.specs}
    for spec, stage in zip(pipeline.specs, list(pipeline.stages)):
        def timed(doc, _stage=stage, _name=spec.name):
            t0 = time.perf_counter()
            out = _stage(doc)
            spent[_name] += time.perf_counter() - t0
            return out
        pipeline.stages[pipeline.specs.index(spec)] = timed
    for _ in pipeline.pipe(items):
        pass
    return {name.removeprefix("newsgraph."): round(1000 * s / len(items), 2) for name, s in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--source", type=Path, default=ROOT / "examples")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from newsgraph import nlp as nlp_loader
    from newsgraph.config import load_settings
    from newsgraph.pipeline import Extractor

    settings = load_settings().replace(n_process=args.processes)
    items = load_texts(args.source, args.articles, settings)
    texts = [article.text for article, _ in items]
    nlp = nlp_loader.load(settings.spacy_model)

    start = time.perf_counter()
    n_docs = sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=args.processes))
    spacy_s = time.perf_counter() - start

    with Extractor(settings) as extractor:
        # warm up: worker processes load spaCy, the gazetteer and MiniLM once, before the clock starts
        list(extractor.map(items[: 2 * args.processes]))
        start = time.perf_counter()
        n_records = sum(1 for _ in extractor.map(items))
        pipeline_s = time.perf_counter() - start
    assert n_docs == n_records == len(items)

    stage_ms = stage_costs(items, settings) if args.processes == 1 else {}

    result = {
        "articles": len(items),
        "processes": args.processes,
        "pipeline_articles_per_s": round(len(items) / pipeline_s, 2),
        "spacy_articles_per_s": round(len(items) / spacy_s, 2),
        "ratio": round(spacy_s / pipeline_s, 3),
        "peak_rss_mb": peak_rss_mb(),
        "stage_ms_per_article": stage_ms,
    }
    if args.json:
        print(json.dumps(result))
        return
    words = sum(len(t.split()) for t in texts)
    print(f"{len(items)} articles ({words / len(items):.0f} words each on average), {args.processes} process(es), spaCy {settings.spacy_model}")
    print(f"{'':<22}{'articles/s':>12}")
    print(f"{'bare spaCy nlp.pipe':<22}{result['spacy_articles_per_s']:>12.2f}")
    print(f"{'newsgraph pipeline':<22}{result['pipeline_articles_per_s']:>12.2f}")
    print(f"ratio (pipeline / spaCy): {result['ratio']:.3f}    peak RSS: {result['peak_rss_mb']} MB")
    if stage_ms:
        parse = 1000 / result["spacy_articles_per_s"]
        print(f"{'stage':<22}{'ms/article':>12}{'vs parse':>10}")
        for name, ms in stage_ms.items():
            print(f"{name:<22}{ms:>12.1f}{ms / parse:>10.1%}")


if __name__ == "__main__":
    main()
