"""Read a gold set from ``shared/eval``: ``<data_dir>/<set>/<split>.jsonl``, one item a line."""

from __future__ import annotations

import json
from pathlib import Path

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
