"""Tune how the fine-tuned encoder is blended with the linear incident heads (part of ``ctwatch train``).

Both sides' out-of-fold probabilities on the training rows are blended as ``w * linear + (1 - w) *
encoder``: the encoder's come with it (``encoder-oof.npz``, written by ``scripts/train_encoder.py``),
the linear heads' are computed here by the same 5-fold CV that tunes their thresholds. For each head
the weight ``w`` (0 to 1 in steps of 0.05) is the one with the best CV score — mean of SATP India
micro-F1 and South Asia example-F1 for actions (whose per-label thresholds are retuned on the blended
probabilities), accuracy for perpetrator side and target. Held-out rows are never used to choose;
they are scored once with the chosen blend for the card.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from ctwatch.errors import ConfigError
from ctwatch.eval import mapping
from ctwatch.extract.encoder import INCIDENT_CARD, Encoder, EncoderError, blend

WEIGHTS = tuple(float(w) for w in np.round(np.arange(0.0, 1.0001, 0.05), 2))


def training_digest(texts: list[str]) -> str:
    """Identifies the training rows (and their order) that the encoder's out-of-fold logits belong to."""
    return hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()


def read_oof(path: Path, texts: list[str]) -> np.ndarray:
    """The encoder's out-of-fold logits for ``texts``, refused when they were made for other rows."""
    try:
        with np.load(path, allow_pickle=False) as arrs:
            logits, digest = arrs["logits"].astype(np.float32), str(arrs["texts_sha1"])
    except (OSError, KeyError, ValueError) as e:
        raise ConfigError(f"cannot read the encoder's out-of-fold logits {path}: {e}") from e
    if digest != training_digest(texts) or len(logits) != len(texts):
        raise ConfigError(f"{path} was computed on other training rows than these benchmarks give: "
                          "rerun scripts/train_encoder.py (docs/models.md)")
    return logits


def check_encoder(out_dir: Path, texts: list[str], layouts: dict[str, list[str]],
                  card_name: str = INCIDENT_CARD) -> tuple[Encoder, np.ndarray] | None:
    """``out_dir``'s encoder (of ``card_name``) and its out-of-fold logits for ``texts``, refused
    (ConfigError) when its labels are not the heads' (``layouts``: head -> labels) or the logits belong
    to other rows; None when ``out_dir`` has no such encoder. ``ctwatch train`` calls it before it
    writes anything."""
    if not (Path(out_dir) / card_name).exists():
        return None
    try:
        encoder = Encoder(Path(out_dir), card_name)
        for key in ("model", "tokenizer"):
            if not (Path(out_dir) / encoder.config[key]).exists():
                raise EncoderError(f"encoder file {Path(out_dir) / encoder.config[key]} is missing "
                                   "(scripts/train_encoder.py makes it; docs/models.md)")
        for name, labels in layouts.items():
            if name not in encoder.heads or name not in encoder.config["blend"]:
                raise EncoderError(f"{Path(out_dir) / card_name} has no head or blend entry {name!r}")
            encoder.check_labels(name, labels)
    except EncoderError as e:
        raise ConfigError(str(e)) from e
    logits = read_oof(Path(out_dir) / encoder.config["oof"], texts)
    width = sum(len(labels) for labels in layouts.values())
    if logits.shape[1] != width:
        raise ConfigError(f"{Path(out_dir) / encoder.config['oof']} has {logits.shape[1]} columns, the heads {width}: "
                          "rerun scripts/train_encoder.py")
    return encoder, logits


def linear_only(names) -> dict:
    """A blend that leaves every head to its linear model (the encoder is not used)."""
    return {name: {"linear_weight": 1.0} for name in names}


def decide_rows(probs: np.ndarray, labels: list[str], thresholds: dict[str, float], allowed: list[str]) -> list[set]:
    """Multi-label decisions as ``LinearHead.decide(at_least_one=True)`` makes them, among ``allowed``."""
    idx = [labels.index(lab) for lab in allowed]
    out = []
    for row in probs:
        chosen = {labels[j] for j in idx if row[j] >= thresholds[labels[j]]}
        if not chosen:
            chosen = {labels[max(idx, key=lambda j: row[j] / max(thresholds[labels[j]], 1e-6))]}
        out.append(chosen)
    return out


def tune_multilabel(linear: np.ndarray, encoder: np.ndarray, Y: np.ndarray, M: np.ndarray, labels: list[str],
                    score, best_threshold) -> dict:
    """The weight (and per-label thresholds) whose blend scores best under ``score(probs, thresholds)``."""
    best = None
    for w in WEIGHTS:
        p = blend(linear, encoder, w)
        thresholds = {lab: best_threshold(p[M[:, j], j], Y[M[:, j], j]) for j, lab in enumerate(labels)}
        s = score(p, thresholds)
        if best is None or s > best["cv_score"] + 1e-9:
            best = {"linear_weight": w, "thresholds": thresholds, "cv_score": round(float(s), 4)}
    return best


def tune_multiclass(linear: np.ndarray, encoder: np.ndarray, y: np.ndarray) -> dict:
    """The weight whose blended argmax is most often right."""
    best = None
    for w in WEIGHTS:
        acc = float((blend(linear, encoder, w).argmax(1) == y).mean())
        if best is None or acc > best["cv_score"] + 1e-9:
            best = {"linear_weight": w, "cv_score": round(acc, 4)}
    return best


