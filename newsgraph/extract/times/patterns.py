"""Recognition: where the time expressions of a text are.

Two sources of candidates, merged:

* a regular grammar built from the word lists of ``time_lexicon.v1.yml`` (dates, weekdays,
  relative units, durations, quarters, decades, clock times, frequencies, reference words);
* the DATE and TIME entities of the shared spaCy parse, trimmed to TimeML extents, for what the
  grammar does not cover.

Extents follow TimeML (TempEval-3): a leading "the", "last", "nearly", "about" and a trailing "ago"
are inside the expression; prepositions ("in", "since", "on"), possessive "'s" and punctuation are
not. Ages ("35-year-old", "aged 35") and bare numbers are not time expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...knowledge import read_data

LEXICON = "time_lexicon.v1.yml"


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    rule: str


def lexicon() -> dict:
    return read_data(LEXICON)


def alternation(words, *, abbrev_dot: bool = False) -> str:
    """A regex alternation of ``words``, longest first; spaces match any whitespace."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        piece = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(piece)
    body = "|".join(parts)
    if abbrev_dot:  # only abbreviations take the period: "Sept." but not "September."
        longest = {w for w in words if not any(o != w and o.startswith(w) for o in words)}
        full = "|".join(re.escape(w) for w in sorted(longest, key=len, reverse=True))
        short = "|".join(re.escape(w) for w in sorted(set(words) - longest, key=len, reverse=True))
        return rf"(?:(?:{full})(?![a-z])|(?:{short})\.?)"
    return f"(?:{body})"


@lru_cache(maxsize=1)
def grammar() -> list[tuple[str, re.Pattern]]:
    """The rules, by name, as compiled case-insensitive patterns."""
    lx = lexicon()
    month = alternation(lx["months"], abbrev_dot=True)
    weekday = alternation(lx["weekdays"])
    season = alternation(lx["seasons"])
    part = alternation(["morning", "afternoon", "evening", "night", "overnight"])
    small = [w for w, v in lx["number_words"].items() if v < 10 and " " not in w and w not in ("a", "an")]
    tens = [w for w, v in lx["number_words"].items() if v >= 20 and v % 10 == 0 and v < 100]
    word_num = rf"(?:{alternation(tens)}(?:[\s-]+{alternation(small)})?|{alternation([w for w in lx['number_words'] if w not in ('a', 'an')])})"
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+1/2)?)"
    qty = rf"(?:(?:{digits}|{word_num})\s+and\s+a\s+half|{digits}|{word_num}(?:\s+hundred)?|{alternation(lx['fuzzy_numbers'])}|an?|half\s+an?|a\s+half)"
    unit = alternation([u for u in lx["units"] if u != "centuries"]) + r"(?:s|ies)?"
    unit_plural = r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades|centuries)"
    unit_sing = r"(?:week|weekend|month|quarter|year|decade|century|day|night|period|morning|afternoon|evening|fiscal\s+year|season|half)"
    approx = alternation(lx["approximators"])
    rel = alternation([*(r for r in lx["relations"] if r not in ("that", "same")), "latest", "recent", "year-ago", "year-earlier", "prior-year", "current"])
    pos = r"(?:(?:early|late|mid|earlier|later)[\s-]+|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|first\s+half|second\s+half)\s+of\s+(?:the\s+)?)"
    year = r"(?<![$\d,.])(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|\s*%|-\d)"
    ordinal = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    not_age = r"(?!s?-old|s?\s+old|s?\s+of\s+age)"
    anchor = alternation(lx["anchors"])
    decade_words = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    rules = {
        "iso_date": r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
        "month_day": rf"\b(?:{weekday},?\s+)?(?:(?:early|late|mid)[\s-]+)?{month}\s+{day}(?:\s*,?\s*{year})?",
        "day_month": rf"\b(?:{weekday},?\s+)?{day}\s+(?:of\s+)?{month}(?:\s*,?\s*{year})?",
        "month_year": rf"\b{pos}?{month},?\s+(?:of\s+)?{year}",
        "month_rel_year": rf"\b{pos}?{month}\s+(?:of\s+)?(?:this|last|next)\s+year\b",
        "week_of": rf"\bthe\s+week\s+of\s+{month}\s+{day}(?:\s*,?\s*{year})?",
        "month": rf"\b{pos}?(?:(?:the\s+)?(?:last|next|this|past|coming|previous|each|every)\s+)?{month}(?!\w)",
        "year": rf"(?:\b{pos})?(?:\b(?:the\s+)?(?:fiscal|calendar|financial)\s+(?:year\s+)?|\bthe\s+year\s+|\byear\s+)?{year}",
        "decade": rf"\b(?:{pos})?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:1[6-9]|20)\d0s|'\d0s|{decade_words})\b",
        "century": rf"\b(?:{pos})?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{alternation(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'])})[\s-]century",
        "word_year": r"\b(?:the\s+year\s+)?(?:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b",
        "quarter": rf"\b(?:the\s+)?(?:{rel}\s+|year-ago\s+|fiscal\s+)?{ordinal}(?:[\s-]+(?:fiscal|calendar))?[\s-]+(?:quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?{year})?",
        "year_quarter": rf"\b(?:fiscal\s+)?{year}\s+{ordinal}[\s-]+(?:quarter|half)",
        "rel_unit": rf"\b{pos}?(?:the\s+)?{rel}\s+(?:fiscal\s+)?(?:{unit_sing}|{weekday}|{season})\b(?:\s+{part}\b)?",
        "the_unit": r"\bthe\s+(?:fiscal\s+year|year|quarter|week|weekend|month|summer|winter)\b(?!\s+(?:of|before|after|ago|earlier|later|when|that|in|to)\b)(?!-)",
        "duration": rf"\b(?:{approx}\s+)?(?:the\s+)?(?:(?:{rel}|first|final|additional|another|further|full)\s+)?(?:{qty})[\s-]+(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+)?{unit}\b{not_age}(?:\s+and\s+a\s+half)?(?:\s+(?:or\s+so\s+)?{anchor}\b)?",
        "plural_unit": rf"\b(?:(?:the\s+)?(?:{rel}|coming|early|first|final|last)\s+)?{unit_plural}\b{not_age}(?:\s+{anchor}\b)?",
        "deictic": rf"\b(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)\b(?:\s+{part}\b)?",
        "this_part": rf"\b(?:(?:early|late|earlier|later)\s+)?(?:this|last)\s+{part}\b",
        "weekday": rf"\b(?:(?:early|late|earlier|later)\s+)?(?:(?:last|next|this|past|coming|each|every)\s+)?{weekday}s?\b(?:\s+{part}s?\b)?(?:,?\s+{month}\s+{day})?",
        "clock": rf"(?:\b(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)(?:\s+(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT|ET|local\s+time)\b)?(?:\s+(?:today|yesterday|tomorrow|tonight|{weekday})\b)?(?:,?\s+{month}\s+{day})?",
        "noon": rf"\b(?:(?:{weekday}|today|yesterday|tomorrow)\s+)?(?:noon|midnight|midday|mid-?afternoon|mid-?morning)\b(?:\s+(?:today|yesterday|tomorrow|{weekday})\b)?",
        "season": rf"\b{pos}?(?:(?:the\s+)?(?:last|next|this|past|coming|previous)\s+|the\s+){season}(?:\s+(?:of\s+)?{year})?\b|\b(?:(?:early|late|mid)[\s-]+)?{season}\s+(?:of\s+)?{year}\b|\b{year}\s+{season}\b",
        "holiday": rf"\b{alternation([*lx['holidays'], *lx['floating_holidays']])}(?:\s+{year})?",
        "frequency": rf"\b{alternation(lx['frequencies'])}\b|\b{alternation(lx['set_words'])}\s+(?:other\s+)?(?:{qty}\s+)?(?:{unit}|{weekday}|{month})\b|\b(?:once|twice|three\s+times)\s+(?:a|an|per)\s+{unit}\b",
        "compound": rf"\b{alternation(lx['compounds'])}\b",
        "reference": rf"\b{alternation(lx['standalone_ref'])}\b(?!-)",
    }
    return [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in rules.items()]


