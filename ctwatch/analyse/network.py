"""The actor network: who fights, allies with, splits from, claims attacks on, or operates beside whom.

Pure: resolved incidents and relation evidence in, a ``networkx.MultiGraph`` out; the store reads
the evidence (:func:`ctwatch.store.relations.relation_evidence`) and the caller passes it here.

The graph is undirected with one edge per pair of actors and kind (the edge key is the kind), so both
directions of a symmetric relation are one edge and a pair can hold several kinds at once (TTP and
IS-KP are hostile, and IS-KP is a splinter of TTP). Kinds with a direction (``splinter``, ``branch``,
``claim``) name the end(s) they run from in ``from_actors``; an undirected graph keeps centrality
and the Gephi/Cytoscape rendering honest for the symmetric kinds, which are most of them.

Edge kinds and where they come from (see docs/network.md):

- ``hostile``: reported clashes and hostile relations; the knowledge base's ``rivals``.
- ``allied``: the knowledge base's ``allies``; reported alliances.
- ``splinter``: the knowledge base's ``splinter_of``; reported splits. Runs from the splinter.
- ``branch``: the knowledge base's ``parent`` (a wing or unit, not a breakaway). Runs from the branch.
- ``claim``: reported claims of responsibility for an attack on an armed actor. Runs from the claimant.
- ``co_located``: both groups perpetrated incidents in the same district in the period.
- ``shared_target``: both groups attacked the same target category in the same district in the period.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import networkx as nx

from ..extract.model import PLACEHOLDER_ACTORS
from ..resolve.model import Incident

DIRECTED_KINDS = frozenset({"splinter", "branch", "claim"})
MAX_EVIDENCE = 3  # sentences kept per edge: enough to check a link, few enough to read in a tooltip
KNOWLEDGE_BASE_FILE = "data/actors.yaml"

# knowledge-base field -> edge kind
_KB_FIELDS = (("allies", "allied"), ("rivals", "hostile"), ("splinter_of", "splinter"), ("parent", "branch"))

Period = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class RelationEvidence:
    """One statement that two actors stand in a relation: a sentence of an article, or a knowledge-base entry.

    ``a`` and ``b`` are knowledge-base ids when known, else names; for directed kinds the relation runs
    from ``a`` to ``b``. ``date`` is the incident's date when the relation comes from one, else the
    article's publication date (None for the knowledge base, whose relations are not dated).
    """

    kind: str
    a: str
    b: str
    date: dt.date | None
    article_id: int | None
    sentence: str
    source: str  # reported | knowledge_base


# --- building ---

def build_network(incidents: Iterable[Incident], evidence: Iterable[RelationEvidence], *,
                  since: dt.date | None = None, until: dt.date | None = None,
                  knowledge_base: Mapping[str, dict] | None = None) -> nx.MultiGraph:
    """The actor network of the incidents and reported relations dated within [since, until].

    ``knowledge_base`` is ``actors_by_id()``-shaped (id -> entry); None reads the bundled
    ``data/actors.yaml``. Its relations are undated and join the graph when at least one of the two
    actors is active in the period (a perpetrator of an incident or party to a reported relation),
    so the graph shows the context of the active groups without every group the catalogue knows.
    Undated incidents and evidence count only when no bound is given.
    """
    if knowledge_base is None:
        knowledge_base = _bundled_knowledge_base()
    evidence = list(evidence)
    chosen = [i for i in incidents if _key(i) and _within(i.date, since, until)]
    reported = [e for e in evidence if e.source != "knowledge_base" and _within(e.date, since, until)
                and not {e.a, e.b} & set(PLACEHOLDER_ACTORS)]
    active = {_key(i) for i in chosen} | {actor for e in reported for actor in (e.a, e.b)}
    background = [e for e in [*evidence, *_knowledge_base_evidence(knowledge_base)]
                  if e.source == "knowledge_base" and (e.a in active or e.b in active)]

    graph = nx.MultiGraph(since=since, until=until)
    for incident in chosen:
        _add_actor(graph, _key(incident), knowledge_base, incident.perpetrator, incident.perpetrator_kind)
    _tally_incidents(graph, chosen)
    for item in [*reported, *background]:
        for actor in (item.a, item.b):
            _add_actor(graph, actor, knowledge_base)
    _add_relation_edges(graph, [*reported, *background])
    _add_overlap_edges(graph, chosen, "co_located", _district, _district_label)
    _add_overlap_edges(graph, chosen, "shared_target", _target_in_district,
                       lambda where: f"{where[0]} in {_district_label(where[1])}")
    return graph


def _bundled_knowledge_base() -> Mapping[str, dict]:
    # Imported here: the module that owns the catalogue also loads spaCy, which a caller that
    # passes its own knowledge base should not pay for.
    from ..extract.nlp import actors_by_id
    return actors_by_id()


def _key(incident: Incident) -> str | None:
    """The perpetrator's node; none for the placeholders that stand for an unnamed actor."""
    if not incident.perpetrator_id and incident.perpetrator in PLACEHOLDER_ACTORS:
        return None
    return incident.perpetrator_id or incident.perpetrator


