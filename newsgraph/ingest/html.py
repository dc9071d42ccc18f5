"""HTML pages: trafilatura finds the main text and the metadata; htmldate the date if it does not."""

from __future__ import annotations

import re
from datetime import date

from ..errors import MALFORMED, NO_TEXT, InputError
from ..model import Notice
from .draft import Draft

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body|<article|<div|<p[ >])", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def read_html(html: str, origin: str) -> Draft:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=False
        )
    except Exception as exc:  # trafilatura raises many lxml types on broken markup
        raise InputError(f"the HTML could not be parsed ({exc.__class__.__name__})", reason=MALFORMED, origin=origin) from None
    warnings: list[Notice] = []
    text = doc.text if doc is not None else None
    if not text or not text.strip():
        text = _fallback_text(html)
        if not text:
            raise InputError("no article text found in the HTML", reason=NO_TEXT, origin=origin)
        warnings.append(Notice(code="html_fallback", message="main-text extraction failed; used all visible text"))
    draft = Draft(
        text=_paragraphs(text),
        origin=origin,
        format="html",
        title=_clean(getattr(doc, "title", None)),
        authors=_authors(getattr(doc, "author", None)),
        url=_clean(getattr(doc, "url", None)),
        source=_clean(getattr(doc, "sitename", None)),
        warnings=warnings,
        boilerplate=dropped_boilerplate(html, text),
    )
    draft.published = _date(getattr(doc, "date", None)) or _htmldate(html)
    return draft


def _paragraphs(text: str) -> str:
    """trafilatura separates blocks by one newline; newsgraph separates paragraphs by a blank line."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


_BLOCKS = {"p", "li", "div", "section", "aside", "footer", "header", "h2", "h3", "h4", "figcaption", "blockquote", "form"}


def dropped_boilerplate(html: str, kept: str) -> list[str]:
    """Blocks trafilatura left out that are boilerplate (appeals, prompts, share lines): kept
    in ``article.boilerplate`` so that a user can see what was removed."""
    import lxml.html

    from .boilerplate import is_boilerplate

    try:
        tree = lxml.html.fromstring(html)
    except Exception:
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    found: list[str] = []
    for el in tree.iter(*_BLOCKS):
        if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in el):
            continue
        block = " ".join(el.text_content().split())
        if block and block not in kept and block not in found and is_boilerplate(block):
            found.append(block)
    return found


def _fallback_text(html: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return _paragraphs(tree.text_content())


def _authors(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in re.split(r";|\band\b|,", raw) if a.strip()]


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _htmldate(html: str) -> date | None:
    from htmldate import find_date

    try:
        return _date(find_date(html, original_date=True, outputformat="%Y-%m-%d"))
    except Exception:
        return None
