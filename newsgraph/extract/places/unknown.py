"""Placing the names the gazetteer does not know: a school, a street, a ministry, a hotel.

News says where such a place is by what it writes around its name, so a name the gazetteer has never
heard of is placed, in this order, at:
1. the place written right after it ("Kamenné Square in Bratislava", "Palais des Nations, Geneva")
   or owning it ("London's Heathrow cargo centre");
2. the place it is named after, which the resolver chose for it in context (``inner_names``):
   "Arizona State University" at Arizona, "Council of Europe" at Europe, "South Florida" at Florida,
   "Ontarians" at Ontario;
3. the town its paragraph is about, when the paragraph names towns of one division only (a page of
   several stories), else the article's focus (``resolve.article_focus``).
A small town the gazetteer did know but that lies far from the focus is doubted (``SMALL_TOWN``). A
country's ministry or parliament is at its capital. A wide place from 1 or 2 (a state, a country) gives
way to the focus when the focus lies inside it and the name is a street or a building ("Virginia
Hospital Center" in a Norfolk story). The town named nearest in the same sentence did worse
than the focus on every dev split: one mis-resolved neighbour moves the name, the focus needs several.
The point is an approximation: the record keeps no GeoNames id.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ...knowledge.gazetteer import Entry, Gazetteer, key
from .patterns import COMPASS, COMMON_WORDS, NOT_PLACE_WORDS, Mention

if TYPE_CHECKING:
    from .resolve import Resolution

#: Words that make a name an organisation named after a place ("Arizona State University", "Manitoba
#: Chambers of Commerce", "Liverpool FC"); other names ("Tennessee Colony", "Green Oaks Boulevard") are
#: places of their own, and their first word says nothing about where they are.
NAMED_AFTER_WORDS = NOT_PLACE_WORDS | {
    "chamber", "chambers", "commission", "academy", "gardens", "embassy", "consulate", "federation", "republic",
    "economics", "fc", "cathedral", "palace",
}

#: Streets and buildings: inside a wide place they are where the article's town is, not at the
#: wide place's centre ("Texas Avenue" in Houston, "Virginia Gateway" in Gainesville).
BUILDING_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway", "square", "plaza",
    "bridge", "station", "mall", "hotel", "inn", "center", "centre", "stadium", "arena", "park", "church", "library",
    "hall", "building", "tower", "gateway", "court", "market", "airport", "hospital",
}

#: Physical features are not where their namesake is ("Gulf of Alaska", "Neches River", "Lake Ontario").
NATURAL_WORDS = {
    "river", "lake", "creek", "bay", "gulf", "sea", "ocean", "mount", "mountain", "mountains", "island", "islands",
    "isle", "cape", "strait", "canal", "valley", "falls", "peninsula", "desert", "forest", "coast", "reservoir",
}

_AFTER = re.compile(r"^\s*(?:,|in|at|near|outside|of)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['\u2019]s?\s+(?:the\s+)?$")


def inner_names(text: str) -> list[str]:
    """Names inside an unknown name that say where it is, most telling first: the head of "Washington,
    D.C.", the rest of "South Florida", the place of "Council of Europe", the first words of "Arizona
    State University" (only for organisations, see ``NAMED_AFTER_WORDS``), the place of "Ohioans"."""
    text = text.strip()
    words = text.split()
    low = [w.lower().strip(".,") for w in words]
    if len(words) < 2 and "/" not in text:
        return _resident_stems(text)
    if low[-1] in NATURAL_WORDS or low[0] in NATURAL_WORDS:
        return []
    out = []
    if "," in text:
        out.append(text.split(",")[0].strip())
    if low[0] in COMPASS and len(words) > 1:
        out.append(" ".join(words[1:]))
    if "/" in words[0]:
        out.append(words[0].split("/")[0])
    if any(w in NAMED_AFTER_WORDS for w in low):
        if " of " in text:
            tail = text.rsplit(" of ", 1)[1]
            out.append(re.sub(r"^(?:the|The)\s+", "", tail))
        for n in range(min(3, len(words) - 1), 0, -1):
            out.append(" ".join(words[:n]))
    return [n for n in out if n[:1].isupper() and n.lower() not in COMMON_WORDS and not n.endswith(("'s", "\u2019s"))]


