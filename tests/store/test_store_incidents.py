"""Stored incidents: resolution over stored mentions, and human merges and splits that re-runs respect."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text

from ctwatch.errors import UsageError
from ctwatch.extract.model import ActorMention, Span
from ctwatch.store.database import current_revision, downgrade, open_store, upgrade
from ctwatch.store.incidents import (list_decisions, list_incidents, load_incidents, merge_incidents, resolve_stored,
                                     revert_decision, split_incident)
from ctwatch.store.schema import AuditEntry, EventMentionRecord

BYC = ActorMention(Span(26, 33, "the BYC"), "byc", "Baloch Yakjehti Committee", "political_party", 6)


@pytest.fixture
def store(db_url, add_reported_event):
    store = open_store(db_url)
    add_reported_event(store, "A roadside bomb killed five in Bannu.", "Dawn", "Bannu", 10, 5)
    add_reported_event(store, "Seven killed by an IED in Bannu district.", "Express Tribune", "Bannu", 10, 7)
    add_reported_event(store, "A bomb in Karak killed two.", "Dawn", "Karak", 10, 2)
    with store.transaction() as session:
        resolve_stored(session, "tester")
    yield store
    store.close()


def _incidents(store):
    with store.sessions() as session:
        return {i.admin2 + ":" + str(len(i.sources)): i for i in load_incidents(session)}


def test_reports_of_one_bombing_are_one_incident_with_both_sources_and_tolls(store):
    incidents = _incidents(store)
    assert set(incidents) == {"Bannu:2", "Karak:1"}
    bannu = incidents["Bannu:2"]
    assert bannu.corroboration == 2 and (bannu.killed["total"].low, bannu.killed["total"].high) == (5, 7)
    with store.sessions() as session:
        rows, total = list_incidents(session, min_sources=2)
        assert total == 1 and rows[0].killed == 5 and rows[0].sources == 2


def test_a_rerun_changes_nothing_and_keeps_uids(store):
    before = {i.uid for i in _incidents(store).values()}
    with store.transaction() as session:
        summary = resolve_stored(session, "tester")
    assert (summary.created, summary.updated, summary.removed) == (0, 0, 0)
    assert {i.uid for i in _incidents(store).values()} == before


def test_merge_split_and_revert_are_recorded_and_survive_reruns(store):
    incidents = _incidents(store)
    bannu, karak = incidents["Bannu:2"], incidents["Karak:1"]
    with store.transaction() as session:
        merge = merge_incidents(session, [bannu.uid[:8], karak.uid[:8]], "analyst", "same attack, Karak misreported")
    with store.transaction() as session:
        resolve_stored(session, "ctwatch resolve")  # an automatic re-run
    assert len(_incidents(store)) == 1
    merged = next(iter(_incidents(store).values()))
    assert len(merged.sources) == 3

    tribune = next(s.mention_uid for s in merged.sources if s.publisher == "Express Tribune")
    with store.transaction() as session:
        split = split_incident(session, merged.uid, [tribune[:8]], "analyst", "Tribune reports another blast")
        resolve_stored(session, "ctwatch resolve")
    assert sorted(len(i.sources) for i in _incidents(store).values()) == [1, 2]

    with store.transaction() as session:
        revert_decision(session, split.uid[:8], "analyst", "checked: one blast")
    assert len(_incidents(store)) == 1
    with store.transaction() as session:
        revert_decision(session, merge.uid, "analyst", "Karak was separate after all")
    assert set(_incidents(store)) == {"Bannu:2", "Karak:1"}
    with store.sessions() as session:
        kinds = [(d.kind, d.reverted_at is not None) for d in list_decisions(session)]
        audited = {a.action for a in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "resolution_decisions"))}
    assert kinds == [("merge", True), ("split", True)] and audited == {"merge", "split", "revert"}


def test_bad_decisions_are_refused_with_the_reason(store):
    bannu = _incidents(store)["Bannu:2"]
    with store.transaction() as session:
        with pytest.raises(UsageError, match="at least two different incidents"):
            merge_incidents(session, [bannu.uid, bannu.uid[:8]], "analyst", "why")
        with pytest.raises(UsageError, match="say why"):
            merge_incidents(session, [bannu.uid, _incidents(store)["Karak:1"].uid], "analyst", " ")
        with pytest.raises(UsageError, match="not sources of incident"):
            split_incident(session, bannu.uid, ["zzzzzz"], "analyst", "why")
        with pytest.raises(UsageError, match="not none or all"):
            split_incident(session, bannu.uid, [s.mention_uid for s in bannu.sources], "analyst", "why")


def test_an_incident_keeps_its_uid_when_its_first_report_is_split_off(store, add_reported_event):
    add_reported_event(store, "Six dead in the Bannu IED blast.", "The News", "Bannu", 10, 6)
    with store.transaction() as session:
        resolve_stored(session, "tester")
    bannu = _incidents(store)["Bannu:3"]
    first = min(bannu.sources, key=lambda s: s.published_at or s.article_id)
    with store.transaction() as session:
        split_incident(session, bannu.uid, [first.mention_uid], "analyst", "separate blast")
    after = {i.uid: i for i in _incidents(store).values()}
    assert bannu.uid in after and len(after) == 3  # the bigger part keeps the identity
    add_reported_event(store, "An earlier report of the Karak bomb.", "The News", "Karak", 10, 2)
    karak_before = _incidents(store)["Karak:1"].uid
    with store.transaction() as session:
        resolve_stored(session, "tester")
    assert _incidents(store)["Karak:2"].uid == karak_before


def test_a_merge_lifts_only_the_splits_between_the_mentions_it_joins(store, add_reported_event):
    add_reported_event(store, "Six dead in the Bannu IED blast.", "The News", "Bannu", 10, 6)
    with store.transaction() as session:
        resolve_stored(session, "tester")
    bannu = _incidents(store)["Bannu:3"]
    a, b1, b2 = (s.mention_uid for s in bannu.sources)
    with store.transaction() as session:
        split_incident(session, bannu.uid, [a], "analyst", "a is another blast")
    with store.transaction() as session:
        pieces = {len(i.sources): i for i in _incidents(store).values() if i.admin2 == "Bannu"}
        merge_incidents(session, [pieces[1].uid, pieces[2].uid], "analyst", "a and b1 are one after all")
    with store.transaction() as session:
        resolve_stored(session, "tester")
    assert len([i for i in _incidents(store).values() if i.admin2 == "Bannu"]) == 1  # the merge joined all three
    with store.sessions() as session:
        from ctwatch.store.incidents import standing_constraints

        constraints = standing_constraints(session)
    assert constraints.cannot_link == ()  # every pair the split set apart is now inside the merge


def test_ids_are_checked_before_anything_is_reverted(store):
    with store.transaction() as session:
        with pytest.raises(UsageError, match="too short"):
            revert_decision(session, "", "analyst", "why")
        with pytest.raises(UsageError, match="say why"):
            revert_decision(session, "abcdef", "analyst", "  ")


def test_mentions_stored_before_separate_sets_survive_the_migration(db_url, add_reported_event):
    store = open_store(db_url)
    add_reported_event(store, "A roadside bomb killed five in Bannu.", "Dawn", "Bannu", 10, 5)
    add_reported_event(store, "Seven killed by an IED in Bannu district.", "Express Tribune", "Bannu", 10, 7)
    downgrade(store, "0003")  # a database from before migration 0004, with its mentions
    upgrade(store)
    assert current_revision(store) == "0005"
    with store.transaction() as session:
        resolve_stored(session, "tester")
    assert set(_incidents(store)) == {"Bannu:2"}  # no set (NULL): the two reports are one incident
    store.close()


def test_the_organisation_behind_a_crowd_is_stored_and_resolved_into_the_incident(db_url, add_reported_event):
    store = open_store(db_url)
    add_reported_event(store, "A sit-in organised by the BYC in Turbat.", "Dawn", "Kech", 10, 0, province="Balochistan",
                       associated=BYC)
    add_reported_event(store, "Protesters blocked the road in Kech.", "Express Tribune", "Kech", 10, 0,
                       province="Balochistan")
    with store.transaction() as session:
        resolve_stored(session, "tester")
    with store.sessions() as session:
        rows = session.scalars(select(EventMentionRecord).order_by(EventMentionRecord.article_id)).all()
        assert [(r.associated_id, r.associated) for r in rows] == [("byc", "Baloch Yakjehti Committee"), (None, None)]
        [record] = list_incidents(session)[0]
        assert (record.associated_id, record.associated) == ("byc", "Baloch Yakjehti Committee")
        [incident] = load_incidents(session)
    assert (incident.associated_id, incident.associated) == ("byc", "Baloch Yakjehti Committee")
    assert incident.provenance["associated"] == rows[0].uid and len(incident.sources) == 2
    with store.transaction() as session:
        summary = resolve_stored(session, "tester")
    assert (summary.created, summary.updated, summary.removed) == (0, 0, 0)
    store.close()


def _columns(store, table: str) -> set[str]:
    return {c["name"] for c in inspect(store.engine).get_columns(table)}


def test_migration_0005_adds_the_associated_actor_columns_and_rows_stored_before_have_none(db_url, add_reported_event):
    store = open_store(db_url)
    add_reported_event(store, "A sit-in organised by the BYC in Turbat.", "Dawn", "Kech", 10, 0, province="Balochistan",
                       associated=BYC)
    with store.transaction() as session:
        resolve_stored(session, "tester")
    downgrade(store, "0004")  # a database from before migration 0005, with its mentions and incident
    assert current_revision(store) == "0004"
    for table in ("event_mentions", "incidents"):
        assert not {"associated", "associated_id"} & _columns(store, table)
    upgrade(store)
    assert current_revision(store) == "0005"
    for table in ("event_mentions", "incidents"):
        assert {"associated", "associated_id"} <= _columns(store, table)
        with store.engine.connect() as connection:
            assert connection.execute(text(f"SELECT associated, associated_id FROM {table}")).all() == [(None, None)]
    with store.transaction() as session:
        resolve_stored(session, "tester")
        [incident] = load_incidents(session)
    assert (incident.associated_id, incident.associated) == (None, None)  # until the article is extracted again
    store.close()
