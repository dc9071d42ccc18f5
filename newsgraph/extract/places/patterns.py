"""Recognising place mentions: spaCy's GPE/LOC/FAC entities, demonyms (NORP), and the gazetteer for
names the small model misses or mis-tags (it calls Raqqa and Manbij organisations).

Each mention is a ``Mention``: character offsets into the text, and what was seen around it that
resolution uses: the container written after it ("Springfield, Illinois"), a compass word before it
("northern Syria"), whether it is a demonym ("Iraqi") and whether it was found by the NER.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...knowledge import countries as country_kb
from ...knowledge.gazetteer import Gazetteer, key, strip_article

#: Entity labels read as places; NORP only when it is a country's demonym.
PLACE_LABELS = {"GPE", "LOC", "FAC"}

#: Words that may sit before a place name and are not part of it ("northern Syria").
COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern",
    "north-western", "south-eastern", "south-western", "upstate", "downstate", "downtown", "greater",
    "n.", "s.", "e.", "w.", "n.e.", "n.w.", "s.e.", "s.w.",
}

#: Entity labels the small model gives place names it does not know (Raqqa as ORG, Manbij as PRODUCT).
MISREAD_LABELS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"}

#: Arabic article prefixes written before a name ("al-Bab", "ar-Raqqa", "el-Arish").
ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|el|an|ad|ash|az|at|ath|adh)[-\u2010 ]", re.IGNORECASE)

#: Words that make a capitalised run an organisation or a person, not a place.
NOT_PLACE_WORDS = {
    "ministry", "party", "army", "forces", "force", "council", "university", "college", "school", "company",
    "corp", "inc", "bank", "news", "times", "post", "agency", "committee", "court", "department", "police",
    "front", "brigade", "brigades", "movement", "group", "association", "union", "commission", "church",
    "hospital", "airlines", "airways", "club", "team", "fc", "state's", "government", "office", "house",
    "journal", "tribune", "herald", "gazette", "press", "media", "network", "foundation", "institute",
    "center", "centre", "museum", "board", "administration", "authority", "corporation", "senate", "assembly",
    "congress", "parliament", "services", "service", "fire", "sheriff", "sheriff's", "county's",
}

#: Words to ignore as one-word gazetteer matches: common English words that are also place names.
COMMON_WORDS = {
    "of", "in", "at", "to", "by", "on", "it", "is", "as", "an", "be", "or", "he", "she", "we", "us", "i", "a",
    "the", "and", "but", "for", "not", "this", "that", "may", "can", "will", "mobile", "police", "reading",
    "bath", "nice", "split", "mission", "liberty", "union", "independence", "victoria", "march", "april",
    "june", "july", "august", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "god", "allah", "christmas", "easter", "ramadan", "eid", "islam", "islamic", "muslim", "muslims",
    "christian", "christians", "jewish", "jews", "arabs", "sunni",
    "shia", "shiite", "mr", "mrs", "ms", "dr", "gen", "col", "sen", "rep", "gov", "president", "minister",
    "prime", "king", "queen", "prince", "pope", "chief", "general", "state", "city", "county", "republic",
    "democratic", "republican", "democrats", "republicans", "federal", "national", "international", "world",
    "new", "old", "great", "little", "big", "north", "south", "east", "west", "central", "center", "hope",
    "unity", "peace", "justice", "freedom", "progress", "friendship", "commerce", "industry", "university",
    "college", "school", "church", "hospital", "park", "lake", "river", "mount", "fort", "port", "bay",
    "beach", "springs", "valley", "hill", "hills", "island", "islands", "street", "avenue", "road", "media",
    "miss", "sun", "star", "titan", "soul", "bo", "page", "early", "late", "summer", "winter", "spring", "fall",
    "obama", "bush", "clinton", "trump", "putin", "assad", "erdogan", "lincoln", "jackson", "washington's",
    "man", "men", "women", "family", "home", "office", "page", "story", "photo", "video", "said", "says",
    "more", "most", "all", "one", "two", "three", "after", "before", "during", "while", "when", "where",
    "what", "who", "how", "why", "if", "then", "there", "here", "also", "just", "only", "even", "still",
    "today", "tonight", "yesterday", "tomorrow", "week", "year", "day", "time", "news", "report", "arabic",
}

#: Words before a name that make it a place ("in Manbij", "near Sirte", "from Raqqa").
LOCATIVE = {"in", "at", "near", "from", "to", "outside", "into", "across", "around", "toward", "towards",
            "between", "through", "inside", "via", "of", "and", "across", "throughout", "within", "out"}

#: Suffix words that name a kind of division ("Idlib province", "Borno state", "Henry County").
DIVISION_WORDS = {"province", "governorate", "district", "region", "state", "county", "parish", "oblast", "prefecture",
                  "municipality", "city", "town", "village", "valley", "mountains", "river", "desert", "island"}



@dataclass
class Mention:
    start: int
    end: int
    text: str
    source: str  # ner, norp, gazetteer, container, gold
    label: str = ""
    demonym: bool = False
    container: "Mention | None" = None  # the place written after it: "Springfield, Illinois"
    compass: str | None = None  # "northern" in "northern Syria"
    locative: bool = False  # preceded by in/at/near/from ...
    division: str | None = None  # "province" in "Idlib province" (kept outside the span)
    extra: dict = field(default_factory=dict)
    #: the places named in the same list ("Oregon and Washington", "Iowa, Ohio or Texas")
    peers: list["Mention"] = field(default_factory=list, repr=False, compare=False)

    def overlaps(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive or punctuation from a span."""
    span = text[start:end]
    m = re.match(r"^(?:the|The|THE)\s+", span)
    if m and end - start > m.end():
        start += m.end()
    span = text[start:end]
    m = re.search(r"(?:['\u2019]s?|[,;:!?\"\u201d)])$", span)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def _strip_compass(doc_text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int, str | None]:
    """"northern Syria" -> the span of "Syria" and "northern"; names that begin with a compass word
    and are themselves known ("West Africa", "North Carolina", "South Sudan") stay whole."""
    span = doc_text[start:end]
    first, _, rest = span.partition(" ")
    if rest and first.lower() in COMPASS and (first[0].islower() or not gaz.lookup(span)) and gaz.lookup(rest):
        return start + len(first) + 1, end, first.lower()
    return start, end, None


