"""Alerts end to end: rules checked against stored incidents, stored once, delivered, acknowledged."""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ctwatch.errors import ConfigError, UsageError
from ctwatch.pipeline import check_watch_rules, resolve_stored_incidents
from ctwatch.settings import load_settings
from ctwatch.store.alerts import acknowledge, list_alerts
from ctwatch.store.database import open_store

RULES = """
rules:
  - id: bannu-deaths
    name: Deaths in Bannu
    severity: high
    admin2: [Bannu]
    metric: killed
    threshold: 10
    window_days: 7
    notify: ["webhook:{url}"]
  - id: any-ied
    name: Any IED attack
    severity: medium
    acled_sub_event_type: ["Remote explosive/landmine/IED"]
    per: incident
    threshold: 1
    window_days: 30
"""


@pytest.fixture
def receiver():
    received: list[dict] = []
    status = [204]  # what the receiver answers; a test may set it to 500 to play a broken server

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's name)
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if status[0] < 300:
                received.append(body)
            self.send_response(status[0])
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook", received, status
    server.shutdown()


def test_rules_raise_each_alert_once_deliver_it_and_record_the_acknowledgement(db_url, tmp_path, add_reported_event, receiver):
    url, received, _ = receiver
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES.format(url=url), encoding="utf-8")
    store = open_store(db_url)
    add_reported_event(store, "A roadside bomb killed six in Bannu.", "Dawn", "Bannu", 10, 6)
    add_reported_event(store, "A bomb in Bannu bazaar killed five.", "Dawn", "Bannu", 12, 5)
    resolve_stored_incidents(store)
    settings = load_settings(db=db_url)
    as_of = dt.date(2025, 3, 13)

    outcomes = check_watch_rules(store, settings, rules_path=str(rules), as_of=as_of)
    assert sorted(o.title.split(":")[0] for o in outcomes) == ["Any IED attack", "Any IED attack", "Deaths in Bannu"]
    assert len(received) == 1 and received[0]["rule_id"] == "bannu-deaths" and received[0]["value"] == 11
    assert check_watch_rules(store, settings, rules_path=str(rules), as_of=as_of) == []  # nothing repeats

    add_reported_event(store, "Another blast in Bannu killed two.", "Dawn", "Bannu", 16, 2)
    resolve_stored_incidents(store)
    again = check_watch_rules(store, settings, rules_path=str(rules), as_of=dt.date(2025, 3, 16))
    assert sorted(o.title.split(":")[0] for o in again) == ["Any IED attack", "Deaths in Bannu"]  # the new blast pushes it up

    with store.transaction() as session:
        first = list_alerts(session)[-1]
        assert first.deliveries == [] or all(d["ok"] for d in first.deliveries)
        acknowledge(session, first.uid[:8], "analyst", "passed to the district police")
    with store.sessions() as session:
        assert len(list_alerts(session)) == 4 and len(list_alerts(session, include_acknowledged=True)) == 5
        delivered = [a for a in list_alerts(session) if a.deliveries]
        assert delivered and delivered[0].deliveries[0]["ok"] is True
        with pytest.raises(UsageError, match="was acknowledged"):
            acknowledge(session, first.uid, "analyst")
    store.close()


def test_checking_without_rules_says_how_to_give_them(tmp_path):
    store = open_store(str(tmp_path / "x.db"))
    with pytest.raises(ConfigError, match="CTWATCH_WATCH_RULES"):
        check_watch_rules(store, load_settings(db=str(tmp_path / "x.db")))
    store.close()


def test_an_alert_that_could_not_be_delivered_is_retried_at_the_next_check(tmp_path, add_reported_event, receiver):
    url, received, status = receiver
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES.format(url=url), encoding="utf-8")
    store = open_store(str(tmp_path / "a.db"))
    add_reported_event(store, "A bomb in Bannu killed eleven.", "Dawn", "Bannu", 10, 11)
    resolve_stored_incidents(store)
    settings = load_settings(db=str(tmp_path / "a.db"))
    status[0] = 500
    first = check_watch_rules(store, settings, rules_path=str(rules), as_of=dt.date(2025, 3, 10))
    failed = [o for o in first if o.deliveries]
    assert failed and not failed[0].deliveries[0].ok and received == []
    status[0] = 204
    assert check_watch_rules(store, settings, rules_path=str(rules), as_of=dt.date(2025, 3, 10)) == []  # nothing new...
    assert len(received) == 1 and received[0]["rule_id"] == "bannu-deaths"  # ...but the stored alert went out
    with store.sessions() as session:
        alert = next(a for a in list_alerts(session) if a.rule_id == "bannu-deaths")
        assert [d["ok"] for d in alert.deliveries] == [False, True]
    with pytest.raises(ConfigError, match="after --as-of"):
        check_watch_rules(store, settings, rules_path=str(rules), as_of=dt.date(2025, 3, 1), replay_from=dt.date(2025, 3, 9))
    store.close()
