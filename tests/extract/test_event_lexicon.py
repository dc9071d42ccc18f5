"""The authored event lexicon (plover_verbs.v1.yml): well formed, every type covered, counts read."""

import pytest

from newsgraph.extract.events.patterns import PLOVER_TYPES, counts, lexicon, number, pentaclass
from newsgraph.knowledge import read_data


def test_every_plover_type_has_verbs_nouns_cameo_and_pentaclass():
    data = read_data("plover_verbs.v1.yml")
    assert set(data["types"]) == set(PLOVER_TYPES)
    for type_, spec in data["types"].items():
        assert spec.get("verbs") or spec.get("nouns"), type_
        assert len(str(spec["cameo"])) == 2 and 0 <= spec["pentaclass"] <= 4


def test_entries_use_known_keys_and_acled_pairs():
    for spec in read_data("plover_verbs.v1.yml")["types"].values():
        for table in ("verbs", "nouns"):
            for word, entry in (spec.get(table) or {}).items():
                assert set(entry or {}) <= {"mode", "cameo", "acled", "conf", "prt", "needs", "objects"}, word
                acled = (entry or {}).get("acled")
                assert acled is None or len(acled) == 2
                assert 0 < (entry or {}).get("conf", 0.75) <= 1


def test_statements_are_not_triggers():
    lex = lexicon()
    for word in ("say", "tell", "state", "announce", "report", "add"):
        assert word not in lex.verbs


def test_modality_words():
    lex = lexicon()
    assert lex.modality["hope"] == "planned" and lex.modality["urge"] == "urged" and lex.modality["threaten"] == "threatened"
    assert lex.modality["fear"] == "feared" and lex.modality["deny"] == "negated" and lex.modality["claim"] == "claimed"
    assert lex.modality_nouns["plan"] == "planned"


def test_pentaclass_scale():
    assert pentaclass(None) == 0 and pentaclass("CONSULT") == 1 and pentaclass("AID") == 2
    assert pentaclass("ACCUSE") == 3 and pentaclass("ASSAULT") == 4


def test_pentaclass_by_cameo_root_covers_every_root():
    table = read_data("plover_verbs.v1.yml")["pentaclass_by_cameo"]
    assert sorted(table) == [f"{i:02d}" for i in range(1, 21)] and set(table.values()) == {0, 1, 2, 3, 4}
    assert pentaclass("SANCTION", "16") == 3 and pentaclass("PROTEST", "14") == 4 and pentaclass("REQUEST", "10") == 3
    assert pentaclass("REQUEST", "02") == 0 and pentaclass("COERCE", "17") == 4


@pytest.mark.parametrize("word, value", [("130", 130), ("1,200", 1200), ("a dozen", 12), ("dozens", 12), ("twenty-five", 25),
                                         ("five", 5), ("hundreds", 100), ("blue", None)])
def test_numbers(word, value):
    assert number(word) == value


@pytest.mark.parametrize("text, dead, hurt", [
    ("the attacks in Paris, which killed 130 people", 130, None),
    ("at least a dozen wounded", None, 12),
    ("three soldiers were killed and 10 to 15 wounded", 3, 10),
    ("the blast left five dead", 5, None),
    ("he was killed in an attack", None, None),
])
def test_counts(text, dead, hurt):
    assert counts(text) == (dead, hurt)


def test_no_word_is_listed_twice_in_one_table():
    import collections

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = [k for k, n in collections.Counter(keys).items() if n > 1]
        assert not twice, f"listed twice: {twice} (line {node.start_mark.line + 1})"
        return loader.construct_mapping(node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    from newsgraph.knowledge import data_path

    with open(data_path("plover_verbs.v1.yml"), encoding="utf-8") as fh:
        yaml.load(fh, Loader=Strict)


def test_objects_and_cameo_codes_name_known_types_and_roots():
    roots = {f"{i:02d}" for i in range(1, 21)}
    for type_, spec in read_data("plover_verbs.v1.yml")["types"].items():
        assert str(spec["cameo"]) in roots, type_
        for table in ("verbs", "nouns"):
            for word, entry in (spec.get(table) or {}).items():
                entry = entry or {}
                assert str(entry.get("cameo", spec["cameo"])) in roots, word
                for obj, reading in (entry.get("objects") or {}).items():
                    assert reading[0] in PLOVER_TYPES and 1 <= len(reading) <= 2, (word, obj)
                if "listed" in ([entry["needs"]] if isinstance(entry.get("needs"), str) else entry.get("needs") or []):
                    assert entry.get("objects"), f"{word} needs a listed object but lists none"


@pytest.mark.parametrize("verb, obj, type_", [
    ("lift", "siege", "RETREAT"),  # easing a military blockade (CAMEO 0872), where lifting sanctions is CONCEDE
    ("cut", "tie", "SANCTION"),
    ("expel", "diplomat", None),  # the verb's own type: SANCTION
    ("expel", "journalist", "COERCE"),
    ("strike", "deal", "AGREE"),
    ("release", "ship", "CONCEDE"),
    ("seize", "town", "ASSAULT"),
    ("capture", "commander", "COERCE"),
    ("halt", "offensive", "RETREAT"),
    ("resume", "talk", "CONSULT"),
    ("recall", "ambassador", "SANCTION"),
    ("hand", "power", "RETREAT"),
    ("set", "base", "MOBILIZE"),
    ("approve", "loan", "AID"),  # "the World Bank approved a loan to Ghana" (CAMEO 071), not an agreement
    ("express", "solidarity", "SUPPORT"),
    ("voice", "support", "SUPPORT"),
    ("express", "willingness", "AGREE"),  # CAMEO 03: intent
    ("play", "host", "CONSULT"),  # "played host to Arafat" (CAMEO 043)
    ("put", "signature", "AGREE"),
    ("send", "carrier", "MOBILIZE"),  # "sent an aircraft carrier to the Gulf" (CAMEO 154)
    ("move", "tank", "MOBILIZE"),
    ("end", "state", "CONCEDE"),  # "ended the state of siege" (CAMEO 0814)
    ("distribute", "vaccine", "AID"),
    ("hand", "officer", "COOPERATE"),  # handing over a wanted man is judicial cooperation (CAMEO 063)
    ("accept", "invitation", "CONSULT"),
    ("lend", "backing", "SUPPORT"),
    ("reopen", "embassy", "COOPERATE"),  # as "restored diplomatic relations"
    ("concentrate", "troop", "MOBILIZE"),
    ("offer", "asylum", "AID"),  # CAMEO 075
    ("refuse", "food", "PROTEST"),  # a hunger strike (CAMEO 142)
    ("open", "crossing", "CONCEDE"),
    ("open", "fire", "ASSAULT"),
])
def test_objects_turn_a_verb_into_the_type_of_the_act(verb, obj, type_):
    readings = lexicon().verbs[verb]
    mapped = {t for r in readings for o, t, _ in r.objects if o == obj}
    if type_ is None:
        assert not mapped and any(r.type == "SANCTION" for r in readings)
    else:
        assert type_ in mapped, (verb, obj, mapped)


@pytest.mark.parametrize("word", ["settlement", "conference", "understanding", "charge"])
def test_words_too_common_to_be_event_nouns(word):
    """"West Bank settlements", "a news conference", "in charge of": no event without a verb that makes one
    (a phrase that ends in one, "peace conference", may be)."""
    assert all(len(r.words) > 1 for r in lexicon().nouns.get(word, ()))