def _is_demonym(text: str) -> bool:
    return country_kb.is_demonym(text)


def _prev_word(doc: Doc, i: int) -> str:
    return doc[i - 1].lower_ if i > 0 else ""


def _entity_mentions(doc: Doc, gaz: Gazetteer, text: str) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            start, end = _trim(text, ent.start_char, ent.end_char)
            start, end, compass = _strip_compass(text, start, end, gaz)
            if end <= start:
                continue
            name = text[start:end]
            if not name[:1].isupper() or ent.label_ == "FAC" and not gaz.lookup(name):
                continue
            out.append(Mention(start, end, name, "ner", ent.label_, compass=compass,
                               locative=_prev_word(doc, ent.start) in LOCATIVE, demonym=_is_demonym(name)))
        elif ent.label_ == "NORP":
            start, end = _trim(text, ent.start_char, ent.end_char)
            name = text[start:end]
            if _is_demonym(name):
                out.append(Mention(start, end, name, "norp", ent.label_, demonym=True))
        elif ent.label_ in MISREAD_LABELS:
            out.extend(_misread_entity(doc, text, ent, gaz))
    return out


def _known_as_place(name: str, gaz: Gazetteer, *, min_population: int) -> bool:
    for e in gaz.lookup(name):
        if e.kind in ("country", "continent", "region", "admin1", "feature"):
            return True
        if e.kind == "city" and e.population >= min_population and key(e.name) in (key(name), strip_article(key(name))):
            return True
        if e.kind == "city" and e.population >= min_population * 5:
            return True
    return False


