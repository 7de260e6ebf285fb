"""Seed-shaped gold scoring with hand-built Extractions."""

from __future__ import annotations

import json

import pytest

from ctwatch.clean import repair
from ctwatch.eval.seed import SECTIONS, aggregate_seed, norm_place, score_seed
from ctwatch.extract.model import (
    ActorMention,
    EventMention,
    Extraction,
    Person,
    PlaceMention,
    Quote,
    Relation,
    Span,
)
from ctwatch.models import CharMap, Edit, RepairResult


def sp(text: str) -> Span:
    return Span(0, len(text), text)


def actor(text: str, name: str, actor_id: str | None, kind: str = "armed_group") -> ActorMention:
    return ActorMention(sp(text), actor_id, name, kind, 2)


def place(name: str, kind: str = "admin2", country: str | None = "PK", admin1: str | None = None,
          admin2: str | None = None, place_id: str | None = None) -> PlaceMention:
    return PlaceMention(sp(name), place_id, name, kind, country, admin1, admin2)


def event(what: str, sub: str, perp: ActorMention | None, where: PlaceMention | None, status: str = "occurred"):
    return EventMention(sp(what), status, [], None, sub, perpetrator=perp, place=where)


def slug(name: str) -> str:
    return name.lower().replace(" ", "_").replace("-", "_")


def perfect_extraction(gold: dict) -> Extraction:
    """What a perfect extractor would return for ``gold``, written with the variations the rules allow."""
    ex = Extraction()
    for a in gold.get("actors", []):
        ex.actors += [actor(m, a["canonical"], slug(a["canonical"]), a["kind"]) for m in a["mentions"]]
    # a generic state body, which the gold does not score
    ex.actors.append(actor("the security agencies", "the security agencies", None, "state_agency"))
    for i, p in enumerate(gold.get("people", []), start=1):
        ex.people.append(Person(f"p{i}", p["mentions"][0], [sp(m) for m in p["mentions"]]))  # a variant spelling
    for p in gold.get("places", []):
        ex.places += [place(p["name"], "country", p.get("iso", "PK")[:2])] * 2  # twice: one distinct place
    person_ids = {p.canonical: p.id for p in ex.people}
    by_canonical = {p["canonical"]: p["mentions"][0] for p in gold.get("people", [])}
    for kind, section in (("direct", "quotes"), ("reported", "reported_speech")):
        for q in gold.get(section, []):
            speaker = q["speaker"]
            if speaker.startswith("unnamed "):
                pid, name = None, "an " + speaker.split()[-1].rstrip("s")  # "an official"
            else:
                name = by_canonical[speaker]
                pid = person_ids[name]
            lead = "“" if kind == "direct" else "that "
            ex.quotes.append(Quote(sp(lead + q["starts"] + " and so on"), kind, pid, name))
    for inc in gold.get("incidents", []):
        perp = actor(inc["actor1"], inc["actor1"], slug(inc["actor1"]))
        where = place(inc.get("country", "Pakistan"), "country", "PK")
        ex.events.append(event(inc["what"], inc["acled_sub_event_type"], perp, where))
    for r in gold.get("relations", []):  # ends swapped: hostile is unordered
        ex.relations.append(Relation(r["kind"], slug(r["b"]), slug(r["a"]), sp(r["evidence"])))
    return ex


@pytest.fixture(scope="module")
def seed(shared_dir):
    gold_path = shared_dir / "seed" / "article-001.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (gold_path.parent / gold["article"]).read_text(encoding="utf-8")
    return gold, repair(raw, protected_terms=["IS-KP", "Pakhtunkhwa"])


def test_perfect_extraction_scores_one_per_section(seed):
    gold, repaired = seed
    scores = score_seed(gold, perfect_extraction(gold), repaired.text, repaired)
    assert set(scores) == set(SECTIONS)
    for section in SECTIONS:
        assert scores[section]["f1"] == 1.0, (section, scores[section])
        assert scores[section]["n"] > 0


def test_empty_extraction_has_zero_recall(seed):
    gold, repaired = seed
    scores = score_seed(gold, Extraction(), repaired.text, repaired)
    for section in SECTIONS:
        if section != "cleaning":
            assert scores[section]["recall"] == 0.0 and scores[section]["f1"] == 0.0, section
            assert scores[section]["fn"] == scores[section]["n"] > 0