#: How the names of a place's people are made: (ending, what replaces it) - "Iowans", "Texans",
#: "Ontarians", "Floridians", "New Yorkers", "Londoners", "Richmondites".
_RESIDENTS = (("ians", "ia"), ("ians", "io"), ("ians", "a"), ("ians", ""), ("ans", ""), ("ns", ""), ("ns", "s"),
              ("ers", ""), ("ites", ""), ("ian", "ia"), ("ian", "io"), ("ian", "a"), ("an", ""), ("n", ""), ("n", "s"), ("er", ""))


def _resident_stems(word: str) -> list[str]:
    """The place a word for its people names ("Ohioans" -> Ohio), as candidates to look up."""
    if not word[:1].isupper() or not word.isalpha():
        return []
    out = []
    for ending, repl in _RESIDENTS:
        if word.lower().endswith(ending) and len(word) - len(ending) + len(repl) >= 4:
            stem = word[: len(word) - len(ending)] + repl
            if stem not in out:
                out.append(stem)
    return out


def prominent(name: str, e: Entry) -> bool:
    """Whether ``e`` is a sense of ``name`` telling enough to place something named after it: a
    country, region or division, or a town of its own name with 15,000 people or more (not "Heathrow",
    Florida, nor a hamlet whose alternate name happens to be "Turtle")."""
    if e.kind in ("country", "continent", "region", "admin1", "feature"):
        return True
    return e.kind == "city" and e.population >= 15_000 and key(e.name) == key(name)


def _inside(e: Entry, wide: Entry) -> bool:
    if wide.kind in ("country",):
        return e.country_code == wide.country_code
    if wide.kind == "admin1":
        return e.country_code == wide.country_code and e.admin1 == wide.name
    if wide.kind in ("region", "continent", "feature") and wide.bbox:
        s, w, n, east = wide.bbox
        return s <= e.lat <= n and (w <= e.lon <= east if w <= east else (e.lon >= w or e.lon <= east))
    return False


#: A country's government sits in its capital ("the Russian Foreign Ministry", "Turkey's parliament").
GOVERNMENT_WORDS = {"ministry", "government", "parliament", "cabinet", "presidency", "senate", "duma", "assembly"}


def _is_government(m: Mention) -> bool:
    return any(w.lower() in GOVERNMENT_WORDS for w in m.text.split())


def _is_building(m: Mention) -> bool:
    return m.text.split()[-1].lower().rstrip(".") in BUILDING_WORDS


def place_unknown(res: list[Resolution], text: str, gaz: Gazetteer | None = None) -> None:
    """Place every resolution without a place of its own (``entry`` None, or ``via == "inner"``) by
    the rules in the module docstring; ``via`` says which rule placed it."""
    from .resolve import article_focus, capital_of

    focus = article_focus(res, gaz)
    if focus is not None:
        _doubt_far_towns(res, focus, gaz)
    known = sorted((r for r in res if r.entry is not None and not r.via and not r.mention.demonym), key=lambda r: r.mention.start)
    starts = [r.mention.start for r in known]
    paragraphs: dict[int, Entry | None] = {}
    for r in res:
        if r.mention.demonym or r.entry is not None and r.via != "inner":
            continue
        wide, via = _written_with(r.mention, known, starts, text), "container"
        if wide is None and r.via == "inner":
            wide, via = r.entry, "inner"
        if wide is not None and wide.kind == "country" and gaz is not None and _is_government(r.mention):
            wide = capital_of(wide.country_code, gaz) or wide
        if wide is not None and (wide.kind in ("city", "county") or focus is None
                                 or not (_is_building(r.mention) and _inside(focus, wide))):
            _approximate(r, wide, via, 0.3)
        elif focus is not None:
            _approximate(r, _paragraph_focus(res, text, r.mention.start, paragraphs) or focus, "focus", 0.1)
        else:
            r.entry, r.via = None, ""


