"""Place mentions in a text, resolved against the gazetteer, and the place where an incident happened.

``find_places(text)`` finds every gazetteer name (``gazetteer.find_names``), drops false hits
(lower-case words, common English words, parts of person names), and picks one gazetteer row per
mention by scoring the candidates on:

- the kind cue next to the name: "X District" -> admin2, "X State/province" -> admin1,
  "X village/town/block/tehsil/Police Station" -> town or area;
- the other places of the text: a candidate whose admin1 (or, for a town, whose admin2) is also
  named wins ("Bijapur District of Chhattisgarh" -> the Chhattisgarh one);
- the country: the hint, or else the majority country of the unambiguous mentions;
- a weak prior for the region the gazetteer covers best (more rows under the same admin1).

Names the gazetteer lacks but the text marks as places ("Dumasil village", "Garwah District") are
kept too: a district name is fuzzily matched (rapidfuzz) to the gazetteer's districts of the
country, a village stays unresolved (``place_id`` None) and takes its admin1/admin2 from the text.

``incident_location(text, places)`` picks the most specific place of the incident's sentence and
returns it with ACLED geo-precision (1 the town, 2 near a town / a district, 3 a province or larger).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from .actors import COUNTRY_WORDS, MOTION_BEFORE, NICKNAME_CUES, POLICE_RANKS, lookup_alias
from .gazetteer import KIND_RANK, Gazetteer, Place, load, spelling_key
from .model import PlaceMention, Span

# Words that are also gazetteer names but, in running text, are almost always something else.
COMMON_WORDS = frozenset(
    """
    a an the and or of in on at to by for from with as is was were be been are police station
    district state village town city area block camp road market bazar bazaar post office union
    central north south east west northern southern eastern western hills hill jungle forest border
    river nagar colony sector island islands valley lake bridge gate school college hospital court
    jail prison temple mosque church new old upper lower middle main high low big small gram
    government minister chief leader party army force forces security jawan jawans commander
    member members cadre cadres people person persons man men woman women boy girl children
    national india indian maoist maoists naxal naxalite naxalites communist red star sun moon
    day night morning evening week month year monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    more most some many much other another one two three four five six seven eight nine ten
    said says told reports report according sources source official officials incident attack
    mine mines bank banks office offices house home line lines office centre center point top
    tiger lion rose star hope unity victory liberty justice peace deal premier golden silver
    mandal tehsil taluka panchayat ward zone range circle division headquarters hq
    sp dsp si asi crpf bsf cobra sog stf dvf grp rpf itbp ssb cisf iaf
    """.split()
)

# Titles and words that put a following capitalised name in a person's name.
PERSON_CUES = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Shri|Sri|Smt|Sheikh|Maulana|Mullah|Mulla|Haji|Syed|Sardar|Chaudhry|Mian|"
    r"alias|identified as|named|son of|daughter of|wife of|husband of|leader|commander|Commander)\.?\s+)$"
)
NAME_WORDS = frozenset(
    "khan singh kumar ali ahmed ahmad muhammad mohammad hussain shah baba yadav rao reddy das mishra "
    "munda oraon mahato sahu prasad ram lal devi bibi begum".split()
)

ADMIN2_CUE = r"(?:Police District|District|district|Districts|districts|Dist\.?|Agency|agency|Division|division)"
ADMIN1_CUE = r"(?:State|state|Province|province|Pradesh Police)"
LOCAL_CUE = (
    r"(?:village|villages|Village|Villages|town|Town|city|City|area|areas|Area|block|Block|tehsil|Tehsil|"
    r"mandal|Mandal|taluka|Taluka|Police Station|police station|Police station|PS|P\.S\.|Thana|thana|"
    r"forest|forests|Forest|Forests|jungle|jungles|hills|Hills|locality|neighbourhood|bazaar|Bazaar|"
    r"market|Market|panchayat|Panchayat|subdivision|sub-division|Sub-Division|tehsil|outpost|"
    r"camp|Camp|road|Road|bridge|Bridge|Tola|tola|tolla)"
)
_AFTER_ADMIN2 = re.compile(r"^\s*" + ADMIN2_CUE + r"\b")
_AFTER_ADMIN1 = re.compile(r"^\s*" + ADMIN1_CUE + r"\b")
_AFTER_LOCAL = re.compile(r"^\s*" + LOCAL_CUE + r"\b")
_BEFORE_ADMIN2 = re.compile(r"\b(?:the|The) (?:district|District|Agency|agency) of\s+$")
_BEFORE_ADMIN1 = re.compile(r"\b(?:the|The) (?:state|State|province|Province) of\s+$")
_BEFORE_LOCAL = re.compile(r"\b(?:village|town|city|area|block|tehsil|mandal) of\s+$")

_CAP_WORD = r"(?:(?:[A-Z]\.)+[A-Z]?|[A-Z][A-Za-z'’]*(?:-[A-Z]?[A-Za-z]+)*)"  # initials too: "R.A Bazaar"
# Up to three capitalised words, or a number/letter after the first ("Sector 8 L"), joined by the
# Urdu/Persian izafat "e" ("Bagh e Hilara", "Sharah e Iqbal").
_CAP_PHRASE = rf"{_CAP_WORD}(?:\s+(?:e\s+)?{_CAP_WORD}|\s+\d+[A-Z]?(?:\s+[A-Z]\b)?){{0,2}}"
# Capitalised cue words that are part of a local place's name: "Faisal Town", "Pak Colony", "Kandahari Bazaar".
NAME_CUES = ("Road", "Bazaar", "Bazar", "Market", "Colony", "Town", "Chowk", "Chowrangi", "Ground", "Street", "Square",
             "Crossing", "Intersection", "Bridge", "Bypass", "Highway", "Goth", "Mohalla", "Mohallah", "Stadium", "Sector",
             "Adda", "Chungi", "Mandi", "Railway Station", "Bus Stand", "Bus Terminal", "Toll Plaza", "Interchange", "Flyover", "Press Club",
             # Pashto's word for a village ends many a village's name: "Sher Ali Kalay", "Spalga Kalay"
             "Kalay", "Kallay", "Kalle", "Kaley")
# ... and lower-case ones that still belong to the name: "Quivery road", "Satellite town", "Chaman rail crossing"
# (but "Kamar Sar bazaar" is Kamar Sar)
LOWER_NAME_CUES = ("road", "colony", "chowk", "town", "adda", "chungi", "intersection", "rail crossing",
                   "railway crossing")  # not a bare "crossing": "the Torkham crossing" is Torkham
# facilities named after the town they serve: "Quetta Railway Station" is in Quetta's district
_FACILITY_CUES = {"railway station", "bus stand", "bus terminal", "toll plaza", "interchange", "flyover", "press club"}
# "Garwah District", "Dumasil village", "Narayanpatna block", "Jhargram Police Station", "Kamar Sar bazaar"
_UNKNOWN_PLACE = re.compile(
    rf"\b(?P<name>{_CAP_PHRASE})\s+(?P<cue>District|district|village|villages|Village|block|Block|tehsil|"
    rf"Tehsil|mandal|Mandal|Police Station|police station|Police station|PS|town|forests?|Forests?|area|"
    rf"checkpost|check post|Union Council|union council|"
    rf"bazaar|market|locality|neighbourhood|neighborhood|mohalla|{'|'.join(NAME_CUES + LOWER_NAME_CUES)})\b"
)
# An unlisted name right before a known place that contains it: "near Junglekhel of Kohat", "in Uch and
# other areas of Naseerabad", "in Alikhail and Kago Qamar areas of Orakzai", "at X on the outskirts of Mardan"
_INSIDE_KNOWN = re.compile(
    rf"\b(?P<prep>in|near|at)\s+(?:the\s+)?(?P<name>{_CAP_PHRASE})(?:\s+and\s+(?P<other>{_CAP_PHRASE}))?"
    rf"(?:\s+and\s+(?:other|nearby|adjoining|surrounding)\s+areas|\s+areas)?"
    rf"\s*,?\s+(?:in|of|on the outskirts of|near)\s+(?:the\s+)?(?=[A-Z])")
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "BMP", "FC", "CTD": initials, no place's name
_TITLE_OR_UNIT = re.compile(r"\b(?:Scouts|Rifles|Chairman|Nazim|Naib|Councillor|Member|Secretary|Vice)\b")
_IZAFAT_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+e\s+|-e-)$")
_SHOT_AT = re.compile(r"\b(?:fire[ds]?|firing|shot|shooting|aimed|targeted|hurled|lobbed)\s*$", re.I)
# months, festivals and military operations named like places: "killed in Muharram in Karachi"
_NOT_A_LOCALITY = re.compile(r"(?i:muharram|ramadan|ramazan|ramzan|shawwal|safar|rabi|eid|ashura|ashoora|chehlum|"
                             r"operation|january|february|march|april|may|june|july|august|september|october|"
                             r"november|december)\b")
# Local names that carry their kind in front: "Shahrah-e-Faisal" (a road), "Sector 11 D", "Sector G-9", "Block 4", and the
# villages and quarters of Sindh and Punjab ("Goth Allah Dino Mahar", "Dhok Hassu", "Mohallah Ziarat")
_KIND_IN_FRONT = frozenset("Goth Dhok Mohallah Mohalla Basti".split())
_PREFIXED_PLACE = re.compile(r"\b(?:(?:Sharah|Shahrah|Shahra|Shara)[- ]e[- ][A-Z][\w]+(?:[- ][A-Z][\w]+)?"
                             r"|(?:Goth|Dhok|Mohallah|Mohalla|Basti)(?:\s+[A-Z][a-z]+){1,3}"
                             r"|Sector\s+(?:[A-Z]-?\d+(?:/\d+)?|\d+(?:-?[A-Z]\b)?)(?:\s+[A-Z]\b)?"
                             r"|Block\s+(?:[A-Z]-?\d+|\d+(?:-?[A-Z]\b)?)(?=\s+of\s+(?!the\b)[A-Z]))")  # "Block 4 of Gulistan e Jauhar"
_DIRECTIONS = frozenset("north south east west".split())
_UNIT_WORDS = frozenset("taluka tehsil district block mandal subdivision division agency".split())
_NOT_NAME = frozenset(
    "the a an this that same his her their its our said nearby neighbouring neighboring remote adjoining "
    "adjacent interior local respective concerned tribal naxal maoist maoist-affected naxal-affected "
    "another other every each one two three four five the "
    "senior junior deputy additional assistant acting former special".split()  # "a Senior District Administration official"
)

_SENT_END = re.compile(r"(?<=[.!?])[\"'’”)]?\s+(?=[A-Z\"“(])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation; abbreviations like "Dist." or initials may split wrongly."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        prev = text[max(0, m.start() - 4) : m.start()]
        if re.search(r"(?:\b[A-Z]|\bNo|\bMr|\bDr|\bSt|\bDist|\bvs|\bP\.S)\.$", prev):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


def _cue(text: str, start: int, end: int) -> str | None:
    after, before = text[end : end + 30], text[max(0, start - 20) : start]
    if _AFTER_ADMIN2.match(after) or _BEFORE_ADMIN2.search(before):
        return "admin2"
    if _AFTER_ADMIN1.match(after) or _BEFORE_ADMIN1.search(before):
        return "admin1"
    if _AFTER_LOCAL.match(after) or _BEFORE_LOCAL.search(before):
        return "local"
    return None


# an official's title after a place ("Kupwara Deputy Commissioner"): the place is the office's, even
# when a name recogniser takes "Kupwara Deputy" for a person
# the police and district offices a place name can stand before ("the Ranchi SSP", "Bijapur Superintendent of
# Police", "Gumla SDPO"); the one list behind the title, force and surrender-venue patterns below
POLICE_OFFICES = "|".join(POLICE_RANKS) + "|Superintendent|Collector"
_AFTER_TITLE = re.compile(r"^\s*(?:" + POLICE_OFFICES + r"|Deputy|Commissioner|DC|SHO|"
                          r"Tehsildar|Nazim|Mayor|MLA|MP|MNA|MPA|Chief|Minister|Governor|Police|police)\b")


def _cue_follows(after: str) -> bool:
    """``after`` (the text after a name) starts with a district, province or local place cue."""
    return bool(_AFTER_ADMIN2.match(after) or _AFTER_ADMIN1.match(after) or _AFTER_LOCAL.match(after))


_PARTY_OFFICE_AFTER = re.compile(r"\s+(?:president|vice\s+president|chief|head|leader|secretary|general\s+secretary|"
                                 r"amir|ameer|emir|coordinator|chairman|organi[sz]er|office-bearers?|unit|chapter|commander)\b", re.I)


def _names_a_place(text: str, end: int) -> bool:
    """A place cue or an official's title follows: the name before it is a place ("Guntur Districts")."""
    after = text[end:end + 30]
    return _cue_follows(after) or bool(_AFTER_TITLE.match(after))


