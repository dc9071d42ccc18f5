"""The category stage's features besides the MiniLM embedding: yes/no cue features read from
``case_cues.v1.yml`` and TF-IDF weights of word unigrams and bigrams over a vocabulary fitted at
training time. Plain numpy, so that the stage needs no scikit-learn at run time."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ...knowledge import read_data

CUES = "case_cues.v1.yml"
CUE_WEIGHT = 0.3  # the scale of a label's yes/no cue feature next to a unit-length embedding
GROUP_WEIGHT = 0.1  # the scale of a sibling group's yes/no feature (chosen by cross-validation, train.py --cv)
NGRAM_WEIGHT = 1.0  # the scale of the unit-length TF-IDF vector
MIN_DF = 2  # an n-gram must occur in this many training texts to enter the vocabulary
_TOKEN = re.compile(r"\b\w\w+\b")


def _compile(words: list[str]) -> re.Pattern | None:
    return re.compile(r"\b(?:" + "|".join(words) + ")", re.IGNORECASE) if words else None


@dataclass(frozen=True)
class Group:
    """A sibling-separating cue: fires when one of ``any`` occurs and every group in ``and`` fires."""

    name: str
    points_to: str
    pattern: re.Pattern | None
    needs: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def label_cues() -> tuple[tuple[str, re.Pattern | None], ...]:
    """(label, pattern) for every label that has cue words, in the file's order."""
    return tuple((label, _compile(words or [])) for label, words in read_data(CUES)["labels"].items())


@lru_cache(maxsize=1)
def groups() -> tuple[Group, ...]:
    return tuple(
        Group(name, spec["points_to"], _compile(spec.get("any") or []), tuple(spec.get("and") or ()))
        for name, spec in read_data(CUES)["groups"].items()
    )


def feature_names() -> list[str]:
    return [f"label:{label}" for label, _ in label_cues()] + [f"group:{g.name}" for g in groups()]


def fired_groups(text: str) -> set[str]:
    """The names of the groups that fire on ``text``."""
    hits = {g.name for g in groups() if g.pattern is not None and g.pattern.search(text)}
    fired: set[str] = set()
    for g in groups():
        if g.name in hits and all(n in hits for n in g.needs):
            fired.add(g.name)
    return fired


def cue_features(texts: list[str]) -> np.ndarray:
    """One yes/no column per label's cue words (``CUE_WEIGHT`` when it fires), then one per sibling group
    (``GROUP_WEIGHT``)."""
    out = np.zeros((len(texts), len(label_cues()) + len(groups())), dtype=np.float32)
    names = [g.name for g in groups()]
    for i, text in enumerate(texts):
        for j, (_, pattern) in enumerate(label_cues()):
            if pattern is not None and pattern.search(text):
                out[i, j] = CUE_WEIGHT
        fired = fired_groups(text)
        for j, name in enumerate(names):
            if name in fired:
                out[i, len(label_cues()) + j] = GROUP_WEIGHT
    return out


def ngrams(text: str) -> Counter:
    """Word unigrams and bigrams (words of two or more letters, lower-cased)."""
    words = _TOKEN.findall(text.lower())
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:])])


def fit_vocabulary(texts: list[str], min_df: int = MIN_DF) -> tuple[list[str], np.ndarray]:
    """(vocabulary, idf): the n-grams in ``min_df`` or more texts, with smoothed inverse document frequency."""
    df: Counter = Counter()
    for text in texts:
        df.update(set(ngrams(text)))
    vocab = sorted(term for term, k in df.items() if k >= min_df)
    n = len(texts)
    idf = np.asarray([math.log((1 + n) / (1 + df[t])) + 1 for t in vocab], dtype=np.float32)
    return vocab, idf


def ngram_features(texts: list[str], index: dict[str, int], idf: np.ndarray) -> np.ndarray:
    """Sublinear TF-IDF over the vocabulary ``index`` (n-gram -> column), each row of unit length,
    scaled by ``NGRAM_WEIGHT``."""
    out = np.zeros((len(texts), len(index)), dtype=np.float32)
    for i, text in enumerate(texts):
        for term, k in ngrams(text).items():
            j = index.get(term)
            if j is not None:
                out[i, j] = (1 + math.log(k)) * idf[j]
        norm = float(np.linalg.norm(out[i]))
        if norm:
            out[i] *= NGRAM_WEIGHT / norm
    return out


__all__ = ["CUE_WEIGHT", "GROUP_WEIGHT", "NGRAM_WEIGHT", "cue_features", "feature_names", "fired_groups", "fit_vocabulary", "groups",
           "label_cues", "ngram_features", "ngrams"]
