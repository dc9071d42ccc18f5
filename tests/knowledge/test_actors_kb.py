"""The actor KB files (actors.v1.yml, agents.v1.yml, peoples.v1.yml) and the Phoenix/PETRARCH importer."""

import json
from datetime import date

import pytest

from newsgraph.knowledge import read_data
from newsgraph.knowledge.actors import (
    SECTORS, cameo_country, import_phoenix, load_actors, load_agents, load_peoples, packaged_actors, parse_phoenix_actors,
    parse_phoenix_agents, phoenix_date, role_on, split_code, user_kb_path,
)
from newsgraph.knowledge.countries import by_iso3, lookup

TYPES = {"armed_group", "military", "police", "government", "intelligence", "party", "movement", "igo", "ngo",
         "judiciary", "legislature", "media", "person", "country"}


@pytest.fixture(scope="module")
def entries():
    return packaged_actors()


def test_ids_are_unique(entries):
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))


def test_several_hundred_actors(entries):
    named = [e for e in entries if not e.get("metonym")]
    assert len(named) >= 300
    assert sum(e["type"] == "armed_group" for e in named) >= 150
    assert sum(e["type"] == "person" for e in named) >= 100


def test_countries_sectors_and_types_are_valid(entries):
    for e in entries:
        assert e["type"] in TYPES, e["id"]
        assert e["country"] is None or by_iso3(e["country"]) is not None, e["id"]
        assert e["sector"] is None or e["sector"] in SECTORS, e["id"]
        for role in e["roles"]:
            assert role.get("sector") in SECTORS, e["id"]
            assert role.get("country") is None or by_iso3(role["country"]) is not None, e["id"]


def test_role_dates_are_ordered_and_do_not_overlap(entries):
    for e in entries:
        spans = []
        for role in e["roles"]:
            assert role["start"] or role["end"], e["id"]
            if role["start"] and role["end"]:
                assert role["start"] < role["end"], e["id"]
            spans.append((role["start"] or date.min, role["end"] or date.max))
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end <= start, e["id"]


def test_aliases_are_clean_strings(entries):
    for e in entries:
        assert isinstance(e["name"], str) and e["name"].strip() == e["name"] and e["name"]
        for alias in e["aliases"]:
            assert isinstance(alias, str) and alias.strip() == alias and alias, e["id"]


def test_references_point_at_entries(entries):
    ids = {e["id"] for e in entries}
    for e in entries:
        for key in ("same_as", "leads"):
            if e.get(key):
                assert e[key] in ids, (e["id"], key)


def test_wikidata_ids_look_right(entries):
    for e in entries:
        if e.get("wikidata"):
            assert e["wikidata"].startswith("Q") and e["wikidata"][1:].isdigit(), e["id"]


def test_metonyms_stand_for_a_government(entries):
    metonyms = [e for e in entries if e.get("metonym")]
    assert len(metonyms) >= 100
    kremlin = next(e for e in metonyms if "Kremlin" in e["aliases"])
    assert (kremlin["country"], kremlin["sector"]) == ("RUS", "GOV")


def test_agents_are_valid():
    agents = load_agents(user=False)
    assert len(agents) >= 500
    kinds = {"group", "person", "title", "weak"}
    for a in agents:
        assert a["sector"] in SECTORS and a["kind"] in kinds and a["phrase"].strip() == a["phrase"], a
    covered = {a["sector"] for a in agents}
    assert {"ELI", "REF", "LAB", "EDU", "HLH", "AGR", "SPY", "UAF", "CRM", "MED", "REL", "BUS"} <= covered


def test_agent_phrases_are_not_in_two_sectors():
    seen = {}
    for a in load_agents(user=False):
        if a["kind"] == "title":
            continue
        key = a["phrase"].lower()
        assert seen.setdefault(key, a["sector"]) == a["sector"], key


def test_agents_file_has_a_version():
    assert read_data("agents.v1.yml")["version"] == 1 and read_data("actors.v1.yml")["version"] == 1


def test_agent_phrases_span_one_line_each():
    phrases = {a["phrase"] for a in load_agents(user=False)}
    assert "secretary of state" in phrases and "secretary of foreign secretary" not in phrases  # a line break inside a phrase
    assert {"residential areas", "civilian targets"} <= phrases


