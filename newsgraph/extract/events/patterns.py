"""The event lexicon (``plover_verbs.v1.yml``): trigger words, modality governors, count words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...knowledge import read_data

#: PLOVER types in the order of the CAMEO scale they come from, with their pentaclass
#: (0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
PLOVER_TYPES = (
    "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Trigger:
    """One reading of a trigger word."""

    type: str
    mode: str | None
    cameo: str | None
    acled: tuple[str, str] | None
    confidence: float
    pos: str  # "verb" or "noun"
    words: tuple[str, ...]  # the phrase, its last word being the head ("hunger", "strike")
    particle: str | None = None
    needs_target: bool = False
    objects: tuple[tuple[str, str, str | None], ...] = ()  # (object lemma, type, mode): "sent troops"
    needs_object: bool = False  # a verb with a direct object only: "returned the children", not "returned home"
    needs_listed: bool = False  # only with one of ``objects`` as its object: "opened fire", "laid down their arms"
    needs_hostile: bool = False  # only with an object or a hostile act in its complement: "prepared to resume shelling"


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]  # keyed by the phrase's last word
    modality: dict[str, str]  # governing lemma -> modality
    modality_nouns: dict[str, str]
    pentaclass: dict[str, int]
    pentaclass_by_cameo: dict[str, int]  # CAMEO root code ("16") -> pentaclass
    cameo: dict[str, str]  # each type's CAMEO root code, for a reading that an object turns into another type
    numbers: dict[str, int]
    killed: frozenset[str]
    injured: frozenset[str]
    not_events: frozenset[tuple[str, ...]] = frozenset()  # "press release": keyed by words, last word the trigger
    physical_targets: frozenset[str] = frozenset()  # "struck an oil refinery": things a hostile act may target
    talks: frozenset[str] = frozenset()  # "withdrew from the talks": a reduction of relations, no retreat
    lemmas: dict[str, str] = field(default_factory=dict)  # the lemmatizer's slips: "forgave" -> "forgive"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = read_data("plover_verbs.v1.yml")
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    pentaclass, cameo = {}, {}
    for type_, spec in data["types"].items():
        pentaclass[type_] = int(spec["pentaclass"])
        cameo[type_] = str(spec["cameo"])
        for pos, table in (("verb", verbs), ("noun", nouns)):
            for phrase, entry in (spec.get(pos + "s") or {}).items():
                entry = entry or {}
                acled = entry.get("acled", spec.get("acled"))
                # spaCy splits a hyphenated word: "sit-in" is "sit", "-", "in"
                words = tuple(phrase.lower().replace("-", " - ").split())
                needs = entry.get("needs") or ()  # one condition, or a list: [object, target]
                needs = {needs} if isinstance(needs, str) else set(needs)
                particles = entry.get("prt")  # one particle, or a list: "pull: {prt: [out, back]}"
                for particle in particles if isinstance(particles, list) else [particles]:
                    trig = Trigger(
                        type=type_, mode=entry.get("mode"), cameo=str(entry.get("cameo", spec["cameo"])),
                        acled=tuple(acled) if acled else None, confidence=float(entry.get("conf", 0.75)),
                        pos=pos, words=words, particle=particle, needs_target="target" in needs,
                        needs_object="object" in needs, needs_listed="listed" in needs, needs_hostile="hostile" in needs,
                        objects=tuple((k, v[0], v[1] if len(v) > 1 else None) for k, v in (entry.get("objects") or {}).items()),
                    )
                    table.setdefault(words[-1], []).append(trig)
    order = lambda ts: tuple(sorted(ts, key=lambda t: (-len(t.words), -t.confidence)))  # noqa: E731
    modality = {w: m for m, ws in data["modality"].items() for w in ws}
    modality_nouns = {w: m for m, ws in data["modality_nouns"].items() for w in ws}
    return Lexicon(
        verbs={k: order(v) for k, v in verbs.items()}, nouns={k: order(v) for k, v in nouns.items()},
        modality=modality, modality_nouns=modality_nouns, pentaclass=pentaclass, cameo=cameo,
        pentaclass_by_cameo={str(k).zfill(2): int(v) for k, v in data["pentaclass_by_cameo"].items()},
        numbers={k.lower(): int(v) for k, v in data["numbers"].items()},
        killed=frozenset(data["killed_words"]), injured=frozenset(data["injured_words"]),
        not_events=frozenset(tuple(p.lower().split()) for p in data.get("not_events") or ()),
        physical_targets=frozenset(w.lower() for w in data.get("physical_targets") or ()),
        talks=frozenset(w.lower() for w in data.get("talks") or ()),
        lemmas={str(k).lower(): str(v).lower() for k, v in (data.get("lemmas") or {}).items()},
    )


def pentaclass(type_: str | None, cameo: str | None = None) -> int:
    """0 neutral ... 4 material conflict: from the CAMEO root code where there is one (the table
    ``pentaclass_by_cameo`` of plover_verbs.v1.yml), else from the PLOVER type (None: a statement,
    neutral)."""
    lex = lexicon()
    if cameo and cameo[:2] in lex.pentaclass_by_cameo:
        return lex.pentaclass_by_cameo[cameo[:2]]
    return lex.pentaclass.get(type_ or "", 0)


_QUANT = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated)\s+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = sorted(lexicon().numbers, key=len, reverse=True)
    word = "|".join(re.escape(w) for w in words)
    num = rf"(?:\d[\d,]*(?:\.\d+)?|(?:{word})(?:-(?:{word}))?)\b"
    lex = lexicon()
    hit = "|".join(sorted(lex.killed | lex.injured, key=len, reverse=True))
    rng = rf"(?P<n>{num})(?:\s*(?:-|–|to|and|or)\s*(?P<m>{num}))?"
    before = re.compile(
        rf"\b{_QUANT}(?:between\s+)?{rng}(?P<rest>(?:\s+(?!and\b|or\b)[\w'’-]+){{0,4}}?)\s+"
        rf"(?:(?:were|was|have been|had been|are|being|been|people|others|more)\s+)?(?P<w>{hit})\b",
        re.IGNORECASE)
    after = re.compile(rf"\b(?P<w>killing|killed|kill|kills|wounding|wounded|injuring|injured|left|leaving)\s+"
                       rf"{_QUANT}{rng}(?P<tail>(?:\s+(?:dead|wounded|injured|people|others|civilians|soldiers|more))*)", re.IGNORECASE)
    return before, after


def number(word: str) -> int | None:
    """"130", "1,200", "a dozen", "dozens", "twenty-five" -> an int (the lower end of a range)."""
    w = word.lower().strip()
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", w):
        return int(float(w.replace(",", "")))
    nums = lexicon().numbers
    if w in nums:
        return nums[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        a, b = nums[parts[0]], nums[parts[1]]
        return a * b if b >= 100 else a + b
    return None


def counts(text: str) -> tuple[int | None, int | None]:
    """(fatalities, injured) stated in a clause: "killing 130 people", "at least a dozen wounded"."""
    lex = lexicon()
    dead = hurt = None

    def put(kind: str, value: int | None):
        nonlocal dead, hurt
        if value is None:
            return
        if kind == "dead" and dead is None:
            dead = value
        elif kind == "hurt" and hurt is None:
            hurt = value

    _before, _after = _patterns()
    for m in _after.finditer(text):
        n = number(m.group("n"))
        w = m.group("w").lower()
        tail = m.group("tail").lower().split()
        if w in ("left", "leaving"):
            kind = "dead" if any(t in lex.killed for t in tail) else "hurt" if any(t in lex.injured for t in tail) else None
            if kind:
                put(kind, n)
            continue
        put("dead" if w in lex.killed else "hurt", n)
    for m in _before.finditer(text):
        w = m.group("w").lower()
        kind = "dead" if w in lex.killed else "hurt" if w in lex.injured else None
        if kind is None:
            continue
        rest = m.group("rest").lower().split()
        if any(r in lex.killed or r in lex.injured for r in rest):
            continue
        put(kind, number(m.group("n")))
    return dead, hurt


__all__ = ["Trigger", "Lexicon", "lexicon", "pentaclass", "number", "counts", "PLOVER_TYPES"]
