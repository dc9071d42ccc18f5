"""Authored knowledge (lexicons, patterns, tables) lives in ``newsgraph/data`` as readable files.

``read_data(name)`` is the one way code reaches them, so a file is found by its name alone.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


def data_path(name: str) -> Path:
    path = Path(str(resources.files("newsgraph") / "data" / name))
    if not path.is_file():
        raise FileNotFoundError(f"newsgraph data file {name!r} is missing from the package")
    return path


@lru_cache(maxsize=None)
def read_data(name: str):
    """Parse a packaged YAML data file (cached: data files are read-only at run time)."""
    with open(data_path(name), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C parser when built in


__all__ = ["data_path", "read_data"]
