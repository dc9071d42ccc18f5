"""The places stage on sentences written for these tests: recognition rules, resolution rules, records."""

import pytest

from newsgraph.extract import register, unregister
from newsgraph.extract.places import PlaceStage, haversine_km, make_place_stage
from newsgraph.extract.places.patterns import Mention
from newsgraph.extract.places.resolve import Resolution, fall_back_to_focus
from newsgraph.ingest.draft import Draft
from newsgraph.ingest.finish import finish
from newsgraph.knowledge.gazetteer import Entry, Gazetteer
from newsgraph.pipeline import Pipeline

from ..knowledge import small_gazetteer_dir


@pytest.fixture(scope="module")
def stage():
    return PlaceStage(Gazetteer(small_gazetteer_dir()))


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def places(stage, nlp, text):
    """{mention text: resolved Entry} for one text."""
    return {r.mention.text: r.entry for r in stage.resolve_doc(nlp(text))}


def near(entry, lat, lon, km=25):
    return entry is not None and haversine_km(entry.lat, entry.lon, lat, lon) <= km


# -- recognition ------------------------------------------------------------------------------


def test_cities_the_small_model_calls_organisations_are_found(stage, nlp):
    found = places(stage, nlp, "Kurdish-led fighters pushed into Raqqa on Tuesday after weeks of clashes around Manbij.")
    assert near(found.get("Raqqa"), 35.95, 39.01)
    assert near(found.get("Manbij"), 36.53, 37.95)


def test_arabic_article_prefix(stage, nlp):
    found = places(stage, nlp, "Turkish-backed rebels said they had taken full control of al-Bab after a long siege.")
    assert near(found.get("al-Bab"), 36.37, 37.52)


def test_demonyms_are_references_to_their_country(stage, nlp):
    found = places(stage, nlp, "Turkish warplanes struck positions held by Iraqis and Syrians near the border on Sunday.")
    assert found["Turkish"].country_code == "TR" and found["Turkish"].feature == "PCLI"
    assert found["Iraqis"].country_code == "IQ"


def test_compass_word_is_left_out_of_the_span(stage, nlp):
    found = places(stage, nlp, "Shelling continued overnight in northern Syria and in western Iraq, monitors said.")
    assert found["Syria"].country_code == "SY" and found["Iraq"].country_code == "IQ"
    assert "northern Syria" not in found


def test_names_that_begin_with_a_compass_word_stay_whole(stage, nlp):
    found = places(stage, nlp, "Jihadist groups have spread across West Africa, and aid agencies are short of money in South Sudan.")
    assert found["West Africa"].kind == "region" and found["South Sudan"].country_code == "SS"


def test_street_names_are_not_demonyms(stage, nlp):
    found = places(stage, nlp, "A brass band marched down Frenchmen Street on Saturday night.")
    assert "Frenchmen" not in found


def test_common_words_and_pronouns_are_not_places(stage, nlp):
    found = places(stage, nlp, "Hope is not a strategy, the minister told us after the vote.")
    assert found == {}


# -- resolution ---------------------------------------------------------------------------------


def test_example_cities_resolve_within_25_km(stage, nlp):
    text = ("Iraqi troops pressed deeper into Mosul as officials in Baghdad promised aid. In Libya, forces loyal to the "
            "unity government cleared the last streets of Sirte, while police in Paris questioned two suspects.")
    found = places(stage, nlp, text)
    assert near(found["Mosul"], 36.34, 43.12)
    assert near(found["Baghdad"], 33.34, 44.40)
    assert near(found["Sirte"], 31.21, 16.59)
    assert near(found["Paris"], 48.85, 2.35)


def test_state_after_a_comma_contains_the_city(stage, nlp):
    found = places(stage, nlp, "The governor spoke at a rally in Springfield, Illinois, on Friday.")
    assert found["Springfield"].admin1 == "Illinois"
    found = places(stage, nlp, "The governor spoke at a rally in Springfield, Mass., on Friday.")
    assert found["Springfield"].admin1 == "Massachusetts"


