"""``newsgraph.events.v1``: who did (planned, urged, threatened ...) what to whom, where and when.

predict(doc), per sentence:
  1. triggers: verbs and event nouns of ``plover_verbs.v1.yml`` ("shelled", "an airstrike", "a hunger
     strike", "a sit-in"); a word inside an actor's name ("Protection Units") is not a trigger, and "said"
     never is; a verb may code only with a direct object or with one of its listed objects ("opened
     fire", "laid down their arms"), and its object may turn it into another type, with that type's
     CAMEO root ("sent troops": MOBILIZE, 15);
  2. roles from the parse: source = the subject (the agent of a passive, the owner of "X's attack", the
     subject of the verb that "launched" a noun trigger, the person "urged" to act), target = the object
     or the object of "on / against / with / to ...", each mapped to the actors whose mentions it holds;
  3. modality from the trigger's own negation and modals and from the word that governs it ("hope to",
     "urged ... to", "the plan for", "threatened to"); a governor that is itself a trigger ("urged":
     REQUEST) is an event of its own and the more confident one; a cooperative act announced with
     "will" is AGREE, a hostile one THREATEN (PLOVER's promises and threats); a demand that gives a
     protest's purpose ("blocked roads, demanding ...") is the protest's, which codes the sentence;
  4. place: a place mentioned after a locative preposition in the clause; date: ``anchor_date``;
     counts: "killing 130 people", "at least a dozen wounded" (``patterns.counts``);
  5. attribution: the speaker of the quote whose content holds the trigger ("claimed" when its cue is).
Relations between actors come from a few appositive and possessive patterns (``relations``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from ...knowledge import read_data
from ...model import AcledType, Event, Notice, Span
from ..base import Stage
from ..times.anchor import anchor_date
from .classify import TypeClassifier
from .patterns import Trigger, counts, lexicon
from .relations import find_relations

#: prepositions whose object is a target
_TARGET_PREPS = ("on", "against", "with", "to", "into", "upon", "toward", "towards", "at", "over", "from", "for")
#: ... of an event noun: "an attack on X", "talks between X and Y", "an investigation into X"
_NOUN_PREPS = ("on", "against", "with", "to", "upon", "toward", "towards", "at", "of", "between", "into")
#: what a complaint or an accusation is about, as against whom it is made to: "complained to the UN over Israeli raids"
_ABOUT_PREPS = ("over", "about", "against", "of", "regarding", "concerning")
#: what a noun act is about: "talks on the crisis", "protests over the killing"
_TOPIC_PREPS = {"over", "about", "on", "regarding", "concerning"}
_LOCATIVE = {"in", "near", "at", "outside", "around", "across", "inside", "throughout", "within", "from", "into"}
_HYPOTHETICAL = {"may", "might", "could", "would", "should"}
_FUTURE = {"will", "shall", "'ll"}
_RELATIVE = {"which", "who", "that", "whom"}
#: verbs that carry out a noun trigger: "launched an offensive", "staged a protest"
_LIGHT = {"launch", "carry", "conduct", "stage", "mount", "hold", "begin", "start", "continue", "wage", "undertake",
          "make", "take", "impose", "issue", "declare", "announce", "order", "call", "lead", "plan", "prepare",
          "unleash", "resume", "threaten", "open", "reach", "wage", "sign", "commit", "perpetrate", "join", "organize", "organise", "reimpose",
          # givers of a noun act: "will give Cambodia a loan", "extended a credit line"
          "give", "provide", "extend", "grant", "offer", "approve",
          # "paid a visit to Cairo", "slapped an embargo on Libya", "clamped a curfew on the city"
          "pay", "slap", "clamp",
          # "would attend a new round of talks": the talks are the act
          "attend",
          # "flew relief supplies into Kathmandu", "shipped humanitarian aid to Gaza"
          "fly", "ship", "rush", "truck"}
_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION"}
_VERBAL = {"REQUEST", "ACCUSE", "REJECT"}
#: protests that announced are threats: "would blockade Paris", "vowed to storm the palace"
_HOSTILE_PROTEST = {"obstruct", "riot-spon"}
_THREAT_MODES = {"restrict", "curfew", "martial-law", "ban"}
_CLAIM_CUES = {"claim", "allege", "accuse", "charge", "suspect"}
#: verbs that, said of another's hostile act, accuse them of it
_ALLEGE = {"claim", "allege", "charge", "assert", "insist", "maintain"}
#: nouns that frame an event noun before them: "a mediation effort", "a bombing campaign"
_FRAMES = {"effort", "mission", "campaign", "operation", "drive", "attempt", "bid", "initiative", "offensive"}
#: prepositions that put an event in the background: "after violent protests", "over two air raids"
_BACKGROUND = {"after", "following", "despite", "amid", "over", "since", "before", "during", "in", "of", "about",
               "under"}  # "exchanged intelligence under a pact signed in 2016"
_WILLING = {"willing", "ready", "prepared"}
#: governors that report the act done, not intended: "decided to allow", "tried to mediate"
_DONE_GOVERNORS = {"decide", "try", "attempt", "set", "mean", "look", "poise", "manage", "begin", "start", "continue"}
#: the sentence classifier's type is followed, for a sentence the lexicon found nothing in, from this probability
_NEW = 0.5
#: what its probability is scaled by to give the event's confidence: below the lexicon's own readings
_SCALE = 0.6
#: what is said or written together, which a "joint" one does not make an act: "issued a joint statement"
_SAID_THINGS = {"statement", "declaration", "communique", "communiqué", "conference", "letter", "appeal", "call", "note",
                "position", "stance", "proposal", "plan", "report"}
#: things that carry or hold what is named after them: "supply routes of weapons and reinforcements"
_CONVEYORS = {"route", "road", "line", "corridor", "shipment", "consignment", "cache", "stockpile", "depot", "stock",
              "supply", "flow", "delivery"}
#: what one vows to do that is a threat though no lexicon reading says so: "vowed to avenge", "vowed to fight on"
_VOWED_HOSTILE = {"avenge", "fight", "resist", "continue", "punish", "retaliate", "crush", "defeat", "destroy", "kill", "hunt",
                  "eliminate", "wipe", "defend", "strike", "pursue", "track", "bring", "make", "teach", "take", "get", "go"}
#: forces of nature, whose damage is no one's act
_NATURE = {"hurricane", "earthquake", "quake", "flood", "flooding", "storm", "cyclone", "typhoon", "tsunami", "drought",
           "landslide", "mudslide", "avalanche", "eruption", "volcano", "tornado", "wildfire", "lightning", "rain", "rains"}
#: those whose expulsion cuts relations rather than deports people
_ENVOYS = {"diplomat", "ambassador", "envoy", "attache", "consul", "agency", "mission", "staff", "observer", "monitor",
           "inspector", "peacekeeper", "delegation", "correspondent", "journalist", "organization", "organisation", "group"}
#: a raid by police is coercion, by an army or rebels an attack
_RAIDS = {"raid"}
#: forces that arrive somewhere are deployed there
_ARRIVALS = {"arrive", "travel", "land", "enter"}
#: verbs of going somewhere, for a visit or talks: "flew to Riyadh for talks"
_MOTION = _ARRIVALS | {"fly", "go", "come", "head", "leave", "return", "set", "jet", "journey", "depart"}
#: sectors whose members strike work: "teachers struck for higher pay" is a protest
_WORKERS = {"LAB", "EDU", "HLH", "AGR", "BUS", "MED", "CVL", "OPP"}
#: modes of force that a crowd uses too: by protesters they are a riot or a blockade
_CROWD_MODES = {"destroy", "occupy", "restrict", "blockade"}
#: buildings and property a crowd's attack on which is a riot, not an armed attack
_RIOT_TARGETS = {"office", "station", "building", "headquarters", "embassy", "consulate", "shop", "store", "bank", "car",
                 "vehicle", "bus", "ministry", "parliament", "court", "courthouse", "palace", "compound", "premises"}
#: sectors of people who, acting as a crowd, protest: the opposition, civilians, activists, unions, students, farmers
_CROWDS = {"OPP", "CVL", "ENV", "HRI", "LAB", "EDU", "AGR"}
#: what one calls for against a third party, rallying opposition to it (CAMEO 113): "called for sanctions against Nigeria"
_RALLIED_AGAINST = {"sanction", "embargo", "boycott", "isolate", "isolation", "ostracize", "ostracise", "blacklist"}
#: what one is barred or suspended from, as a sanction: "barred from all African Union activities"
_BODIES = {"activity", "membership", "meeting", "summit", "organisation", "organization", "body", "bloc", "union",
           "commonwealth", "league", "council", "assembly", "game", "olympics", "competition", "tournament", "event"}
#: what forces are called: sent "into the streets", they are deployed
_FORCES = {"troop", "soldier", "army", "police", "policeman", "force", "tank", "unit", "paratrooper", "marine", "guardsman"}
#: verbs whose subject is the author of the act they order: "ordered patrols by police", "authorized airstrikes"
_COMMAND = {"order", "command", "authorize", "authorise", "approve", "sanction", "direct", "commission", "mandate"}
#: sectors of armed actors: their "storming" is an assault, not a riot
_ARMED = {"MIL", "REB", "COP", "SPY", "UAF", "INS", "PMC"}
#: verbs whose subject undergoes their noun object: "faces pressure from X", "came under attack"
_UNDERGO = {"face", "receive", "suffer", "endure", "withstand", "repel", "survive", "draw", "attract", "come", "fend"}
_SCENE_MARKS = {"after", "before", "since", "because", "when", "while", "although", "though", "as", "once", "whereas"}
_SPEECH = {"say", "tell", "state", "insist", "declare", "announce", "stress", "add", "write"}
#: main verbs that report, think or link, and so never carry an event the classifier could type
_NOT_ACTS = frozenset({w for k, ws in read_data("quote_cues.v1.yml")["verbs"].items() if k != "speech" for w in ws} | _SPEECH
                      | {"report", "note", "explain", "remark", "reply", "respond", "answer", "recall", "repeat", "reiterate",
                         "emphasize", "emphasise", "maintain", "contend", "argue", "assert", "claim", "comment", "observe",
                         "point", "mention", "describe", "testify", "estimate", "predict", "speculate", "cite", "quote",
                         "be", "have", "do", "become", "remain", "seem", "get", "let", "go", "come", "know", "see", "look",
                         "include", "involve", "need", "want", "like", "live", "die", "happen", "occur", "take", "use"})
#: heads whose "of" complement names the actor: "supporters of X", "troops of X"
_GROUPS = {"member", "supporter", "follower", "troop", "force", "fighter", "soldier", "unit", "militia", "faction",
           "leader", "wing", "army", "police", "official", "delegation", "government", "people", "citizen",
           # collectives and counts: "a group of Liberians", "thousands of Nigerians", "representatives from X"
           "group", "thousand", "hundred", "dozen", "million", "score", "number", "crowd", "band", "team", "contingent",
           "representative", "delegate", "envoy", "spokesman", "spokeswoman", "spokesperson", "activist", "resident",
           "student", "worker", "employee", "minister", "commander", "chief", "head"}
_AREAS = {"outskirts", "city", "town", "village", "province", "region", "area", "suburb", "suburbs", "centre", "center",
          "north", "south", "east", "west", "part", "parts", "capital", "district", "border", "streets", "heart"}
_HURT_LEMMAS = {"kill", "wound", "injure", "die"}
#: verbs that hand something over: the target is who receives it ("providing photographs to Macedonia")
_GIVE = {"provide", "give", "send", "supply", "deliver", "offer", "grant", "extend", "ship", "hand", "donate", "sell",
         "dispatch", "transfer", "lend", "loan", "airlift", "fly", "bring", "pledge", "return", "cede", "ferry", "rush"}
#: objects that name a place taken or held: "captured the city of X from Y" is done to Y
_TAKEN_PLACES = {"city", "town", "village", "area", "region", "province", "district", "territory", "capital", "port", "enclave",
                 "stronghold", "outpost", "hill", "valley", "airport", "base", "garrison", "position", "island", "peninsula"}
_REFLEXIVE = {"themselves", "itself", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}
#: what a protest is against: "to protest X", "to denounce X", "in protest of X", "in defiance of X"
_PURPOSE_VERBS = {"protest", "denounce", "condemn", "oppose", "demand", "decry", "demonstrate", "rally", "challenge",
                  "defy", "reject", "criticize", "criticise", "press", "pressure", "mark", "commemorate"}
_PURPOSE_NOUNS = {"protest", "defiance", "opposition", "response", "retaliation", "reprisal", "revenge"}
#: counts and batches whose "of" complement is what an object really is: "fired dozens of rockets"
_QUANTITIES = {"dozen", "hundred", "thousand", "million", "score", "number", "batch", "barrage", "salvo", "volley",
               "wave", "round", "series", "couple", "pair", "shipment", "consignment", "convoy", "ton", "tonne", "lot",
               # parts, groups and spans: "the last of its troops", "a team of inspectors", "six years of house arrest"
               "last", "rest", "remainder", "bulk", "half", "part", "portion", "team", "contingent", "group", "unit",
               "year", "month", "week", "decade"}


@dataclass
class Found:
    token: Token
    trigger: Trigger
    clause: Token  # the verb whose clause the event is in (the trigger, or the verb of a noun trigger)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    modality: str = "asserted"
    governor: Token | None = None
    confidence: float = 0.5
    type: str = ""
    mode: str | None = None
    cameo: str | None = None
    speaker_token: Token | None = None
    outer: "Found | None" = None  # the event that governs this one ("urged" over "attack")
    dead: int | None = None
    hurt: int | None = None
    drop: bool = False
    joint: bool = False  # both sides act on each other: "X and Y clashed"


class _Index:
    """Actor and place mentions by character offset."""

    def __init__(self, records):
        self.spans = sorted(((m.start, m.end, rec.id) for rec in records for m in rec.mentions))
        self.starts = [s for s, _, _ in self.spans]
        self.sector = {rec.id: getattr(rec, "sector", None) for rec in records}
        self.country = {rec.id: getattr(rec, "country", None) for rec in records}

    def sectors(self, ids) -> set[str]:
        """The sectors (first three letters) of these actors; "" for one without a sector."""
        return {(self.sector.get(i) or "")[:3] for i in ids}

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_right(self.starts, start) - 1
        out = []
        for s, e, rid in self.spans[max(i, 0):]:
            if s >= end:
                break
            if e > start and s < end:
                out.append((s, e, rid))
        return out


class EventStage(Stage):
    name = "newsgraph.events.v1"
    requires = ("actors", "places", "times")
    assigns = ("events", "relations")

    def __init__(self, *, data_dir: str | None = None, classifier: bool = True):
        self.lex = lexicon()
        self.classifier = TypeClassifier(data_dir) if classifier else None

    def predict(self, doc: Doc) -> dict:
        records = doc._.ng_facts.records
        actors = _Index(records.get("actors") or [])
        places = _Index(records.get("places") or [])
        times = records.get("times") or []
        quotes = records.get("quotes") or []
        article = self.article(doc)
        article_id = article.id if article is not None else "doc"
        published = article.published if article is not None else None
        events: list[Event] = []
        text = doc.text  # Doc.text joins every token: read it once
        read, declined = [], set()
        for sent in doc.sents:
            found = self._sentence(sent, actors, declined)  # words read and turned down are not for the classifier either
            declined.update(f.token.i for f in found if f.drop)
            read.append((sent, [f for f in found if not f.drop]))
        self._classify(doc, read, actors, declined)
        for sent, found in read:
            for f in found:
                events.append(self._record(doc, text, sent, f, actors, places, times, quotes, published, f"{article_id[:12]}:event:{len(events)}"))
        return {"events": events, "relations": find_relations(doc, actors, self.name, quotes)}

    # -- the classifier, where the lexicon is silent or unsure -------------------------------------

    def _classify(self, doc: Doc, read: list[tuple[SpacySpan, list[Found]]], actors: _Index, declined: set[int]) -> None:
        """Where the lexicon found no event in a sentence, or only events in its background ("after the
        invasion of Kuwait"), and its main verb, not a word of saying, thinking or linking, has an actor for
        its subject and something it acts on ("Allied aircraft dropped food to Kurdish refugees", "Tunisia
        shut its embassy in Baghdad after the invasion of Kuwait"), ask the sentence classifier (``classify.py``); when it is sure enough
        (``_NEW``) the verb becomes the trigger of an event of its type, with a confidence below any the
        lexicon gives. (Letting it retype the lexicon's weak readings gained nothing on held-out text.)"""
        if self.classifier is None:
            return
        asks = [(k, verb) for k, (sent, found) in enumerate(read) if all(_in_background(f) for f in found)
                for verb in [self._unlexed(sent, actors)] if verb is not None and verb.i not in declined]
        if not asks:
            return
        answers = self.classifier.best([read[k][0].text for k, _ in asks])
        for note in self.classifier.notes:
            doc._.ng_facts.warnings.append(Notice(code="event_classifier", message=note))
        for (k, verb), (type_, p) in zip(asks, answers):
            if p < _NEW:
                continue
            trig = Trigger(type=type_, mode=None, cameo=self.lex.cameo[type_], acled=None, confidence=round(p * _SCALE, 3),
                           pos="verb", words=(verb.lemma_.lower(),))
            f = self._roles(verb, trig, actors)
            if f.source:
                self._modality(f, {verb.i: f})
                for g in read[k][1]:  # what happened before or around it is not the sentence's act
                    g.confidence = min(g.confidence, f.confidence - 0.05)
                read[k][1].append(f)

    def _unlexed(self, sent: SpacySpan, actors: _Index) -> Token | None:
        """The main verb of a sentence, where an actor acts on something (see ``_classify``)."""
        root = sent.root
        if root.pos_ != "VERB" or root.lemma_.lower() in _NOT_ACTS:
            return None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _misparsed_subject(root, actors)
        obj = _object(root) or next((o for p in root.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"), None)
        if subject is None or obj is None or not _actors_of(subject, actors):
            return None
        return root

    # -- one sentence ---------------------------------------------------------------------------

    def _sentence(self, sent: SpacySpan, actors: _Index, declined: set[int] | None = None) -> list[Found]:
        """The events of one sentence; the words read as triggers and turned down go to ``declined``."""
        found: list[Found] = []
        for tok in sent:
            trig = self._match(tok, actors)
            if trig is not None:
                f = self._roles(tok, trig, actors)
                self._reread(f, tok, actors)
                if f.type == "PROTEST" and not f.target:
                    f.target = [rid for rid in _purpose_target(f, actors) if rid not in f.source]
                found.append(f)
        for f in found:  # "bridges destroyed by Hurricane Mitch", "killed in the earthquake": nature is no actor
            agent = _pobj(f.token, "by") if f.trigger.pos == "noun" else _agent(f.token)
            if agent is not None and any(t.lemma_.lower() in _NATURE for t in agent.subtree if t is agent or t.dep_ == "compound"):
                f.drop = True
        for f in found:  # "prepared to resume shelling" is a mobilization, "prepared to attend the Games" none
            if f.trigger.needs_hostile and _object(f.token) is None:
                xcomp = next((c for c in f.token.children if c.dep_ == "xcomp"), None)
                f.drop = xcomp is None or not any(g.type in _HOSTILE and g.token in xcomp.subtree for g in found)
        for f in found:  # "vowed to carry out sweeping reforms": a vow of no hostile act is a promise (CAMEO 03)
            if f.type == "THREATEN" and f.token.lemma_.lower() in ("vow", "swear") and _object(f.token) is None:
                xcomp = next((c for c in f.token.children if c.dep_ == "xcomp"), None)
                inner = {t.i for t in xcomp.subtree} if xcomp is not None else set()
                if (xcomp is not None and xcomp.lemma_.lower() not in _VOWED_HOSTILE
                        and not any(g is not f and g.token.i in inner for g in found)):
                    f.type, f.cameo, f.mode = "AGREE", self.lex.cameo["AGREE"], None
        for f in found:  # "told visiting Foreign Minister X that ...": the visitor is described, the act is what was told
            if (f.token.lemma_.lower() == "visit" and f.token.tag_ == "VBG" and f.token.i == f.token.head.i + 1
                    and f.token.head.pos_ == "VERB" and any(g is not f and not g.drop for g in found)):
                f.drop = True
        by_token = {f.token.i: f for f in found}
        for f in found:  # "Pretoria's raid on ANC bases killed 12 people": the raid's author killed them
            subj = next((c for c in f.token.children if c.dep_ == "nsubj"), None) if f.trigger.pos == "verb" else None
            act = by_token.get(subj.i) if subj is not None else None
            if act is not None and act is not f and act.source and f.type in _HOSTILE:
                f.source = [rid for rid in act.source]
                f.target = [rid for rid in f.target if rid not in f.source]
        for f in found:  # "27 people were killed when a suicide bomber struck a mosque": the bomber killed them
            if f.source or f.type != "ASSAULT" or f.trigger.pos != "verb":
                continue
            for c in f.token.children:
                act = by_token.get(c.i) if c.dep_ == "advcl" else None
                if act is not None and act.source and act.type in _HOSTILE and any(
                        m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as", "after") for m in c.children):
                    f.source = list(act.source)
                    break
        sourceless = any(f.type in _HOSTILE and not f.source for f in found)
        for verb in sent if sourceless else ():  # "the attacks, which were sanctioned by IS leaders": their authors did them
            act = _authored(verb, by_token)
            authors = _actors_of(_agent(verb), actors) if act is not None else []
            if authors:
                act.source = authors
                act.target = [rid for rid in act.target if rid not in authors]
                approval = by_token.get(verb.i)
                if approval is not None and approval.type == "SUPPORT":
                    approval.drop = True  # an approval of one's own attack is no event of its own
        for f in found:  # "attack after attack", "clashes and fighting": one event
            if f.token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in f.token.children):
                continue  # "give Norway a grant to finance schools": a purpose is an act of its own
            head = f.token.head
            for _ in range(2):
                outer = by_token.get(head.i)
                # a protest word read as another act ("ordered troops into the streets") is that act's, too
                retyped = f.trigger.type == "PROTEST" and f.type != "PROTEST" and outer is not None and outer.type == f.type
                # a verb read by its object is that object's event: "committed atrocities" is one atrocity
                read_by = (outer is not None and outer.type == f.type and outer.type != outer.trigger.type
                           and (_object(outer.token) is not None and _object(outer.token).i == f.token.i))
                retyped = retyped or read_by
                if outer is not None and outer is not f and not outer.drop and (outer.trigger.type == f.trigger.type or retyped):
                    # the higher word carries the event, unless only the lower one says how ("killed in a suicide bombing")
                    keep, lose = (f, outer) if f.mode and not outer.mode else (outer, f)
                    lose.drop = True
                    keep.confidence = max(keep.confidence, lose.confidence)
                    if keep is f:
                        f.source, f.target = f.source or outer.source, f.target or outer.target
                    break
                head = head.head
        live = {f.token.i for f in found if not f.drop}
        for f in found:  # "closed off supply routes of weapons and reinforcements": what a thing carries is no event
            if f.drop or f.trigger.pos != "noun" or f.source or f.target:
                continue
            tok = _first_conjunct(f.token)
            thing = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if thing is not None and thing.pos_ == "NOUN" and thing.i not in live and thing.lemma_.lower() in _CONVEYORS:
                f.drop = True
        if declined is not None:
            declined.update(f.token.i for f in found if f.drop)
        found = [f for f in found if not f.drop]
        by_token = {f.token.i: f for f in found}
        for f in found:
            self._modality(f, by_token)
            if f.speaker_token is not None:
                f.source = _actors_of(f.speaker_token, actors)
        for f in found:  # "Libya has been supplying arms to the IRA, British officials charged": the charge reports
            if f.token.dep_ == "ROOT" and f.type == "ACCUSE" and _object(f.token) is None:
                said = [g for g in found if g is not f and any(c.dep_ == "ccomp" and c.i < f.token.i and g.token in c.subtree
                                                               for c in f.token.children)]
                if said:
                    for g in said:
                        if g.outer is f:
                            g.outer = None  # the report does not govern what it reports
                    inner = max(said, key=lambda g: g.confidence)
                    f.confidence = min(f.confidence, inner.confidence - 0.05)
                    if inner.modality == "asserted":
                        inner.modality = "claimed"
        for f in list(found):  # "the US claimed that ISIL had attacked Iraq": the US accuses ISIL
            claim = self._accusation(f, actors, by_token)
            if claim is not None:
                found.append(claim)
                by_token[claim.token.i] = claim
                f.outer = claim
        for f in found:  # "ended mediation efforts", "halt attacks": the verb codes the sentence
            if f.outer is None and f.trigger.pos == "noun" and f.clause.dep_ in ("dobj", "obj"):
                f.outer = by_token.get(f.clause.head.i)
                if f.outer is not None and f.type == "PROTEST" and f.outer.type == "COERCE" and not f.outer.target:
                    f.outer.target = [rid for rid in f.source if rid not in f.outer.source]  # who held the protest
            if f.outer is None and f.trigger.pos == "noun" and f.token.dep_ == "pobj" and f.token.head.lower_ == "of":
                span = f.token.head.head
                outer = by_token.get(span.i)  # "the lifting of martial law", "a suspension of attacks"
                if outer is not None and outer is not f and outer.trigger.pos == "noun":
                    f.outer = outer
                elif span.dep_ in ("dobj", "obj") and span.lemma_.lower() in _QUANTITIES:
                    f.outer = by_token.get(span.head.i)  # "ended 38 years of martial law": what is ended
        by_clause = {f.clause.i: f for f in found}
        for f in found:  # "blocked roads, demanding ...", "staged a rally to denounce ...": the protest is the
            # event, the demand its purpose
            if f.outer is None and f.type in _VERBAL and f.clause.dep_ == "advcl":
                outer = by_token.get(f.clause.head.i) or by_clause.get(f.clause.head.i) or next(
                    (g for g in found if g is not f and g.trigger.type == "PROTEST" and g.trigger.pos == "noun"
                     and g.token.dep_ == "pobj" and g.token.head.head.i == f.clause.head.i), None)  # "poured into the streets to demand"
                if outer is not None and outer is not f and outer.trigger.type == "PROTEST":
                    f.outer = outer
                elif (outer is not None and outer is not f and f.clause.tag_ == "VBG" and f.clause.i > outer.token.i
                      and not any(c.dep_ == "nsubj" for c in f.clause.children)):
                    f.outer = outer  # "cut ties with Tehran, accusing it of ...": the reason trails the act
        for f in found:  # "will give Tanzania a grant to finance projects": the purpose serves the act
            if f.outer is None and f.clause.dep_ in ("advcl", "xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in f.clause.children):
                outer = by_clause.get(f.clause.head.i) or by_token.get(f.clause.head.i)
                if outer is not None and outer is not f and f.type not in _VERBAL and outer.type != "PROTEST":
                    f.outer = outer
                    if outer.type == "MOBILIZE" and f.type == "AID" and f.mode == "peacekeeping":
                        # "deployed in Ivory Coast to protect foreign nationals": a deployment to protect (CAMEO 074)
                        outer.type, outer.cameo, outer.mode = "AID", self.lex.cameo["AID"], "peacekeeping"
        for f in sorted(found, key=lambda f: -_depth(f.clause)):  # innermost first
            outer = f.outer
            if outer is not None and outer is not f:
                f.confidence *= 0.75
                outer.confidence = min(0.99, max(outer.confidence, f.confidence + 0.1))
                if (f.target and f.clause.dep_ == "xcomp" and f.clause.head.i == outer.token.i and _object(outer.token) is None
                        and outer.source == f.source and not _prep_targets(outer.token, actors)):
                    outer.target = f.target  # "offered to send peacekeepers to Bosnia": the offer is to Bosnia
        self._counts(sent, found, by_token)
        return found

    def _reread(self, f: Found, tok: Token, actors: _Index) -> None:
        """The reading of a trigger that depends on who acts: a state's protest is diplomatic, an army's raid
        or storming an attack, forces arriving are deployed, workers who strike protest, a crowd's force is a
        riot or a blockade."""
        lemma = tok.lemma_.lower()
        sectors = actors.sectors(f.source)
        armed = bool(f.source) and sectors <= {"MIL", "REB"}
        if f.type == "PROTEST" and f.trigger.pos == "verb" and f.source and all(
                a.startswith("country:") or (actors.sector.get(a) or "")[:3] == "GOV" for a in f.source):
            self._switch(f, lemma, ("ACCUSE",))  # "Honduras protested to Nicaragua over ...": a state's protest is diplomatic
        if f.type == "COERCE" and lemma in _RAIDS and armed:
            f.type, f.cameo, f.mode = "ASSAULT", self.lex.cameo["ASSAULT"], None  # "warplanes raided oil installations"
        purpose = _pobj(tok, "for")
        envoys = (purpose is not None and purpose.lemma_.lower() in self.lex.talks
                  or any(t.lemma_.lower() in _ENVOYS for c in tok.children if c.dep_ == "nsubj" for t in (c, *c.children)))
        if (f.drop or f.type == "CONSULT") and f.trigger.mode == "visit" and lemma in _ARRIVALS and armed and not _object(tok) \
                and not envoys:  # (not "a Hamas delegation travelled to Moscow for talks")
            # "Nigerian troops arrived in Liberia", "U.S. Marines landed in Mogadishu": forces arriving are deployed
            # (MOBILIZE), no visit
            f.drop = False
            f.type, f.cameo, f.mode = "MOBILIZE", self.lex.cameo["MOBILIZE"], "troops"
            f.target = []
        if f.type == "MOBILIZE" and lemma in ("cross", "roll") and not armed:
            f.drop = True  # "refugees crossed into Uganda": only forces crossing a border are deployed
        if lemma in ("leave", "quit", "vacate") and armed and _object(tok) is not None:
            # "Russian troops will leave the Baltic states", "the last Cuban troops left Angola": forces leaving a
            # place withdraw (RETREAT)
            f.drop = False
            f.type, f.cameo, f.mode = "RETREAT", self.lex.cameo["RETREAT"], None
            f.confidence = max(f.confidence, 0.6)
        if f.drop and lemma == "strike" and f.source and not f.target and sectors <= _WORKERS:
            # "miners struck for higher wages": a labour strike, not an attack without a target
            f.drop = False
            f.type, f.cameo, f.mode = "PROTEST", self.lex.cameo["PROTEST"], "strike-gen"
        if f.type == "COERCE" and f.source and f.mode in _CROWD_MODES and sectors and sectors <= _CROWDS:
            # "rioters looted shops", "demonstrators occupied the ministry", "Greenpeace activists occupied the
            # consulate", "farmers blockaded the roads": a crowd's force is a riot or a blockade (PROTEST), not a
            # state's coercion or an armed attack
            f.type, f.cameo = "PROTEST", self.lex.cameo["PROTEST"]
            f.mode = "riot-spon" if f.mode == "destroy" else "obstruct"
        if f.type == "ASSAULT" and f.trigger.pos == "verb" and f.source and sectors and sectors <= _CROWDS:
            # a crowd that attacks buildings ("protesters attacked police stations") or clashes with police ("Kurdish
            # youths clashed with police") riots (CAMEO 145); its attack on people ("mobs attacked Armenian residents")
            # stays an attack
            hit = _object(tok) if lemma in ("attack", "storm", "stone") else None
            foe = _pobj(tok, "with") if lemma == "clash" else None
            if (hit is not None and (_counted(hit) or hit).lemma_.lower() in _RIOT_TARGETS
                    or foe is not None and "COP" in actors.sectors(_actors_of(foe, actors))):
                f.type, f.cameo, f.mode = "PROTEST", self.lex.cameo["PROTEST"], "riot-spon"
        if f.type == "PROTEST" and f.trigger.pos == "verb" and f.source and sectors <= _ARMED:
            self._switch(f, lemma, ("ASSAULT", "COERCE"), particle=True)  # "troops stormed the parliament": no riot
        if f.type == "PROTEST" and f.trigger.pos == "noun" and tok.dep_ == "pobj":
            sent_out = _object(tok.head.head)
            if sent_out is not None and (sent_out.lemma_.lower() in _FORCES or actors.sectors(_actors_of(sent_out, actors)) & _ARMED):
                # "ordered troops into the streets": forces sent out are deployed, no protest; the sender deploys them
                f.type, f.cameo, f.mode = "MOBILIZE", self.lex.cameo["MOBILIZE"], "troops"
                subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
                f.source = _actors_of(subj, actors) if subj is not None else f.source
        if f.type == "MOBILIZE" and sectors and sectors <= _CROWDS and any(
                c.lemma_.lower() in ("roadblock", "barricade") for c in tok.children if c.dep_ in ("dobj", "obj")):
            # "demonstrators set up roadblocks of burning tyres": a crowd's barricade blocks (PROTEST)
            f.type, f.cameo, f.mode = "PROTEST", self.lex.cameo["PROTEST"], "obstruct"
        if lemma == "give":
            span = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "npadvmod")
                         and c.lemma_.lower() in ("hour", "day", "week", "month", "deadline", "chance")), None)
            if span is not None and any(c.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in (*tok.children, *span.children)):
                # "gave U.N. inspectors 24 hours to leave", "gave the junta a last chance to leave": an ultimatum
                f.type, f.cameo, f.mode = "THREATEN", self.lex.cameo["THREATEN"], "ultimatum"
                f.confidence = max(f.confidence, 0.7)
        leave = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("leave", "quit", "depart")),
                     None) if lemma in ("order", "tell", "force", "compel") else None
        obj = _object(tok) if leave is not None else None
        if obj is not None and f.source:
            # "ordered 38 aid agencies to leave the country": an expulsion; of envoys, monitors or agencies it cuts
            # relations (CAMEO 16), of people it deports (17)
            official = obj.lemma_.lower() in _ENVOYS or actors.sectors(f.target) & {"GOV", "IGO", "NGO", "HRI", "MED"}
            f.type, f.cameo, f.mode = ("SANCTION", self.lex.cameo["SANCTION"], "relations") if official else \
                ("COERCE", self.lex.cameo["COERCE"], "deport")
            f.confidence = max(f.confidence, 0.7)
        if lemma == "rally" and any(g.lemma_.lower() in ("defence", "defense", "side", "support", "aid") for c in tok.children
                                    if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"):
            f.type, f.cameo, f.mode = "SUPPORT", self.lex.cameo["SUPPORT"], None  # "rallied to the defence of Rousseff"
            f.target = [rid for rid in f.target if rid not in f.source]
        if lemma == "blow" and f.type == "COERCE" and _object(tok) is None and not f.source:
            # "a truck packed with explosives blew up at a busy junction": a bomb, not a demolition
            f.type, f.cameo, f.mode = "ASSAULT", self.lex.cameo["ASSAULT"], "explosives"
        barred = _pobj(tok, "from") if f.type == "COERCE" and lemma in ("bar", "ban", "exclude", "suspend") else None
        if barred is not None and barred.lemma_.lower() in _BODIES:
            # "Guinea-Bissau was barred from all African Union activities": a suspension (CAMEO 16)
            f.type, f.cameo, f.mode = "SANCTION", self.lex.cameo["SANCTION"], "relations"
        if f.type == "RETREAT" and len(f.source) > 1 and lemma in ("declare", "announce", "proclaim"):
            # "the government and the rebels declared a ceasefire": a truce of two sides is agreed (one side's is a retreat)
            f.type, f.cameo, f.mode = "AGREE", self.lex.cameo["AGREE"], None
        if f.type == "CONSULT" and f.trigger.pos == "verb" and f.target and actors.sectors(f.target) == {"MED"}:
            f.drop = True  # "spoke with reporters": talking to the press is no consultation
        if (lemma == "call" and f.type == "REQUEST" and f.target and _pobj(tok, "on") is not None
                and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children) and _pobj(tok, "for") is None):
            # "Zhu Rongji called on Vajpayee at his residence": calling on someone, asking nothing, is a visit
            f.type, f.cameo, f.mode = "CONSULT", self.lex.cameo["CONSULT"], "visit"
            f.confidence = max(f.confidence, 0.6)

    def _switch(self, f: Found, lemma: str, types: tuple[str, ...], *, particle: bool = False) -> None:
        """Code ``f`` with the verb's first reading of one of ``types`` (with the same particle), if it has one."""
        reading = next((r for r in self.lex.verbs.get(lemma, ()) if r.type in types and (not particle or r.particle == f.trigger.particle)), None)
        if reading is not None:
            f.trigger, f.type, f.mode, f.cameo = reading, reading.type, reading.mode, reading.cameo

    def _match(self, tok: Token, actors: _Index) -> Trigger | None:
        lex = self.lex
        lemma = tok.lemma_.lower()
        lemma = lex.lemmas.get(lemma, lemma)  # "forgave"
        # a passive the tagger took for a noun: "Kuwait was overrun by Iraqi forces"
        misread = tok.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in tok.children)
        if tok.pos_ == "VERB" or misread:
            if tok.dep_ in ("amod", "compound"):
                return None
            readings = lex.verbs.get(lemma, ())
            if lemma == "leave" and any(c.dep_ == "oprd" for c in tok.children):
                return None  # "the bombing left 12 people dead": a toll, not a departure
            if lemma == "surround" and tok.tag_ == "VBG" and tok.dep_ == "acl":
                return None  # "the regions surrounding the capital": where, not an encirclement
            if not readings and tok.lower_.endswith("ed"):  # a lemmatizer slip: "waged" -> "wag", "unbanned" -> "unbanne"
                low = tok.lower_
                readings = lex.verbs.get(low[:-1], ()) or lex.verbs.get(low[:-2], ()) or (
                    lex.verbs.get(low[:-3], ()) if len(low) > 5 and low[-3] == low[-4] else ())
            # the subject of a passive is its object: "the ship was sunk by French agents"
            obj = _object(tok) or next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            keys = {k for o in (obj, _counted(obj)) if o is not None for k in _keys(o)}
            readings = [r for r in readings if (not r.needs_object or obj is not None)
                        and (not r.needs_listed or any(k in keys for k, _, _ in r.objects))]
            # a particle, or a preposition that is not a date's ("test-fired missiles on Thursday" is no "fire on")
            parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")
                     or c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")}
            parts |= {p.lower_ for by in (_pobj(tok, "by"),) if by is not None for p in by.children if p.dep_ == "prep"}
            # ("spoke by telephone with Clinton": the parser hangs "with" on the telephone)
            if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test" and lemma in ("fire", "launch"):
                # "test-fired a missile", "test-launched a Taepodong": a weapons test shows force (CAMEO 15)
                return Trigger(type="MOBILIZE", mode="weapons", cameo=lex.cameo["MOBILIZE"], acled=None, confidence=0.8,
                               pos="verb", words=(lemma,))
            with_particle = [r for r in readings if r.particle and r.particle in parts]
            plain = [r for r in readings if r.particle is None]
            found = (with_particle or plain or [None])[0]
            if found is None and lex.modality.get(lemma) == "urged" and obj is not None and actors.within(obj.idx, _end(obj)) \
                    and any(c.dep_ == "xcomp" for c in tok.children):
                # "told Israel to withdraw", "pushed Pyongyang to allow reunions": a verb that urges, with
                # someone to act, is itself the call (CAMEO 10)
                return Trigger(type="REQUEST", mode=None, cameo=lex.cameo["REQUEST"], acled=None, confidence=0.6, pos="verb", words=(lemma,))
            if (found is None and obj is not None and lemma not in _NOT_ACTS and obj.lemma_.lower() not in _SAID_THINGS
                    and any(c.lower_ in ("joint", "jointly") for c in obj.subtree if c.i < obj.i)):
                # "build a joint air defence system", "opened a jointly financed pipeline": done together (CAMEO 06)
                return Trigger(type="COOPERATE", mode=None, cameo=lex.cameo["COOPERATE"], acled=None, confidence=0.5, pos="verb", words=(lemma,))
            return found
        if tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj"):
            if tok.dep_ == "compound" and tok.head.lemma_.lower() not in _FRAMES or tok.text[:1].isupper() and actors.within(tok.idx, _end(tok)):
                return None  # "attack preparation", "the People's Protection Units"
            doc = tok.doc
            for phrase in lex.not_events:  # "a press release", "an attack helicopter"
                k = len(phrase)
                if phrase[-1] == tok.lower_ and tok.i - k + 1 >= tok.sent.start and tuple(t.lower_ for t in doc[tok.i - k + 1 : tok.i + 1]) == phrase:
                    return None
                if phrase[0] == tok.lower_ and tok.i + k <= tok.sent.end and tuple(t.lower_ for t in doc[tok.i : tok.i + k]) == phrase:
                    return None
            # the longest phrase first, whether it is listed under the lemma or the word itself
            # ("cessation of hostilities" before "hostility")
            readings = [r for key in dict.fromkeys((lemma, tok.lower_)) for r in lex.nouns.get(key, ())]
            for r in sorted(readings, key=lambda r: -len(r.words)):
                before = r.words[:-1]
                if before:
                    k = len(before)
                    if tok.i - k < tok.sent.start or tuple(t.lower_ for t in doc[tok.i - k : tok.i]) != before:
                        continue
                return r
        return None

    def _roles(self, tok: Token, trig: Trigger, actors: _Index) -> Found:
        f = Found(tok, trig, tok, confidence=trig.confidence, type=trig.type, mode=trig.mode, cameo=trig.cameo)
        if trig.pos == "verb":
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
            passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if subj is None and passive is None:
                subj = _misparsed_subject(tok, actors)
            agent = _agent(tok)
            if (passive is None and subj is None and agent is not None and tok.dep_ == "conj"
                    and any(c.dep_ == "auxpass" for c in tok.children)):
                # "attacks which killed 130 people and were sanctioned by IS' leaders": the shared subject undergoes it
                passive = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")), None)
            if passive is not None and tok.lemma_.lower() in ("engage", "involve") and agent is None:
                f.source = _actors_of(passive, actors)  # "forces were engaged in ethnic cleansing against X"
                f.target = _prep_targets(tok, actors, preps=("against", "with"))
            elif passive is not None:
                f.target = _actors_of(passive, actors)
                f.source = _actors_of(agent, actors) if agent is not None else []
                if not f.source and agent is not None:  # "hit by a rocket fired by Hezbollah": the weapon's user
                    f.source = _actors_of(_user(agent), actors)
            elif tok.dep_ == "acl" and tok.tag_ == "VBN" and subj is None:
                # "two men sought in the slaying", "the curfew imposed on Sudan": the noun it qualifies undergoes it
                f.target = _actors_of(tok.head, actors)
                f.source = _actors_of(agent, actors) if agent is not None else []
            else:
                f.source = _actors_of(subj, actors) if subj is not None else self._inherited_source(tok, actors)
                if not f.source and subj is not None:  # "mortar rounds fired by government forces slammed into ..."
                    f.source = next((found for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                     for found in [_actors_of(_agent(c), actors)] if found), [])
                f.target = _actors_of(obj, actors) if obj is not None else []
                if not f.target and obj is not None:
                    f.target = [rid for rid in _owner(obj, actors) if rid not in f.source]
            if not f.source and passive is None:  # one who reports a killing ("..., police said") did not do it
                f.source = _speaker(tok, actors)
            if obj is not None and obj.lower_ in _REFLEXIVE:
                f.target = []  # "blew themselves up"
            if tok.lemma_.lower() in _GIVE and passive is None:
                recipient = [rid for t in (tok, *(c for c in tok.children if c.dep_ in ("prt", "advmod")))
                             for rid in _prep_targets(t, actors, preps=("to",)) if rid not in f.source]
                dative = next((c for c in tok.children if c.dep_ == "dative"), None)
                if dative is not None and dative.pos_ == "ADP":  # "to" parsed as the dative
                    dative = next((g for g in dative.children if g.dep_ == "pobj"), None)
                recipient = recipient or [rid for rid in _actors_of(dative, actors) if rid not in f.source]
                if recipient:
                    f.target = recipient  # the one who receives, not the thing given
            if f.type in _HOSTILE and obj is not None and obj.lemma_.lower() in _TAKEN_PLACES and passive is None:
                held = [rid for rid in _prep_targets(tok, actors, preps=("from",)) if rid not in f.source]
                f.target = held or f.target  # "captured the city of Mazar-i-Sharif from Dostum's forces"
            if f.type == "ACCUSE" and (not f.target or obj is None):
                about = [rid for rid in _about_targets(tok, actors) if rid not in f.source]
                f.target = about or f.target
            if not f.target and trig.particle:  # "stood by Kuwait": the particle parsed as a preposition
                f.target = [rid for rid in _prep_targets(tok, actors, preps=(trig.particle,)) if rid not in f.source]
                means = _pobj(tok, "by")  # "spoke by telephone with Clinton"
                if not f.target and means is not None:
                    f.target = [rid for rid in _prep_targets(means, actors, preps=(trig.particle,)) if rid not in f.source]
            if not f.target:
                f.target = _prep_targets(tok, actors)
            if not f.target and obj is not None:
                f.target = _prep_targets(obj, actors, preps=("on", "against", "upon"))  # "unleash fire on X"
            if trig.needs_target and (not f.target or f.target == f.source):
                # "struck an apocalyptic tone", "released a statement"; but "drones struck an oil refinery"
                f.drop = not (trig.type in _HOSTILE and self._hits_thing(tok, obj)
                              or trig.type == "REJECT" and obj is not None and self._proposal(obj))
            if not f.target and f.type == "PROTEST":
                f.target = [rid for rid in _purpose_target(f, actors) if rid not in f.source]
            # two sides named together that clash or exchange fire (the object may yet make it an assault)
            mutual = tok.lemma_.lower() in _RECIPROCAL and subj is not None and _coordinated(subj) and _pobj(tok, "with") is None
            if not f.target and f.type in ("ASSAULT", "COERCE") and passive is None and not mutual:
                f.target = _next_actor(tok, actors, f.source)
            joint = mutual or len(f.source) > 1 and f.type in ("AGREE", "CONSULT", "COOPERATE")  # "X and Y agreed to a truce in Oslo"
            if not f.target and passive is None and not joint:  # the first actor named later in the clause
                f.target = _later_actor(tok, actors, f.source)
            done = (_object(tok) or obj) if passive is None else passive  # "sent troops", "troops were sent"
            if done is None and trig.particle:
                done = _pobj(tok, trig.particle)  # "called in the ambassador": the particle parsed as a preposition
            above = None
            if done is not None and done.lower_ in _RELATIVE and done.head.dep_ == "relcl":
                done = done.head.head  # "attacks which were sanctioned by ...": the attacks
                if done.dep_ == "pobj" and done.head.dep_ == "prep" and done.head.head.pos_ == "NOUN":
                    above = done.head.head  # "the attacks in Paris, which ...": the parser may hang it on Paris
            if done is not None:
                keys = [k for o in (_counted(done), done, above) if o is not None for k in _keys(o)]  # "a team of doctors"
                read = {lemma: (type_, mode) for lemma, type_, mode in trig.objects}
                key = next((k for k in keys if k in read), None)  # "a nuclear device" before "a device"
                if key is not None:
                    f.type, f.mode = read[key]
                    if f.type != trig.type:
                        f.cameo = self.lex.cameo.get(f.type, f.cameo)
            if mutual and f.type == "ASSAULT":
                f.target, f.joint = [], True  # "Thai and Cambodian troops exchanged fire": both sides act
            if f.target and any(o is not None and f.target == _actors_of(o, actors) and _own(o, f, actors) for o in (_counted(obj), obj)):
                # "withdraw its troops from Lebanon", "withdrawing the main part of its forces from Syria", "recalled
                # its ambassador from Colombia": one's own forces or envoys are not the target, where they go is
                f.target = _destination(tok, actors, f.source)
            if f.type == "RETREAT" and any(g.lemma_.lower() in self.lex.talks for c in tok.children
                                            if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "of", "out")
                                            for g in c.subtree if g.dep_ == "pobj"):
                # "withdrew from the talks", "pulled out of the mediation": relations reduced (CAMEO 16), no retreat
                f.type, f.cameo, f.mode = "SANCTION", self.lex.cameo["SANCTION"], "relations"
            if f.source and f.source == f.target:
                f.target = []
            return f
        # a noun trigger: "X's attack on Y", "the Israeli airstrike", "launched an offensive against Y"
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in _FRAMES:
            tok = tok.head  # "a mediation effort": the roles are the effort's
        elif len(trig.words) > 1:  # "declared a state of siege": the phrase hangs from the verb by its first words
            phrase = tok.doc[max(tok.sent.start, tok.i - len(trig.words) + 1) : tok.i + 1]
            tok = next((t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head.i == t.i), tok)
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        by = _pobj(tok, "by")
        if by is None:  # "the demonstration staged by students", "attacks carried out by X"
            by = next((g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj"), None)
        claimer = _responsible(tok)
        if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _COMMAND:
            # "the government ordered patrols by police": the one who orders it mobilizes
            commander = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            claimer = claimer or commander
        if by is None and trig.type in _VERBAL | {"THREATEN", "SANCTION", "AID"}:  # "pressure from Congress", "aid from Japan"
            by = _pobj(tok, "from")
        if poss is not None:
            f.source = _actors_of(poss, actors)
        elif claimer is not None:  # "X claimed responsibility for the attack", "X is responsible for the killings"
            f.source = _actors_of(claimer, actors)
        elif by is not None:
            f.source = _actors_of(by, actors)
        else:  # its own modifiers: "the Israeli airstrike", not "a Russian aircrew held hostage"
            mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod")]
            f.source = sorted({rid for c in mods for s, e, rid in actors.within(c.left_edge.idx, _end(c)) if e <= tok.idx})
            named = [t for c in mods for t in c.subtree if t.ent_type_ in ("GPE", "NORP")]
            if not f.source and named:  # "U.S.-led air strikes", "Russian air strikes": the act is named as its actor
                f.source = sorted({rid for s, e, rid in actors.within(mods[0].left_edge.idx, _end(tok))
                                   if s <= mods[0].left_edge.idx and e == _end(tok) and actors.country.get(rid)})
        # "talks with Y on the Syrian conflict": what talks are on is their topic, not the other side
        f.target = _prep_targets(tok, actors, preps=tuple(p for p in _NOUN_PREPS if p != "on") if trig.type == "CONSULT" else _NOUN_PREPS)
        if not f.target:  # "a suspension of air links with Serbia": the act's object says with whom
            of = _pobj(tok, "of")
            if of is not None:  # ... or where it is: "the lifting of martial law in Beijing"
                f.target = _prep_targets(of, actors, preps=("with", "to", "against", "on", "between", "in"))
        head = tok.head
        f.clause = tok
        head_lemma = head.lemma_.lower()
        if head_lemma not in _LIGHT and head.lower_.endswith("ed"):  # a lemmatizer slip: "waged" -> "wag"
            head_lemma = head.lower_[:-1] if head.lower_[:-1] in _LIGHT else head_lemma
        if tok.dep_ in ("dobj", "obj") and head_lemma in _UNDERGO and not f.target:
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)  # "Obama faces pressure from Congress"
            f.target = [rid for rid in _actors_of(subj, actors) if rid not in f.source] if subj is not None else []
        if not f.target:  # "an attack targeting non-Muslims", "a campaign aimed at the opposition"
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ("target", "aim", "direct", "hit", "strike"):
                    f.target = [rid for rid in (_actors_of(_object(c), actors) or _prep_targets(c, actors, preps=("at", "against", "on"))) if rid not in f.source]
                    break
        if tok.dep_ == "conj" and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _LIGHT:
            head, head_lemma = head.head, head.head.lemma_.lower()  # "flew rescue teams and relief supplies into Kathmandu"
            carried = True
        else:
            carried = tok.dep_ in ("dobj", "obj", "nsubjpass")
        if carried and head.pos_ in ("VERB", "AUX") and head_lemma in _LIGHT:
            f.clause = head
            if not f.source:
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                f.source = _actors_of(subj, actors) if subj is not None else self._inherited_source(head, actors)
            if not f.target:
                f.target = _prep_targets(head, actors)
        if (tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in ("place", "put", "keep", "hold")
                and f.type == "COERCE"):
            # "Zimbabwe's army placed President Robert Mugabe under house arrest": the verb says who and whom
            verb = head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            held = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
            if subj is not None and not f.source:
                f.source = _actors_of(subj, actors)
            if held is not None:
                f.target = [rid for rid in _actors_of(held, actors) if rid not in f.source] or f.target
            f.clause = verb
        mover = head if tok.dep_ == "prep" else head.head if tok.dep_ == "pobj" and head.dep_ == "prep" else None
        if not f.source and mover is not None and mover.pos_ == "VERB" and (
                f.type == "PROTEST" or f.type == "CONSULT" and mover.lemma_.lower() in _MOTION):
            # "people poured into the streets", "Havel arrived in Bonn for a state visit"
            subj = next((c for c in mover.children if c.dep_ == "nsubj"), None)
            f.source = (_actors_of(subj, actors) or _actors_of(_counted(subj), actors)) if subj is not None else []
            if f.type == "CONSULT" and not f.target:  # "flew to Damascus for talks": with Damascus
                f.target = [rid for rid in _prep_targets(mover, actors, preps=("to",)) if rid not in f.source]
        if (not f.source and len(f.target) > 1 and f.mode != "third-party"
                and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)):
            f.source, f.target = f.target[:1], f.target[1:]  # "the talks between the government and the rebels"
        if f.source and f.source == f.target:
            f.target = []
        if trig.needs_target and not f.target:
            f.drop = True
        return f

    def _proposal(self, obj: Token) -> bool:
        """Is the object a call, a demand, an offer or a plan ("ignored calls to release her", "rejected the
        proposal"): something one rejects, whoever made it?"""
        lemma = obj.lemma_.lower()
        return lemma in self.lex.modality_nouns or any(r.type in ("REQUEST", "AGREE", "CONSULT") for r in self.lex.nouns.get(lemma, ()))

    def _hits_thing(self, verb: Token, obj: Token | None) -> bool:
        """Is a hostile verb's object (or the object of its "on/at" phrase) a thing an attack is done to:
        a building, a convoy, a place named by the gazetteer ("shelled Kharkiv")?"""
        things = self.lex.physical_targets
        heads = [obj] if obj is not None else []
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against") for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            h = _counted(h) or h  # "dozens of buildings"
            if h.lemma_.lower() in things or h.ent_type_ in ("GPE", "LOC", "FAC"):
                return True
        return False

    def _inherited_source(self, verb: Token, actors: _Index, depth: int = 0) -> list[str]:
        """The source of a verb without its own subject: "urged his followers to attack" (the
        followers), "vowed to attack" (the one who vowed), "Turkey, which has been fighting IS"."""
        if depth > 3:
            return []
        head = verb.head
        if verb.dep_ == "relcl":
            return _actors_of(head, actors)
        if verb.dep_ in ("xcomp", "ccomp"):
            # "urged X to", "called on X to": X is to act
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None) or _pobj(head, "on", "upon")
            if obj is not None and head.lemma_.lower() in self.lex.modality and self.lex.modality[head.lemma_.lower()] == "urged":
                return _actors_of(obj, actors)
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and head.i != verb.i:
            if verb.dep_ == "conj" and head.i < verb.i:  # the misparsed name may hang, as this verb does, on a verb
                # further back: the nearest verb-like word before this one (not its own auxiliary)
                doc = verb.doc
                sister = next((doc[k] for k in range(verb.i - 1, head.i, -1) if doc[k].pos_ in ("VERB", "AUX") and doc[k].head.i != verb.i), None)
                if sister is not None and (_misparsed_name(sister, actors) or _acronym_as_verb(sister)):
                    head = sister
            if _misparsed_name(head, actors) or _acronym_as_verb(head):
                # a name parsed as a verb ("IS forces"): it cut the clause of the verb before it ("Turkey, which has
                # been fighting IS forces ... and has closed off supply routes"), whose subject this one shares
                before = head.doc[head.i - 1] if head.i > head.sent.start else None
                if before is None or before.pos_ != "VERB":
                    return []
                subj = next((c for c in before.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE), None)
                return _actors_of(subj, actors) if subj is not None else self._inherited_source(before, actors, depth + 1)
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "Moscow is prepared to build"
            if subj is not None:
                return _actors_of(subj, actors)
            return self._inherited_source(head, actors, depth + 1)
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and head.i != verb.i:  # "Jakarta was ready to work with Canberra"
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return _actors_of(subj, actors) if subj is not None else []
        if verb.dep_ == "acl":
            return _actors_of(head, actors)
        return []

    # -- modality -------------------------------------------------------------------------------

    def _modality(self, f: Found, by_token: dict[int, Found]) -> None:
        lex = self.lex
        clause = f.clause
        own = list(clause.children) + (list(f.token.children) if clause.i != f.token.i else [])
        if any(c.dep_ == "neg" for c in own) or any(c.lower_ == "no" and c.dep_ == "det" for c in f.token.children):
            f.modality = "negated"
        aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        if f.modality == "asserted" and aux & _HYPOTHETICAL:
            f.modality = "hypothetical"
        if f.modality == "asserted" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            f.modality = "hypothetical"
        if (f.modality == "asserted" and clause.tag_ == "VB" and clause.dep_ in ("ROOT", "conj")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in clause.children)
                and (clause.dep_ == "ROOT" or clause.head.tag_ == "VB")):
            f.modality = "urged"  # an imperative: "destroy their homes"
        gov = _governor(clause, lex)
        if (gov is not None and clause.dep_ == "ccomp" and lex.modality.get(gov.lemma_.lower()) == "urged"
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                and (aux & (_FUTURE | _HYPOTHETICAL) - {"should"} or gov.lemma_.lower() == "tell" and not aux & {"must", "should"})):
            # "told the U.N. it would withdraw": what one tells with a clause of its own is said, not urged; but
            # "demanded that Milosevic concede defeat" urges it
            gov = None
        reported = gov is not None and gov.lemma_.lower() == "report"
        if gov is not None:
            self._governed(f, gov, by_token)
        if (gov is None or reported) and aux & (_FUTURE | _HYPOTHETICAL) and f.modality in ("asserted", "hypothetical", "claimed"):
            # "Finland will give Tanzania a grant", "may halt mediation if ...", "Xi will visit Islamabad, state
            # media reported": what a report says one will do is still announced
            self._intent(f, promise=True)
        if f.trigger.pos == "noun" and clause.i == f.token.i and f.type in _COOPERATIVE and f.modality in ("asserted", "hypothetical"):
            # "said it would join Vietnam in a joint operation", "was willing to expand trade and investment": a
            # cooperative act named by a noun under a verb with no reading of its own is announced with that verb
            tok = _first_conjunct(f.token)
            verb = tok.head if tok.dep_ in ("dobj", "obj") else tok.head.head if tok.dep_ == "pobj" and tok.i == f.token.i else None
            if verb is not None and verb.pos_ == "VERB" and verb.i not in by_token:
                said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SPEECH | {"report"}
                willing = verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _WILLING or verb.head.lower_ in _WILLING)
                if willing or said and {c.lower_ for c in verb.children if c.dep_ == "aux"} & (_FUTURE | {"would"}):
                    self._intent(f, promise=True)
        if f.modality == "asserted" and _under_hypothesis(clause):
            f.modality = "hypothetical"  # "the group most likely to lead an assault would be ...", "may make an appeal"
        outer = by_token.get(clause.head.i)
        if (aux & {"must", "should"} and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SPEECH
                and not (outer is not None and outer.type == "REQUEST")):
            speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None:  # "Russia said Sudan must return the helicopter": a demand
                self._said_of(f, speaker, "REQUEST")
        if (f.token.lemma_.lower() == "commit" and f.type in _HOSTILE and clause.dep_ == "ccomp"
                and clause.head.lemma_.lower() in _SPEECH | {"report", "find", "conclude", "charge"}):
            speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None:  # "Human Rights Watch said the coalition had committed a war crime": an accusation
                self._said_of(f, speaker, "ACCUSE")
        if f.modality == "negated" and f.type in _COOPERATIVE | {"AGREE"} and aux & (_FUTURE | _HYPOTHETICAL):
            # "would not give permission", "will not withdraw": a refusal (CAMEO 12), not a concession
            f.type, f.cameo, f.mode = "REJECT", self.lex.cameo["REJECT"], None
        # the main clause's event is the sentence's event; subordinate and background ones weigh less
        f.confidence -= 0.06 * min(_depth(clause), 4)
        if clause.dep_ in ("advcl", "acl", "relcl"):
            f.confidence -= 0.1  # "..., demanding that ...", "which is preparing an offensive"
            if clause.dep_ == "advcl" and clause.head.dep_ == "ROOT" and _background_clause(clause):
                f.confidence -= 0.15  # "massed troops along the border after rioters torched its embassy"
        elif clause.dep_ == "xcomp" and clause.head.dep_ in ("relcl", "acl"):
            f.confidence -= 0.1  # "beat supporters who tried to hold a rally": what the ones described tried
        if (clause.tag_ == "VBG" and (clause.dep_ == "acl" and clause.head.dep_ in ("nsubj", "nsubjpass")
                                      or clause.dep_ in ("nsubj", "csubj") and clause.head.pos_ == "VERB")):
            f.confidence -= 0.15  # "Arab leaders meeting in Sharm el-Sheikh endorsed ...": who the subject is
        if f.trigger.pos == "noun" and clause.dep_ == "pobj" and clause.head.lower_ in _BACKGROUND:
            f.confidence -= 0.1
        if f.trigger.pos == "noun" and f.token.dep_ == "pobj" and f.token.head.lower_ in _TOPIC_PREPS and f.token.head.head.pos_ == "NOUN":
            f.confidence -= 0.1  # "talks on the crisis over Iraq's invasion", "protests over the killing": what it is about
        if f.trigger.pos == "noun" and f.token.dep_ == "pobj" and f.token.head.lower_ in ("against", "at"):
            protest = by_token.get(f.token.head.head.i)
            if protest is not None and protest is not f and protest.type in ("PROTEST", "ACCUSE", "REJECT"):
                f.confidence -= 0.1  # "marched to protest against U.S. air strikes": what is protested is its topic
        if f.trigger.pos == "noun" and _in_frame(clause):
            f.confidence -= 0.15  # "shut its embassy in protest at the invasion", "in defiance of an arms embargo"
        if f.source:
            f.confidence += 0.05

    def _said_of(self, f: Found, speaker: Token, type_: str) -> None:
        """The act becomes the speaker's of ``type_`` (a demand, an accusation) on the one who was to do it."""
        f.target, f.source, f.speaker_token = f.source, [], speaker
        f.type, f.cameo, f.mode, f.modality = type_, self.lex.cameo[type_], None, "asserted"
        f.confidence = max(f.confidence, 0.7)

    def _governed(self, f: Found, gov: Token, by_token: dict[int, Found]) -> None:
        lex = self.lex
        g_lemma = gov.lemma_.lower()
        modality = (lex.modality if gov.pos_ in ("VERB", "AUX", "ADJ") else lex.modality_nouns).get(g_lemma)
        if modality is None:
            modality = lex.modality.get(g_lemma) or lex.modality_nouns.get(g_lemma)
        if modality is None:
            return
        f.governor = gov
        outer = by_token.get(gov.i)
        if modality == "threatened" and g_lemma in ("vow", "swear") and f.type in _COOPERATIVE | {"AGREE"}:
            # "vowed to respect the ceasefire", "swore to protect civilians": a promise, not a threat
            modality = "planned"
            if outer is not None and outer.type == "THREATEN":
                outer.type, outer.cameo, outer.mode = "AGREE", self.lex.cameo["AGREE"], None
        if f.modality == "asserted" or modality == "negated":
            f.modality = modality
        if any(c.dep_ == "neg" for c in gov.children) and modality == "claimed":
            f.modality = "negated"
        if g_lemma in _WILLING or gov.lower_ in _WILLING:  # "was prepared to supply": the lemma is "prepare"
            self._intent(f, promise=True)
        elif modality == "planned" and f.type in _COOPERATIVE and g_lemma not in _DONE_GOVERNORS:
            self._intent(f, promise=True)  # "expressed its intention to reopen talks", "plans to restore ties": CAMEO 03
        if outer is not None:  # "urged ... to attack": the call is the event the sentence codes
            f.outer = outer
            self._rally(f, outer)
            if outer.trigger.type == "THREATEN" and outer.mode is None:
                outer.mode = _threat_mode(f)

    def _rally(self, f: Found, outer: Found) -> None:
        """A call on others to back a third party rallies support for it (CAMEO 053, SUPPORT): "urged the
        European Community to support the PLO"; a call for sanctions or a boycott against one rallies
        opposition to it (CAMEO 113, ACCUSE): "called for sanctions against Nigeria". The one the call is
        for or against is the target, not the one called on."""
        if outer.type != "REQUEST" or not set(f.target) - set(outer.source):
            return
        clause = f.clause
        if outer.token.i not in (clause.head.i, clause.head.head.i if clause.dep_ == "pobj" else -1):
            return  # only what the call asks for itself: not "called on Khartoum to stop backing the LRA"
        against = f.type == "SANCTION" and any(t.lemma_.lower() in _RALLIED_AGAINST for t in (f.token, _object(f.token)) if t is not None)
        rally = "SUPPORT" if f.type == "SUPPORT" and f.modality != "negated" else "ACCUSE" if against else None
        if rally is not None:
            outer.type, outer.cameo, outer.mode = rally, self.lex.cameo[rally], None
            outer.target = [rid for rid in f.target if rid not in outer.source]

    def _accusation(self, f: Found, actors: _Index, by_token: dict[int, Found]) -> Found | None:
        """A hostile act that someone claims another did is also an accusation (CAMEO 11) by the claimer
        against the doer, unless the claimer claims it for themselves."""
        gov = f.governor
        if (gov is None or f.modality != "claimed" or gov.lemma_.lower() not in _ALLEGE or gov.i in by_token
                or f.type not in _HOSTILE | {"THREATEN"} or not f.source):
            return None
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        claimer = _actors_of(subj, actors) if subj is not None else []
        if not claimer or set(claimer) & set(f.source):
            return None
        trig = Trigger(type="ACCUSE", mode=None, cameo=self.lex.cameo["ACCUSE"], acled=None, confidence=0.6,
                       pos="verb", words=(gov.lemma_.lower(),))
        claim = Found(gov, trig, gov, source=claimer, target=list(f.source), type="ACCUSE", mode=None,
                      cameo=trig.cameo, confidence=max(f.confidence, 0.6) + 0.05)
        claim.confidence -= 0.06 * min(_depth(gov), 4)
        return claim

    @staticmethod
    def _intent(f: Found, *, promise: bool) -> None:
        """A cooperative act announced is a promise (AGREE); a hostile one a threat (THREATEN)."""
        if f.type in _COOPERATIVE:
            f.type, f.cameo, f.mode, f.modality = "AGREE", "03", None, "planned"
        elif f.type in _HOSTILE or f.type == "PROTEST" and f.mode in _HOSTILE_PROTEST:
            f.mode = _threat_mode(f)
            f.type, f.cameo, f.modality = "THREATEN", "13", "threatened"
        elif f.modality == "asserted":
            f.modality = "planned"

    # -- counts ---------------------------------------------------------------------------------

    def _counts(self, sent: SpacySpan, found: list[Found], by_token: dict[int, Found]) -> None:
        violent = [f for f in found if f.type in ("ASSAULT", "COERCE")]
        if not violent:
            return
        for f in violent:  # "the attacks in Paris, which killed 130 people": one event, with its toll
            if f.token.lemma_.lower() in _HURT_LEMMAS and f.token.pos_ == "VERB":
                anc = f.token.head
                for _ in range(3):
                    outer = by_token.get(anc.i)
                    if outer is not None and outer is not f and outer.type == "ASSAULT" and not outer.drop:
                        f.drop = True
                        outer.confidence = max(outer.confidence, f.confidence)
                        if not outer.target:
                            outer.target = f.target
                        break
                    if anc.head.i == anc.i:
                        break
                    anc = anc.head
        dead, hurt = counts(sent.text)
        if dead is None and hurt is None:
            return
        keep = [f for f in violent if not f.drop]
        best = max(keep, key=lambda f: (f.modality == "asserted", f.confidence)) if keep else None
        if best is not None:
            best.dead, best.hurt = dead, hurt

    # -- the record ------------------------------------------------------------------------------

    def _record(self, doc: Doc, text: str, sent: SpacySpan, f: Found, actors: _Index, places: _Index, times, quotes, published,
                eid: str) -> Event:
        clause = f.clause
        lo, hi = clause.left_edge.idx, _end(clause.right_edge)
        place = _place(doc, f, places, lo, hi)
        anchor = anchor_date(text, f.token.idx, [(lo, hi)], times, published)
        attributed = None
        modality = f.modality
        for q in quotes:
            if q.holds(f.token.idx):
                attributed = q.speaker
                cue = (q.cue or "").lower()
                if modality == "asserted" and any(cue.startswith(c[:5]) for c in _CLAIM_CUES):
                    modality = "claimed"
                break
        acled = f.trigger.acled if f.type == f.trigger.type else None
        if acled and f.type == "ASSAULT" and acled[1] == "Armed clash" and not f.source:
            acled = None
        return Event(
            id=eid, type=f.type, mode=f.mode, cameo=f.cameo, source=f.source, target=f.target, place=place,
            date=anchor.value if anchor else None, modality=modality, attributed_to=attributed,
            acled=AcledType(event_type=acled[0], sub_event_type=acled[1]) if acled else None,
            fatalities=f.dead, injured=f.hurt,
            evidence=Span(start=sent.start_char, end=sent.end_char, text=sent.text),
            trigger=_trigger_span(doc, text, f), object=_object_span(text, _patient(f, actors)) if not f.target else None,
            stage=self.name, confidence=round(max(0.05, min(0.99, f.confidence)), 3),
        )


