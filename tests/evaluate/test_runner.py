"""The eval runner: clear errors for missing sets, splits and scorers; one JSON shape for results."""

import json

import pytest

from newsgraph.errors import EvalError
from newsgraph.evaluate import PRF, evaluate, median, register_scorer
from newsgraph.evaluate.runner import _SCORERS


@pytest.fixture
def gold(tmp_path):
    """A tiny gold set in the shared/eval layout: sentences with the country they mention."""
    folder = tmp_path / "toy-countries"
    folder.mkdir()
    items = [
        {"id": "1", "text": "Turkish jets struck PKK positions in Iraq.", "gold": "Iraq"},
        {"id": "2", "text": "Protesters gathered in Nairobi, Kenya.", "gold": "Kenya"},
        {"id": "3", "text": "Talks resumed in Jeddah.", "gold": "Saudi Arabia"},
    ]
    (folder / "dev.jsonl").write_text("\n".join(json.dumps(i) for i in items) + "\n")
    return tmp_path


@pytest.fixture
def scorer():
    def score(items, settings):
        tp = sum(1 for item in items if item["gold"] in item["text"])
        prf = PRF(tp=tp, fp=0, fn=len(items) - tp)
        return {"precision": prf.precision, "recall": prf.recall, "f1": prf.f1}

    register_scorer("toy-countries", score, metrics=("precision", "recall", "f1"))
    yield
    _SCORERS.pop("toy-countries", None)


def test_result_shape(gold, scorer, settings):
    result = evaluate("toy-countries", "dev", settings, data_dir=str(gold))
    assert result == {"set": "toy-countries", "split": "dev", "n": 3, "precision": 1.0, "recall": 2 / 3, "f1": 0.8}


def test_limit(gold, scorer, settings):
    assert evaluate("toy-countries", "dev", settings, data_dir=str(gold), limit=1)["n"] == 1


def test_missing_split_names_the_ones_there(gold, scorer, settings):
    with pytest.raises(EvalError, match="has no 'test' split; it has: dev"):
        evaluate("toy-countries", "test", settings, data_dir=str(gold))


def test_missing_data_dir(settings, tmp_path):
    with pytest.raises(EvalError, match="not found"):
        evaluate("geo-lgl", "dev", settings, data_dir=str(tmp_path / "nope"))


def test_set_without_a_scorer_says_what_it_waits_for(tmp_path, settings):
    (tmp_path / "events-petrarch2").mkdir()
    (tmp_path / "events-petrarch2" / "dev.jsonl").write_text('{"id": 1}\n')
    with pytest.raises(EvalError, match="comes with the events extractor"):
        evaluate("events-petrarch2", "dev", settings, data_dir=str(tmp_path))


def test_prf_and_median():
    p = PRF(tp=3, fp=1, fn=2)
    assert (p.precision, round(p.recall, 3), round(p.f1, 3)) == (0.75, 0.6, 0.667)
    assert PRF().f1 == 0.0
    assert median([5, 1, 3]) == 3 and median([1, 2, 3, 4]) == 2.5


def test_cli_prints_table_and_json(gold, scorer, capsys, monkeypatch):
    from ..test_cli import run

    code, out, _ = run(capsys, monkeypatch, "eval", "toy-countries", "--data-dir", gold, "--json")
    assert code == 0 and json.loads(out)["f1"] == 0.8
    code, out, _ = run(capsys, monkeypatch, "eval", "toy-countries", "--data-dir", gold)
    assert "toy-countries (dev, n=3)" in out and "recall     0.667" in out
