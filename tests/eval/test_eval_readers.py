"""Benchmark readers: row shapes, null gold, and errors naming file and line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ctwatch.errors import CtwatchError
from ctwatch.eval.readers import BENCHMARKS, BenchmarkError, read_benchmark


def _jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


SATP_ROW = {
    "id": "satp-in-1", "date": "2009-01-01", "text": "Maoists killed two.", "perpetrator": "Maoist",
    "action_types": ["armed_assault"], "first_target": "Security",
    "fatalities": {"total": 2}, "injuries": None, "arrests": {"total_arrests": 0},
    "location": {"state": "Bihar", "district": "Gaya"},
}


def test_satp_india_row(tmp_path):
    items = list(read_benchmark("satp-india", _jsonl(tmp_path / "d.jsonl", [SATP_ROW, "", {**SATP_ROW, "id": None}])))
    assert len(items) == 2  # the blank line is skipped
    item = items[0]
    assert item.id == "satp-in-1" and item.text == "Maoists killed two." and item.published == date(2009, 1, 1)
    assert item.gold["fatalities.total"] == 2
    assert item.gold["injuries.total"] is None  # null parent -> null gold
    assert item.gold["location.district"] == "Gaya"
    assert items[1].id == "d.jsonl:3"  # no id: file and line


def test_labels_rows(tmp_path):
    path = _jsonl(tmp_path / "s.jsonl", [{"id": "x", "text": "t", "labels": ["ANY_ACTION", "arrest"]}])
    (item,) = read_benchmark("ipe-sents", path)
    assert item.gold == {"labels": ["ANY_ACTION", "arrest"]} and item.published is None
    path = _jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": "t", "label": "REM_EXPLOS"}, {"id": "2", "text": "u", "label": "diplo"}])
    assert [i.gold["label"] for i in read_benchmark("acled-snippets", path)] == ["REM_EXPLOS", "diplo"]


def test_real_benchmark_files_read(shared_dir):
    bench = shared_dir / "benchmarks"
    first = next(iter(read_benchmark("satp-india", bench / "satp-india" / "dev.jsonl")))
    assert first.gold["action_types"] == ["surrender"]
    assert sum(1 for _ in read_benchmark("satp-southasia", bench / "satp-southasia" / "dev.jsonl")) == 232
    assert sum(1 for _ in read_benchmark("ipe-docs", bench / "india-police-events" / "docs-dev.jsonl")) == 165
    seeds = list(read_benchmark("seed", bench / "pakistan-gold-dev"))
    assert len(seeds) == 40 and all(s.text and "incidents" in s.gold for s in seeds)


def test_seed_file_reads_article_relative_to_gold(shared_dir):
    (item,) = read_benchmark("seed", shared_dir / "seed" / "article-001.gold.json")
    assert item.id == "article-001" and "IS-KP" in item.text and item.published is None


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ('{"id": "b", "labels": []}', "line 2: field 'text' is missing"),
        ('{"id": "b", "text": "t"}', "line 2: field 'labels' is missing"),
        ('{"id": "b", "text": "t", "labels": "bombing"}', "line 2: field 'labels' should be a list"),
        ('{"id": "b", "text": "t", "labels": ["arson"]}', "line 2: unknown label(s) ['arson']"),
    ],
)
def test_malformed_row_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "t", "labels": []}) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(BenchmarkError) as err:
        list(read_benchmark("satp-southasia", path))
    assert str(path) in str(err.value) and message in str(err.value)
    assert isinstance(err.value, CtwatchError)


def test_bad_count_and_date(tmp_path):
    path = _jsonl(tmp_path / "c.jsonl", [{**SATP_ROW, "fatalities": {"total": -1}}])
    with pytest.raises(BenchmarkError, match="line 1: field 'fatalities.total'"):
        list(read_benchmark("satp-india", path))
    path = _jsonl(tmp_path / "d.jsonl", [{**SATP_ROW, "date": "yesterday"}])
    with pytest.raises(BenchmarkError, match="line 1: date 'yesterday'"):
        list(read_benchmark("satp-india", path))


def test_missing_file_and_unknown_benchmark(tmp_path):
    with pytest.raises(BenchmarkError, match="not found: .*nope.jsonl"):
        read_benchmark("satp-india", tmp_path / "nope.jsonl")
    with pytest.raises(BenchmarkError) as err:
        read_benchmark("satp", tmp_path / "x.jsonl")
    for name in BENCHMARKS:
        assert name in str(err.value)


def test_seed_errors(tmp_path):
    with pytest.raises(BenchmarkError, match="no \\*.gold.json files"):
        list(read_benchmark("seed", tmp_path))
    gold = tmp_path / "a.gold.json"
    gold.write_text(json.dumps({"article": "missing.txt"}), encoding="utf-8")
    with pytest.raises(BenchmarkError, match="article file not found"):
        list(read_benchmark("seed", gold))
    gold.write_text("{", encoding="utf-8")
    with pytest.raises(BenchmarkError, match="a.gold.json: not a valid JSON gold file"):
        list(read_benchmark("seed", gold))


def test_an_empty_file_is_an_error_not_scores_of_zero(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(BenchmarkError, match="empty.jsonl has no rows"):
        list(read_benchmark("satp-india", empty))
