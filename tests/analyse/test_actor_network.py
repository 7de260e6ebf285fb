"""The actor network (ctwatch.analyse.network) and the stored relations it is built from (ctwatch.store.relations)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import networkx as nx
import pytest

from ctwatch.analyse.network import (RelationEvidence, build_network, centrality, edge_data, network_change, to_json,
                                     write_graph)
from ctwatch.extract.model import EventMention, Extraction, Relation, Span
from ctwatch.extract.nlp import actors_by_id
from ctwatch.models import CharMap, RawArticle, RepairResult, content_fingerprint
from ctwatch.resolve.model import Incident, IncidentSource, Toll
from ctwatch.settings import load_settings
from ctwatch.store import repository
from ctwatch.store.database import open_store
from ctwatch.store.extractions import save_extraction
from ctwatch.store.relations import relation_evidence

KP = "Khyber Pakhtunkhwa"
NO_KB: dict = {}


def _incident(uid: str, perpetrator: str, district: str | None, day: dt.date | None, *, target: str = "security",
              killed: int = 0, admin1: str = KP, article_id: int = 1) -> Incident:
    source = IncidentSource(f"m-{uid}", article_id, "Dawn", None, None, None, f"{perpetrator} attacked in {district}.")
    return Incident(uid=uid, status="occurred", acled_event_type=None, acled_sub_event_type=None, gtd_attack_type=None,
                    actions=(), perpetrator_id=perpetrator, perpetrator=perpetrator, perpetrator_kind="armed_group",
                    target_category=target,
                    country="PK", admin1=admin1, admin2=district, location=district, lat=None, lon=None,
                    geo_precision=2, date=day, time_precision=1,
                    killed={"total": Toll(killed, killed, killed)} if killed else {}, sources=(source,))


def _reported(kind: str, a: str, b: str, day: dt.date, article_id: int, sentence: str = "") -> RelationEvidence:
    return RelationEvidence(kind, a, b, day, article_id, sentence or f"{a} and {b} ({kind}) #{article_id}", "reported")


def test_a_reported_clash_is_one_hostile_edge_with_its_evidence_and_dates():
    evidence = [_reported("hostile", "ttp", "pakistan_army", dt.date(2025, 3, 4), 11, "TTP militants clashed with troops."),
                _reported("hostile", "pakistan_army", "ttp", dt.date(2025, 3, 9), 12, "Soldiers fought the TTP in Tank."),
                _reported("hostile", "pakistan_army", "ttp", dt.date(2025, 3, 9), 12, "A second sentence, same article."),
                _reported("hostile", "ttp", "pakistan_army", dt.date(2025, 3, 9), 12, "Soldiers fought the TTP in Tank.")]
    graph = build_network([], evidence, knowledge_base=NO_KB)

    assert graph.number_of_edges() == 1
    edge = edge_data(graph, "pakistan_army", "ttp", "hostile")
    assert edge == edge_data(graph, "ttp", "pakistan_army", "hostile")
    assert edge["weight"] == 2  # two articles
    assert (edge["first"], edge["last"]) == (dt.date(2025, 3, 4), dt.date(2025, 3, 9))
    assert [(e["article_id"], e["sentence"]) for e in edge["evidence"]] == [
        (11, "TTP militants clashed with troops."), (12, "Soldiers fought the TTP in Tank."),
        (12, "A second sentence, same article.")]
    assert edge["sources"] == ["reported"] and "from_actors" not in edge


def test_the_knowledge_base_adds_allies_rivals_splinters_and_branches_of_active_groups():
    graph = build_network([_incident("i1", "ttp", "Bannu", dt.date(2025, 3, 1)),
                           _incident("i2", "majeed_brigade", "Quetta", dt.date(2025, 3, 2), admin1="Balochistan")],
                          [], knowledge_base=actors_by_id())

    assert graph.nodes["ttp"]["name"] == "Tehrik-i-Taliban Pakistan" and graph.nodes["ttp"]["kind"] == "armed_group"
    assert edge_data(graph, "ttp", "afghan_taliban", "allied")["sources"] == ["knowledge_base"]
    assert edge_data(graph, "ttp", "al_qaeda", "allied") is not None
    rivals = edge_data(graph, "iskp", "ttp", "hostile")
    assert rivals["weight"] == 1  # both entries list the rivalry: the catalogue counts once
    assert rivals["evidence"][0]["sentence"].startswith("data/actors.yaml:") and rivals["first"] is None
    assert edge_data(graph, "ttp", "jamaat_ul_ahrar", "splinter")["from_actors"] == ["jamaat_ul_ahrar"]
    assert edge_data(graph, "iskp", "ttp", "splinter")["from_actors"] == ["iskp"]
    assert edge_data(graph, "bla", "majeed_brigade", "branch")["from_actors"] == ["majeed_brigade"]
    # Relations between two inactive groups stay out (IS-KP's parent, the Islamic State, is not linked to TTP).
    assert edge_data(graph, "iskp", "islamic_state", "branch") is None
    assert graph.nodes["iskp"]["incidents"] == 0


def test_co_location_and_shared_targets_are_weighted_by_shared_incidents():
    incidents = [_incident("a1", "ttp", "Bannu", dt.date(2025, 3, 1), killed=3),
                 _incident("a2", "ttp", "Bannu", dt.date(2025, 3, 5), killed=2),
                 _incident("a3", "ttp", "Karak", dt.date(2025, 3, 7)),
                 _incident("b1", "hafiz_gul_bahadur_group", "Bannu", dt.date(2025, 3, 3)),
                 _incident("b2", "hafiz_gul_bahadur_group", "Karak", dt.date(2025, 3, 9), target="civilian"),
                 _incident("c1", "bla", "Quetta", dt.date(2025, 3, 2), admin1="Balochistan"),
                 _incident("d1", "ttp", None, dt.date(2025, 3, 4))]
    graph = build_network(incidents, [], knowledge_base=NO_KB)

    ttp = graph.nodes["ttp"]
    assert (ttp["incidents"], ttp["killed"], ttp["districts"]) == (4, 5, ["Bannu, Khyber Pakhtunkhwa", "Karak, Khyber Pakhtunkhwa"])
    together = edge_data(graph, "ttp", "hafiz_gul_bahadur_group", "co_located")
    assert together["weight"] == 2  # Bannu: min(2, 1); Karak: min(1, 1)
    assert together["places"] == ["Bannu, Khyber Pakhtunkhwa", "Karak, Khyber Pakhtunkhwa"]
    assert (together["first"], together["last"]) == (dt.date(2025, 3, 1), dt.date(2025, 3, 9))
    assert len(together["evidence"]) == 3 and together["evidence"][0]["sentence"] == "ttp attacked in Bannu."
    same_target = edge_data(graph, "ttp", "hafiz_gul_bahadur_group", "shared_target")
    assert same_target["weight"] == 1 and same_target["places"] == ["security in Bannu, Khyber Pakhtunkhwa"]
    assert graph.degree("bla") == 0


def test_dates_limit_incidents_and_reports_to_the_period():
    incidents = [_incident("a1", "ttp", "Bannu", dt.date(2025, 1, 10)), _incident("b1", "lashkar_e_islam", "Bannu", dt.date(2025, 1, 12)),
                 _incident("a2", "ttp", "Khyber", dt.date(2025, 3, 10)), _incident("u1", "bla", "Kech", None)]
    evidence = [_reported("hostile", "ttp", "lashkar_e_islam", dt.date(2025, 1, 15), 1),
                _reported("claim", "ttp", "pakistan_army", dt.date(2025, 3, 11), 2)]

    january = build_network(incidents, evidence, since=dt.date(2025, 1, 1), until=dt.date(2025, 1, 31), knowledge_base=NO_KB)
    assert set(january) == {"ttp", "lashkar_e_islam"}
    assert {k for _, _, k in january.edges(keys=True)} == {"hostile", "co_located", "shared_target"}

    march = build_network(incidents, evidence, since=dt.date(2025, 3, 1), knowledge_base=NO_KB)
    assert set(march) == {"ttp", "pakistan_army"}
    assert edge_data(march, "pakistan_army", "ttp", "claim")["from_actors"] == ["ttp"]
    assert march.graph["since"] == dt.date(2025, 3, 1)

    assert "bla" in build_network(incidents, evidence, knowledge_base=NO_KB)  # undated: only without bounds


def test_centrality_puts_the_hub_of_a_star_first():
    leaves = ["a", "b", "c", "d"]
    evidence = [_reported("hostile", "hub", leaf, dt.date(2025, 2, 1), n) for n, leaf in enumerate(leaves)]
    evidence.append(_reported("hostile", "hub", "d", dt.date(2025, 2, 2), 99))
    rows = centrality(build_network([], evidence, knowledge_base=NO_KB))

    assert [r["actor"] for r in rows] == ["hub", "d", "a", "b", "c"]
    hub = rows[0]
    assert (hub["degree"], hub["weighted_degree"], hub["betweenness"]) == (4, 5, 1.0)
    assert hub["eigenvector"] == max(r["eigenvector"] for r in rows)
    assert all(r["degree"] == 1 and r["betweenness"] == 0.0 for r in rows[1:])
    assert centrality(build_network([], evidence, knowledge_base=NO_KB), kinds=["allied"])[0]["eigenvector"] is None


def test_network_change_lists_edges_that_appeared_disappeared_or_changed_and_centrality_shifts():
    kb = {"ttp": {"name": "TTP", "kind": "armed_group", "allies": ["afghan_taliban"]}}
    incidents = [_incident("a1", "ttp", "Bannu", dt.date(2025, 1, 5)), _incident("b1", "lashkar_e_islam", "Bannu", dt.date(2025, 1, 6))]
    evidence = [_reported("hostile", "ttp", "pakistan_army", dt.date(2025, 1, 20), 1),
                _reported("hostile", "ttp", "pakistan_army", dt.date(2025, 2, 3), 2),
                _reported("hostile", "ttp", "pakistan_army", dt.date(2025, 2, 8), 3),
                _reported("claim", "ttp", "fc_kp", dt.date(2025, 2, 9), 4)]
    change = network_change(incidents, evidence, (dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
                            (dt.date(2025, 2, 1), dt.date(2025, 2, 28)), knowledge_base=kb)

    assert change["period_b"] == {"since": "2025-02-01", "until": "2025-02-28"}
    assert change["appeared"] == [{"a": "fc_kp", "b": "ttp", "kind": "claim", "weight": 1}]
    assert {e["kind"] for e in change["disappeared"]} == {"co_located", "shared_target"}
    assert change["changed"] == [{"a": "pakistan_army", "b": "ttp", "kind": "hostile", "weight": 2,
                                  "weight_a": 1, "weight_b": 2, "change": 1}]
    assert all(e["kind"] != "allied" for key in ("appeared", "disappeared", "changed") for e in change[key])
    by_actor = {r["actor"]: r for r in change["centrality"]}
    assert by_actor["lashkar_e_islam"]["weighted_degree_change"] == -2
    assert by_actor["fc_kp"]["degree_a"] == 0 and by_actor["fc_kp"]["degree_b"] == 1
    assert "afghan_taliban" not in by_actor  # the catalogued alliance stands in both periods


@pytest.fixture
def graph():
    incidents = [_incident("a1", "ttp", "Bannu", dt.date(2025, 3, 1), killed=4),
                 _incident("b1", "Unknown Lashkar", "Bannu", dt.date(2025, 3, 2))]
    evidence = [_reported("hostile", "ttp", "Unknown Lashkar", dt.date(2025, 3, 3), 7, "They clashed, “again”.")]
    return build_network(incidents, evidence, knowledge_base=actors_by_id())


@pytest.mark.parametrize("suffix, read", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_graphml_and_gexf_files_read_back_with_every_node_and_edge(graph, tmp_path, suffix, read):
    path = write_graph(graph, tmp_path / f"network{suffix.upper()}")
    back = read(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert back.nodes["ttp"]["label"] == "Tehrik-i-Taliban Pakistan" and back.nodes["ttp"]["killed"] == 4
    kinds = sorted(data["kind"] for _, _, data in back.edges(data=True))
    assert kinds == sorted(k for _, _, k in graph.edges(keys=True))


def test_json_is_node_link_data_with_iso_dates(graph, tmp_path):
    data = json.loads(write_graph(graph, tmp_path / "network.json").read_text(encoding="utf-8"))
    assert data == to_json(graph)
    hostile = next(e for e in data["edges"] if e["key"] == "hostile" and "Unknown Lashkar" in (e["source"], e["target"]))
    assert hostile["first"] == "2025-03-03" and hostile["evidence"][0]["sentence"] == "They clashed, “again”."
    assert nx.node_link_graph(data, edges="edges").number_of_edges() == graph.number_of_edges()


def test_an_unknown_suffix_is_refused_by_name(graph, tmp_path):
    with pytest.raises(ValueError, match=r"'\.csv'.*\.graphml, \.gexf, \.json"):
        write_graph(graph, tmp_path / "network.csv")


def test_stored_relations_come_back_with_article_date_and_sentence(tmp_path):
    text = "TTP militants clashed with soldiers in Bannu. Officials said the area was calm on Friday."
    sentence = text[:45]
    raw = RawArticle(text=text, source="t.txt", publisher="Dawn", published=dt.datetime(2025, 3, 12, 9))
    event = EventMention(span=Span(0, 45, sentence), status="occurred", actions=["armed_clash"],
                         acled_event_type="Battles", acled_sub_event_type="Armed clash", date=dt.date(2025, 3, 10))
    extraction = Extraction(events=[event], relations=[Relation("hostile", "ttp", "pakistan_army", Span(0, 45, sentence), 0),
                                                       Relation("allied", "ttp", "al_qaeda", Span(46, len(text), text[46:]))])
    store = open_store(str(tmp_path / "x.db"))
    try:
        with store.transaction() as session:
            article = repository.add_article(session, raw, RepairResult(text=text, char_map=CharMap.identity(len(text)), edits=()),
                                             fingerprint=content_fingerprint(text), minhash=None, duplicate_of=None,
                                             similarity=None, run_id=None, settings=load_settings(), actor="tester", language="en")
            save_extraction(session, article, extraction, "test", "tester")
            article_id = article.id
        with store.sessions() as session:
            found = relation_evidence(session)
    finally:
        store.close()

    assert found == [RelationEvidence("hostile", "ttp", "pakistan_army", dt.date(2025, 3, 10), article_id, sentence, "reported"),
                     RelationEvidence("allied", "ttp", "al_qaeda", dt.date(2025, 3, 12), article_id, text[46:], "reported")]


def test_placeholder_perpetrators_are_not_actors_in_the_network():
    from ctwatch.extract.model import UNIDENTIFIED

    from .incident_factory import incident

    unnamed = incident(dt.date(2025, 3, 1), perpetrator=None)
    unnamed = dataclasses.replace(unnamed, perpetrator=UNIDENTIFIED, perpetrator_kind="armed_group")
    graph = build_network([unnamed, incident(dt.date(2025, 3, 1), perpetrator="ttp")], [], knowledge_base={})
    assert list(graph.nodes) == ["ttp"]
