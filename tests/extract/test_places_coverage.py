"""The places stage on the kinds of names a gazetteer of towns handles badly, on sentences written for
these tests: counties, towns too small for the gazetteer, lists of states, rivers and other physical
features, provinces abroad, regional adjectives, and namesakes in one country."""

import pytest

from newsgraph.extract.places import haversine_km
from newsgraph.extract.places.patterns import Mention
from newsgraph.extract.places.resolve import Resolution, place_county
from newsgraph.knowledge.gazetteer import Entry, at_state_point

from .test_places import nlp, places, stage  # noqa: F401  (the same stage fixtures and helper)


def gold(stage, nlp, text, names):
    """{name: Entry} for the given names resolved as spans given from outside (as the scorer does)."""
    spans = []
    for name in names:
        i = text.index(name)
        spans.append((i, i + len(name)))
    res = stage.resolve_doc(nlp(text), forced=spans)
    return {r.mention.text: r.entry for r in res if r.mention.source == "gold"}


def near(entry, lat, lon, km=60):
    return entry is not None and haversine_km(entry.lat, entry.lon, lat, lon) <= km


# -- counties -------------------------------------------------------------------------------------


def test_a_county_has_a_point_of_its_own(stage, nlp):
    found = places(stage, nlp, "Deputies in Black Hawk County, Iowa, searched the river banks on Sunday.")
    county = found["Black Hawk County"]
    assert county.kind == "county" and county.admin1 == "Iowa"
    assert near(county, 42.47, -92.31, km=40) and not at_state_point(county)


def test_only_a_county_at_its_state_point_moves_to_the_article_towns():
    own = Entry(-200000 - 19013, "Black Hawk County", 42.5, -92.35, "US", "Iowa", "ADM2", "county", 0)
    stand_in = Entry(-100000 - 2282, "Yakutat City and Borough", 64.0, -150.0, "US", "Alaska", "ADM2", "county", 0)
    town = Entry(1, "Des Moines", 41.6, -93.6, "US", "Iowa", "PPL", "city", 200000)
    juneau = Entry(2, "Juneau", 58.3, -134.4, "US", "Alaska", "PPL", "city", 30000)
    res = [Resolution(Mention(0, 5, "Black Hawk County", "ner"), own, 0.9), Resolution(Mention(10, 15, "Des Moines", "ner"), town, 0.9),
           Resolution(Mention(20, 25, "Yakutat", "ner"), stand_in, 0.9), Resolution(Mention(30, 35, "Juneau", "ner"), juneau, 0.9)]
    place_county(res)
    assert (res[0].entry.lat, res[0].entry.lon) == (42.5, -92.35)
    assert (res[2].entry.lat, res[2].entry.lon) == (58.3, -134.4)


# -- containment ----------------------------------------------------------------------------------


def test_a_town_too_small_for_the_gazetteer_stays_in_the_state_written_after_it(stage, nlp):
    # the small test gazetteer knows Paris, Texas and Paris, France, not the Paris of Kentucky
    found = places(stage, nlp, "The fire started in a barn outside Paris, Ky., late on Sunday.")
    paris = found["Paris"]
    assert paris.kind == "approximate" and paris.admin1 == "Kentucky"
    assert near(paris, 38.2, -84.88, km=5)


def test_every_mention_of_that_town_stays_in_that_state(stage, nlp):
    res = stage.resolve_doc(nlp("PARIS, Ky. - A barn burned on Sunday. Firefighters from Paris and Cynthiana fought the blaze."))
    paris = [r for r in res if r.mention.text.lower() == "paris"]
    assert len(paris) == 2 and all(r.entry.admin1 == "Kentucky" and r.via == "container" for r in paris)


def test_a_town_in_the_state_written_after_it_is_still_chosen(stage, nlp):
    found = places(stage, nlp, "The concert moved from Paris, Texas, to a hall in Dallas.")
    assert found["Paris"].kind == "city" and found["Paris"].admin1 == "Texas"


def test_a_country_that_begins_the_next_phrase_is_no_container(stage, nlp):
    found = places(stage, nlp, "Militants were pushed out of Mosul, U.S. military officials said on Monday.")
    assert found["Mosul"].kind == "city" and found["Mosul"].country_code == "IQ"


def test_a_division_known_only_by_code_does_not_move_its_towns(stage, nlp):
    found = places(stage, nlp, "The rally in Mekelle, Tigray, drew thousands on Saturday.")
    assert found["Mekelle"].kind == "city" and found["Mekelle"].country_code == "ET"


