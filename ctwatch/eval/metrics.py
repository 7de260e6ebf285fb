"""Pure metric functions for ``ctwatch eval``: no I/O, no ctwatch types, plain lists in, floats out.

Conventions (the same as scikit-learn's with ``zero_division=0`` unless said otherwise):

* labels are compared case-insensitively (:func:`norm_label`); ``None`` means "no prediction";
* precision with nothing predicted, recall with nothing in gold, and F1 with P + R = 0 are 0.0;
* macro averages run over the labels that occur in gold or in the predictions (scikit-learn's
  default label set), so a label absent from both does not drag the average down;
* a single-label row with no prediction (``None``) counts as a miss for its gold label (a false
  negative) but as no false positive for any label: micro F1 then differs from accuracy;
* example-based F1 of a row with empty gold and empty prediction is 1.0 (nothing to find, nothing
  found; scikit-learn's ``average="samples"`` with ``zero_division=1``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

G = TypeVar("G")
P = TypeVar("P")


def norm_label(label: Any) -> str | None:
    """Case- and space-insensitive form of a label; None stays None."""
    if label is None:
        return None
    return " ".join(str(label).split()).casefold()


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p, r = _div(tp, tp + fp), _div(tp, tp + fn)
    return p, r, _div(2 * p * r, p + r)


@dataclass
class LabelCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def scores(self) -> dict[str, float | int]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        return {"precision": p, "recall": r, "f1": f, "support": self.support}


def _label_counts(gold: Sequence[Iterable[Any]], pred: Sequence[Iterable[Any]]) -> dict[str, LabelCounts]:
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold rows but {len(pred)} predicted rows")
    counts: dict[str, LabelCounts] = {}
    for g_row, p_row in zip(gold, pred):
        g = {norm_label(x) for x in g_row if x is not None}
        p = {norm_label(x) for x in p_row if x is not None}
        for lab in g | p:
            c = counts.setdefault(lab, LabelCounts())
            if lab in g and lab in p:
                c.tp += 1
            elif lab in p:
                c.fp += 1
            else:
                c.fn += 1
    return counts


def per_label_scores(
    gold: Sequence[Iterable[Any]], pred: Sequence[Iterable[Any]], labels: Iterable[str] | None = None
) -> dict[str, dict[str, float | int]]:
    """Binary precision, recall, F1 and support per label, over rows of label sets.

    ``labels`` fixes the labels reported (in their given spelling); by default every label seen.
    """
    counts = _label_counts(gold, pred)
    names = list(labels) if labels is not None else sorted(counts)
    return {name: counts.get(norm_label(name), LabelCounts()).scores() for name in names}


def _averages(counts: dict[str, LabelCounts]) -> dict[str, float]:
    tp = sum(c.tp for c in counts.values())
    fp = sum(c.fp for c in counts.values())
    fn = sum(c.fn for c in counts.values())
    micro = prf(tp, fp, fn)
    f1s = {lab: prf(c.tp, c.fp, c.fn)[2] for lab, c in counts.items()}
    support = sum(c.support for c in counts.values())
    return {
        "micro_precision": micro[0],
        "micro_recall": micro[1],
        "micro_f1": micro[2],
        "macro_f1": _div(sum(f1s.values()), len(f1s)),
        "weighted_f1": _div(sum(f1s[lab] * c.support for lab, c in counts.items()), support),
    }


def multilabel_scores(gold: Sequence[Iterable[Any]], pred: Sequence[Iterable[Any]]) -> dict[str, float]:
    """Micro, macro and example-based F1 for rows of label sets (plus micro P/R, weighted F1)."""
    counts = _label_counts(gold, pred)
    out = _averages(counts)
    out["example_f1"] = example_f1(gold, pred)
    return out


def example_f1(gold: Sequence[Iterable[Any]], pred: Sequence[Iterable[Any]]) -> float:
    """Mean over rows of 2|G∩P| / (|G| + |P|); a row empty on both sides scores 1."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold rows but {len(pred)} predicted rows")
    total = 0.0
    for g_row, p_row in zip(gold, pred):
        g = {norm_label(x) for x in g_row if x is not None}
        p = {norm_label(x) for x in p_row if x is not None}
        total += 1.0 if not g and not p else 2 * len(g & p) / (len(g) + len(p))
    return _div(total, len(gold))


def singlelabel_scores(gold: Sequence[Any], pred: Sequence[Any]) -> dict[str, float]:
    """Micro, macro and weighted F1 and accuracy for one label per row (``None`` prediction = none)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold rows but {len(pred)} predicted rows")
    counts = _label_counts([[g] for g in gold], [[p] for p in pred])
    out = _averages(counts)
    out["accuracy"] = accuracy(gold, pred)
    return out


def accuracy(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool] | None = None) -> float:
    """Share of rows where the prediction equals gold (labels compared case-insensitively)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold rows but {len(pred)} predicted rows")
    same = same or (lambda g, p: p is not None and norm_label(g) == norm_label(p))
    return _div(sum(1 for g, p in zip(gold, pred) if same(g, p)), len(gold))


def count_scores(gold: Sequence[int], pred: Sequence[int | None]) -> dict[str, float | int | None]:
    """Exact-count accuracy on all rows and on rows whose gold count is above zero.

    ``accuracy_nonzero`` is None when no gold count is above zero. A ``None`` prediction is wrong.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold rows but {len(pred)} predicted rows")
    same = lambda g, p: p is not None and int(p) == int(g)  # noqa: E731
    nonzero = [(g, p) for g, p in zip(gold, pred) if g > 0]
    return {
        "accuracy": accuracy(gold, pred, same),
        "accuracy_nonzero": accuracy([g for g, _ in nonzero], [p for _, p in nonzero], same) if nonzero else None,
        "n_nonzero": len(nonzero),
    }


# --------------------------------------------------------------------------- set matching


@dataclass
class SetMatch:
    """How a list of predicted items matched a list of gold items, one to one."""

    n_gold: int
    n_pred: int
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, pred index)

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return self.n_pred - self.tp

    @property
    def fn(self) -> int:
        return self.n_gold - self.tp

    def scores(self) -> dict[str, float | int]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "n": self.n_gold, "n_pred": self.n_pred}


def match_sets(gold: Sequence[G], pred: Sequence[P], match: Callable[[G, P], bool]) -> SetMatch:
    """Pair gold and predicted items one to one where ``match(gold_item, pred_item)`` holds.

    Uses a maximum bipartite matching (augmenting paths), so the number of true positives never
    depends on the order of the items: a prediction that could match two gold items goes to the
    one that leaves the most pairs.
    """
    edges = [[j for j, p in enumerate(pred) if match(g, p)] for g in gold]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    pairs = sorted((i, j) for j, i in owner.items())
    return SetMatch(n_gold=len(gold), n_pred=len(pred), pairs=pairs)
