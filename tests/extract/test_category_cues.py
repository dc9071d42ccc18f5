"""The category stage's cue groups (``case_cues.v1.yml``): each fires on a sentence where its sibling
label is right and stays quiet on a sentence about the sibling it must be told apart from."""

import re

import pytest

from newsgraph.extract.category.features import fired_groups, groups, label_cues
from newsgraph.extract.category.train import LABELS
from newsgraph.knowledge import read_data

# group: (a sentence it fires on, a sibling's sentence it does not fire on)
CASES = {
    # protests
    "protest_words": ("Nurses marched to the health ministry in Accra to demand back pay.",
                      "Gunmen attacked a bus on the road to Kano."),
    "peaceful": ("Hundreds of students held a peaceful sit-in outside the rector's office in Belgrade.",
                 "Rioters threw stones at the police in Belgrade."),
    "police_dispersal": ("Police fired tear gas to disperse hundreds of teachers marching in Nairobi.",
                         "Police fired tear gas at a football crowd after the match in Nairobi."),
    "protesters_violent": ("Protesters threw stones at police and set fire to a bus in Conakry.",
                           "Riot police watched as protesters sang outside parliament in Conakry."),
    "deadly_force_on_protest": ("Soldiers opened fire on protesters in Mandalay, killing three.",
                                "Police fired rubber bullets at protesters in Mandalay, injuring three."),
    "violent_and_dispersed": ("Police fired tear gas after protesters threw stones and burned tyres in Harare.",
                              "Police fired tear gas to disperse a peaceful march in Harare."),
    # battles and one-sided violence
    "two_armed_sides": ("Troops and rebels exchanged fire for hours near Goma.",
                        "Gunmen shot dead a teacher near Goma."),
    "civilians_targeted": ("Gunmen opened fire on worshippers at a church in Owo.",
                           "The army and the militia exchanged fire near Owo."),
    "crowd_violence": ("An angry crowd beat a suspected thief to death in Kisumu.",
                       "Soldiers fought with rebels near Kisumu."),
    # explosions
    "from_the_air": ("Warplanes bombed rebel positions outside Idlib.",
                     "Rebels fired mortars at an army post outside Idlib."),
    "from_a_distance": ("Artillery shells hit a market in Donetsk.",
                        "A roadside bomb hit an army truck near Donetsk."),
    "planted": ("A roadside bomb exploded under a police vehicle in Kandahar.",
                "An attacker threw a grenade at a police post in Kandahar."),
    "thrown": ("An attacker threw a grenade at a police post in Srinagar.",
               "A suicide bomber blew himself up at a checkpoint in Srinagar."),
    "suicide": ("A suicide bomber blew himself up at a checkpoint in Mogadishu.",
                "A car bomb went off near a checkpoint in Mogadishu."),
    # territory
    "state_forces": ("Government troops entered the town after a week of fighting.",
                     "Rebels entered the town after a week of fighting."),
    "armed_groups": ("Jihadist fighters entered the town after a week of fighting.",
                     "Government troops entered the town after a week of fighting."),
    "ground_regained": ("The army recaptured the town of Kidal from the rebels.",
                        "The rebels seized control of the town of Kidal."),
    "ground_taken": ("Rebels seized control of the border town of Bunagana.",
                     "Rebels attacked an army post near Bunagana."),
    "state_regains_ground": ("Government forces captured the village from the insurgents.",
                             "Insurgents captured the village after a night of fighting."),
    "armed_group_takes_ground": ("The Taliban captured the district centre after a brief battle.",
                                 "The army shelled the district centre after a brief battle."),
    "handed_over": ("Government troops withdrew from the town without a fight.",
                    "Government troops recaptured the town after a fierce fight."),
    # custody
    "state_custody": ("Police arrested an opposition leader at his home in Kampala.",
                      "Gunmen kidnapped an opposition leader at his home in Kampala."),
    "taken_and_hidden": ("Gunmen kidnapped an aid worker in Gao and took him to an unknown location.",
                         "Police arrested an aid worker in Gao."),
}


def test_every_group_has_a_case():
    assert set(CASES) == {g.name for g in groups()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_group_fires_on_its_sentence_and_not_on_the_sibling(name):
    fires, quiet = CASES[name]
    assert name in fired_groups(fires), fires
    assert name not in fired_groups(quiet), quiet


def test_groups_point_to_labels_and_need_known_groups():
    names = {g.name for g in groups()}
    for g in groups():
        assert g.points_to in LABELS, g.name
        assert set(g.needs) <= names, g.name


def test_every_cue_compiles_and_is_a_string():
    data = read_data("case_cues.v1.yml")
    assert set(data["labels"]) <= set(LABELS)
    for words in [*data["labels"].values(), *(g["any"] for g in data["groups"].values())]:
        for w in words or []:
            assert isinstance(w, str), w  # an unquoted yes / no would be a boolean
            re.compile(r"\b(?:" + w + ")", re.IGNORECASE)
    assert len(label_cues()) == len(data["labels"])


def test_riot_police_is_not_a_riot():
    (_, violent), = [(label, p) for label, p in label_cues() if label == "VIOL_DEMONSTR"]
    assert violent.search("Rioters set cars alight in the suburbs.")
    assert not violent.search("Riot police lined the avenue as the marchers sang.")


def test_an_air_strike_is_not_a_labour_strike():
    (_, peaceful), = [(label, p) for label, p in label_cues() if label == "PEACE_PROTEST"]
    assert peaceful.search("Dock workers went on strike in Mombasa.")
    assert not peaceful.search("An air strike hit a convoy near Mombasa.")


def test_a_rocket_propelled_grenade_is_shelling_not_a_grenade():
    cues = dict(label_cues())
    rpg = "Militants fired a rocket-propelled grenade at a checkpoint in Nangarhar."
    assert cues["ART_MISS_ATTACK"].search(rpg) and not cues["GRENADE"].search(rpg)
    assert "thrown" not in fired_groups(rpg) and "from_a_distance" in fired_groups(rpg)
    assert "thrown" in fired_groups("An attacker threw a hand grenade into the bar in Cotabato.")


def test_an_epidemic_is_a_natural_disaster():
    cues = dict(label_cues())
    assert cues["NATURAL_DISASTER"].search("A cholera outbreak has killed 40 people in Kasai.")
