"""Scorer for the actors of ``events-plover``: does newsgraph give each gold source/target actor the
gold country code and sector?

For every gold actor (a text span of its sentence) the actor named by the span's head is compared: the
gold text is a noun phrase ("Opposition groups in Zimbabwe", "villages near Macedonia", "Red Cross
operating in Iraq", "Serbian army and special police troops"), and the actor it denotes is that of its
head noun (the last word before a post-modifier, a coordination or a bracket; "Hundreds of", "a group
of" skipped), not of a place or organization inside a modifier. Among the mentions that contain the
head, the one that overlaps the span most wins (ties: the shorter); where no mention contains the head
(or it cannot be placed), the mention that overlaps the span most.

Its country must equal the gold code, read as ISO alpha-3 (``CAMEO_TO_ISO`` maps CAMEO's own codes,
e.g. JAP -> JPN; IGO and NGO gold codes ask for an actor of that type); where gold has a sector, its
first three letters must equal the actor's sector (a gold "***" is the coders' "no sector", not one).
An unresolved or missing actor counts as wrong. Items come with a placeholder date (2000-01-01), which
is used as the article's published date.
"""

from __future__ import annotations


from ..config import Settings
from .datasets import as_articles
from ..knowledge.actors import CAMEO_TO_ISO, cameo_country

METRICS = ("actor_country_accuracy", "actor_sector_accuracy")
STAGE = "newsgraph.actors.v1"


def find_span(text: str, needle: str) -> tuple[int, int] | None:
    """Where a gold actor's text is in its sentence (gold spans are strings, some with "..")."""
    needle = needle.strip()
    if not needle:
        return None
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    low = text.lower().find(needle.lower())
    if low >= 0:
        return low, low + len(needle)
    parts = [p.strip() for p in needle.replace("...", "..").split("..") if p.strip()]
    if len(parts) > 1:
        first, last = text.find(parts[0]), text.rfind(parts[-1])
        if 0 <= first < last:
            return first, last + len(parts[-1])
    for w in needle.split():  # not contiguous ("French warships" in "French and Egyptian warships"): its first word
        if len(w) >= 2:
            at = text.find(w)
            if at >= 0:
                return at, at + len(w)
    return None


def predicted_code(actor) -> str | None:
    """The CAMEO-style first code of an actor: its country, or IGO / NGO for such organizations."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    if actor.type in ("igo", "ngo"):
        return actor.type.upper()
    return None


#: words after which a noun phrase's head is over: post-modifiers, relative clauses, coordination
_AFTER_HEAD = {"of", "in", "near", "from", "at", "on", "with", "by", "for", "to", "into", "inside", "outside", "along", "against",
               "across", "around", "between", "under", "operating", "based", "stationed", "who", "which", "that", "and", "or",
               "led", "loyal", "opposed", "fighting", "living", "holding"}
#: "Hundreds of people", "a group of students", "members of Hamas": the head is after "of"
_PARTITIVE = {"hundreds", "thousands", "tens", "dozens", "scores", "millions", "group", "groups", "band", "some", "many", "most",
              "all", "several", "members", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "part",
              "number", "majority", "hundred", "thousand", "dozen", "million", "unit", "units", "contingent"}
_LEADING = {"a", "an", "the", "about", "around", "some", "up", "to", "nearly", "almost", "over", "more", "than", "at", "least",
            "in", "on", "from", "by", "near"}


def head_offset(text: str, gold_text: str, span: tuple[int, int]) -> int | None:
    """Where the head word of a gold actor's phrase is in the sentence (a character offset in ``span``), or None."""
    start, end = span
    words = []  # (word, offset) of the gold phrase's words as they stand in the sentence
    at = start
    for w in gold_text.replace("...", " ").replace("..", " ").split():
        pos = text.find(w, at, end)
        if pos < 0:
            return None
        words.append((w, pos))
        at = pos + len(w)
    i = 0
    while i < len(words):  # "In the capital", "About 200 supporters of", "Hundreds of thousands of people"
        low = words[i][0].lower().strip(",")
        if low in _LEADING or low.replace(",", "").isdigit():
            i += 1
        elif low in _PARTITIVE and i + 1 < len(words) and words[i + 1][0].lower() == "of":
            i += 2
        else:
            break
    head = None
    for w, pos in words[i:]:
        low = w.lower()
        if head is not None and (low in _AFTER_HEAD or w.startswith("(")):
            break
        head = pos + len(w) - 1 if not w.endswith(("'s", "’s")) else pos
        if w.endswith(","):
            head = pos
            break
    return head