# "Jharkhand Party", "Telangana Rashtra Samiti", "Jharkhand Mukti Morcha", "Shiv Sena": the place word
# opens an organisation's name (a state force's name still says where: "Balochistan Police")
_ORG_NAME_AFTER = re.compile(r"^\s+(?:Party|Morcha|Samiti|Sena|Dal|Mukti|Vikas|Rashtra|Janata|Liberation|Tigers)\b")


def _is_org_part(text: str, end: int) -> bool:
    """A gazetteer hit that opens the name of a party or an armed group."""
    return bool(_ORG_NAME_AFTER.match(text[end:end + 20]))


def _is_person_part(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    """A gazetteer hit that is part of a person's name ("Kotta Rajam", "Mr Kalat", "Imran Khan") or the tail of an
    unlisted local name ("Old Sabzi Mandi area")."""
    if PERSON_CUES.search(text[max(0, start - 25) : start]):
        return True
    # followed by a typical surname: "Gaya Singh"
    m = re.match(r"\s+([A-Z][a-z]+)\b", text[end : end + 20])
    if m and m.group(1).lower() in NAME_WORDS:
        return True
    surface = text[start:end]
    if surface.lower() in NAME_WORDS:
        return True
    # a capitalised word glued before it that is not a place itself and not a sentence start
    m = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 20) : start])
    if m:
        ws = start - len(m.group(0))
        before_that = text[max(0, ws - 3) : ws]
        if (
            m.group(1).lower() not in COMMON_WORDS
            and m.group(1) not in ("The", "In", "At", "Near", "From", "Of", "To", "On", "And", "Dakshin", "Uttar",
                                   "Paschim", "Purba", "Purbi", "East", "West", "North", "South", "Greater")
            and not any(a <= ws < b for a, b in covered)
            and not re.search(r"[.!?]\s*$|^\s*$", before_that)
        ):
            # "Kotta Rajam": two capitalised words; keep "Kalinga Nagar" (covered) or "the X". With a place cue
            # after it, the tail of an unlisted local name ("Sabzi Mandi area" is no Mandi District)
            return True
    return False


_DATELINE_AFTER = re.compile(r"\s*[:,(–—-]")
# "members of Wazir tribe", "one of the Baloch separatist groups": a people, not the place of that name
_PEOPLE_AFTER = re.compile(r"\s+(?:tribes?|tribesm[ae]n|clans?|sub-?tribes?|separatists?|nationalists?)\b", re.I)


def _names_no_place(text: str, start: int, end: int, rows: list[Place]) -> bool:
    """A gazetteer name that says something else here: one letter ("Block I"), a short acronym the gazetteer writes
    as a word ("the TAPI project" is no Tapi District; a longer word in capitals or a dateline is the place), or a
    tribe or people ("Wazir tribe")."""
    surface = text[start:end]
    if len(surface) < 2:
        return True
    line_start = not text[:start].strip(" \t") or text[:start].rstrip(" \t").endswith("\n")
    if surface.isupper() and 2 < len(surface) <= 5 and not any(n.isupper() for r in rows for n in r.names) \
            and not line_start and not _DATELINE_AFTER.match(text, end):
        return True  # ... but a dateline in capitals names its town ("QUETTA: Three people were injured")
    if re.search(r"\d[-/]$", text[max(0, start - 2):start]):
        return True  # the letters of a number ("EB" of "Chak 141-EB")
    if _NUMBERED_AFTER.match(text, end) and not any(r.kind in ("country", "admin1", "admin2") for r in rows):
        return True  # "Chak 141-EB village": a numbered village of the canal colonies, not the town Chak
    # (an agency named for its tribe still says where: "Mohmand tribesmen" come from Mohmand)
    return _PEOPLE_AFTER.match(text, end) is not None and not any(r.kind == "admin2" for r in rows)


# a number that goes on a name: "Chak 141-EB", "Chak No. 5", "Chak 23/2-L"
_NUMBERED_AFTER = re.compile(r" (?:No\.? ?\d+|\d+(?:[-/][\w/-]+|[A-Z]{1,3}\b))", re.I)


def _to_mention(place: Place, start: int, end: int, text: str, gaz: Gazetteer | None = None) -> PlaceMention:
    admin2 = place.admin2 if place.kind not in ("country", "admin1") else None
    if place.kind == "admin2":
        admin2 = place.admin2 or place.name
    elif admin2 is None and place.name in CITY_OF_DISTRICT.values():
        admin2 = place.name  # Karachi: the city stands for its districts
    elif admin2 is None and place.kind == "area" and (former := _former_unit(place)):
        admin2 = former  # South Waziristan: the district before its split stands for its successors
    elif admin2 and gaz is not None:
        # a town's district by its current name, when the gazetteer renamed the district
        admin2 = gaz.district_name(place.country, place.admin1, admin2)
    return PlaceMention(
        span=Span(start, end, text[start:end]),
        place_id=place.id,
        name=place.name,
        kind=place.kind,
        country=place.country,
        admin1=place.admin1 if place.kind != "country" else None,
        admin2=admin2,
        lat=place.lat,
        lon=place.lon,
    )


def _with_bare_city_names(text: str, matches: list[tuple[int, int, list[Place]]]) -> list[tuple[int, int, list[Place]]]:
    """"Hyderabad city" matches the gazetteer's "Hyderabad City" (a Sindh tehsil) but is also the city
    "Hyderabad" with the word city after it: the longer match keeps the bare name's places as candidates."""
    by_span = {(s, e): rows for s, e, rows in matches}
    out = []
    for s, e, rows in matches:
        word = re.search(r"\s+(?i:city|town)$", text[s:e])
        bare = by_span.get((s, s + word.start())) if word else None
        out.append((s, e, rows + [r for r in bare if r not in rows] if bare else rows))
    return out


def _longest(matches: list[tuple[int, int, list[Place]]]) -> list[tuple[int, int, list[Place]]]:
    matches = sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, rows in matches:
        if any(s < b and a < e for a, b in taken):
            continue
        taken.append((s, e))
        out.append((s, e, rows))
    return sorted(out, key=lambda m: m[0])


def is_lower_cased(text: str) -> bool:
    """Text whose case was thrown away (some corpora and feeds lower-case everything but a header):
    capitals cannot mark names there, so the gazetteer is matched without them. Edited English has
    a capitalised word in every ten or so; under one in fifty means the case is gone."""
    words = re.findall(r"[^\W\d_]+", text)
    return not words or sum(w[0].isupper() for w in words) < len(words) / 50


