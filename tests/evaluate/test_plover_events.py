"""The events-plover scorer: old type names, arithmetic on hand-made items, and a floor on real dev data."""

import json

import pytest

from newsgraph.evaluate.plover_events import current_type, score, score_events
from newsgraph.model import Actor, Event, Span

from ..conftest import SHARED

TEXT = "Italian troops shelled Libyan rebels in Tripoli."
#       0123456789012345678901234567890123456789012345678


def actor(id_, country, sector, start, end):
    return Actor(id=id_, name=id_, type="group", country=country, sector=sector, stage="t", confidence=1.0,
                 mentions=[Span(start=start, end=end, text=TEXT[start:end])])


def event(type_, conf, source=(), target=(), mode=None):
    return Event(id=f"e{conf}", type=type_, mode=mode, source=list(source), target=list(target), stage="t",
                 confidence=conf, evidence=Span(start=0, end=len(TEXT), text=TEXT))


def item(event_, mode=None):
    return {"id": "1", "text": TEXT, "gold": {"event": event_, "mode": mode,
            "source": [{"text": "Italian troops", "code": "ITL", "sector": "MIL"}],
            "target": [{"text": "Libyan rebels", "code": "LBY", "sector": "REB"}]}}


ACTORS = [actor("mil:ITA", "ITA", "MIL", 0, 14), actor("reb:LBY", "LBY", "REB", 23, 36)]


def test_old_type_names_map_to_current_plover():
    assert current_type("DEMAND") == "REQUEST" and current_type("DISAPPROVE") == "ACCUSE"
    assert current_type("INVESTIGATE") == "ACCUSE" and current_type("FIGHT", "heavy-weapons") == "ASSAULT"
    assert current_type("FIGHT", "deport") == "COERCE" and current_type("AGREE") == "AGREE"


def test_the_most_confident_event_is_the_prediction():
    items = [item("FIGHT", "heavy-weapons"), item("AGREE")]
    extracted = [
        (ACTORS, [event("ASSAULT", 0.9, ["mil:ITA"], ["reb:LBY"], "heavy-weapons"), event("AGREE", 0.2)]),
        (ACTORS, [event("REJECT", 0.5)]),
    ]
    out = score_events(items, extracted)
    assert out["type_accuracy"] == 0.5
    # ASSAULT F1 1.0, AGREE F1 0 (missed), REJECT F1 0 (false positive): macro over 3 types
    assert out["type_macro_f1"] == pytest.approx(1 / 3)
    assert out["mode_accuracy"] == 1.0
    # item 1: one triple right; item 2: the wrong type -> a false positive and a miss
    assert out["triple_f1"] == pytest.approx(0.5)


def test_no_event_counts_as_wrong():
    out = score_events([item("AGREE")], [(ACTORS, [])])
    assert out["type_accuracy"] == 0.0 and out["triple_f1"] == 0.0 and out["items_without_event"] == 1.0


def test_triple_needs_country_and_sector():
    wrong_sector = [actor("gov:ITA", "ITA", "GOV", 0, 14), ACTORS[1]]
    out = score_events([item("FIGHT")], [(wrong_sector, [event("ASSAULT", 0.9, ["gov:ITA"], ["reb:LBY"])])])
    assert out["type_accuracy"] == 1.0 and out["triple_f1"] == 0.0


def test_dev_floor(pipeline, settings):
    path = SHARED / "eval" / "events-plover" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/events-plover is not here")
    from newsgraph.evaluate.plover_events import STAGES
    from newsgraph.pipeline import Pipeline

    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:40]]
    out = score(items, settings, pipeline=Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp))
    assert out["type_accuracy"] >= 0.7 and out["type_macro_f1"] >= 0.6
    assert out["actor_country_accuracy"] >= 0.75