#: words that make what they govern a possibility: "most likely to lead an assault"
_LIKELY = {"likely", "unlikely", "possible", "probable", "potential"}


def _under_hypothesis(clause: Token) -> bool:
    """Does the clause hang, through infinitives and noun phrases (not through another finite clause),
    from a modal of possibility ("would be", "may make") or a word like "likely"?"""
    t = clause
    for _ in range(5):
        if t.lemma_.lower() in _LIKELY:
            return True
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in t.children):
            return t is not clause  # the trigger's own modal is handled where the clause is read
        if t.dep_ not in ("xcomp", "dobj", "obj", "pobj", "prep", "acl", "amod", "nsubj", "attr", "acomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


#: acts that fall on a thing ("dynamited electricity pylons", "rejected the peace plan") and acts that go to a place
#: ("flown into Goma", "withdrew from the security zone"): where no actor undergoes them, what does is the object
_ON_THINGS = {"ASSAULT", "COERCE", "REJECT"}
_TO_PLACES = {"MOBILIZE", "AID", "RETREAT"}
_THING_PREPS = ("on", "at", "into", "against")
_PLACE_PREPS = ("to", "into", "in", "on", "at", "from", "around", "near", "along", "toward", "towards", "over", "across")
#: entity types that are no object: "a ceasefire from September 1", "traded fire for 3 hours"
_NOT_OBJECTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}