def test_international_officials_have_no_country_while_in_office(entries):
    for e in entries:
        for role in e["roles"]:
            if role.get("type") in ("igo", "ngo"):
                assert role.get("country", "missing") is None, e["id"]
    annan = next(e for e in entries if e["id"] == "person:kofi-annan")
    assert any(r.get("type") == "igo" for r in annan["roles"])


def test_leaders_of_the_1990s_hold_office_on_their_dates(entries):
    by_id = {e["id"]: e for e in entries}
    assert role_on(by_id["person:andrei-kozyrev"], date(1994, 5, 1))["sector"] == "GOV"
    assert role_on(by_id["person:andrei-kozyrev"], date(2000, 1, 1))["sector"] == "ELI"
    assert role_on(by_id["person:eduard-shevardnadze"], date(1988, 1, 1))["country"] == "RUS"
    assert role_on(by_id["person:eduard-shevardnadze"], date(1995, 1, 1))["country"] == "GEO"
    assert role_on(by_id["person:javier-solana"], date(1997, 1, 1))["type"] == "igo"
    assert sum(e["type"] == "person" for e in entries) >= 300


def test_regions_stand_for_their_country(entries):
    region = {alias: e["country"] for e in entries if e["type"] == "country" for alias in e["aliases"]}
    assert region["Sindh"] == "PAK" and region["Cabinda"] == "AGO" and region["Republika Srpska"] == "BIH"
    for alias, iso3 in region.items():
        assert lookup(alias) is None or lookup(alias).iso3 == iso3, alias  # no region is another country's name


def test_new_international_organizations(entries):
    igos = {alias for e in entries if e["type"] == "igo" for alias in (e["name"], *e["aliases"])}
    assert {"Western European Union", "Contact Group", "UNSCOM", "Non-Aligned Movement", "SFOR"} <= igos


def test_former_states_stand_for_their_successors(entries):
    former = {alias: e["country"] for e in entries if e["id"].startswith("former:") for alias in (e["name"], *e["aliases"])}
    assert former["Soviet Union"] == "RUS" and former["Soviet"] == "RUS" and former["Yugoslav"] == "SRB"
    assert former["East German"] == "DEU" and former["Czechoslovakia"] == "CZE" and former["Zairean"] == "COD"
    for e in entries:
        if e["id"].startswith("former:"):
            assert e["type"] == "country" and by_iso3(e["country"]) is not None and not by_iso3(e["country"]).historical, e["id"]


def test_national_legislatures_by_their_own_names(entries):
    legislatures = {alias: e["country"] for e in entries if e["type"] == "legislature" for alias in (e["name"], *e["aliases"])}
    assert legislatures["Sejm"] == "POL" and legislatures["Storting"] == "NOR" and legislatures["Lok Sabha"] == "IND"
    assert legislatures["Supreme Soviet"] == "RUS" and legislatures["Grand National Assembly"] == "TUR"


def test_wire_news_groups_of_the_1980s_and_1990s(entries):
    by_id = {e["id"]: e for e in entries}
    assert role_on(by_id["fmln"], date(1989, 11, 11))["sector"] == "REB"
    assert role_on(by_id["fmln"], date(1994, 3, 20))["sector"] == "OPP"
    assert role_on(by_id["afrc"], date(1997, 8, 1))["sector"] == "GOV"
    assert (by_id["mil:YUG"]["country"], by_id["mil:YUG"]["sector"]) == ("SRB", "MIL")
    assert by_id["solidarity-poland"]["sector"] == "LAB" and by_id["stasi"]["sector"] == "SPY"


def test_more_leaders_hold_office_on_their_dates(entries):
    by_id = {e["id"]: e for e in entries}
    assert role_on(by_id["person:silvio-berlusconi"], date(1994, 9, 1))["sector"] == "GOV"
    assert role_on(by_id["person:silvio-berlusconi"], date(1998, 1, 1))["sector"] == "ELI"
    assert role_on(by_id["person:lech-walesa"], date(1985, 1, 1))["sector"] == "LAB"
    assert role_on(by_id["person:lech-walesa"], date(1993, 1, 1))["sector"] == "GOV"
    assert role_on(by_id["person:chedli-klibi"], date(1985, 1, 1))["type"] == "igo"
    assert role_on(by_id["person:pope-john-paul-ii"], date(1995, 1, 1))["country"] == "VAT"
    assert role_on(by_id["person:mir-hossein-mousavi"], date(2010, 1, 1))["sector"] == "OPP"