def best_actor(actors, start: int, end: int, head: int | None = None):
    """The actor a gold span [start, end) names: among the mentions that contain its ``head`` (a character
    offset) where there is one, the one that overlaps the span most (then: the tighter, shorter mention)."""
    best, best_key = None, None
    for actor in actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap <= 0:
                continue
            key = (head is not None and m.start <= head < m.end, overlap, -(m.end - m.start))
            if best_key is None or key > best_key:
                best, best_key = actor, key
    return best


def gold_code(code: str) -> str:
    code = (code or "").strip().upper()[:3]
    return code if code in ("IGO", "NGO", "MNC", "IMG") else cameo_country(code)


def gold_sector(sector: str | None) -> str:
    """A gold sector's first three letters; "" where gold has none (null, or a placeholder such as "***")."""
    sector = (sector or "").strip()
    return sector[:3].upper() if sector[:3].isalpha() else ""


def compare(actors, text: str, gold: dict) -> tuple[bool | None, bool | None]:
    """(country right?, sector right? or None where gold has no sector) for one gold actor."""
    span = find_span(text, gold.get("text") or "")
    actor = best_actor(actors, *span, head=head_offset(text, gold.get("text") or "", span)) if span else None
    country_ok = actor is not None and predicted_code(actor) == gold_code(gold.get("code"))
    sector = gold_sector(gold.get("sector"))
    sector_ok = None
    if sector:
        sector_ok = actor is not None and (actor.sector or "")[:3] == sector
    return country_ok, sector_ok


def extract_actors(items: list[dict], settings: Settings, *, pipeline=None) -> list[list]:
    """Run the actors stage over each item's text (its ``date`` as the published date)."""
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline(settings.replace(stages=(STAGE,)))
    return [ex.actors for ex in pipeline.pipe(as_articles(items, published=lambda item: item.get("date")))]


def score_actors(items: list[dict], per_item_actors: list[list]) -> dict[str, float]:
    country_hits = country_n = sector_hits = sector_n = 0
    for item, actors in zip(items, per_item_actors):
        gold = item.get("gold") or {}
        for role in ("source", "target"):
            for g in gold.get(role) or ():
                if not (g.get("text") or "").strip() or g.get("malformed"):
                    continue
                country_ok, sector_ok = compare(actors, item["text"], g)
                country_n += 1
                country_hits += bool(country_ok)
                if sector_ok is not None:
                    sector_n += 1
                    sector_hits += bool(sector_ok)
    return {
        "actor_country_accuracy": country_hits / country_n if country_n else 0.0,
        "actor_sector_accuracy": sector_hits / sector_n if sector_n else 0.0,
        "actors_scored": float(country_n),
        "sectors_scored": float(sector_n),
    }


def score(items: list[dict], settings: Settings, *, pipeline=None) -> dict[str, float]:
    """The runner's scorer: ``{"actor_country_accuracy", "actor_sector_accuracy", ...}``."""
    return score_actors(items, extract_actors(items, settings, pipeline=pipeline))


__all__ = ["METRICS", "CAMEO_TO_ISO", "score", "score_actors", "extract_actors", "compare", "find_span", "head_offset", "best_actor",
           "gold_code", "gold_sector", "predicted_code"]