#: acts two sides do to each other: "Azerbaijani and Armenian forces clashed"
_RECIPROCAL = {"clash", "fight", "battle", "exchange", "skirmish", "trade"}


def _coordinated(subj: Token) -> bool:
    """Does the subject name two sides: "Thai and Cambodian troops", "Security forces and Islamic State militants"?"""
    return any(c.dep_ == "conj" for c in subj.children) or any(
        c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children) for c in subj.children)


def _patient(f: Found, actors: _Index) -> Token | None:
    """What an act with no actor for its target falls on: the thing it hits or rejects, the place it goes to
    or leaves ("bombed the Chechen capital Grozny", "occupied six reefs", "relief supplies were flown into
    Goma"); CAMEO coders code these as the target. Not a word of the trigger's own phrase ("opened fire on a
    betting shop": the shop), a date, or the actor's own."""
    tok, kind = f.token, f.type
    moved = f.trigger.pos == "noun" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in _MOTION
    if f.joint or kind not in _ON_THINGS and kind not in _TO_PLACES and not (kind == "CONSULT" and (f.mode == "visit" or moved)):
        return None
    own = {o for o, _, _ in f.trigger.objects}
    done = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    # where the place hangs: the trigger, what it moves ("massed thousands of troops on the border"), or
    # the verb a noun trigger is the object of ("imposed a curfew in the city of Yining")
    hosts = [tok, done, _counted(done)] if kind in _TO_PLACES else [tok]
    if f.trigger.pos == "noun" and f.clause is not tok:
        hosts.append(f.clause)
    if moved:
        hosts.append(tok.head.head)  # "arrived in Bonn for a state visit", "flew to Damascus for talks"
    if f.trigger.pos == "noun" and tok.dep_ == "nsubj" and kind in _ON_THINGS:
        hosts.append(tok.head)  # "a car bomb ripped through a busy market"
    if kind == "CONSULT":
        preps = ("to", "into", "in")
    elif kind in _TO_PLACES:
        preps = _PLACE_PREPS
    else:  # "the capture of Kunduz", "a car bomb ripped through a market"
        preps = _THING_PREPS if f.trigger.pos == "verb" else _THING_PREPS + ("through", "of", "in", "to", "from")
    cand = None
    if f.trigger.pos == "verb" and kind == "CONSULT" and done is not None and done.dep_ in ("dobj", "obj") and done.pos_ != "PRON":
        cand = done  # "the first U.S. president to visit Hiroshima" (not "demands are met by Belgrade")
    if f.trigger.pos == "verb" and kind in _ON_THINGS:
        if done is not None and (own & set(_keys(done)) or done.lemma_.lower() in ("fire", "shot", "salvo")):
            done = None  # "opened fire", "traded artillery fire": the object completes the act
        cand = done
    cand = cand or next((o for h in hosts if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                         for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in _NOT_OBJECTS), None)
    if cand is None or cand.pos_ not in ("NOUN", "PROPN") or cand.ent_type_ in _NOT_OBJECTS:
        return None
    if any(rid in f.source for s, e, rid in actors.within(cand.idx, _end(cand))):
        return None  # "sent its troops": one's own
    return cand


