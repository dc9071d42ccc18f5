"""The shape every extraction stage has, and where stages put what they find on the ``Doc``.

A stage is a small callable over a spaCy ``Doc``: it ``predict``s from the parse (and from what
earlier stages wrote) and then ``set_annotations`` on ``doc._.ng_facts``. It declares the
record keys it ``requires`` and ``assigns`` so the pipeline can check the order once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from spacy.tokens import Doc

from ..model import Article, Notice


@dataclass
class Facts:
    """Records found in one article so far, by key of ``model.Extraction``."""

    records: dict[str, Any] = field(default_factory=dict)
    warnings: list[Notice] = field(default_factory=list)

    def add(self, key: str, items) -> None:
        if key == "category":
            self.records[key] = items
        else:
            self.records.setdefault(key, []).extend(items)


def setup_extensions() -> None:
    """Register the ``Doc`` extensions newsgraph uses (explicitly, never at import time)."""
    if not Doc.has_extension("ng_article"):
        Doc.set_extension("ng_article", default=None)
    if not Doc.has_extension("ng_facts"):
        Doc.set_extension("ng_facts", default=None)


class Stage:
    """Base class of extraction stages. Subclasses set the class variables and ``predict``."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> dict[str, Any]:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: dict[str, Any]) -> None:
        facts: Facts = doc._.ng_facts
        for key, items in found.items():
            if key not in self.assigns:
                raise ValueError(f"stage {self.name} wrote {key!r} but declares assigns={self.assigns}")
            facts.add(key, items)

    @staticmethod
    def article(doc: Doc) -> Article:
        return doc._.ng_article