def test_agents_follow_cameo_first_codes():
    sector = {a["phrase"]: a["sector"] for a in load_agents(user=False) if a["kind"] != "title"}
    # a ministry or official of health is the government's (CAMEO GOVHLH); a ruling party governs (GOV)
    assert sector["health ministry"] == sector["health officials"] == sector["ruling party"] == "GOV"
    assert sector["detainee"] == "OPP" and sector["cargo ship"] == "BUS" and sector["fishing boat"] == "AGR"
    assert sector["border patrol"] == "COP" and sector["prosecutor general"] == "JUD" and sector["lower house"] == "LEG"
    assert sector["boat people"] == "REF" and sector["intelligence operative"] == "SPY" and sector["first lady"] == "ELI"


# -- peoples (peoples.v1.yml) ---------------------------------------------------------------------

def test_peoples_file_is_well_formed():
    assert read_data("peoples.v1.yml")["version"] == 1
    peoples = load_peoples()
    assert len(peoples) >= 60
    names = [p["name"] for p in peoples]
    assert len(names) == len(set(names))
    for p in peoples:
        assert p["country"] is None or by_iso3(p["country"]) is not None, p["name"]
        for form in p["forms"]:
            assert form.strip() == form and form[:1].isupper(), p["name"]
            assert lookup(form) is None, form  # a country's own name or demonym is countries.v1.yml's


def test_peoples_homes():
    home = {p["name"]: p["country"] for p in load_peoples()}
    assert home["Chechen"] == "RUS" and home["Tibetan"] == "CHN" and home["Rohingya"] == "MMR"
    assert home["Kurdish"] is None and home["Hutu"] is None and home["Shiite"] is None  # the sentence decides
    forms = {f for p in load_peoples() for f in p["forms"]}
    assert {"Chechens", "Hutus", "Rohingya"} <= forms and "Rohingyas" not in forms


def test_religious_communities_and_more_peoples():
    home = {p["name"]: p["country"] for p in load_peoples()}
    assert home["Jewish"] == "ISR" and home["Nuba"] == "SDN" and home["Moro"] == "PHL"
    assert home["Muslim"] is None and home["Christian"] is None and home["Hindu"] is None  # the sentence decides


def test_older_national_adjectives_and_regional_adjectives():
    home = {p["name"]: p["country"] for p in load_peoples()}
    assert home["Byelorussian"] == "BLR" and home["Moldavian"] == "MDA" and home["Dahomeyan"] == "BEN"
    assert home["Northern Irish"] == "GBR" and home["English"] == "GBR"
    assert home["Central American"] is None and home["Latin American"] is None  # no country of their own
    assert home["Islamic"] is None


def test_homes_named_last_are_countries():
    from newsgraph.knowledge.actors import load_homes_named_last

    homes = load_homes_named_last()
    assert homes and all(by_iso3(code) is not None for code in homes)


def test_armed_groups_and_parties_of_the_1980s_and_1990s():
    by_alias = {a: e for e in packaged_actors() for a in [e["name"], *e["aliases"]]}
    assert by_alias["Mujahedin Khalq"]["country"] == "IRN" and by_alias["Dev Sol"]["country"] == "TUR"
    assert by_alias["Phalange"]["country"] == "LBN" and by_alias["HVO"]["country"] == "BIH"
    assert by_alias["FUNCINPEC"]["country"] == "KHM" and by_alias["MQM"]["country"] == "PAK"
    assert by_alias["Contadora group"]["type"] == "igo" and by_alias["Inter-Parliamentary Union"]["type"] == "igo"


# -- roles by date ------------------------------------------------------------------------------

def test_role_on():
    entry = {"country": "USA", "sector": "ELI", "type": "person",
             "roles": [{"sector": "GOV", "start": date(2009, 1, 20), "end": date(2017, 1, 20)}]}
    assert role_on(entry, date(2010, 1, 1))["sector"] == "GOV"
    assert role_on(entry, date(2017, 1, 20))["sector"] == "ELI"  # the end is exclusive
    assert role_on(entry, date(2005, 1, 1))["sector"] == "ELI"
    assert role_on(entry, None)["sector"] == "ELI"


