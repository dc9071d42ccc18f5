"""The shared parse: a wire dateline starts no subject of the first sentence."""

import pytest

from newsgraph.nlp import DATELINE, load


@pytest.mark.parametrize("text, dateline", [
    ("BELFAST (Reuters) - Protestant gunmen opened fire on a betting shop.", "BELFAST (Reuters) - "),
    ("NAIROBI, July 4 (Reuters) - Kenyan police detained an opposition politician.", "NAIROBI, July 4 (Reuters) - "),
    ("LYON: Interpol has said it will send a team.", "LYON: "),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) — "),
    ("Some text.\nKADUNA - Gunmen abducted 20 pupils.", "KADUNA - "),
])
def test_a_dateline_is_found(text, dateline):
    m = DATELINE.search(text)
    assert m is not None and m.group(0).strip("\n") == dateline


@pytest.mark.parametrize("text", [
    "US - China talks resumed in Geneva.",
    'The army said: "We will not retreat."',
    "NATO and Russia met in Brussels.",
])
def test_ordinary_sentences_have_no_dateline(text):
    assert DATELINE.search(text) is None


def test_the_first_sentence_after_a_dateline_parses_on_its_own():
    doc = load()("NICOSIA, Cyprus (Reuters) - Turkish Cypriot leader Rauf Denktash asked Ankara for more troops on Friday.")
    asked = next(t for t in doc if t.text == "asked")
    subject = next(c for c in asked.children if c.dep_ == "nsubj")
    assert subject.text == "Denktash"
    assert all(t.sent.start > 0 for t in doc if t.text in ("asked", "Denktash"))


def test_an_abbreviation_before_a_hyphen_is_a_word_of_its_own():
    doc = load()("U.S.-led coalition jets struck Raqqa as U.N.-brokered talks opened in the U.S. - Canada border town.")
    words = [t.text for t in doc]
    assert words[:3] == ["U.S.", "-", "led"] and words[8:11] == ["U.N.", "-", "brokered"]
    assert any(e.text == "U.S." and e.label_ == "GPE" for e in doc.ents)
    assert [t.text for t in load()("e-mail and Al-Qaeda")] == ["e", "-", "mail", "and", "Al", "-", "Qaeda"]