def test_state_abbreviation_after_a_comma_is_a_place(stage, nlp):
    found = places(stage, nlp, "Firefighters in Charleston, W.Va., worked through the night.")
    assert found["W.Va."].name == "West Virginia"
    assert found["Charleston"].admin1 == "West Virginia"


def test_country_after_a_comma_contains_the_city(stage, nlp):
    found = places(stage, nlp, "Protesters gathered in Tripoli, Lebanon, to denounce rising bread prices.")
    assert found["Tripoli"].country_code == "LB"


def test_article_country_context_picks_the_sense(stage, nlp):
    found = places(stage, nlp, "Lebanese army units deployed in Tripoli after clashes between rival neighbourhoods.")
    assert found["Tripoli"].country_code == "LB"
    found = places(stage, nlp, "Libyan militias traded fire in Tripoli as the United Nations called for calm.")
    assert found["Tripoli"].country_code == "LY"


def test_co_mentioned_places_pick_the_nearby_sense(stage, nlp):
    found = places(stage, nlp, "Floodwaters closed roads between Paris and Sulphur Springs in northeast Texas on Monday.")
    assert found["Paris"].country_code == "US" and found["Paris"].admin1 == "Texas"


def test_one_sense_per_article(stage, nlp):
    res = stage.resolve_doc(nlp("Students in Athens, Georgia, marched on Monday. Athens police said the march was peaceful."))
    athens = [r.entry for r in res if r.mention.text == "Athens"]
    assert len(athens) == 2 and all(e.country_code == "US" and e.admin1 == "Georgia" for e in athens)


def test_counties_are_counties(stage, nlp):
    found = places(stage, nlp, "Deputies in Henry County, Tenn., arrested two men after a chase that began in Franklin, Tenn.")
    assert found["Henry County"].kind == "county" and found["Henry County"].admin1 == "Tennessee"
    assert found["Franklin"].admin1 == "Tennessee"


def test_unknown_names_fall_back_to_the_article_focus():
    focus = Entry(1, "Homs", 34.73, 36.71, "SY", "11", "PPL", "city", 700000)
    res = [Resolution(Mention(0, 4, "Homs", "ner"), focus, 0.9), Resolution(Mention(10, 22, "Bab al-Sibaa", "ner"), None, 0.0),
           Resolution(Mention(30, 36, "Syrian", "norp", demonym=True), None, 0.0)]
    fall_back_to_focus(res)
    assert (res[1].entry.lat, res[1].entry.lon, res[1].entry.kind) == (34.73, 36.71, "approximate")
    assert res[1].confidence < 0.5
    assert res[2].entry is None  # a demonym is never moved to a city


# -- the stage in the pipeline ----------------------------------------------------------------


@pytest.fixture
def places_stage(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(small_gazetteer_dir()))
    register(PlaceStage.name, make_place_stage, assigns=PlaceStage.assigns)
    yield
    unregister(PlaceStage.name)


def test_stage_writes_place_records_with_true_offsets(pipeline, settings, places_stage):
    text = ("Turkish warplanes struck Kurdish militant positions in northern Iraq on Sunday, the defence ministry said.\n\n"
            "The ministry said 12 fighters were killed near Mosul, and that operations in Iraq would go on.")
    p = Pipeline(settings.replace(stages=(PlaceStage.name,)), nlp=pipeline.nlp)
    ex = p(*finish(Draft(text=text, origin="t", format="text"), settings))
    by_name = {pl.name: pl for pl in ex.places}
    assert by_name["Iraq"].geonameid == 99237 and by_name["Iraq"].country_code == "IQ"
    assert [m.text for m in by_name["Iraq"].mentions] == ["Iraq", "Iraq"]
    assert by_name["Turkey"].mentions[0].text == "Turkish"
    assert by_name["Mosul"].feature.startswith("PPL") and 0 < by_name["Mosul"].confidence <= 1
    for pl in ex.places:
        for m in pl.mentions:
            assert ex.article.text[m.start : m.end] == m.text
        assert pl.stage == "newsgraph.places.v1"
    assert not any("places" in w.message for w in ex.warnings if w.code == "stage_missing")


