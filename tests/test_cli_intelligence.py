"""From mentions to intelligence, end to end through the CLI on the constructed demo wire corpus."""

from __future__ import annotations

import json

import networkx as nx
import pytest



@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, cli):
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = cli.run("ingest", str(cli.repo / "sample" / "corpus" / "demo-wire-2025.jsonl"), "--quiet", db=db)
    assert result.returncode == 0, cli.text(result)
    assert "resolved" in cli.text(result)
    return db


def test_incidents_are_resolved_with_sources_and_corroboration(demo_db, cli):
    listed = cli.text(cli.run("incidents", "--min-sources", "2", "--type", "Suicide bomb", db=demo_db))
    assert "Quetta" in listed and "Islamic State-Khorasan Province" in listed
    records = json.loads(cli.run("incidents", "--min-sources", "2", "--type", "Suicide bomb", "--json", db=demo_db).stdout)
    assert len(records) == 1 and records[0]["corroboration"] >= 2 and len(records[0]["sources"]) >= 3
    incident_id = records[0]["uid"][:8]
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(cli.run("incidents", "--csv", "--limit", "500", db=demo_db).stdout.decode())))
    quetta = next(r for r in rows if r["incident_id"] == records[0]["uid"])
    assert quetta["sub_event_type"] == "Suicide bomb" and quetta["admin1"] == "Balochistan"
    assert int(quetta["fatalities_low"]) <= int(quetta["fatalities"]) <= int(quetta["fatalities_high"])
    shown = cli.text(cli.run("incident", "show", incident_id, db=demo_db))
    assert "reports disagree" in shown and "independent publishers" in shown and "Quetta Courier (demo)" in shown


def test_stats_threat_and_early_warning(demo_db, cli):
    counts = json.loads(cli.run("stats", "counts", "--by", "admin1", "--json", db=demo_db).stdout)
    assert {row["admin1"] for row in counts} >= {"Balochistan", "Khyber Pakhtunkhwa"}
    explained = cli.text(cli.run("stats", "threat", "--as-of", "2025-03-31", "--explain", "Quetta", db=demo_db))
    assert "tactic severity" in explained and "Incidents that weigh most" in explained
    warning = json.loads(cli.run("stats", "early-warning", "--as-of", "2025-03-31", "--all", "--json", db=demo_db).stdout)
    assert any(s["unit_kind"] == "district" for s in warning) and all(0 <= s["q_value"] <= 1 for s in warning)
    bad = cli.run("stats", "counts", "--by", "colour", db=demo_db)
    assert bad.returncode == 2 and "cannot group by 'colour'" in cli.text(bad)


def test_network_exports_and_compares(demo_db, cli, tmp_path):
    out = tmp_path / "net.gexf"
    assert cli.run("network", "--output", str(out), db=demo_db).returncode == 0
    graph = nx.read_gexf(out)
    assert graph.number_of_nodes() > 3 and "iskp" in graph
    change = json.loads(cli.run("network", "--compare", "2025-02", "2025-03", "--json", db=demo_db).stdout)
    assert {"appeared", "disappeared", "changed", "centrality"} <= set(change)
    assert "YYYY-MM" in cli.text(cli.run("network", "--compare", "Feb", "2025-03", db=demo_db))


def test_alerts_replay_list_and_acknowledge(demo_db, cli):
    rules = str(cli.repo / "ctwatch" / "data" / "watch-rules.example.yaml")
    first = cli.text(cli.run("alerts", "check", "--rules", rules, "--replay-from", "2025-02-01", "--as-of", "2025-03-31",
                         "--no-deliver", db=demo_db))
    assert "Suicide bombing in Pakistan" in first
    again = cli.text(cli.run("alerts", "check", "--rules", rules, "--as-of", "2025-03-31", "--no-deliver", db=demo_db))
    assert again.startswith("0 new alerts")
    alerts = json.loads(cli.run("alerts", "list", "--json", db=demo_db).stdout)
    assert cli.run("alerts", "ack", alerts[0]["id"], "--note", "seen", db=demo_db).returncode == 0
    assert len(json.loads(cli.run("alerts", "list", "--json", db=demo_db).stdout)) == len(alerts) - 1


def test_bad_requests_are_refused_with_the_reason(demo_db, cli, tmp_path):
    checks = [
        (("network", "--compare", "2025-02", "2025-03", "--since", "2025-01-01"), "leave out --since"),
        (("network", "--output", str(tmp_path / "missing" / "n.graphml")), "cannot write"),
        (("network", "--output", str(tmp_path / "n.png")), ".png"),
        (("report", "--month", "2025-03", "--country", "Pakistan"), "two-letter ISO code"),
        (("stats", "threat", "--as-of", "2025-03-31", "--explain", "Atlantis"), "no threat score for district"),
        (("incident", "revert", "", "--reason", "x"), "too short"),
        (("alerts", "ack", "zzzzzzzz"), "no alert with uid"),
    ]
    indicators = tmp_path / "ind.csv"
    indicators.write_text("district,poverty\nQuetta,0.4\n", encoding="utf-8")
    checks.append((("stats", "priority", "--indicators", str(indicators), "--indicator", "literacy"), "its columns: poverty"))
    for args, expected in checks:
        result = cli.run(*args, db=demo_db, cwd=tmp_path)
        assert result.returncode == 2 and expected in cli.text(result), (args, cli.text(result))
        assert "Traceback" not in cli.text(result)


def test_ingest_checks_the_watch_rules_when_they_are_set(cli, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - id: any-suicide-bombing\n    name: Suicide bombing\n    severity: critical\n"
                     "    acled_sub_event_type: [Suicide bomb]\n    per: incident\n    threshold: 1\n"
                     "    window_days: 3650\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    result = cli.run("ingest", str(cli.repo / "sample" / "corpus" / "demo-wire-2025.jsonl"), "--quiet", db=db,
                     env={"CTWATCH_WATCH_RULES": str(rules)})
    assert result.returncode == 0 and "1 new alert" in cli.text(result), cli.text(result)
    assert "Quetta" in cli.text(cli.run("alerts", "list", db=db))
