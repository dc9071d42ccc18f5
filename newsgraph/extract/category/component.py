"""``newsgraph.category.v1``: the CASE 2021 fine-grained event category of a whole text.

Logistic regression over the bundled all-MiniLM-L6-v2 sentence embedding of the text's lead (its
first ``lead_chars`` characters: CASE snippets are one to three sentences), TF-IDF of the lead's word
unigrams and bigrams, and yes/no cue features from ``case_cues.v1.yml``: one per label, and one per
group of cues that separates sibling labels (who acted on whom, with what). The weights are not shipped: ``train.py`` builds them into the user cache folder
from the events-case2021 dev split and the snippets of ``case_examples.v1.yml``; the stage builds
them on first use when they are missing, and says in ``warnings`` what it could not use.
"""

from __future__ import annotations

import logging

import numpy as np
from spacy.tokens import Doc

from ...model import Category, Notice
from ..base import Stage
from . import train

log = logging.getLogger(__name__)


class CategoryStage(Stage):
    name = "newsgraph.category.v1"
    assigns = ("category",)

    def __init__(self, *, data_dir: str | None = None, lead_chars: int = 600):
        self.data_dir = data_dir
        self.lead_chars = lead_chars
        self._weights: dict | None = None
        self._notes: list[str] = []
        self._tried = False

    def weights(self) -> dict | None:
        if self._tried:
            return self._weights
        self._tried = True
        path = train.cache_path()
        texts, labels, missing = train.training_items(self.data_dir)
        if not path.is_file() or not missing and _stored_digest(path) != train.digest(texts, labels):
            built, notes = train.build(self.data_dir)  # first use, or the training data changed
            self._notes = notes
            if built is None:
                return None
        try:
            with np.load(path, allow_pickle=False) as npz:
                self._weights = {k: npz[k] for k in ("coef", "intercept", "classes", "vocab", "idf")}
                notes = str(npz["notes"]) if "notes" in npz.files else ""
        except (OSError, ValueError, KeyError) as exc:
            self._notes.append(f"could not read the category weights at {path}: {exc}")
            return None
        self._notes = [n for n in notes.split("\n") if n] or self._notes
        return self._weights

    def predict(self, doc: Doc) -> dict:
        facts = doc._.ng_facts
        weights = self.weights()
        for note in self._notes:
            facts.warnings.append(Notice(code="category_training", message=note))
        text = doc.text.strip()
        if weights is None or not text:
            if weights is None:
                facts.warnings.append(Notice(code="category_unavailable", message="no category model: run python -m newsgraph.extract.category.train"))
            return {"category": None}
        article = self.article(doc)
        lead = ((article.title + ". ") if article is not None and article.title else "") + text[: self.lead_chars]
        x = train.features([lead], weights)
        scores = (x @ weights["coef"].T + weights["intercept"])[0]
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        best = int(probs.argmax())
        return {"category": Category(label=str(weights["classes"][best]), stage=self.name, confidence=round(float(probs[best]), 3))}


def _stored_digest(path) -> str | None:
    try:
        with np.load(path, allow_pickle=False) as npz:
            return str(npz["digest"]) if "digest" in npz.files else None
    except (OSError, ValueError):
        return None


__all__ = ["CategoryStage"]
