"""A batch killed with SIGKILL part-way is completed by a re-run: nothing half-written, nothing twice."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ctwatch.clean import repair

REPO = Path(__file__).resolve().parents[1]
ROWS = 1500


def _corpus(path: Path) -> None:
    rng = random.Random(7)
    vocabulary = ("militants police district attack checkpoint killed injured arrested suspects province army "
                  "convoy market blast claimed responsibility officials said security forces operation "
                  "village road tribal elders levies hospital curfew raid weapons seized explosives").split()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(ROWS):
            words = " ".join(rng.choice(vocabulary) for _ in range(60))
            # Every row carries a glued word, so every article must be stored with its repair edit.
            handle.write(json.dumps({"id": f"r{i}", "text": f"Report {i}: {words} within a networkthat spans row{i}."}) + "\n")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun_completes_it(tmp_path):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "k.db"
    _corpus(corpus)
    command = [sys.executable, "-m", "ctwatch", "ingest", str(corpus), "--db", str(db), "--quiet", "--no-extract"]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 50 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_before = _count(db)
    assert 0 < stored_before < ROWS, "the kill must land mid-batch"

    rerun = subprocess.run(command, cwd=REPO, capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*), count(DISTINCT fingerprint) FROM articles").fetchone() == (ROWS, ROWS)
        ids = {row[0] for row in connection.execute("SELECT json_extract(metadata, '$.id') FROM articles")}
        assert ids == {f"r{i}" for i in range(ROWS)}
        # Whole articles only: each carries exactly the edits its repair produces, and its audit row.
        sample = connection.execute("SELECT id, raw_text, text, uid FROM articles ORDER BY random() LIMIT 40").fetchall()
        for article_id, raw_text, text, uid in sample:
            expected = repair(raw_text)
            assert text == expected.text
            stored_edits = connection.execute("SELECT count(*) FROM article_edits WHERE article_id = ?", (article_id,)).fetchone()[0]
            assert stored_edits == len(expected.edits) > 0
            assert connection.execute("SELECT count(*) FROM audit_log WHERE record_uid = ?", (uid,)).fetchone()[0] == 1
        runs = connection.execute("SELECT finished_at IS NOT NULL FROM ingest_runs ORDER BY id").fetchall()
        assert runs == [(0,), (1,)]  # the killed run never finished; the re-run did
    assert "duplicates (already stored, skipped)" in rerun.stdout.decode()
