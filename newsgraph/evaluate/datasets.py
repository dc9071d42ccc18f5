"""Read a gold set from ``shared/eval``: ``<data_dir>/<set>/<split>.jsonl``, one item a line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Callable

from ..errors import EvalError

SPLITS = ("train", "dev", "test")


def available_sets(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if p.is_dir() and any(p.glob("*.jsonl"))) if data_dir.is_dir() else []


def split_path(data_dir: str | Path, set_name: str, split: str) -> Path:
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise EvalError(f"gold data folder {data_dir} not found; pass --data-dir (it is shared/eval in a checkout's parent)")
    set_dir = data_dir / set_name
    if not set_dir.is_dir():
        known = ", ".join(available_sets(data_dir)) or "none"
        raise EvalError(f"no gold set {set_name!r} in {data_dir}; available: {known}")
    path = set_dir / f"{split}.jsonl"
    if not path.is_file():
        have = ", ".join(sorted(p.stem for p in set_dir.glob("*.jsonl"))) or "none"
        raise EvalError(f"gold set {set_name!r} has no {split!r} split; it has: {have}")
    return path


def load_split(data_dir: str | Path, set_name: str, split: str) -> list[dict]:
    path = split_path(data_dir, set_name, split)
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(f"{path}:{n} is not valid JSON ({exc.msg})") from None
    return items


def iso_date(value) -> date | None:
    """The date an ISO string starts with, or None (gold files use placeholders and odd formats)."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def as_articles(items: list[dict], *, published: Callable[[dict], object] = lambda item: None) -> list:
    """Gold items as (Article, warnings) pairs for ``Pipeline.pipe``; ``published`` picks the item's
    reference date. Ids are made unique by position: some gold sets reuse an id."""
    from ..model import Article

    return [
        (Article(id=f"{item.get('id', item.get('doc_id', n))}-{n}", text=item["text"], published=iso_date(published(item))), [])
        for n, item in enumerate(items)
    ]
