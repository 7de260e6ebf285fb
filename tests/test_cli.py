"""The `ctwatch` command end to end, as a user runs it (a real process each time)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def ctwatch(*args: str, db: str | None = None, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "ctwatch", *args] + (["--db", db] if db else [])
    import os

    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(command, input=stdin, capture_output=True, cwd=REPO, env=full_env, timeout=300)


def text(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode() + result.stderr.decode()


@pytest.fixture
def seed_article(shared_dir) -> Path:
    return shared_dir / "seed" / "article-001.txt"


def test_ingest_seed_then_show_edits(tmp_path, seed_article):
    db = str(tmp_path / "c.db")
    result = ctwatch("ingest", str(seed_article), "--publisher", "The News on Sunday", db=db)
    assert result.returncode == 0, text(result)
    assert "new articles" in text(result) and "1" in text(result)
    shown = ctwatch("show", "1", "--edits", db=db)
    assert shown.returncode == 0, text(shown)
    output = text(shown)
    assert "The News on Sunday" in output
    assert "within a network that still shares the common goal" in output
    assert "glued_words" in output and "drop_cap" in output
    assert "damaged_text (flag)" in output and "near_duplicate_sentence (flag)" in output
    raw = ctwatch("show", "1", "--raw", db=db)
    assert "networkthat" in text(raw)


def test_reingesting_adds_nothing_and_exit_code_is_zero(tmp_path, seed_article):
    db = str(tmp_path / "c.db")
    assert ctwatch("ingest", str(seed_article), db=db).returncode == 0
    again = ctwatch("ingest", str(seed_article), db=db)
    assert again.returncode == 0
    status = text(ctwatch("status", db=db))
    assert "articles: 1" in status
    assert "duplicates (already stored, skipped)" in text(again)


def test_rejections_give_exit_code_one_and_the_rest_is_stored(tmp_path, seed_article):
    db = str(tmp_path / "c.db")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"text": "Militants attacked a checkpoint in Bannu district on Monday."}) + "\n"
                      + "{not json\n" + json.dumps({"title": "no text here"}) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = ctwatch("ingest", str(corpus), str(empty), str(seed_article), str(tmp_path / "missing.txt"), db=db)
    output = text(result)
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert "line 2" in output and "line 3" in output and "empty.txt" in output and "missing.txt" in output
    assert "articles: 2" in text(ctwatch("status", db=db))
    listed = text(ctwatch("rejections", db=db))
    assert "malformed" in listed and "empty" in listed and "not_found" in listed


def test_stdin_is_a_source(tmp_path):
    db = str(tmp_path / "c.db")
    result = ctwatch("ingest", "-", db=db, stdin=b"Security forces killed three militants in North Waziristan on Tuesday, officials said.")
    assert result.returncode == 0, text(result)
    assert "North Waziristan" in text(ctwatch("show", "1", db=db))


def test_articles_filters_and_search(tmp_path):
    db = str(tmp_path / "c.db")
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"text": "A suicide bomber struck a police checkpoint in Quetta, killing four.", "publisher": "Dawn", "date": "2025-03-02"},
        {"text": "Police arrested three suspects in Karachi after a raid on a hideout.", "publisher": "The News", "date": "2025-04-10",
         "title": "[Updated] Arrests in Karachi"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert ctwatch("ingest", str(corpus), db=db).returncode == 0
    assert "Quetta" in text(ctwatch("articles", "--search", '"suicide bomber"', db=db))
    found = text(ctwatch("articles", "--since", "2025-04-01", db=db))
    assert "Karachi" in found and "Quetta" not in found
    assert "[Updated]" in found  # brackets in a title are text, not terminal markup
    by_publisher = text(ctwatch("articles", "--publisher", "dawn", db=db))
    assert "1 article" in by_publisher and "Quetta" in by_publisher
    bad_date = ctwatch("articles", "--since", "March", db=db)
    assert bad_date.returncode == 2 and "since" in text(bad_date).lower()


def test_export_jsonl_and_csv(tmp_path, seed_article):
    db = str(tmp_path / "c.db")
    ctwatch("ingest", str(seed_article), db=db)
    jsonl = ctwatch("export", "--format", "jsonl", db=db)
    [record] = [json.loads(line) for line in jsonl.stdout.decode().splitlines()]
    assert record["text"].startswith("Pakistan is determined") and record["tlp"] == "CLEAR"
    assert any(e["kind"] == "glued_words" for e in record["edits"])
    assert "raw_text" not in record
    out_file = tmp_path / "out.csv"
    result = ctwatch("export", "--format", "csv", "--output", str(out_file), "--include-raw", db=db)
    assert result.returncode == 0 and "wrote 1 article" in text(result)
    [row] = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert row["raw_text"].startswith("| P |") and json.loads(row["edits"])
    bad = ctwatch("export", "--format", "xml", db=db)
    assert bad.returncode == 2 and "jsonl or csv" in text(bad)


def test_errors_are_one_line_without_traceback_unless_debug(tmp_path):
    missing = ctwatch("show", "42", db=str(tmp_path / "c.db"))
    assert missing.returncode == 2 and "no article with id 42" in text(missing) and "Traceback" not in text(missing)
    debug = ctwatch("--debug", "show", "42", db=str(tmp_path / "c.db"))
    assert "Traceback" in text(debug)
    bad_db = ctwatch("status", db=str(tmp_path / "nowhere" / "c.db"))
    assert bad_db.returncode == 2 and "does not exist" in text(bad_db)
    bad_setting = ctwatch("status", db=str(tmp_path / "c.db"), env={"CTWATCH_TLP": "PURPLE"})
    assert bad_setting.returncode == 2 and "tlp (--tlp or CTWATCH_TLP) must be one of" in text(bad_setting)
    bad_option = ctwatch("ingest", str(tmp_path / "none.csv"), "--delimiter", ";;", db=str(tmp_path / "c.db"))
    assert bad_option.returncode == 2 and "--delimiter" in text(bad_option) and "must be one character, got ';;'" in text(bad_option)


@pytest.mark.postgres
def test_ingest_into_postgresql_by_url(postgres_url, seed_article):
    result = ctwatch("ingest", str(seed_article), db=postgres_url)
    assert result.returncode == 0, text(result)
    assert "network that" in text(ctwatch("show", "1", db=postgres_url))
    assert "1 article" in text(ctwatch("articles", "--search", "networks", db=postgres_url))


def test_a_report_of_two_separate_incidents_stores_two_incidents(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Unidentified armed assailants killed three Levies personnel in two separate incidents in "
                      "Mastung District of Balochistan on July 2, reports Dawn.", encoding="utf-8")
    result = ctwatch("ingest", str(report), db=str(tmp_path / "r.db"))
    assert result.returncode == 0 and "resolved 2 mentions into 2 incidents" in text(result)


def test_ingest_extracts_and_incidents_lists_them(tmp_path, seed_article):
    db = str(tmp_path / "c.db")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "A suicide bomber struck a police checkpoint in Quetta on Monday, killing four policemen.",
                                  "date": "2025-03-05"}) + "\n", encoding="utf-8")
    result = ctwatch("ingest", str(seed_article), str(corpus), db=db)
    assert result.returncode == 0 and "extracted 2 articles" in text(result)
    assert "resolved" in text(result)  # ingest resolves the new mentions into incidents
    listed = text(ctwatch("mentions", "--type", "suicide bomb", db=db))
    assert "1 incident mention" in listed and "Quetta" in listed and "2025-03-03" in listed
    resolved = text(ctwatch("incidents", "--type", "suicide bomb", db=db))
    assert "1 incident" in resolved and "Quetta" in resolved and "4" in resolved
    shown = text(ctwatch("show", "1", "--extracted", db=db))
    assert "Islamic State-Khorasan Province" in shown and "Mubasher Bukhari" in shown and "hostile" in shown
    assert "Religious Figures/Institutions" in shown  # the IS-KP profile from a general statement
    assert "Armed clash (occurred)" in shown and "(hypothetical)" in shown  # statuses are shown
    suicide = text(ctwatch("show", "2", "--extracted", db=db))
    assert 'killed "killing four policemen"' in suicide and 'date "on Monday"' in suicide  # each value's words
    again = ctwatch("extract", db=db)
    assert "extracted 0 articles" in text(again)  # nothing new or outdated
    assert "extracted 2 articles" in text(ctwatch("extract", "--all", db=db))
    known = text(ctwatch("actors", db=db))
    assert "Balochistan Liberation Army" in known and "bla" in known
    record = json.loads(ctwatch("export", db=db).stdout.decode().splitlines()[1])
    assert record["extraction"]["events"][0]["acled_sub_event_type"] == "Suicide bomb"


def test_show_says_what_the_heads_guessed(tmp_path):
    db = str(tmp_path / "h.db")
    corpus = tmp_path / "h.jsonl"
    rows = [{"text": "On 12 May 2022, Al Shabaab announced a new governor for its Jubba wilayah.", "date": "2022-05-13"},
            {"text": "Police arrested a Maoist dalam commander in the forest along the mandal border.", "date": "2012-04-02"}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert ctwatch("ingest", str(corpus), db=db).returncode == 0
    note = text(ctwatch("show", "1", "--extracted", db=db))
    assert "Change to group/activity (occurred)" in note and "typed by the event-type head (probability" in note
    report = text(ctwatch("show", "2", "--extracted", db=db))
    assert "no state named; the region head's guess:" in report and ", IN (probability" in report


def test_eval_prints_one_json_object(shared_dir):
    result = ctwatch("eval", "seed", str(shared_dir / "seed" / "article-001.gold.json"), "--json")
    assert result.returncode == 0, text(result)
    report = json.loads(result.stdout.decode())
    assert {"benchmark", "n", "metrics", "seconds", "items_per_second"} <= set(report)
    assert report["metrics"]["actors"]["f1"] == 1.0
    bad = ctwatch("eval", "nonsense", str(shared_dir / "seed" / "article-001.gold.json"))
    assert bad.returncode == 2 and "satp-india" in text(bad) and "Traceback" not in text(bad)


def test_people_are_linked_across_articles_only_when_role_or_province_agree(tmp_path):
    db = str(tmp_path / "c.db")
    corpus = tmp_path / "people.jsonl"
    rows = ["Security analyst Mubasher Bukhari said the attack in Lahore showed how weak policing is in Punjab.",
            "Mubasher Bukhari, a security analyst, said militants had regrouped in Punjab after the operation.",
            "Police in Quetta said Muhammad Khan, a shopkeeper, was shot dead.",
            "In Peshawar, Muhammad Khan, a former minister, condemned the blast."]
    corpus.write_text("".join(json.dumps({"text": r}) + "\n" for r in rows), encoding="utf-8")
    assert ctwatch("ingest", str(corpus), db=db).returncode == 0
    listed = text(ctwatch("people", db=db))
    assert "3 people" in listed and "1, 2" in listed  # one Bukhari in two articles, two different Khans


def test_train_names_missing_training_data(tmp_path):
    result = ctwatch("train", "--shared", str(tmp_path), "--output", str(tmp_path / "models"))
    assert result.returncode == 2 and "lacks the training data" in text(result) and "Traceback" not in text(result)


def test_a_plain_report_takes_the_publication_date_given(tmp_path):
    # "on Tuesday" in a .txt report needs the day it was published
    report = tmp_path / "r.txt"
    report.write_text("Militants attacked a police checkpost in Bannu on Tuesday, killing two policemen.", encoding="utf-8")
    db = str(tmp_path / "p.db")
    result = ctwatch("ingest", str(report), "--published", "2025-03-14", db=db)
    assert result.returncode == 0, text(result)
    assert "extracted 1 article: 1 incident mention," in text(result)
    assert "2025-03-11" in text(ctwatch("mentions", db=db))
    bad = ctwatch("ingest", str(report), "--published", "14/03/2025", db=db)
    assert bad.returncode == 2 and "--published" in text(bad) and "2025-03-14" in text(bad)


def test_incidents_show_the_organisation_behind_the_crowd(tmp_path, add_reported_event):
    from ctwatch.extract.model import ActorMention, Span
    from ctwatch.store.database import open_store
    from ctwatch.store.incidents import resolve_stored

    db = str(tmp_path / "o.db")
    store = open_store(db)
    byc = ActorMention(Span(26, 33, "the BYC"), "byc", "Baloch Yakjehti Committee", "political_party", 6)
    add_reported_event(store, "A sit-in organised by the BYC in Turbat.", "Dawn", "Kech", 10, 0, province="Balochistan",
                       associated=byc)
    add_reported_event(store, "A bomb in Karak killed two.", "Dawn", "Karak", 11, 2)
    with store.transaction() as session:
        resolve_stored(session, "tester")
    store.close()
    listed = text(ctwatch("incidents", db=db))
    assert "organised by Baloch Yakjehti Committee" in listed and listed.count("organised by") == 1
    assert "organised by Baloch Yakjehti Committee" in text(ctwatch("mentions", db=db))
    records = {r["admin2"]: r for r in json.loads(ctwatch("incidents", "--json", db=db).stdout)}
    assert (records["Kech"]["associated_id"], records["Kech"]["associated"]) == ("byc", "Baloch Yakjehti Committee")
    rows = {r["admin2"]: r for r in csv.DictReader(io.StringIO(ctwatch("incidents", "--csv", db=db).stdout.decode()))}
    assert rows["Kech"]["assoc_actor_1"] == "Baloch Yakjehti Committee" and rows["Karak"]["assoc_actor_1"] == ""
    shown = text(ctwatch("incident", "show", records["Kech"]["uid"][:8], db=db))
    assert "organised by: Baloch Yakjehti Committee" in shown
    assert "gives type, associated, place, date" in shown  # the source mention it came from
    assert "organised by" not in text(ctwatch("incident", "show", records["Karak"]["uid"][:8], db=db))
