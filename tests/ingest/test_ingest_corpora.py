"""Corpora: JSON lines, JSON arrays and objects, CSV and TSV, mapped field by field, bad rows rejected one by one."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from ctwatch.ingest import IngestOptions, iter_documents
from ctwatch.models import RawArticle, Rejection


def ingest(path, settings, options=IngestOptions()):
    return list(iter_documents([str(path)], settings, options))


def write_lines(path, *lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_jsonl_auto_detects_usual_field_names(tmp_path, settings):
    path = write_lines(
        tmp_path / "corpus.jsonl",
        json.dumps({"id": 7, "headline": "Blast in Peshawar", "body": "A blast hit a market.", "link": "https://x.example/1",
                    "published": "Tue, 05 Mar 2024 09:30:00 +0500", "outlet": "Dawn", "byline": ["A. Khan", "B. Shah"],
                    "lang": "en", "tags": ["kp", "ied"]}),
    )
    [article] = ingest(path, settings, IngestOptions(publisher="fallback"))
    assert (article.text, article.title, article.url) == ("A blast hit a market.", "Blast in Peshawar", "https://x.example/1")
    assert (article.publisher, article.author, article.language) == ("Dawn", "A. Khan, B. Shah", "en")
    assert article.published == datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=5)))
    assert article.metadata == {"id": 7, "tags": ["kp", "ied"]}
    assert (article.place, article.source_kind) == ("line 1", "jsonl")


def test_jsonl_explicit_mapping_with_dotted_paths(tmp_path, settings):
    record = {
        "doc": {"full": "Security forces killed four militants.", "meta": {"heading": "Operation in Khyber", "day": "March 3, 2024"}},
        "location": {"state": "KP", "district": "Khyber"},
        "guid": "abc-1",
    }
    path = write_lines(tmp_path / "nested.ndjson", json.dumps(record))
    options = IngestOptions(text_field="doc.full", title_field="doc.meta.heading", date_field="doc.meta.day",
                            id_field="guid", publisher="The News")
    [article] = ingest(path, settings, options)
    assert article.text == "Security forces killed four militants."
    assert article.title == "Operation in Khyber" and article.publisher == "The News"
    assert article.published == datetime(2024, 3, 3)
    # mapped fields leave the record; what is left (and the id) is metadata, emptied objects dropped
    assert article.metadata == {"location": {"state": "KP", "district": "Khyber"}, "id": "abc-1"}


def test_unparseable_date_is_kept_raw_not_rejected(tmp_path, settings):
    path = write_lines(tmp_path / "c.jsonl", json.dumps({"text": "Text.", "date": "sometime in spring"}),
                       json.dumps({"text": "Text.", "date": "2009-01-01"}))
    first, second = ingest(path, settings)
    assert first.published is None and first.metadata == {"date_raw": "sometime in spring"}
    assert second.published == datetime(2009, 1, 1) and second.metadata == {}


def test_bad_jsonl_rows_are_rejected_one_by_one(tmp_path, settings):
    deep = "[" * 100_000 + "]" * 100_000
    middling = json.dumps({"text": "x", "nest": json.loads("[" * 80 + "]" * 80)})
    path = write_lines(
        tmp_path / "bad.jsonl",
        json.dumps({"text": "good one"}),
        '{"text": "unterminated", "title" "x"}',
        "[1, 2]",
        json.dumps({"title": "no text", "lede": "?"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        "",
        deep,
        middling,
        json.dumps({"text": "good two"}),
    )
    results = ingest(path, settings)
    assert [(r.place, r.reason) for r in results if isinstance(r, Rejection)] == [
        ("line 2", "malformed"), ("line 3", "malformed"), ("line 4", "malformed"), ("line 5", "malformed"),
        ("line 6", "empty"), ("line 8", "malformed"), ("line 9", "malformed"),
    ]
    assert [r.text for r in results if isinstance(r, RawArticle)] == ["good one", "good two"]
    details = {r.place: r.detail for r in results if isinstance(r, Rejection)}
    assert details["line 2"] == "line 2 is not valid JSON: Expecting ':' delimiter at column 34; each line must hold one JSON object"
    assert "is a JSON array, not an object" in details["line 3"]
    assert "its fields are title, lede" in details["line 4"] and "--text-field" in details["line 4"]
    assert "'text' is a JSON number, not a string" in details["line 5"]
    assert "deeper than 64 levels" in details["line 8"] and "deeper than 64 levels" in details["line 9"]


def test_jsonl_line_over_the_cap_is_too_large(tmp_path, settings):
    path = write_lines(tmp_path / "big.jsonl", json.dumps({"text": "y" * 5000}), json.dumps({"text": "small"}))
    big, small = ingest(path, replace(settings, max_document_bytes=1000))
    assert (big.place, big.reason) == ("line 1", "too_large")
    assert small.text == "small" and small.place == "line 2"


def test_undecodable_bytes_reject_only_their_line(tmp_path, settings):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "caf\xc3\xa9"}\n{"text": "caf\xe9"}\n{"text": "ok"}\n')
    first, second, third = ingest(path, settings)
    assert first.text == "café" and (second.place, second.reason) == ("line 2", "undecodable") and third.text == "ok"


def test_json_array_is_streamed_item_by_item(tmp_path, settings):
    items = [{"text": f"article {n}", "title": f"T{n}"} for n in range(3000)]  # several read chunks
    items[5] = "not an object"
    path = tmp_path / "array.json"
    path.write_text(json.dumps(items, indent=1), encoding="utf-8")
    results = ingest(path, settings)
    assert len(results) == 3000
    assert (results[5].place, results[5].reason) == ("item 6", "malformed")
    assert (results[-1].place, results[-1].title, results[-1].text) == ("item 3000", "T2999", "article 2999")


def test_broken_json_array_stops_with_a_positioned_rejection(tmp_path, settings):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "fine"}, {"text": "cut off", ', encoding="utf-8")
    fine, broken = ingest(path, settings)
    assert fine.text == "fine"
    assert (broken.place, broken.reason) == ("item 2", "malformed")
    assert "not valid JSON" in broken.detail and "at character" in broken.detail


def test_json_file_with_one_object_or_json_lines(tmp_path, settings):
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"content": "One article.", "title": "One"}, indent=2))
    [article] = ingest(single, settings)
    assert (article.text, article.title, article.place) == ("One article.", "One", "")
    lines = write_lines(tmp_path / "lines.json", json.dumps({"text": "a"}), json.dumps({"text": "b"}))
    assert [(r.place, r.text) for r in ingest(lines, settings)] == [("line 1", "a"), ("line 2", "b")]
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    [rejection] = ingest(deep, settings)
    assert rejection.reason == "malformed" and "deeper than 64" in rejection.detail


def test_csv_with_sniffed_delimiter_and_quoted_newlines(tmp_path, settings):
    path = tmp_path / "corpus.csv"
    path.write_text(
        'Title;Text;Date;Region\n'
        '"Attack; aftermath";"First paragraph.\nSecond paragraph.";2024-03-01;Balochistan\n'
        'Second;Body two;03/01/2024;Sindh\n',
        encoding="utf-8",
    )
    first, second = ingest(path, settings)
    assert (first.title, first.text, first.place) == ("Attack; aftermath", "First paragraph.\nSecond paragraph.", "row 2")
    assert first.published == datetime(2024, 3, 1) and first.metadata == {"Region": "Balochistan"}
    assert (second.place, second.source_kind) == ("row 3", "csv")


def test_tsv_and_ragged_rows(tmp_path, settings):
    path = tmp_path / "corpus.tsv"
    path.write_text("id\ttext\tpublisher\n1\tFirst, with a comma.\tDawn\n2\tonly two\n\n3\tThird.\tGeo\n", encoding="utf-8")
    first, ragged, third = ingest(path, settings)
    assert (first.text, first.publisher, first.metadata) == ("First, with a comma.", "Dawn", {"id": "1"})
    assert (ragged.place, ragged.reason) == ("row 3", "malformed")
    assert ragged.detail == "row 3 has 2 field(s) but the header has 3; quote fields that contain the delimiter '\\t'"
    assert (third.place, third.text) == ("row 5", "Third.")  # the blank line is row 4


def test_csv_long_fields_pass_and_rows_over_the_cap_are_too_large(tmp_path, settings):
    path = tmp_path / "long.csv"
    long_text = "word " * 60_000  # 300 kB: over csv's default 128 KiB field limit
    path.write_text(f'text,title\n"{long_text}",Long\nshort,Short\n', encoding="utf-8")
    long, short = ingest(path, settings)
    assert long.text == long_text and short.text == "short"
    too_big, short = ingest(path, replace(settings, max_document_bytes=100_000))
    assert (too_big.place, too_big.reason) == ("row 2", "too_large")
    assert short.text == "short" and short.place == "row 3"


def test_csv_in_a_legacy_encoding_is_decoded(tmp_path, settings):
    path = tmp_path / "excel.csv"
    path.write_bytes("title,text\nAttentat,Une bombe a explosé près du marché à Quetta.\n".encode("cp1252"))
    [article] = ingest(path, settings)
    assert article.text == "Une bombe a explosé près du marché à Quetta."


def test_utf16_tsv_and_an_explicit_delimiter(tmp_path, settings):
    excel = tmp_path / "export.tsv"  # Excel's "Unicode text" export
    excel.write_bytes("headline\tstory\tlang\nدھماکہ\tکوئٹہ میں دھماکہ ہوا۔\tur\n".encode("utf-16"))
    [article] = ingest(excel, settings, IngestOptions(title_field="headline", text_field="story"))
    assert (article.title, article.text, article.language) == ("دھماکہ", "کوئٹہ میں دھماکہ ہوا۔", "ur")
    piped = tmp_path / "piped.csv"
    piped.write_text("text|site\nOne, two; three.|Geo\n", encoding="utf-8")
    [article] = ingest(piped, settings, IngestOptions(csv_delimiter="|"))
    assert (article.text, article.publisher) == ("One, two; three.", "Geo")
    header_only = tmp_path / "header.csv"
    header_only.write_text("text,title\n")
    [rejection] = ingest(header_only, settings)
    assert rejection.reason == "empty" and "no data rows" in rejection.detail


def test_binary_or_empty_corpus_is_one_rejection(tmp_path, settings):
    binary = tmp_path / "dump.jsonl"
    binary.write_bytes(b"\x00\x01\x02SQLite format 3\x00" * 50)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert [(r.source, r.reason) for r in ingest(binary, settings)] == [(str(binary), "binary")]
    assert [(r.source, r.reason) for r in ingest(empty, settings)] == [(str(empty), "empty")]


def test_a_date_field_no_record_has_is_named(tmp_path, settings):
    # a mistyped --date-field would store every article without its date
    path = write_lines(tmp_path / "dated.jsonl", json.dumps({"text": "A blast hit a market.", "date": "2025-03-10"}))
    [rejected] = ingest(path, settings, IngestOptions(date_field="nosuch"))
    assert isinstance(rejected, Rejection) and rejected.reason == "malformed"
    assert "no field 'nosuch' (named by --date-field)" in rejected.detail and "text, date" in rejected.detail


def test_a_control_character_is_reported_once(tmp_path, settings):
    path = write_lines(tmp_path / "ctl.jsonl", '{"text": "a\tb"}')
    [rejected] = ingest(path, settings)
    assert "Invalid control character at column" in rejected.detail