# -- lists ----------------------------------------------------------------------------------------


def test_a_name_listed_with_states_is_a_state(stage, nlp):
    found = places(stage, nlp, "Doctors in Oregon and Washington may now help patients end their lives.")
    assert found["Washington"].kind == "admin1" and near(found["Washington"], 47.5, -120.5)


def test_a_name_listed_with_countries_is_a_country(stage, nlp):
    found = places(stage, nlp, "Russian troops stayed in Georgia and Moldova after the wars of the 1990s.")
    assert found["Georgia"].kind == "country" and found["Georgia"].country_code == "GE"
    found = places(stage, nlp, "Storms flattened barns across Georgia, Alabama and Tennessee on Monday.")
    assert found["Georgia"].kind == "admin1" and found["Georgia"].country_code == "US"


def test_a_name_with_its_container_is_not_a_list(stage, nlp):
    res = stage.resolve_doc(nlp("He moved to Athens, Georgia, in 2004."))
    athens = next(r for r in res if r.mention.text == "Athens")
    assert athens.mention.peers == [] and athens.entry.admin1 == "Georgia"


# -- physical features, provinces abroad and regional adjectives -----------------------------------


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Barges were stranded on the Mississippi River near its mouth below New Orleans.", "Mississippi River", 29.5, -89.6),
    ("Volunteers cleared trash from the banks of the Neches River last weekend.", "Neches River", 29.98, -93.85),
    ("A sailor was rescued from Lake Ontario after his boat capsized.", "Lake Ontario", 43.7, -77.9),
    ("Storms over the Gulf of Alaska brought rain to the coast.", "Gulf of Alaska", 58.5, -145.0),
    ("Climbers were stranded on Mount Kilimanjaro for two days.", "Mount Kilimanjaro", -3.07, 37.35),
    ("Migrants keep arriving on Lesbos from the Turkish coast.", "Lesbos", 39.2, 26.3),
])
def test_physical_features_are_found_where_geonames_puts_them(stage, nlp, text, name, lat, lon):
    found = gold(stage, nlp, text, [name])
    assert near(found[name], lat, lon), found[name]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Farmers in Normandy blocked roads with tractors.", "Normandy", 49.1, 0.2),
    ("Factories in Lombardy were closed for two weeks.", "Lombardy", 45.6, 9.8),
    ("Police in Kabardino-Balkaria killed four gunmen.", "Kabardino-Balkaria", 43.5, 43.4),
    ("Floods in Karnataka displaced thousands of families.", "Karnataka", 14.7, 76.2),
])
def test_provinces_abroad_are_known(stage, nlp, text, name, lat, lon):
    found = gold(stage, nlp, text, [name])
    assert found[name].kind == "admin1" and near(found[name], lat, lon)


@pytest.mark.parametrize("text, name, cc", [
    ("Gunmen raided three villages in Plateau State overnight.", "Plateau State", "NG"),
    ("Militants ambushed a convoy in Kunar on Sunday.", "Kunar", "AF"),
    ("Troops fought al-Shabab fighters in Lower Shabelle.", "Lower Shabelle", "SO"),
])
def test_provinces_of_conflict_zones_are_known(stage, nlp, text, name, cc):
    found = gold(stage, nlp, text, [name])
    assert found[name].kind == "admin1" and found[name].country_code == cc


def test_towns_carry_the_name_of_their_province(stage, nlp):
    found = places(stage, nlp, "Prosecutors in Milan and Dresden opened an inquiry.")
    assert found["Milan"].admin1 == "Lombardy" and found["Dresden"].admin1 == "Saxony"


@pytest.mark.parametrize("text, name, region", [
    ("Basque separatists laid down their arms in 2011.", "Basque", "Basque Country"),
    ("Catalan leaders called a referendum on independence.", "Catalan", "Catalonia"),
    ("Tibetan monks marched in protest.", "Tibetan", "Tibet"),
    ("Uighur activists said the camps were growing.", "Uighur", "Xinjiang"),
])
def test_regional_adjectives_are_their_region(stage, nlp, text, name, region):
    found = gold(stage, nlp, text, [name])
    assert found[name].name == region


# -- namesakes in one country -----------------------------------------------------------------------


