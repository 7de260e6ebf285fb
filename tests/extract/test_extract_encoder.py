"""The shipped fine-tuned encoder: loads offline, scores sensibly, blends with the linear heads."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from ctwatch.extract import heads
from ctwatch.extract.encoder import POLICE_CARD, Encoder, EncoderError, active_encoder, blend
from ctwatch.extract.taxonomy import ACTIONS, PERPETRATOR_SIDES, POLICE_ACTIONS, TARGETS
from ctwatch.train_blend import tune_multiclass, tune_multilabel, WEIGHTS

TEXTS = [
    "Maoists shot dead a villager in the forest, branding him a police informer.",
    "Police arrested three militants with two pistols at a checkpoint on Tuesday.",
    "Two soldiers were killed when an IED planted by militants exploded under their vehicle.",
]


@pytest.fixture
def shipped():
    return Encoder(heads.MODELS_DIR)


def test_shipped_encoder_covers_the_three_heads_in_their_label_order(shipped):
    assert shipped.heads["actions"]["labels"] == list(ACTIONS)
    assert shipped.heads["perpetrator_side"]["labels"] == list(PERPETRATOR_SIDES)
    assert shipped.heads["target"]["labels"] == list(TARGETS)
    assert "Apache-2.0" in shipped.config["provenance"]["base_model"]
    for name in ("actions", "perpetrator_side", "target"):
        assert 0 <= shipped.linear_weight(name) <= 1


def test_encoder_scores_hand_written_reports(shipped):
    logits = shipped.logits(TEXTS)
    assert logits.shape == (3, len(ACTIONS) + len(PERPETRATOR_SIDES) + len(TARGETS))
    side = shipped.probabilities(logits, "perpetrator_side")
    target = shipped.probabilities(logits, "target")
    actions = shipped.probabilities(logits, "actions")
    assert np.allclose(side.sum(1), 1) and np.allclose(target.sum(1), 1)
    assert ((actions >= 0) & (actions <= 1)).all()
    at = lambda labels, row, p: labels[int(np.argmax(p[row]))]
    assert at(PERPETRATOR_SIDES, 0, side) == "non_state" and at(TARGETS, 0, target) == "civilian"
    assert at(PERPETRATOR_SIDES, 1, side) == "state" and at(ACTIONS, 1, actions) == "arrest"
    assert at(ACTIONS, 2, actions) == "bombing" and at(TARGETS, 2, target) == "security"


def test_logits_do_not_depend_on_the_batch(shipped):
    alone = np.vstack([shipped.logits([t]) for t in TEXTS])
    assert np.array_equal(alone, shipped.logits(TEXTS))
    assert shipped.logits([]).shape[0] == 0


def test_blend_is_the_weighted_mean():
    lin, enc = np.array([[0.2, 0.8]]), np.array([[0.6, 0.4]])
    assert np.allclose(blend(lin, enc, 1.0), lin) and np.allclose(blend(lin, enc, 0.0), enc)
    assert np.allclose(blend(lin, enc, 0.25), [[0.5, 0.5]])


def test_heads_blend_with_the_encoder_unless_it_is_off(monkeypatch):
    on = heads.predict_incident_heads(TEXTS)
    monkeypatch.setenv("CTWATCH_ENCODER", "off")
    assert active_encoder(heads.MODELS_DIR) is None
    off = heads.predict_incident_heads(TEXTS)
    linear = heads.load_head("target").predict(TEXTS)
    assert off["target"] == linear
    assert on["target"] != linear
    w = Encoder(heads.MODELS_DIR).linear_weight("target")
    e = Encoder(heads.MODELS_DIR)
    expected = blend(np.array([[r[l] for l in TARGETS] for r in linear]), e.probabilities(e.logits(TEXTS), "target"), w)
    assert np.allclose([[r[l] for l in TARGETS] for r in on["target"]], expected, atol=1e-6)


def test_decide_uses_the_blend_thresholds_only_with_the_encoder(monkeypatch):
    e = Encoder(heads.MODELS_DIR)
    th = e.thresholds("actions")
    assert set(th) == set(ACTIONS)
    label = ACTIONS[0]
    between = (th[label] + heads.load_head("actions").thresholds[label]) / 2
    probs = [{lab: (between if lab == label else 0.0) for lab in ACTIONS}]
    with_blend = heads.decide("actions", probs)[0]
    monkeypatch.setenv("CTWATCH_ENCODER", "off")
    without = heads.decide("actions", probs)[0]
    assert (label in with_blend) == (between >= th[label])
    assert (label in without) == (between >= heads.load_head("actions").thresholds[label])
    if th[label] != heads.load_head("actions").thresholds[label]:
        assert with_blend != without


def test_a_models_folder_without_encoder_uses_the_linear_heads(tmp_path):
    for name in ("actions", "perpetrator_side", "target"):
        for ext in ("json", "npz"):
            shutil.copy(heads.MODELS_DIR / f"{name}.{ext}", tmp_path / f"{name}.{ext}")
    assert active_encoder(tmp_path) is None
    got = heads.predict_incident_heads(TEXTS[:1], models_dir=str(tmp_path))
    assert got["perpetrator_side"] == heads.load_head("perpetrator_side").predict(TEXTS[:1])


def test_bad_encoder_files_are_refused_clearly(tmp_path):
    (tmp_path / "encoder.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EncoderError, match="encoder.json"):
        Encoder(tmp_path)
    card = json.loads((heads.MODELS_DIR / "encoder.json").read_text())
    (tmp_path / "encoder.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(EncoderError, match="encoder.onnx is missing"):
        Encoder(tmp_path).logits(["A text."])
    card["heads"]["target"]["labels"] = ["civilian", "security"]
    (tmp_path / "encoder.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(EncoderError, match="differ from the linear head"):
        Encoder(tmp_path).check_labels("target", list(TARGETS))
    (tmp_path / "encoder.json").write_text(json.dumps({k: v for k, v in card.items() if k != "heads"}), encoding="utf-8")
    with pytest.raises(EncoderError, match="lacks heads"):
        Encoder(tmp_path)
    shutil.copy(heads.MODELS_DIR / "encoder.onnx", tmp_path / "encoder.onnx")
    shutil.copy(heads.MODELS_DIR / "encoder-tokenizer.json", tmp_path / "encoder-tokenizer.json")
    (tmp_path / "encoder.json").write_text(json.dumps(card), encoding="utf-8")  # 2 target labels, not 11
    with pytest.raises(EncoderError, match="gives 22 outputs.*lays out 13"):
        Encoder(tmp_path).logits(["A text."])
    del card["blend"]["target"]
    (tmp_path / "encoder.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(EncoderError, match="lacks blend.target"):
        Encoder(tmp_path)
    card["format_version"] = 99
    (tmp_path / "encoder.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(EncoderError, match="version"):
        Encoder(tmp_path)


def test_blend_weight_follows_the_better_side_in_cross_validation():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 200)
    right = np.eye(3)[y] * 0.8 + 0.1
    noise = rng.dirichlet(np.ones(3), 200)
    linear_better = tune_multiclass(right, noise, y)
    assert linear_better["linear_weight"] > 0.5 and linear_better["cv_score"] == 1.0
    assert tune_multiclass(noise, right, y)["linear_weight"] < 0.5
    Y = rng.integers(0, 2, (200, 2))
    M = np.ones((200, 2), dtype=bool)
    from ctwatch.train import _best_threshold

    def micro(p, thresholds):
        pred = p >= np.array([thresholds["a"], thresholds["b"]])
        tp = (pred & (Y == 1)).sum()
        return 2 * tp / (pred.sum() + Y.sum())

    chosen = tune_multilabel(noise[:, :2], Y * 0.7 + 0.1, Y, M, ["a", "b"], micro, _best_threshold)
    assert chosen["linear_weight"] < 0.5 and chosen["cv_score"] == 1.0
    assert set(chosen["thresholds"]) == {"a", "b"} and min(WEIGHTS) == 0.0 and max(WEIGHTS) == 1.0


# --------------------------------------------------------------------------- the police encoder

POLICE_SENTENCES = [
    "police arrested six men for rioting in the old city on sunday.",
    "the police resorted to a lathi-charge and burst tear gas shells to disperse the stone-pelting mob.",
    "the chief minister inaugurated a new bridge over the river on friday.",
]


@pytest.fixture
def police_encoder():
    return Encoder(heads.MODELS_DIR, POLICE_CARD)


def test_shipped_police_encoder_blends_each_police_label_with_its_own_weight(police_encoder):
    labels = list(POLICE_ACTIONS)
    assert police_encoder.heads == {"police_sentence": {"labels": labels, "offset": 0, "activation": "sigmoid"}}
    weights = police_encoder.linear_weight("police_sentence")
    card = json.loads((heads.MODELS_DIR / POLICE_CARD).read_text())["blend"]["police_sentence"]["linear_weight"]
    assert weights.tolist() == [card[lab] for lab in labels]  # in the head's label order, not the card's
    assert ((weights >= 0) & (weights <= 1)).all() and len(set(weights.tolist())) > 1
    assert set(police_encoder.thresholds("police_sentence")) == set(labels)
    assert "Apache-2.0" in police_encoder.config["provenance"]["base_model"]


def test_police_encoder_scores_hand_written_sentences(police_encoder):
    p = police_encoder.probabilities(police_encoder.logits(POLICE_SENTENCES), "police_sentence")
    at = {lab: j for j, lab in enumerate(POLICE_ACTIONS)}
    assert p[0, at["police_arrest"]] > 0.5 and p[0, at["police_any"]] > 0.5
    assert p[1, at["police_force"]] > 0.5 and p[1, at["police_any"]] > 0.5
    assert p[2, at["police_any"]] < 0.5 and p[2].max() < 0.5


def test_police_sentences_blend_with_the_police_encoder_and_documents_do_not(monkeypatch, police_encoder):
    on = heads.predict_police_actions(POLICE_SENTENCES, level="sentence")
    doc_on = heads.predict_police_actions([" ".join(POLICE_SENTENCES)], level="doc")
    linear = heads.load_head("police_sentence").predict_proba(POLICE_SENTENCES)
    expected = blend(linear, police_encoder.probabilities(police_encoder.logits(POLICE_SENTENCES), "police_sentence"),
                     police_encoder.linear_weight("police_sentence"))
    assert np.allclose([[row[lab] for lab in POLICE_ACTIONS] for row in on], expected, atol=1e-6)
    monkeypatch.setenv("CTWATCH_ENCODER", "off")
    off = heads.predict_police_actions(POLICE_SENTENCES, level="sentence")
    assert np.allclose([[row[lab] for lab in POLICE_ACTIONS] for row in off], linear)
    assert heads.predict_police_actions([" ".join(POLICE_SENTENCES)], level="doc") == doc_on


def test_police_sentence_decisions_use_the_blend_thresholds_only_with_the_encoder(monkeypatch, police_encoder):
    blended, linear = police_encoder.thresholds("police_sentence"), heads.load_head("police_sentence").thresholds
    label = max(POLICE_ACTIONS, key=lambda lab: abs(blended[lab] - linear[lab]))
    assert blended[label] != linear[label]
    between = [{lab: ((blended[label] + linear[label]) / 2 if lab == label else 0.0) for lab in POLICE_ACTIONS}]
    with_blend = heads.decide("police_sentence", between)[0]
    monkeypatch.setenv("CTWATCH_ENCODER", "off")
    without = heads.decide("police_sentence", between)[0]
    assert (label in with_blend) == (blended[label] < linear[label]) and (label in without) == (linear[label] < blended[label])


def test_police_blend_weight_per_label_follows_the_better_side(monkeypatch, tmp_path):
    from ctwatch.train import _best_threshold
    from ctwatch.train_blend import tune_police_blend

    rng = np.random.default_rng(0)
    Y = rng.integers(0, 2, (300, 2))
    good, noise = Y * 0.8 + 0.1, rng.random((300, 2))

    class Stub:  # an encoder whose out-of-fold and held-out probabilities are given
        heads = {"police_sentence": {"labels": ["a", "b"], "offset": 0, "activation": "sigmoid"}}
        config = {"blend": {}}

        def probabilities(self, logits, head):
            return logits

        def logits(self, texts):
            return np.column_stack([noise[:, 0], good[:, 1]])

    police = {"Y": Y, "labels": ["a", "b"], "oof": np.column_stack([good[:, 0], noise[:, 1]]),
              "heldout": np.column_stack([good[:, 0], noise[:, 1]]), "heldout_texts": ["x"] * 300, "heldout_Y": Y}
    written = {}
    monkeypatch.setattr("ctwatch.train_blend.write_blend", lambda out_dir, encoder, section: written.update(section))
    section = tune_police_blend(tmp_path, (Stub(), np.column_stack([noise[:, 0], good[:, 1]])), police, _best_threshold)
    chosen = section["police_sentence"]
    assert chosen["linear_weight"]["a"] > 0.5 and chosen["linear_weight"]["b"] < 0.5
    assert chosen["cv_f1"] == {"a": 1.0, "b": 1.0} and chosen["heldout_f1"] == {"a": 1.0, "b": 1.0}
    assert written == section


def test_a_police_card_without_a_weight_for_every_label_is_refused(tmp_path):
    card = json.loads((heads.MODELS_DIR / POLICE_CARD).read_text())
    del card["blend"]["police_sentence"]["linear_weight"]["police_kill"]
    (tmp_path / POLICE_CARD).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(EncoderError, match="lacks blend.police_sentence.linear_weight.police_kill"):
        Encoder(tmp_path, POLICE_CARD)
