"""The events-plover actors scorer: its arithmetic on hand-made items, and a floor on real dev data."""

from pathlib import Path

import pytest

from newsgraph.evaluate.plover_actors import best_actor, find_span, gold_code, gold_sector, head_offset, score, score_actors
from newsgraph.model import Actor, Span

from ..conftest import SHARED


def actor(id_, country, sector, *spans, type_="group"):
    return Actor(id=id_, name=id_, type=type_, country=country, sector=sector, stage="t", confidence=1.0,
                 mentions=[Span(start=s, end=e, text="x" * (e - s)) for s, e in spans])


TEXT = "Italian troops and Libyan rebels met U.N. envoys in Tokyo."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234567


def item(source, target):
    return {"id": "1", "text": TEXT, "gold": {"source": source, "target": target}}


def test_cameo_codes_are_read_as_iso():
    assert gold_code("ITL") == "ITA" and gold_code("JAP") == "JPN" and gold_code("USA") == "USA" and gold_code("IGOUNO") == "IGO"


def test_country_and_sector_arithmetic():
    items = [item(
        [{"text": "Italian troops", "code": "ITL", "sector": "MIL"}, {"text": "Libyan rebels", "code": "LBY", "sector": "REBxyz"}],
        [{"text": "U.N. envoys", "code": "IGO", "sector": "GOV"}, {"text": "Tokyo", "code": "JAP", "sector": None}],
    )]
    actors = [[
        actor("mil:ITA", "ITA", "MIL", (0, 14)),     # country right, sector right
        actor("reb:LBY", "LBY", "GOV", (19, 32)),    # country right, sector wrong
        actor("un", None, "IGO", (37, 41), type_="igo"),  # IGO right, sector GOV wrong
    ]]                                               # Tokyo: missing -> wrong
    result = score_actors(items, actors)
    assert result["actor_country_accuracy"] == 3 / 4
    assert result["actor_sector_accuracy"] == 1 / 3
    assert result["actors_scored"] == 4 and result["sectors_scored"] == 3


def test_nothing_found_scores_zero():
    items = [item([{"text": "Italian troops", "code": "ITA", "sector": "MIL"}], [])]
    assert score_actors(items, [[]]) == {"actor_country_accuracy": 0.0, "actor_sector_accuracy": 0.0, "actors_scored": 1.0, "sectors_scored": 1.0}


def test_the_most_overlapping_then_tightest_mention_wins():
    wide = actor("wide", "LBY", None, (0, 32))
    tight = actor("tight", "ITA", "MIL", (0, 7))
    assert best_actor([wide, tight], 0, 14).id == "wide"
    assert best_actor([wide, tight], 0, 7).id == "tight"


def test_the_actor_of_the_phrase_head_wins_over_a_place_in_a_modifier():
    text = "Serb gunmen shelled villages near Macedonia overnight."
    gold = "villages near Macedonia"
    span = find_span(text, gold)
    head = head_offset(text, gold, span)
    assert text[head] == "s" and text.rfind("villages", 0, head + 1) == text.index("villages")
    villages = actor("cvl", None, "CVL", (text.index("villages"), text.index("villages") + 8))
    macedonia = actor("country:MKD", "MKD", "GOV", (text.index("Macedonia"), text.index("Macedonia") + 9))
    assert best_actor([villages, macedonia], *span, head=head).id == "cvl"
    assert best_actor([macedonia, villages], *span).id in ("cvl", "country:MKD")  # without a head: overlap only


def test_partitive_words_are_skipped_to_the_head():
    text = "Hundreds of students marched in Dhaka."
    gold = "Hundreds of students"
    head = head_offset(text, gold, find_span(text, gold))
    assert text.index("students") <= head < text.index("students") + 8


def test_the_no_sector_placeholder_is_not_a_sector():
    assert gold_sector("***") == "" and gold_sector(None) == "" and gold_sector(" MILxyz ") == "MIL"
    items = [item([{"text": "Italian troops", "code": "ITA", "sector": "***"}], [])]
    result = score_actors(items, [[actor("mil:ITA", "ITA", "MIL", (0, 14))]])
    assert result["sectors_scored"] == 0 and result["actor_country_accuracy"] == 1.0


def test_gold_spans_are_found_even_when_split():
    text = "French and Egyptian warships sailed."
    assert find_span(text, "Egyptian warships") == (11, 28)
    assert find_span(text, "French warships") == (0, 6)
    assert find_span(text, "nowhere") is None


DEV = SHARED / "eval" / "events-plover" / "dev.jsonl"


@pytest.mark.skipif(not DEV.is_file(), reason="shared/eval/events-plover is not here")
def test_dev_floor_on_the_first_30_sentences(settings):
    from newsgraph.evaluate.datasets import load_split

    items = load_split(Path(SHARED / "eval"), "events-plover", "dev")[:30]
    result = score(items, settings)
    # measured 2026-11-25 on these 30 sentences: country 0.937 (59/63), sector 0.826 (19/23)
    assert result["actor_country_accuracy"] >= 0.88
    assert result["actor_sector_accuracy"] >= 0.73
