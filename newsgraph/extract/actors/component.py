"""``newsgraph.actors.v1``: who the actors of an article are, with country, sector and every mention.

predict(doc):
  1. recognize: KB names, countries, demonyms, titles and agent words (``patterns.Recognizer``), plus
     spaCy's PERSON / ORG / NORP entities;
  2. read each noun phrase (spaCy noun chunks, their possessors, "of"/"in" complements and
     appositions) into one actor: a KB actor, a person, an organization, a country, or a compound
     group ("Iraqi special forces" -> mil:IRQ, "Syrian Kurdish fighters" -> reb:SYR:kurdish); a group with
     no country of its own takes the one its sentence names ("Turkish prosecutors indicted 30 journalists"),
     a state body that of the state actor before it ("X's defence minister ordered the army");
  3. link pronouns, short names and definite nominals to their antecedents (``coref``);
  4. group mentions by actor id into ``Actor`` records.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span as SpacySpan

from ...knowledge import countries as countries_kb
from ...knowledge.actors import load_actors, load_agents, load_homes_named_last, load_peoples
from ...model import Actor, Span
from ..base import Stage
from . import coref
from .patterns import AGENT, COUNTRY, DEMONYM, KB, PEOPLE, TITLE, Hit, Recognizer
from .resolve import ActorKB, Resolved, country_actor, group_actor, org_actor, person_actor

#: prepositions after which a capital is a place, not a government ("in Kabul")
LOCATIVE = {"in", "at", "near", "from", "into", "inside", "outside", "around", "across", "throughout", "within",
            "to", "toward", "towards", "through", "via", "between", "outskirts", "on"}
#: KB types that every country has one of: "Congress in the Philippines" is not the U.S. Congress
_STATE_ORGANS = {"government", "legislature", "military", "police", "judiciary", "intelligence"}
#: verbs and nouns whose "to X" is the one addressed, not a place: "protested to Belgrade"
_ADDRESSED = {"protest", "appeal", "write", "speak", "talk", "complain", "explain", "apologize", "apologise", "propose", "offer",
              "submit", "reply", "respond", "deliver", "present", "pledge", "promise", "hand", "give", "sell", "lend", "grant",
              "extend", "convey", "express", "letter", "message", "note", "ultimatum", "request", "proposal", "plea", "warning",
              "aid", "loan", "credit", "apology", "concession", "say", "turn", "announce", "object", "ally", "surrender", "yield"}
#: "rebel-held", "militant-controlled": the holders are an actor of their own
_HELD = {"held", "controlled", "occupied", "run", "dominated", "besieged"}
#: sectors of people who live (and rebels who fight) where they are: a group of them with no country takes
#: the one country its sentence names (as CAMEO coders do from the place of an event)
_CIVIL = {"CVL", "OPP", "LAB", "EDU", "AGR", "BUS", "REL", "HLH", "MED", "REB", "UAF", "CRM", "REF"}
#: the last word of a state body's name ("the Kenya Anti-Corruption Commission"); "commision" as often written
_STATE_BODIES = {"commission", "commision", "ministry", "agency", "authority", "council", "board", "bureau", "directorate",
                 "inspectorate", "secretariat", "service"}
_LABOUR_WORDS = {"trade", "trades", "labour", "labor", "workers", "mineworkers", "teachers", "employees", "miners", "dockers",
                 "journalists", "farmers", "students", "nurses", "doctors", "drivers", "transport", "metalworkers", "civil"}
#: titles of an office that the text gives a person now: they beat the KB's role for the article's date
_OFFICES = {"president", "vice president", "vice-president", "prime minister", "premier", "chancellor", "king", "queen",
            "minister", "foreign minister", "interior minister", "defence minister", "defense minister", "deputy prime minister",
            "secretary of state", "governor", "mayor", "senator", "speaker"}
#: "a group based in Trinidad", "the Red Cross operating in Iraq": participles that place a group
_BASED = {"base", "operate", "station", "headquarter", "active", "deploy", "live", "locate"}
#: people who speak or act for a group: "a spokesman for the rebels" is the rebels'
_SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "envoy", "emissary", "negotiator", "delegate", "representative",
               "official", "leader", "commander", "chief", "head"}
#: generic words for armed men, whose group a modifier names ("cartel gunmen" are criminals)
_ARMED_MEN = {"gunman", "gunmen", "attacker", "assailant", "fighter", "militiaman", "militiamen", "hitman", "hitmen"}
_STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")
#: the sectors of people a leader or an armed group acts on in its own country: civilians, the opposition
_DOMESTIC = {"CVL", "OPP", "EDU", "LAB", "AGR", "BUS", "REL", "HLH", "MED"}
#: what a group holds or moves in, which stands for the group ("a navy ship", "guerrilla bases", "a police car")
_HELD_THINGS = {"ship", "vessel", "boat", "craft", "base", "camp", "position", "stronghold", "hideout", "outpost", "post",
                "checkpoint", "convoy", "column", "vehicle", "truck", "car", "jeep", "plane", "jet", "aircraft", "helicopter",
                "headquarters", "office", "building", "compound", "barracks", "garrison", "station", "installation",
                "facility", "target", "unit", "detachment", "squad", "team", "delegation", "envoy", "representative"}
_FORMER = {"former", "ex", "ex-", "then", "erstwhile", "late"}
_SPONSORED = {"backed", "allied", "supported", "sponsored", "funded", "trained", "aligned", "armed", "affiliated", "linked",
              "inspired", "financed", "friendly"}
#: "pro-Russian rebels", "anti-American protesters": a country after these is a side taken, not the group's own
_SIDE_PREFIXES = {"pro", "anti"}
#: member words (agents) that are also everyday adjectives: an agent only when used as a noun
_ADJECTIVE_READINGS = {"national", "local", "general", "private", "major", "public"}
_DETS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "some", "many", "several"}
_SPECIFIC_FIRST = ("MIL", "COP", "JUD", "LEG", "REB", "UAF", "CRM", "OPP", "SPY", "MED", "REF", "HLH", "EDU", "LAB", "AGR",
                   "REL", "NGO", "HRI", "ELI", "IGO", "BUS", "CVL", "ENV", "DEV", "PTY", "GOV")


@dataclass
class Mention:
    start: int  # token offsets in the doc, end exclusive
    end: int
    actor: Resolved
    head: int
    kind: str  # name, nominal, country, pronoun
    plural: bool = False
    confidence: float = 0.9
    appos_of: int | None = None  # head token of the phrase this one is in apposition to
    anaphoric: str | None = None  # "the group": the head lemma, for coref
    extra: dict = field(default_factory=dict)


#: settlement words: their people are actors ("shelled the town"), but not where they describe a place
_SETTLEMENTS = {"city", "town", "village", "hamlet", "neighbourhood", "neighborhood", "township"}
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"}
#: people and offices whose "of X" / "X's" is a place: "residents of Jaffna", "Karachi's police chief"
_OF_A_PLACE = {"resident", "inhabitant", "citizen", "population", "people", "villager", "townspeople", "mayor", "governor",
               "police", "chief", "council", "municipality", "authorities", "authority", "prefect", "governorate"}


def _place_phrase(doc: Doc, m: Mention) -> bool:
    """A settlement word that says where, not who: "in the coastal city of Sirte", "Mosul, the last major
    city in Iraq". As what is acted on, it stays its people: "shelled the town of Gorazde", "aid to the
    Bosnian town of Gorazde" (CAMEO codes its civilians)."""
    root = doc[m.head]
    if m.kind != "nominal" or root.lemma_.lower() not in _SETTLEMENTS or m.actor.sector not in ("CVL", None):
        return False
    if root.dep_ == "appos" and (root.head.ent_type_ in ("GPE", "LOC", "FAC") or root.head.pos_ == "PROPN"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


class ActorStage(Stage):
    name = "newsgraph.actors.v1"
    assigns = ("actors",)

    def __init__(self, nlp, settings=None, *, user_kb: bool = True, actors: list[dict] | None = None, agents: list[dict] | None = None):
        actors = actors if actors is not None else load_actors(user=user_kb)
        self.agents = agents if agents is not None else load_agents(user=user_kb)
        self.kb = ActorKB(actors)
        self.peoples = load_peoples()
        self.homes_named_last = load_homes_named_last()
        #: one-word titles that a KB alias may begin with ("President Bush", "King Hussein"): their sector
        self.title_words = {a["phrase"]: a["sector"] for a in self.agents if a.get("kind") == "title" and " " not in a["phrase"]
                            and a["phrase"][:1].isupper() and not a["phrase"].endswith(".")}
        self.recognizer = Recognizer(nlp, actors, self.agents, self.peoples)

    # -- the stage ----------------------------------------------------------------------------
    def predict(self, doc: Doc) -> dict:
        article = self.article(doc)
        day = article.published if article is not None else None
        mentions = [m for m in self.mentions(doc, day) if not _place_phrase(doc, m)]
        mentions = coref.resolve(doc, mentions, self.kb, day)
        return {"actors": self.records(doc, mentions)}

    def mentions(self, doc: Doc, day) -> list[Mention]:
        hits = self.recognizer.find(doc)
        reader = _PhraseReader(self, doc, hits, day)
        return reader.read()

    def records(self, doc: Doc, mentions: list[Mention]) -> list[Actor]:
        by_id: dict[str, list[Mention]] = {}
        for m in mentions:
            by_id.setdefault(m.actor.id, []).append(m)
        actors = []
        for actor_id, ms in by_id.items():
            ms.sort(key=lambda m: m.start)
            first = ms[0].actor
            spans, seen = [], set()
            for m in ms:
                span = doc[m.start : m.end]
                key = (span.start_char, span.end_char)
                if key in seen:
                    continue
                seen.add(key)
                spans.append(Span(start=span.start_char, end=span.end_char, text=span.text))
            named = [m for m in ms if m.kind != "pronoun"]
            best = max(named or ms, key=lambda m: (m.actor.country is not None, m.actor.sector is not None, m.confidence))
            name = first.name if first.kb_id else _clean_name(doc[named[0].start : named[0].end] if named else doc[ms[0].start : ms[0].end])
            if first.person and not first.kb_id:
                name = max((m.actor.name for m in named), key=len, default=first.name)
            actors.append(
                Actor(
                    id=actor_id, name=name, type=best.actor.type, country=best.actor.country, sector=best.actor.sector,
                    kb_id=first.kb_id, mentions=spans, stage=self.name, confidence=round(max(m.confidence for m in ms), 3),
                )
            )
        actors.sort(key=lambda a: a.mentions[0].start if a.mentions else 0)
        return actors


#: words that make an unknown ORG entity an organization (spaCy's small model tags many places ORG)
ORG_WORDS = {
    "party", "front", "movement", "army", "council", "union", "committee", "association", "organization", "organisation",
    "brigade", "brigades", "forces", "force", "group", "commission", "commision", "ministry", "agency", "court", "university",
    "company", "corporation", "corp", "bank", "league", "alliance", "coalition", "network", "institute", "foundation",
    "society", "authority", "battalion", "cartel", "congress", "assembly", "parliament", "news", "times", "post", "unit",
    "units", "guard", "police", "service", "services", "office", "department", "bureau", "federation", "church", "inc",
    "ltd", "board", "mission", "tribunal", "centre", "center", "fund", "program", "programme", "coalition", "militia",
}


_NAME_TITLES = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "sheikh", "sheik", "king", "queen", "prince", "princess",
                "mullah", "ayatollah", "imam", "general", "gen", "president", "premier", "chancellor", "chief", "comrade", "sayyed"}


