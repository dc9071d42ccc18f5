"""Tests of the authored knowledge files and the gazetteer built from them."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def small_gazetteer_dir() -> Path:
    """A gazetteer index of cities of 15,000 people and more, built once per test run in a temporary
    folder (never the user's cache): ~4 s instead of the full index's ~10 s."""
    from newsgraph.knowledge.gazetteer import base_path, build_index

    directory = Path(tempfile.mkdtemp(prefix="newsgraph-gaz-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    build_index(base_path(directory), min_population=15000)
    return directory
