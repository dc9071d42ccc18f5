"""Weights a stage trains on first use: a logistic regression saved, with a digest of what it was trained
on, in the user cache folder, and rebuilt when that changes. The category stage and the events stage's
type classifier both keep theirs this way."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from ..knowledge import data_path


def logistic(x: np.ndarray, y: list[str], *, c: float, balanced: bool = False) -> dict[str, np.ndarray]:
    """Coefficients, intercepts and classes of a logistic regression fitted on one BLAS thread (many
    threads make these small fits tens of times slower on a busy CPU)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None).fit(x, y)
    return {"coef": clf.coef_.astype(np.float32), "intercept": clf.intercept_.astype(np.float32), "classes": np.asarray(clf.classes_)}


def probabilities(model: dict, x: np.ndarray) -> np.ndarray:
    """The softmax over the classes of each row of ``x``."""
    scores = x @ model["coef"].T + model["intercept"]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    return scores / scores.sum(axis=1, keepdims=True)


def digest(settings: str, data_files: Iterable[str], texts: list[str], labels: list[str]) -> str:
    """What weights were trained from: their settings, the authored data files and the labelled texts."""
    h = hashlib.sha1(settings.encode())
    for name in data_files:
        h.update(data_path(name).read_bytes())
    for t, label in zip(texts, labels):
        h.update(f"{label}\t{t}\n".encode())
    return h.hexdigest()[:12]


def save(path: Path, weights: dict, *, digest: str, notes: list[str]) -> Path:
    """Write the weights whole or not at all (workers may build at the same time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
    np.savez(tmp, **weights, digest=np.asarray(digest), notes=np.asarray("\n".join(notes)))
    tmp.replace(path)
    return path


def stored_digest(path: Path) -> str | None:
    try:
        with np.load(path, allow_pickle=False) as npz:
            return str(npz["digest"]) if "digest" in npz.files else None
    except (OSError, ValueError):
        return None


def load_or_build(path: Path, keys: tuple[str, ...], *, digest: str | None, build: Callable[[], tuple[Path | None, list[str]]],
                  what: str) -> tuple[dict | None, list[str]]:
    """(weights or None, notes saying what was missing): the stored weights, built first where there are
    none or ``digest`` says the training data changed (None: the data is not here to compare, any will do)."""
    notes: list[str] = []
    if not path.is_file() or digest is not None and stored_digest(path) != digest:
        built, notes = build()
        if built is None:
            return None, notes
    try:
        with np.load(path, allow_pickle=False) as npz:
            weights = {k: npz[k] for k in keys}
            stored = str(npz["notes"]) if "notes" in npz.files else ""
    except (OSError, ValueError, KeyError) as exc:
        return None, notes + [f"could not read the {what} at {path}: {exc}"]
    return weights, [n for n in stored.split("\n") if n] or notes


def report(path: Path | None, notes: list[str]) -> int:
    """What a rebuild command prints: the notes as warnings, then where the weights went; its exit status."""
    for note in notes:
        print("warning:", note)
    print(f"weights: {path}" if path else "not built")
    return 0 if path else 1


__all__ = ["logistic", "probabilities", "digest", "save", "stored_digest", "load_or_build", "report"]