def _within(date: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if date is None:
        return since is None and until is None
    return (since is None or date >= since) and (until is None or date <= until)


def _district(incident: Incident) -> tuple[str | None, str | None, str] | None:
    """(country, province, district): names repeat across provinces and countries (Hyderabad, Khyber)."""
    return (incident.country, incident.admin1, incident.admin2) if incident.admin2 else None


def _target_in_district(incident: Incident) -> tuple[str, tuple] | None:
    if incident.target_category in (None, "none") or not _district(incident):
        return None
    return incident.target_category, _district(incident)


def _district_label(district: tuple[str | None, str | None, str]) -> str:
    _, admin1, admin2 = district
    return f"{admin2}, {admin1}" if admin1 else admin2


def _knowledge_base_evidence(knowledge_base: Mapping[str, dict]) -> list[RelationEvidence]:
    found = []
    for actor_id, entry in knowledge_base.items():
        sentence = f"{KNOWLEDGE_BASE_FILE}: {entry.get('name', actor_id)}. {entry.get('notes') or ''}".strip()
        for field, kind in _KB_FIELDS:
            others = entry.get(field) or []
            for other in [others] if isinstance(others, str) else others:
                found.append(RelationEvidence(kind, actor_id, other, None, None, sentence, "knowledge_base"))
    return found


def _add_actor(graph: nx.MultiGraph, actor: str, knowledge_base: Mapping[str, dict],
               reported_name: str | None = None, reported_kind: str | None = None) -> None:
    """A node named and typed by the knowledge base, else by the incident that reports it."""
    if actor in graph:
        return
    entry = knowledge_base.get(actor, {})
    graph.add_node(actor, name=entry.get("name") or reported_name or actor,
                   kind=entry.get("kind") or reported_kind or "unknown", incidents=0, killed=0, districts=[])


def _tally_incidents(graph: nx.MultiGraph, incidents: Sequence[Incident]) -> None:
    districts: dict[str, set[str]] = defaultdict(set)
    for incident in incidents:
        node = graph.nodes[_key(incident)]
        node["incidents"] += 1
        node["killed"] += incident.killed_best
        if _district(incident):
            districts[_key(incident)].add(_district_label(_district(incident)))
    for actor, labels in districts.items():
        graph.nodes[actor]["districts"] = sorted(labels)


def _add_relation_edges(graph: nx.MultiGraph, evidence: Sequence[RelationEvidence]) -> None:
    grouped: dict[tuple[str, str, str], list[RelationEvidence]] = defaultdict(list)
    for item in evidence:
        if item.a != item.b:
            grouped[(*sorted((item.a, item.b)), item.kind)].append(item)
    for (a, b, kind), items in grouped.items():
        reported = [i for i in items if i.source != "knowledge_base"]
        catalogued = [i for i in items if i.source == "knowledge_base"]
        from_actors = sorted({i.a for i in items}) if kind in DIRECTED_KINDS else []
        # Weight counts independent statements: each reporting article once, the catalogue once
        # (both entries of a pair may list the relation).
        weight = len({i.article_id for i in reported}) + (1 if catalogued else 0)
        ordered = sorted(reported, key=lambda i: (i.date or dt.date.max, i.article_id or 0)) + catalogued[:1]
        _add_edge(graph, a, b, kind, weight=weight, dates=[i.date for i in reported], from_actors=from_actors,
                  sources=sorted({i.source for i in items}),
                  evidence=[{"article_id": i.article_id, "date": i.date, "sentence": i.sentence} for i in ordered])


def _add_overlap_edges(graph: nx.MultiGraph, incidents: Sequence[Incident], kind: str,
                       place: Callable[[Incident], Hashable | None], label: Callable[[Hashable], str]) -> None:
    """Link two actors whose incidents fall in the same place (``place(incident)``: a district, or a
    target category in a district; ``label`` names it). Weight: over the places they share, the
    smaller of their two incident counts there, summed: one incident beside a hundred is one shared
    incident, not 101."""
    by_place: dict[Hashable, dict[str, list[Incident]]] = defaultdict(lambda: defaultdict(list))
    for incident in incidents:
        if place(incident):
            by_place[place(incident)][_key(incident)].append(incident)
    shared: dict[tuple[str, str], list[Hashable]] = defaultdict(list)
    for where, actors in by_place.items():
        for a, b in combinations(sorted(actors), 2):
            shared[(a, b)].append(where)
    for (a, b), places in shared.items():
        involved = sorted((i for where in places for actor in (a, b) for i in by_place[where][actor]),
                          key=lambda i: (i.date or dt.date.max, i.uid))
        _add_edge(graph, a, b, kind, weight=sum(min(len(by_place[w][a]), len(by_place[w][b])) for w in places),
                  dates=[i.date for i in involved], from_actors=[], sources=["incidents"],
                  evidence=[_incident_evidence(i) for i in involved if i.sources],
                  places=sorted(label(w) for w in places))


def _incident_evidence(incident: Incident) -> dict:
    source = incident.sources[0]
    return {"article_id": source.article_id, "date": incident.date, "sentence": source.sentence}


def _add_edge(graph: nx.MultiGraph, a: str, b: str, kind: str, *, weight: int, dates: list[dt.date | None],
              from_actors: list[str], sources: list[str], evidence: list[dict],
              places: list[str] | None = None) -> None:
    known = [d for d in dates if d is not None]
    # One article may state the same relation both ways in one sentence: show that sentence once.
    distinct = list({(e["article_id"], e["sentence"]): e for e in evidence}.values())
    attributes = {"kind": kind, "weight": weight, "first": min(known, default=None), "last": max(known, default=None),
                  "sources": sources, "evidence": distinct[:MAX_EVIDENCE]}
    if kind in DIRECTED_KINDS:
        attributes["from_actors"] = from_actors
    if places is not None:
        attributes["places"] = places
    graph.add_edge(a, b, key=kind, **attributes)


def edge_data(graph: nx.MultiGraph, a: str, b: str, kind: str) -> dict | None:
    """The attributes of the ``kind`` edge between two actors, in either order; None when there is none."""
    return graph.get_edge_data(a, b, key=kind)


# --- measures ---

def centrality(graph: nx.MultiGraph, kinds: Iterable[str] | None = None) -> list[dict]:
    """Per actor: degree (distinct neighbours), weighted degree (sum of edge weights), betweenness
    (normalised, by hops: weights are strengths, not distances) and eigenvector centrality (weighted;
    None where undefined: no edges, or the iteration does not converge). Only edges of ``kinds`` when
    given. Most connected first (weighted degree, then degree, then betweenness)."""
    simple = _collapse(graph, set(kinds) if kinds is not None else None)
    betweenness = nx.betweenness_centrality(simple)
    eigenvector = _eigenvector(simple)
    rows = [{"actor": actor, "name": graph.nodes[actor]["name"], "kind": graph.nodes[actor]["kind"],
             "degree": simple.degree(actor), "weighted_degree": simple.degree(actor, weight="weight"),
             "betweenness": betweenness[actor], "eigenvector": eigenvector.get(actor) if eigenvector else None}
            for actor in simple]
    return sorted(rows, key=lambda r: (-r["weighted_degree"], -r["degree"], -r["betweenness"], r["actor"]))


def _collapse(graph: nx.MultiGraph, kinds: set[str] | None) -> nx.Graph:
    """One edge per pair, its weight the sum over the chosen kinds."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for a, b, kind, weight in graph.edges(keys=True, data="weight"):
        if kinds is None or kind in kinds:
            previous = simple.get_edge_data(a, b, {"weight": 0})["weight"]
            simple.add_edge(a, b, weight=previous + weight)
    return simple


def _eigenvector(simple: nx.Graph) -> dict[str, float] | None:
    if simple.number_of_edges() == 0:
        return None
    try:
        return nx.eigenvector_centrality(simple, weight="weight", max_iter=1000)
    except nx.PowerIterationFailedConvergence:
        return None


def network_change(incidents: Sequence[Incident], evidence: Sequence[RelationEvidence], period_a: Period,
                   period_b: Period, *, knowledge_base: Mapping[str, dict] | None = None) -> dict:
    """How the network of ``period_b`` differs from that of ``period_a`` (each a (since, until) pair).

    Edges that appeared, disappeared or changed weight, and actors whose centrality changed (most
    change first). Edges that only the knowledge base supports are left out of the edge lists: they
    are undated, so they come and go only with the activity of their actors, which the centrality
    changes already show.
    """
    if knowledge_base is None:
        knowledge_base = _bundled_knowledge_base()
    before, after = (build_network(incidents, evidence, since=since, until=until, knowledge_base=knowledge_base)
                     for since, until in (period_a, period_b))
    edges_a, edges_b = _observed_edges(before), _observed_edges(after)
    return {
        "period_a": _period_json(period_a),
        "period_b": _period_json(period_b),
        "appeared": [_edge_summary(key, edges_b[key]) for key in sorted(edges_b.keys() - edges_a.keys())],
        "disappeared": [_edge_summary(key, edges_a[key]) for key in sorted(edges_a.keys() - edges_b.keys())],
        "changed": [{**_edge_summary(key, edges_b[key]), "weight_a": edges_a[key], "weight_b": edges_b[key],
                     "change": edges_b[key] - edges_a[key]}
                    for key in sorted(edges_a.keys() & edges_b.keys()) if edges_a[key] != edges_b[key]],
        "centrality": _centrality_change(before, after),
    }


def _observed_edges(graph: nx.MultiGraph) -> dict[tuple[str, str, str], int]:
    return {(*sorted((a, b)), kind): data["weight"] for a, b, kind, data in graph.edges(keys=True, data=True)
            if data["sources"] != ["knowledge_base"]}


def _edge_summary(key: tuple[str, str, str], weight: int) -> dict:
    a, b, kind = key
    return {"a": a, "b": b, "kind": kind, "weight": weight}


def _period_json(period: Period) -> dict:
    since, until = period
    return {"since": since.isoformat() if since else None, "until": until.isoformat() if until else None}


def _centrality_change(before: nx.MultiGraph, after: nx.MultiGraph) -> list[dict]:
    zero = {"degree": 0, "weighted_degree": 0, "betweenness": 0.0}
    rows_a = {r["actor"]: r for r in centrality(before)}
    rows_b = {r["actor"]: r for r in centrality(after)}
    changes = []
    for actor in sorted(rows_a.keys() | rows_b.keys()):
        a, b = rows_a.get(actor, zero), rows_b.get(actor, zero)
        row = {"actor": actor, "name": (rows_b.get(actor) or rows_a[actor])["name"]}
        for measure in zero:
            row[f"{measure}_a"], row[f"{measure}_b"] = a[measure], b[measure]
            row[f"{measure}_change"] = b[measure] - a[measure]
        if any(row[f"{measure}_change"] for measure in zero):
            changes.append(row)
    return sorted(changes, key=lambda r: (-abs(r["weighted_degree_change"]), -abs(r["betweenness_change"]), r["actor"]))


# --- export ---

def to_json(graph: nx.MultiGraph) -> dict:
    """Node-link JSON (``nodes`` and ``edges``, as ``networkx.node_link_graph`` reads back), dates as ISO strings."""
    return _jsonable(nx.node_link_data(graph, edges="edges"))


def _jsonable(value):
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_graph(graph: nx.MultiGraph, path: str | Path) -> Path:
    """Write the graph as GraphML (.graphml), GEXF (.gexf) or node-link JSON (.json), by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        path.write_text(json.dumps(to_json(graph), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    elif suffix == ".graphml":
        # Edge ids must be unique in a GraphML document (Gephi drops repeats); the key alone is only
        # unique per pair.
        nx.write_graphml(_flat(graph), path, edge_id_from_attribute="id")
    elif suffix == ".gexf":
        nx.write_gexf(_flat(graph), path)
    else:
        raise ValueError(f"cannot write a graph to {path.name!r}: the suffix {suffix or '(none)'!r} is not one of "
                         f".graphml, .gexf, .json")
    return path


def _flat(graph: nx.MultiGraph) -> nx.MultiGraph:
    """A copy whose attributes GraphML and GEXF accept: strings and numbers only, no None.

    Lists of names become "; "-joined text, evidence becomes JSON text, dates ISO strings; ``label``
    carries the name (nodes) or kind (edges) that Gephi and Cytoscape show.
    """
    flat = nx.MultiGraph(**_flat_attributes(graph.graph))
    for actor, data in graph.nodes(data=True):
        flat.add_node(actor, label=data["name"], **_flat_attributes(data))
    for a, b, kind, data in graph.edges(keys=True, data=True):
        flat.add_edge(a, b, key=kind, id=f"{a}|{b}|{kind}", label=kind, **_flat_attributes(data))
    return flat


def _flat_attributes(data: Mapping) -> dict:
    flat = {}
    for name, value in data.items():
        if value is None:
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, (list, tuple)):
            is_names = all(isinstance(v, str) for v in value)
            value = "; ".join(value) if is_names else json.dumps(_jsonable(value), ensure_ascii=False)
        flat[name] = value
    return flat