def test_a_lesser_known_namesake_in_the_same_country_loses_ground():
    from newsgraph.extract.places.resolve import _known_namesakes

    oregon = Entry(1, "Portland", 45.52, -122.68, "US", "Oregon", "PPL", "city", 650_000, None, 45)
    texas = Entry(2, "Portland", 27.88, -97.32, "US", "Texas", "PPL", "city", 16_000, None, 4)
    england = Entry(3, "Portland", 50.55, -2.44, "GB", "England", "PPL", "city", 12_000, None, 2)
    known = _known_namesakes([oregon, texas, england])
    assert known[1] == 0.0 and known[2] < -1.0
    assert known[3] == 0.0  # compared only with towns of its own country


def test_the_known_prior_does_not_move_a_town_abroad(stage, nlp):
    found = places(stage, nlp, "Floodwaters closed roads between Paris and Sulphur Springs in northeast Texas on Monday.")
    assert found["Paris"].admin1 == "Texas"


# -- spans given from outside ----------------------------------------------------------------------


def test_a_given_span_keeps_what_recognition_would_have_seen(stage, nlp):
    text = "Officials in Mosul said the bridge had reopened."
    res = stage.resolve_doc(nlp(text), forced=[(text.index("Mosul"), text.index("Mosul") + 5)])
    mosul = next(r for r in res if r.mention.source == "gold")
    assert mosul.mention.locative and mosul.mention.label == "GPE"


# -- counties abroad, short names and named countries ------------------------------------------------


def test_english_counties_in_a_british_story(stage, nlp):
    found = places(stage, nlp, "Police in Kent and Essex arrested two men, the UK Home Office said.")
    assert found["Kent"].kind == "county" and found["Kent"].country_code == "GB" and near(found["Kent"], 51.2, 0.8)
    assert found["Essex"].country_code == "GB"


def test_an_english_county_name_alone_does_not_beat_an_american_town(stage, nlp):
    found = places(stage, nlp, "Students at the university in Kent, Ohio, marched on Monday.")
    assert found["Kent"].kind == "city" and found["Kent"].admin1 == "Ohio"


@pytest.mark.parametrize("name", ["Mayo County", "County Mayo", "Co. Mayo"])
def test_irish_counties_in_their_usual_forms(stage, nlp, name):
    found = gold(stage, nlp, f"Anglers said pollution in {name} had ruined the rivers.", [name])
    assert found[name].country_code == "IE" and near(found[name], 53.9, -9.3)


def test_a_town_is_called_by_the_first_part_of_its_name(stage, nlp):
    found = gold(stage, nlp, "Doctors in Newcastle said the British trial had worked.", ["Newcastle"])
    assert found["Newcastle"].name == "Newcastle upon Tyne"


def test_the_country_of_a_town_introduced_by_its_adjective(stage, nlp):
    text = "Moscow denied poisoning the former spy in the southern English city of Salisbury, the Kremlin said."
    found = places(stage, nlp, text)
    assert found["Salisbury"].country_code == "GB" and near(found["Salisbury"], 51.07, -1.8)


def test_an_unknown_name_takes_the_town_its_paragraph_is_about(stage, nlp):
    text = ("Chefs in Fresno, Calif., and Clovis, Calif., shared turkey recipes on Wednesday. Fresno cooks said the "
            "class was full.\n\nA new museum opened in Miami Beach on Friday. The Museum of Sprinkles sits on the "
            "beach in Miami Beach, owners said.\n\nFresno farmers sold out of pies.")
    i = text.index("Museum of Sprinkles")
    res = stage.resolve_doc(nlp(text), forced=[(i, i + len("Museum of Sprinkles"))])
    museum = next(r for r in res if r.mention.source == "gold")
    assert museum.via == "focus" and near(museum.entry, 25.79, -80.13, km=30)


def test_a_namesake_written_with_another_state_keeps_its_own(stage, nlp):
    res = stage.resolve_doc(nlp("The barn outside Paris, Ky., burned on Sunday. Crews from Paris, Texas, helped on Monday."))
    paris = [r.entry for r in res if r.mention.text == "Paris"]
    assert [p.admin1 for p in paris] == ["Kentucky", "Texas"]


def test_a_plural_division_word_names_every_place_of_its_list(stage, nlp):
    found = gold(stage, nlp, "Seat belt use rose in Douglas and Wyandotte counties, Kansas officials said.",
                 ["Douglas", "Wyandotte", "Kansas"])
    assert found["Douglas"].kind == "county" and found["Douglas"].admin1 == "Kansas"
    assert found["Wyandotte"].name == "Wyandotte County" and near(found["Wyandotte"], 39.1, -94.75, km=40)