def test_wrong_speaker_or_start_misses_a_quote(seed):
    gold, _ = seed
    ex = perfect_extraction(gold)
    first = ex.quotes[0]
    ex.quotes[0] = Quote(first.span, "direct", "p2", "Mubasher Bukhari")  # wrong speaker
    ex.quotes[1] = Quote(sp("Something else entirely"), "direct", ex.quotes[1].speaker, ex.quotes[1].speaker_name)
    q = score_seed(gold, ex)["quotes"]
    assert (q["tp"], q["fp"], q["fn"]) == (9, 2, 2)


# --------------------------------------------------------------------------- tiny gold files

GOLD = {
    "actors": [{"canonical": "Tehreek-e-Taliban Pakistan", "mentions": ["TTP", "Tehreek-e-Taliban Pakistan"]}],
    "people": [{"canonical": "Ali Khan", "mentions": ["Ali Khan", "Khan"]}],
    "places": [{"name": "Swabi District"}, {"name": "Swabi"}, {"name": "Peshawar"}],
    "incidents": [
        {"acled_sub_event_type": "Armed clash", "actor1": "Tehreek-e-Taliban Pakistan", "admin1": "Khyber Pakhtunkhwa",
         "admin2": "Swabi"},
        {"acled_sub_event_type": "Remote explosive/landmine/IED", "actor1": "Unidentified Armed Group",
         "admin1": "Khyber Pakhtunkhwa", "admin2": None},
    ],
    "not_incidents": ["the TTP has long carried out attacks ... on schools"],
    "relations": [{"a": "Tehreek-e-Taliban Pakistan", "b": "Jamaat-ul-Ahrar", "kind": "splinter"}],
    "quotes": [],
}
KP = "Khyber Pakhtunkhwa"


def test_incident_matching_rules():
    ttp = actor("TTP", "Tehreek-e-Taliban Pakistan", "ttp")
    swabi_town = place("Maneri Bala", "town", admin1=KP, admin2="Swabi District")
    ex = Extraction(events=[
        event("TTP militants attacked a post", "armed clash", actor("the militants", "Tehreek-e-Taliban Pakistan", "ttp"), swabi_town),
        event("a bomb went off", "Remote explosive/landmine/IED", None, place("Mardan", admin1=KP, admin2="Mardan")),
        event("the TTP has long carried out attacks", "Armed clash", ttp, swabi_town),  # a not-incident
        event("a blast may happen", "Remote explosive/landmine/IED", None, swabi_town, status="hypothetical"),
    ])
    s = score_seed(GOLD, ex)["incidents"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 0)
    assert s["not_incident_fp"] == 1


def test_an_incident_whose_text_runs_on_into_a_not_incident_is_still_that_incident():
    # the predicted span covers the attack and a background sentence after it: the attack, not the background
    gold = {**GOLD, "incidents": GOLD["incidents"][:1], "not_incidents": ["About 12 schools in the area had been blown up so far"]}
    ttp = actor("TTP", "Tehreek-e-Taliban Pakistan", "ttp")
    text = "TTP militants attacked a post in Swabi. About 12 schools in the area had been blown up so far."
    s = score_seed(gold, Extraction(events=[event(text, "Armed clash", ttp, place("Swabi", admin1=KP, admin2="Swabi"))]))
    assert (s["incidents"]["tp"], s["incidents"]["not_incident_fp"]) == (1, 0)
    background = "About 12 schools in the area had been blown up so far, officials said."
    s = score_seed(gold, Extraction(events=[event(background, "Armed clash", ttp, place("Swabi", admin1=KP, admin2="Swabi"))]))
    assert s["incidents"]["not_incident_fp"] == 1
    # a title's full stop does not end the first sentence
    gold["not_incidents"] = ["Dr. Ahmed said the TTP has long attacked schools in Swabi"]
    titled = "Dr. Ahmed said the TTP has long attacked schools in Swabi. Police fired on a post."
    s = score_seed(gold, Extraction(events=[event(titled, "Armed clash", ttp, place("Swabi", admin1=KP, admin2="Swabi"))]))
    assert s["incidents"]["not_incident_fp"] == 1


