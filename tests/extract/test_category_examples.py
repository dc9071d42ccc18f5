"""The written snippets of ``case_examples.v1.yml`` are new events, not the gold data's: none of them
shares most of its words with an events-case2021 dev snippet (the split the classifier also trains on).
A near copy would make the "written snippets only -> dev" check of ``train.py --cv`` dishonest."""

import json
import re

import pytest

from newsgraph.knowledge import read_data

from ..conftest import SHARED

MAX_OVERLAP = 0.5  # Jaccard overlap of word sets; the closest written snippet today is about 0.33


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w\w+", text.lower()))


def test_no_written_snippet_is_a_near_copy_of_a_dev_snippet():
    path = SHARED / "eval" / "events-case2021" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/events-case2021 is not here")
    dev = [_words(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for label, snippets in read_data("case_examples.v1.yml")["labels"].items():
        for text in snippets:
            w = _words(text)
            overlap = max(len(w & d) / len(w | d) for d in dev)
            assert overlap < MAX_OVERLAP, f"{label}: {text}"
