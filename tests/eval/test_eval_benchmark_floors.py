"""Floors a little under the measured scores (docs/eval.md), on rows the heads never trained on.

The SATP India rows are the first 400 of the held-out fifth; South Asia is its whole dev part; the
IndiaPoliceEvents sentences the first 1,500 of its dev part; the ACLED snippets are the blind set in
this repository. A drop below a floor means a change made
extraction worse on data it was not tuned on."""

from __future__ import annotations

import json

import pytest

from ctwatch.eval.runner import run_eval
from ctwatch.extract.pipeline import extract
from ctwatch.train import is_heldout

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def india(shared_dir, tmp_path_factory):
    rows = [line for line in (shared_dir / "benchmarks" / "satp-india" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and is_heldout(json.loads(line)["id"])][:400]
    path = tmp_path_factory.mktemp("satp") / "heldout.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return run_eval("satp-india", path, extract)["metrics"]


@pytest.mark.parametrize("field,metric,floor", [
    ("action_types", "micro_f1", 0.93),
    ("perpetrator", "micro_f1", 0.94),
    ("first_target", "micro_f1", 0.86),
    ("fatalities.total", "accuracy_nonzero", 0.86),
    ("injuries.total", "accuracy_nonzero", 0.75),
    ("arrests.total_arrests", "accuracy", 0.92),
    ("location.state", "accuracy", 0.95),
    ("location.district", "accuracy", 0.90),
])
def test_satp_india_heldout_rows_stay_above_their_floors(india, field, metric, floor):
    assert india[field][metric] >= floor, f"{field} {metric} {india[field][metric]} fell below {floor}"


def test_satp_southasia_dev_stays_above_its_floor(shared_dir):
    metrics = run_eval("satp-southasia", shared_dir / "benchmarks" / "satp-southasia" / "dev.jsonl", extract)["metrics"]
    assert metrics["labels"]["example_f1"] >= 0.86


def test_ipe_sentences_stay_above_their_floor(shared_dir):
    """The first 1,500 rows of IndiaPoliceEvents sents-dev (never trained on): ANY_ACTION 0.773 measured
    with the police encoder blended in, 0.769 without it. It guards the sentence pipeline as a whole; the
    blend itself is pinned in tests/extract/test_extract_encoder.py."""
    metrics = run_eval("ipe-sents", shared_dir / "benchmarks" / "india-police-events" / "sents-dev.jsonl", extract,
                       limit=1500)["metrics"]
    assert metrics["ANY_ACTION"]["f1"] >= 0.75


def test_acled_typing_of_the_blind_snippet_set_stays_above_its_floor():
    """benchmarks/acled-snippets-fresh4.jsonl is never trained on (train_event_type.BLIND_SETS); 0.879 measured."""
    from pathlib import Path

    from ctwatch.train_event_type import BLIND_SETS, SNIPPETS_DIR

    assert "acled-snippets-fresh4.jsonl" in BLIND_SETS
    metrics = run_eval("acled-snippets", Path(SNIPPETS_DIR) / "acled-snippets-fresh4.jsonl", extract)["metrics"]
    assert metrics["label"]["weighted_f1"] >= 0.85


# read since: 104 when a rule change broke it; 0 and 132 when this session's rules were checked on them, and
# error lines of 64, 116 and 128 seen in the same check (2026-11-26)
READ_SINCE = {0, 64, 104, 116, 128, 132}


@pytest.fixture(scope="module")
def pakistan_unread(shared_dir, tmp_path_factory):
    """The pakistan-gold-dev reports whose ids are divisible by 4, less those read since (``READ_SINCE``):
    6 reports never read while the rules were developed (docs/eval.md)."""
    import re
    import shutil

    folder = tmp_path_factory.mktemp("pakistan-gold")
    for gold in (shared_dir / "benchmarks" / "pakistan-gold-dev").glob("*.gold.json"):
        number = int(re.search(r"(\d+)\.gold\.json$", gold.name).group(1))
        if number % 4 == 0 and number not in READ_SINCE:
            shutil.copy(gold, folder)
            shutil.copy(gold.with_name(json.loads(gold.read_text(encoding="utf-8"))["article"]), folder)
    return run_eval("seed", folder, extract)["metrics"]


@pytest.mark.parametrize("section,floor", [("actors", 0.95), ("places", 0.90), ("incidents", 0.90)])
def test_pakistani_reports_never_read_stay_above_their_floors(pakistan_unread, section, floor):
    assert pakistan_unread[section]["f1"] >= floor, f"{section} F1 {pakistan_unread[section]['f1']} fell below {floor}"