def _object_span(text: str, tok: Token | None) -> Span | None:
    """The phrase of ``tok``: its words up to a relative clause, an apposition or a preposition other than
    "of" and "in" ("six reefs in the disputed Spratly Islands", "a boat that was carrying arms": "a boat")."""
    if tok is None:
        return None
    cut = [c for c in tok.children if c.i > tok.i and (c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj")
                                                        or c.dep_ == "prep" and c.lower_ not in ("of", "in"))]
    words = [t for t in tok.subtree if not any(t.i >= c.left_edge.i for c in cut)]
    start, end = words[0].idx, _end(words[-1])
    return Span(start=start, end=end, text=text[start:end])


def _trigger_span(doc: Doc, text: str, f: Found) -> Span:
    """The trigger's words in the text: the word, with the words before it of a phrase ("hunger strike")."""
    tok = f.token
    first = doc[max(tok.sent.start, tok.i - len(f.trigger.words) + 1)] if f.trigger.pos == "noun" and f.trigger.words else tok
    return Span(start=first.idx, end=_end(tok), text=text[first.idx:_end(tok)])


def _end(tok: Token) -> int:
    return tok.idx + len(tok)


def _depth(tok: Token) -> int:
    """Clauses between a word and its sentence's root (coordination does not count)."""
    depth = 0
    while tok.head.i != tok.i and depth < 6:
        if tok.dep_ != "conj":
            depth += 1
        tok = tok.head
    return depth