#: How many mentions of towns of one division a paragraph needs to be about a place of its own (a page
#: of several stories: "a museum opening in Miami Beach" above "cookie tips from Tacoma").
PARAGRAPH_TOWNS = 2


def _paragraph_focus(res: list[Resolution], text: str, at: int, cache: dict) -> Entry | None:
    """The town a paragraph is about, when it names towns of one division at least ``PARAGRAPH_TOWNS``
    times and no other; else None (the article's focus stands)."""

    start = text.rfind("\n", 0, at) + 1
    if start in cache:
        return cache[start]
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    towns = [r for r in res if start <= r.mention.start < end and r.entry is not None and not r.via
             and r.entry.kind in ("city", "county") and not r.mention.demonym]
    divisions = {(r.entry.country_code, r.entry.admin1) for r in towns}
    focus = None
    if len(towns) >= PARAGRAPH_TOWNS and len(divisions) == 1:
        focus = max(towns, key=lambda r: (sum(o.entry.id == r.entry.id for o in towns), r.entry.population)).entry
    cache[start] = focus
    return focus


#: A town smaller than this, further than ``FAR_KM`` from the article's focus, is more often a wrong
#: namesake, a street or a surname ("Chartres" and "Bourbon" streets in a New Orleans story, "Pioneer"
#: cinema in a Yorkshire one) than a second place the story is about: it becomes the city of
#: ``BIG_CITY`` people or more of that name in the focus's country if there is one ("Boston" beside
#: Washington and New York is not Boston, New York), else an unknown name, unless a container vouches
#: for it ("Sevierville, Tenn."). Chosen on the dev splits of all three geo sets, where it helps each
#: (a real distant town - Salisbury in a Moscow story - is the cost).
SMALL_TOWN = 50_000
FAR_KM = 300.0
BIG_CITY = 300_000


def _doubt_far_towns(res: list[Resolution], focus: Entry, gaz: Gazetteer | None) -> None:
    from .resolve import haversine_km

    vouched = {key(r.mention.text) for r in res if r.mention.container is not None or r.mention.extra.get("country")}
    for r in res:
        e = r.entry
        if (e is None or r.via or e.kind != "city" or e.population >= SMALL_TOWN or e.id == focus.id or r.mention.demonym
                or key(r.mention.text) in vouched or haversine_km(e.lat, e.lon, focus.lat, focus.lon) <= FAR_KM):
            continue
        namesakes = gaz.lookup(r.mention.text) if gaz is not None else ()
        r.entry = max((c for c in namesakes if c.kind == "city" and c.population >= BIG_CITY and c.country_code == focus.country_code
                       and key(c.name) == key(r.mention.text)), key=lambda c: c.population, default=None)


def _written_with(m: Mention, known: list[Resolution], starts: list[int], text: str) -> Entry | None:
    """The place written right after ``m`` ("X in Bratislava", "X, Geneva") or owning it ("London's X")."""
    i = bisect.bisect_left(starts, m.end)
    if i < len(known):
        nxt = known[i]
        if nxt.mention.start - m.end <= 12 and _AFTER.match(text[m.end : nxt.mention.start]) and nxt.entry.kind != "continent":
            return nxt.entry
    j = bisect.bisect_left(starts, m.start) - 1
    if j >= 0:
        prev = known[j]
        if prev.mention.end <= m.start and _POSSESSIVE.match(text[prev.mention.end : m.start]):
            return prev.entry
    return None


def _approximate(r: Resolution, at: Entry, via: str, confidence: float) -> None:
    r.entry = Entry(0, r.mention.text, at.lat, at.lon, at.country_code, at.admin1, "", "approximate", 0)
    r.confidence, r.via = confidence, via


__all__ = ["inner_names", "place_unknown", "prominent"]
