"""ctwatch.train on a tiny synthetic copy of the benchmark layout: files written, deterministic."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from ctwatch.extract.heads import LinearHead
from ctwatch.train import Options, is_heldout, train_heads
from ctwatch.extract.heads import FeatureConfig

TEMPLATES = {
    "surrender": ("A Maoist cadre surrendered before police in {p} district.", "Maoist", ["surrender"], "No Target"),
    "arrest": ("Police arrested two Maoists in {p} district.", "Security", ["arrest"], "Maoist"),
    "bombing": ("Maoists triggered an IED blast targeting a CRPF vehicle in {p}.", "Maoist", ["bombing"], "Security"),
    "assault": ("Maoists shot dead a villager suspecting him to be a police informer in {p}.", "Maoist", ["armed_assault"], "Civilians"),
    "seizure": ("Security forces recovered rifles and explosives from a forest in {p}.", "Security", ["seizure"], "No Target"),
}
PLACES = ["Bijapur", "Dantewada", "Gaya", "Latehar", "Malkangiri", "Sukma", "Gadchiroli", "Aurangabad"]


def _write(path: Path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def make_benchmarks(root: Path) -> Path:
    rng = random.Random(0)
    bench = root / "benchmarks"
    india = []
    for i in range(160):
        key = list(TEMPLATES)[i % len(TEMPLATES)]
        text, perp, acts, tgt = TEMPLATES[key]
        india.append({"id": f"satp-in-{i}", "text": text.format(p=rng.choice(PLACES)), "perpetrator": perp, "action_types": acts,
                      "first_target": tgt, "location": {"state": rng.choice(["Bihar", "Jharkhand", "bihar"])}})
    _write(bench / "satp-india" / "dev.jsonl", india)
    sa = [("Militants abducted a trader in {p}.", ["kidnapping"]), ("A bomb exploded in a market in {p}.", ["bombing"]),
          ("Gunmen opened fire on a checkpost in {p}.", ["armed_assault"]), ("A rally was held in {p}.", ["other"])]
    for part, n in (("train", 40), ("dev", 12)):
        _write(bench / "satp-southasia" / f"{part}.jsonl",
               [{"id": f"sa-{part}-{i}", "text": sa[i % 4][0].format(p=rng.choice(PLACES)), "labels": sa[i % 4][1]} for i in range(n)])
    sents = [("Police arrested ten rioters on Sunday.", ["ARREST", "ANY_ACTION"]), ("Police fired in the air to disperse the mob.", ["FORCE", "ANY_ACTION"]),
             ("The minister visited the relief camp.", []), ("Shops remained closed in the old city.", [])]
    for part, n in (("train", 60), ("dev", 16)):
        _write(bench / "india-police-events" / f"sents-{part}.jsonl",
               [{"id": f"s-{part}-{i}", "text": sents[i % 4][0], "labels": sents[i % 4][1]} for i in range(n)])
        docs = []
        for i in range(n // 2):
            a, b = sents[i % 4], sents[(i + 1) % 4]
            docs.append({"id": f"d-{part}-{i}", "text": f"This story is from March 2002 {a[0]} {b[0]}", "labels": sorted(set(a[1]) | set(b[1]))})
        _write(bench / "india-police-events" / f"docs-{part}.jsonl", docs)
    snippets = [("On 3 May 2021, soldiers and rebels exchanged fire near {p} for two hours.", "ARMED_CLASH"),
                ("On 4 May 2021, police fired tear gas at students marching in {p}. [size=around 100]", "PROTEST_WITH_INTER"),
                ("On 5 May 2021, a cyclone flattened fishing villages around {p}.", "NATURAL_DISASTER")]
    for name, n in (("acled-snippets-a.jsonl", 30), ("acled-snippets-fresh4.jsonl", 6)):
        _write(root / "snippets" / name, [{"id": f"{name}-{i}", "text": snippets[i % 3][0].format(p=rng.choice(PLACES)),
                                           "label": snippets[i % 3][1]} for i in range(n)])
    return root


def test_heldout_rule_matches_brief():
    rid = "satp-in-101010901-1"
    assert is_heldout(rid) == (int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 5 == 0)


def test_train_heads_writes_files_and_is_deterministic(tmp_path):
    shared = make_benchmarks(tmp_path / "shared")
    opts = Options(features=FeatureConfig(char_ngrams=(3, 4)), folds=3)
    r1 = train_heads(shared, tmp_path / "out1", seed=0, opts=opts, snippets_dir=shared / 'snippets')
    r2 = train_heads(shared, tmp_path / "out2", seed=0, opts=opts, snippets_dir=shared / 'snippets')
    assert r2["heads"].keys() == r1["heads"].keys()
    prior = json.loads((tmp_path / "out1" / "region_prior.json").read_text())
    assert {k.casefold() for k in prior["admin1_share"]} == {"bihar", "jharkhand"}  # one entry per state
    assert abs(sum(prior["admin1_share"].values()) - 1) < 0.01
    names = {"actions", "perpetrator_side", "target", "police_sentence", "police_doc", "region", "event_type"}
    assert set(r1["heads"]) == names
    typing = json.loads((tmp_path / "out1" / "event_type.json").read_text())
    assert typing["labels"][:2] == ["Armed clash", "Government regains territory"] and "natural_disaster" in typing["labels"]
    assert 0.3 <= typing["min_probability"] < 1 and typing["min_ratio"] >= 1
    # the blind set is scored, never trained on
    assert "acled-snippets-fresh4.jsonl" in typing["heldout_scores"] and "fresh4" not in typing["training_data"]
    region = json.loads((tmp_path / "out1" / "region.json").read_text())
    assert len(region["labels"]) == 2 and {k.casefold() for k in region["labels"]} == {"bihar", "jharkhand"}
    assert region["country"] == "IN" and 0 < region["min_probability"] < 0.5
    for n in names:
        for ext in ("json", "npz"):
            a, b = (tmp_path / "out1" / f"{n}.{ext}").read_bytes(), (tmp_path / "out2" / f"{n}.{ext}").read_bytes()
            if ext == "json":
                a, b = (json.loads(x) for x in (a, b))
                for d in (a, b):
                    d.pop("train_seconds")
            assert a == b, f"{n}.{ext} differs between two runs with the same seed"
    assert (tmp_path / "out1" / "heads.json").exists() and (tmp_path / "out1" / "MODELS.md").exists()
    head = LinearHead.load(tmp_path / "out1", "actions")
    probs = head.predict(["A Maoist surrendered before the police in Gaya district."])[0]
    assert max(probs, key=probs.get) == "surrender"
    # who-did-what role patterns go to the perpetrator/target heads only (Options.actor_roles)
    for n, roles in (("perpetrator_side", True), ("target", True), ("actions", False), ("police_sentence", False)):
        h = LinearHead.load(tmp_path / "out1", n)
        assert h.featurizer.config.roles is roles
        assert json.loads((tmp_path / "out1" / f"{n}.json").read_text())["features"]["roles"] is roles
    # rule-stage features (stacking) go to the actions head only (Options.rule_heads)
    for n in names:
        h = LinearHead.load(tmp_path / "out1", n)
        assert h.featurizer.config.rules is (n in opts.rule_heads)
    assert opts.rule_heads == ("actions",)


def _with_shipped_encoder(out: Path, card: str, texts: list[str], digest_texts=None) -> Path:
    """``out`` holding the shipped encoder of ``card`` with out-of-fold logits for ``texts`` (the shipped
    encoder's own logits stand in for a fold model's; ``digest_texts``: say they belong to other rows)."""
    import shutil

    import numpy as np

    from ctwatch.extract.encoder import Encoder
    from ctwatch.extract.heads import MODELS_DIR
    from ctwatch.train_blend import training_digest

    config = json.loads((MODELS_DIR / card).read_text())
    out.mkdir(parents=True, exist_ok=True)
    for name in (card, config["model"], config["tokenizer"]):
        shutil.copy(MODELS_DIR / name, out / name)
    logits = Encoder(out, card).logits(texts)
    np.savez_compressed(out / config["oof"], logits=logits.astype(np.float16),
                        texts_sha1=np.array(training_digest(digest_texts or texts)))
    return out


def _with_encoder(out: Path, shared: Path, digest_texts=None) -> Path:
    from ctwatch.train import action_training_rows, load_data, _bench_dir

    return _with_shipped_encoder(out, "encoder.json", action_training_rows(load_data(_bench_dir(shared)))[0], digest_texts)


def _with_police_encoder(out: Path, shared: Path, digest_texts=None) -> Path:
    from ctwatch.train import load_data, _bench_dir

    texts = [s["text"] for s in load_data(_bench_dir(shared))["ipe_sents_train"]]
    return _with_shipped_encoder(out, "police-encoder.json", texts, digest_texts)


def test_train_heads_tunes_the_encoder_blend_by_cross_validation(tmp_path):
    from ctwatch.extract.taxonomy import ACTIONS
    from ctwatch.train_blend import WEIGHTS

    shared = make_benchmarks(tmp_path / "shared")
    out = _with_encoder(tmp_path / "out", shared)
    report = train_heads(shared, out, seed=0, opts=Options(folds=3), snippets_dir=shared / 'snippets')
    card = json.loads((out / "encoder.json").read_text())
    assert report["encoder_blend"] == card["blend"]
    for name in ("actions", "perpetrator_side", "target"):
        assert card["blend"][name]["linear_weight"] in WEIGHTS
        assert 0 <= card["blend"][name]["cv_score"] <= 1
        assert "heldout_scores" in card["blend"][name]
    assert set(card["blend"]["actions"]["thresholds"]) == set(ACTIONS)
    assert card["heads"] == json.loads((tmp_path / "out" / "encoder.json").read_text())["heads"]  # layout kept


def test_train_heads_tunes_the_police_encoder_blend_label_by_label(tmp_path):
    from ctwatch.extract.taxonomy import POLICE_ACTIONS
    from ctwatch.train_blend import WEIGHTS

    shared = make_benchmarks(tmp_path / "shared")
    out = _with_police_encoder(tmp_path / "out", shared)
    report = train_heads(shared, out, seed=0, opts=Options(folds=3), snippets_dir=shared / 'snippets')
    card = json.loads((out / "police-encoder.json").read_text())
    assert report["police_encoder_blend"] == card["blend"] and report["encoder_blend"] is None
    chosen = card["blend"]["police_sentence"]
    assert set(chosen["linear_weight"]) == set(chosen["thresholds"]) == set(chosen["heldout_f1"]) == set(POLICE_ACTIONS)
    assert all(w in WEIGHTS for w in chosen["linear_weight"].values())
    assert "police-encoder.onnx" in (out / "MODELS.md").read_text()


@pytest.mark.parametrize("with_encoder, message, first_head", [
    (_with_encoder, "encoder-oof.npz was computed on other training rows.*train_encoder.py", "actions"),
    (_with_police_encoder, "police-encoder-oof.npz was computed on other training rows", "police_sentence"),
])
def test_train_heads_refuses_encoder_logits_of_other_rows(tmp_path, with_encoder, message, first_head):
    from ctwatch.errors import ConfigError

    shared = make_benchmarks(tmp_path / "shared")
    out = with_encoder(tmp_path / "out", shared, digest_texts=["some other training rows"])
    with pytest.raises(ConfigError, match=message):
        train_heads(shared, out, seed=0, opts=Options(folds=3), snippets_dir=shared / 'snippets')
    assert not (out / f"{first_head}.json").exists()  # refused before anything was written


def test_train_heads_without_cross_validation_leaves_the_encoder_out(tmp_path):
    shared = make_benchmarks(tmp_path / "shared")
    out = _with_police_encoder(_with_encoder(tmp_path / "out", shared), shared)
    report = train_heads(shared, out, seed=0, opts=Options(folds=3, tune_thresholds=False), snippets_dir=shared / 'snippets')
    blend = json.loads((out / "encoder.json").read_text())["blend"]
    assert report["encoder_blend"] == blend
    assert all(b == {"linear_weight": 1.0} for b in blend.values())
    police = json.loads((out / "police-encoder.json").read_text())["blend"]
    assert report["police_encoder_blend"] == police == {"police_sentence": {"linear_weight": 1.0}}


def test_train_heads_refuses_an_encoder_card_without_its_model_before_writing(tmp_path):
    from ctwatch.errors import ConfigError

    shared = make_benchmarks(tmp_path / "shared")
    out = _with_police_encoder(tmp_path / "out", shared)
    (out / "police-encoder.onnx").unlink()
    with pytest.raises(ConfigError, match="police-encoder.onnx is missing"):
        train_heads(shared, out, seed=0, opts=Options(folds=3), snippets_dir=shared / 'snippets')
    assert not (out / "police_sentence.json").exists()


def test_train_heads_without_an_encoder_leaves_the_heads_alone(tmp_path):
    shared = make_benchmarks(tmp_path / "shared")
    report = train_heads(shared, tmp_path / "out", seed=0, opts=Options(folds=3), snippets_dir=shared / 'snippets')
    assert report["encoder_blend"] is None and not (tmp_path / "out" / "encoder.json").exists()


def test_a_bad_snippet_row_names_its_file_and_line(tmp_path):
    from ctwatch.eval.readers import BenchmarkError
    from ctwatch.train_event_type import load_snippets

    _write(tmp_path / "acled-snippets-x.jsonl", [{"id": "a", "text": "A riot.", "label": "VIOL_DEMONSTR"},
                                                 {"id": "b", "text": "A coup.", "label": "COUP"}])
    with pytest.raises(BenchmarkError, match=r"acled-snippets-x.jsonl, line 2: unknown label 'COUP'"):
        load_snippets(tmp_path)