def _words_before(text: str, start: int, n: int = 1) -> list[str]:
    return text[max(0, start - 24) : start].lower().split()[-n:]


def _month_ok(text: str, m: re.Match, lx: dict) -> bool:
    """A month name alone is a date only when capitalized; "May", "March" and bare abbreviations
    need a date word before them ("in May", "early March")."""
    word = re.sub(r"^(?:the\s+)?(?:early|late|mid|last|next|this|past|coming|previous|each|every)[\s-]+", "", m.group(), flags=re.I)
    word = re.sub(r"^.*\bof\s+(?:the\s+)?", "", word, flags=re.I).strip()
    if not word[:1].isupper():
        return False
    bare = word.rstrip(".").lower()
    if bare in lx["ambiguous_months"] and word == m.group():
        if _words_before(text, m.start()) not in [[w] for w in lx["month_context"]]:
            return False
        if not word.endswith(".") and bare not in ("may", "march"):
            return False
    return True


def _month_capitalized(s: str, lx: dict) -> bool:
    head = re.search(alternation(lx["months"]) + r"\.?", s, re.I)
    return head is None or head.group()[:1].isupper()


def _year_ok(text: str, m: re.Match, lx: dict) -> bool:
    """Not an amount ("$2000"), an identifier ("No. 1990") or a count ("2000 troops")."""
    before = text[max(0, m.start() - 8) : m.start()].lower().rstrip()
    if any(before.endswith(w) for w in lx["not_year_before"]):
        return False
    after = text[m.end() : m.end() + 20].lower()
    if re.match(r"[,.]\d", after):
        return False
    return not (after.split() and after.split()[0].strip(".,;:") in set(lx["count_nouns"]))


