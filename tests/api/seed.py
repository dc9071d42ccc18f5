"""The example article (shared/examples/seed-article.txt, never copied into the repo) stored by the real
pipeline together with the repo's example articles, for the API and browser tests that read it back."""

from __future__ import annotations

from datetime import date

from ..conftest import EXAMPLES, SHARED

SEED = SHARED / "examples" / "seed-article.txt"
PUBLISHED = date(2016, 11, 10)


def store_examples_and_seed(pipeline, store) -> str:
    """Extract and store the examples and the seed article; the seed article's id."""
    from newsgraph.ingest import Rejection, read_articles

    seed_id = ""
    for path, published in ((EXAMPLES, None), (SEED, PUBLISHED)):
        for item in read_articles(path, pipeline.settings, published=published):
            if isinstance(item, Rejection):
                continue
            article, notices = item
            store.save(pipeline(article, notices))
            if path == SEED:
                seed_id = article.id
    return seed_id
