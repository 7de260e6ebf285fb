from ctwatch.extract import gazetteer


def test_lookup_is_case_and_diacritic_insensitive():
    rows = gazetteer.lookup("chhattisgarh", "IN")
    assert [r.kind for r in rows] == ["admin1"]
    assert gazetteer.lookup("Bījāpur", "IN")  # alias with diacritics folds to Bijapur


def test_lookup_alias_and_country_filter():
    assert {r.id for r in gazetteer.lookup("West Midnapore")} == {"in-wb-paschim-medinipur"}
    both = {r.admin1 for r in gazetteer.lookup("Bijapur", "IN") if r.kind == "admin2"}
    assert {"Chhattisgarh", "Karnataka"} <= both
    assert gazetteer.lookup("Bijapur", "PK") == []


def test_parents():
    g = gazetteer.load()
    town = g.by_id["in-cg-bhairamgarh-town"]
    assert g.admin2_of(town).id == "in-cg-bijapur"
    assert g.admin1_of(town).id == "in-cg"
    assert g.admin1_of(g.by_id["in-cg-bijapur"]).name == "Chhattisgarh"


def test_find_names_word_boundaries():
    g = gazetteer.load()
    text = "Fighting near Bijapuram; later in Bijapur."
    hits = [text[s:e] for s, e, _ in g.find_names(text)]
    assert "Bijapur" in hits
    assert all(h != "Bijapur" or text.index("Bijapur.") >= 0 for h in hits)
    assert not any(s == text.index("Bijapuram") and e - s == 7 for s, e, _ in g.find_names(text))


def test_load_is_cached():
    assert gazetteer.load() is gazetteer.load()


def test_district_found_by_any_of_its_names():
    from ctwatch.extract.gazetteer import load
    gaz = load()
    assert gaz.district_name("IN", "Odisha", "Keonjhar") == "Kendujhar"
    assert gaz.district_name("IN", "West Bengal", "Paschim Medinipur") == "West Midnapore"
    assert gaz.same_district("IN", "Jharkhand", "Palamau", "Palamu")
    assert not gaz.same_district("IN", "Jharkhand", "Palamu", "Latehar")
    assert gaz.district_name("IN", "Odisha", "Nowhere") == "Nowhere"