def _reference_ok(text: str, m: re.Match, lx: dict) -> bool:
    low = m.group().lower()
    after = text[m.end() : m.end() + 20].lower()
    if low == "current":
        return bool(after.split()) and after.split()[0].strip(".,;:") in set(lx["current_nouns"])
    if low == "now":
        return not re.match(r"-|\s+that\b", after)  # "now-defunct", "now that ..."
    return True


def _ok(text: str, name: str, m: re.Match, lx: dict) -> bool:
    """Context checks a rule's regex cannot make on its own."""
    s = m.group()
    if name == "month":
        return _month_ok(text, m, lx)
    if name == "holiday":
        return s[:1].isupper()
    if name in ("month_day", "day_month", "month_year", "month_rel_year", "week_of"):
        return _month_capitalized(s, lx)
    if name in ("year", "year_quarter"):
        return _year_ok(text, m, lx)
    if name == "reference":
        return _reference_ok(text, m, lx)
    if name in ("duration", "plural_unit", "the_unit") and re.match(r"-old", text[m.end() : m.end() + 4]):
        return False  # "35-year-old"
    if name == "duration" and re.search(r"(?:\baged?|\$)\s*$", text[max(0, m.start() - 8) : m.start()], re.I):
        return False
    if name == "plural_unit" and _words_before(text, m.start()) in (["those"], ["these"], ["early"], ["the"]):
        return bool(re.match(r"(?:the|early|recent)", s, re.I))
    return True


def _trim(text: str, cand: Candidate) -> Candidate:
    """TimeML leaves "the" out of a hyphenated adjective ("the [two-year] contract", "the
    [third-quarter] loss") and of a bare plural ("the [weeks] before")."""
    m = re.match(r"(?:the|a|an)\s+(?=(?:[\w.]+-(?:\w+-)?(?:second|minute|hour|day|week|month|quarter|year|decade)\b)$|(?:seconds|minutes|hours|days|weeks|months|years|decades)$)", cand.text, re.I)
    if not m:
        return cand
    return Candidate(cand.start + m.end(), cand.end, cand.text[m.end() :], cand.rule)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def grammar_candidates(text: str) -> list[Candidate]:
    """Every rule's matches; where two overlap the longer (then the earlier) wins."""
    lx = lexicon()
    found: list[Candidate] = []
    for name, pattern in grammar():
        for m in pattern.finditer(text):
            if m.end() > m.start() and _ok(text, name, m, lx):
                found.append(_widen(text, _trim(text, Candidate(m.start(), m.end(), m.group(), name))))
    return _resolve(found)


_LEADING_PART = re.compile(r"(?:\bthe\s+)?\b(?:early|small|wee|late)\s+hours\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _widen(text: str, cand: Candidate) -> Candidate:
    """"the early hours of Nov. 3" is one expression: the part of day belongs to the date."""
    m = _LEADING_PART.search(text, max(0, cand.start - 40), cand.start)
    if not m:
        return cand
    return Candidate(m.start(), cand.end, text[m.start() : cand.end], cand.rule)


def _resolve(found: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(_overlaps((cand.start, cand.end), (c.start, c.end)) for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


_TIME_WORD = None


def _time_word() -> re.Pattern:
    global _TIME_WORD
    if _TIME_WORD is None:
        lx = lexicon()
        words = [*lx["months"], *lx["weekdays"], *lx["seasons"], *lx["parts_of_day"], *lx["deictic_days"], *lx["units"], *lx["holidays"], *lx["floating_holidays"]]
        _TIME_WORD = re.compile(rf"\b{alternation(words)}s?\b|\b(?:1[6-9]|20)\d\d\b", re.IGNORECASE)
    return _TIME_WORD


def entity_candidates(doc, text: str | None = None) -> list[Candidate]:
    """spaCy DATE/TIME entities, trimmed to a TimeML extent; only those that name a time unit,
    a calendar word or a year (spaCy also calls ages and plain numbers DATE). ``text`` is ``doc.text``
    where the caller has it (Doc.text joins every token)."""
    doc_text = doc.text if text is None else text
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        toks = list(ent)
        edge = set(lexicon()["edge_words"])
        while toks and (toks[0].lower_ in edge or toks[0].is_punct):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s")):
            toks = toks[:-1]
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        span_text = doc_text[start:end]
        if re.fullmatch(r"[\d,.\s]+", span_text):
            continue  # a bare number: the grammar's year rule has already judged it
        if not _time_word().search(span_text) or re.search(r"-old\b|\bold\b|\baged?\b", doc_text[start : end + 5], re.I):
            continue
        out.append(_trim(doc_text, Candidate(start, end, span_text, "spacy")))
    return out


def find(doc) -> list[Candidate]:
    """The time expressions of ``doc``: grammar matches, then spaCy entities where the grammar found nothing."""
    text = doc.text
    chosen = grammar_candidates(text)
    for cand in entity_candidates(doc, text):
        if not any(_overlaps((cand.start, cand.end), (c.start, c.end)) for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


__all__ = ["Candidate", "LEXICON", "lexicon", "alternation", "grammar", "grammar_candidates", "entity_candidates", "find"]
