"""Rule-based coreference over the parse: pronouns, short names and definite nominals to an antecedent.

Only where the rules are confident; an unresolved pronoun is simply not a mention.
  * short names: "Townsend" after "Lt. Gen. Stephen Townsend" (same surname, Arabic article ignored);
  * he/him/his/she/her: the nearest person before it in the sentence, else the subject person of the
    nearest earlier sentence (within three) that has one; two different persons and no subject: none;
  * it/its: the nearest singular organization, group or country (same or previous sentence), never an
    expletive "it" ("it is clear that");
  * they/them/their: the nearest plural group or armed group (same or previous sentence);
  * "the group", "the militants", "the commander": the nearest KB armed group, or person of a matching
    sector, within five sentences; not a description ("the group most likely to lead ...", "the only group").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .resolve import surname_key

PERSONAL = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}

#: "the X" that refers back to an armed group / organization
GROUP_NOUNS = {"group", "militants", "militant", "jihadists", "rebels", "insurgents", "militia", "organization", "organisation",
               "movement", "extremists", "fighters", "guerrillas", "terrorists", "islamists", "faction", "cartel", "gang", "alliance"}
#: "the X" that refers back to a person of a sector (None: any sector)
PERSON_NOUNS = {"commander": {"MIL", "REB"}, "general": {"MIL"}, "president": {"GOV"}, "minister": {"GOV"}, "premier": {"GOV"},
                "leader": None, "chief": None, "cleric": {"REL"}, "spokesman": None, "envoy": {"GOV", "IGO"}, "colonel": {"MIL"},
                "emir": {"GOV", "REB"}, "king": {"GOV"}, "militant": {"REB"}}
#: heads that are a mention only as an anaphor ("the group" with no agent word of its own)
ANAPHORS = GROUP_NOUNS | set(PERSON_NOUNS)
#: heads that, owned by a pronoun or a leader ("his organization"), are the owner's group
POSSESSABLE = {"group", "organization", "organisation", "movement", "network", "followers", "supporters", "loyalists", "ranks"}
_GROUP_TYPES = {"armed_group", "party", "movement", "criminal_group"}
_ORG_TYPES = {"armed_group", "party", "movement", "criminal_group", "organization", "igo", "ngo", "government", "military",
              "police", "intelligence", "media", "judiciary", "legislature", "country"}


def resolve(doc: Doc, mentions: list, kb=None, day=None) -> list:
    from .component import Mention

    sent_of = {}
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            sent_of[t] = i
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    _short_names(mentions)
    _definite_nominals(mentions, sent_of, doc)
    mentions = [m for m in mentions if m.actor.id or m.extra.get("poss") is not None]  # anaphors with no antecedent
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    out = list(mentions) + _bare_surnames(doc, mentions, covered)
    covered.update(m.start for m in out)
    for tok in doc:
        low = tok.lower_
        if tok.i in covered and tok.dep_ != "poss" or tok.pos_ != "PRON" and low not in ("its", "his", "their", "her"):
            continue
        speaker = _reported_speaker(tok, mentions)
        if speaker is not None and (speaker.actor.person if low in PERSONAL else not speaker.actor.person and (
                low in PLURAL or not speaker.plural)):
            ante = speaker  # "Syria told the U.N. it would withdraw": the teller, not the one told
        elif low in PERSONAL:
            ante = _person_antecedent(tok, mentions, sent_of)
        elif low in NEUTER:
            if low == "it" and (tok.dep_ == "expl" or tok.head.lemma_ in ("be", "seem", "appear", "take", "remain", "matter")):
                continue
            ante = _nearest(tok, mentions, sent_of, lambda m: not m.actor.person and not m.plural and m.actor.type in _ORG_TYPES, 1)
        elif low in PLURAL:
            ante = _nearest(tok, mentions, sent_of, lambda m: not m.actor.person and (m.plural or m.actor.type in _GROUP_TYPES), 1)
        else:
            continue
        if ante is not None:
            out.append(Mention(tok.i, tok.i + 1, ante.actor, tok.i, "pronoun", plural=low in PLURAL, confidence=0.7))
    _possessed_groups(doc, out, kb, day)
    out = [m for m in out if m.actor.id]
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _possessed_groups(doc: Doc, mentions: list, kb, day) -> None:
    """"its fighters" (Hamas's), "his jihadists" (the group Baghdadi leads), "its own troops" (Turkey's
    military): a generic group owned by a resolved pronoun belongs to the owner."""
    from .resolve import group_actor

    by_token = {m.start: m for m in mentions if m.kind == "pronoun"}
    for m in mentions:
        poss = m.extra.get("poss")
        if poss is None or m.kind != "nominal" or m.actor.kb_id or m.actor.id == "" and m.extra.get("sector"):
            continue
        owner = by_token.get(poss)
        if owner is None:
            continue
        actor = owner.actor
        if actor.person:
            entry = kb.get(actor.id) if kb is not None else None
            if not entry or not entry.get("leads") or kb.get(entry["leads"]) is None:
                continue
            actor = kb.resolve(entry["leads"], day)
        if actor.type == "country" or actor.type == "government" and actor.country:
            if actor.country and m.extra.get("sector"):
                m.actor = group_actor(actor.country, m.extra["sector"], m.extra.get("qualifier"), m.actor.name)
        else:
            m.actor = actor
        m.confidence = 0.65


def _short_names(mentions: list) -> None:
    """A one-word person name joins the earlier person whose surname it is."""
    persons = []
    for m in mentions:
        single = " " not in m.actor.name.strip()
        if m.actor.id.startswith("org:") and single and not m.actor.name.isupper():
            key = surname_key(m.actor.name)
            matches = {p.actor.id: p.actor for p in persons if surname_key(p.actor.name) == key}
            if len(matches) == 1:
                m.actor = next(iter(matches.values()))
                m.confidence = 0.75
            continue
        if not m.actor.person:
            continue
        if not m.actor.kb_id and single and "-" not in m.actor.id.removeprefix("person:"):
            key = surname_key(m.actor.name)
            matches = {p.actor.id: p.actor for p in persons if surname_key(p.actor.name) == key and p.actor.id != m.actor.id}
            if len(matches) == 1:
                m.actor = next(iter(matches.values()))
                m.confidence = 0.8
                continue
        persons.append(m)


def _bare_surnames(doc: Doc, mentions: list, covered: set) -> list:
    """"Townsend said" where the parser saw no name: a capitalized word that is the surname of exactly
    one person named earlier is that person."""
    from .component import Mention

    by_surname: dict[str, list] = {}
    for m in mentions:
        if m.actor.person and m.actor.id:
            by_surname.setdefault(surname_key(m.actor.name), []).append(m)
    found = []
    for tok in doc:
        if tok.i in covered or not tok.is_title or tok.pos_ not in ("PROPN", "NOUN") or len(tok.text) < 3:
            continue
        key = tok.text.lower()
        if key not in by_surname:
            continue
        earlier = {m.actor.id: m.actor for m in by_surname[key] if m.end <= tok.i}
        if len(earlier) == 1:
            found.append(Mention(tok.i, tok.i + 1, next(iter(earlier.values())), tok.i, "name", confidence=0.75,
                                 extra={"subject": tok.dep_ in ("nsubj", "nsubjpass")}))
    return found


#: words that make "the group" a description of some group, not a reference back to one ("the only group
#: that ...", "the group most likely to lead ...", "the largest group")
DESCRIPTIVE = {"only", "first", "last", "next", "other", "another", "same", "most", "least", "best", "likeliest"}


def _describes(doc: Doc, m) -> bool:
    inside = doc[m.start : m.end]
    after = doc[m.end] if m.end < len(doc) else None
    return (any(t.lower_ in DESCRIPTIVE or t.tag_ in ("JJS", "RBS") for t in inside)
            or after is not None and (after.lower_ in DESCRIPTIVE or after.tag_ in ("JJS", "RBS")))


def _definite_nominals(mentions: list, sent_of: dict, doc: Doc | None = None) -> None:
    for i, m in enumerate(mentions):
        lemma = m.anaphoric
        if not lemma or doc is not None and _describes(doc, m):
            continue
        word = m.extra.get("head_text", lemma)
        if lemma in GROUP_NOUNS or word in GROUP_NOUNS or m.plural and lemma + "s" in GROUP_NOUNS:  # "the jihadists"
            ante = _nearest_before(mentions, i, sent_of, lambda a: a.actor.kb_id and a.actor.type in _GROUP_TYPES, 5)
        elif lemma in PERSON_NOUNS:
            sectors = PERSON_NOUNS[lemma]
            ante = _nearest_before(mentions, i, sent_of, lambda a: a.actor.person and (sectors is None or a.actor.sector in sectors), 5)
        else:
            continue
        if ante is not None:
            m.actor = ante.actor
            m.confidence = 0.7


#: verbs of saying whose subject a pronoun subject of what is said stands for
_REPORTING = {"say", "tell", "announce", "inform", "assure", "promise", "pledge", "warn", "declare", "state", "insist", "add",
              "claim", "vow", "threaten", "notify", "signal", "indicate", "reply", "confirm", "deny", "write"}


def _reported_speaker(tok, mentions: list):
    """The subject of the verb of saying whose complement this pronoun is the subject of ("Syria told the
    United Nations it would withdraw", "Mandela said he was willing"), where that subject is a named actor."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return next((m for m in mentions if m.start <= subj.i < m.end and m.kind != "pronoun" and m.actor.id), None)


def _nearest_before(mentions: list, index: int, sent_of: dict, ok, window: int):
    here = sent_of[mentions[index].start]
    for a in reversed(mentions[:index]):
        if here - sent_of[a.start] > window:
            break
        if a.kind != "pronoun" and ok(a):
            return a
    return None


def _nearest(tok, mentions: list, sent_of: dict, ok, window: int):
    here = sent_of[tok.i]
    for a in reversed([m for m in mentions if m.end <= tok.i]):
        if here - sent_of[a.start] > window:
            break
        if a.kind != "pronoun" and a.actor.id and ok(a):
            return a
    return None


def _person_antecedent(tok, mentions: list, sent_of: dict):
    here = sent_of[tok.i]
    before = [m for m in mentions if m.end <= tok.i and m.actor.person and m.actor.id and m.kind != "pronoun"]
    same = [m for m in before if sent_of[m.start] == here]
    if same:
        return same[-1]
    for back in range(1, 4):
        cands = [m for m in before if sent_of[m.start] == here - back]
        if not cands:
            continue
        distinct = {m.actor.id for m in cands}
        if len(distinct) == 1:
            return cands[-1]
        subjects = [m for m in cands if m.extra.get("subject")]
        if len({m.actor.id for m in subjects}) == 1:
            return subjects[-1]
        return None
    return None


__all__ = ["resolve"]
