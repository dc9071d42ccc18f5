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

from spacy.tokens import Doc

from ...model import Category, Notice
from .. import trained
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
        if not self._tried:
            self._tried = True
            items = train.training_items(self.data_dir)  # read once: for the digest and, where needed, the build
            texts, labels, missing = items
            self._weights, self._notes = trained.load_or_build(
                train.cache_path(), ("coef", "intercept", "classes", "vocab", "idf"),
                digest=None if missing else train.digest(texts, labels),  # rebuilt when the training data changed
                build=lambda: train.build(self.data_dir, items=items), what="category weights")
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
        probs = trained.probabilities(weights, train.features([lead], weights))[0]
        best = int(probs.argmax())
        return {"category": Category(label=str(weights["classes"][best]), stage=self.name, confidence=round(float(probs[best]), 3))}


__all__ = ["CategoryStage"]
