"""The store on SQLite and on the real PostgreSQL server: migrations, writes, search, audit."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, inspect, select

from ctwatch.errors import NotFound, StoreError
from ctwatch.models import CharMap, Edit, RawArticle, RepairResult, Rejection, content_fingerprint
from ctwatch.settings import load_settings
from ctwatch.store import repository
from ctwatch.store.database import current_revision, downgrade, open_store, upgrade
from ctwatch.store.schema import Article, AuditEntry


def _store_text(store, text: str, **raw_fields) -> int:
    raw = RawArticle(text=text, source="test.txt", **raw_fields)
    repaired = RepairResult(text=text, char_map=CharMap.identity(len(text)), edits=(
        Edit("whitespace", 0, 0, 0, 0, "", "", "nothing, a test edit"),
        Edit("damaged_text", 0, 4, 0, 4, text[:4], text[:4], "a test flag", applied=False),
    ))
    with store.transaction() as session:
        article = repository.add_article(
            session, raw, repaired, fingerprint=content_fingerprint(text), minhash=None, duplicate_of=None,
            similarity=None, run_id=None, settings=load_settings(tlp="amber"), actor="tester", language="en")
        return article.id


def test_fresh_database_is_migrated_to_head_and_can_go_back(db_url):
    store = open_store(db_url)
    assert current_revision(store) == "0005"
    assert {"articles", "article_edits", "rejections", "ingest_runs", "audit_log"} <= set(inspect(store.engine).get_table_names())
    downgrade(store, "base")
    assert "articles" not in inspect(store.engine).get_table_names()
    upgrade(store)
    assert current_revision(store) == "0005"
    store.close()


def test_article_round_trip_with_edits_marking_and_audit(db_url):
    store = open_store(db_url)
    published = datetime(2025, 3, 2, 10, 0, tzinfo=timezone.utc)
    article_id = _store_text(store, "Militants attacked a police post in Bannu.", publisher="Dawn",
                             published=published, metadata={"id": "x1"})
    with store.sessions() as session:
        article = repository.get_article(session, article_id)
        assert article.text == "Militants attacked a police post in Bannu."
        assert article.publisher == "Dawn" and article.meta == {"id": "x1", "published_utc_offset": "+00:00"}
        assert article.published_at == datetime(2025, 3, 2, 10, 0)  # the publisher's clock time, its zone in meta
        assert article.tlp == "AMBER" and article.org == "local"
        assert [(e.kind, e.applied) for e in article.edits] == [("whitespace", True), ("damaged_text", False)]
        assert article.uid == repository.article_uid(article.fingerprint)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.record_uid == article.uid))
        assert entry.action == "create" and entry.actor == "tester" and entry.after["id"] == article_id
    store.close()


def test_same_text_gets_the_same_uid_in_every_database(tmp_path, db_url):
    first, second = open_store(str(tmp_path / "a.db")), open_store(db_url)
    ids = [_store_text(s, "Identical wire copy about Quetta.") for s in (first, second)]
    uids = []
    for store, article_id in zip((first, second), ids):
        with store.sessions() as session:
            uids.append(repository.get_article(session, article_id).uid)
        store.close()
    assert uids[0] == uids[1]


def test_full_text_search_finds_words_phrases_and_stems(db_url):
    store = open_store(db_url)
    bomb = _store_text(store, "A suicide bomber struck a checkpoint in Quetta.", publisher="Dawn")
    raid = _store_text(store, "Police raided hideouts and arrested three suspects in Karachi.", publisher="The News")
    with store.sessions() as session:
        def ids(**filters):
            return [a.id for a in repository.list_articles(session, **filters)[0]]

        assert ids(search="quetta") == [bomb]
        assert ids(search='"suicide bomber"') == [bomb]
        assert ids(search="arrest") == [raid]  # stemmed: arrested ~ arrest
        assert ids(search="quetta karachi") == []  # every word must match
        assert ids(search='"unbalanced') == []  # user input can never be a query syntax error
        assert ids(publisher="the news") == [raid]
    store.close()


def test_rejections_are_stored_with_reason_and_place(db_url):
    store = open_store(db_url)
    with store.transaction() as session:
        run = repository.start_run(session, ["corpus.jsonl"])
        repository.add_rejection(session, Rejection("corpus.jsonl", "line 3", "malformed", "line 3 is not valid JSON"), run.id)
    with store.sessions() as session:
        [row] = repository.list_rejections(session, run_id=run.id)
        assert (row.source, row.place, row.reason) == ("corpus.jsonl", "line 3", "malformed")
    store.close()


def test_missing_article_is_a_clear_error(db_url):
    store = open_store(db_url)
    with store.sessions() as session, pytest.raises(NotFound, match="no article with id 999"):
        repository.get_article(session, 999)
    store.close()


def test_a_failed_transaction_leaves_nothing_behind(db_url):
    store = open_store(db_url)
    with pytest.raises(RuntimeError), store.transaction() as session:
        repository.start_run(session, ["x"])
        session.add(Article(uid="u", fingerprint="f", source="s", source_place="", source_kind="text",
                            raw_text="t", text="t", char_map=[], meta={}, ingested_at=repository.now()))
        session.flush()
        raise RuntimeError("crash mid-article")
    with store.sessions() as session:
        assert session.scalar(select(func.count(Article.id))) == 0
    store.close()


def test_unusable_database_locations_are_named(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no-such-folder" / "x.db"))
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_a_papers_date_is_its_own_not_utcs(db_url):
    # 02:00 in Peshawar on 10 March is 9 March in UTC: the paper's "yesterday" is still the 9th
    store = open_store(db_url)
    published = datetime(2025, 3, 10, 2, 0, tzinfo=timezone(timedelta(hours=5)))
    article_id = _store_text(store, "Two policemen were shot dead in Hayatabad yesterday.", publisher="Dawn", published=published)
    with store.sessions() as session:
        article = repository.get_article(session, article_id)
        assert article.published_at == datetime(2025, 3, 10, 2, 0)
        assert article.meta["published_utc_offset"] == "+05:00"
    store.close()