def test_dateline_in_capitals_is_a_place(stage, nlp):
    found = places(stage, nlp, "KIRKUK, Iraq — Security forces imposed a curfew on Friday after a car bomb exploded near a market.")
    assert near(found.get("KIRKUK"), 35.47, 44.39)


def test_organisation_named_after_a_place(stage, nlp):
    found = places(stage, nlp, "The Texas Department of Public Safety said troopers closed the highway near the border.")
    assert found.get("Texas") is not None and found["Texas"].kind == "admin1"


def test_example_article(stage, nlp, seed_article):
    """shared/examples/seed-article.txt: its cities within 25 km, its countries at their country, West Africa a region."""
    res = stage.resolve_doc(nlp(seed_article.read_text(encoding="utf-8")))
    by_text = {}
    for r in res:
        by_text.setdefault(r.mention.text, set()).add(r.entry.id if r.entry else None)
        if r.entry is not None and r.mention.text in {"Mosul", "Raqqa", "Manbij", "Sirte", "Baghdad", "Paris"}:
            truth = {"Mosul": (36.34, 43.12), "Raqqa": (35.95, 39.01), "Manbij": (36.53, 37.95), "Sirte": (31.21, 16.59),
                     "Baghdad": (33.34, 44.40), "Paris": (48.85, 2.35)}[r.mention.text]
            assert near(r.entry, *truth), r.mention.text
    for name in ("Mosul", "Raqqa", "Manbij", "Sirte", "Baghdad", "Paris", "West Africa"):
        assert name in by_text, name
    for r in res:
        if r.entry is not None and r.mention.text in {"Iraq", "Syria", "Turkey", "Libya", "Egypt", "France", "United States"}:
            assert r.entry.kind == "country", r.mention.text
    assert next(r.entry.kind for r in res if r.mention.text == "West Africa") == "region"


def test_an_organisation_that_is_a_place_union(stage, nlp):
    found = places(stage, nlp, "The European Union imposed new sanctions on Monday, diplomats said.")
    assert found["European Union"].kind == "continent" and found["European Union"].name == "Europe"


def test_default_sense_of_a_name_in_news(stage, nlp):
    found = places(stage, nlp, "Officials in Washington said the talks with Tehran would resume next week.")
    assert found["Washington"].admin1 == "District of Columbia"


def test_unknown_names_are_reported_only_when_they_look_like_places():
    from newsgraph.extract.places.component import reported

    approx = Entry(0, "x", 30.0, -90.0, "US", "Louisiana", "", "approximate", 0)
    assert reported(Resolution(Mention(0, 12, "Royal Street", "ner", "GPE"), approx, 0.1))
    assert reported(Resolution(Mention(0, 8, "Bywater", "ner", "LOC"), approx, 0.1))
    assert not reported(Resolution(Mention(0, 8, "Hartmann", "ner", "GPE"), approx, 0.1))
    hamlet = Entry(5, "Hartmann", 50.0, 8.0, "DE", "05", "PPL", "city", 300)
    assert not reported(Resolution(Mention(0, 8, "Hartmann", "ner", "GPE"), hamlet, 0.2))
    assert not reported(Resolution(Mention(0, 8, "Hartmann", "ner", "GPE"), None, 0.0))


def test_a_county_moves_to_the_article_cities_in_its_state():
    from newsgraph.extract.places.resolve import place_county

    county = Entry(-100001, "Henry County", 35.75, -86.25, "US", "Tennessee", "ADM2", "county", 0)
    paris = Entry(4646, "Paris", 36.30, -88.33, "US", "Tennessee", "PPL", "city", 10000)
    elsewhere = Entry(4747, "Paris", 33.66, -95.56, "US", "Texas", "PPL", "city", 25000)
    res = [Resolution(Mention(0, 12, "Henry County", "ner"), county, 0.9), Resolution(Mention(20, 25, "Paris", "ner"), paris, 0.9),
           Resolution(Mention(30, 35, "Paris", "ner"), elsewhere, 0.9)]
    place_county(res)
    assert (res[0].entry.lat, res[0].entry.lon) == (36.30, -88.33)