def find_places(
    text: str,
    country_hint: str | None = None,
    gazetteer: Gazetteer | None = None,
    region_prior: dict[str, float] | None = None,
    country_prior: str | None = None,
    other_names: list[tuple[int, int]] | None = None,
    country_hints: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """Every place mention in ``text`` with the gazetteer row chosen for it, in text order.

    ``region_prior`` (admin1 name -> share of a collection's incidents, 0..1) breaks ties between
    same-named places when the text itself names no region ("Aurangabad District" alone);
    ``country_prior`` is the country the text's actors belong to: it counts as two single-country
    place names and wins a tie ("Hyderabad" in a report on CPI-ML cadres); a text whose country is
    settled drops bare district or town names of a country with fewer votes that it never names. ``other_names`` are spans naming something else (an armed group, a
    person): a name inside one is no place ("Baloch" in "Baloch Republican Army", "Sarbaz" in
    "Sarbaz Baloch"). ``country_hints`` are countries the text's ambiguous group names could be from
    ("Maoists": India or Nepal): when nothing settles the country, they break a tie ("Hyderabad")."""
    gaz = gazetteer or load()
    lower_text = is_lower_cased(text)
    raw = []
    for s, e, rows in gaz.find_names(text):
        surface = text[s:e]
        if not lower_text and not surface[:1].isupper():
            continue
        if surface.lower() in COMMON_WORDS:
            continue
        raw.append((s, e, rows))
    if country_hint:
        # with a known country, a town or district elsewhere is a false hit (a name, a word)
        raw = [(s, e, [r for r in rows if r.country == country_hint or r.kind in ("country", "admin1")])
               for s, e, rows in raw]
        raw = [(s, e, rows) for s, e, rows in raw if rows]
    raw = [(s, e, rows) for s, e, rows in raw if not _names_no_place(text, s, e, rows)]
    raw = _longest(_with_bare_city_names(text, raw))
    # "Gulshan e Buner": a known name closing an unlisted izafat compound is part of a local name
    raw = [(s, e, rows) for s, e, rows in raw if not _IZAFAT_BEFORE.search(text, max(0, s - 30), s)]
    raw = [(s, e, rows) for s, e, rows in raw
           if not any(a <= s and e <= b for a, b in other_names or ()) or _names_a_place(text, e)]
    covered = [(s, e) for s, e, _ in raw]
    raw = [(s, e, rows) for s, e, rows in raw if not _is_person_part(text, s, e, covered) and not _is_org_part(text, e)]

    cues = {(s, e): _cue(text, s, e) for s, e, _ in raw}

    # country: the hint, else the majority of single-country mentions
    country = country_hint
    if not country:
        # a name votes once however often it is repeated; a province or state named weighs like two
        voted: dict[tuple[str, str], int] = {}
        went: set[tuple[str, str]] = set()
        for s, e, rows in raw:
            countries = {r.country for r in rows if r.kind != "area" or r.admin1}  # a border casts no vote
            if any(r.kind == "country" for r in rows) and MOTION_BEFORE.search(text, max(0, s - 30), s):
                went.add((next(iter(countries)), text[s:e].casefold()))
                continue  # "returned towards Pakistan": where they went, not where it happened
            if len(countries) == 1:
                voted[(countries.pop(), text[s:e].casefold())] = 2 if any(r.kind == "admin1" for r in rows) else 1
        votes = Counter()
        for (voted_country, _), weight in voted.items():
            votes[voted_country] += weight
        if not votes:  # ... unless nothing else says where
            votes.update(c for c, _ in went)
        # the country its actors belong to (``country_prior``) weighs like two places and wins a tie
        if country_prior:
            votes[country_prior] += 2
        top = max(votes.values(), default=0)
        country = country_prior if country_prior and votes[country_prior] == top else (
            votes.most_common(1)[0][0] if votes else None)
        # In a report clearly about one country (two votes ahead), a bare name that only matches a
        # district or town of another country the text never names is a local name the gazetteer
        # lacks ("Banke Bazar" police station in Gaya District, the Maoists' "Sabari area committee").
        abroad = _countries_named(text, raw)
        raw = [(s, e, rows) for s, e, rows in raw
               if cues[(s, e)] == "admin2" or any(r.country in (country, *abroad) or r.kind in ("country", "admin1")
                                                 or votes[country] - votes[r.country] < 2 for r in rows)]

    # context: admin1s and admin2s the text names without doubt (only one candidate of that kind)
    ctx_admin1: Counter = Counter()
    ctx_admin2: Counter = Counter()
    for s, e, rows in raw:
        a1s = {r.admin1 for r in rows if r.kind == "admin1" and (not country or r.country == country)}
        if len(a1s) == 1 and cues[(s, e)] != "admin2":
            ctx_admin1[a1s.pop()] += 1
        a2 = [r for r in rows if r.kind == "admin2" and (not country or r.country == country)]
        if a2 and (cues[(s, e)] in ("admin2", None)):
            for r in a2:
                ctx_admin2[(r.admin1, r.admin2 or r.name)] += 1.0 / len(a2)
                if len(a2) == 1:
                    ctx_admin1[r.admin1] += 0.5

    out: list[PlaceMention] = []
    # names the text has called a district ("Lakki Marwat District"): said again bare, they are the district
    named_districts: set[str] = set()
    for s, e, rows in raw:
        cue = cues[(s, e)]
        surface = text[s:e]

        def score(r: Place) -> float:
            sc = 0.0
            if cue == "admin2":
                sc += 4 if r.kind == "admin2" else (-1 if r.kind in ("town", "admin3") else -4)
            elif cue == "admin1":
                sc += 4 if r.kind == "admin1" else -3
            elif cue == "local":
                sc += 3 if r.kind in ("town", "area", "admin3") else -2
            if country:
                sc += 3 if r.country == country else -3
            elif r.country in country_hints:
                sc += 2
            own = (r.admin1, r.admin2 or r.name) if r.kind == "admin2" else None
            if r.admin1 and r.kind != "admin1":
                sc += 2 * min(ctx_admin1.get(r.admin1, 0), 1.5)
            if r.kind in ("town", "area", "admin3") and r.admin2 and (r.admin1, r.admin2) in ctx_admin2:
                sc += 2
            if r.kind == "admin2" and own in ctx_admin2:
                sc += 0  # itself
            sc += {"admin1": 0.6, "admin2": 0.4, "country": 0.7}.get(r.kind, 0.0)
            w = gaz.admin1_weight.get((r.country, r.admin1 or ""), 1)
            sc += min(w, 1000) / 2000.0
            if region_prior and r.admin1:
                sc += 1.0 * region_prior.get(r.admin1, 0.0) / max(region_prior.values())
            if len({name_key(x.name) for x in rows}) > 1 and name_key(r.name) == name_key(surface):
                sc += 0.5  # spelled as this place's own name, another's only by an alias ("Deogarh"/"Deoghar")
            if cue is None and name_key(surface) in named_districts and not _COMPOUND_AFTER.match(text, e):
                sc += 3 if r.kind == "admin2" else 0  # ... not the first word of a road's name ("Bannu-Miranshah road")
            return sc

        best = max(rows, key=lambda r: (score(r), -len(r.id)))
        if best.kind == "admin2" and (cue == "admin2" or re.search(r"\bdistrict\b", surface, re.I)):
            named_districts.add(name_key(best.name))
        if cue == "admin2" and best.kind == "town":
            best = gaz.district_seated_at(best) or best  # "Daltonganj District": the district it seats
        out.append(_to_mention(best, s, e, text, gaz))

    out.extend(_unknown_places(text, out, gaz, country))
    out = _local_names_opened_by_a_place(text, out)
    out = _said_again(text, out)
    out = [_with_part_named(text, m, gaz) for m in out]
    out.sort(key=lambda m: m.span.start)
    return _namesakes_abroad(text, out)


# a capitalised word after a known name that is no cue, office or other word of a place's ("Tangi Wasta", not "Quetta
# Cantonment", "Bannu Police", "Peshawar Press Club")
_NAME_GOES_ON = re.compile(r" (?!(?:" + POLICE_OFFICES + r"|Cantonment|Cantt|City|Saddar|Sadar|Road|Highway|Bypass|Press|"
                           r"Chowk|Bazaar|Bazar|Market|Division|Region|Range|Agency|Camp|Jail|Airport|Station|University|"
                           r"Hospital|Electric|Development|Gymkhana|Club|Bar|Chamber|Deputy|Commissioner|Police|Levies|Scouts|"
                           r"Rifles|Corps|Brigade|Nazim|Mayor|MNA|MPA|Chief|Minister|Governor|Express|Motorway|Model|"
                           r"Textile|Sugar|Cement|Board|Municipal|Metropolitan|Town|Tehsil|District|Valley|Area|Cadet|College|Naval|"
                           r"Air|Base|Harbour|Harbor|Port|Fish|Gas|Field|Mela|Ground|Fort|Tunnel|Border|Crossing|Gate|Dam|Bridge|"
                           r"Stadium|School|Mosque|Masjid|Park|Colony|Hotel|Court|Prison|Lines|Railway|Bus|Stand|Adda|Mandi|"
                           r"Interchange|Toll|Central|Office|Headquarters|Complex|Plaza|Mall|Hall|Garrison|Coal|Mines?|Oil|Power|"
                           r"Grid|Levies|Bank|Medical|Teaching|Institute|Sports|Public|Government|Degree)\b)[A-Z][a-z]{2,}\b")


def _local_names_opened_by_a_place(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """"snipers fired on the FC camp at Tangi Wasta" in a Zhob report: a name the gazetteer knows in another province
    (Tangi, Charsadda) opening a longer local name is that local name, with no district of its own."""
    provinces = {p.admin1 for p in found if p.kind in ("admin1", "admin2") and p.admin1}
    out = []
    for p in found:
        goes_on = _NAME_GOES_ON.match(text, p.span.end)
        if goes_on and p.kind in ("town", "area", "admin3") and p.admin1 and provinces and p.admin1 not in provinces \
                and not _cue_follows(text[p.span.end:]) and not any(q.span.start == goes_on.start() + 1 for q in found):
            end = goes_on.end()
            p = PlaceMention(Span(p.span.start, end, text[p.span.start:end]), None, text[p.span.start:end], "area", p.country, None, None)
        out.append(p)
    return out


def _namesakes_abroad(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """"Khost area of Harnai District": a town or district of another country that the text sets inside a district
    is a locality of that district (Afghanistan's Khost is no place in Balochistan, and lends no district to the
    places told after it)."""
    out = list(found)
    for i, (p, outer) in enumerate(zip(found, found[1:])):
        if p.place_id and p.kind in ("admin2", "admin3", "town", "area") and outer.kind in ("admin2", "admin3", "town") \
                and outer.admin2 and p.country != outer.country \
                and not _AFTER_ADMIN2.match(text[p.span.end:]) and not _AFTER_ADMIN1.match(text[p.span.end:]) \
                and _INSIDE.fullmatch(text, p.span.end, outer.span.start) \
                and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, p.span.start - 10):p.span.start]):
            # (not "Afghan nationals from Jalalabad in Peshawar": where they came from)
            out[i] = replace(p, place_id=None, kind="area", country=outer.country, admin1=outer.admin1,
                             admin2=outer.admin2, lat=outer.lat, lon=outer.lon)
    return out


_PART_BEFORE = re.compile(r"\b(?:Upper|Lower|Central)\s+$")
# the words before a place that make it where something happened ("in", "at", "near"), not where someone
# comes from ("a Peshawar-based trader", "The victim hailed from Swat")
SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_ANOTHER_STORY = re.compile(r"\b(?:separately|(?:another|separate)\s+(?:[\w-]+\s+){0,2}(?:incident|attack|encounter|operation|raid))\b", re.I)
_COMPOUND_AFTER = re.compile(r"\s*-|\s+(?:road|highway|bypass|city)\b", re.I)