def _pobj(tok: Token, *words: str) -> Token | None:
    """The object of the first of ``tok``'s prepositions that is one of ``words`` ("of" in "a barrage of shells")."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"), None)


#: verbs whose agent is the author of the act they are said of: "attacks carried out by", "a bombing ordered by"
_AUTHORING = {"sanction", "approve", "authorize", "authorise", "order", "plan", "organize", "organise", "orchestrate",
              "mastermind", "launch", "stage", "carry", "perpetrate", "commit", "direct", "claim", "conduct", "execute"}


def _authored(verb: Token, by_token: dict) -> "Found | None":
    """The hostile act with no source of its own that a passive authoring verb ("sanctioned by IS leaders",
    "carried out by the rebels") says the verb's agent did: its passive subject, or the subject it shares with
    a verb before it ("attacks which killed 130 people and were sanctioned by ..."), read through a relative
    pronoun to the noun it stands for (which the parser may hang on the place after it: "attacks in Paris, which")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _AUTHORING or _agent(verb) is None:
        return None
    under = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if under is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        under = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if under is None:
        return None
    nouns = [under]
    if under.lower_ in _RELATIVE and under.head.dep_ == "relcl":
        noun = under.head.head
        nouns = [noun]
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            nouns.append(noun.head.head)
    for noun in nouns:
        act = by_token.get(noun.i)
        if act is not None and act.token.i != verb.i and not act.source and act.type in _HOSTILE and not act.drop:
            return act
    return None


