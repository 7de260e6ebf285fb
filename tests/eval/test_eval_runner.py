"""run_eval with fake extract callables: the JSON shape, per-field metrics, null gold, timing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ctwatch.eval.mapping import ACLED_SUB_EVENT_CODES, acled_code, predicted_fields
from ctwatch.eval.readers import BenchmarkError
from ctwatch.eval.runner import format_table, run_eval
from ctwatch.extract.model import (
    ActorMention,
    Casualties,
    Count,
    EventMention,
    Extraction,
    PlaceMention,
    Span,
)

REQUIRED = {"benchmark", "n", "metrics", "seconds", "items_per_second"}


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _satp(i, text, perp, actions, killed, district, injuries=0):
    return {"id": f"r{i}", "date": "2010-05-0%d" % (i + 1), "text": text, "perpetrator": perp,
            "action_types": actions, "first_target": "Security",
            "fatalities": {"total": killed}, "injuries": {"total": injuries} if injuries is not None else None,
            "arrests": {"total_arrests": 0}, "location": {"state": "Jharkhand", "district": district}}


def _event(killed: int, admin2: str, state: bool = False) -> EventMention:
    s = Span(0, 4, "text")
    perp = ActorMention(s, "crpf" if state else "cpi_maoist", "CRPF" if state else "CPI-Maoist",
                        "state_force" if state else "armed_group", 1 if state else 2)
    place = PlaceMention(s, None, admin2, "admin2", "IN", "Jharkhand", admin2)
    return EventMention(s, "occurred", ["armed_assault"], "Battles", "Armed clash", perpetrator=perp,
                        target_category="security", place=place, killed=Casualties(total=Count(killed)))


def test_satp_india_json_shape_and_scores(tmp_path):
    path = _jsonl(tmp_path / "dev.jsonl", [
        _satp(0, "Maoists killed two jawans in Latehar", "Maoist", ["armed_assault"], 2, "Latehar District"),
        _satp(1, "Maoists killed one in Gumla", "Maoist", ["armed_assault", "bombing"], 1, "Gumla", injuries=None),
        _satp(2, "police killed three in Ranchi", None, ["armed_assault"], 3, "Ranchi"),
    ])
    seen = []

    def extract(text: str, published: date | None) -> Extraction:
        seen.append(published)
        district = text.split()[-1]
        n = {"two": 2, "one": 1, "three": 0}[text.split()[2]]
        return Extraction(events=[_event(n, district, state=text.startswith("police"))],
                          killed=Casualties(total=Count(n)),
                          labels={"actions": ["armed_assault"], "police_actions": ["police_any"], "target": ["security"],
                                  "perpetrator_side": ["state" if text.startswith("police") else "non_state"]})

    result = run_eval("satp-india", path, extract)
    assert REQUIRED <= set(result) and result["benchmark"] == "satp-india" and result["n"] == 3
    assert seen == [date(2010, 5, 1), date(2010, 5, 2), date(2010, 5, 3)]
    m = result["metrics"]
    assert set(m) == {"perpetrator", "action_types", "first_target", "fatalities.total", "injuries.total",
                      "arrests.total_arrests", "location.state", "location.district"}
    assert {"micro_f1", "macro_f1", "example_f1"} <= set(m["action_types"])
    assert {"micro_f1", "macro_f1", "accuracy"} <= set(m["perpetrator"])
    assert {"accuracy", "accuracy_nonzero"} <= set(m["fatalities.total"])
    assert set(m["location.district"]) >= {"accuracy"}
    assert m["perpetrator"]["accuracy"] == 1.0 and m["perpetrator"]["n"] == 2  # null gold left out
    assert m["action_types"]["micro_f1"] == pytest.approx(6 / 7, abs=1e-4)  # tp 3, fn 1 (bombing), fp 0
    assert m["fatalities.total"]["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["location.district"]["accuracy"] == 1.0  # "Latehar District" ~ "Latehar"
    assert m["first_target"]["accuracy"] == 1.0
    assert result["left_out_null_gold"] == {"perpetrator": 1, "injuries.total": 1}
    assert any("left out of injuries.total" in note for note in result["notes"])
    assert result["seconds"] >= 0 and (result["items_per_second"] is None or result["items_per_second"] > 0)
    json.dumps(result)  # plain JSON values only
    table = format_table(result)
    assert "location.district" in table and "1 left out: gold null" in table


def test_labels_benchmarks_and_limit(tmp_path):
    path = _jsonl(tmp_path / "sents.jsonl", [
        {"id": "a", "text": "police arrested him", "labels": ["ARREST", "ANY_ACTION"]},
        {"id": "b", "text": "a mob burned shops", "labels": []},
        {"id": "c", "text": "police fired", "labels": ["FORCE", "ANY_ACTION"]},
    ])

    def extract(text, published):
        decided = (["police_any"] if "police" in text else []) + (["police_arrest"] if "arrest" in text else [])
        return Extraction(labels={"police_actions": decided})

    result = run_eval("ipe-sents", path, extract)
    m = result["metrics"]
    assert set(m) == {"KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE"}
    assert m["ANY_ACTION"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2, "n": 3,
                               "left_out_null_gold": 0}
    assert m["FORCE"]["recall"] == 0.0 and m["ARREST"]["f1"] == 1.0
    assert run_eval("ipe-sents", path, extract, limit=1)["n"] == 1

    sa = _jsonl(tmp_path / "sa.jsonl", [{"id": "x", "text": "kidnapped", "labels": ["kidnapping"]},
                                        {"id": "y", "text": "bomb", "labels": ["bombing", "other"]}])
    result = run_eval("satp-southasia", sa, lambda t, d: Extraction(
        labels={"actions": ["abduction"] if t == "kidnapped" else ["bombing", "other", "arrest"]}))
    assert result["metrics"]["labels"]["example_f1"] == 1.0
    assert result["metrics"]["labels"]["micro_f1"] == 1.0


def test_acled_snippets_and_custom_to_labels(tmp_path):
    path = _jsonl(tmp_path / "acled.jsonl", [
        {"id": "1", "text": "IED", "label": "REM_EXPLOS"},
        {"id": "2", "text": "clash", "label": "ARMED_CLASH"},
        {"id": "3", "text": "flood", "label": "NATURAL_DISASTER"},
        {"id": "4", "text": "quiet", "label": None},
    ])
    subs = {"IED": "Remote explosive/landmine/IED", "clash": "Armed clash"}

    def extract(text, published):
        s = Span(0, len(text), text)
        if text in subs:
            return Extraction(events=[EventMention(s, "occurred", [], None, subs[text])])
        if text == "flood":
            return Extraction(events=[EventMention(s, "occurred", ["natural_disaster"], None, None)])
        return Extraction()

    result = run_eval("acled-snippets", path, extract)
    label = result["metrics"]["label"]
    assert {"weighted_f1", "micro_f1", "macro_f1"} <= set(label)
    assert label["weighted_f1"] == 1.0 and label["n"] == 3 and result["left_out_null_gold"] == {"label": 1}

    result = run_eval("acled-snippets", path, extract, to_labels=lambda b, ex: {"label": "other"})
    assert result["metrics"]["label"]["accuracy"] == 0.0


def test_acled_code_table():
    assert len(ACLED_SUB_EVENT_CODES) == 25 and len(set(ACLED_SUB_EVENT_CODES.values())) == 25
    assert acled_code("Suicide bomb") == "SUIC_BOMB"
    assert acled_code("shelling/artillery/missile attack") == "ART_MISS_ATTACK"
    assert acled_code("Looting/property destruction") == "PROPERTY_DISTRUCT"
    assert acled_code("diplomatic") == "DIPLO" and acled_code("nonsense") is None


def test_predicted_fields_defaults():
    ex = Extraction(events=[_event(2, "Gaya"), _event(1, "Gaya")], killed=Casualties(total=Count(3)),
                    labels={"actions": ["armed_assault", "abduction"], "police_actions": ["police_kill"],
                            "perpetrator_side": ["non_state"]})
    f = predicted_fields("satp-india", ex)
    assert f["action_types"] == ["abduction", "armed_assault"]
    assert f["fatalities.total"] == 3 and f["perpetrator"] == "Maoist" and f["location.state"] == "Jharkhand"
    assert predicted_fields("satp-southasia", ex) == {"labels": ["armed_assault", "kidnapping"]}
    assert predicted_fields("ipe-docs", ex) == {"labels": ["KILL"]}
    assert predicted_fields("satp-india", Extraction())["perpetrator"] is None
    with pytest.raises(ValueError):
        predicted_fields("seed", ex)


def _seed_dir(tmp_path):
    for name, group in (("one", "TTP"), ("two", "BLA")):
        (tmp_path / f"{name}.txt").write_text(f"The {group} attacked a post.", encoding="utf-8")
        gold = {"article": f"{name}.txt", "actors": [{"canonical": group, "mentions": [group]}],
                "people": [], "places": [], "quotes": [], "relations": []}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_seed_folder_means_and_micro(tmp_path):
    folder = _seed_dir(tmp_path)

    def extract(text, published):
        start = text.index(" ") + 1
        group = text.split()[1]
        mentions = [ActorMention(Span(start, start + len(group), group), group.lower(), group, "armed_group", 2)]
        if group == "BLA":  # one wrong extra actor in the second file
            mentions.append(ActorMention(Span(0, 3, "The"), None, "The", "unknown", None))
        return Extraction(actors=mentions)

    result = run_eval("seed", folder, extract)
    assert result["n"] == 2 and REQUIRED <= set(result)
    actors = result["metrics"]["actors"]
    assert actors["precision"] == pytest.approx(0.75)  # mean of 1 and 1/2
    assert actors["micro_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert actors["files"] == 2 and actors["recall"] == 1.0
    assert result["metrics"]["people"]["n"] == 0 and result["metrics"]["people"]["f1"] is None
    assert "mean of the per-file" in result["averaging"]
    assert set(result["per_file"]) == {"one", "two"}
    json.dumps(result)


def test_the_seed_table_shows_the_matched_incidents_attributes():
    result = {"benchmark": "seed", "n": 1, "seconds": 0.1, "metrics": {"incidents": {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "n": 1, "files": 1,
        "attributes": {"gtd_attack_type": {"accuracy": 0.5, "n": 2}, "killed": {"accuracy": None, "n": 0}}}}}
    lines = format_table(result).splitlines()
    assert lines[2].split() == ["gtd_attack_type", "accuracy", "0.500", "n=2"]
    assert lines[3].split() == ["killed", "accuracy", "-", "n=0"]


def test_extraction_errors(tmp_path):
    path = _jsonl(tmp_path / "sa.jsonl", [{"id": "x", "text": "ok", "labels": ["other"]},
                                          {"id": "y", "text": "boom", "labels": ["bombing"]}])

    def flaky(text, published):
        if text == "boom":
            raise RuntimeError("model exploded")
        return Extraction(labels={"actions": ["other"]})

    result = run_eval("satp-southasia", path, flaky)
    assert result["errors"] == 1 and any("model exploded" in n for n in result["notes"])

    def broken(text, published):
        raise RuntimeError("no model")

    with pytest.raises(RuntimeError, match="no model"):
        run_eval("satp-southasia", path, broken)


def test_bad_benchmark_name(tmp_path):
    with pytest.raises(BenchmarkError, match="valid benchmarks are seed, satp-india"):
        run_eval("gdelt", tmp_path / "x.jsonl", lambda t, d: Extraction())


@pytest.mark.parametrize("gold, pred, same", [
    ("Palamau District", "Palamu", True),        # spelling variant
    ("Orissa", "Odisha", True),                   # gazetteer alias of one state
    ("Gumla", "Latehar", False),
    ("Aurangabad", None, False),
    ("Puri", "Pauri", False),                     # a skeleton two districts share
    ("Garhwa", "Garwah", True),                   # a skeleton of one district only
    ("Gaya", "Goa", False),
    ("Mandi", "Mandya", False),
])
def test_place_names_agree_modulo_spelling_and_aliases(gold, pred, same):
    from ctwatch.eval.seed import same_place

    assert same_place(gold, pred) is same


def test_south_asia_labels_are_decided_with_the_pipelines_thresholds():
    # between the linear head's and the blend's abduction threshold: only the blend's takes it
    from ctwatch.eval.mapping import predicted_fields
    from ctwatch.extract import heads
    from ctwatch.extract.encoder import Encoder
    from ctwatch.extract.model import Extraction

    blend = Encoder(heads.MODELS_DIR).thresholds("actions")["abduction"]
    linear = heads.load_head("actions").thresholds["abduction"]
    assert blend != linear
    p = (blend + linear) / 2
    scores = {"abduction": p, "armed_assault": 0.99, "bombing": 0.01, "other": 0.01}
    got = predicted_fields("satp-southasia", Extraction(action_scores=scores))["labels"]
    assert ("kidnapping" in got) == (p >= blend)
    assert set(got) == {{"abduction": "kidnapping"}.get(a, a) for a in heads.decide("actions", [scores], at_least_one=True)[0]}