def test_a_background_clause_inside_an_incidents_sentence_does_not_disqualify_it():
    gold = {**GOLD, "incidents": GOLD["incidents"][:1], "not_incidents": ["who had been abducted in Mardan last month"]}
    ttp = actor("TTP", "Tehreek-e-Taliban Pakistan", "ttp")
    text = ("TTP militants fought a police party that freed a trader, who had been abducted in Mardan last month, near a "
            "village in Swabi on Monday.")
    s = score_seed(gold, Extraction(events=[event(text, "Armed clash", ttp, place("Swabi", admin1=KP, admin2="Swabi"))]))
    assert (s["incidents"]["tp"], s["incidents"]["not_incident_fp"]) == (1, 0)
    # (the background told as a sentence of its own is still a not-incident)
    told = "A trader, who had been abducted in Mardan last month, was freed."
    s = score_seed(gold, Extraction(events=[event(told, "Armed clash", ttp, place("Swabi", admin1=KP, admin2="Swabi"))]))
    assert s["incidents"]["not_incident_fp"] == 1


@pytest.mark.parametrize("change", ["type", "perpetrator", "district", "no place"])
def test_incident_needs_type_perpetrator_and_district(change):
    ttp = actor("TTP", "Tehreek-e-Taliban Pakistan", "ttp")
    where = place("Swabi", admin1=KP, admin2="Swabi")
    sub = "Attack" if change == "type" else "Armed clash"
    perp = actor("BLA", "Balochistan Liberation Army", "bla") if change == "perpetrator" else ttp
    if change == "district":
        where = place("Mardan", admin1=KP, admin2="Mardan")
    if change == "no place":
        where = None
    gold = {**GOLD, "incidents": GOLD["incidents"][:1], "not_incidents": []}
    s = score_seed(gold, Extraction(events=[event("x", sub, perp, where)]))["incidents"]
    assert s["tp"] == 0 and s["recall"] == 0.0


def test_incident_country_level_by_iso_code():
    gold = {"incidents": [{"acled_sub_event_type": "Armed clash", "actor1": "TTP", "country": "Pakistan"}]}
    ex = Extraction(events=[event("x", "Armed clash", actor("TTP", "TTP", "ttp"), place("Pakistan", "country", "PK"))])
    assert score_seed(gold, ex)["incidents"]["f1"] == 1.0
    ex.events[0].place = place("Kabul", "town", "AF")
    assert score_seed(gold, ex)["incidents"]["f1"] == 0.0


def test_places_ignore_district_suffix_and_count_distinct_predictions():
    ex = Extraction(places=[place("Swabi", place_id="pk-swabi"), place("Swabi", place_id="pk-swabi"),
                            place("Peshawar"), place("Quetta")])
    s = score_seed(GOLD, ex)["places"]
    # gold: "swabi" (twice, counted once), "peshawar"; predicted distinct: swabi, peshawar, quetta
    assert (s["tp"], s["fp"], s["fn"], s["n"]) == (2, 1, 0, 2)


def test_place_names_ignore_an_administrative_unit_suffix():
    # "Mamond tehsil" names the tehsil Mamond as "Swabi District" names Swabi; a town called "Faisal Town"
    # keeps its word
    assert norm_place("Mamond tehsil") == norm_place("Mamond") == "mamond"
    assert norm_place("Qazi Ahmed Taluka") == "qaziahmed"
    assert norm_place("Tank Sub-Division") == norm_place("Tank subdivision") == norm_place("Tank Sub Division") == "tank"
    assert norm_place("Faisal Town") == "faisaltown"
    # a gazetteer's qualifier after a name is not part of it
    assert norm_place("Sipah (Bara)") == norm_place("Sipah") and norm_place("Satellite Town (Quetta)") == "satellitetown"