def _user(weapon: Token) -> Token | None:
    """Who used a weapon named as a passive's agent: "a rocket fired by Hezbollah", "a missile believed to be
    fired by rebels", "a bomb planted by insurgents" (the agent of a participle that describes it)."""
    for c in weapon.children:
        if c.dep_ == "acl":
            for verb in (c, *(x for x in c.children if x.dep_ == "xcomp")):
                found = _agent(verb)
                if found is not None:
                    return found
    return None


def _agent(verb: Token) -> Token | None:
    """The object of a passive's "by": "was sunk by French agents"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _object(verb: Token) -> Token | None:
    """The direct object of a verb ("opened fire"), else None."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _keys(obj: Token) -> list[str]:
    """How an object is looked up in a reading's ``objects``: its lemma, and its lemma with the word before it
    ("nuclear device", "open letter", "joint checkpoint"), the longer first."""
    before = obj.doc[obj.i - 1] if obj.i > obj.sent.start else None
    two = [f"{before.lemma_.lower()} {obj.lemma_.lower()}"] if before is not None and before.dep_ in ("amod", "compound") else []
    if before is not None and before.text in ("-", "\u2013") and obj.i - 2 >= obj.sent.start:  # "sit-in", "cease-fire"
        two = [f"{obj.doc[obj.i - 2].lower_}-{obj.lower_}"]
    titles = [c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and c.i < obj.i] if obj.pos_ == "PROPN" else []
    return two + [obj.lemma_.lower()] + titles  # "received Deputy Prime Minister Taha Yassin Ramadan": a minister


