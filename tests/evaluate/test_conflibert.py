"""The events-conflibert scorer: span matching and pentaclass arithmetic, and a floor on real dev data."""

import json

import pytest

from newsgraph.evaluate.conflibert import gold_spans, match, score
from newsgraph.extract.events.patterns import pentaclass

from ..conftest import SHARED

TEXT = "Serbian police arrested two Kosovo Albanian activists in Pristina."


def test_overlap_and_exact_matching():
    overlap, exact = match(TEXT, [(0, 14)], ["Serbian police"])
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 0) and exact.tp == 1
    overlap, exact = match(TEXT, [(8, 14)], ["Serbian police", "Pristina"])
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 1) and (exact.tp, exact.fp, exact.fn) == (0, 1, 2)


def test_a_second_member_of_a_matched_coordinated_gold_phrase_is_no_false_positive():
    text = "Rebels demanded the removal of the president and his ruling party."
    gold = ["the president and his ruling party"]
    president, party = (text.index("president"), text.index("president") + 9), (text.index("his ruling"), text.index("party") + 5)
    overlap, _ = match(text, [president, party], gold)
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 0)
    overlap, _ = match(text, [president, (0, 6)], gold)  # "Rebels" lies outside it: a false positive
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 1, 0)


def test_gold_spans_come_from_the_tokens_and_tags_not_the_space_joined_strings():
    text = "Members of Kenya’s Liberal Democratic Party called on the minister to resign, the Nation said."
    tokens = ["Members", "of", "Kenya", "’", "s", "Liberal", "Democratic", "Party", "called", "on", "the", "minister",
              "to", "resign", ",", "the", "Nation", "said", "."]
    tags = ["B-S", "I-S", "I-S", "I-S", "I-S", "I-S", "I-S", "I-S", "O", "O", "B-T", "I-T"] + ["O"] * 7
    item = {"text": text, "tokens": tokens, "bio_tags": tags,
            "gold": {"source_spans": ["Members of Kenya ’ s Liberal Democratic Party"], "target_spans": ["the minister"]}}
    spans = gold_spans(item)
    assert [text[a:b] for a, b in spans["source"]] == ["Members of Kenya’s Liberal Democratic Party"]
    assert [text[a:b] for a, b in spans["target"]] == ["the minister"] and spans["both"] == []
    overlap, exact = match(text, [spans["source"][0]], spans["source"])
    assert overlap.tp == 1 and exact.tp == 1  # the joined string is not in the text: looked up, it matched no exact span
    _, exact = match(text, [spans["source"][0]], item["gold"]["source_spans"])
    assert exact.tp == 0
    without_tokens = {"text": text, "gold": item["gold"]}
    assert gold_spans(without_tokens)["target"] == ["the minister"]


def test_pentaclass_from_cameo_root_then_type():
    assert pentaclass("REQUEST", "02") == 0 and pentaclass("REQUEST", "10") == 3
    assert pentaclass("AGREE", "03") == 1 and pentaclass("AID", "07") == 2 and pentaclass("ASSAULT", "19") == 4
    assert pentaclass("COERCE") == 4 and pentaclass(None) == 0


def test_dev_floor(pipeline, settings):
    path = SHARED / "eval" / "events-conflibert" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/events-conflibert is not here")
    from newsgraph.evaluate.conflibert import STAGES
    from newsgraph.pipeline import Pipeline

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:40]]
    out = score(items, settings, pipeline=Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp))
    assert out["source_f1"] >= 0.6 and out["target_f1"] >= 0.55 and out["pentaclass_accuracy"] >= 0.55


def _act(pipeline, settings, text):
    from newsgraph.evaluate.conflibert import STAGES, act_spans
    from newsgraph.evaluate.plover_events import top_event
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    ex = Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp)(Article(id="cb", text=text))
    source, target = act_spans(top_event(ex.events), ex.quotes, ex.actors, text)
    return [text[a:b] for a, b in source], [text[a:b] for a, b in target]


@pytest.mark.parametrize("text, target", [
    ("Shining Path guerrillas dynamited electricity pylons on Saturday, blacking out Lima.", "electricity pylons"),
    ("Russian warplanes bombed the Chechen capital Grozny for a third straight day.", "the Chechen capital Grozny"),
    ("The Bosnian Serb parliament rejected the Vance-Owen peace plan on Thursday.", "the Vance-Owen peace plan"),
    ("Protestant gunmen opened fire on a Catholic betting shop, killing five people.", "a Catholic betting shop"),
])
def test_an_act_on_a_thing_or_a_place_has_it_for_its_target(pipeline, settings, text, target):
    """CAMEO coders code what an act falls on as its target where no actor undergoes it."""
    _, targets = _act(pipeline, settings, text)
    assert targets == [target]


def test_a_sentence_without_an_event_is_its_speakers_statement_about_whom_it_names(pipeline, settings):
    source, target = _act(pipeline, settings, "Kenyan President William Ruto said on Monday he was optimistic about the economy of Ethiopia.")
    assert source == ["Kenyan President William Ruto"] and target == ["Ethiopia"]


def test_an_event_in_what_a_speaker_says_first_is_the_speakers_statement_about_its_actor(pipeline, settings):
    source, target = _act(pipeline, settings, "Nigeria said Chadian troops had shelled villages near Lake Chad.")
    assert source == ["Nigeria"] and target == ["Chadian troops"]


def test_a_speaker_named_after_what_was_said_only_reports_it(pipeline, settings):
    source, _ = _act(pipeline, settings, "The militia let six aid workers go free on Tuesday, a UN spokesman said.")
    assert not any("spokesman" in s for s in source)


def test_an_actor_is_scored_by_the_mention_that_introduces_it(pipeline, settings):
    source, _ = _act(pipeline, settings, "Turkey said it had asked Tehran to explain the arms seized in southeastern Turkey last week.")
    assert source == ["Turkey"]


def test_an_actor_gold_marks_as_both_source_and_target_is_not_scored():
    from newsgraph.evaluate.conflibert import scored

    text = "Bosnia and Slovenia agreed to a ceasefire with Croatia."
    bosnia, croatia = (0, 6), (text.index("Croatia"), text.index("Croatia") + 7)
    assert scored(text, [bosnia], [], ["Bosnia and Slovenia"]) == []
    assert scored(text, [bosnia, croatia], [], ["Bosnia and Slovenia"]) == [croatia]
    assert scored(text, [bosnia], ["Bosnia"], ["Bosnia and Slovenia"]) == [bosnia]