def _with_part_named(text: str, mention: PlaceMention, gaz: Gazetteer) -> PlaceMention:
    """"Lower Kurram", "Upper Orakzai": a part of a district the gazetteer lists only whole is a subdivision
    of it, named as the text names it (districts named so, like "Upper Dir", match whole, and so does "Lower Chitral
    District", which the former "Chitral District" inside it would otherwise outrank)."""
    part = _PART_BEFORE.search(text, max(0, mention.span.start - 8), mention.span.start)
    if part is None or mention.kind not in ("admin2", "area") or not mention.admin2:
        return mention
    name = text[part.start():mention.span.end]
    whole = [r for r in gaz.lookup(re.sub(r"\s+" + ADMIN2_CUE + r"$", "", name), mention.country) if r.kind == "admin2"]
    if whole:
        return _to_mention(whole[0], part.start(), mention.span.end, text, gaz)
    return replace(mention, span=Span(part.start(), mention.span.end, name), place_id=None, name=name, kind="admin3")


_COUNTRY_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, COUNTRY_WORDS), key=len, reverse=True)) + r")\b", re.I)


def _after_nickname_cue(text: str, start: int) -> bool:
    words = text[max(0, start - 10):start].split()
    return bool(words) and words[-1].lower() in NICKNAME_CUES


def _countries_named(text: str, raw: list[tuple[int, int, list[Place]]]) -> set[str]:
    """Countries the text names: by name or demonym ("Afghan"; not a nickname: "Binay alias Nepal"), or
    through one of their provinces."""
    named = {COUNTRY_WORDS[m.group(1).lower()] for m in _COUNTRY_WORD.finditer(text) if not _after_nickname_cue(text, m.start())}
    return named | {r.country for _, _, rows in raw for r in rows if r.kind in ("country", "admin1")}


_NAME_BEFORE = re.compile(r"\b([A-Z][\w'-]*)\s+$")


