"""The gazetteer: regions.v1.yml, the index built from the packaged data, and importing a GeoNames dump."""

import zipfile

import pytest

from newsgraph.knowledge import read_data
from newsgraph.knowledge.gazetteer import Gazetteer, cache_dir, import_geonames, key, strip_article

from . import small_gazetteer_dir


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer(small_gazetteer_dir())


def test_regions_file_is_well_formed():
    data = read_data("regions.v1.yml")
    names = set()
    for r in data["regions"]:
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["name"]
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
    ("Henry County", "Henry County", "county"),
])
def test_names_find_their_places(gaz, name, expected, kind):
    assert any(e.name == expected and e.kind == kind for e in gaz.lookup(name)), [e.name for e in gaz.lookup(name)]


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
