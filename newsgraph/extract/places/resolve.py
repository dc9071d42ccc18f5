"""Choosing, for each place mention, which place it means.

Every candidate the gazetteer gives for a name is scored from:
- its prior: the kind of place (a country before a region before a city of the same name) and, for
  cities, population; a capital a little more; a town less known than a namesake in its own country
  (fewer names in GeoNames: Portland, Texas beside Portland, Oregon) a little less;
- how the name matched: the place's own name (or its first part: "Newcastle" for Newcastle upon
  Tyne) before one of its alternate names;
- containment: "Springfield, Illinois" keeps only Springfields in Illinois; "Mosul, Iraq" only Iraq's;
  "the English city of Salisbury" only England's; a town written with a state or country that none
  of its namesakes is in ("Holliday, Mo.") is placed at that state or country;
- lists: a name in a list of states ("Oregon and Washington") is a state, in a list of countries a country;
- the article's country context: countries and demonyms named, and the countries of its other places;
- co-mentioned places: closeness to the other places the article names (second pass);
- one sense per article: every mention of the same name gets the same place.
A name the gazetteer does not know is resolved as the place it is named after, if any, and placed
approximately (``unknown``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ...knowledge import countries as country_kb
from ...knowledge import read_data
from ...knowledge.gazetteer import Entry, Gazetteer, at_state_point, division_names, key, strip_article
from .patterns import Mention
from .unknown import inner_names, prominent

#: Weights of the score; tuned on the dev splits of the geo gold sets (never on test).
W = {
    "continent": 7.5, "country": 7.5, "admin1": 6.0, "region": 8.0, "feature": 5.0, "county": 3.0, "city": 0.0,
    "population": 0.55,  # per power of ten of a city's population
    "known": 1.5,  # per power of ten fewer names than the best-known namesake in the country (``_known_namesakes``)
    "capital": 1.5,
    "name": 2.0,  # the place's own name, not one of its alternate names
    "container": 6.0,
    "country_context": 2.8,
    "admin_context": 1.2,
    "shared_admin": 1.2,  # other names in the article have a candidate in the same first-level division
    "near": 1.6,
    "near_km": 150.0,
    "default_sense": 3.0,
    "list_kind": 3.0,  # a state or country in a list whose other names are mostly of its kind
}

#: One-word names that are a kind of place, which an article uses for its own ("here in the Valley").
GENERIC = {"valley", "bay", "coast", "island", "islands", "lake", "river", "county", "city", "state", "hills", "hill", "beach",
           "peninsula", "region", "area", "downtown", "capital", "border", "strip", "park", "harbor", "harbour", "delta",
           "plains", "mountains", "desert", "sound", "village", "town", "district", "province", "township", "square",
           "canal", "creek", "falls", "port", "heights", "capitol", "campus"}

#: First-level divisions whose towns the gazetteer files under the division's name (the others carry
#: GeoNames' admin1 code, and containment in them cannot be checked).
DIVISION_NAMES = frozenset(division_names().values())

#: Names whose usual sense in news is known ("Washington" is the US capital unless the text says
#: otherwise): name key -> GeoNames id, from regions.v1.yml.
DEFAULT_SENSE = {key(name): int(gid) for name, gid in (read_data("regions.v1.yml").get("default_sense") or {}).items()}


@dataclass
class Resolution:
    mention: Mention
    entry: Entry | None
    confidence: float
    #: how a name the gazetteer does not know was placed: "inner" (at a place named in it),
    #: "container" (written after it or owning it), "focus" (see ``unknown``); "" for a known name
    via: str = ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


#: An official name's form before the name itself ("Republic of Armenia", "the Kingdom of Saudi Arabia").
OFFICIAL = re.compile(r"^(?:the\s+)?(?:(?:Islamic|People['\u2019]s|Federal|Democratic|Socialist|Arab|United)\s+)*"
                      r"(?:Republic|Kingdom|State|Commonwealth|Sultanate|Emirate|Principality|Grand Duchy)\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _variants(m: Mention) -> list[str]:
    text = m.text.strip()
    out = [text]
    if m.division in ("county", "parish") and not key(text).endswith(("county", "parish")):
        out.insert(0, f"{text} {m.division.title()}")  # "Wyandotte counties": Wyandotte County before the town
    if text.lower().startswith("the "):
        out.append(text[4:])
    official = OFFICIAL.match(text)
    if official and len(text) > official.end() + 2:
        out.append(text[official.end():])
    low = text.lower()
    for suffix in (" county", " parish", " province", " governorate", " state", " region", " district", " oblast", " city",
                   " republic"):
        if low.endswith(suffix) and len(text) > len(suffix) + 2:
            out.append(text[: -len(suffix)])
    k = key(text)
    if k.endswith("h"):
        out.append(text[:-1])
    elif k and k[-1] in "aei":
        out.append(text + "h")
    return out


def candidates(m: Mention, gaz: Gazetteer) -> list[Entry]:
    if m.demonym:
        c = country_kb.lookup(m.text)
        if c is not None:
            e = gaz.get(c.geonameid)
            if e is not None:
                return [e]
    found: dict[int, Entry] = {}
    for i, v in enumerate(_variants(m)):
        for e in gaz.lookup(v):
            found.setdefault(e.id, e)
        if found and i == 0:
            break
    out = list(found.values())
    if strip_article(key(m.text)) in GENERIC or key(m.text).removeprefix("the ") in GENERIC:
        # "the Valley", "the Capitol": the article's own valley or capitol, not a town called Valley
        out = [e for e in out if e.kind != "city"]
    own = [e for e in out if _name_score(m, e)]
    if own:
        # a place called by its own name outranks smaller places that merely list it as an old or
        # alternate name ("Franklin" is also an old name of Pacific, Missouri); a larger one stays
        # (Karak, Jordan is "Qir Moav" in GeoNames, Karak, Pakistan a smaller town)
        floor = min(100_000, max((e.population for e in own if e.kind == "city"), default=100_000) + 1)
        out = [e for e in out if _name_score(m, e) or e.population >= floor or e.kind != "city"]
    return out


def _name_score(m: Mention, e: Entry) -> float:
    """1 when the mention is the place's own name (give or take an Arabic article), else 0; a county
    named without its "County" scores 0.3."""
    k = key(m.text)
    own = key(e.name)
    names = {own} | ({strip_article(own)} - {None})
    if k in names or strip_article(k) in names:
        return 1.0
    if e.kind == "county" and k.rsplit(" ", 1)[0] in {n.rsplit(" ", 1)[0] for n in names}:
        return 1.0 if k.endswith(("county", "parish")) else 0.3
    if own.startswith(k + " ") and own[len(k) + 1 :].split(" ", 1)[0] in SHORT_FORM_LINKS:
        return 1.0  # "Newcastle" is Newcastle upon Tyne's own name, shortened; "Frankfurt" Frankfurt am Main's
    return 0.0


#: Words that join a town's name to the river or region it is on ("Newcastle upon Tyne", "Stoke-on-Trent",
#: "Frankfurt am Main", "Châlons-en-Champagne"): news drops them and what follows.
SHORT_FORM_LINKS = {"upon", "on", "under", "am", "an", "im", "ob", "sur", "sous", "en", "by", "in"}


def _prior(m: Mention, e: Entry) -> float:
    score = W.get(e.kind, 0.0)
    if e.kind == "city":
        score += W["population"] * math.log10(e.population + 1)
        if e.feature == "PPLC":
            score += W["capital"]
    if m.division in ("county", "parish"):
        score += 3.0 if e.kind == "county" else -1.0
    elif m.division in ("province", "governorate", "state", "region", "oblast"):
        score += 1.5 if e.kind in ("admin1", "region") else 0.0
    elif m.division == "city":
        score += 1.0 if e.kind == "city" else -1.0
    if e.kind == "county" and m.division not in ("county", "parish") and not key(m.text).endswith(("county", "parish")) \
            and not key(m.text).startswith(("county ", "co ")):
        score -= 2.0  # "Henry" alone is more often a town or a man than Henry County ("County Mayo" says so)
    score += W["name"] * _name_score(m, e)
    if DEFAULT_SENSE.get(key(m.text)) == e.id and not (m.division or m.compass):
        score += W["default_sense"]
    return score


def _known_namesakes(entries: list[Entry]) -> dict[int, float]:
    """Towns that share a name with a better-known town of the same country lose ``W["known"]`` per
    power of ten fewer names (``Entry.names``): Portland, Oregon before Portland, Texas. Namesakes
    abroad are left to population and context (a local paper's Paris is often Paris, Texas)."""
    best: dict[str | None, float] = {}
    for e in entries:
        if e.kind == "city":
            best[e.country_code] = max(best.get(e.country_code, 0.0), math.log10(e.names + 1))
    return {e.id: W["known"] * (math.log10(e.names + 1) - best[e.country_code]) for e in entries if e.kind == "city"}


def _in_container(e: Entry, container: Entry) -> bool:
    if container.kind == "country":
        return e.country_code == container.country_code
    if container.kind == "admin1":
        return e.country_code == container.country_code and (e.admin1 == container.admin1 or e.admin1 == container.name)
    if container.kind == "region" and container.bbox:
        s, w, n, east = container.bbox
        return s <= e.lat <= n and (w <= e.lon <= east if w <= east else (e.lon >= w or e.lon <= east))
    return False


class Resolver:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def resolve(self, mentions: list[Mention]) -> list[Resolution]:
        if not mentions:
            return []
        cands = {id(m): candidates(m, self.gaz) for m in mentions}
        inner = self._inner(mentions, cands)
        originals = {id(inner.get(id(m), m)): m for m in mentions}
        mentions = [inner.get(id(m), m) for m in mentions]
        proxies = {id(p) for p in inner.values()}
        known = {id(m): _known_namesakes(cands[id(m)]) for m in mentions}
        priors: dict[tuple[int, int], float] = {}  # (mention, place) -> _prior, the same in both rounds
        # containers first: "Illinois" in "Springfield, Illinois" is resolved on its own merits
        chosen: dict[int, Entry] = {}
        scores: dict[int, list[tuple[float, Entry]]] = {}
        for round_ in (0, 1):
            context = self._context(mentions, cands, chosen if round_ else None, proxies)
            context["priors"] = priors
            for m in mentions:
                scored = [(self._score(m, e, context, chosen, round_) + known[id(m)].get(e.id, 0.0), e) for e in cands[id(m)]]
                scored.sort(key=lambda se: (-se[0], -se[1].population, se[1].id))
                scores[id(m)] = scored
                if scored:
                    chosen[id(m)] = scored[0][1]
            chosen = self._one_sense(mentions, scores, chosen)
        at_container = self._outside_containers(mentions, chosen)
        out = []
        for m in mentions:
            c = at_container.get(key(m.text))
            if c is not None and not m.demonym and (m.container is None or getattr(chosen.get(id(m.container)), "id", None) == c.id):
                # "Holliday, Mo." when no Holliday the gazetteer knows is in Missouri: at Missouri
                approx = Entry(0, m.text, c.lat, c.lon, c.country_code, c.admin1 or c.name if c.kind == "admin1" else c.admin1,
                               "", "approximate", 0)
                out.append(Resolution(originals[id(m)], approx, 0.3, "container"))
                continue
            e = chosen.get(id(m))
            scored = scores.get(id(m)) or []
            conf = 0.0
            if e is not None:
                margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 3.0
                conf = round(max(0.05, min(0.99, 1 / (1 + math.exp(-(margin - 0.5))))), 3)
            if e is not None and e.kind == "city" and e.population < 2000 and not (m.locative or m.container or m.source == "gold"):
                # a hamlet abroad, or at home, named by a word the NER merely guessed is a place
                # (often a surname): kept, but with a confidence that says so
                home = self._country_share(context, e.country_code, key(m.text)) if e.country_code else 0.0
                if home < 0.25:
                    conf = min(conf, 0.2)
            out.append(Resolution(originals[id(m)], e, conf, "inner" if originals[id(m)] is not m else ""))
        return out

    @staticmethod
    def _outside_containers(mentions: list[Mention], chosen: dict) -> dict[str, Entry]:
        """Names written with a country or first-level division that none of their candidates lies
        in ("Holliday, Mo." where the gazetteer knows only a Holliday in Texas): name key -> the
        container, where every mention of that name is placed instead of at a namesake elsewhere."""
        out: dict[str, Entry] = {}
        for m in mentions:
            c = chosen.get(id(m.container)) if m.container is not None else None
            if c is None or c.kind not in ("country", "admin1") or m.demonym or not m.extra.get("container_closed"):
                continue
            e = chosen.get(id(m))
            if e is None or e.kind not in ("city", "county") or _in_container(e, c):
                continue
            if c.kind == "admin1" and e.country_code == c.country_code and e.admin1 not in DIVISION_NAMES:
                continue  # the town's division is known only by a code: whether it is inside cannot be told
            out[key(m.text)] = c
        return out

    def _inner(self, mentions: list[Mention], cands: dict) -> dict[int, Mention]:
        """For each name the gazetteer does not know, a stand-in mention of the place it is named
        after ("Arizona" for "Arizona State University"), resolved in context like any other and
        then placed approximately (``unknown``); its candidates are added to ``cands``."""
        inner: dict[int, Mention] = {}
        for m in mentions:
            if cands[id(m)] or m.demonym:
                continue
            for name in inner_names(m.text):
                proxy = Mention(m.start, m.end, name, m.source, m.label, demonym=country_kb.is_demonym(name), locative=m.locative)
                found = [e for e in candidates(proxy, self.gaz) if prominent(name, e) or proxy.demonym]
                if found:
                    inner[id(m)], cands[id(proxy)] = proxy, found
                    break
        return inner

    def _context(self, mentions, cands, chosen, proxies=frozenset()) -> dict:
        """What the article says about where it is: votes for countries and first-level divisions
        (by name, so that a name does not vote for its own sense), and the places already chosen.
        Names found inside unknown names (``proxies``) take the context without giving any."""
        countries: dict[str, Counter] = defaultdict(Counter)
        admins: dict[tuple, Counter] = defaultdict(Counter)
        anchors = []
        for m in mentions:
            es = cands[id(m)]
            name = key(m.text)
            if id(m) in proxies:
                continue
            if chosen is not None and id(m) in chosen:
                e = chosen[id(m)]
                countries[e.country_code][name] += 1 if e.kind != "country" else 2
                if e.kind in ("admin1",):
                    admins[(e.country_code, e.name)][name] += 2
                elif e.admin1:
                    admins[(e.country_code, e.admin1)][name] += 1
                if e.kind in ("city", "county"):
                    anchors.append((m, e))
            elif len(es) == 1 or any(e.kind == "country" and _name_score(m, e) for e in es):
                e = next((e for e in es if e.kind == "country"), es[0])
                countries[e.country_code][name] += 2 if e.kind == "country" else 1
                if e.kind == "admin1":
                    admins[(e.country_code, e.name)][name] += 1
        countries.pop(None, None)
        # which first-level divisions the article's names may be in, each name weighted by how sure;
        # a country's or region's name does not vote for the divisions of its namesake villages
        # (Russia, Ohio)
        shared: dict[tuple, dict[str, float]] = defaultdict(dict)
        for m in mentions:
            named = {e.kind for e in cands[id(m)] if _name_score(m, e)}
            if id(m) in proxies or m.demonym or named & {"country", "continent", "region"} and "admin1" not in named:
                continue
            divs = {(e.country_code, e.admin1 if e.kind != "admin1" else e.name) for e in cands[id(m)]
                    if e.kind in ("city", "county", "admin1") and e.admin1}
            for d in divs:
                shared[d][key(m.text)] = max(shared[d].get(key(m.text), 0.0), 1.0 / len(divs))
        by_name: Counter = Counter()
        for votes in countries.values():
            by_name.update(votes)
        contained = defaultdict(list)
        for m in mentions:
            if m.container is not None:
                contained[id(m.container)].extend(cands[id(m)])
        return {"contained": contained, "countries": countries, "by_name": by_name, "total": sum(by_name.values()), "admins": admins,
                "anchors": anchors, "shared": shared}

    @staticmethod
    def _country_share(context: dict, cc: str, name: str) -> float:
        """Share of the article's country votes for ``cc``, leaving out those of ``name`` itself."""
        total = context["total"] - context["by_name"].get(name, 0)
        if total <= 0 or cc not in context["countries"]:
            return 0.0
        votes = context["countries"][cc]
        return (sum(votes.values()) - votes.get(name, 0)) / total

    def _score(self, m: Mention, e: Entry, context: dict, chosen: dict, round_: int) -> float:
        priors = context["priors"]
        score = priors.get((id(m), e.id))
        if score is None:
            score = priors[(id(m), e.id)] = _prior(m, e)
        if m.container is not None:
            container = chosen.get(id(m.container))
            if container is not None:
                score += W["container"] if _in_container(e, container) else -W["container"] / 2
        named = m.extra.get("country")
        if named and e.kind not in ("country", "continent"):
            score += W["container"] if e.country_code == named else -W["container"] / 2  # "the English city of X"
        contained = context["contained"].get(id(m))
        if contained and e.kind in ("country", "admin1", "region") and any(_in_container(c, e) for c in contained):
            score += W["container"]  # "Athens, Georgia": the Georgia that has an Athens
        if e.kind != "country" and e.country_code:
            share = self._country_share(context, e.country_code, key(m.text))
            score += W["country_context"] * min(1.0, 2 * share)
            if e.kind in ("city", "county") and e.admin1:
                votes = context["admins"].get((e.country_code, e.admin1))
                adm = sum(votes.values()) if votes else 0
                score += W["admin_context"] * min(1.0, adm / 2)
                shared = sum(w for name, w in context["shared"].get((e.country_code, e.admin1), {}).items() if name != key(m.text))
                score += W["shared_admin"] * min(1.0, shared)
        if round_ and m.peers and e.kind in ("admin1", "country"):
            # a list names places of one kind: "Oregon and Washington" are states, "Georgia and Ukraine" countries
            kinds = [chosen[id(p)].kind for p in m.peers if id(p) in chosen and key(p.text) != key(m.text)]
            if kinds and kinds.count(e.kind) * 2 > len(kinds):
                score += W["list_kind"]
        if round_ and e.kind in ("city", "county"):
            best = None
            for other, oe in context["anchors"]:
                if key(other.text) == key(m.text) or oe.id == e.id:
                    continue
                d = haversine_km(e.lat, e.lon, oe.lat, oe.lon)
                best = d if best is None or d < best else best
            if best is not None:
                score += W["near"] * math.exp(-best / W["near_km"])
        return score

    def _one_sense(self, mentions, scores, chosen) -> dict:
        groups = defaultdict(list)
        for m in mentions:
            if not m.demonym:
                groups[key(m.text)].append(m)
        for ms in groups.values():
            if len(ms) < 2:
                continue
            total: dict[int, float] = defaultdict(float)
            entries = {}
            for m in ms:
                for s, e in scores.get(id(m), []):
                    total[e.id] += s
                    entries[e.id] = e
            if not total:
                continue
            best = max(total, key=lambda i: (total[i], entries[i].population))
            for m in ms:
                if m.container is None and any(e.id == best for _, e in scores.get(id(m), [])):
                    chosen[id(m)] = entries[best]
        return chosen


def article_focus(res: list[Resolution], gaz: Gazetteer | None = None) -> Entry | None:
    """Where the article is: the most-named city or county of its most-named first-level division of
    its most-named country, ties going to the larger town (names placed only approximately do not
    count; mentions weigh their confidence). An article that names no
    city or county is at its most-named division of that country, else at the country's capital
    (where its ministries and embassies are; needs ``gaz``); None when it names no country either."""
    placed = [r for r in res if r.entry is not None and not r.via]
    local = [r for r in placed if r.entry.kind in ("city", "county")]
    countries = Counter(r.entry.country_code for r in placed if r.entry.country_code)
    # ties (each country or division named once) go to the one with the largest town named
    largest: dict[tuple, int] = defaultdict(int)
    for r in local:
        for k in ((r.entry.country_code,), (r.entry.country_code, r.entry.admin1)):
            largest[k] = max(largest[k], r.entry.population)
    home = max(countries, key=lambda c: (countries[c], largest[(c,)])) if countries else None
    if not local:
        return _wide_focus(placed, home, gaz)
    divisions = Counter((r.entry.country_code, r.entry.admin1 if r.entry.kind != "admin1" else r.entry.name)
                        for r in placed if r.entry.country_code == home and r.entry.kind in ("city", "county", "admin1"))
    region = max(divisions, key=lambda d: (divisions[d], largest[d])) if divisions else None
    pool = ([r for r in local if (r.entry.country_code, r.entry.admin1) == region]
            or [r for r in local if r.entry.country_code == home] or local)
    weight: Counter = Counter()
    first: dict[int, int] = {}
    entries = {}
    for i, r in enumerate(pool):
        weight[r.entry.id] += r.confidence * (1.0 if _name_score(r.mention, r.entry) else 0.3)
        first.setdefault(r.entry.id, i)
        entries[r.entry.id] = r.entry
    return entries[max(weight, key=lambda k: (round(weight[k], 1), entries[k].population))]


def _wide_focus(placed: list[Resolution], home: str | None, gaz: Gazetteer | None) -> Entry | None:
    if home is None:
        return None
    divisions = Counter(r.entry.id for r in placed if r.entry.kind == "admin1" and r.entry.country_code == home)
    if divisions:
        best = divisions.most_common(1)[0][0]
        return next(r.entry for r in placed if r.entry.id == best)
    return capital_of(home, gaz) if gaz is not None else None


def capital_of(cc: str, gaz: Gazetteer) -> Entry | None:
    """The capital city of country ``cc``, from the country table and the gazetteer."""
    country = country_kb.by_iso2(cc)
    if country is None or not country.capital:
        return None
    return next((e for e in gaz.lookup(country.capital) if e.feature == "PPLC" and e.country_code == cc), None)


def fall_back_to_focus(res: list[Resolution]) -> None:
    """A name the gazetteer does not know ("Royal Street", a hamlet) is placed at the article's focus,
    with a low confidence and no GeoNames id. Demonyms are left unresolved, and so is every unknown
    name in an article that names no city or county."""
    focus = article_focus(res)
    if focus is None:
        return
    for r in res:
        if r.entry is None and not r.mention.demonym:
            r.entry = Entry(0, r.mention.text, focus.lat, focus.lon, focus.country_code, focus.admin1, "", "approximate", 0)
            r.confidence, r.via = 0.1, "focus"


def place_county(res: list[Resolution]) -> None:
    """A county without a point of its own carries its state's point: move each such county to the
    mean of the article's cities in the same state when there are any."""
    for r in res:
        e = r.entry
        if e is None or not at_state_point(e):
            continue
        near = [o.entry for o in res if o.entry is not None and o.entry.kind == "city" and o.entry.country_code == e.country_code
                and o.entry.admin1 == e.admin1]
        if near:
            lat = sum(x.lat for x in near) / len(near)
            lon = sum(x.lon for x in near) / len(near)
            r.entry = Entry(e.id, e.name, lat, lon, e.country_code, e.admin1, e.feature, e.kind, e.population, e.bbox, e.names)


__all__ = ["Resolver", "Resolution", "candidates", "haversine_km", "place_county", "article_focus", "fall_back_to_focus"]