def test_actors_people_and_relations():
    ex = Extraction(
        actors=[actor("TTP", "TTP", "ttp"), actor("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", "jua"),
                actor("Tehreek-e-Taliban", "Tehreek-e-Taliban Pakistan", "ttp")],
        people=[Person("p1", "Ali Khann", [sp("Khan")])],  # canonical misspelt, a mention agrees
        relations=[Relation("splinter", "jua", "ttp", sp("x"))],  # splinter is ordered: wrong way round
    )
    s = score_seed(GOLD, ex)
    assert (s["actors"]["tp"], s["actors"]["fp"]) == (1, 1)  # two clusters predicted, one is gold
    assert s["people"]["f1"] == 1.0
    assert s["relations"]["tp"] == 0
    ex.relations = [Relation("splinter", "ttp", "Jamaat-ul-Ahrar", sp("x"))]
    assert score_seed(GOLD, ex)["relations"]["f1"] == 1.0


def test_missing_and_empty_sections_are_excluded():
    ex = Extraction(quotes=[Quote(sp("hello"), "direct", None, "someone")])
    s = score_seed({"actors": [], "people": None, "quotes": []}, ex)
    assert s["actors"]["n"] == 0 and s["actors"]["f1"] is None  # empty on both sides
    assert s["people"]["f1"] is None and s["people"]["excluded"] == "not in gold"
    assert s["reported_speech"]["excluded"] == "not in gold"
    assert s["quotes"]["precision"] == 0.0 and s["quotes"]["fp"] == 1  # gold says none, one predicted
    assert s["cleaning"]["f1"] is None


def _repair_result(text: str, flags: list[Edit]) -> RepairResult:
    return RepairResult(text=text, char_map=CharMap(((0, 0, len(text)),)), edits=tuple(flags))


def test_cleaning_checks_and_spurious_flags():
    gold = {"cleaning": {"must_contain": ["clash over ideology"], "must_not_contain": ["clashover"],
                         "keep_unchanged": ["IS-KP"], "near_duplicate_sentences": [["A b c.", "A b d."]],
                         "flag_as_damaged": ["it must the threats"]}}
    text = "The clash over ideology. IS-KP said A b c. A b d. it must the threats now."
    start = text.index("it must")
    flags = [
        Edit("near_duplicate_sentence", 0, 0, 0, 0, "A b c.", "A b d.", "near duplicate", applied=False),
        Edit("damaged_text", start, start + 19, start, start + 19, "it must the threats", "", "missing word", applied=False),
        Edit("damaged_text", 0, 3, 0, 3, "The", "", "spurious", applied=False),
    ]
    s = score_seed(gold, Extraction(), text, _repair_result(text, flags))["cleaning"]
    assert (s["tp"], s["fn"], s["fp"], s["n"]) == (5, 0, 1, 5)
    assert s["recall"] == 1.0 and s["precision"] == pytest.approx(5 / 6)
    s = score_seed(gold, Extraction(), "clashover", _repair_result("clashover", []))["cleaning"]
    assert (s["tp"], s["fn"]) == (0, 5)


def test_aggregate_mean_and_pooled_micro():
    a = {"actors": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0, "n": 1}}
    b = {"actors": {"precision": 0.5, "recall": 1 / 3, "f1": 0.4, "tp": 1, "fp": 1, "fn": 2, "n": 3}}
    c = {"actors": {"precision": None, "recall": None, "f1": None, "n": 0}}  # excluded from both
    out = aggregate_seed([a, b, c])["actors"]
    assert out["f1"] == pytest.approx(0.7) and out["files"] == 2 and out["n"] == 4
    assert out["micro_precision"] == pytest.approx(2 / 3) and out["micro_recall"] == pytest.approx(0.5)
    assert aggregate_seed([c])["people"]["files"] == 0


def test_null_actor1_is_not_compared():
    gold = {"incidents": [{"acled_sub_event_type": "Disrupted weapons use", "actor1": None, "admin1": KP}]}
    sf = actor("security forces", "Security Forces", None, "state_force")
    ex = Extraction(events=[event("a bomb was defused", "Disrupted weapons use", sf, place("Swabi", admin1=KP, admin2="Swabi"))])
    assert score_seed(gold, ex)["incidents"]["f1"] == 1.0


def test_incident_district_agrees_modulo_the_gazetteers_spellings():
    gold = {"incidents": [{"acled_sub_event_type": "Attack", "actor1": "TTP", "admin1": "Balochistan", "admin2": "Naseerabad"}]}
    ttp = actor("TTP", "Tehreek-e-Taliban Pakistan", "ttp")
    ex = Extraction(events=[event("x", "Attack", ttp, place("Dera Murad Jamali", "town", admin1="Balochistan", admin2="Nasirabad"))])
    assert score_seed(gold, ex)["incidents"]["f1"] == 1.0
    ex.events[0].place = place("Quetta", "town", admin1="Balochistan", admin2="Quetta")
    assert score_seed(gold, ex)["incidents"]["f1"] == 0.0