def _not_all_titles(tokens) -> bool:
    return any(t.lower_.rstrip(".") not in _NAME_TITLES for t in tokens)


def _org_like(ent: SpacySpan) -> bool:
    words = [t.text for t in ent if not t.is_punct]
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return True  # an acronym
    return any(w.lower() in ORG_WORDS for w in words)


#: first words of the names of bodies of no one country ("International Olympic Committee", "World Council of Churches")
_INTERNATIONAL_FIRST = {"international", "world", "global", "inter-american", "inter-parliamentary", "transnational", "pan-african"}


def _international(name: str) -> bool:
    """Does an organization's name say it belongs to no one country ("the International X", "World X", "X International")?"""
    words = name.split()
    return bool(words) and (words[0].lower() in _INTERNATIONAL_FIRST or words[-1] == "International")


def _phrase_head(token):
    """The head of the noun phrase a name's word is in ("Baghdad" in "the Baghdad government")."""
    while token.dep_ in ("compound", "amod", "nmod", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _said_from(token) -> bool:
    """Is this the "from X" of a statement or its occasion ("said from Baghdad", "a news conference from Kyiv")?"""
    head = _phrase_head(token)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from":
        return False
    gov = prep.head
    return gov.lemma_.lower() in _STATEMENT_WORDS or gov.head.lemma_.lower() in _STATEMENT_WORDS


_STATEMENT_WORDS = {"say", "tell", "speak", "announce", "conference", "briefing", "statement", "interview", "address",
                    "broadcast", "report", "write", "call", "message", "speech", "declare", "comment"}


#: a town must be this big, and this many times bigger than any namesake in another country, to name its country
_TOWN_POPULATION = 100_000
_TOWN_MARGIN = 5
#: a town whose name no other country's town has may be smaller ("Batticaloa")
_LONE_TOWN_POPULATION = 20_000


@lru_cache(maxsize=20_000)
def _places_named(name: str) -> tuple:
    """The gazetteer's entries for a name, looked up once per name; none where no index can be built."""
    from ...knowledge.gazetteer import gazetteer

    try:
        return tuple(gazetteer().lookup(name))
    except Exception as exc:  # no gazetteer index can be built here: the phrase keeps no country
        logging.getLogger(__name__).warning("gazetteer lookup of %r failed: %s", name, exc)
        return ()


@lru_cache(maxsize=20_000)
def _gazetteer_country(name: str) -> str | None:
    """The ISO alpha-3 country of a place name the gazetteer knows, where it clearly means one country's
    place: a province or region of one country only ("Texas", "Aceh"; "Punjab" is in two), else a town of
    at least 100,000 people five times bigger than any namesake abroad ("Karachi"; not "Alexandria"), or of
    20,000 where no other country has a town of that name ("Batticaloa")."""
    entries = _places_named(name)
    areas = {e.country_code for e in entries if e.kind in ("country", "admin1", "region") and e.country_code}
    if areas:
        code = areas.pop() if len(areas) == 1 else None
    else:
        best: dict[str, int] = {}
        for e in entries:
            if e.kind == "city" and e.country_code:
                best[e.country_code] = max(best.get(e.country_code, 0), e.population)
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < (_TOWN_POPULATION if len(ranked) > 1 else _LONE_TOWN_POPULATION) \
                or len(ranked) > 1 and ranked[0][1] < _TOWN_MARGIN * ranked[1][1]:
            return None
        code = ranked[0][0]
    country = countries_kb.by_iso2(code) if code else None
    return country.iso3 if country else None


def _named_place(token, in_entity: bool) -> bool:
    """Is a capitalized name where a place is expected ("gunmen in Quetta", "residents of Jaffna", "Karachi's
    police chief", "Multan police")? The small model misses or mislabels many towns there."""
    if not (token.pos_ == "PROPN" or in_entity and token.text[:1].isupper()):
        return False
    if token.dep_ == "pobj":
        prep = token.head
        return prep.lower_ in _LOCATIVE or prep.lower_ == "of" and prep.head.lemma_.lower() in _OF_A_PLACE
    return token.dep_ in ("poss", "compound", "amod") and token.head.lemma_.lower() in _OF_A_PLACE


@lru_cache(maxsize=5_000)
def _namesakes(name: str) -> frozenset[str]:
    """ISO alpha-3 codes of the countries with a town of at least 100,000 people called ``name``."""
    found = {countries_kb.by_iso2(e.country_code) for e in _places_named(name) if e.kind == "city" and e.country_code and e.population >= _TOWN_POPULATION}
    return frozenset(c.iso3 for c in found if c is not None)


def _clean_name(span: SpacySpan) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in _DETS or tokens[0].is_punct):
        tokens = tokens[1:]
    return "".join(t.text_with_ws for t in tokens).strip() or span.text


