"""Flatten stored records into CSV rows: one row per article, or per fact with its article id."""

from __future__ import annotations

import json
from typing import Iterable

from ..model import Extraction

_ARTICLE_COLS = ["id", "input_id", "title", "published", "authors", "source", "url", "language", "origin",
                 "n_actors", "n_places", "n_times", "n_quotes", "n_events", "warnings"]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_rows(extractions: Iterable[Extraction], table: str) -> tuple[list[str], Iterable[list[str]]]:
    if table == "articles":
        return _ARTICLE_COLS, (_article_row(ex) for ex in extractions)
    fields = _fields(table)
    header = ["article_id", *fields]

    def rows():
        for ex in extractions:
            for item in getattr(ex, table):
                data = item.model_dump(mode="json")
                yield [ex.article.id, *(_cell(data.get(f)) for f in fields)]

    return header, rows()


def _fields(table: str) -> list[str]:
    from .. import model

    cls = {"actors": model.Actor, "places": model.Place, "times": model.TimeExpr, "quotes": model.Quote,
           "events": model.Event, "relations": model.Relation}[table]
    return list(cls.model_fields)


def _article_row(ex: Extraction) -> list[str]:
    a = ex.article
    return [_cell(v) for v in (
        a.id, a.input_id, a.title, a.published, "; ".join(a.authors), a.source, a.url, a.language, a.origin,
        len(ex.actors), len(ex.places), len(ex.times), len(ex.quotes), len(ex.events),
        "; ".join(sorted({w.code for w in ex.warnings})),
    )]
