"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability of the first few thousand characters."""
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return lang, float(prob)
