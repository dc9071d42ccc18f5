"""Actors' country and sector on sentences written for these tests (``data/actors_sectors.yml``): kinds of
actors and sector words of every CAMEO sector, historical states, national bodies, leaders by their dated
roles, and the rules that give a group with no country of its own the one its sentence names.

The actor a phrase names is read as the PLOVER actors scorer reads a gold phrase: the mention that holds
the phrase's head word."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from newsgraph.evaluate.plover_actors import best_actor, find_span, head_offset, predicted_code
from newsgraph.extract import Facts, setup_extensions
from newsgraph.extract.actors import ActorStage
from newsgraph.model import Article

CASES = yaml.safe_load((Path(__file__).parent / "data" / "actors_sectors.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read(pipeline):
    setup_extensions()
    stage = ActorStage(pipeline.nlp, user_kb=False)

    def actors(text: str, day: str | date = "2000-01-01"):
        doc = pipeline.nlp(text)
        doc._.ng_article = Article(id="t", text=text, published=date.fromisoformat(str(day)))
        doc._.ng_facts = Facts()
        return stage.predict(doc)["actors"]

    return actors


def coded(actors, text: str, phrase: str) -> tuple[str | None, str | None]:
    """(country or IGO/NGO, sector) of the actor ``phrase`` names in ``text``."""
    span = find_span(text, phrase)
    assert span is not None, phrase
    actor = best_actor(actors, *span, head=head_offset(text, phrase, span))
    return (predicted_code(actor), actor.sector) if actor is not None else (None, None)


def assert_coded(read, case) -> None:
    """Every actor of a check-set sentence has its country and (where given) its sector."""
    actors = read(case["text"], case["date"])
    for phrase, country, sector in case["actors"]:
        got = coded(actors, case["text"], phrase)
        assert got[0] == country and (sector is None or got[1] == sector), (phrase, got)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:45] for c in CASES])
def test_sentence(read, case):
    assert_coded(read, case)


def test_cases_cover_the_rarer_sectors():
    sectors = {sector for case in CASES for _, _, sector in case["actors"]}
    assert {"JUD", "LEG", "EDU", "HLH", "AGR", "REF", "BUS", "LAB", "REL", "MED", "CRM", "SPY", "OPP", "ELI", "ENV", "PTY", "UAF",
            "HRI", "NGO"} <= sectors


# -- one rule each ---------------------------------------------------------------------------------

def test_a_group_takes_the_country_another_actor_of_its_sentence_has(read):
    text = "Turkish prosecutors indicted 30 journalists."
    assert coded(read(text), text, "30 journalists") == ("TUR", "MED")


def test_a_foreign_armed_group_does_not_lend_its_country(read):
    text = "Wagner mercenaries were accused of killing civilians in Moura."
    assert coded(read(text), text, "civilians") == (None, "CVL")


def test_a_state_body_takes_the_country_of_the_state_actor_before_it(read):
    text = "Israeli Defense Minister Yitzhak Mordechai ordered the army to seal off the West Bank."
    assert coded(read(text, "1997-09-01"), text, "the army") == ("ISR", "MIL")


def test_a_name_the_parser_split_in_two_is_one_person(read):
    text = "Sudanese Defence Minister Abdel Rahim Mohamed Hussein visited the troops."
    actors = read(text)
    assert coded(actors, text, "Sudanese Defence Minister Abdel Rahim Mohamed Hussein") == ("SDN", "GOV")
    assert not any(a.name == "Mohamed Hussein" for a in actors)


def test_an_international_office_in_the_text_beats_the_kb_dates(read):
    text = "Arab League Secretary-General Chedli Klibi urged restraint."
    assert coded(read(text, "2000-01-01"), text, "Arab League Secretary-General Chedli Klibi")[0] == "IGO"


def test_the_government_a_party_runs_is_the_government(read):
    text = "The Sandinista government rejected the proposal."
    assert coded(read(text, "1987-01-01"), text, "The Sandinista government") == ("NIC", "GOV")


def test_a_thing_led_by_an_agent_word_is_the_agents_group(read):
    text = "Greenpeace activists boarded a French navy ship."
    assert coded(read(text), text, "a French navy ship") == ("FRA", "MIL")


def test_the_texts_rebel_title_beats_a_later_office(read):
    text = "Liberian rebel leader Charles Taylor refused to disarm."
    assert coded(read(text, "2000-01-01"), text, "Liberian rebel leader Charles Taylor") == ("LBR", "REB")


def test_a_kings_title_inside_his_kb_name_is_his_office(read):
    text = "Jordan's King Hussein met Israeli Prime Minister Yitzhak Rabin."
    assert coded(read(text, "2000-01-01"), text, "Jordan's King Hussein") == ("JOR", "GOV")


def test_states_that_no_longer_exist_are_their_successors(read):
    text = "Soviet troops withdrew from Afghanistan and East German authorities opened the border."
    actors = read(text, "1989-11-10")
    assert coded(actors, text, "Soviet troops") == ("RUS", "MIL")
    assert coded(actors, text, "East German authorities") == ("DEU", "GOV")


# -- country coding of actors dev never shows (``data/actors_countries.yml``) ------------------------

COUNTRY_CASES = yaml.safe_load((Path(__file__).parent / "data" / "actors_countries.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", COUNTRY_CASES, ids=[c["text"][:45] for c in COUNTRY_CASES])
def test_country(read, case):
    assert_coded(read, case)


def test_a_town_names_its_country_only_where_it_clearly_means_one():
    from newsgraph.extract.actors.component import _gazetteer_country

    assert _gazetteer_country("Peshawar") == "PAK"
    assert _gazetteer_country("Texas") == "USA"  # a US state, not the Mexican villages of that name
    assert _gazetteer_country("Punjab") is None  # a province of India and of Pakistan
    assert _gazetteer_country("Alexandria") is None  # Egypt's, but also big namesakes elsewhere


def test_a_person_is_not_coded_by_the_town_he_is_in(read):
    text = "Aid worker Maria Lopez was kidnapped in Peshawar."
    assert coded(read(text), text, "Aid worker Maria Lopez")[0] is None
    text = "President Mario Rossi visited Lahore."
    assert coded(read(text), text, "President Mario Rossi")[0] is None


def test_a_town_in_a_place_phrase_is_no_other_actors(read):
    text = "Shiite gunmen abducted two Italian aid workers in southern Lebanon."
    assert coded(read(text), text, "Shiite gunmen")[0] == "LBN"


def test_homes_named_last_are_data():
    from newsgraph.knowledge.actors import load_homes_named_last

    assert {"CYP", "USA", "ISR"} <= load_homes_named_last()
    assert "SRB" not in load_homes_named_last()


def test_a_capitals_namesake_in_the_country_the_sentence_names(read):
    text = "Gunmen in Tripoli fired rockets at the army, Lebanese security sources said."
    assert coded(read(text), text, "Gunmen in Tripoli")[0] == "LBN"
    text = "Gunmen in Tripoli fired rockets at the army, Libyan security sources said."
    assert coded(read(text), text, "Gunmen in Tripoli")[0] == "LBY"
    text = "Gunmen in Tripoli fired rockets at the army."
    assert coded(read(text), text, "Gunmen in Tripoli")[0] == "LBY"  # the capital, where nothing says otherwise


@pytest.mark.parametrize("day,text,phrase,country", [
    ("2005-03-01", "Mugabe accused the opposition of plotting a coup.", "the opposition", "ZWE"),
    ("1998-06-01", "Lord's Resistance Army rebels abducted hundreds of villagers.", "hundreds of villagers", "UGA"),
])
def test_those_a_leader_or_rebels_act_on_at_home_are_of_its_country(read, day, text, phrase, country):
    assert coded(read(text, day), text, phrase)[0] == country


def test_written_wire_sets_stay_above_their_floors(read):
    """Two written sets of CAMEO-style sentences (``data/actors_wire.yml``), scored as a whole: country 0.952 and
    sector 0.920 once the fixes they led to were in; the floors sit a little below."""
    cases = yaml.safe_load((Path(__file__).parent / "data" / "actors_wire.yml").read_text(encoding="utf-8"))
    countries = sectors = n_sectors = n = 0
    for case in cases:
        actors = read(case["text"], case["date"])
        for phrase, country, sector in case["actors"]:
            got = coded(actors, case["text"], phrase)
            n += 1
            countries += got[0] == country
            if sector:
                n_sectors += 1
                sectors += (got[1] or "")[:3] == sector[:3]
    assert countries / n >= 0.94 and sectors / n_sectors >= 0.90, (countries / n, sectors / n_sectors)
