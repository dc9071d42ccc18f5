"""Recognition: where the knowledge base's names, countries, demonyms and agent words occur in a Doc.

One pair of spaCy ``PhraseMatcher``s (exact case, and lower case for multi-word names and agent
words) finds every phrase; overlapping hits are reduced to the longest. Single-word names and
abbreviations match only as written ("IS", "Baghdadi"), so the English word "is" is never the
Islamic State. Transliteration variants of Arabic names (al-/el-/ad-/ash-...) are added for every
alias that has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, IS_TITLE, LENGTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...knowledge import countries as countries_kb

#: kinds of hit, in order of preference when two hits of the same length overlap
KB, COUNTRY, DEMONYM, PEOPLE, TITLE, AGENT = "kb", "country", "demonym", "people", "title", "agent"
_RANK = {KB: 0, COUNTRY: 1, DEMONYM: 2, PEOPLE: 3, TITLE: 4, AGENT: 5}

_ARABIC_PREFIX = re.compile(r"\b(al|el|ad|ash|as|an|ar|at|az|Al|El)-(?=[A-Z])")


@dataclass(frozen=True)
class Hit:
    start: int  # token offsets, end exclusive
    end: int
    kind: str
    key: str  # KB id, ISO3 code, or agent index
    plural: bool = False


def pluralize(phrase: str) -> str:
    if " of " in phrase:  # "member of parliament" -> "members of parliament"
        head, rest = phrase.split(" of ", 1)
        return f"{pluralize(head)} of {rest}"
    words = phrase.split(" ")
    last = words[-1]
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last == "person":
        plural = "people"
    elif last == "child":
        plural = "children"
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("f") and last not in ("chief", "staff"):
        plural = last[:-1] + "ves"
    else:
        plural = last + "s"
    return " ".join([*words[:-1], plural])


def transliterations(alias: str) -> set[str]:
    """al-Baghdadi -> el-Baghdadi, al Baghdadi, Al-Baghdadi ... (only for aliases with an article)."""
    if not _ARABIC_PREFIX.search(alias):
        return set()
    out = set()
    for art in ("al", "el", "Al", "El", "ad", "ash", "as"):
        out.add(_ARABIC_PREFIX.sub(f"{art}-", alias))
        out.add(_ARABIC_PREFIX.sub(f"{art} ", alias))
    out.discard(alias)
    return out


def strip_article(name: str) -> str:
    return _ARABIC_PREFIX.sub("", name)


def _words(text: str) -> int:
    return len([w for w in re.split(r"[\s\-]+", text) if w.strip(".'’")])


class Recognizer:
    """Finds KB actors, countries, demonyms, peoples, titles and agent words in a Doc."""

    def __init__(self, nlp, actors: list[dict], agents: list[dict], peoples: list[dict] = ()):
        self.vocab = nlp.vocab
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.agents = agents
        self.peoples = list(peoples)
        self._plural: set[str] = set()
        exact_owner: dict[str, str] = {}  # text -> label: the first registration of a name keeps it
        lower_owner: dict[str, str] = {}

        def add(label: str, text: str, *, case_free: bool) -> None:
            if not text or not text.strip():
                return
            exact_owner.setdefault(text, label)
            if case_free:
                lower_owner.setdefault(text.lower(), label)

        packaged = [e for e in actors if not e.get("source")]
        imported = [e for e in actors if e.get("source")]
        for entry in packaged:
            self._add_entry(entry, add)
        self._add_countries(add)
        for i, people in enumerate(self.peoples):  # after the countries: a country's demonym keeps its meaning
            for form in people["forms"]:
                add(f"{PEOPLE}|{i}", form, case_free=False)
                if form != people["name"]:
                    self._plural.add(form)
        self._add_agents(agents, add)
        for entry in imported:  # the user's KB adds names; a name the packaged KB knows keeps its meaning
            self._add_entry(entry, add)
        exact: dict[str, list[str]] = {}
        lower: dict[str, list[str]] = {}
        for text, label in exact_owner.items():
            exact.setdefault(label, []).append(text)
        for text, label in lower_owner.items():
            lower.setdefault(label, []).append(text)
        for label, texts in exact.items():
            self.exact.add(label, list(nlp.tokenizer.pipe(texts)))
        for label, texts in lower.items():
            self.lower.add(label, list(nlp.tokenizer.pipe(texts)))
        places = {f"{KB}|{e['id']}" for e in packaged if e.get("metonym")}
        self._fuzzy = _FuzzyIndex((text, label) for text, label in exact_owner.items()
                                  if label.split("|", 1)[0] in (COUNTRY, DEMONYM, PEOPLE) or label in places)

    @staticmethod
    def _add_entry(entry: dict, add) -> None:
        if entry.get("type") == "country" and entry.get("country"):
            label = f"{COUNTRY}|{entry['country']}"  # a territory or city that stands for its country
        else:
            label = f"{KB}|{entry['id']}"
        names = {entry["name"], *entry.get("aliases", ())}
        for name in list(names):
            names |= transliterations(name)
        for name in list(names):
            if "'" in name or "’" in name:
                names |= {name.replace("'", "’"), name.replace("’", "'")}
        for name in names:
            if name.lower().startswith("the ") and len(name) > 4:
                name = name[4:]  # "the" belongs to the phrase, not the name: "the Islamic State group"
            add(label, name, case_free=_words(name) >= 2 and not name.isupper())

    def _add_countries(self, add) -> None:
        for country in countries_kb.countries():
            if country.historical:
                continue
            for name in (country.name, *country.aliases):
                add(f"{COUNTRY}|{country.iso3}", name, case_free=_words(name) >= 2 and not name.replace(".", "").isupper())
            for dem in country.demonyms:
                add(f"{DEMONYM}|{country.iso3}", dem, case_free=False)
                if dem.endswith("s") and dem[:-1] in country.demonyms:
                    self._plural.add(dem)

    def _add_agents(self, agents: list[dict], add) -> None:
        for i, agent in enumerate(agents):
            phrase = agent["phrase"]
            if agent.get("kind") == "title":
                add(f"{TITLE}|{i}", phrase, case_free=False)
                continue
            add(f"{AGENT}|{i}", phrase.lower(), case_free=True)
            singular_group = agent.get("kind") == "group" and not phrase.endswith("s")  # "government" -> "governments"
            if agent.get("kind") in ("person", "title") or agent.get("plural") is not None or singular_group:
                plural = agent.get("plural") or pluralize(phrase.lower())
                if plural:
                    add(f"{AGENT}|{i}", plural, case_free=True)
                    self._plural.add(plural)

    def find(self, doc: Doc) -> list[Hit]:
        """Every hit, overlapping ones reduced to the longest (then by kind: KB first)."""
        raw = []
        strings = self.vocab.strings
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                kind, key = strings[match_id].split("|", 1)
                text = doc[start:end].text
                raw.append(Hit(start, end, kind, key, plural=text.lower() in self._plural or text in self._plural))
        raw.sort(key=lambda h: (-(h.end - h.start), _RANK[h.kind], h.start))
        taken = [False] * len(doc)
        kept = []
        for hit in raw:
            if any(taken[hit.start : hit.end]):
                continue
            for t in range(hit.start, hit.end):
                taken[t] = True
            kept.append(hit)
        if len(doc):  # "Afganistan", "Quatar", "Isreali": a misspelt country, demonym, people or capital
            flags = doc.to_array([IS_TITLE, IS_ALPHA, LENGTH])
        for i in range(len(doc)):
            if taken[i] or not flags[i, 0] or not flags[i, 1] or flags[i, 2] < _FuzzyIndex.MIN:
                continue
            tok = doc[i]
            if tok.ent_type_ and (tok.ent_type_ == "PERSON" or tok.ent_iob_ != "B" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
                continue  # a person's name, or one word of a longer name ("British Columbia")
            label = self._fuzzy.get(tok.text)
            if label is not None:
                kind, key = label.split("|", 1)
                kept.append(Hit(tok.i, tok.i + 1, kind, key, plural=tok.text.endswith("s") and kind != COUNTRY))
        return sorted(kept, key=lambda h: h.start)


class _FuzzyIndex:
    """One-edit misspellings of single-word names (an inserted, dropped, changed or swapped letter inside
    the word; the first letter and the last two as written, so "Indiana" is not "Indian")."""

    MIN = 6  # letters in a word that may be a misspelling (of a name of five or more)

    def __init__(self, items):
        self.names: dict[str, str] = {}
        self.deletes: dict[str, set[str]] = {}
        for text, label in items:
            if len(text) < self.MIN - 1 or not text.isalpha() or not text.istitle():
                continue
            low = text.lower()
            self.names.setdefault(low, label)
            for d in self._deletes(low):
                self.deletes.setdefault(d, set()).add(low)

    @staticmethod
    def _deletes(word: str) -> set[str]:
        return {word[:i] + word[i + 1 :] for i in range(len(word))}

    def get(self, text: str) -> str | None:
        low = text.lower()
        if low in self.names:
            return None  # written right: the matchers decide
        found = set(self.deletes.get(low, ()))
        for d in self._deletes(low):
            if d in self.names:
                found.add(d)
            found |= self.deletes.get(d, set())
        found = {n for n in found if n[0] == low[0] and n[-2:] == low[-2:] and _one_edit(low, n)}
        labels = {self.names[n] for n in found}
        return labels.pop() if len(labels) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance of exactly one between two different words."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


__all__ = ["Hit", "Recognizer", "pluralize", "transliterations", "strip_article", "KB", "COUNTRY", "DEMONYM", "PEOPLE", "TITLE", "AGENT"]