def _place_prefix(doc: Doc, text: str, ent: Span, gaz: Gazetteer) -> list[Mention]:
    """The place an organisation is named after: "Texas" in "Texas Department of Public Safety",
    "U.S." in "U.S. Army", "Paris" in "Paris Police Department" (longest known prefix first)."""
    if ent[0].lower_ == "the":
        ent = ent[1:]
    for n in range(min(3, len(ent) - 1), 0, -1):
        span = ent[:n]
        if span[-1].lower_ in NOT_PLACE_WORDS or span.text.lower() in COMMON_WORDS:
            continue
        name = span.text
        if _is_demonym(name):
            return []  # "American Red Cross": an adjective, not a place reference
        if any(e.kind in ("country", "admin1", "continent") or e.kind == "city" and e.population >= 20_000
               for e in gaz.lookup(name) if key(e.name) == key(name) or e.kind == "country"):
            start, end = _trim(text, span.start_char, span.end_char)
            return [Mention(start, end, text[start:end], "gazetteer", ent.label_, extra={"in_name_of": ent.text})]
    return []


def _misread_entity(doc: Doc, text: str, ent: Span, gaz: Gazetteer) -> list[Mention]:
    """An ORG, PERSON or PRODUCT entity that is really a place: "Raqqa", "Manbij", "al-Bab". A person's
    name must follow a locative word ("in", "near") to be taken as a place."""
    words = [t.lower_ for t in ent]
    start, end = _trim(text, ent.start_char, ent.end_char)
    if any(e.kind in ("country", "continent", "region") for e in gaz.lookup(text[start:end])):
        name = text[start:end]  # "European Union", "Gaza Strip", "Spanish"
        return [Mention(start, end, name, "gazetteer", ent.label_, demonym=_is_demonym(name))]
    if any(w in NOT_PLACE_WORDS for w in words):
        return _place_prefix(doc, text, ent, gaz) if ent.label_ == "ORG" else []
    if len(ent) > 4:
        return []
    start, end = _trim(text, ent.start_char, ent.end_char)
    name = text[start:end]
    locative = _prev_word(doc, ent.start) in LOCATIVE or _dateline(doc, ent.start, ent.end)
    if ent.label_ == "PERSON" and not locative:
        return []
    threshold = 1000 if locative else 50_000
    if name.lower() in COMMON_WORDS or not _known_as_place(name, gaz, min_population=threshold):
        return []
    return [Mention(start, end, name, "gazetteer", ent.label_, locative=locative, demonym=_is_demonym(name))]