def tune_encoder_blend(out_dir: Path, checked: tuple[Encoder, np.ndarray], actions: dict, classes: dict[str, dict],
                       heldout_texts: list[str], multilabel_scores, multiclass_scores, best_threshold) -> dict:
    """Choose the blend from out-of-fold probabilities, score it once on the held-out rows and write
    it into ``out_dir/encoder.json``.

    ``checked``: the encoder and its out-of-fold logits on the training rows (:func:`check_encoder`;
    SATP India training rows, then South Asia train).
    ``actions``: ``Y``, ``M`` (rows x labels), ``labels``, ``n_india`` (India rows come first), ``oof``
    (the linear head's out-of-fold probabilities), ``heldout`` (its probabilities on ``heldout_texts``),
    ``heldout_gold`` (label sets), ``heldout_split`` (how many held-out rows are SATP India).
    ``classes[name]``: ``y`` (label indexes), ``train_index`` (training rows), ``oof``, ``labels``,
    ``heldout_index`` (rows of ``heldout_texts``), ``heldout`` (linear probabilities there),
    ``heldout_gold``.
    """
    encoder, oof_logits = checked
    india_labels = sorted(set(mapping.SATP_INDIA_ACTION.values()))
    sa_labels = sorted(set(mapping.SATP_SOUTHASIA_ACTION.values()))
    labels, n_india = actions["labels"], actions["n_india"]
    gold = [{labels[j] for j in np.flatnonzero(row)} for row in actions["Y"]]

    def split_scores(p, thresholds, gold_sets, n):
        india = multilabel_scores(gold_sets[:n], decide_rows(p[:n], labels, thresholds, india_labels), india_labels)
        sa = multilabel_scores(gold_sets[n:], decide_rows(p[n:], labels, thresholds, sa_labels), sa_labels)
        return india, sa

    def action_cv(p, thresholds):
        india, sa = split_scores(p, thresholds, gold, n_india)
        return (india["micro_f1"] + sa["example_f1"]) / 2

    section = {"actions": tune_multilabel(actions["oof"], encoder.probabilities(oof_logits, "actions"),
                                          actions["Y"], actions["M"].astype(bool), labels, action_cv, best_threshold)}
    for name, rows in classes.items():
        section[name] = tune_multiclass(rows["oof"], encoder.probabilities(oof_logits[rows["train_index"]], name), rows["y"])

    logits = encoder.logits(heldout_texts)
    chosen = section["actions"]
    p = blend(actions["heldout"], encoder.probabilities(logits, "actions"), chosen["linear_weight"])
    india, sa = split_scores(p, chosen["thresholds"], actions["heldout_gold"], actions["heldout_split"])
    chosen["heldout_scores"] = {"satp_india_action_types": india, "satp_southasia": sa}
    for name, rows in classes.items():
        p = blend(rows["heldout"], encoder.probabilities(logits[rows["heldout_index"]], name), section[name]["linear_weight"])
        section[name]["heldout_scores"] = multiclass_scores(rows["heldout_gold"], [rows["labels"][k] for k in p.argmax(1)])
    write_blend(Path(out_dir), encoder, section)
    return section


def _f1(pred: np.ndarray, gold: np.ndarray) -> float:
    tp = int((pred & gold).sum())
    return 2 * tp / max(1, 2 * tp + int((pred & ~gold).sum()) + int((~pred & gold).sum()))


def tune_police_blend(out_dir: Path, checked: tuple[Encoder, np.ndarray], police: dict, best_threshold) -> dict:
    """Blend the police encoder with the ``police_sentence`` head, one weight and threshold per label,
    each the best F1 over the out-of-fold rows; score it once on the held-out sentences and write it
    into the encoder's card.

    ``police``: ``Y`` (sents-train rows x labels), ``labels``, ``oof`` (the linear head's out-of-fold
    probabilities), ``heldout`` (its probabilities on ``heldout_texts``), ``heldout_texts``,
    ``heldout_Y``.
    """
    encoder, oof_logits = checked
    labels, Y = police["labels"], police["Y"]
    enc_oof = encoder.probabilities(oof_logits, "police_sentence")
    weights, thresholds, cv = {}, {}, {}
    for j, lab in enumerate(labels):
        best = None
        for w in WEIGHTS:
            p = blend(police["oof"][:, j], enc_oof[:, j], w)
            t = best_threshold(p, Y[:, j])
            s = _f1(p >= t, Y[:, j] == 1)
            if best is None or s > best[0] + 1e-9:
                best = (s, w, t)
        cv[lab], weights[lab], thresholds[lab] = round(float(best[0]), 4), best[1], best[2]
    section = {"police_sentence": {"linear_weight": weights, "thresholds": thresholds, "cv_f1": cv}}
    w = np.array([weights[lab] for lab in labels])
    p = blend(police["heldout"], encoder.probabilities(encoder.logits(police["heldout_texts"]), "police_sentence"), w)
    section["police_sentence"]["heldout_f1"] = {
        lab: round(float(_f1(p[:, j] >= thresholds[lab], police["heldout_Y"][:, j] == 1)), 4) for j, lab in enumerate(labels)}
    write_blend(Path(out_dir), encoder, section)
    return section


def write_blend(out_dir: Path, encoder: Encoder, section: dict) -> None:
    card = Path(out_dir) / encoder.card.name
    card.write_text(json.dumps(dict(encoder.config, blend=section), indent=2, sort_keys=True) + "\n", encoding="utf-8")
