"""``ctwatch eval``: run an extraction over a benchmark and score it field by field.

:func:`run_eval` returns the JSON object that ``ctwatch eval --json`` prints;
:func:`format_table` renders it for people. See docs/eval.md for every benchmark's fields.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ctwatch.eval import metrics, seed
from ctwatch.eval.mapping import predicted_fields
from ctwatch.eval.readers import FIELDS, check_benchmark, read_benchmark
from ctwatch.extract.model import Extraction
from ctwatch.models import RepairResult

Extract = Callable[[str, "date | None"], Extraction]
ToLabels = Callable[[str, Extraction], dict]
Repair = Callable[[str], RepairResult]

SEED_AVERAGING = (
    "precision/recall/f1: mean of the per-file scores over the files that score the section; "
    "micro_precision/micro_recall/micro_f1: pooled counts over those files"
)


def run_eval(
    benchmark: str,
    path: Path | str,
    extract: Extract,
    to_labels: ToLabels | None = None,
    limit: int | None = None,
    *,
    repair: Repair | None = None,
) -> dict[str, Any]:
    """Score ``extract`` on the benchmark file (or, for ``seed``, gold file or folder) at ``path``.

    ``extract(text, published)`` is the same extraction ``ctwatch extract`` runs. ``to_labels(benchmark,
    extraction)`` maps its result to the benchmark's fields (default :func:`predicted_fields`).
    ``repair`` cleans each text before extraction and the extraction gets the repaired text; for
    ``seed`` it defaults to :func:`ctwatch.clean.repair` (its result is scored as ``cleaning``), for
    the other benchmarks the raw row text is passed when ``repair`` is None. ``seconds`` covers the
    repair and extraction calls only. Returns ``{"benchmark", "n", "metrics", "seconds",
    "items_per_second", ...}`` (plus ``file``, ``left_out_null_gold``, ``notes``, ``errors``).
    """
    check_benchmark(benchmark)
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, not {limit}")
    path = Path(path)
    if benchmark == "seed" and repair is None:
        from ctwatch.clean import repair as default_repair

        repair = default_repair
    to_labels = to_labels or predicted_fields

    seconds = 0.0
    n = 0
    errors: list[str] = []
    per_item: list[tuple[Any, Extraction, RepairResult | None]] = []
    golds: list[dict] = []
    preds: list[dict] = []
    first_error: BaseException | None = None
    for item in read_benchmark(benchmark, path):
        if limit is not None and n >= limit:
            break
        n += 1
        started = time.perf_counter()
        repaired: RepairResult | None = None
        try:
            repaired = repair(item.text) if repair is not None else None
            extraction = extract(repaired.text if repaired is not None else item.text, item.published)
        except Exception as e:  # one bad row must not sink a run over thousands
            first_error = first_error or e
            errors.append(f"{item.id}: {type(e).__name__}: {e}")
            extraction = Extraction()
        seconds += time.perf_counter() - started
        if benchmark == "seed":
            per_item.append((item, extraction, repaired))
        else:
            golds.append(item.gold)
            preds.append(to_labels(benchmark, extraction) or {})
    if n and len(errors) == n and first_error is not None:
        raise first_error

    result: dict[str, Any] = {"benchmark": benchmark, "file": str(path), "n": n}
    notes: list[str] = []
    if benchmark == "seed":
        per_file = {item.id: seed.score_seed(item.gold, ex, rr.text if rr else None, rr) for item, ex, rr in per_item}
        result["metrics"] = seed.aggregate_seed(list(per_file.values()))
        result["averaging"] = SEED_AVERAGING
        result["per_file"] = {
            name: {s: row["f1"] for s, row in scores.items() if row.get("f1") is not None}
            for name, scores in per_file.items()
        }
        left_out: dict[str, int] = {}
        notes.append(f"seed: {SEED_AVERAGING}")
        notes.append("seed: sections the gold lacks or leaves empty on both sides are left out (n = 0)")
    else:
        result["metrics"], left_out = score_fields(benchmark, golds, preds)
    for field, count in left_out.items():
        notes.append(f"{count} row(s) left out of {field}: gold is null")
    if errors:
        notes.append(f"{len(errors)} row(s) failed to extract and were scored as empty; first: {errors[0]}")
    result["left_out_null_gold"] = left_out
    result["errors"] = len(errors)
    result["notes"] = notes
    result["seconds"] = round(seconds, 4)
    result["items_per_second"] = round(n / seconds, 2) if seconds > 0 else None
    return rounded(result)


def score_fields(benchmark: str, golds: list[dict], preds: list[dict]) -> tuple[dict[str, dict], dict[str, int]]:
    """Per-field metrics of a JSONL benchmark, and how many rows each field left out (null gold)."""
    out: dict[str, dict] = {}
    left_out: dict[str, int] = {}
    fields = FIELDS[benchmark]
    label_fields = [f for f, kind in fields.items() if kind == "label"]
    if label_fields:
        rows = [(g.get("labels"), p.get("labels")) for g, p in zip(golds, preds)]
        kept = [(g, p or []) for g, p in rows if g is not None]
        skipped = len(rows) - len(kept)
        per = metrics.per_label_scores([g for g, _ in kept], [p for _, p in kept], label_fields)
        for label in label_fields:
            out[label] = {**per[label], "n": len(kept), "left_out_null_gold": skipped}
            if skipped:
                left_out[label] = skipped
    for field, kind in fields.items():
        if kind == "label":
            continue
        rows = [(g.get(field), p.get(field)) for g, p in zip(golds, preds)]
        kept = [(g, p) for g, p in rows if g is not None]
        gold = [g for g, _ in kept]
        pred = [p for _, p in kept]
        if kind == "multi":
            pred = [list(p) if p is not None else [] for p in pred]
            m = metrics.multilabel_scores(gold, pred)
            scores = {k: m[k] for k in ("micro_f1", "macro_f1", "example_f1", "micro_precision", "micro_recall")}
            scores["per_label_f1"] = {lab: s["f1"] for lab, s in metrics.per_label_scores(gold, pred).items()}
        elif kind == "single":
            m = metrics.singlelabel_scores(gold, pred)
            scores = {k: m[k] for k in ("micro_f1", "macro_f1", "weighted_f1", "accuracy")}
        elif kind == "count":
            scores = metrics.count_scores(gold, [_as_int(p) for p in pred])
        elif kind == "place":
            scores = {"accuracy": metrics.accuracy(gold, pred, seed.same_place)}
        else:  # pragma: no cover - FIELDS holds only the kinds above
            raise ValueError(f"unknown field kind {kind!r}")
        skipped = len(rows) - len(kept)
        out[field] = {**scores, "n": len(kept), "left_out_null_gold": skipped}
        if skipped:
            left_out[field] = skipped
    return out, left_out


def _as_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def rounded(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


# --------------------------------------------------------------------------- human-readable output

_ORDER = ("precision", "recall", "f1", "micro_f1", "macro_f1", "weighted_f1", "example_f1", "accuracy",
          "accuracy_nonzero", "micro_precision", "micro_recall")


def format_table(result: dict[str, Any]) -> str:
    """One line per field with its headline metrics, then the notes (rows left out for null gold)."""
    speed = result.get("items_per_second")
    head = (f"{result['benchmark']}  {result.get('file', '')}  n={result['n']}  "
            f"{result.get('seconds', 0):.2f} s" + (f"  {speed:.1f} items/s" if speed else ""))
    lines = [head]
    metric_rows = result.get("metrics", {})
    width = max((len(f) for f in metric_rows), default=5) + 2
    for field, scores in metric_rows.items():
        parts = []
        for key in _ORDER:
            if key in scores:
                v = scores[key]
                parts.append(f"{key} {'-' if v is None else f'{v:.3f}'}")
        tail = f"n={scores.get('n', 0)}"
        if scores.get("files") is not None:
            tail += f" files={scores['files']}"
        if scores.get("left_out_null_gold"):
            tail += f" ({scores['left_out_null_gold']} left out: gold null)"
        if scores.get("excluded"):
            tail += f" ({scores['excluded']})"
        lines.append(f"  {field:<{width}}" + "  ".join(parts) + f"  {tail}")
        for attribute, agreement in (scores.get("attributes") or {}).items():  # the matched incidents' attributes
            accuracy = agreement.get("accuracy")
            lines.append(f"    {attribute + ' ':<{width - 2}}accuracy {'-' if accuracy is None else f'{accuracy:.3f}'}  "
                         f"n={agreement.get('n', 0)}")
    for note in result.get("notes", ()):
        lines.append(f"note: {note}")
    return "\n".join(lines)
