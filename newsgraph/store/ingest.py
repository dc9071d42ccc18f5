"""Extract and store a stream of articles, each in its own transaction, skipping what is stored.

Killing the process loses at most the article being written (its transaction rolls back);
running again stores the rest, and never stores one twice.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Callable, Iterable

from ..config import Settings
from ..ingest import Rejection
from ..pipeline import Extractor
from .database import Store


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    rejected: int = 0


def ingest(
    items: Iterable,
    store: Store,
    settings: Settings,
    *,
    replace: bool = False,
    progress: bool = False,
    on_reject: Callable[[Rejection], None] | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    report = IngestReport()
    keep = None if replace else (lambda article: not store.has(article.id))
    own = extractor is None
    extractor = extractor or Extractor(settings)
    bar = _progress(progress)
    try:
        task = bar.add_task("ingesting", total=None) if bar else None
        for result in extractor.stream(items, keep=keep):
            if result is None:
                report.skipped += 1
            elif isinstance(result, Rejection):
                report.rejected += 1
                store.reject(result)
                if on_reject:
                    on_reject(result)
            elif store.save(result, replace=replace):
                report.stored += 1
            else:
                report.skipped += 1
            if bar:
                bar.update(task, advance=1, description=f"stored {report.stored} · skipped {report.skipped} · rejected {report.rejected}")
    finally:
        if bar:
            bar.stop()
        if own:
            extractor.close()
    return report


def _progress(enabled: bool):
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(file=sys.stderr), transient=False,
    )
    bar.start()
    return bar
