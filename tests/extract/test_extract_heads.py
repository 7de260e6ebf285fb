"""The shipped heads load, predict sensibly on hand-written texts, and refuse bad files clearly."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from ctwatch.extract import heads
from ctwatch.extract.heads import HeadError, LinearHead
from ctwatch.extract.taxonomy import ACTIONS, PERPETRATOR_SIDES, POLICE_ACTIONS, TARGETS

NAMES = ("actions", "perpetrator_side", "target", "police_sentence", "police_doc", "region", "event_type")


@pytest.mark.parametrize("name", NAMES)
def test_shipped_head_loads_without_pickle_and_is_small(name):
    head = heads.load_head(name)
    assert head.meta["format_version"] == heads.FORMAT_VERSION
    assert "heldout_scores" in head.meta and "training_data" in head.meta
    size = sum((heads.MODELS_DIR / f"{name}.{ext}").stat().st_size for ext in ("json", "npz"))
    assert size < 5_000_000


def test_labels_are_the_taxonomy():
    assert heads.load_head("actions").labels == ACTIONS
    assert heads.load_head("perpetrator_side").labels == PERPETRATOR_SIDES
    assert heads.load_head("target").labels == TARGETS
    assert heads.load_head("police_sentence").labels == POLICE_ACTIONS


def top(d):
    return max(d, key=d.get)


def test_actions_on_hand_written_texts():
    texts = [
        "A dalam member of the CPI-Maoist, wanted in several cases, surrendered before the Superintendent of Police on Monday.",
        "Security forces arrested three Maoist cadres during a search operation near the village.",
        "Maoists blew up a culvert and set fire to two trucks engaged in road construction.",
        "Militants kidnapped a government engineer from his residence and demanded ransom.",
    ]
    p = heads.predict_actions(texts)
    assert all(set(x) == set(ACTIONS) for x in p)
    assert p[0]["surrender"] > 0.5
    assert p[1]["arrest"] > 0.5
    assert p[2]["infrastructure"] > 0.5
    assert p[3]["abduction"] > 0.5
    assert heads.decide("actions", p[:1]) == [["surrender"]] or "surrender" in heads.decide("actions", p[:1])[0]


def test_perpetrator_and_target():
    p = heads.predict_perpetrator_side(
        ["Police arrested two Maoists in the district.", "Maoists shot dead a villager, branding him a police informer."]
    )
    assert top(p[0]) == "state" and top(p[1]) == "non_state"
    assert all(abs(sum(x.values()) - 1) < 1e-6 for x in p)
    t = heads.predict_target(["Maoists shot dead a villager, branding him a police informer.", "Two CRPF troopers were killed when Maoists ambushed their patrol."])
    assert top(t[0]) == "civilian" and top(t[1]) == "security"


def test_police_actions_sentence_and_doc():
    s = heads.predict_police_actions(["Police opened fire on the mob, killing two people.", "The weather was pleasant on Sunday."], level="sentence")
    assert s[0]["police_any"] > 0.5 > s[1]["police_any"]
    doc = "The city was tense on Sunday. Shops were closed. Police arrested 20 people for rioting in the old city."
    d = heads.predict_police_actions([doc, "The chief minister inaugurated a flyover. Traffic was smooth."], level="doc")
    assert d[0]["police_any"] > d[1]["police_any"]
    with pytest.raises(ValueError):
        heads.predict_police_actions(["x"], level="paragraph")


def test_region_guess_for_an_indian_report_that_names_no_state():
    from ctwatch.eval.mapping import predicted_fields
    from ctwatch.extract.pipeline import extract

    text = "Police arrested a Maoist dalam commander in the forest along the mandal border."
    found = extract(text)
    assert found.report_place() is None and found.region is not None
    assert found.region.country == "IN" and found.region.probability >= heads.optional_head("region").meta["min_probability"]
    assert found.region.admin1 in heads.optional_head("region").labels
    assert predicted_fields("satp-india", found)["location.state"] == found.region.admin1
    # a report about another country, or one whose state is named, gets no guess
    assert extract("TTP militants attacked a police checkpost; two policemen were injured.").region is None
    assert extract("Maoists killed a villager in Gaya District.").region is None


def test_event_type_head_retypes_an_event_note_the_cue_rules_misread():
    from ctwatch.extract.pipeline import extract, extract_rules

    # "set up camp" is a cue of a base established, but the note reports farmers protesting on a highway
    note = ("On 26 November 2020, Protesters (India) from SKM farmer unions gathered at the Singhu border (North Delhi, "
            "Delhi) against the three farm laws and set up camp on the highway. [size=several thousand]")
    assert extract_rules([note])[0].events[0].acled_sub_event_type == "Headquarters or base established"
    event = extract(note).events[0]
    assert (event.acled_event_type, event.acled_sub_event_type, event.typed_by) == ("Protests", "Peaceful protest", "event_type head")
    assert event.type_probability >= heads.optional_head("event_type").meta["min_probability"]


def test_an_event_note_without_a_cue_gets_the_incident_the_head_reads():
    from ctwatch.extract.pipeline import extract, extract_rules

    note = "On 12 May 2022, Al Shabaab announced a new governor for its Jubba wilayah."
    assert extract_rules([note])[0].events == []  # no cue of the lexicon
    [event] = extract(note).events
    assert (event.acled_sub_event_type, event.actions, event.typed_by) == ("Change to group/activity", ["other"], "event_type head")
    assert event.span.text == note and event.date.isoformat() == "2022-05-12" and event.status == "occurred"
    # a news report without a cue stays without an incident
    assert extract("Al Shabaab announced a new governor for its Jubba wilayah on Thursday.").events == []


def test_event_notes_are_told_from_news_reports():
    from ctwatch.extract.events import is_event_note

    assert is_event_note("On 14 March 2021, JNIM militants attacked a FAMa position in Boni (Douentza, Mopti).")
    assert is_event_note("Around 2 May 2020 (month of), displaced families returned to Kalehe.")
    assert is_event_note("Traders closed their shops in protest at the new tax in Kano. [size=no report]")
    assert not is_event_note("On Monday, militants attacked a check post in Kech District, officials said.")
    assert not is_event_note("On Monday, March 3, 2021, militants attacked a check post in Kech District.")
    assert not is_event_note("During 2020, 15 civilians were killed in Kech District.")
    assert not is_event_note("PESHAWAR: Two policemen were martyred on 14 March 2021 in an attack.")


def test_event_type_head_leaves_a_news_report_to_the_cue_rules():
    from ctwatch.extract.pipeline import extract

    report = "Police charged at protesters with batons in Lagos."
    [event] = extract(report).occurred()
    assert (event.acled_sub_event_type, event.typed_by) == ("Protest with intervention", "rules")
    # the same words as an event note are the head's to read: only the note form lets it decide
    [noted] = extract("On 3 May 2021, " + report).occurred()
    assert noted.typed_by == "event_type head"


def test_split_sentences():
    assert heads.split_sentences("One here. Two there! Three?") == ["One here.", "Two there!", "Three?"]


def _copy(tmp_path, name="actions"):
    for ext in ("json", "npz"):
        shutil.copy(heads.MODELS_DIR / f"{name}.{ext}", tmp_path / f"{name}.{ext}")
    return tmp_path / f"{name}.json"


def test_version_mismatch_is_a_clear_error(tmp_path):
    js = _copy(tmp_path)
    doc = json.loads(js.read_text())
    doc["format_version"] = 999
    js.write_text(json.dumps(doc))
    with pytest.raises(HeadError, match="format version 999"):
        LinearHead.load(tmp_path, "actions")


def test_wrong_format_and_missing_files(tmp_path):
    js = _copy(tmp_path)
    doc = json.loads(js.read_text())
    doc["format"] = "sklearn-pickle"
    js.write_text(json.dumps(doc))
    with pytest.raises(HeadError, match="not a ctwatch-linear-head"):
        LinearHead.load(tmp_path, "actions")
    with pytest.raises(HeadError, match="not found"):
        LinearHead.load(tmp_path, "nope")


def test_shape_mismatch_is_caught(tmp_path):
    _copy(tmp_path)
    npz = tmp_path / "actions.npz"
    with np.load(npz) as a:
        arrs = {k: a[k] for k in a.files}
    arrs["coef"] = arrs["coef"][:, :3]
    np.savez_compressed(npz, **arrs)
    with pytest.raises(HeadError, match="does not match"):
        LinearHead.load(tmp_path, "actions")


def test_role_patterns_who_did_what():
    t = heads.role_terms("Two villagers were killed by Maoists. Security forces later arrested three cadres.")
    assert {"role:by_maoist", "role:civ_killed", "role:subj_sf_state", "role:obj_maoist"} <= set(t)
    assert "role:by_sf" not in t
    assert heads.role_terms("The weather was fine.") == []
    # the perpetrator/target heads use them; the actions head does not
    assert heads.load_head("perpetrator_side").featurizer.config.roles
    assert heads.load_head("target").featurizer.config.roles
    assert not heads.load_head("actions").featurizer.config.roles


def test_role_pattern_change_is_a_clear_error(tmp_path):
    for ext in ("json", "npz"):
        shutil.copy(heads.MODELS_DIR / f"target.{ext}", tmp_path / f"target.{ext}")
    js = tmp_path / "target.json"
    doc = json.loads(js.read_text())
    doc["role_groups"]["by_maoist"] = "x"
    js.write_text(json.dumps(doc))
    with pytest.raises(HeadError, match="role"):
        LinearHead.load(tmp_path, "target")


def test_rule_terms_from_the_rule_stages():
    t = heads.rule_terms_for_texts(
        ["Maoists shot dead a villager, branding him a police informer, in Bijapur district on Monday.",
         "Police arrested two Maoists in Gaya district on Sunday."]
    )
    assert set(t[0]) <= set(heads.RULE_VOCAB) and t[0] == sorted(t[0])
    assert "rule:perp=armed_group" in t[0] and "rule:perp=state_force" not in t[0]
    assert "rule:action=armed_assault" in t[0]
    assert "rule:perp=state_force" in t[1] and "rule:action=arrest" in t[1]
    assert heads.rule_terms_for_texts(["The weather was pleasant."]) == [["rule:no_event"]]


def test_rule_feature_head_round_trip(tmp_path):
    """A head with rule-stage features: saved and loaded, and given or computed rule terms agree."""
    texts = ["Maoists shot dead a villager in Bijapur.", "Police arrested two Maoists in Gaya."] * 2
    feat = heads.Featurizer(heads.FeatureConfig(char_ngrams=None, rules=True, rule_weight=0.5)).fit(texts, min_df=1)
    rng = np.random.default_rng(0)
    head = LinearHead("t", "multiclass", ["a", "b"], feat, rng.normal(size=(feat.n_features, 2)), np.zeros(2))
    head.save(tmp_path)
    loaded = LinearHead.load(tmp_path, "t")
    assert loaded.featurizer.config.rules and loaded.featurizer.n_features == feat.n_features
    rules = heads.rule_terms_for_texts(texts[:2])
    assert np.allclose(loaded.predict_proba(texts[:2], rules), loaded.predict_proba(texts[:2]), atol=1e-3)
    assert not np.allclose(loaded.predict_proba(texts[:2], [[], []]), loaded.predict_proba(texts[:2], rules))
    js = tmp_path / "t.json"
    doc = json.loads(js.read_text())
    doc["rule_vocab"] = doc["rule_vocab"][:-1]
    js.write_text(json.dumps(doc))
    with pytest.raises(HeadError, match="rule-stage"):
        LinearHead.load(tmp_path, "t")