def _first_conjunct(tok: Token) -> Token:
    """The first of the coordinated words ``tok`` is one of ("weapons" for "reinforcements" in "weapons and
    reinforcements"), which carries the phrase's role."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _counted(tok: Token | None) -> Token | None:
    """What a count or a batch is of: "dozens of rockets", "a barrage of shells", "a shipment of arms"."""
    if tok is None or not (tok.like_num or tok.lemma_.lower() in _QUANTITIES):
        return None
    return _pobj(tok, "of")


def _actors_of(tok: Token | None, actors: _Index) -> list[str]:
    """The actors a noun phrase names: its head's mention, else one in its pre-modifiers, else one in
    an "of" complement ("the leader of X" is left to relations); coordinated phrases add theirs."""
    if tok is None:
        return []
    out: list[str] = []
    # "Saudi Arabia, the UAE, Bahrain and Egypt": a list the parser took for an apposition with conjuncts
    listed = [a for c in tok.children if c.dep_ == "appos" and c.conjuncts for a in (c, *c.conjuncts)]
    for t in [tok, *tok.conjuncts, *listed]:
        if t.lower_ in _REFLEXIVE:
            continue  # "blew themselves up": the subject again
        if t.lower_ in _RELATIVE and t.head.dep_ == "relcl":
            t = t.head.head
        hits = actors.within(t.idx, _end(t)) or [h for h in actors.within(t.left_edge.idx, _end(t)) if not _possessor(t.doc, h)]
        if not hits and (t.lemma_.lower() in _GROUPS or t.like_num):
            of = _pobj(t, "of", "from")
            if of is not None:
                hits = actors.within(of.idx, _end(of)) or actors.within(of.left_edge.idx, _end(of))
        for _, _, rid in sorted(hits, key=lambda h: (h[1] - h[0]), reverse=True)[:1]:
            if rid not in out:
                out.append(rid)
    return out


def _owner(tok: Token, actors: _Index) -> list[str]:
    """Whose act an object names, when it names no actor itself: "rejected Sweden's decision",
    "rejected calls by Kofi Annan", "protest the violations by fundamentalists"."""
    for c in tok.children:
        if c.dep_ == "poss":
            found = [rid for _, _, rid in actors.within(c.left_edge.idx, _end(c))]
            if found:
                return found[:1]
        if c.dep_ == "prep" and c.lower_ in ("by", "of", "from"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            found = _actors_of(pobj, actors)
            if found:
                return found
    return []


def _next_actor(tok: Token, actors: _Index, source: list[str]) -> list[str]:
    """The first actor named within four words after the verb: "has been fighting IS forces"."""
    sent = tok.sent
    stop = tok.doc[min(tok.i + 5, sent.end - 1)]
    doc = tok.doc
    for s, e, rid in actors.within(_end(tok), _end(stop)):
        if rid in source:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and (span.text.lower() in _REFLEXIVE or _reporter(span.root)):
            continue
        return [rid]
    return []


def _speaker(tok: Token, actors: _Index) -> list[str]:
    """The one who says or intends an event whose own subject names no actor: "Syria says it is
    willing to withdraw", "Brandt said he would meet ..."."""
    from ..quotes.patterns import cues

    verbs = cues().verbs | _SPEECH | _WILLING
    t = tok
    for _ in range(4):
        if t.dep_ not in ("xcomp", "ccomp", "conj", "acomp") or t.head.i == t.i:
            return []
        t = t.head
        if _misparsed_name(t, actors):
            return []
        if t.lemma_.lower() in verbs or t.lemma_.lower() in lexicon().modality:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            found = _actors_of(subj, actors) if subj is not None else []
            if found:
                return found
    return []