# -- Phoenix / PETRARCH import ------------------------------------------------------------------

# Written for this test in the Phoenix dictionary format (not taken from the Phoenix files).
ACTORS_SAMPLE = """\
# a comment line
KWAME_MENSAH_  # a made-up head of state
+PRESIDENT_MENSAH_
+K._MENSAH
\t[GHAELI 600101-090107]
\t[GHAGOV 090107-170107]
\t[GHAELI]
NEW_DAWN_BRIGADE_ [MLIREB] # made-up armed group
+DAWN_BRIGADE_

ANA_SILVA_
\t[BRAGOV >190101]
OLD_COUNCIL_ [IGOUNO <991231]
"""

AGENTS_SAMPLE = """\
!PERSON! = MAN, MEN, WOMAN, PERSON
WATER!PERSON! [~AGR]
HARBOUR_PILOT [~BUS]
RIOT_SQUAD {RIOT_SQUADS} [~COP]
BLUE_HELMET [IGO~]
NOT_A_SECTOR [~ZZZ]
"""


def test_phoenix_dates():
    assert phoenix_date("090107") == date(2009, 1, 7)
    assert phoenix_date("600101") == date(1960, 1, 1)
    assert phoenix_date("20190101") == date(2019, 1, 1)
    assert phoenix_date("2004017") is None


def test_split_code():
    assert split_code("GHAGOV") == ("GHA", "GOV", None)
    assert split_code("IGOUNOREF") == (None, "UNO", "IGO")
    assert split_code("ELI") == (None, "ELI", None)
    assert cameo_country("JAP") == "JPN"


def test_parse_phoenix_actors():
    entries = {e["name"]: e for e in parse_phoenix_actors(ACTORS_SAMPLE)}
    mensah = entries["Kwame Mensah"]
    assert mensah["type"] == "person" and mensah["country"] == "GHA" and mensah["sector"] == "ELI"
    assert {"President Mensah", "K. Mensah"} <= set(mensah["aliases"])
    assert {"sector": "GOV", "country": "GHA", "start": "2009-01-07", "end": "2017-01-07"} in mensah["roles"]
    brigade = entries["New Dawn Brigade"]
    assert (brigade["country"], brigade["sector"], brigade["roles"]) == ("MLI", "REB", [])
    assert "Dawn Brigade" in brigade["aliases"]
    silva = entries["Ana Silva"]
    assert silva["roles"] == [{"country": "BRA", "sector": "GOV", "start": "2019-01-01", "end": None}]
    council = entries["Old Council"]
    assert council["roles"][0]["end"] == "1999-12-31" and council["roles"][0]["type"] == "igo"


def test_parse_phoenix_agents():
    agents = parse_phoenix_agents(AGENTS_SAMPLE)
    phrases = {a["phrase"]: a["sector"] for a in agents}
    assert phrases["waterman"] == phrases["waterwoman"] == "AGR"
    assert phrases["harbour pilot"] == "BUS" and phrases["riot squad"] == "COP" and phrases["blue helmet"] == "IGO"
    assert "not a sector" not in phrases
    assert next(a for a in agents if a["phrase"] == "riot squad")["plural"] == "riot squads"


def test_import_into_the_user_kb_and_load_it_on_top(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_DATA_DIR", str(tmp_path / "data"))
    src = tmp_path / "dicts"
    src.mkdir()
    (src / "Sample.actors.txt").write_text(ACTORS_SAMPLE)
    (src / "Sample.agents.txt").write_text(AGENTS_SAMPLE)
    counts = import_phoenix(src)
    assert counts["actors"] == 4 and counts["agents"] >= 5
    path = user_kb_path()
    assert path == tmp_path / "data" / "actors.user.json" and json.loads(path.read_text())["actors"]
    merged = {e["id"]: e for e in load_actors()}
    mensah = merged["phoenix:kwame-mensah"]
    assert role_on(mensah, date(2010, 1, 1))["sector"] == "GOV" and role_on(mensah, date(2018, 1, 1))["sector"] == "ELI"
    assert "houthis" in merged  # the packaged KB is still there
    assert any(a["phrase"] == "harbour pilot" for a in load_agents())
    assert not any(e["id"].startswith("phoenix:") for e in load_actors(user=False))


def test_import_refuses_a_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        import_phoenix(tmp_path / "nope", tmp_path / "out.json")
