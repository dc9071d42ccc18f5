"""The quotes-polnear scorer: span matching arithmetic, and a floor on part of the dev split."""

import pytest

from newsgraph.evaluate.polnear import METRICS, score_documents

from ..conftest import SHARED

TEXT = "Officials said that the talks will resume. “We are ready,” he said."


def att(content, source=None, cue=None):
    return {"content": tuple(content), "source": tuple(source) if source else None, "cue": tuple(cue) if cue else None}


def test_perfect_match():
    gold = [att([(15, 41)], [(0, 9)], [(10, 14)])]
    r = score_documents([(TEXT, gold, gold)])
    assert r["content_overlap_f1"] == r["content_exact_f1"] == r["source_exact_f1"] == r["cue_overlap_f1"] == 1.0
    assert r["speaker_accuracy"] == 1.0


def test_overlap_without_exact_and_a_wrong_speaker():
    gold = [att([(15, 41)], [(0, 9)], [(10, 14)]), att([(43, 58)], [(59, 61)], [(62, 66)])]
    system = [att([(20, 41)], [(0, 9)], [(10, 14)]), att([(43, 58)], [(10, 14)], [(62, 66)]), att([(0, 5)])]
    r = score_documents([(TEXT, gold, system)])
    assert r["content_overlap_precision"] == pytest.approx(2 / 3) and r["content_overlap_recall"] == 1.0
    assert r["content_exact_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert r["speaker_accuracy"] == 0.5  # the second quote's source does not overlap "he"


def test_spaces_do_not_break_exact_match():
    gold = [att([(14, 41)])]
    system = [att([(15, 41)])]
    assert score_documents([(TEXT, gold, system)])["content_exact_f1"] == 1.0


def test_a_content_annotated_in_two_pieces_is_one_content():
    from newsgraph.evaluate.polnear import _gold

    text = "“We are ready,” he said. “We have been for weeks.”"
    item = {"attributions": [{
        "content": {"spans": [[0, 15]]}, "content2": {"spans": [[25, 50]]},
        "source": {"spans": [[16, 18]]}, "cue": {"spans": [[19, 23]]},
    }]}
    [gold] = _gold(item)
    assert gold["content"] == ((0, 15), (25, 50))
    system = [att([(0, 15), (25, 50)], [(16, 18)], [(19, 23)])]
    assert score_documents([(text, [gold], system)])["content_exact_f1"] == 1.0


def test_metric_names_are_the_contract():
    assert set(METRICS) <= set(score_documents([(TEXT, [], [])]))


DEV = SHARED / "eval" / "quotes-polnear" / "dev.jsonl"


@pytest.mark.skipif(not DEV.is_file(), reason="shared/eval/quotes-polnear is not here")
def test_dev_floor(settings):
    from newsgraph.evaluate import evaluate

    r = evaluate("quotes-polnear", "dev", settings, data_dir=str(SHARED / "eval"), limit=8)
    # measured on these 8 documents: see the closing note of the quotes issue; floors a little below
    assert r["content_overlap_f1"] >= 0.60 and r["cue_overlap_f1"] >= 0.58 and r["speaker_accuracy"] >= 0.80