def _capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalised words (with Arabic article prefixes and inner "of"/"-")."""
    runs, i, n = [], 0, len(doc)
    while i < n:
        tok = doc[i]
        if tok.text[:1].isupper() and tok.is_alpha or ARABIC_ARTICLE.match(tok.text + " ") and i + 2 < n and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper():
            j = i + 1
            while j < n and (doc[j].text[:1].isupper() and (doc[j].is_alpha or doc[j].text.endswith("."))
                             or doc[j].text == "-" and j + 1 < n and doc[j + 1].text[:1].isupper()):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


#: Words after a name that make the whole a street, building or institution ("Frenchmen Street").
FACILITY_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "square", "park", "church", "hospital",
                  "university", "college", "school", "airport", "bridge", "station", "hall", "center", "centre", "library",
                  "stadium", "mall", "plaza", "lane", "drive", "highway", "high", "elementary", "academy", "hotel", "inn"}

_OTHER_ENTITIES = {"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "EVENT", "WORK_OF_ART",
                   "LAW", "PRODUCT", "LANGUAGE", "QUANTITY", "PERCENT"}


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """A place in capitals opening the text or a paragraph: "MOSUL, Iraq —", "TORRINGTON -"."""
    at_line_start = start == 0 or doc[start - 1].is_space or doc[start - 1].text_with_ws.endswith("\n")
    return at_line_start and all(t.is_upper for t in doc[start:end]) and end < len(doc) and doc[end].text in (",", "-", "—", "–", "(")


def _gazetteer_mentions(doc: Doc, gaz: Gazetteer, taken: list[Mention]) -> list[Mention]:
    """Capitalised names the NER left out that the gazetteer knows, longest first."""
    out = []
    covered = set()
    for m in taken:
        covered.update(range(m.start, m.end))
    for i, j in _capitalised_runs(doc):
        k = i
        while k < j:
            found = None
            for end in range(min(j, k + 5), k, -1):
                span = doc[k:end]
                if span.start_char in covered or span.end_char - 1 in covered:
                    continue
                name = span.text
                low = name.lower()
                if low in COMMON_WORDS or any(t.lower_ in NOT_PLACE_WORDS for t in span):
                    continue
                demonym = _is_demonym(name)
                locative = _prev_word(doc, k) in LOCATIVE or _dateline(doc, k, end)
                if demonym:
                    found = Mention(span.start_char, span.end_char, name, "gazetteer", "", demonym=True)
                elif any(t.ent_type_ in _OTHER_ENTITIES for t in span):
                    continue
                elif _known_as_place(name, gaz, min_population=5000 if locative else 200_000) and not (doc[k].is_sent_start and not locative and len(span) == 1 and doc[k].pos_ != "PROPN"):
                    found = Mention(span.start_char, span.end_char, name, "gazetteer", "", locative=locative)
                if found and end < len(doc) and doc[end].lower_.rstrip(".") in FACILITY_WORDS:
                    found = None
                    k = j - 1
                if found:
                    out.append(found)
                    k = end
                    break
            else:
                k += 1
            if found is None:
                continue
    return out


def _attach_containers(doc_text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"Springfield, Illinois", "Mosul, Iraq", "Paris, Texas", "Dover, Del.": the second names where
    the first is. A US state abbreviation after a comma becomes a mention of its own."""
    mentions = sorted(mentions, key=lambda m: m.start)
    extra = []
    for m in mentions:
        after = doc_text[m.end : m.end + 20]
        g = re.match(r"^,\s*((?:[A-Z][a-z]{0,4}\.\s?){1,2}[A-Z]?[a-z]*\.?|[A-Z]{2}\b)", after)
        if not g:
            continue
        cand = g.group(1).strip()
        start = m.end + g.start(1)
        nxt = next((o for o in mentions if o.start == start), None)
        if nxt is not None:
            continue  # handled below
        if any(e.kind == "admin1" for e in gaz.lookup(cand)):
            extra.append(Mention(start, start + len(cand), cand, "container", "ADM1"))
    mentions = sorted(mentions + extra, key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:]):
        between = doc_text[a.end : b.start]
        if re.fullmatch(r",\s*", between) and not a.demonym and not b.demonym:
            kinds = {e.kind for e in gaz.lookup(b.text)}
            if kinds & {"country", "admin1", "county", "region"}:
                a.container = b
                # "Paris, Ky., on Sunday", "HOLLIDAY, Mo. -": the pair ends there; in "Mosul, U.S. officials
                # said" the second name begins another phrase
                abbreviated_state = b.text.endswith(".") and "admin1" in kinds and "country" not in kinds  # "Ky." is no adjective
                a.extra["container_closed"] = abbreviated_state or bool(_CLOSED.match(doc_text[b.end : b.end + 3]))
    return mentions


_CLOSED = re.compile(r"^(?:\s*$|\s*[,.;:!?)\]\u2014\u2013-]|\s*\n)")


#: "the southern English city of Salisbury", "the Syrian town of Manbij", "Iraq's northern province of Nineveh":
#: the word before the kind of place says which country (or division) the place is in.
_NAMED_PLACE_OF = re.compile(
    r"(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?([A-Z][A-Za-z]+?)(?:['\u2019]s)?\s+(?:[a-z]+(?:-[a-z]+)?\s+)?"
    r"(?:city|town|village|port|capital|province|region|district|governorate|state|island|enclave|resort|suburb|"
    r"stronghold|border\s+town|port\s+city)\s+of\s+$")


