"""From a Draft to an Article: boilerplate out, language in, length checked, id from the body."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

from ..config import Settings
from ..errors import NO_TEXT
from ..model import Article, Notice
from .boilerplate import clean
from .draft import Draft, Rejection
from .language import detect


def article_id(text: str) -> str:
    """Hash of the normalized body: the same story from two files or feeds is one article."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def finish(draft: Draft, settings: Settings, *, published: date | None = None) -> tuple[Article, list[Notice]] | Rejection:
    """``published`` (from the command line) wins over the date found in the input."""
    cleaned = clean(draft.text, title=draft.title)
    warnings = list(draft.warnings)
    text = cleaned.text
    if len(text) < settings.min_chars:
        return Rejection(draft.origin, NO_TEXT, f"only {len(text)} characters of article text (setting min_chars={settings.min_chars})")
    if len(text) > settings.max_chars:
        text = _truncate(text, settings.max_chars)
        warnings.append(Notice(code="truncated", message=f"text cut to {len(text):,} characters (setting max_chars)"))
    language, prob = detect(text)
    if prob < settings.language_min_confidence:
        warnings.append(Notice(code="language_uncertain", message=f"language unclear ({language}, p={prob:.2f}); treated as English"))
        language = "en"
    elif language not in settings.languages:
        warnings.append(
            Notice(code="unsupported_language", message=f"language is {language!r} (p={prob:.2f}); extractors support {', '.join(settings.languages)}: stored without extraction")
        )
    authors = _unique([*draft.authors, *cleaned.authors])
    article = Article(
        id=article_id(text),
        input_id=draft.input_id,
        title=draft.title,
        published=published or draft.published,
        authors=authors,
        source=draft.source,
        url=draft.url,
        language=language,
        text=text,
        boilerplate=[*draft.boilerplate, *cleaned.removed],
        origin=draft.origin,
        format=draft.format,
    )
    if article.published is None:
        warnings.append(Notice(code="no_published_date", message="no publication date: relative dates cannot be resolved (use --published)"))
    return article, warnings


def _truncate(text: str, limit: int) -> str:
    cut = text.rfind("\n\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = re.sub(r"\s+", " ", name).strip()
        if key and key.lower() not in seen:
            seen.add(key.lower())
            out.append(key)
    return out