def _said_again(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` with an unlisted locality the text named with its kind ("at Havaid and Miran Akundkhel areas")
    found again where the text says it bare ("The second blast ripped through an auto shop at Miran Akundkhel"),
    outranking a known name inside it (Afghanistan's "Miran")."""
    out = list(found)
    for place in [p for p in found if p.place_id is None and p.kind in ("area", "town") and len(p.name) >= 4]:
        for m in re.finditer(rf"(?<![\w-]){re.escape(place.name)}(?![\w-])", text):
            before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if m.start() <= place.span.start or (before and before.group(1).lower() not in COMMON_WORDS):
                continue  # "Hafiz Gul Bahadur": the tail of a longer name ("At Gul Bahadur" is the place)
            inside = [o for o in out if m.start() <= o.span.start and o.span.end <= m.end()
                      and (o.span.end - o.span.start) < len(place.name) and o.kind not in ("admin1", "admin2")]
            if any(o.span.start < m.end() and m.start() < o.span.end for o in out if o not in inside):
                continue
            out = [o for o in out if o not in inside] + [replace(place, span=Span(m.start(), m.end(), m.group()))]
    return out


def _unknown_places(text: str, known: list[PlaceMention], gaz: Gazetteer, country: str | None) -> list[PlaceMention]:
    """Names marked as places by a cue word that the gazetteer scan did not produce."""
    out: list[PlaceMention] = []
    admin2_rows = gaz.admin2_rows(country)
    named = [(n, r) for r in admin2_rows for n in r.names]  # aliases too: "West Medinapur" ~ "West Medinipur"
    choices = {i: n for i, (n, _) in enumerate(named)}
    for m in _UNKNOWN_PLACE.finditer(text):
        if re.search(r"\d[-/]$", text[max(0, m.start() - 2):m.start()]):
            continue  # the letters of a number: "Chak 141-EB village"
        name = m.group("name")
        words = name.split()
        # drop leading non-name words ("The Gaya District" -> "Gaya"), not a direction that opens a
        # district's name ("West Medinapur District")
        while words and (words[0].lower() in _NOT_NAME or words[0].lower() in COMMON_WORDS) \
                and not (words[0].lower() in _DIRECTIONS and len(words) > 1 and m.group("cue").lower() == "district") \
                and not (len(words) == 1 and m.group("cue") in ("Bypass", "Highway") and words[0].lower() not in _NOT_NAME) \
                and not (words[0].lower() in ("block", "sector", "phase") and len(words) > 1
                         and re.fullmatch(r"[A-Z0-9][A-Z0-9-]{0,3}", words[1])):
            words.pop(0)  # ... but "Northern Bypass", "Super Highway" are the roads' names, "Block I" a block's
        if len(words) > 1 and (words[0].endswith(("'s", "’s"))
                               or (words[0].endswith("s") and gaz.lookup(words[0][:-1]) and not gaz.lookup(words[0]))):
            words.pop(0)  # "Patna's Bhootnath road", "Pakistans Upper Dir", "Quettas Satellite Town": the possessive names the container
        if len(words) > 1 and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", words[0]) and m.group("cue") not in NAME_CUES:
            words.pop(0)  # "G. Madugula mandal" is the Madugula the gazetteer knows; "R.A Bazaar" keeps them
        if not words:
            continue
        name = " ".join(words)
        start = m.start("name") + m.group("name").rfind(name)
        end = start + len(name)
        # the cue is part of the name ("Faisal Town"), but not after a unit ("Qazi Ahmed Taluka town": the taluka's town)
        if m.group("cue") in NAME_CUES + LOWER_NAME_CUES and words[-1].lower() not in _UNIT_WORDS:
            name, end = f"{name} {m.group('cue')}", m.end("cue")
        if m.group("cue").lower() == "district" and name.endswith(" Police"):
            name, end = name[: -len(" Police")], end - len(" Police")  # "the Daltanganj Police District"
        if m.group("cue").lower() in ("checkpost", "check post", "union council") and (
                lookup_alias(name) or name.casefold() in COUNTRY_WORDS or _TITLE_OR_UNIT.search(name)
                or (m.group("cue").lower() != "union council" and _ACRONYM.fullmatch(name))):
            continue  # "the FC checkpost", "a Pakistani checkpost", "the Chairman Union Council": no place; nor "a BMP
            # check post at Zain Ghar": a force's initials (the actor base need not know them) name whose post it is
        if name.lower() in COMMON_WORDS or re.search(r"CPI|Maoist|Naxal|PLGA|CRPF|BSF|Police|Army|Corps|Levies|Rangers|Force|Khass?adar", name):
            continue  # before it can hide a known name: "the Surajpur Police District"
        if lookup_alias(name) and _PARTY_OFFICE_AFTER.match(text, m.end("cue")):
            continue  # "ANP district president", "the TTP district chief": a group's office, no place
        if m.group("cue").lower() == "town":
            # "Mardan Town", "North Karachi Town": the place the gazetteer knows, named with its word
            same = next((k for k in known if (k.span.start, k.span.end) == (start, m.start("cue") - 1)
                         and k.kind in ("town", "admin2", "admin3", "area")), None)
            if same is not None:
                known.remove(same)
                out.append(replace(same, span=Span(start, end, text[start:end])))
                continue
        if m.group("cue") == "Highway":
            # "Ranchi-Khunti National Highway": a road between the towns it names, which keep saying where
            if not any(k.span.start < end and start < k.span.end for k in out):
                out.append(PlaceMention(Span(start, end, name), None, name, "area", country, None, None))
            continue
        # A longer local name outranks a known name inside it ("Pak Colony", "Bagh e Hilara area"), and lies in
        # the district of a town that opens it ("Quetta Railway Station")
        inside = [k for k in known if start <= k.span.start and k.span.end <= end and (k.span.end - k.span.start) < end - start
                  and k.kind not in ("admin1", "admin2")]
        known[:] = [k for k in known if k not in inside]
        opening = next((k for k in inside if k.span.start == start and k.kind == "town" and k.admin2), None)
        if any(k.span.start < end and start < k.span.end for k in known + out):
            continue
        cue = m.group("cue").lower()
        if cue in ("district",):
            hit = process.extractOne(name, choices, scorer=fuzz.ratio, score_cutoff=84) if choices else None
            r = named[hit[2]][1] if hit else (_same_skeleton(name, admin2_rows) or _seat_spelled_like(name, gaz, country))
            if r is not None:
                out.append(_to_mention(r, start, end, text, gaz))
            else:
                out.append(PlaceMention(Span(start, end, name), None, name, "admin2", country, None, name))
        else:
            kind = "town" if cue in ("village", "villages", "town") else "area"
            served = opening if opening is not None and cue in _FACILITY_CUES else None  # at the town's coordinates
            out.append(PlaceMention(Span(start, end, name), None, name, kind, country, served and served.admin1,
                                    served and served.admin2, served and served.lat, served and served.lon))
    for m in _PREFIXED_PLACE.finditer(text):
        overlapping = [k for k in known if k.span.start < m.end() and m.start() < k.span.end]
        # a village named with its kind in front is the whole name, whatever place its words name ("Basti Kaloi" is
        # no Basti of Uttar Pradesh)
        inside = m.group().split()[0] in _KIND_IN_FRONT and all(m.start() <= k.span.start and k.span.end <= m.end() for k in overlapping)
        if inside:
            for k in overlapping:
                known.remove(k)
        if inside or not any(k.span.start < m.end() and m.start() < k.span.end for k in known + out):
            out.append(PlaceMention(Span(m.start(), m.end(), m.group()), None, m.group(), "area", country, None, None))
    out.extend(_names_inside_known(text, known, out, country))
    return out


def _names_inside_known(text: str, known: list[PlaceMention], found: list[PlaceMention],
                        country: str | None) -> list[PlaceMention]:
    """Unlisted names set inside a known place with no cue word: "near Junglekhel of Kohat", "in Uch and
    other areas of Naseerabad District", "at Ghalla Dher on the outskirts of Mardan"."""
    out: list[PlaceMention] = []
    starts = {k.span.start for k in known + found if k.place_id or k.admin2}  # "Mardan town" too
    for m in _INSIDE_KNOWN.finditer(text):
        names = [(m.start(g), m.end(g)) for g in ("name", "other") if m.group(g)]
        if m.end() not in starts or (m.group("prep") == "at" and _SHOT_AT.search(text, max(0, m.start() - 25), m.start())):
            continue  # "fired at Qasim Khan in Bannu": a person
        for start, end in names:
            name, words = text[start:end], text[start:end].lower().split()
            if any(w in COMMON_WORDS or w in NAME_WORDS or w in _NOT_NAME for w in words) or _NOT_A_LOCALITY.match(name) \
                    or PERSON_CUES.search(text, max(0, start - 25), start):
                continue
            # the longer local name outranks a known town inside it ("Kotli Dher" is not AJK's Kotli)
            known[:] = [k for k in known if not (start <= k.span.start and k.span.end <= end and k.span.end - k.span.start < end - start
                                                 and k.kind in ("town", "area"))]
            if any(k.span.start < end and start < k.span.end for k in known + found + out):
                continue
            out.append(PlaceMention(Span(start, end, name), None, name, "area", country, None, None))
    return out


def _seat_spelled_like(name: str, gaz: Gazetteer, country: str | None) -> Place | None:
    """The district whose headquarters town is spelled nearly like ``name`` ("Daltanganj District")."""
    seats = gaz.seat_towns(country)
    hit = process.extractOne(name, {i: t.name for i, (t, _) in enumerate(seats)}, scorer=fuzz.ratio,
                             score_cutoff=84) if seats else None
    return seats[hit[2]][1] if hit else None


def _same_skeleton(name: str, rows: list[Place]) -> Place | None:
    """The one district whose consonant skeleton is the name's: transliterations that differ by more
    than a fuzzy ratio allows ("Garwah"/"Garhwa", "Mahaboobnagar"/"Mahabubnagar")."""
    key = spelling_key(name)
    found = [r for r in rows if spelling_key(r.name) == key] if len(key) >= 3 else []
    return found[0] if len(found) == 1 else None


OFFICES_YAML = Path(__file__).resolve().parent.parent / "data" / "offices.yaml"


@lru_cache(maxsize=None)
def office_pattern(*lists: str) -> str:
    """A regular-expression alternation of the public offices in ``lists`` of ``data/offices.yaml``, longest first."""
    offices = yaml.safe_load(OFFICES_YAML.read_text(encoding="utf-8"))
    titles = sorted({title for name in lists for title in offices[name]}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, title.split())) for title in titles)


BOUNDARY_CHANGES_TSV = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "boundary_changes.tsv"
CITY_DISTRICTS_TSV = BOUNDARY_CHANGES_TSV.with_name("city_districts.tsv")


def _tsv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated data file with a header line ("#" lines are comments)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")), delimiter="\t"))


def _boundary_changes(level: str) -> dict[tuple[str, ...], tuple[date, str]]:
    """Units carved out of or renamed from older ones (``data/gazetteer/boundary_changes.tsv``):
    (country, unit) for admin1, (country, admin1, unit) for admin2 -> (date it began, unit before)."""
    rows = _tsv_rows(BOUNDARY_CHANGES_TSV)
    return {((r["country"], r["unit"]) if level == "admin1" else (r["country"], r["admin1"], r["unit"])):
            (date.fromisoformat(r["since"]), r["former"]) for r in rows if r["level"] == level}


ADMIN1_HISTORY = _boundary_changes("admin1")
ADMIN2_HISTORY = _boundary_changes("admin2")


SPLIT_UNITS = frozenset((country, admin1, former) for (country, admin1, _unit), (_since, former) in ADMIN2_HISTORY.items())


def _former_unit(place: Place) -> str | None:
    """The name of the district that later split which ``place`` (an area) is, by any of its names
    ("Chitral District (former)" is Chitral)."""
    bare = [re.sub(r"\s+(?:District|\(former(?: district)?\))+$", "", name).strip() for name in place.names]
    return next((name for name in bare if (place.country, place.admin1, name) in SPLIT_UNITS), None)


def former_district(country: str | None, admin1: str, admin2: str, when: date, gazetteer: Gazetteer | None = None) -> str:
    """The district ``admin2`` of ``admin1`` lay in on ``when`` (itself unless it was carved out later)."""
    gaz = gazetteer or load()
    seen = set()
    while admin2 not in seen:
        seen.add(admin2)
        hist = ADMIN2_HISTORY.get((country or "", admin1, gaz.district_name(country, admin1, admin2) or admin2))
        if not hist or when >= hist[0]:
            break
        admin2 = gaz.district_name(country, admin1, hist[1]) or hist[1]
    return admin2


_NEAR = re.compile(r"\b(?:near|outskirts of|close to|km from|kilometres from|kilometers from|km away from|vicinity of|"
                   r"adjoining|bordering|border of|forests? of|jungles? of|forest area of|hills of)\s+(?:the\s+)?$",
                   re.I)
_IN_AT = re.compile(r"\b(?:in|at|near|from|of|under|inside|within|on)\s+(?:the\s+)?$", re.I)
# between a place and the district containing it: "Narayanpur in", "Hasanpur village under", "X industrial area of the"
# "Tirah valley of Khyber", "Darel valley of Diamer district": a valley is a locality only in this phrase
# (not a cue of its own: "Swat valley" is the district)
_OF_THE_CITY_AFTER = re.compile(r"(?:\s+(?:area|village|locality))?\s*,?\s+(?:on\s+the\s+outskirts\s+of|of|in|near)\s+the\s+(?:same\s+)?city\b", re.I)
_INSIDE = re.compile(r"(?:(?:\s+[a-z]+)?\s+(?:" + LOCAL_CUE + r"|valley))?\s*,?\s+(?:in|of|under)\s+(?:the\s+)?", re.I)


# "Malir District", "District Malir": the district itself, not a place of the city named after it
_DISTRICT_NAMED = re.compile(r"(?i:district)")
# a district's police or civil head named with it: "the District Police Officer (DPO) of Jhang", "DPO Jhang", "SSP Larkana"
_DISTRICT_OFFICER = re.compile(r"\b(?:" + office_pattern("district_heads") + r")"
                               r"\s*(?:\([A-Z]+\)\s*)?(?:of\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# "Malir District of Karachi", "District East in Karachi": the city named as the container of its district
_DISTRICT_OF_CITY = re.compile(r"(?:\s+District)?\s*,?\s*(?:of|in)\s+(?:the\s+)?", re.I)
# Cities split into several districts, reported as the city unless the text names the district.
CITY_OF_DISTRICT = {row["district"]: row["city"] for row in _tsv_rows(CITY_DISTRICTS_TSV)}


# "hailing from X", "a native of X", "wanted in (several cases in) X", "who operated in X", "commander of
# the X dalam", "arms sent from X": where a person, a unit or goods belong, not where the incident happened
# (the words between the cue and the place may not hold a preposition of their own: "members of the
# security forces in X" says where they were)
_ORIGIN_BEFORE = re.compile(
    r"\b(?i:(?:natives?|residents?) of (?-i:[A-Z])[\w-]+(?:\s+(?:village|town|area|tehsil|block))?\s+(?:in|of|under)|"
    # ^ "a resident of Jhalda in X"
    r"hail(?:s|ing|ed)? from|c(?:o|a)me from|coming from|natives? of|residents? of|belong(?:s|ing|ed)? to|"
    r"border with|(?:fled|escaped|fleeing|retreated) (?:to|towards|into)|"  # "near the border with X", "fled to X"
    r"(?:taken|rushed|shifted|referred|airlifted|brought)\s+to|"  # "the injured were airlifted to X"
    r"(?:services?|traffic|flights?|supply|supplies)\s+(?:to\s+and\s+from|from\s+and\s+to|to|from|for|between)|"  # "suspending train services to and from X"
    # "Train traffic between Karachi and Rohri remained suspended": both ends of the line
    r"(?:services?|traffic|flights?)\s+between\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+and|"
    r"(?:cadres?|Maoists?|youths?|villagers?|farmers?|activists?|tribals?) of|"  # "a Maoist of Chaibasa"
    r"(?:soldiers?|youths?|jawans?|policemen|constables?|traders?|labourers?|workers?|pilgrims?|elders?|notables?) from|"
    r"(?:all|both|each|most)(?:\s+of\s+them)? from|"  # "five labourers, all from Rahim Yar Khan"
    r"identified as (?:[A-Z][\w.]*\s+){1,4}(?:\(\d+\)\s+)?of|"  # "identified as Roshan Munda of Chaibasa"
    r"wanted (?:in (?:[\w-]+\s+){0,2}cases? )?in|(?:sent|brought|smuggled|transported|procured) from|"
    r"had been (?:kidnapped|abducted|taken away|picked up) (?:for ransom )?(?:from|near|in)|"  # "recovered a teacher who had been kidnapped from X"
    # "lodged a protest with the Afghan embassy in Islamabad": where a mission is, not a scene
    r"(?:embassy|high commission|high commissioner|consulate|foreign office|foreign ministry) in|"
    # "rockets fired at the airport from the direction of Bara", "shells fired from across the LoC": where they came from
    r"(?:fired|launched|lobbed) from|from (?:the )?directions? of|from across|"
    r"operat(?:e|es|ed|ing) in|(?:(?:who|had|has|have)\s+(?:been\s+)?|,\s*|(?:cadres?|Maoists?|members?|leaders?)\s+)work(?:s|ed|ing)? in|active in|in-charge of|commanders? of|secretary of|members? of|DCM of|ACM of|"
    # (and the names listed after the first: "elders from Orakzai, Hangu and Khyber")
    r"SZCM of|DVCM of)\s+(?:(?i:the)\s+)?(?:(?!(?i:in|at|near|on|from|to)\b)[\w'-]+,?\s+){0,3}$")
# "the Howrah-New Delhi main line", "the Ranchi-Jamshedpur National Highway": a route named by its ends
# (joined by a bare hyphen; the route noun in any case)
_ROUTE_NOUN = r"(?i:road|highway|route|line|railway|rail|section|stretch|expressway|express|mail|train)\b"
_ROUTE_AFTER = re.compile(r"^ ?-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+(?:[\w]+\s+)?" + _ROUTE_NOUN)
_ROUTE_BEFORE = re.compile(r"[A-Z][\w.]* ?-$")
_BOUND_FOR = re.compile(r"^[-\s]bound\b", re.I)  # "the Karachi-bound Khushhal Khan Khattak Express": where it was going
_ROUTE_AFTER_END = re.compile(r"^(?:\s+[A-Z][\w.]*)?\s+(?:[\w]+\s+)?" + _ROUTE_NOUN)
# the same with a space for the hyphen, of highways only ("the Quetta Karachi highway"; not "Bannu Township Road")
_HIGHWAY_AFTER = re.compile(r"^ [A-Z][a-z]+\s+(?:national\s+)?(?i:highway|motorway|expressway)\b")
_HIGHWAY_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_HIGHWAY_END = re.compile(r"^\s+(?:national\s+)?(?i:highway|motorway|expressway)\b")


# "the Bastar region", "Bastar Range IGP", "the Dhanbad railway division": an area wider than the district
# the text goes on to name
_BROAD_AFTER = re.compile(r"\s+(?i:region|belt|range|zone|rail(?:way)?\s+division)\b")
# "travelling from Raipur to Jagdalpur": the ends of a journey
_JOURNEY_FROM = re.compile(r"\bfrom\s+$")
_JOURNEY_TO = re.compile(r"\bfrom\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+to\s+$")


# "who were involved in the attack on a convoy at Darbha Ghati in Sukma District, were arrested in ...":
# a past incident named in the same clause
_PAST_EVENT_BEFORE = re.compile(
    # ("who was wanted in the killing of a shopkeeper in Bahawalpur in 2013, in a raid in Rahim Yar Khan")
    r"\b(?i:(?:involved|accused|wanted) (?:in|for) (?:[\w'-]+\s+){0,4}?(?:attacks?|killings?|blasts?|ambush(?:es)?|murders?|cases?|"
    r"abductions?|incidents?|jail ?breaks?|jailbreaks?|raids?|explosions?|violence|massacres?)|"
    r"responsible for|masterminds? (?:of|behind)|"
    # "recovered an engineer who had been abducted by dacoits from a road construction site near Kandhkot": whence taken
    r"(?:who|whom|which)\s+had\s+been\s+(?:kidnapped|abducted|taken\s+away|picked\s+up|taken\s+hostage)|"
    # "the body of a missing activist, who went missing from Hyderabad in January, was found near the Indus Highway"
    r"who\s+(?:had\s+)?(?:went|gone)\s+missing)\b"
    # up to the clause's own verb, or the fight it was told in ("killed two militants involved in the highway attack
    # in a gunfight near Mangochar")
    r"(?:(?!\b(?i:was|were|is|are|has|have|had)\b|\b(?i:in|during)\s+(?i:an?|the)\s+(?i:gun\s*fight|gun\s*battle|exchange|"
    r"encounter|clash|shoot-?out))[^,.;()])*$")
# "surrendered before the Ranchi SSP", "surrendered to the Kurnool District Superintendent of Police" (not
# "who had surrendered before ... years back")
_SURRENDER_BEFORE = re.compile(r"(?<!had )\bsurrender(?:s|ed)?\s+(?:before|to)\s+(?:the\s+)?$", re.I)
_OFFICER_AFTER = re.compile(r"^(?:\s+(?:District|district|Range|range))?\s+(?:" + POLICE_OFFICES + r"|Deputy|Inspector|"
                            r"(?:Police|police)(?!\s+(?:[Ss]tation|PS)\b))\b")


def _surrender_venue(text: str, place: PlaceMention) -> bool:
    """The place names the officer or force someone surrendered before: that is where it happened."""
    return bool(place.kind not in ("country", "admin1")  # "before Odisha Police in Malkangiri District"
                and _SURRENDER_BEFORE.search(text, max(0, place.span.start - 40), place.span.start)
                and _OFFICER_AFTER.match(text[place.span.end:place.span.end + 40]))


# "about 100 km from Ranchi", "400 kilometres south of State capital Raipur": a reference point
_DISTANCE_BEFORE = re.compile(r"(?<![A-Za-z])(?:km|kms|kilometres|kilometers|miles)\s+(?:away\s+)?(?:(?:north|south|east|west)"
                              r"(?:-?(?:east|west))?\s+of|from)\s+(?:the\s+)?(?:(?i:state)\s+)?(?:capital\s+)?(?:city\s+)?$")
# "Hazaribagh Police arrested ...", "the Bijapur Superintendent of Police said": the force or office that acted
_FORCE_AFTER = re.compile(r"^(?:\s+(?:District|district))?\s+(?:(?:Police|police)(?!\s+(?:[Ss]tation|[Dd]istrict|PS)\b)|"
                          + POLICE_OFFICES + r"|Range|Scouts|Rifles|Levies)\b")  # "Panjgur Scouts", "Bajaur Levies": a unit


# "the Chaman bus stand", "Kohat Road": a town named in a facility's name, often the place it leads to
_FACILITY_AFTER = re.compile(r"\s+(?i:bus\s+(?:stand|stop|terminal|adda)|adda|phatak|road|rail(?:way)?\s+crossing|chowk)\b")


def _highway(place: PlaceMention) -> bool:
    """An unlisted highway: it runs through several districts, and says where only when nothing else does."""
    return place.place_id is None and place.name.endswith(" Highway")


def _weak(text: str, place: PlaceMention) -> bool:
    """The place names a region wider than a district, a highway, the force or office that acted, what a
    distance is measured from, or a facility named after it: it says where only when nothing finer is known."""
    if _BROAD_AFTER.match(text, place.span.end) or _DISTANCE_BEFORE.search(text, max(0, place.span.start - 60), place.span.start) \
            or _FACILITY_AFTER.match(text, place.span.end) or _highway(place):
        return True
    return (place.kind not in ("country", "admin1") and bool(_FORCE_AFTER.match(text[place.span.end:place.span.end + 40]))
            and not _surrender_venue(text, place))


# "succumbed to his wounds at a hospital in Peshawar": where the wounded were treated (an attack on a
# hospital, or an arrest in one, keeps its place)
_TREATED_BEFORE = re.compile(r"\b(?i:succumbed|died|treatment|treated|admitted|referred|shifted|rushed|taken)\b[^.;]{0,60}?"
                             r"\b(?i:hospitals?|clinic|dispensary|trauma cent(?:re|er)|medical college)\s+(?:in|at|of)\s+(?:the\s+)?"
                             # (and the district that holds it: "died in the hospital at Thall in Hangu District")
                             r"(?:(?:[A-Z][\w.-]*\s+){1,3}(?:in|of|,)\s+(?:the\s+)?)?$")
# "A day after two persons were arrested from capital Kolkata, X was arrested in Purulia": a leading
# clause about an earlier event, up to its comma
_DAYS_AFTER_BEFORE = re.compile(r"(?:,\s+|\bcame\s+)(?i:just\s+|only\s+)?(?i:a|one|two|three|four|five|\d+|several|a\s+few)\s+"
                                r"(?i:days?|hours?|weeks?|months?)\s+(?i:after|before)\b[^,.;]*$")
_AFTER_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:[\w-]+\s+){0,3}?(?i:after|following)\b[^,.;]*$")
# "involved in the Jehanabad District jail attack": the place inside a past incident's name
_PAST_EVENT_AROUND = (re.compile(r"\b(?i:involved|accused) in (?:the\s+)?(?:[\w'-]+\s+){0,3}$"),
                      re.compile(r"^(?:\s+[\w'-]+){0,3}?\s+(?i:attacks?|killings?|blasts?|ambush|murders?|case|"
                                 r"jail ?break|jailbreak|massacre)\b"))


# "..., officials in Quetta said": where the people who told of it are
_SPEAKERS_IN = re.compile(r"\b(?:officials?|sources|authorities)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# ... after a scene the sentence has named ("in the Jhal Jhao area of Awaran district")
_A_SCENE_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:district|agency|tehsil|area|village)\b", re.I)
_THAT_AFTER = re.compile(r"\s+(?:on\s+\w+\s+)?that\b", re.I)
_SAID_AFTER = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2})?(?:said|say|says|told|added|confirmed|reported)\b", re.I)
# "an FC spokesman said in Quetta", "told reporters in Quetta", "addressing a press conference in Quetta", "a statement
# issued in Quetta": where the incident was told of, not where it happened
_TOLD_IN = re.compile(r"\b(?:said|stated|(?:told|talking\s+to|speaking\s+to|briefed|briefing)\s+(?:the\s+)?"
                      r"(?:reporters|journalists|newsmen|media(?:\s*(?:men|persons))?|press|news\s+agencies)|"
                      r"(?:press|news)\s+(?:conference|briefing)|(?:statement|press\s+release|handout)\s+(?:was\s+)?"
                      r"(?:issued|released))\s+(?:here\s+)?in\s+(?:the\s+)?$", re.I)


# "the ISPR said in a statement issued from Rawalpindi": where a statement came from is never a scene
_ISSUED_FROM = re.compile(r"\b(?:statement|press\s+release|handout)\s+(?:was\s+)?(?:issued|released)\s+(?:here\s+)?(?:in|from)\s+(?:the\s+)?$", re.I)


# "the younger brother of the Deputy Commissioner of Pishin": the place an office serves, not where it happened
_OFFICE_OF_BEFORE = re.compile(r"\b(?:" + office_pattern("district_heads", "offices") + r")\s+(?:of|for|from)\s+(?:the\s+)?$")


# (not the office holder's premises, where the attack was: "attacked the office of the District Police Officer of Lakki Marwat")
_PREMISES_OF_AN_OFFICE = re.compile(r"\b(?:office|residence|house|camp\s+office|compound|convoy|vehicle|bungalow)\s+of\s+(?:the\s+)?"
                                    r"(?:[A-Z][\w.]*\s+){1,5}(?:of|for)\s+(?:the\s+)?$")


# "linemen of the Quetta Electric Supply Company": a utility named after its city, not a scene
_COMPANY_NAMED_AFTER = re.compile(r"\s+(?:Electric(?:ity)?\s+Supply|Electric\s+Power|Development\s+Authority|Water\s+and\s+Sanitation|"
                                  r"Gas\s+(?:Company|Corporation))\b")


def is_background(text: str, place: PlaceMention) -> bool:
    """The place only says where someone comes from or operates, which office's they hold, or where an earlier
    incident happened; or it ends a route's name or a journey ("the Quetta-bound Jaffar Express")."""
    before, after = text[max(0, place.span.start - 60):place.span.start], text[place.span.end:place.span.end + 60]
    if _ORIGIN_BEFORE.search(before) or _PAST_EVENT_BEFORE.search(text[max(0, place.span.start - 150):place.span.start]):
        return True
    if _OFFICE_OF_BEFORE.search(before) and not _PREMISES_OF_AN_OFFICE.search(before) or _COMPANY_NAMED_AFTER.match(after):
        return True
    if _SPEAKERS_IN.search(before) and _SAID_AFTER.match(after) and _A_SCENE_BEFORE.search(
            text, max(0, text.rfind(".", 0, place.span.start), text.rfind("\n", 0, place.span.start)), place.span.start):
        return True  # "... in the Jhal Jhao area of Awaran district late on Saturday, officials in Quetta said": where they spoke
    if _ISSUED_FROM.search(before):
        return True
    if _TOLD_IN.search(before) and (_A_SCENE_BEFORE.search(
            text, max(0, text.rfind(".", 0, place.span.start), text.rfind("\n", 0, place.span.start)), place.span.start)
            or _THAT_AFTER.match(after)):
        return True  # "... in Sangsila area of Dera Bugti District, an FC spokesman said in Quetta": where it was told of
        # (or "said in Quetta that the operation was launched after the militants attacked a camp in the area")
    if _PAST_EVENT_AROUND[0].search(before) and _PAST_EVENT_AROUND[1].match(after):
        return True
    if _TREATED_BEFORE.search(text, max(0, place.span.start - 120), place.span.start):
        return True
    if _AFTER_CLAUSE_BEFORE.search(text, max(0, place.span.start - 150), place.span.start):  # ^: the text's start only
        return True
    if _DAYS_AFTER_BEFORE.search(text, max(0, place.span.start - 150), place.span.start):
        return True  # "... in Barmal district of Paktika early on Monday, a day after militants attacked a post in Mir Ali"
    if (_JOURNEY_FROM.search(before) and re.match(r"^\s+to\s+[A-Z]", after)) or _JOURNEY_TO.search(before):
        return True
    return bool(_ROUTE_AFTER.match(after) or (_ROUTE_BEFORE.search(before) and _ROUTE_AFTER_END.match(after))
                or _HIGHWAY_AFTER.match(after) or (_HIGHWAY_BEFORE.search(before) and _HIGHWAY_END.match(after))
                or _BOUND_FOR.match(after))


def _namesakes_as_localities(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Satellite Town of Gujranwala city": a name without a district of its own takes the city's it is set in;
    "Narayanpur in Bhojpur District", "Kaimur Hills in Rohtas District": a district's namesake inside
    another district the text names is a locality there (one named with its own district cue is not);
    "Essa Nagri area of Quetta": a listed locality set inside a city of another province is a namesake there;
    "the Banda forests in Chhattisgarh": a place named inside another state is a local name there."""
    out = list(mentions)
    for i, (p, outer) in enumerate(zip(mentions, mentions[1:])):
        if p.kind in ("area", "town") and p.admin2 is None and p.country in (None, outer.country) and outer.admin2 \
                and outer.kind in ("town", "admin2", "admin3") and _INSIDE.fullmatch(text, p.span.end, outer.span.start):
            # "Satellite Town of Gujranwala city": a name several cities have, set inside one of them
            out[i] = replace(p, kind="area", country=outer.country, admin1=outer.admin1, admin2=outer.admin2,
                             lat=p.lat if p.lat is not None else outer.lat, lon=p.lon if p.lon is not None else outer.lon)
            continue
        if p.kind in ("admin2", "admin3", "town") and outer.kind == "admin1" and p.admin1 and outer.admin1 \
                and p.admin1 != outer.admin1 and p.country == outer.country \
                and not _AFTER_ADMIN2.match(text[p.span.end:]) and _INSIDE.fullmatch(text, p.span.end, outer.span.start):
            out[i] = replace(p, place_id=None, kind="area", admin1=outer.admin1, admin2=None, lat=None, lon=None)
            continue
        if p.kind in ("area", "town", "admin3") and (outer.kind in ("town", "admin2") or outer.kind == "area" and outer.admin2) \
                and p.admin1 and outer.admin1 \
                and p.admin1 != outer.admin1 and p.country == outer.country \
                and _INSIDE.fullmatch(text, p.span.end, outer.span.start) \
                and not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, p.span.start - 10):p.span.start]):
            # (not "Afghan nationals from Jalalabad in Peshawar": where they came from)
            # "Essa Nagri area of Quetta": a Karachi locality's namesake in Quetta ("Bagh area of Tirah": AJK's Bagh's in Khyber)
            out[i] = replace(p, place_id=None, kind="area", admin1=outer.admin1, admin2=outer.admin2 or outer.name,
                             lat=outer.lat, lon=outer.lon)
            continue
        if p.kind == "admin2" and outer.kind == "admin2" \
                and name_key(outer.admin2 or outer.name) != name_key(p.admin2 or p.name) \
                and not _AFTER_ADMIN2.match(text[p.span.end:]) \
                and _INSIDE.fullmatch(text, p.span.end, outer.span.start) and _AFTER_ADMIN2.match(text[outer.span.end:]):
            out[i] = replace(p, place_id=None, kind="area", admin1=outer.admin1, admin2=outer.admin2 or outer.name,
                             lat=outer.lat, lon=outer.lon)
    return out


def incident_location(
    text: str,
    places: list[PlaceMention],
    sentence_span: tuple[int, int] | Span | None = None,
    when: date | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[PlaceMention | None, int | None]:
    """The place where the incident of ``sentence_span`` (default: the first sentence naming a place)
    happened, with admin1/admin2 filled from the gazetteer and the text, and its ACLED geo-precision.
    The steps are documented in docs/extraction-places-dates-counts.md."""
    gaz = gazetteer or load()
    if not places:
        return None, None
    s0, e0 = _incident_sentence(text, places, sentence_span)
    in_sentence = [p for p in places if s0 <= p.span.start < e0 and p.kind != "country"] or [
        p for p in places if p.kind != "country"
    ] or places
    inside = _candidates(text, in_sentence)
    best, venue, inside = _choose(text, inside)
    best, inside = _refine(text, places, best, venue, inside, e0)
    place = _with_district(text, places, best, inside, in_sentence, gaz)
    return _as_coded(text, place, places, when, gaz), _precision(text, place)


def _incident_sentence(text: str, places: list[PlaceMention],
                       sentence_span: tuple[int, int] | Span | None) -> tuple[int, int]:
    if isinstance(sentence_span, Span):
        return sentence_span.start, sentence_span.end
    if sentence_span is None:
        for s, e in sentences(text):
            if any(s <= p.span.start < e for p in places):
                return s, e
    return sentence_span or (0, len(text))


def _candidates(text: str, in_sentence: list[PlaceMention]) -> list[PlaceMention]:
    """The sentence's places that may say where it happened."""
    # where someone comes from or operates, an earlier incident, a route's or journey's end: not where it happened
    inside = [p for p in in_sentence if not is_background(text, p) and not _highway(p)] or in_sentence
    # a region wider than a district, the acting force's place, a distance's reference point give way to a
    # known district or smaller place ("in Bastar region of Chhattisgarh ... in Kanker District"), not to
    # a state (and an unknown village still needs them to place it)
    narrower = [p for p in inside if not _weak(text, p)]
    if any(p.kind in ("admin2", "admin3", "town", "area") and (p.place_id or p.admin2) for p in narrower):
        inside = narrower
    return _namesakes_as_localities(text, inside)


def _choose(text: str, inside: list[PlaceMention]) -> tuple[PlaceMention, PlaceMention | None, list[PlaceMention]]:
    """The place the incident happened at (and the surrender venue, if that is it): the officer someone
    surrendered before, else the most specific place, preferring one after "in / at / near / from"."""
    def rank(p: PlaceMention) -> tuple:
        prep = 1 if _IN_AT.search(text[max(0, p.span.start - 25):p.span.start]) else 0
        # a listed area in no district (FATA, Waziristan, Makran) is a region: finer than a province only
        broad = p.kind in ("area", "town") and p.place_id is not None and not p.admin2
        return (1.5 if broad else KIND_RANK.get(p.kind, 0), prep, -p.span.start)

    venue = next((p for p in inside if _surrender_venue(text, p)), None)
    if venue is not None and any(p.span.start > venue.span.end and p.kind in ("admin2", "admin3", "town", "area")
                                 and _IN_AT.search(text, max(0, p.span.start - 25), p.span.start)
                                 and not re.search(r"[,;]|\b(?:after|following|since)\b", text[venue.span.end:p.span.start])
                                 for p in inside):
        # "surrendered before Bastar IG ... in Kanker District": the place named after it says where, and
        # the officer's place is only his office's
        inside, venue = [p for p in inside if p is not venue], None
    return venue or max(inside, key=rank), venue, inside


def _refine(text: str, places: list[PlaceMention], best: PlaceMention, venue: PlaceMention | None,
            inside: list[PlaceMention], e0: int) -> tuple[PlaceMention, list[PlaceMention]]:
    """"... of the Orissa State Armed Police. They had been abducted from Chitrakonda in Malkangiri
    District.": a state, region or force alone is refined by a district or town of it in the next
    sentence, unless that sentence tells another incident ("In a separate incident, ..."). So is a sentence
    that names only where the fire came from or where it was told of ("rockets were fired at the airport from
    the direction of Bara. ... in Peshawar"), by any place of the next one."""
    before = text[max(0, best.span.start - 60):best.span.start]
    origin = bool(_ORIGIN_BEFORE.search(before) or _TOLD_IN.search(before))
    if not (origin or best.kind == "admin1" or _BROAD_AFTER.match(text, best.span.end)
            or (best is not venue and _FORCE_AFTER.match(text[best.span.end:best.span.end + 40]))) \
            or _SEPARATE.match(text, e0):
        return best, inside
    following = [p for p in places if e0 <= p.span.start < _next_sentence_end(text, e0)]
    finer = next((p for p in following if p.kind in ("admin2", "admin3", "town", "area")
                  and (origin or p.admin1 == best.admin1) and not is_background(text, p) and not _weak(text, p)), None)
    return (finer, following) if finer is not None else (best, inside)


def _first(kind: str, pool: list[PlaceMention]) -> PlaceMention | None:
    return next((p for p in pool if p.kind == kind), None)


# a clause of its own between two places: what one names is not where the other is
_ANOTHER_CLAUSE = re.compile(r"\b(?:was|were|is|are|had|has|have|remained|after|when|while|before|because)\b")


def _with_district(text: str, places: list[PlaceMention], best: PlaceMention, inside: list[PlaceMention],
                   in_sentence: list[PlaceMention], gaz: Gazetteer) -> PlaceMention:
    """``best`` with its district and state: districts and states named in the sentence (then the text)
    anchor the hierarchy."""
    pool = inside + [p for p in places if p not in inside]
    a2_after = _first("admin2", [p for p in inside if p.span.start >= best.span.start])
    a2 = a2_after or _first("admin2", pool)
    a1 = _first("admin1", [p for p in inside if p.span.start >= best.span.start]) or _first("admin1", pool)

    place = best
    if best.admin2 is None and best.place_id is None:
        # "Tail Godown area of Quetta": an unlisted locality takes the district of the place that contains it
        container = next((p for p in inside if p.span.start > best.span.start and p.admin2 and p.kind in ("town", "area", "admin2", "admin3")), None) \
            or next((p for p in in_sentence if p.admin2 and (p.kind == "admin2" or (p.kind == "town" and _weak(text, p)))), None) \
            or next((q for p in places if p.span.start < best.span.start and p.admin2 is None and name_key(p.name) == name_key(best.name)
                     for q in places if q.span.start > p.span.end and q.admin2 and _INSIDE.fullmatch(text, p.span.end, q.span.start)), None) \
            or (next((p for p in reversed(places) if p.span.start < best.span.start and p.admin2 and p.kind in ("town", "admin2")), None)
                if _OF_THE_CITY_AFTER.match(text, best.span.end) else None) \
            or next((p for p in places if p.span.start < best.span.start and p.admin2
                     and p.kind in ("town", "area", "admin2", "admin3")
                     and not _ANOTHER_STORY.search(text, p.span.end, best.span.start)), None)
        # ^ else a district of its sentence, or the district of the force that acted ("Munger SP ... near
        # Bhimbandh area"), else the one it was set in where the text named it before ("Kishingi area of Noshki
        # District ... tracked the attackers to the hills near Kishingi"), else the city named before when it is set in
        # "the city" ("... in Quetta. In another incident, ... in Killi Shahbaz Khan area on the outskirts of the city"),
        # else the first district the text placed its story in before it ("... in Karachi. People gathered on main Super
        # Highway"), unless another incident began in between
        if container is not None:
            place = best = replace(best, admin1=container.admin1, admin2=container.admin2,
                                   lat=container.lat, lon=container.lon)
            # ... and a district named elsewhere ("near Chaman crossing on X Road in Quetta") does not
            # move it: only one named after it in the sentence does
            a2 = a2_after
    if best.kind in ("town", "area", "admin3"):
        city_district = next((p for p in in_sentence if p.kind == "admin2" and CITY_OF_DISTRICT.get(p.admin2 or p.name) == best.name
                              and _DISTRICT_OF_CITY.fullmatch(text, p.span.end, best.span.start)), None)
        if city_district is not None:
            place = replace(best, admin2=city_district.admin2 or city_district.name)  # "near Malir Halt in Malir District of Karachi"
        elif a2 and best.admin2 and gaz.same_district(best.country, best.admin1, best.admin2, a2.admin2 or a2.name):
            place = replace(best, admin2=a2.admin2 or best.admin2)  # as the text spells the district
        elif a2 and (best.admin2 is None or (name_key(best.admin2) != name_key(a2.admin2 or a2.name) and (
                (a2 in inside and a2.admin1 != best.admin1
                 and not any(p.kind == "admin1" and p.admin1 == best.admin1 for p in in_sentence)
                 and not _ANOTHER_CLAUSE.search(text, min(best.span.end, a2.span.end), max(best.span.start, a2.span.start)))
                or a2 in in_sentence and _named_as_container(text, best, a2)))):
            # the district its sentence names outranks a homonym town of another state, and one named as its
            # container ("Nagari- Sihava block of Dhamtari District") any homonym; the text's fills an unknown
            # village (not a district another clause names: "areas of Karachi remained suspended ... after a
            # pipeline was blown up in Dera Bugti district")
            place = replace(best, place_id=best.place_id if best.admin2 is None and best.place_id else None,
                            country=a2.country or best.country, admin1=a2.admin1 or best.admin1, admin2=a2.admin2 or a2.name,
                            lat=best.lat if best.admin2 is None else a2.lat,
                            lon=best.lon if best.admin2 is None else a2.lon)
        elif best.admin1 is None and a1:
            place = replace(best, admin1=a1.admin1)
    if place.kind in ("town", "area", "admin3") and place.admin2 is None and a2 is None:
        # "... the District Police Officer (DPO) of Jhang said ... in Mohalla Piplianwala within the limits of the Kotwali
        # Police Station": an unknown locality in the district whose officer tells of it
        office = next((row for m in _DISTRICT_OFFICER.finditer(text)
                       for row in gaz.lookup(m.group(1), place.country or "PK", kind="admin2")), None)
        if office is not None:
            place = replace(place, country=office.country, admin1=office.admin1, admin2=office.admin2 or office.name)
    if place.kind in ("admin2", "town", "area", "admin3") and place.admin1 is None:
        if a1:
            place = replace(place, admin1=a1.admin1)
        elif a2 and a2.admin1:
            place = replace(place, admin1=a2.admin1)
    return place


def _kept_as_an_area(country: str | None, name: str, gaz: Gazetteer) -> bool:
    """A district that later split and that the gazetteer keeps only as an area (South Waziristan, Chitral)."""
    return any(p.kind == "area" and p.country == country for p in gaz.lookup(name))


def _called_a_district(text: str, place: PlaceMention) -> bool:
    """The mention says "District" ("Diamer District", "District Diamer")."""
    return bool(_DISTRICT_NAMED.search(place.span.text) or re.match(r"\s+(?i:district)\b", text[place.span.end:])
                or re.search(r"\b(?i:district)\s+(?:of\s+)?$", text[max(0, place.span.start - 12):place.span.start]))


def _as_coded(text: str, place: PlaceMention, places: list[PlaceMention], when: date | None, gaz: Gazetteer) -> PlaceMention:
    """Names as the reports of the time code them: Karachi for its districts, districts and states before
    a split."""
    if place.admin2 in CITY_OF_DISTRICT and not any(
            p.kind == "admin2" and name_key(p.name) == name_key(place.admin2) and _DISTRICT_NAMED.search(
                text[max(0, p.span.start - 10):p.span.end + 12]) for p in places):
        # Karachi's districts: the city unless the text names the district (as PICSS and SATP code it)
        place = replace(place, admin2=CITY_OF_DISTRICT[place.admin2])
    if when and place.admin2 and place.admin1:
        place = replace(place, admin2=former_district(place.country, place.admin1, place.admin2, when, gaz))
    if when is None and place.admin2 and place.admin1:
        # undated "Laddah tehsil in South Waziristan Agency", "in Tangir valley" after "Darel valley of Diamer District":
        # the text names the undivided district
        before = ADMIN2_HISTORY.get((place.country or "", place.admin1, gaz.district_name(place.country, place.admin1, place.admin2) or place.admin2))
        # (a district still in being only when called a district: not "in Sukma, Dantewada and Kanker"; nor when the
        # place is itself called a district, "Tangir District", or the parent is named for another incident, "a day
        # after a similar attack in Muzaffargarh District"; the frame is set before the place or beside it)
        if before and not _called_a_district(text, place) and any(
                p.admin2 == before[1] and not is_background(text, p)
                and (p.span.start < place.span.end or not re.search(r"[.!?]\s", text[place.span.end:p.span.start]))
                and (p.kind == "area" or p.kind == "admin2" and _called_a_district(text, p)) for p in places):
            place = replace(place, admin2=before[1])
        elif before and _kept_as_an_area(place.country, before[1], gaz) and not any(
                p.kind == "admin2" and name_key(p.name) == name_key(place.admin2) for p in places):
            # undated "Traders in Wana observed a strike": South Waziristan, the unit reports and coders name
            # (Lower South Waziristan only when the text says so)
            place = replace(place, admin2=before[1])
    if when and place.admin1:
        hist = ADMIN1_HISTORY.get((place.country or "", place.admin1))
        if hist and when < hist[0]:
            place = replace(place, admin1=hist[1])
    return place


def _precision(text: str, place: PlaceMention) -> int:
    """ACLED geo-precision: 1 the town, 2 near it or a district, 3 a province or larger (or a local name
    the gazetteer cannot place; one placed in a district only by the text or the dateline is 2). A town the
    gazetteer knows without coordinates is still the town the text names."""
    if place.kind in ("town", "area") and place.lat is None and place.place_id is None:
        return 3 if place.admin2 is None else 2
    if place.kind in ("town", "area"):
        return 2 if _NEAR.search(text[max(0, place.span.start - 40):place.span.start]) else 1
    return 2 if place.kind in ("admin3", "admin2") else 3


_SEPARATE = re.compile(r"[\s\"'”)]*(?:In (?:a|an)\s+(?:separate|another|other|similar) incident|Separately|Meanwhile|"
                       r"Elsewhere|In another|Earlier|Later|Also)\b", re.I)


def _next_sentence_end(text: str, start: int) -> int:
    """Where the sentence that begins at (or just after) ``start`` ends."""
    m = _SENT_END.search(text, start + 1)
    return m.start() if m else len(text)


_CONTAINER_BEFORE = re.compile(r"\b(?:in|of|under)\s+(?:the\s+)?$", re.I)


_OPENING_DISTRICT = re.compile(r"(?:^|[.!?]\s+)(?:In|in)\s+(?:the\s+)?$")


def _named_as_container(text: str, place: PlaceMention, district: PlaceMention) -> bool:
    """The district is named soon after the place, in its sentence, as what holds it ("Nagari- Sihava
    block of Dhamtari District"; not a list: "Sukma, Dantewada and Kanker"), whatever the parser's
    sentence splitter made of it; or it opens the place's sentence ("In the Khammam District, ... at
    Sriramnagar")."""
    if district.span.end <= place.span.start:
        return (bool(_OPENING_DISTRICT.search(text, max(0, district.span.start - 40), district.span.start))
                and not _SENT_END.search(text, district.span.end, place.span.start)
                and not re.search(r";|\b(?:while|whereas)\b", text[district.span.end:place.span.start]))
    between = text[place.span.end:district.span.start]
    # (not one another clause names: "areas of Karachi remained suspended ... after a pipeline was blown up in
    # Dera Bugti district")
    return (place.span.end <= district.span.start and len(between) <= 80 and not _SENT_END.search(between)
            and bool(_CONTAINER_BEFORE.search(between)) and not _ANOTHER_CLAUSE.search(between))


def name_key(s: str | None) -> str:
    """A name compared without case, spaces or punctuation ("Karachi South" = "karachisouth")."""
    return re.sub(r"[^a-z]", "", (s or "").lower())