def _mark_named_country(doc_text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Set ``extra["country"]`` (an ISO code) on a mention introduced as "the <demonym or country> city
    of X" ("the English city of Salisbury", "Syria's northern town of Manbij")."""
    for m in mentions:
        g = _NAMED_PLACE_OF.search(doc_text[max(0, m.start - 60) : m.start])
        if not g:
            continue
        word = g.group(1)
        country = country_kb.lookup(word)
        cc = country.iso2 if country is not None else None
        if cc is None:
            cc = next((e.country_code for e in gaz.lookup(word) if e.kind in ("admin1", "region") and e.country_code
                       and key(word) != key(e.name)), None)  # "English", "Scottish": adjectives of a division
        if cc is not None and key(word) != key(m.text):
            m.extra["country"] = cc


#: Plural division words after a list: "Douglas and Wyandotte counties", "Idlib and Hama provinces".
PLURAL_DIVISIONS = {"counties": "county", "parishes": "parish", "provinces": "province", "governorates": "governorate",
                    "districts": "district", "regions": "region", "oblasts": "oblast", "states": "state"}


def _mark_divisions(doc_text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        g = re.match(r"^\s+([A-Za-z]+)", doc_text[m.end : m.end + 20])
        word = g.group(1).lower() if g else ""
        if word in DIVISION_WORDS:
            m.division = word
        elif word in PLURAL_DIVISIONS:
            m.division = PLURAL_DIVISIONS[word]
            m.extra["plural_division"] = True


def _share_plural_divisions(mentions: list[Mention]) -> None:
    """"Douglas and Wyandotte counties": the plural word after the last name of a list names the kind
    of every name in it."""
    for m in mentions:
        if m.extra.get("plural_division"):
            for p in m.peers:
                if p.division is None and p.start < m.start:
                    p.division = m.division


def recognize(doc: Doc, gaz: Gazetteer, *, forced: list[tuple[int, int]] | None = None, text: str | None = None) -> list[Mention]:
    """Place mentions in ``doc``, in text order, without overlaps. ``forced`` spans (gold spans when
    scoring resolution) replace whatever was recognised where they overlap."""
    text = doc.text if text is None else text  # Doc.text joins every token: read it once
    mentions = _entity_mentions(doc, gaz, text)
    mentions = _dedupe(mentions)
    mentions += _gazetteer_mentions(doc, gaz, mentions)
    if forced:
        kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in forced)]
        ents = list(doc.ents)
        for s, e in forced:
            kept.append(_forced_mention(doc, ents, text, s, e))
        mentions = kept
    mentions = _dedupe(mentions)
    _mark_divisions(text, mentions)
    _mark_named_country(text, mentions, gaz)
    mentions = _attach_containers(text, mentions, gaz)
    _link_lists(text, mentions)
    _share_plural_divisions(mentions)
    return mentions


#: What joins the names of a list: "Oregon and Washington", "Iowa, Ohio, or Texas", "France & Italy".
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$")


def _link_lists(doc_text: str, mentions: list[Mention]) -> None:
    """Mark the names written as one list as each other's ``peers`` (a list names places of one kind).
    A name followed by its container ("Paris, Texas") is not a list."""
    run: list[Mention] = []
    for m in mentions:
        prev = run[-1] if run else None
        if (prev is not None and prev.container is not m and m.container is not prev and prev.end <= m.start
                and _LIST_JOIN.match(doc_text[prev.end : m.start])):
            run.append(m)
            continue
        _set_peers(run)
        run = [m]
    _set_peers(run)


def _set_peers(run: list[Mention]) -> None:
    if len(run) < 2:
        return
    for m in run:
        m.peers = [o for o in run if o is not m]


def _forced_mention(doc: Doc, ents: list[Span], text: str, start: int, end: int) -> Mention:
    """A mention of a span given from outside (a gold span), with what recognition would have seen
    around it: the label of the entity it is part of, and whether a locative word comes before it."""
    name = text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    m = Mention(start, end, name, "gold", demonym=_is_demonym(name))
    if span is None:
        return m
    m.locative = _prev_word(doc, span.start) in LOCATIVE
    ent = next((x for x in ents if x.start <= span.start and span.end <= x.end), None)
    if ent is not None:
        m.label = ent.label_
    return m


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.source != "gold" and any(m.overlaps(o) for o in out):
            continue
        out.append(m)
    return sorted(out, key=lambda m: m.start)


__all__ = ["Mention", "recognize", "COMPASS", "PLACE_LABELS"]