class _PhraseReader:
    """Reads the noun phrases of one doc into mentions of actors."""

    def __init__(self, stage: ActorStage, doc: Doc, hits: list[Hit], day):
        self.ent_at: dict[int, SpacySpan] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent

        def in_person_name(h: Hit) -> bool:  # "Karen" in "Karen Bass" is no people
            ent = self.ent_at.get(h.start)
            return h.kind == PEOPLE and ent is not None and ent.label_ == "PERSON" and ent.end - ent.start > h.end - h.start

        hits = [h for h in hits if not in_person_name(h)]
        self.stage, self.doc, self.hits, self.day = stage, doc, hits, day
        self.kb = stage.kb
        self.starts = [h.start for h in hits]  # hits come sorted by start
        self.hit_at: dict[int, Hit] = {}
        for h in hits:
            for i in range(h.start, h.end):
                self.hit_at[i] = h
        self.used: set[Hit] = set()
        self.overridden: set[Hit] = set()  # KB names read as another country's organ ("Congress in the Philippines")
        self.out: list[Mention] = []
        self.done_heads: set[int] = set()
        self._towns: dict[int, list[tuple[int, int, str]]] = {}  # by sentence start

    # -- helpers ---------------------------------------------------------------------------------
    def agent(self, hit: Hit) -> dict:
        return self.stage.agents[int(hit.key)]

    def hits_in(self, start: int, end: int) -> list[Hit]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.hits) and self.hits[i].start < end:
            if self.hits[i].end <= end:
                out.append(self.hits[i])
            i += 1
        return out

    def place_country(self, token) -> str | None:
        """The country of a town or province the KB does not know, named by a GPE/LOC entity at ``token`` or
        by a name where a place is expected (``_named_place``): "police in Karachi", "the governor of Texas",
        "Peshawar's mayor"; by the gazetteer, where the name clearly means a place of one country."""
        ent = self.ent_at.get(token.i)
        if ent is not None and ent.label_ in ("GPE", "LOC"):
            words = list(ent)
        elif _named_place(token, token.i in self.ent_at):
            words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i == token.i - 1] + [token]
        else:
            return None
        if any(t.i in self.hit_at for t in words):
            return None
        words = [t for t in words if t.lower_ != "the" and not t.is_punct and t.tag_ != "POS"]
        if not words or not all(t.text[:1].isupper() for t in words):
            return None
        return _gazetteer_country(" ".join(t.text for t in words))

    def namesake_country(self, hit: Hit, country: str) -> str:
        """The country of a capital's namesake where the sentence names that country and not the capital's
        ("militias in Tripoli ... the north Lebanese port" are in Lebanon's Tripoli, not Libya's)."""
        if not self.stage.kb.get(hit.key).get("metonym"):
            return country
        sent = self.doc[hit.start].sent
        named = {h.key for h in self.hits_in(sent.start, sent.end) if h.kind in (COUNTRY, DEMONYM)}
        if country in named:
            return country
        others = _namesakes(self.doc[hit.start:hit.end].text) & named
        return next(iter(others)) if len(others) == 1 else country

    def based_in(self, start: int, head: int) -> str | None:
        """The country of "X-based" before a phrase's head ("a Lahore-based rights group"), by the gazetteer."""
        doc = self.doc
        for t in doc[start:head]:
            if t.lower_ == "based" and t.i - 2 >= start and doc[t.i - 1].text in ("-", "\u2013"):
                place = doc[t.i - 2]
                if place.i in self.hit_at or not place.text[:1].isupper():
                    return None
                before = doc[place.i - 1] if place.i - 1 >= start else None  # "a Dar es Salaam-based", "a New York-based"
                first = before.i if (before is not None and before.text[:1].isupper() and before.i not in self.hit_at
                                     and before.lower_ not in _DETS) else place.i
                return _gazetteer_country(doc[first : place.i + 1].text)
        return None

    def towns(self, sent) -> list[tuple[int, int, str]]:
        """(start, end, country) of the towns and provinces a sentence names that the KB does not know."""
        if sent.start in self._towns:
            return self._towns[sent.start]
        out = []
        for ent in sent.ents:
            country = self.place_country(ent[0]) if ent.label_ in ("GPE", "LOC") else None
            if country:
                out.append((ent.start, ent.end, country))
        for tok in sent:
            if tok.dep_ in ("pobj", "poss", "compound", "amod") and tok.text[:1].isupper() and not any(s <= tok.i < e for s, e, _ in out):
                country = self.place_country(tok)
                if country:
                    out.append((tok.i, tok.i + 1, country))
        self._towns[sent.start] = out
        return out

    def locative(self, token) -> bool:
        """Is this token (the head of a name) the object of a preposition of place?"""
        head = _phrase_head(token)
        if head.dep_ != "pobj":
            return False
        prep = head.head
        if prep.lower_ in ("to", "toward", "towards") and prep.head.lemma_.lower() in _ADDRESSED:
            return False  # "protested to Belgrade", "an ultimatum to Baghdad": the government is addressed
        return prep.lower_ in LOCATIVE or prep.lower_ == "of" and prep.head.lower_ in ("out", "outside", "north", "south", "east", "west")

    def complement(self, head, *, inside: bool = False) -> tuple[str | None, Resolved | None, int | None]:
        """"the president of Armenia", "soldiers of the Islamic State": the country or organization of an
        "of"/"from" complement (also "in", when ``inside``; "a group based in Trinidad", "villages near
        Macedonia's border" too), and where the complement ends."""
        preps = ("of", "from", "for", "in", "near") if inside else ("of", "from", "for")
        heads = [(head, preps)] + [(c, ("in", "near", "inside", "from")) for c in head.children
                                   if c.dep_ == "acl" and c.lemma_.lower() in _BASED]
        for owner, allowed in heads:
            for prep in owner.children:
                if prep.dep_ != "prep" or prep.lower_ not in allowed:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    hit = self.hit_at.get(pobj.i)
                    if hit is None or hit.kind in (AGENT, TITLE):  # "near Macedonia's border", "for the U.S. embassy"
                        hit = next((self.hit_at[c.i] for c in pobj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                                    and c.i in self.hit_at and self.hit_at[c.i].kind in (COUNTRY, DEMONYM)), None)
                    if hit is None:
                        place = self.place_country(pobj)  # "police in Karachi", "the governor of Texas"
                        if place:
                            return place, None, pobj.right_edge.i + 1
                        continue
                    if hit.kind in (COUNTRY, DEMONYM):
                        return hit.key, None, pobj.right_edge.i + 1
                    if hit.kind == PEOPLE and self.people(hit)["country"]:
                        return self.people(hit)["country"], None, pobj.right_edge.i + 1
                    if hit.kind == KB:
                        r = self.kb.resolve(hit.key, self.day)
                        if r.type in ("government", "country") and r.country:
                            return self.namesake_country(hit, r.country), None, pobj.right_edge.i + 1
                        own = next((self.hit_at[c.i].key for c in pobj.children if c.i in self.hit_at and c.i < hit.start
                                    and self.hit_at[c.i].kind in (COUNTRY, DEMONYM)), None)
                        if r.type in _STATE_ORGANS and own and own != r.country:  # "members of the Colombian Congress"
                            organ = group_actor(own, r.sector, None, self.doc[hit.start:hit.end].text, self.kb, self.day)
                            return None, organ, pobj.right_edge.i + 1
                        if not r.person:
                            return None, r, pobj.right_edge.i + 1
        return None, None, None

    # -- reading ---------------------------------------------------------------------------------
    def read(self) -> list[Mention]:
        doc = self.doc
        phrases = []
        chunks = list(doc.noun_chunks)
        chunked = {i for chunk in chunks for i in range(chunk.start, chunk.end)}
        for chunk in chunks:
            start = chunk.start
            before = self.hit_at.get(start - 1)
            if (before is not None and before.end == start and before.kind in (COUNTRY, DEMONYM, PEOPLE)
                    and not any(i in chunked for i in range(before.start, before.end))):
                start = before.start  # "East German | authorities": a country's name the parser left out of the chunk
            # possessors inside the chunk ("the Iraqi government's advance") are phrases of their own
            for tok in chunk:
                if tok.dep_ == "poss" and tok.pos_ in ("NOUN", "PROPN") and tok.i != chunk.root.i:
                    left = max(tok.left_edge.i, chunk.start)
                    phrases.append((left, tok.i + 1, tok, True))
            root, end = chunk.root, chunk.end
            date = self.ent_at.get(root.i)
            if date is not None and date.label_ in ("DATE", "TIME") and date.start > start and date.end >= end:
                root, end = doc[date.start - 1], date.start  # "Syrian President Bashar Assad Tuesday": the date is no head
            phrases.append((start, end, root, False))
        in_chunk = {i for chunk in chunks for i in range(chunk.start, chunk.end)}
        for hit in self.hits:
            if hit.kind not in (AGENT, TITLE):
                continue
            if (hit.kind == AGENT and hit.end + 1 < len(doc) and doc[hit.end].text in ("-", "\u2013")
                    and doc[hit.end + 1].lower_ in _HELD):  # "Albanian rebel-held territory": the holders are an actor
                before = self.hit_at.get(hit.start - 1)
                start = before.start if before is not None and before.kind in (COUNTRY, DEMONYM, PEOPLE) else hit.start
                phrases.append((start, hit.end, doc[hit.end - 1], False))
                continue
            tok = doc[hit.end - 1]
            if tok.i in in_chunk or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            # an agent noun the parser left out of every chunk ("Qatar's emir, Sheikh Hamad ...")
            lefts = [t for t in tok.lefts if t.dep_ in ("poss", "amod", "compound", "det", "nummod", "case")]
            start = min((t.left_edge.i for t in lefts), default=tok.i)
            if hit.kind == TITLE and hit.start < start:
                start = hit.start
            while start > 0 and (before := self.hit_at.get(start - 1)) is not None and before.kind in (COUNTRY, DEMONYM, TITLE):
                start = before.start  # "Syrian President ..."
            end, root = hit.end, tok
            name = self.hit_at.get(end) or self.ent_at.get(end)
            if name is not None and name.start == end and (getattr(name, "label_", "") == "PERSON" or getattr(name, "kind", "") == KB):
                end, root = name.end, doc[name.end - 1]  # "President Bashar al-Assad" with no chunk of its own
            if all(i not in in_chunk for i in range(start, end)):
                phrases.append((start, end, root, False))
        for start, end, root, possessor in phrases:
            self.read_phrase(start, end, root, possessor)
        self.leftovers()
        self.free_countries()
        self.merge_appositions()
        self.out.sort(key=lambda m: (m.start, -m.end))
        return self.out

    def extend(self, start: int, end: int) -> tuple[int, int]:
        for i in range(start, end):
            h = self.hit_at.get(i)
            if h is not None:
                start, end = min(start, h.start), max(end, h.end)
            ent = self.ent_at.get(i)
            if ent is not None and ent.label_ in ("PERSON", "ORG"):
                start, end = min(start, ent.start), max(end, ent.end)
        return start, end

    def read_phrase(self, start: int, end: int, root, possessor: bool) -> None:
        if root.pos_ == "PRON" or root.i in self.done_heads:
            return
        start, end = self.extend(start, end)
        prev = self.hit_at.get(start - 1)
        if prev is not None and prev.kind == KB and not possessor and self.hit_at.get(root.i) is not None:
            start = prev.start
        if possessor:  # the possessor phrase must not swallow the possessed noun
            end = min(end, root.i + 1) if self.hit_at.get(root.i) is None else max(root.i + 1, self.hit_at[root.i].end)
        inside = self.hits_in(start, end)
        head_hit = self.hit_at.get(root.i)
        if head_hit is not None and head_hit not in inside:
            head_hit = None
        mods = [h for h in inside if h is not head_hit]
        mention = self.phrase_actor(start, end, root, head_hit, mods, possessor)
        if mention is None or any(m.start == mention.start and m.end == mention.end for m in self.out):
            return  # one actor for one stretch of text
        if self.join_name(mention):
            return
        self.done_heads.add(root.i)
        mention.extra["subject"] = root.dep_ in ("nsubj", "nsubjpass")
        if root.dep_ == "appos":
            mention.appos_of = root.head.i
        self.out.append(mention)

    def phrase_actor(self, start, end, root, head_hit: Hit | None, mods: list[Hit], possessor: bool = False) -> Mention | None:
        doc = self.doc
        if possessor and head_hit is None and any(h.kind == KB for h in mods):
            kb_hit = [h for h in mods if h.kind == KB][-1]  # "the Islamic State group's": the group
            self.used.add(kb_hit)
            return Mention(start, end, self.kb.resolve(kb_hit.key, self.day), root.i, "name", confidence=0.9)
        countries = [h for h in mods if h.kind in (COUNTRY, DEMONYM) and h.end <= root.i + 1]
        if countries and (self.sponsored(countries[-1]) or any(
                t.lower_ in _SPONSORED and doc[t.i - 1].text in ("-", "\u2013") for t in doc[countries[-1].end : root.i])):
            countries = []  # "U.S.-backed rebels", "U.S. and Western-allied groups": not the group's own country
        if countries and head_hit is not None and head_hit.kind in (AGENT, TITLE) and countries[-1].start > 0 \
                and doc[countries[-1].start - 1].lower_ == "ethnic":
            ethnic = countries.pop()  # "ethnic Albanian leaders in Kosovo": the people, not Albania
            self.used.add(ethnic)
        country = countries[-1].key if countries else None
        if (len(countries) >= 2 and countries[-2].end == countries[-1].start and countries[-1].kind == DEMONYM
                and countries[-2].key != country and country not in self.stage.homes_named_last):
            # "Bosnian Croat leaders", "Croatian Serb rebels": where the people lives, then the people
            country = countries[-2].key
        kb_mods = [h for h in mods if h.kind == KB and not self.sponsored(h) and h not in self.overridden]  # "the Al Qaeda-linked group"
        agent_hits = [h for h in mods if h.kind in (AGENT, TITLE) and not self.adjective_reading(h)]
        former = any(t.lower_.rstrip("-") in _FORMER for t in doc[start : root.i + 1])
        plural = root.tag_ in ("NNS", "NNPS") or bool(head_hit and head_hit.plural)
        qualifier = self.qualifier(start, root.i)
        if qualifier is None and start < root.i and any(t.lower_ == "ethnic" for t in doc[start:root.i]) and not countries:
            demonyms = [h for h in mods if h.kind == DEMONYM and h.end <= root.i]
            qualifier = doc[demonyms[-1].start : demonyms[-1].end].text if demonyms else None
        peoples = [h for h in mods if h.kind == PEOPLE and h.end <= root.i + 1 and not self.sponsored(h)]
        if peoples:  # "Chechen refugees", "the Hutu rebel group": the people qualifies, its home is the country
            people = self.people(peoples[-1])
            qualifier = doc[peoples[-1].start : peoples[-1].end].text
            country = country or people["country"]
            self.used.add(peoples[-1])

        if head_hit is not None and head_hit.kind == KB and self.other_person(head_hit):
            head_hit = None  # "Jerome Powell" is not Colin Powell, "Laura Bush" not George W. Bush

        if head_hit is not None and head_hit.kind == KB:
            r = self.kb.resolve(head_hit.key, self.day)
            if self.kb.get(head_hit.key).get("metonym") and self.locative(root):
                if not r.country or _said_from(root):
                    return None  # "said at a news conference from Baghdad": where a statement was made, no actor
                self.used.add(head_hit)  # "bombs exploded in Kabul": the city, its people (CAMEO-style: civilians)
                city = group_actor(self.namesake_country(head_hit, r.country), "CVL", None, doc[head_hit.start : head_hit.end].text, self.kb, self.day)
                return Mention(head_hit.start, head_hit.end, city, root.i, "nominal", confidence=0.5)
            lead = [h for h in agent_hits if h.end == head_hit.start and self.agent(h).get("kind") == "group"]
            if self.kb.get(head_hit.key).get("metonym") and r.country and lead and self.agent(lead[-1])["sector"] != r.sector:
                # "Radio Baghdad", "Radio Kabul": a body of the country the seat of power stands for
                self.used.update([head_hit, *lead])
                return Mention(start, end, group_actor(r.country, self.agent(lead[-1])["sector"], None, _clean_name(doc[start:end]),
                                                       self.kb, self.day), root.i, "nominal", plural=plural, confidence=0.7)
            if r.country is None and country and r.type not in ("igo", "ngo", "person"):
                r.country = country
            elif r.country and r.type in _STATE_ORGANS and not r.person:
                # "the Philippine Congress", "Congress in the Philippines": another country's organ of the same kind
                other = country or self.complement(root, inside=True)[0] or self.next_country(end)
                if other and other != r.country:
                    self.used.update([head_hit, *countries])
                    self.overridden.add(head_hit)
                    r = group_actor(other, r.sector, None, _clean_name(doc[start:end]), self.kb, self.day)
                    return Mention(start, end, r, root.i, "nominal", plural=plural, confidence=0.7)
            in_name = [t.text for t in doc[head_hit.start : head_hit.end]]  # "President Bush", "Jordan's King Hussein"
            titled = self.sector_of(agent_hits, former) or next(
                (self.stage.title_words[w] for w in in_name if w in self.stage.title_words), None)
            office = not former and (any(doc[h.start:h.end].text.lower() in _OFFICES for h in agent_hits)
                                     or any(w.lower() in _OFFICES for w in in_name))
            if (r.person and titled in ("GOV", "MIL", "LEG", "JUD", "ELI") and r.sector != titled
                    and (former or office and r.type == "person" or r.sector in ("ELI", None))):
                r.sector = titled  # the text's own title ("President X", "former minister X") wins
            elif (r.person and titled in ("REB", "OPP") and r.sector != titled and not former
                  and any(self.agent(h).get("kind") in ("person", "title") and self.agent(h)["sector"] == titled for h in agent_hits)):
                r.sector = titled  # "rebel leader Charles Taylor", "opposition leader X": what the text calls him then
            office = self.org_of(kb_mods) if r.person and agent_hits and not former and not countries else None
            if office is not None and office.type in ("igo", "ngo") and office.country is None:
                # "Arab League Secretary-General Chedli Klibi": the text gives him the office, whatever the KB's dates
                r.country, r.type = None, office.type
                r.sector = self.sector_of(agent_hits, False) or r.sector
            elif (r.person and not former and not countries and r.type != "igo"
                  and any(self.agent(h).get("kind") in ("person", "title") and self.agent(h)["sector"] == "IGO" for h in agent_hits)):
                # "UN mediator Cyrus Vance", "U.N. envoy X": an international office the text gives him
                r.country, r.type, r.sector = None, "igo", "GOV"
            self.used.update([head_hit, *countries, *kb_mods])
            return Mention(start, end, r, root.i, "name", plural=plural, confidence=0.95)

        ent = self.ent_at.get(root.i)
        if ent is None and root.pos_ == "PROPN" and root.i > start:
            prev = self.ent_at.get(root.i - 1)
            if prev is not None and prev.label_ == "PERSON" and prev.end == root.i:
                ent = SpacySpan(doc, prev.start, root.i + 1, label="PERSON")  # "Gloria Macapagal" + "Arroyo"
        titled_org = ent is not None and ent.label_ == "ORG" and any(h.kind == TITLE and (h.start == ent.start or h.end == ent.start) for h in agent_hits)
        if ent is not None and (ent.label_ == "PERSON" or titled_org) and head_hit is None:
            sector = self.sector_of(agent_hits, former)
            kb_org = self.org_of(kb_mods)
            if country is None and kb_org is not None:
                country = kb_org.country
                sector = sector or kb_org.sector
            office = kb_org.type if kb_org is not None and kb_org.type in ("igo", "ngo") and country is None else None
            if country is None and office is None:
                country = self.complement(root)[0]
            guessed = False
            if country is None and sector is not None and office is None:
                country = self.sentence_country(root, towns=False)  # a person is not of a town he is in
                guessed = country is not None
            name = self.person_name(ent)
            if not name:
                return None
            if " " not in name and "-" not in name and not agent_hits and not kb_mods:
                return None  # a lone unknown word tagged PERSON is as often a place ("Kharkiv"); coref may still claim it
            if self.locative(root) and not agent_hits:
                return None
            self.used.update([*countries, *agent_hits])
            person = person_actor(name, country, sector)
            if office:  # "Arab League Secretary-General Chedli Klibi": coded as the organization he acts for
                person.type = office
            return Mention(start, end, person, root.i, "name", confidence=0.6 if guessed else 0.8,
                           extra={"guessed_country": guessed, "want_country": country is None and sector is not None and office is None})

        if head_hit is not None and head_hit.kind in (AGENT, TITLE):
            for other in [h for h in agent_hits if h.end <= head_hit.start and self.agent(h).get("kind") != "weak"]:
                between = doc[other.end : head_hit.start]
                if any(t.lower_ in ("and", "or") for t in between) and not any(h.start >= other.end for h in countries):
                    # "students and trade unions", "police and soldiers": two groups, the modifiers before both shared
                    agent_hits.remove(other)
                    osector = self.agent(other)["sector"]
                    own = [h for h in peoples if h.end <= other.start]  # "the Burundian government and Hutu rebels"
                    oq = doc[own[-1].start : own[-1].end].text if own else self.qualifier(start, other.start)
                    if not (country or oq):
                        oq = doc[other.end - 1].lemma_.lower()
                    self.used.add(other)
                    # the first group's mention keeps the words before it ("the Burundian government")
                    ostart = start if all(t.i in self.hit_at or t.pos_ in ("DET", "ADJ", "NUM") for t in doc[start : other.start]) else other.start
                    self.out.append(Mention(ostart, other.end, group_actor(country, osector, oq, doc[other.start:other.end].text,
                                                                           self.kb, self.day),
                                            other.end - 1, "nominal", plural=other.plural, confidence=0.6))
            all_agents = [head_hit, *agent_hits]
            sector = self.sector_of(all_agents, former)
            if self.agent(head_hit).get("kind") != "weak" and not former:  # the head's own sector: "military government" is GOV
                sector = self.agent(head_hit)["sector"]
                if root.lemma_.lower() in _ARMED_MEN and self.sector_of(agent_hits, former) in ("CRM", "UAF"):
                    # "cartel gunmen", "gang fighters": armed men of a criminal or unaligned group are of that group
                    sector = self.sector_of(agent_hits, former)
            if all(self.agent(h).get("kind") == "weak" for h in all_agents):
                sector = self.complement_sector(root) or sector  # "leaders of the opposition", "members of the union"
            elif root.lemma_.lower() in _SPEAKS_FOR and len(all_agents) == 1:
                sector = self.complement_sector(root, ("for", "of")) or sector  # "a spokesman for the rebels"
            poss = next((t for t in root.children if t.dep_ == "poss" and t.i in self.hit_at and self.hit_at[t.i].kind == KB), None)
            if poss is not None and country is None:
                owner = self.kb.resolve(self.hit_at[poss.i].key, self.day)
                if owner.person and owner.country:  # "Massoud's forces": the men of a person are of his country (and his side)
                    country = owner.country
                    if owner.sector in ("REB", "UAF", "CRM") and sector in ("MIL", "REB", "UAF"):
                        sector = owner.sector
            if country is None:  # "Karachi's police chief", "Quetta residents": the place's country
                place = next((t for t in root.children if t.dep_ in ("poss", "compound", "amod") and t.i not in self.hit_at
                              and t.text[:1].isupper()), None)
                country = self.place_country(place) if place is not None else None
            if country is None:  # "a Lahore-based rights group": where it is based
                country = self.based_in(start, root.i)
            agent = self.agent(head_hit)
            kb_org = self.org_of(kb_mods)
            owned = any(t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her") for t in root.children)
            if country is None and kb_org is None and not owned:  # "recalled its ambassador from Jakarta": its own
                country, kb_org, cend = self.complement(root, inside=sector not in ("MIL", "IGO"))
                if cend:
                    end = max(end, cend)
            self.used.update([head_hit, *countries, *kb_mods, *agent_hits])
            anaphoric = None
            det = [t for t in doc[start:root.i] if not t.is_punct]
            if (len(det) == 1 and det[0].lower_ == "the" and head_hit.end - head_hit.start == 1 and country is None and kb_org is None
                    and not [t for t in root.rights if not t.is_punct]):
                anaphoric = root.lemma_.lower()
            head_sector = self.agent(head_hit)["sector"]
            if (kb_org is not None and kb_org.country and head_sector != kb_org.sector and head_hit.start > start
                    and (kb_org.type in ("party", "movement", "military", "police") and agent.get("kind") == "group"
                         and head_sector in _STATE_SECTORS
                         or kb_org.type == "government" and agent.get("kind") in ("group", "person")
                         and (head_sector != "GOV" or agent.get("kind") == "group"))):
                # "the Sandinista government", "Palestinian Authority security forces", "Baghdad radio", "Kabul
                # residents": the state body a party or a government runs, or the people of a seat of power
                self.used.update(kb_mods)
                return Mention(start, end, group_actor(kb_org.country, head_sector, None, _clean_name(doc[start:end]), self.kb, self.day),
                               root.i, "nominal", plural=plural, confidence=0.75)
            if kb_org is not None and head_sector == "REB" and kb_org.sector in ("OPP", "GOV") and kb_org.type in ("party", "movement", "armed_group"):
                # "Renamo rebels", "Fatah gunmen": a party that the text shows fighting
                kb_org = replace(kb_org, sector="REB")
            if kb_org is not None:
                singular_person = agent.get("kind") in ("person", "title", "weak") and not plural
                m = Mention(start, end, kb_org, root.i, "nominal", plural=plural, confidence=0.85)
                if singular_person:
                    m.extra["role_of"] = kb_org
                return m
            strong = any(self.agent(h).get("kind") != "weak" for h in all_agents)
            if sector is None or not strong and country is None and qualifier is None:
                return None
            if ent is not None and ent.label_ == "ORG" and ent.end - ent.start > head_hit.end - head_hit.start and not countries:
                if country is None and sector in ("GOV", "MIL", "COP", "JUD", "LEG", "SPY"):
                    country = self.sentence_country(root)
                if sector == "LAB" and self.party_union(head_hit):
                    sector = None  # "the Homeland Union" is a party
                return Mention(start, end, org_actor(_clean_name(ent), country, sector), root.i, "name", confidence=0.6,
                               extra={"want_country": country is None, "sector": sector})
            guessed = institution = False
            if country is None and qualifier is None and sector in ("MIL", "COP", "GOV", "JUD", "LEG", "SPY"):
                country = self.sentence_country(root)  # "the army", "police" in a sentence about one country
                guessed = country is not None
                institution = True
            elif country is None and peoples and sector not in ("IGO", "NGO"):
                country = self.sentence_country(root)  # "Hutu rebels" in a sentence about Burundi
                guessed = country is not None
            if country is None and qualifier is None and root.dep_ == "conj":
                country = self.conjunct_country(root)  # "Israeli helicopters and tanks": the tanks are Israeli too
            # a people is no country: "Shiite gunmen ... in Beirut" are of the country the sentence names
            want_country = (country is None and not owned and (qualifier is None or bool(peoples))
                            and (sector in _CIVIL or sector == "ELI" or institution))
            own_qualifier = qualifier
            if country is None and qualifier is None:
                qualifier = root.lemma_.lower()  # "militants" and "civilians" with no country are different actors
            name = _clean_name(doc[start:end])
            for other in countries[:-1]:
                if other.key != country and any(t.dep_ == "cc" or t.lower_ in ("and", "or") for t in doc[other.end : countries[-1].start]):
                    oname = f"{doc[other.start:other.end].text} {doc[head_hit.start:head_hit.end].text}"
                    self.out.append(Mention(other.start, other.end, group_actor(other.key, sector, qualifier, oname, self.kb, self.day),
                                            other.start, "nominal", plural=plural, confidence=0.6))
            r = group_actor(country, sector, qualifier, name, self.kb, self.day)
            poss = next((t.i for t in root.children if t.dep_ == "poss" and t.pos_ == "PRON" and t.lower_ in ("its", "their", "his", "her")), None)
            return Mention(start, end, r, root.i, "nominal", plural=plural, confidence=0.6 if guessed or not country else 0.75,
                           anaphoric=None if guessed else anaphoric,
                           extra={"person_role": agent.get("kind") in ("person", "title", "weak") and not plural, "poss": poss,
                                  "sector": sector, "qualifier": own_qualifier, "guessed_country": guessed,
                                  "want_country": want_country})

        if head_hit is not None and head_hit.kind == COUNTRY:
            self.used.add(head_hit)
            return Mention(start, end, country_actor(head_hit.key), root.i, "country", confidence=0.9)

        if head_hit is not None and head_hit.kind == DEMONYM and root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound"):
            self.used.add(head_hit)
            home = head_hit.key
            before = self.hit_at.get(head_hit.start - 1)
            if (before is not None and before.end == head_hit.start and before.kind in (COUNTRY, DEMONYM) and before.key != home
                    and home not in self.stage.homes_named_last):
                # "Kosovar Albanians", "Bosnian Serbs": civilians of the country named first, the people second
                self.used.add(before)
                r = group_actor(before.key, "CVL", doc[head_hit.start:head_hit.end].text, _clean_name(doc[start:end]), self.kb, self.day)
                return Mention(min(start, before.start), end, r, root.i, "nominal", plural=plural, confidence=0.6)
            if any(t.lower_ == "ethnic" for t in doc[start:root.i]):
                # "ethnic Albanians" are coded by the country they live in: an "in" complement, else the
                # first other country the sentence names; the demonym becomes the qualifier
                qualifier = doc[head_hit.start:head_hit.end].text.rstrip("s")
                home = self.complement(root, inside=True)[0] or self.sentence_country(root, exclude=head_hit.key, first=True) or home
            r = group_actor(home, "CVL", qualifier, _clean_name(doc[start:end]), self.kb, self.day)
            return Mention(start, end, r, root.i, "nominal", plural=plural, confidence=0.6)

        if head_hit is not None and head_hit.kind == PEOPLE and root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound"):
            self.used.add(head_hit)  # "Chechens", "ethnic Hutus", "Kurds in Iraq": civilians of the people's home
            people = self.people(head_hit)
            home = country or self.complement(root, inside=True)[0] or people["country"] or self.sentence_country(root)
            written = doc[head_hit.start : head_hit.end].text
            r = group_actor(home, "CVL", people["name"] if written != people["name"] and written.endswith("s") else written,
                            _clean_name(doc[start:end]), self.kb, self.day)
            return Mention(start, end, r, root.i, "nominal", plural=plural, confidence=0.6)

        poss = next((t for t in root.children if t.dep_ == "poss"), None)
        if head_hit is None and poss is not None and root.lemma_.lower() in coref.POSSESSABLE:
            owner = self.hit_at.get(poss.i)
            if owner is not None and owner.kind == KB:
                entry = self.kb.get(owner.key)
                if entry.get("leads") and self.kb.get(entry["leads"]):
                    return Mention(start, end, self.kb.resolve(entry["leads"], self.day), root.i, "nominal", confidence=0.7)
            if poss.pos_ == "PRON" and poss.lower_ in ("his", "her", "its", "their"):
                placeholder = Resolved(id="", name=root.text, type="group", country=None, sector=None)
                return Mention(start, end, placeholder, root.i, "nominal", plural=plural, confidence=0.6, extra={"poss": poss.i})

        if head_hit is None and ent is None and root.lemma_.lower() in coref.ANAPHORS:
            det = [t for t in doc[start:root.i] if not t.is_punct]
            right = [t for t in root.rights if not t.is_punct]
            if len(det) == 1 and det[0].lower_ == "the" and not right:  # "the group": kept only if coref finds its antecedent
                placeholder = Resolved(id="", name=root.text, type="group", country=None, sector=None)
                return Mention(start, end, placeholder, root.i, "nominal", plural=plural, confidence=0.6, anaphoric=root.lemma_.lower())

        if ent is not None and ent.label_ == "ORG" and head_hit is None and not self.locative(root) and _org_like(ent):
            sector = self.sector_of([h for h in agent_hits if not self.party_union(h)], former)
            name = _clean_name(ent)
            self.used.update([*countries, *agent_hits])
            r = org_actor(name, country, sector)
            if country is None and _international(name):
                # "the World Council of Churches", "the International Federation of Journalists": a body of no
                # one country; CAMEO codes such a body NGO
                r.type, r.sector = "ngo", sector or "NGO"
            return Mention(start, end, r, root.i, "name", confidence=0.6,
                           extra={"want_country": country is None and r.type != "ngo", "sector": r.sector})
        if (head_hit is None and country and countries and root.is_title and root.lower_ in _STATE_BODIES
                and not self.locative(root) and countries[-1].start > start - 1):
            # "the Kenya Anti-Corruption Commission", "the Zimbabwe Electoral Commission": a state body
            self.used.update(countries)
            name = _clean_name(doc[countries[-1].start : root.i + 1])
            return Mention(start, end, org_actor(name, country, "GOV"), root.i, "name", confidence=0.6)
        return self.agent_modified(start, end, root, head_hit, ent, agent_hits, countries, qualifier, possessor)

    def agent_modified(self, start, end, root, head_hit, ent, agent_hits, countries, qualifier, possessor) -> Mention | None:
        """"a French navy ship", "Palestinian guerrilla bases", "an army convoy": a noun the KB does not know,
        led by an agent word, is that agent's group (as "Israeli air raids" are Israel's)."""
        if head_hit is not None or ent is not None or possessor or root.pos_ != "NOUN" or root.i in self.hit_at:
            return None
        if root.lemma_.lower() not in _HELD_THINGS and root.lower_[:-1] not in _HELD_THINGS:
            return None
        lead = [h for h in agent_hits if h.end == root.i and self.agent(h).get("kind") in ("group", "person")]
        if not lead:
            return None
        hit = lead[-1]
        sector = self.agent(hit)["sector"]
        country = countries[-1].key if countries else self.complement(root, inside=True)[0]
        if qualifier is None and country is None:
            qualifier = self.doc[hit.end - 1].lemma_.lower()
        self.used.update([hit, *countries])
        r = group_actor(country, sector, qualifier, _clean_name(self.doc[start:end]), self.kb, self.day)
        return Mention(start, end, r, root.i, "nominal", plural=root.tag_ == "NNS", confidence=0.55,
                       extra={"sector": sector, "want_country": country is None and sector in _CIVIL})

    def join_name(self, mention: Mention) -> bool:
        """"Defence Minister Abdel Rahim | Mohamed Hussein": the parser split one long name in two. A person's
        name that follows another's with nothing between continues it (the first part keeps its title's
        country and sector); True where ``mention`` was joined to the name before it."""
        doc = self.doc
        if mention.kind != "name" or not mention.actor.person or mention.actor.kb_id or mention.start == 0:
            return False
        ent = self.ent_at.get(mention.start)
        if ent is None or ent.label_ != "PERSON" or doc[mention.start - 1].is_punct:
            return False
        prev = next((m for m in self.out if m.end == mention.start and m.kind == "name" and m.actor.person and not m.actor.kb_id), None)
        if prev is None or self.ent_at.get(prev.end - 1) is None or self.ent_at[prev.end - 1].label_ != "PERSON":
            return False
        name = f"{prev.actor.name} {mention.actor.name}"
        prev.actor = person_actor(name, prev.actor.country or mention.actor.country, prev.actor.sector or mention.actor.sector)
        prev.end = mention.end
        return True

    def next_country(self, end: int) -> str | None:
        """A country named right after a phrase, in an "in"/"of" complement the parser attached elsewhere."""
        doc = self.doc
        if end + 1 < len(doc) and doc[end].lower_ in ("in", "of"):
            at = end + 1 if doc[end + 1].lower_ != "the" or self.hit_at.get(end + 1) is not None else end + 2
            hit = self.hit_at.get(at)
            if hit is not None and hit.start == at and hit.kind in (COUNTRY, DEMONYM):
                return hit.key
        return None

    def complement_sector(self, head, preps=("of", "from")) -> str | None:
        """The sector of the group an "of"/"from" complement names ("representatives from civil society")."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        inner = [h for h in self.hits_in(pobj.left_edge.i, pobj.i + 1)
                                 if h.kind in (AGENT, TITLE) and self.agent(h).get("kind") != "weak" and not self.adjective_reading(h)]
                        if inner:
                            return self.sector_of(inner, False)
        return None

    def party_union(self, hit: Hit) -> bool:
        """"Union" as a word of a party's or an alliance's name ("the Homeland Union", "the Democratic Union"),
        not a trade union: capitalized, with no word of work in the name ("National Union of Mineworkers")."""
        doc = self.doc
        if hit.kind != AGENT or hit.end - hit.start != 1 or doc[hit.start].lower_ != "union" or not doc[hit.start].is_title:
            return False
        ent = self.ent_at.get(hit.start)
        words = {t.lower_ for t in (ent if ent is not None else doc[max(0, hit.start - 3) : hit.start + 4])}
        return not words & _LABOUR_WORDS and not any(w.endswith("workers") for w in words)

    def other_person(self, hit: Hit) -> bool:
        """A KB person's surname inside a longer name of someone else: a first name the alias lacks."""
        ent = self.ent_at.get(hit.start)
        if ent is None or ent.label_ != "PERSON" or ent.start >= hit.start:
            return False
        entry = self.kb.get(hit.key)
        if entry.get("type") != "person":
            return False
        before = [t for t in self.doc[ent.start : hit.start] if t.i not in self.hit_at and t.is_alpha and t.is_title]
        return bool(before) and _not_all_titles(before)

    def conjunct_country(self, root) -> str | None:
        """The country of the first conjunct's group, where its own words named it ("Serbian army and special
        police troops", "Israeli helicopters and tanks")."""
        first = root.head
        for m in self.out:
            if m.head == first.i and m.kind == "nominal" and m.actor.country and not m.actor.person and not m.extra.get("guessed_country"):
                return m.actor.country
        return None

    def free_countries(self) -> None:
        """A titled person, an unknown organization or a civilian group with no country of its own ("President
        Prosper Avril", "hundreds of thousands of people") takes the one country its sentence names that is no other actor's
        modifier: in "... declared a siege in Haiti, a spokeswoman for the U.S. embassy said" the U.S. is
        the embassy's, Haiti is free."""
        waiting = [m for m in self.out if m.extra.get("want_country") and m.actor.country is None]
        if not waiting:
            return
        for m in waiting:
            sent = self.doc[m.head].sent
            free, bound_keys = set(), set()
            for h in self.hits_in(sent.start, sent.end):
                if h.start >= m.start and h.end <= m.end or self.sponsored(h):
                    continue  # (a patron's country, "Saudi-backed rebels", is neither the group's nor anyone else's)
                if h.kind in (COUNTRY, DEMONYM):
                    key = h.key
                elif h.kind == PEOPLE:
                    key = self.people(h)["country"]
                elif h.kind == KB and self.kb.get(h.key).get("metonym"):
                    key = self.kb.resolve(h.key, self.day).country
                    key = self.namesake_country(h, key) if key else key
                elif h.kind == KB and (m.extra.get("sector") or m.actor.sector) in _DOMESTIC:
                    # "Moi accused the opposition", "RUF rebels maimed villagers": the people a leader or an armed
                    # group acts on at home are of its country (another actor's, so never a free country)
                    r = self.kb.resolve(h.key, self.day)
                    key = r.country if (r.sector or "")[:3] in ("GOV", "REB", "OPP") else None  # not mercenaries abroad
                    if key and len(key) == 3 and key not in ("IGO", "NGO") and not any(
                            o is not m and o.start <= h.start and h.end <= o.end and o.actor.country != key for o in self.out):
                        bound_keys.add(key)
                    continue
                else:
                    continue
                bound = any(o is not m and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
                            and not (o.kind == "country" and self.locative(self.doc[o.head])) for o in self.out)
                # ("in southern Lebanon" is where it happened, no other actor's)
                if key and not bound:
                    free.add(key)
                elif key:
                    bound_keys.add(key)
            towns = self.towns(sent) if not m.actor.person and (m.extra.get("sector") or m.actor.sector) not in ("IGO", "NGO", "HRI") else ()
            for start, end, key in towns:  # "gunmen in Karachi killed a policeman": the town's country
                if start >= m.start and end <= m.end:
                    continue
                bound = any(o is not m and o.start <= start and end <= o.end and (o.end - o.start) > (end - start) for o in self.out)
                (bound_keys if bound else free).add(key)
            if not free and len(bound_keys) == 1 and not m.actor.person and m.extra.get("sector") not in ("IGO", "NGO", "HRI"):
                # "Turkish prosecutors indicted 30 journalists", "Haitian police arrested gang members": where the
                # sentence's one country is another actor's, a group with none of its own is of it too
                free = bound_keys
            if len(free) != 1 and m.extra.get("sector") in _STATE_SECTORS:
                # "Israeli Defense Minister X ordered the army ...": a state body takes the country of the state
                # actor before it in its sentence
                before = [o for o in self.out if o is not m and sent.start <= o.start and o.end <= m.start and o.actor.country
                          and o.actor.sector in _STATE_SECTORS and not o.extra.get("guessed_country")]
                if before:
                    free = {max(before, key=lambda o: o.end).actor.country}
            if len(free) != 1:
                continue
            country = free.pop()
            if m.actor.person or m.actor.id.startswith("org:"):
                m.actor.country = country  # a named person or organization keeps its own id
            else:
                m.actor = group_actor(country, m.extra.get("sector"), m.extra.get("qualifier"), m.actor.name, self.kb, self.day)
            m.extra["guessed_country"] = True
            m.confidence = min(m.confidence, 0.55)

    def people(self, hit: Hit) -> dict:
        return self.stage.peoples[int(hit.key)]

    def sponsored(self, hit: Hit) -> bool:
        """"Iran-allied", "U.S.-backed", "Al Qaeda-linked": the hit is the group's patron, not the group; so
        is the country of "pro-Russian rebels" (their side) and of "anti-American protesters" (their foe)."""
        doc = self.doc
        prev = doc[hit.start - 1].lower_ if hit.start >= 1 else ""
        if prev.endswith(("-", "\u2013")) and prev.rstrip("-\u2013") in _SIDE_PREFIXES:
            return True  # "pro-" as one token
        if prev in ("-", "\u2013") and hit.start >= 2 and doc[hit.start - 2].lower_ in _SIDE_PREFIXES:
            return True  # "pro - Russian", "anti - American"
        nxt = doc[hit.end] if hit.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "\u2013") and hit.end + 1 < len(doc):
            nxt = doc[hit.end + 1]
        elif nxt is not None and not nxt.text.startswith("-"):
            return False
        return nxt is not None and nxt.lower_.lstrip("-") in _SPONSORED

    def adjective_reading(self, hit: Hit) -> bool:
        """"national security adviser", "local officials", "general strike": a member word used as an
        adjective is no agent."""
        if hit.end - hit.start != 1 or hit.kind != AGENT:
            return False
        tok = self.doc[hit.start]
        return tok.lower_ in _ADJECTIVE_READINGS and (tok.pos_ == "ADJ" or tok.dep_ == "amod")

    def sentence_country(self, token, *, exclude: str | None = None, first: bool = False, towns: bool = True) -> str | None:
        """The country of a sentence that names exactly one (for "President X" with no other clue); with
        ``first``, the first one named (other than ``exclude``)."""
        sent = token.sent
        found = {}
        for h in self.hits_in(sent.start, sent.end):
            if self.sponsored(h):
                continue  # "Saudi-backed rebels shelled the town": a patron's country is not the sentence's
            if h.kind in (COUNTRY, DEMONYM):
                found.setdefault(h.key, h.start)
            elif h.kind == PEOPLE and self.people(h)["country"]:
                found.setdefault(self.people(h)["country"], h.start)
            elif h.kind == KB:
                r = self.kb.resolve(h.key, self.day)
                if not r.person and r.country:
                    other = self.next_country(h.end) if r.type in _STATE_ORGANS else None
                    found.setdefault(other or r.country, h.start)
        for start, _end, key in self.towns(sent) if towns else ():
            found.setdefault(key, start)
        found.pop(exclude, None)
        if first and found:
            return min(found, key=found.get)
        return next(iter(found)) if len(found) == 1 else None

    def qualifier(self, start: int, head: int) -> str | None:
        """An ethnic or religious qualifier that is not a country's demonym ("Kurdish", "Shiite")."""
        for tok in self.doc[start:head]:
            if self.hit_at.get(tok.i) is not None or tok.lower_.rstrip("-\u2013") in _SIDE_PREFIXES or tok.is_punct:
                continue
            ent = self.ent_at.get(tok.i)
            if ent is not None and ent.label_ == "NORP" or tok.pos_ == "ADJ" and tok.text[:1].isupper() and not tok.is_sent_start:
                return tok.text
        return None

    def sector_of(self, agent_hits: list[Hit], former: bool) -> str | None:
        if not agent_hits:
            return None
        strong = [h for h in agent_hits if self.agent(h).get("kind") != "weak"]
        pool = strong or agent_hits
        sectors = [self.agent(h)["sector"] for h in pool]
        sector = next((s for s in _SPECIFIC_FIRST if s in sectors), sectors[-1])
        if former and sector in ("GOV", "MIL", "LEG", "JUD", "COP"):
            return "ELI"
        return sector

    def org_of(self, kb_hits: list[Hit]) -> Resolved | None:
        for h in reversed(kb_hits):
            r = self.kb.resolve(h.key, self.day)
            if not r.person:
                return r
        return None

    def person_name(self, ent: SpacySpan) -> str:
        tokens = [t for t in ent if (h := self.hit_at.get(t.i)) is None or h.kind not in (TITLE, AGENT, COUNTRY, DEMONYM)]
        while tokens and tokens[0].lower_ in _DETS:
            tokens = tokens[1:]
        text = "".join(t.text_with_ws for t in tokens).strip()
        return text.replace("’s", "").removesuffix("'s").strip()

    def leftovers(self) -> None:
        """KB names and country names outside any phrase read so far stand alone."""
        covered = set()
        for m in self.out:
            covered.update(range(m.start, m.end))
        for h in self.hits:
            if h in self.used or h.kind != KB and any(i in covered for i in range(h.start, h.end)):
                continue
            if h.kind == KB and any(m.start == h.start and m.end == h.end for m in self.out):
                continue
            tok = self.doc[h.end - 1]
            if h.kind == KB and any(m.actor.person and m.start <= h.start and h.end <= m.end and m.end - m.start > h.end - h.start
                                    for m in self.out):
                continue  # a surname inside another person's name
            if h.kind == KB:
                r = self.kb.resolve(h.key, self.day)
                if self.kb.get(h.key).get("metonym") and self.locative(tok):
                    continue
                self.out.append(Mention(h.start, h.end, r, h.end - 1, "name", plural=h.plural, confidence=0.85))
            elif h.kind == COUNTRY:
                self.out.append(Mention(h.start, h.end, country_actor(h.key), h.end - 1, "country", confidence=0.85))
            elif h.kind == DEMONYM:  # "an Australian ultimatum", "Israeli air raids": the country acts
                self.out.append(Mention(h.start, h.end, country_actor(h.key), h.end - 1, "country", confidence=0.5))
            elif h.kind == PEOPLE and self.people(h)["country"]:  # "a Chechen attack"
                self.out.append(Mention(h.start, h.end, country_actor(self.people(h)["country"]), h.end - 1, "country", confidence=0.4))

    def merge_appositions(self) -> None:
        """"Lt. Gen. Stephen Townsend, the top U.S. military commander": one actor. A nominal in
        apposition to a name joins the name (and lends it a country and sector it lacks)."""
        by_head = {m.head: m for m in self.out}
        for m in self.out:
            if m.appos_of is None or m.appos_of not in by_head:
                continue
            anchor = by_head[m.appos_of]
            name, nominal = (anchor, m) if anchor.kind == "name" and anchor.actor.person else (m, anchor) if m.kind == "name" and m.actor.person else (None, None)
            if name is None or nominal.kind != "nominal":
                continue
            role = nominal.extra.get("role_of") or nominal.actor
            if not name.actor.kb_id:
                if name.actor.country is None or name.extra.get("guessed_country") and role.country:
                    name.actor.country = role.country
                    if role.country is None and role.type in ("igo", "ngo") and not role.person:
                        name.actor.type = role.type  # "X, the U.N. envoy": acts for the organization
                if name.actor.sector is None:
                    name.actor.sector = role.sector
            elif (role.sector in ("GOV", "MIL", "LEG", "JUD", "ELI", "REB", "OPP") and role.sector != name.actor.sector
                  and (name.actor.sector in ("ELI", None) or role.sector == "ELI") and name.actor.country == role.country):
                name.actor.sector = role.sector  # "Ali Akbar Velayati, Iran's foreign minister": the text's office wins
            nominal.actor = name.actor
            nominal.confidence = min(nominal.confidence, 0.8)


__all__ = ["ActorStage", "Mention"]