def test_matched_incidents_report_how_often_their_attributes_agree():
    from ctwatch.extract.model import Casualties, Count

    gold = {**GOLD, "not_incidents": [], "incidents": [
        {**GOLD["incidents"][0], "gtd_attack_type": "Armed Assault", "killed": 2, "injured": None},
        {**GOLD["incidents"][1], "gtd_attack_type": "Bombing/Explosion", "killed": 0, "injured": 3},
    ]}
    ttp = actor("TTP", "Tehreek-e-Taliban Pakistan", "ttp")
    clash = event("TTP militants attacked a post", "Armed clash", ttp, place("Swabi", admin1=KP, admin2="Swabi"))
    clash.gtd_attack_type, clash.killed = "armed assault", Casualties(total=Count(2, sp("two")))
    blast = event("a bomb went off", "Remote explosive/landmine/IED", None, place("Mardan", admin1=KP, admin2="Mardan"))
    blast.gtd_attack_type = "Assassination"  # wrong type; no killed predicted reads as 0 (right); no injured (wrong)
    unmatched = event("a blast in Quetta", "Attack", ttp, place("Quetta", admin1="Balochistan", admin2="Quetta"))
    scores = score_seed(gold, Extraction(events=[clash, blast, unmatched]))["incidents"]
    assert scores["attributes"] == {"gtd_attack_type": [1, 2], "killed": [2, 2], "injured": [0, 1]}
    pooled = aggregate_seed([{"incidents": scores}, {"incidents": scores}])["incidents"]["attributes"]
    assert pooled == {"gtd_attack_type": {"accuracy": 0.5, "n": 4}, "killed": {"accuracy": 1.0, "n": 4},
                      "injured": {"accuracy": 0.0, "n": 2}}
    # a null GTD type is GTD's "none" (the forces' own raid) and is compared; a null count is left out
    gold["incidents"][0]["gtd_attack_type"] = None
    clash.gtd_attack_type = None
    assert score_seed(gold, Extraction(events=[clash, blast]))["incidents"]["attributes"]["gtd_attack_type"] == [1, 2]


def test_acleds_country_tag_on_a_gold_actor1_is_not_part_of_the_name():
    gold = {"incidents": [{"acled_sub_event_type": "Peaceful protest", "actor1": "Protesters (Pakistan)", "admin1": KP}]}
    crowd = ActorMention(Span(0, 0, ""), None, "Protesters", "protesters", 6)
    ex = Extraction(events=[event("traders staged a sit-in", "Peaceful protest", crowd, place("Swabi", admin1=KP, admin2="Swabi"))])
    assert score_seed(gold, ex)["incidents"]["f1"] == 1.0
    gold["incidents"][0]["actor1"] = "Protesters (Lahore traders)"  # a parenthesis that is no country stays
    assert score_seed(gold, ex)["incidents"]["f1"] == 0.0


def test_actor_mentions_agree_without_an_article_or_a_bracketed_acronym():
    gold = {"actors": [
        {"canonical": "Security Forces", "kind": "state_force", "mentions": ["the paramilitary force"]},
        {"canonical": "Frontier Corps", "kind": "state_force", "mentions": ["Frontier Corps (FC)"]},
        {"canonical": "Lashkar-e-Islam", "kind": "armed_group", "mentions": ["Lashkar-e-Islam"]},
    ]}
    ex = Extraction(actors=[
        actor("paramilitary force", "Pakistani security forces (unspecified)", "pakistan_security_forces", "state_force"),
        actor("FC", "Frontier Corps (paramilitary)", "fc", "state_force"),
        actor("Lashkar e Islam", "LeI", "lei"),
    ])
    s = score_seed(gold, ex)["actors"]
    assert (s["tp"], s["fp"], s["fn"]) == (3, 0, 0)
    # a different name stays different
    ex.actors[1] = actor("Frontier Constabulary", "Frontier Constabulary", "frontier_constabulary", "state_force")
    assert score_seed(gold, ex)["actors"]["tp"] == 2
    # a bracketed qualifier is no acronym: "Punjab Police (India)" is not "Punjab Police (Pakistan)"
    qualified = {"actors": [{"canonical": "Punjab Police (Pakistan)", "kind": "state_force", "mentions": ["Punjab Police (Pakistan)"]}]}
    other = Extraction(actors=[actor("Punjab Police", "Punjab Police (India)", "punjab_police_in", "state_force")])
    assert score_seed(qualified, other)["actors"]["tp"] == 0


