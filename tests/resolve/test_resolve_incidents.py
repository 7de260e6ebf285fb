"""Resolution of event mentions into incidents: the pure rules, on small hand-built mentions."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ctwatch.extract.model import ActorMention, EventMention, Span
from ctwatch.resolve.assemble import build_incident, corroboration
from ctwatch.resolve.incidents import Constraints, resolve
from ctwatch.resolve.mentions import ArticleFacts, MentionFacts, mention_facts
from ctwatch.resolve.model import incident_from_json, incident_to_json

_uids = iter(range(10_000))


def mention(article: int, *, day: int | None = 10, sub_event: str = "Remote explosive/landmine/IED",
            admin2: str | None = "Bannu", location: str | None = "Bannu", precision: int = 2, perpetrator: str | None = None,
            killed: dict | None = None, publisher: str | None = None, duplicate_of: int | None = None,
            published_day: int | None = 11, seq: int = 0, lat: float | None = None, lon: float | None = None,
            status: str = "occurred") -> MentionFacts:
    source = ArticleFacts(id=article, uid=f"a{article}", text="A report of the incident.", publisher=publisher,
                          published_at=dt.datetime(2025, 3, published_day, 8) if published_day else None,
                          duplicate_of_id=duplicate_of)
    return MentionFacts(
        uid=f"m{next(_uids)}", article=source, seq=seq, start=0, end=10, status=status,
        acled_event_type=None, acled_sub_event_type=sub_event, gtd_attack_type=None, actions=(), perpetrator_id=perpetrator,
        perpetrator=perpetrator, perpetrator_kind="armed_group" if perpetrator else None, target_category=None, target_id=None, country="PK" if admin2 or location else None,
        admin1="Khyber Pakhtunkhwa" if admin2 else None, admin2=admin2, location=location, lat=lat, lon=lon,
        geo_precision=precision if location or admin2 else None,
        date=dt.date(2025, 3, day) if day else None, time_precision=1 if day else None, killed=killed or {})


def test_two_outlets_reporting_one_bombing_make_one_incident_with_the_toll_as_a_range():
    dawn = mention(1, day=10, killed={"total": 7, "security": 5}, publisher="Dawn")
    tribune = mention(2, day=11, killed={"total": 9}, publisher="Express Tribune", sub_event="Attack")
    follow_up = mention(2, day=11, killed={"total": 11}, publisher="Express Tribune", seq=1)
    clusters = resolve([dawn, tribune, follow_up])
    assert len(clusters) == 1
    incident = build_incident(clusters[0])
    total = incident.killed["total"]
    assert (total.low, total.best, total.high, total.conflicting) == (7, 7, 11, True)  # Tribune's figure is its highest
    assert total.articles == (1, 2) and total.reports == (7, 11)
    assert incident.killed["security"].best == 5
    assert incident.corroboration == 2 and len(incident.sources) == 3
    assert incident.acled_sub_event_type == "Remote explosive/landmine/IED"  # two of three mentions say so


def test_incidents_a_report_tells_apart_are_never_one():
    # "three SFs were killed in two separate incidents in Mastung": the report counts two incidents
    first, second = (dataclasses.replace(mention(1, seq=i), separate_set=1) for i in (0, 1))
    assert len(resolve([first, second])) == 2
    # two mentions of one incident in a long article, not told apart, are one
    assert len(resolve([mention(1, seq=0), mention(1, seq=1)])) == 1
    # ... and so is one of a set with a retelling outside it
    assert len(resolve([first, second, dataclasses.replace(mention(1, seq=2))])) == 2
    # another outlet's report joins one of them
    assert len(resolve([first, second, mention(2)])) == 2


def test_a_round_up_of_attacks_in_several_towns_is_split_into_incidents():
    towns = [mention(1, location=town, admin2="Bannu", precision=1, seq=i) for i, town in enumerate(("Domel", "Jani Khel"))]
    assert len(resolve(towns)) == 2


def test_different_districts_groups_families_or_far_dates_stay_apart():
    base = mention(1, perpetrator="ttp")
    assert len(resolve([base, mention(2, admin2="Lakki Marwat", location="Lakki Marwat")])) == 2
    assert len(resolve([base, mention(2, perpetrator="bla")])) == 2
    assert len(resolve([base, mention(2, sub_event="Arrests")])) == 2
    assert len(resolve([base, mention(2, day=14)])) == 2  # day precision: one day either side
    assert len(resolve([base, mention(2, perpetrator="ttp_swat")])) == 1  # a TTP branch is the TTP's side


def test_a_chain_of_near_matches_does_not_glue_distant_days_together():
    first, second, third = mention(1, day=10), mention(2, day=11), mention(3, day=12)
    clusters = resolve([first, second, third])
    assert len(clusters) == 2 and [m.uid for m in clusters[0]] == [first.uid, second.uid]


def test_towns_close_together_across_a_district_line_can_be_one_incident():
    a = mention(1, location="Bannu", admin2="Bannu", precision=1, lat=32.99, lon=70.60)
    b = mention(2, location="Domel", admin2="Lakki Marwat", precision=1, lat=32.95, lon=70.70)
    far = mention(3, location="Chitral", admin2="Chitral", precision=1, lat=35.85, lon=71.79)
    assert len(resolve([a, b])) == 1
    assert len(resolve([a, far])) == 2


def test_undated_reports_only_join_their_own_article():
    a, b = mention(1, day=None, published_day=None), mention(2, day=None, published_day=None)
    same_article = mention(1, day=None, published_day=None, seq=1)
    assert len(resolve([a, b, same_article])) == 2


def test_threats_and_denials_are_not_incidents():
    assert resolve([mention(1, status="hypothetical"), mention(2, status="negated")]) == []


def test_human_decisions_override_the_rules_both_ways():
    a, b = mention(1, admin2="Bannu"), mention(2, admin2="Lakki Marwat", location="Lakki Marwat")
    assert len(resolve([a, b], Constraints(must_link=(frozenset({a.uid, b.uid}),)))) == 1
    c, d = mention(3), mention(4)
    assert len(resolve([c, d], Constraints(cannot_link=((frozenset({c.uid}), frozenset({d.uid})),)))) == 2


def test_a_syndicated_copy_does_not_corroborate_its_original():
    original = mention(1, publisher="Dawn")
    copy = mention(2, publisher="Some Aggregator", duplicate_of=1)
    same_outlet = mention(3, publisher="dawn ")
    independent = mention(4, publisher=None)
    assert corroboration([original, copy, same_outlet]) == 1
    assert corroboration([original, copy, independent]) == 2


def test_the_incident_uid_follows_its_first_report():
    early, late = mention(1, published_day=11), mention(2, published_day=12)
    alone = build_incident(resolve([early])[0])
    assert build_incident(resolve([early, late])[0]).uid == alone.uid


def test_each_chosen_field_names_the_mention_it_came_from():
    vague = mention(1, day=10, admin2="Bannu", location=None, precision=2)
    precise = mention(2, day=10, admin2="Bannu", location="Domel", precision=1, perpetrator="ttp")
    incident = build_incident(resolve([vague, precise])[0])
    assert incident.provenance == {"type": vague.uid, "perpetrator": precise.uid, "place": precise.uid, "date": vague.uid}


def test_the_candidate_index_finds_what_a_scan_of_every_cluster_finds(monkeypatch):
    import random

    from ctwatch.resolve import incidents as resolution

    rng = random.Random(3)
    places = [("Bannu", "Khyber Pakhtunkhwa", 32.99, 70.60), ("Lakki Marwat", "Khyber Pakhtunkhwa", 32.61, 70.91),
              ("Quetta", "Balochistan", 30.18, 66.99), (None, "Balochistan", None, None), (None, None, None, None)]
    generated = []
    for n in range(300):
        admin2, admin1, lat, lon = rng.choice(places)
        m = mention(rng.randrange(120), day=rng.choice([None, *range(1, 29)]), admin2=admin2, location=admin2,
                    precision=rng.choice([1, 2]), killed={"total": rng.randrange(5)}, published_day=rng.randrange(1, 29),
                    seq=n, lat=lat, lon=lon, sub_event=rng.choice(["Attack", "Remote explosive/landmine/IED", "Arrests"]))
        generated.append(dataclasses.replace(m, admin1=admin1, country="PK" if admin1 else None))
    indexed = [[m.uid for m in c] for c in resolve(generated)]

    def every_open_cluster(self, unit, family, day):
        return sorted({c.number: c for clusters in self.index.values() for c in clusters
                       if c.last_day + self.horizon >= day}.values(), key=lambda c: c.number)

    monkeypatch.setattr(resolution._OpenClusters, "candidates", every_open_cluster)
    assert [[m.uid for m in c] for c in resolve(generated)] == indexed


def test_towns_near_a_grid_line_in_the_north_are_found():
    # 24 km apart east-west at 36.4 N, two 0.25-degree cells of longitude apart
    chitral = mention(1, location="Drosh", admin2="Chitral", precision=1, lat=36.40, lon=71.74)
    dir_town = mention(2, location="Dir", admin2="Upper Dir", precision=1, lat=36.40, lon=72.01)
    assert len(resolve([chitral, dir_town])) == 1


def test_same_named_districts_in_two_provinces_are_not_one_place():
    bihar = dataclasses.replace(mention(1, admin2="Aurangabad", location=None), admin1="Bihar", country="IN")
    maharashtra = dataclasses.replace(mention(2, admin2="Aurangabad", location=None), admin1="Maharashtra", country="IN")
    assert len(resolve([bihar, maharashtra])) == 2


def test_an_undated_mention_joins_its_dated_neighbour_in_an_article_with_no_publication_date():
    undated = mention(1, day=None, published_day=None, seq=0)
    dated = mention(1, day=10, published_day=None, seq=1)
    assert len(resolve([undated, dated])) == 1


def test_two_reports_of_a_clash_naming_the_sides_in_opposite_order_are_one_incident():
    iskp_first = dataclasses.replace(mention(1, sub_event="Armed clash", perpetrator="iskp"), target_id="bla")
    bla_first = dataclasses.replace(mention(2, sub_event="Armed clash", perpetrator="bla"), target_id="iskp")
    bla_alone = mention(3, sub_event="Armed clash", perpetrator="bla")
    bla_on_police = dataclasses.replace(mention(4, sub_event="Armed clash", perpetrator="bla"), target_id="pakistan_police")
    assert len(resolve([iskp_first, bla_first])) == 1
    assert len(resolve([iskp_first, bla_alone])) == 1  # the BLA report names no other enemy
    assert len(resolve([iskp_first, bla_on_police])) == 2


def organised_by(m: MentionFacts, actor_id: str | None, name: str) -> MentionFacts:
    return dataclasses.replace(m, associated_id=actor_id, associated=name)


def test_a_mention_carries_the_organisation_behind_the_crowd_from_the_extraction():
    text = "Protesters staged a sit-in organised by the Baloch Yakjehti Committee in Turbat."
    start = text.index("Baloch")
    byc = ActorMention(Span(start, start + 25, text[start:start + 25]), "byc", "Baloch Yakjehti Committee",
                       "political_party", 6)
    protesters = ActorMention(Span(0, 10, "Protesters"), None, "Protesters", "unknown", 6)
    event = EventMention(span=Span(0, len(text), text), status="occurred", actions=["protest"],
                         acled_event_type="Protests", acled_sub_event_type="Peaceful protest", perpetrator=protesters,
                         associated=byc)
    article = ArticleFacts(id=1, uid="00000000-0000-0000-0000-000000000001", text=text)
    facts = mention_facts(event, 0, article)
    assert (facts.perpetrator, facts.associated_id, facts.associated) == ("Protesters", "byc", "Baloch Yakjehti Committee")
    bare = mention_facts(dataclasses.replace(event, associated=None), 0, article)
    assert (bare.associated_id, bare.associated) == (None, None)


def test_the_associated_actor_is_the_one_most_reports_name_with_the_mention_it_came_from():
    silent = mention(1, sub_event="Peaceful protest", published_day=11)
    students = organised_by(mention(2, sub_event="Peaceful protest", published_day=12), None, "Baloch Students Organisation")
    byc = organised_by(mention(3, sub_event="Peaceful protest", published_day=13), "byc", "Baloch Yakjehti Committee")
    byc_again = organised_by(mention(4, sub_event="Peaceful protest", published_day=14), "byc", "BYC")
    incident = build_incident([silent, students, byc, byc_again])
    assert (incident.associated_id, incident.associated) == ("byc", "Baloch Yakjehti Committee")  # the first name given
    assert incident.provenance["associated"] == byc.uid
    # no report links the organisation to the knowledge base: the name most give, ties to the earliest report
    party = organised_by(mention(5, sub_event="Peaceful protest", published_day=15), None, "BNP-M")
    named = build_incident([silent, students, party])
    assert (named.associated_id, named.associated) == (None, "Baloch Students Organisation")
    assert named.provenance["associated"] == students.uid
    alone = build_incident([silent])
    assert (alone.associated_id, alone.associated) == (None, None) and "associated" not in alone.provenance


def test_the_associated_actor_survives_the_json_record_and_older_records_have_none():
    incident = build_incident([organised_by(mention(1, sub_event="Peaceful protest"), "byc", "Baloch Yakjehti Committee")])
    data = incident_to_json(incident)
    assert (data["associated_id"], data["associated"]) == ("byc", "Baloch Yakjehti Committee")
    assert incident_from_json(data) == incident
    older = {k: v for k, v in data.items() if k not in ("associated_id", "associated")}  # stored before the field
    assert (incident_from_json(older).associated_id, incident_from_json(older).associated) == (None, None)
