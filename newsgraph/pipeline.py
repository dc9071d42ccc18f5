"""Stages in order over an Article -> Extraction. One spaCy parse per article, shared by all."""

from __future__ import annotations

import logging
import multiprocessing
from typing import Iterable, Iterator

from spacy.tokens import Doc

from . import nlp as nlp_loader
from .config import Settings
from .extract import Facts, check_order, get, register_builtin_stages, setup_extensions
from .model import FACT_KEYS, Article, Extraction, Notice

log = logging.getLogger(__name__)

Item = tuple[Article, list[Notice]]

_SKIP_CODES = {"unsupported_language"}


class Pipeline:
    """The spaCy parse plus newsgraph's stages; build once, call per article or ``pipe`` many."""

    def __init__(self, settings: Settings, *, nlp=None):
        setup_extensions()
        register_builtin_stages()
        self.settings = settings
        self.nlp = nlp if nlp is not None else nlp_loader.load(settings.spacy_model)
        self.specs = [get(name) for name in settings.stages]
        check_order(self.specs)
        self.stages = [spec.factory(self.nlp, settings) for spec in self.specs]
        assigned = {key for spec in self.specs for key in spec.assigns}
        self.missing = [key for key in FACT_KEYS if key not in assigned]

    @property
    def stage_names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def __call__(self, article: Article, warnings: list[Notice] | None = None) -> Extraction:
        return next(self.pipe([(article, warnings or [])]))

    def pipe(self, items: Iterable[Item], *, batch_size: int | None = None) -> Iterator[Extraction]:
        """Yield one Extraction per item, in input order; a failing stage costs only its own output."""
        batch_size = batch_size or self.settings.batch_size
        docs = (self._make_doc(article, list(warnings)) for article, warnings in items)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield self._run_stages(doc)

    def _make_doc(self, article: Article, warnings: list[Notice]) -> Doc:
        skip = any(w.code in _SKIP_CODES for w in warnings)
        doc = self.nlp.make_doc("" if skip else article.text)
        doc._.ng_article = article
        doc._.ng_facts = Facts(warnings=warnings)
        return doc

    def _run_stages(self, doc: Doc) -> Extraction:
        facts: Facts = doc._.ng_facts
        article: Article = doc._.ng_article
        skipped = any(w.code in _SKIP_CODES for w in facts.warnings)
        if not skipped:
            for spec, stage in zip(self.specs, self.stages):
                try:
                    stage(doc)
                except Exception as exc:  # one stage failing must not lose the article
                    log.exception("stage %s failed on article %s", spec.name, article.id)
                    facts.warnings.append(
                        Notice(code="stage_failed", message=f"{spec.name} failed: {exc.__class__.__name__}: {exc}")
                    )
            for key in self.missing:
                facts.warnings.append(
                    Notice(code="stage_missing", message=f"no {key} extractor in this pipeline yet: '{key}' is empty")
                )
        return Extraction(article=article, warnings=facts.warnings, **facts.records)


# -- many articles, many processes -------------------------------------------------------------

_worker: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    """One thread of numeric work per process: n processes on n cores, not n x n threads."""
    global _worker
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    _worker = Pipeline(settings)


def _extract_chunk(items: list[Item]) -> list[Extraction]:
    return list(_worker.pipe(items))


class Extractor:
    """Drives a Pipeline in this process, or one per worker process (``settings.n_process``).
    Models load once per process, however many chunks go through."""

    def __init__(self, settings: Settings, *, pipeline: Pipeline | None = None):
        self.settings = settings
        self._pool = None
        self.pipeline = None
        if settings.n_process > 1:
            ctx = multiprocessing.get_context("spawn")
            self._pool = ctx.Pool(settings.n_process, initializer=_init_worker, initargs=(settings,))
        else:
            self.pipeline = pipeline or Pipeline(settings)

    def map(self, items: list[Item]) -> Iterator[Extraction]:
        """Extractions for ``items``, in order."""
        if self._pool is None:
            yield from self.pipeline.pipe(items)
            return
        size = max(1, self.settings.batch_size // 2)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        for result in self._pool.imap(_extract_chunk, chunks):
            yield from result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def stream(self, items, *, keep=None):
        """Extractions and Rejections in input order. ``keep(article)`` may return False to pass an
        article by unextracted (``ingest`` skips what is stored): it is yielded as None."""
        from itertools import islice

        from .ingest import Rejection

        items = iter(items)
        per_chunk = self.settings.batch_size * self.settings.n_process
        while True:
            chunk = list(islice(items, per_chunk))
            if not chunk:
                return
            todo = [item for item in chunk if not isinstance(item, Rejection) and (keep is None or keep(item[0]))]
            done = self.map(todo)
            wanted = {id(item) for item in todo}
            for item in chunk:
                if isinstance(item, Rejection):
                    yield item
                elif id(item) in wanted:
                    yield next(done)
                else:
                    yield None
