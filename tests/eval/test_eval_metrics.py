"""Metric functions on tiny hand-computed cases, cross-checked against scikit-learn."""

from __future__ import annotations

import pytest

from ctwatch.eval import metrics

try:  # scikit-learn is a cross-check only; the hand-computed cases run without it
    from sklearn.metrics import f1_score, precision_recall_fscore_support
    from sklearn.preprocessing import MultiLabelBinarizer
except ImportError:  # pragma: no cover
    f1_score = precision_recall_fscore_support = MultiLabelBinarizer = None

needs_sklearn = pytest.mark.skipif(f1_score is None, reason="scikit-learn not installed")

GOLD_ML = [["a", "b"], ["a"], ["c"], []]
PRED_ML = [["A"], ["a", "c"], ["c"], []]  # case differs on purpose


def _binarized(gold, pred):
    mlb = MultiLabelBinarizer()
    mlb.fit([[x.lower() for x in r] for r in gold + pred])
    return (mlb.transform([[x.lower() for x in r] for r in gold]),
            mlb.transform([[x.lower() for x in r] for r in pred]))


def test_multilabel_hand_computed():
    m = metrics.multilabel_scores(GOLD_ML, PRED_ML)
    # a: tp 2; b: fn 1; c: tp 1, fp 1  -> micro P = 3/4, R = 3/4
    assert m["micro_f1"] == pytest.approx(0.75)
    # per label F1: a 1.0, b 0.0, c 2/3
    assert m["macro_f1"] == pytest.approx((1 + 0 + 2 / 3) / 3)
    # rows: 2*1/3, 2*1/3, 1, 1 (both empty)
    assert m["example_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1 + 1) / 4)


@needs_sklearn
def test_multilabel_matches_sklearn():
    y, p = _binarized(GOLD_ML, PRED_ML)
    m = metrics.multilabel_scores(GOLD_ML, PRED_ML)
    assert m["micro_f1"] == pytest.approx(f1_score(y, p, average="micro", zero_division=0))
    assert m["macro_f1"] == pytest.approx(f1_score(y, p, average="macro", zero_division=0))
    assert m["weighted_f1"] == pytest.approx(f1_score(y, p, average="weighted", zero_division=0))
    assert m["example_f1"] == pytest.approx(f1_score(y, p, average="samples", zero_division=1.0))


@needs_sklearn
def test_singlelabel_matches_sklearn_and_accuracy():
    gold = ["x", "x", "y", "z", "y"]
    pred = ["X", "y", "y", "z", "z"]
    m = metrics.singlelabel_scores(gold, pred)
    g, p = [v.lower() for v in gold], [v.lower() for v in pred]
    assert m["accuracy"] == pytest.approx(3 / 5)
    assert m["micro_f1"] == pytest.approx(f1_score(g, p, average="micro"))
    assert m["macro_f1"] == pytest.approx(f1_score(g, p, average="macro"))
    assert m["weighted_f1"] == pytest.approx(f1_score(g, p, average="weighted"))


@needs_sklearn
def test_singlelabel_missing_prediction_is_a_miss_but_no_false_positive():
    m = metrics.singlelabel_scores(["a", "b"], ["a", None])
    assert m["accuracy"] == 0.5
    # tp 1, fp 0, fn 1 -> P 1, R 0.5, F1 2/3 (sklearn with labels= excluding the no-answer class)
    assert m["micro_precision"] == 1.0 and m["micro_recall"] == 0.5
    assert m["micro_f1"] == pytest.approx(f1_score(["a", "b"], ["a", "-"], labels=["a", "b"], average="micro"))
    assert m["macro_f1"] == pytest.approx(f1_score(["a", "b"], ["a", "-"], labels=["a", "b"], average="macro",
                                                   zero_division=0))


@needs_sklearn
def test_per_label_scores_match_sklearn():
    per = metrics.per_label_scores(GOLD_ML, PRED_ML, labels=["a", "B", "c", "d"])
    y, p = _binarized(GOLD_ML, PRED_ML)
    prec, rec, f1, support = precision_recall_fscore_support(y, p, zero_division=0)
    for i, label in enumerate(["a", "B", "c"]):  # mlb classes sorted: a, b, c
        assert per[label]["precision"] == pytest.approx(prec[i])
        assert per[label]["recall"] == pytest.approx(rec[i])
        assert per[label]["f1"] == pytest.approx(f1[i])
        assert per[label]["support"] == support[i]
    assert per["d"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}


def test_count_scores():
    m = metrics.count_scores([0, 0, 2, 3, 1], [0, 1, 2, None, 1])
    assert m["accuracy"] == pytest.approx(3 / 5)
    assert m["accuracy_nonzero"] == pytest.approx(2 / 3)
    assert m["n_nonzero"] == 3
    assert metrics.count_scores([0, 0], [0, 0])["accuracy_nonzero"] is None


def test_prf_zero_division():
    assert metrics.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    assert metrics.prf(1, 1, 0) == (0.5, 1.0, pytest.approx(2 / 3))


def test_match_sets_is_one_to_one_and_order_free():
    # gold 0 matches preds 0 and 1; gold 1 matches pred 0 only: greedy in order would pair
    # (0,0) and leave gold 1 unmatched; the maximum matching pairs both.
    gold = ["ab", "a"]
    pred = ["a", "b"]
    m = metrics.match_sets(gold, pred, lambda g, p: p in g)
    assert m.tp == 2 and m.fp == 0 and m.fn == 0
    assert sorted(m.pairs) == [(0, 1), (1, 0)]
    # one prediction cannot match two gold items
    m = metrics.match_sets(["x", "x"], ["x"], lambda g, p: g == p)
    assert (m.tp, m.fp, m.fn) == (1, 0, 1)
    s = m.scores()
    assert s["precision"] == 1.0 and s["recall"] == 0.5 and s["f1"] == pytest.approx(2 / 3)


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        metrics.multilabel_scores([["a"]], [])