def test_a_unit_meets_a_gold_perpetrator_named_at_its_organisations_level():
    # as places are compared at the gold's level: a provincial CTD is the CTD, a TTP chapter the TTP
    gold = {"incidents": [{"acled_sub_event_type": "Arrests", "actor1": "Counter Terrorism Department", "admin1": "Balochistan"}],
            "actors": [{"canonical": "Counter Terrorism Department", "kind": "state_force", "mentions": ["CTD"]}]}
    ctd_balochistan = ActorMention(sp("CTD Balochistan"), "ctd_balochistan", "Counter Terrorism Department Balochistan", "state_force", 1)
    ex = Extraction(events=[event("CTD Balochistan said it had arrested four", "Arrests", ctd_balochistan,
                                  place("Quetta", "town", admin1="Balochistan", admin2="Quetta"))])
    assert score_seed(gold, ex)["incidents"]["f1"] == 1.0
    chapter = ActorMention(sp("TTP Mohmand chapter"), None, "Tehrik-i-Taliban Pakistan (Mohmand chapter)", "armed_group", 2,
                           parent_id="ttp")
    gold = {"incidents": [{"acled_sub_event_type": "Attack", "actor1": "TTP", "admin1": KP}]}
    ex = Extraction(events=[event("x", "Attack", chapter, place("Mohmand", admin1=KP, admin2="Mohmand"))])
    assert score_seed(gold, ex)["incidents"]["f1"] == 1.0
    # ... but a gold unit is not met by its organisation
    gold["incidents"][0]["actor1"] = "Tehrik-i-Taliban Pakistan (Mohmand chapter)"
    ex.events[0].perpetrator = actor("TTP", "Tehrik-i-Taliban Pakistan", "ttp")
    assert score_seed(gold, ex)["incidents"]["f1"] == 0.0


def test_a_security_measure_alone_is_no_incident_of_the_seed_benchmarks():
    # their coding rules: "search operations or curfews with no reported outcome are not incidents"
    gold = {"incidents": [{"acled_sub_event_type": "Attack", "actor1": "TTP", "admin1": KP}]}
    curfew = event("Authorities imposed a curfew in Miranshah", "Other", None, place("North Waziristan", admin1=KP,
                                                                                   admin2="North Waziristan"))
    curfew.rule_category = "other_measure"
    assert score_seed(gold, Extraction(events=[curfew]))["incidents"]["n_pred"] == 0
    curfew.rule_category = "surrender"  # an Other of another kind still counts
    assert score_seed(gold, Extraction(events=[curfew]))["incidents"]["n_pred"] == 1


def test_a_crowds_associated_organisation_meets_a_gold_actor1_naming_it():
    # coders code a protest's actor1 as ACLED does ("Protesters") or by the organisation behind it
    crowd = ActorMention(Span(0, 0, ""), None, "Protesters", "protesters", 6)
    sit_in = event("a sit-in organised by the BYC", "Peaceful protest", crowd, place("Kech", admin1="Balochistan", admin2="Kech"))
    sit_in.associated = actor("Baloch Yakjehti Committee", "Baloch Yakjehti Committee", "byc", "political_party")
    for actor1 in ("Protesters", "Baloch Yakjehti Committee"):
        gold = {"incidents": [{"acled_sub_event_type": "Peaceful protest", "actor1": actor1, "admin1": "Balochistan"}]}
        assert score_seed(gold, Extraction(events=[sit_in]))["incidents"]["f1"] == 1.0
    gold["incidents"][0]["actor1"] = "Voice for Baloch Missing Persons"
    assert score_seed(gold, Extraction(events=[sit_in]))["incidents"]["f1"] == 0.0