# -- names the gazetteer does not know, and names with a usual sense --------------------------------


def forced(stage, nlp, text, *names):
    """{name: Resolution} for spans of ``text`` given as places (as the geo scorers give gold spans)."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {r.mention.text: r for r in stage.resolve_doc(nlp(text), forced=spans) if r.mention.source == "gold"}


def test_an_organisation_is_placed_at_the_place_it_is_named_after(stage, nlp):
    text = "Researchers at Arizona State University published the survey on Monday, and the Council of Europe welcomed it."
    found = forced(stage, nlp, text, "Arizona State University", "Council of Europe")
    asu, coe = found["Arizona State University"], found["Council of Europe"]
    assert asu.via == "inner" and asu.entry.kind == "approximate" and asu.entry.id == 0
    assert asu.entry.country_code == "US" and asu.entry.admin1 == "Arizona"
    assert near(coe.entry, 48.69, 9.14, km=50)  # Europe


def test_a_compass_word_or_a_comma_inside_a_span_names_a_known_place(stage, nlp):
    text = "Schools across South Florida closed early, and lawmakers in Washington, D.C. promised help."
    found = forced(stage, nlp, text, "South Florida", "Washington, D.C.")
    assert found["South Florida"].entry.admin1 == "Florida"
    assert near(found["Washington, D.C."].entry, 38.90, -77.04)


def test_an_unknown_place_takes_the_town_written_after_it_or_owning_it(stage, nlp):
    text = "Shoppers crowded Hlavné námestie in Košice on Saturday, while travellers queued at Lyon's Part-Dieu station."
    found = forced(stage, nlp, text, "Hlavné námestie", "Lyon", "Part-Dieu station")
    assert near(found["Hlavné námestie"].entry, 48.72, 21.26) and found["Hlavné námestie"].via == "container"
    assert near(found["Part-Dieu station"].entry, 45.76, 4.84)


def test_a_ministry_is_in_its_country_capital(stage, nlp):
    text = "Officials at the Turkish Foreign Ministry summoned the ambassador on Tuesday."
    found = forced(stage, nlp, text, "Turkish Foreign Ministry")
    assert near(found["Turkish Foreign Ministry"].entry, 39.92, 32.85)  # Ankara, not the middle of Turkey


def test_a_building_named_after_its_state_stays_in_the_article_town(stage, nlp):
    text = "Two patients were taken to Virginia Hospital Center after the crash in Norfolk on Sunday."
    found = forced(stage, nlp, text, "Virginia Hospital Center")
    assert near(found["Virginia Hospital Center"].entry, 36.85, -76.29)  # Norfolk, not Virginia's centre


def test_a_river_is_not_placed_at_its_namesake(stage, nlp):
    from newsgraph.extract.places.unknown import inner_names

    assert inner_names("Gulf of Alaska") == [] and inner_names("Neches River") == []
    assert inner_names("Tennessee Colony") == []  # a place of its own, not an organisation
    assert "Arizona" in inner_names("Arizona State University")


def test_an_article_without_towns_places_unknown_names_at_its_capital(stage, nlp):
    text = "Slovakia's opposition rallied near Hviezdoslavovo námestie on Friday, demanding new elections."
    found = forced(stage, nlp, text, "Hviezdoslavovo námestie")
    assert near(found["Hviezdoslavovo námestie"].entry, 48.15, 17.11)  # Bratislava


def test_a_generic_word_is_the_article_own_place(stage, nlp):
    text = "Steel jobs are coming back to Youngstown, and shop owners here in the Valley are hopeful."
    found = forced(stage, nlp, text, "Valley")
    assert near(found["Valley"].entry, 41.10, -80.65)  # Youngstown, not a town called Valley


def test_seats_of_power_and_official_names(stage, nlp):
    found = places(stage, nlp, "The Kremlin said on Friday that the Republic of Armenia had been invited to the talks.")
    assert near(found["Kremlin"], 55.75, 37.62, km=5)
    assert found["Republic of Armenia"].country_code == "AM"
    text = "The bill now goes to Congress, where it faces a close vote."
    assert near(forced(stage, nlp, text, "Congress")["Congress"].entry, 38.89, -77.01, km=5)


def test_new_york_is_the_city_unless_the_text_says_the_state(stage, nlp):
    found = places(stage, nlp, "Tourists returned to New York this summer, filling hotels near Times Square.")
    assert near(found["New York"], 40.71, -74.01)
    found = places(stage, nlp, "The plant in Albany, New York, will close in March.")
    assert found["New York"].kind == "admin1"


def test_us_regions(stage, nlp):
    found = places(stage, nlp, "The tour ends on the West Coast next month after stops across the Midwest.")
    assert found["West Coast"].kind == "region" and found["West Coast"].country_code == "US"
    assert found["Midwest"].country_code == "US"


def test_a_country_name_does_not_vote_for_the_state_of_its_namesake_village():
    from newsgraph.extract.places.resolve import Resolver

    russia = Entry(2017370, "Russia", 60.0, 100.0, "RU", None, "PCLI", "country", 144_000_000)
    village = Entry(5170000, "Russia", 40.23, -84.41, "US", "Ohio", "PPL", "city", 600)
    louisville = Entry(4299276, "Louisville", 38.25, -85.76, "US", "Kentucky", "PPL", "city", 600_000)
    m1, m2 = Mention(0, 6, "Russia", "ner"), Mention(20, 30, "Louisville", "ner")
    context = Resolver.__new__(Resolver)._context([m1, m2], {id(m1): [russia, village], id(m2): [louisville]}, None)
    assert ("US", "Ohio") not in context["shared"]


def test_a_word_for_a_place_people_is_that_place(stage, nlp):
    text = "Gas prices rose again in Toronto, and Ontarians will pay more for heating this winter."
    found = forced(stage, nlp, text, "Ontarians")
    assert found["Ontarians"].entry.admin1 == "Ontario" and near(found["Ontarians"].entry, 49.25, -84.50)


def test_the_focus_of_an_article_naming_towns_once_each_is_its_largest(stage, nlp):
    text = "The chain has shops in Nitra, Prešov and Bratislava, and plans a store at Obchodná ulica next year."
    found = forced(stage, nlp, text, "Nitra", "Prešov", "Bratislava", "Obchodná ulica")
    assert near(found["Obchodná ulica"].entry, 48.15, 17.11)  # Bratislava


def test_a_small_namesake_far_from_the_story_goes_to_its_focus(stage, nlp):
    text = "Tourists strolled down Chartres toward Jackson Square, and New Orleans police closed the block."
    found = forced(stage, nlp, text, "Chartres", "New Orleans")
    assert near(found["Chartres"].entry, 29.95, -90.07) and found["Chartres"].via == "focus"  # not Chartres, France


def test_a_far_small_town_vouched_for_by_its_state_stays(stage, nlp):
    text = "Chicago police and Evanston officials met on Monday. The suspect was later found in Sevierville, Tenn."
    found = places(stage, nlp, text)
    assert near(found["Sevierville"], 35.87, -83.56)


def test_a_far_small_namesake_of_a_big_city_of_the_story_country_is_that_city():
    from newsgraph.extract.places.unknown import place_unknown

    dc = Entry(4140963, "Washington", 38.90, -77.04, "US", "District of Columbia", "PPLC", "city", 690_000)
    small = Entry(5109797, "Boston", 42.63, -78.74, "US", "New York", "PPL", "city", 8000)
    big = Entry(4930956, "Boston", 42.36, -71.06, "US", "Massachusetts", "PPL", "city", 650_000)

    class Gaz:
        def lookup(self, name):
            return (small, big) if name == "Boston" else ()

    res = [Resolution(Mention(0, 10, "Washington", "ner"), dc, 0.9), Resolution(Mention(20, 26, "Boston", "ner"), small, 0.7)]
    place_unknown(res, "Washington and Boston", Gaz())
    assert res[1].entry is big
