from datetime import date

from ctwatch.extract.places import find_places, incident_location


def _by_surface(places):
    return {p.span.text: p for p in places}


def test_district_cue_and_state_context_pick_the_right_homonym():
    text = "Rebels torched a truck in Bijapur District of Chhattisgarh on Monday."
    p = _by_surface(find_places(text))
    assert p["Bijapur"].kind == "admin2" and p["Bijapur"].admin1 == "Chhattisgarh"
    text2 = "Rebels torched a truck in Bijapur District of Karnataka on Monday."
    assert _by_surface(find_places(text2))["Bijapur"].admin1 == "Karnataka"


def test_state_cue_gives_admin1():
    p = _by_surface(find_places("Clashes were reported across Jharkhand State."))
    assert p["Jharkhand"].kind == "admin1"


def test_lowercase_words_and_person_names_are_not_places():
    places = find_places("The police said the camp was raided; Mr Gaya Singh was questioned.")
    assert all(p.span.text not in ("police", "camp", "Gaya") for p in places)


def test_longest_match_wins():
    p = find_places("Troops patrolled West Midnapore on Friday.", country_hint="IN")
    assert [x.span.text for x in p] == ["West Midnapore"]
    assert p[0].admin2 == "Paschim Medinipur"


def test_unknown_village_and_fuzzy_district():
    text = "Two men were abducted from Kolmapalli village in Sundergarh District of Odisha."
    places = find_places(text, country_hint="IN")
    by = _by_surface(places)
    assert by["Kolmapalli"].kind == "town" and by["Kolmapalli"].place_id is None
    assert by["Sundergarh"].admin2 == "Sundargarh"  # misspelling resolved to the gazetteer district
    loc, prec = incident_location(text, places)
    assert loc.name == "Kolmapalli" and loc.admin2 == "Sundargarh" and loc.admin1 == "Odisha"
    assert prec == 1


def test_precision_near_town_district_only_and_state_only():
    t1 = "An IED went off near Bhairamgarh in Bijapur District."
    loc, prec = incident_location(t1, find_places(t1, "IN"))
    assert loc.name == "Bhairamgarh" and prec == 2 and loc.admin2 == "Bijapur"
    t2 = "A trooper was injured in Dantewada District."
    loc, prec = incident_location(t2, find_places(t2, "IN"))
    assert loc.kind == "admin2" and prec == 2 and loc.admin1 == "Chhattisgarh"
    t3 = "Security was tightened across Bihar."
    loc, prec = incident_location(t3, find_places(t3, "IN"))
    assert loc.kind == "admin1" and prec == 3


def test_incident_sentence_is_the_first_with_a_place_by_default():
    text = "A landmine killed two troopers in Sukma District. The convoy had left Raipur earlier."
    loc, _ = incident_location(text, find_places(text, "IN"))
    assert loc.admin2 == "Sukma"


def test_state_before_a_split_takes_the_old_name():
    text = "Police arrested a courier in Khammam District."
    places = find_places(text, "IN")
    loc, _ = incident_location(text, places, when=date(2010, 5, 1))
    assert loc.admin1 == "Andhra Pradesh"
    loc, _ = incident_location(text, places, when=date(2016, 5, 1))
    assert loc.admin1 == "Telangana"


def test_region_prior_breaks_ties():
    text = "Rebels blew up a culvert in Aurangabad District."
    assert _by_surface(find_places(text, "IN", region_prior={"Bihar": 0.2}))["Aurangabad"].admin1 == "Bihar"
    assert _by_surface(find_places(text, "IN", region_prior={"Maharashtra": 0.2}))["Aurangabad"].admin1 == "Maharashtra"
