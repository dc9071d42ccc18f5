"""The event-type classifier (``newsgraph/extract/events/classify.py``): its written training sentences,
and what the events stage does with it: an event for a sentence the lexicon has no word for, where an
actor acts on something; none for a sentence that reports, or one with no actor acting."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from newsgraph.extract.events.patterns import PLOVER_TYPES
from newsgraph.knowledge import read_data
from newsgraph.model import Article
from newsgraph.pipeline import Pipeline

from ..conftest import SHARED

STAGES = ("newsgraph.actors.v1", "newsgraph.places.v1", "newsgraph.times.v1", "newsgraph.quotes.v1", "newsgraph.events.v1")
CHECK_SET = Path(__file__).parent / "data" / "plover_types.yml"
RUN = 8  # words in a row that a training sentence may not share with a check-set or dev sentence


def _examples() -> dict[str, list[str]]:
    return read_data("plover_examples.v1.yml")["types"]


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w']+", text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_every_type_has_its_written_sentences():
    examples = _examples()
    assert set(examples) == set(PLOVER_TYPES)
    assert min(len(v) for v in examples.values()) >= 40
    texts = [t for v in examples.values() for t in v]
    assert len(set(texts)) == len(texts)


def test_no_training_sentence_copies_the_check_set():
    """The check set (test_plover_types.py) measures the whole stage, classifier included: it must not
    have been trained on."""
    checked = set().union(*(_runs(it["text"]) for it in yaml.safe_load(CHECK_SET.read_text(encoding="utf-8"))["items"]))
    copies = [t for v in _examples().values() for t in v if _runs(t) & checked]
    assert not copies, copies[:3]


def test_no_training_sentence_copies_a_dev_sentence():
    path = SHARED / "eval" / "events-plover" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/events-plover is not here")
    dev = set().union(*(_runs(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()))
    copies = [t for v in _examples().values() for t in v if _runs(t) & dev]
    assert not copies, copies[:3]


@pytest.fixture(scope="module")
def events(pipeline, settings):
    """The events of one sentence, with the classifier (True) or the lexicon alone (False)."""
    pipes = {on: Pipeline(settings.replace(stages=STAGES, event_classifier=on), nlp=pipeline.nlp) for on in (True, False)}

    def run(text: str, classifier: bool = True):
        return next(iter(pipes[classifier].pipe([(Article(id="c", text=text, published=date(1999, 6, 1)), [])]))).events

    return run


UNLEXED = [
    ("Norwegian helicopters hauled food and medicine to flood victims in Mozambique.", "AID"),
    ("Thousands of Serbs crowded the squares of Belgrade against the election fraud.", "PROTEST"),
    ("Brazil and Argentina combined their nuclear inspection agencies.", "COOPERATE"),
]


@pytest.mark.parametrize("text,expected", UNLEXED, ids=[t for _, t in UNLEXED])
def test_a_sentence_the_lexicon_misses_is_typed_by_the_classifier(events, text, expected):
    assert events(text, classifier=False) == []  # else this would test the lexicon
    found = events(text)
    assert [e.type for e in found] == [expected]
    event = found[0]
    assert event.source and event.trigger is not None and event.trigger.text.split()[0] in text
    assert event.confidence < 0.6  # below the lexicon's own readings


@pytest.mark.parametrize("text", [
    "Western diplomats in Nairobi said the mediators had left the capital on Friday.",  # a report: "said" is no act
    "The rebels controlled most of the north.",  # no act another could be its target of, and not sure
    "It was the worst flooding in the region for decades.",  # no actor acting
])
def test_no_event_from_a_statement_or_a_state_of_affairs(events, text):
    assert [e.type for e in events(text)] == [e.type for e in events(text, classifier=False)]