def _own(obj: Token, f: Found, actors: _Index) -> bool:
    """Is a verb's object the source's own (forces, envoys): owned by a pronoun that stands for the
    source ("its troops"), or, for a deployment or a withdrawal, forces of no other country ("mobilised
    troops", "sent 5,000 soldiers")?"""
    for c in obj.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            owners = {rid for _, _, rid in actors.within(c.idx, _end(c))} - set(f.target)  # not "its ambassador" itself
            return not owners or bool(owners & set(f.source))
    if f.type not in ("MOBILIZE", "RETREAT"):
        return False
    mine = {actors.country.get(rid) for rid in f.source} - {None}
    return actors.sectors(f.target) <= {"MIL", "COP"} and all(actors.country.get(rid) in mine | {None} for rid in f.target)


def _destination(verb: Token, actors: _Index, source: list[str]) -> list[str]:
    """Where forces are sent or whence they are withdrawn: the first actor, not the source, in the verb's
    place phrases ("to Chiapas", "from Colombia", "along its border with Eritrea")."""
    obj = _object(verb)
    for host in (verb, obj, _counted(obj)):  # "withdrawing the main part of its forces from Syria"
        for c in host.children if host is not None else ():
            if c.dep_ == "prep" and c.lower_ in ("from", "to", "into", "in", "along", "toward", "towards", "across", "near", "on"):
                for s, e, rid in actors.within(c.idx, _end(c.right_edge)):
                    if rid not in source:
                        return [rid]
    return []


def _misparsed_subject(verb: Token, actors: _Index) -> Token | None:
    """A subject the parser hung on its verb as a modifier: "Thailand massed troops" read as "Thailand"
    npadvmod; a name opening the clause, no date, that names an actor."""
    first = next((c for c in verb.children if c.i < verb.i and c.dep_ not in ("punct", "aux", "auxpass", "neg", "advmod")), None)
    if (first is not None and first.dep_ in ("npadvmod", "nmod", "dep") and first.pos_ in ("PROPN", "NOUN")
            and first.ent_type_ not in ("DATE", "TIME") and actors.within(first.idx, _end(first))):
        return first
    return None


def _acronym_as_verb(tok: Token) -> bool:
    """An all-capital word the parser took for an auxiliary: "IS" in "fighting IS forces"."""
    return tok.pos_ == "AUX" and tok.text.isupper() and len(tok.text) > 1


def _misparsed_name(tok: Token, actors: _Index) -> bool:
    """A capitalized word of an actor's name that the parser took for a verb ("IS" in "IS forces")."""
    return tok.pos_ in ("VERB", "AUX") and tok.text[:1].isupper() and tok.i > tok.sent.start and bool(actors.within(tok.idx, _end(tok)))


def _later_actor(tok: Token, actors: _Index, source: list[str]) -> list[str]:
    """The first actor named after the verb in its own clause: "agreed to set up a centre in Tokyo";
    not in a clause of its own ("demanded elections after a court cleared him") nor a reporter (", a
    spokeswoman said")."""
    doc = tok.doc
    inner = {t.i for c in tok.children if c.dep_ in ("relcl", "parataxis") or c.dep_ == "advcl" and _background_clause(c)
             or c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i  # ", drawing condemnation from India": a consequence
             for t in c.subtree}
    # nor in a relative clause of its object: "condemned the bombing, which killed 29 people"
    inner |= {t.i for d in tok.subtree if d.dep_ == "relcl" and d.i != tok.i for t in d.subtree}
    for s, e, rid in actors.within(_end(tok), _end(tok.right_edge)):
        if rid in source:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span.root.i in inner or span.text.lower() in _REFLEXIVE:
            continue
        if _reporter(span.root) or _in_apposition(span.root, tok):
            continue
        return [rid]
    return []


def _in_apposition(tok: Token, verb: Token) -> bool:
    """Is this word inside a phrase that describes another (", the last major city in Iraq")?"""
    t = tok
    for _ in range(6):
        if t.dep_ == "appos":
            return True
        if t.head.i == t.i or t.head.i == verb.i:
            return False
        t = t.head
    return False


def _reporter(tok: Token) -> bool:
    """Is this word in the phrase of one who reports (", a spokeswoman for the U.S. embassy said")?"""
    for _ in range(5):
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH | {"report", "announce"}:
            return True
        if tok.dep_ not in ("pobj", "prep", "compound", "amod", "appos", "poss") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: prepositions whose event is what happened before or around the sentence's act: "after the invasion of Kuwait"
_CIRCUMSTANCE = {"after", "following", "despite", "amid", "since", "before", "during", "ahead", "over"}


#: nouns that, after "in", give the reason or the rule of an act: "in protest at", "in defiance of", "in response to"
_FRAME_NOUNS = {"protest", "defiance", "response", "retaliation", "reprisal", "revenge", "violation", "breach", "solidarity",
                "support", "contravention", "accordance", "line", "compliance", "keeping"}


def _in_frame(tok: Token) -> bool:
    """Is the noun "in protest" itself, or inside what such a frame is about ("at the invasion of Kuwait")?"""
    t = tok
    for _ in range(3):
        if t.dep_ != "pobj":
            return False
        prep = t.head
        if prep.lower_ == "in" and t.lemma_.lower() in _FRAME_NOUNS and not any(c.dep_ == "det" for c in t.children):
            return True
        before = t.doc[prep.i - 1] if prep.i > t.sent.start else None  # "in protest | at the invasion": the parser
        if (before is not None and before.lemma_.lower() in _FRAME_NOUNS and before.dep_ == "pobj"  # hangs both on the verb
                and before.head.lower_ == "in"):
            return True
        t = prep.head
        if t.pos_ != "NOUN":
            return False
    return False


def _in_background(f: Found) -> bool:
    """Is an event noun in a phrase of circumstance of its sentence's main verb ("shut its embassy after
    the invasion", "massed troops ahead of the rally", "rapped Israel over the deportation")?"""
    tok = f.clause if f.trigger.pos == "noun" else None
    for _ in range(3):
        if tok is None or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in _CIRCUMSTANCE or prep.lower_ == "of" and prep.head.lower_ == "ahead":
            return prep.head.dep_ == "ROOT" or prep.head.head.dep_ == "ROOT"
        tok = prep.head if prep.head.pos_ in ("NOUN", "PROPN") else None  # "after the attack on its parliament"
    return False


def _background_clause(verb: Token) -> bool:
    """A clause that sets the scene, not the act's object: "after a court cleared him", "when they ..."."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SCENE_MARKS for c in verb.children)


def _about_targets(tok: Token, actors: _Index) -> list[str]:
    """Whom a complaint is about: the actor in "over two Israeli air raids", "about Turkey's policy"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                found = sorted({rid for _, _, rid in actors.within(pobj.left_edge.idx, _end(pobj))})
                if found:
                    return found[:1]
    return []


def _responsible(tok: Token) -> Token | None:
    """Who owns an act by claiming or bearing responsibility for it: the subject of "claimed
    responsibility for the attack", "is responsible for the killings", "took credit for the bombing"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return None
    word = prep.head
    if word.lemma_.lower() in ("responsibility", "credit", "blame") and word.dep_ in ("dobj", "obj"):
        verb = word.head
    elif word.lemma_.lower() in ("responsible", "accountable", "culpable", "to blame") and word.dep_ == "acomp":
        verb = word.head
    else:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _purpose_target(f: Found, actors: _Index) -> list[str]:
    """Whom a protest is against, from its purpose: "a hunger strike to protest Sweden's decision",
    "in protest of the government's refusal", "blocked streets in defiance of Chinese authorities"."""
    for c in f.clause.subtree:  # "converging for a rally in Lagos to protest the violations by X"
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB" and c.lemma_.lower() in _PURPOSE_VERBS:
            obj = _object(c)
            found = (_actors_of(obj, actors) or _owner(obj, actors)) if obj is not None else []
            found = found or _prep_targets(c, actors, preps=("against", "at", "over", "on", "by"))
            if not found and obj is None:
                pobj = _pobj(c, "against", "at", "over")
                found = _owner(pobj, actors) if pobj is not None else []
            if not found and obj is not None:
                found = _prep_targets(obj, actors, preps=("by", "of", "against"))
            if found:
                return found
    words = [f.clause, f.token] if f.clause.i != f.token.i else [f.token]
    for w in words:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "against"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if c.lower_ == "against":
                    found = _actors_of(pobj, actors) or _owner(pobj, actors)
                elif pobj.lemma_.lower() in _PURPOSE_NOUNS:
                    of = _pobj(pobj, "of", "against", "at", "to")
                    found = (_actors_of(of, actors) or _owner(of, actors)) if of is not None else []
                else:
                    found = []
                if found:
                    return found
    return []


def _possessor(doc: Doc, hit: tuple[int, int, str]) -> bool:
    """Is this mention a possessor ("his" in "his first statement")? It is not the phrase's actor."""
    span = doc.char_span(hit[0], hit[1], alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"


def _prep_targets(tok: Token, actors: _Index, preps=_TARGET_PREPS) -> list[str]:
    for prep in preps:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                found = _actors_of(pobj, actors)
                if found:
                    return found
    return []


def _governor(tok: Token, lex) -> Token | None:
    """The word that governs an event: "hope to [launch]", "urged them to [attack]", "the plan for an
    [offensive]", "threatened [terrorist activities]", "accused X of [shelling]", "speculation that he
    had been [killed]"; through verbs that are no governors ("hope to launch an offensive to [oust]")."""
    t = tok
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ in ("xcomp", "ccomp", "dobj", "obj", "acl", "advcl"):
            gov = head
        elif t.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
            gov = head.head
        elif t.dep_ == "conj":
            if _acronym_as_verb(head):
                return None  # a name parsed as a verb ("IS forces") governs nothing
            t = head
            continue
        elif t.dep_ == "nsubj" and head.lemma_.lower() in ("fear", "worry"):
            return head
        else:
            return None
        lemma = gov.lemma_.lower()
        if lemma in lex.modality or lemma in lex.modality_nouns:
            return gov
        if t.dep_ in ("dobj", "obj", "acl") or gov.pos_ not in ("VERB", "AUX"):
            return None
        t = gov
    return None


def _threat_mode(f: Found) -> str | None:
    if f.mode in _THREAT_MODES:
        return f.mode
    if f.type == "PROTEST" and f.mode == "obstruct":
        return "restrict"
    if f.type == "PROTEST" and f.mode == "riot-spon":
        return "violence"
    if f.type == "ASSAULT":
        return "violence"
    if f.type == "SANCTION":
        return "relations"
    return None


def _object_place(f: Found, places: _Index) -> str | None:
    """The place an act is done to: "breached the outskirts of Mosul", "shelled Kharkiv"."""
    obj = _object(f.clause) if f.clause.pos_ in ("VERB", "AUX") else None
    if obj is None:
        return None
    if obj.lemma_.lower() in _AREAS:
        of = _pobj(obj, "of")
        obj = of if of is not None else obj
    hits = places.within(obj.idx, _end(obj))
    return hits[0][2] if hits else None


def _place(doc: Doc, f: Found, places: _Index, lo: int, hi: int) -> str | None:
    target_place = _object_place(f, places)
    if target_place is not None:
        return target_place
    best, best_d, fallback, demonym = None, None, None, None
    for s, e, pid in places.within(lo, hi):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ == "amod" and head.head.lemma_.lower() in _AREAS:
            demonym = demonym or pid  # "the Syrian city of Raqqa": Raqqa, unless the city goes unnamed
            continue
        while head.dep_ in ("compound", "amod", "appos", "conj") and head.head.i != head.i:
            head = head.head
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in _AREAS:
            prep = prep.head.head if prep.head.dep_ == "pobj" else prep  # "in the outskirts of Mosul"
        if prep is None or prep.lower_ not in _LOCATIVE and prep.lower_ != "of":
            if prep is not None and prep.lower_ in ("on", "against", "to") and prep.head.i in (f.token.i, f.clause.i):
                fallback = fallback or pid  # "an offensive on Raqqa"
            continue
        d = abs(s - f.token.idx)
        if best_d is None or d < best_d:
            best, best_d = pid, d
    return best or fallback or demonym


__all__ = ["EventStage"]
