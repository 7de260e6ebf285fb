"""Resolution scoring: pairwise links and extended B-cubed on overlapping document clusters."""

from __future__ import annotations

import json

import pytest

from ctwatch.errors import SourceError
from ctwatch.eval.resolution import extended_bcubed, pairwise, read_gold

GOLD = {"a": {"I1"}, "b": {"I1"}, "c": {"I2"}, "d": {"I2", "I3"}, "e": set()}


def test_a_perfect_clustering_scores_one():
    renamed = {doc: {f"p{i}" for i in incidents} for doc, incidents in GOLD.items()}
    assert pairwise(GOLD, renamed)["f1"] == 1.0
    assert extended_bcubed(GOLD, renamed) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_lumping_everything_keeps_recall_and_loses_precision():
    lumped = {doc: {"all"} for doc in GOLD}
    links = pairwise(GOLD, lumped)
    assert links["recall"] == 1.0 and links["precision"] == pytest.approx(2 / 10)
    scores = extended_bcubed(GOLD, lumped)
    # d reports two gold incidents that the lump cannot tell apart: multiplicity recall just under 1
    assert scores["recall"] == pytest.approx(0.9375) and scores["precision"] < 0.5


def test_splitting_everything_keeps_precision_and_loses_recall():
    alone = {doc: {doc} for doc in GOLD if GOLD[doc]}
    scores = extended_bcubed(GOLD, alone)
    assert scores["precision"] == 1.0 and scores["recall"] < 1.0
    assert pairwise(GOLD, alone)["recall"] == 0.0


def test_gold_files_are_checked(tmp_path):
    bad = tmp_path / "bad.gold.json"
    bad.write_text(json.dumps({"source": "x.jsonl", "incidents": [{"id": "I1", "documents": []}]}), encoding="utf-8")
    with pytest.raises(SourceError, match="incident 0 needs"):
        read_gold(bad)


def test_the_shipped_demo_gold_scores_above_its_floor():
    """Floor a little under the measured value (docs/resolution.md): the constructed demo corpus."""
    from pathlib import Path

    from ctwatch.eval.resolution import run_resolution_eval

    result = run_resolution_eval(Path(__file__).resolve().parents[2] / "benchmarks" / "resolution" / "demo-wire.gold.json")
    assert result["metrics"]["bcubed_gold_documents"]["f1"] >= 0.88
    assert result["metrics"]["pairwise"]["f1"] >= 0.75


def test_bad_gold_and_corpus_rows_are_named(tmp_path):
    from ctwatch.eval.resolution import read_corpus

    listed = tmp_path / "list.gold.json"
    listed.write_text("[]", encoding="utf-8")
    with pytest.raises(SourceError, match="needs \"source\""):
        read_gold(listed)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x", "date": "2025-13-01"}\n{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"c.jsonl:1: the publication date"):
        list(read_corpus(corpus))
    corpus.write_text('{"id": "a", "text": "x"}\n{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"c.jsonl:2: a corpus row needs"):
        list(read_corpus(corpus))
