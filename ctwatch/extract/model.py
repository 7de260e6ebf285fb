"""What extraction finds in one article. Every value carries the span of text it came from.

Spans are half-open character offsets into the article's *repaired* text (``Article.text``); the
article's character map leads from there to the raw text. These are plain values: the pipeline
builds them, the store saves them as JSON, ``ctwatch eval`` maps them onto benchmark labels.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
import datetime as dt


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


# Placeholder perpetrators for incidents whose actor the report does not name: not actors of their own.
UNIDENTIFIED = "Unidentified Armed Group"
GENERIC_STATE = "Security Forces"
# ACLED's actors for crowds: demonstrators (inter 6) and people rioting (inter 5)
PROTESTERS = "Protesters"
RIOTERS = "Rioters"
PLACEHOLDER_ACTORS = (UNIDENTIFIED, GENERIC_STATE, PROTESTERS, RIOTERS)


@dataclass
class ActorMention:
    """A named armed group, state force or agency, linked to ``data/actors.yaml`` when known."""

    span: Span
    actor_id: str | None  # knowledge-base id; None for an unknown group (a candidate for curation)
    name: str  # canonical name from the knowledge base, or the surface text for a candidate
    kind: str  # armed_group | state_force | state_agency | political_party | militia | criminal_group | unknown
    acled_inter: int | None
    # the knowledge-base id of the organisation an unlisted unit belongs to ("the Mohmand chapter of the TTP": ttp);
    # a listed unit's parent is in the knowledge base itself
    parent_id: str | None = None


@dataclass
class Person:
    """One person, with every mention of them in the article merged (name variants, surnames, role phrases)."""

    id: str  # local to the article: "p1", "p2", ...
    canonical: str
    mentions: list[Span] = field(default_factory=list)
    roles: list[Span] = field(default_factory=list)  # "a former police officer", "security analyst"


@dataclass
class PlaceMention:
    """A place name resolved against the gazetteer (``data/gazetteer/places.tsv``)."""

    span: Span
    place_id: str | None
    name: str
    kind: str  # country | admin1 | admin2 | admin3 | town | area
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    admin2: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Quote:
    """Direct speech (between quotation marks) or reported speech ("X says that ...")."""

    span: Span  # the words quoted or reported
    kind: str  # direct | reported
    speaker: str | None  # Person.id, an actor id, or a descriptor ("unnamed senior counterterrorism official")
    speaker_name: str | None  # canonical name or descriptor, for display
    speaker_span: Span | None = None


@dataclass
class Count:
    """A number of people with the words it came from; ``exact`` is False for vague counts ("dozens")."""

    value: int
    span: Span | None = None
    exact: bool = True


@dataclass
class Casualties:
    """Killed or injured, by side, as PICSS and SATP report them."""

    total: Count | None = None
    security: Count | None = None
    civilian: Count | None = None
    militant: Count | None = None
    unknown: Count | None = None


@dataclass
class EventMention:
    """One specific incident as one article reports it (not yet merged with other reports of it)."""

    span: Span  # the sentence or clause that reports it
    status: str  # occurred | foiled | negated | hypothetical
    actions: list[str]  # ctwatch action labels, see extract/taxonomy.py
    acled_event_type: str | None
    acled_sub_event_type: str | None
    gtd_attack_type: str | None = None
    gtd_target_type: str | None = None
    gtd_weapon_type: str | None = None
    perpetrator: ActorMention | None = None  # actor1
    target: ActorMention | None = None  # actor2 when it is an armed actor
    target_category: str | None = None  # security | civilian | militant | government | infrastructure | none
    place: PlaceMention | None = None
    geo_precision: int | None = None  # ACLED: 1 town, 2 near a town / district, 3 region or larger
    date: dt.date | None = None
    time_precision: int | None = None  # ACLED: 1 day, 2 week or a few days, 3 month or vaguer
    date_span: Span | None = None
    killed: Casualties = field(default_factory=Casualties)
    injured: Casualties = field(default_factory=Casualties)
    arrested: Count | None = None
    surrendered: Count | None = None
    abducted: Count | None = None
    claimed_by: ActorMention | None = None
    # ACLED's associated actor of actor1: the organisation behind a crowd ("a sit-in organised by the Baloch Yakjehti
    # Committee", "workers of the TLP"), actor1 staying Protesters or Rioters as ACLED codes them
    associated: ActorMention | None = None
    # who chose the ACLED type (or the kind outside ACLED): the cue "rules", or the "event_type head"
    # with its probability (extract/note_typing.py)
    typed_by: str = "rules"
    # the event_rules.yaml category whose cue decided the type ("armed_attack", "other_measure" ...; None where
    # the event-type head typed it or no cue did)
    rule_category: str | None = None
    type_probability: float | None = None
    # incidents of one report with the same number are separate incidents, as the report says ("in two
    # separate incidents", "In another incident, ..."): resolution never merges them
    separate_set: int | None = None


@dataclass
class Relation:
    """Two actors and how they stand to each other, with the words that say so."""

    kind: str  # hostile | allied | splinter | claim
    a: str  # actor id or name
    b: str
    evidence: Span
    incident: int | None = None  # index into Extraction.events when the relation comes from one incident


@dataclass
class ActorProfile:
    """What a general statement says an actor does: its tactics, its targets, where it operates."""

    actor: ActorMention
    gtd_attack_types: list[str]
    gtd_target_types: list[str]
    areas: list[str]
    evidence: Span


@dataclass
class RegionGuess:
    """The province or state a report most likely comes from when it names none: the region head's
    guess from the report's wording (``ctwatch train``), with its probability. Never a place mention."""

    country: str  # ISO 3166-1 alpha-2
    admin1: str
    probability: float


@dataclass
class Extraction:
    """Everything extracted from one article's repaired text."""

    actors: list[ActorMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    profiles: list[ActorProfile] = field(default_factory=list)
    # Where the report is about: its first incident's place, else (in a short report) the place
    # the report names first
    location: PlaceMention | None = None
    # Only when the report's place (``report_place``: its first occurred incident's place, else ``location``) has no state
    region: RegionGuess | None = None
    # Article-level totals, counted over the whole text (restatements counted once), as PICSS and
    # SATP count a report; the incidents carry their own shares.
    killed: Casualties = field(default_factory=Casualties)
    injured: Casualties = field(default_factory=Casualties)
    arrested: Count | None = None
    # Article-level labels from the trained heads: ctwatch action label -> probability
    action_scores: dict[str, float] = field(default_factory=dict)
    # The other heads (perpetrator_side, target, police_actions): head -> label -> probability
    head_scores: dict[str, dict[str, float]] = field(default_factory=dict)
    # What each head decided with its tuned thresholds: head -> labels ("actions", "perpetrator_side", ...)
    labels: dict[str, list[str]] = field(default_factory=dict)

    def occurred(self) -> list[EventMention]:
        """Events that happened (or were foiled): not negated, not hypothetical."""
        return [e for e in self.events if e.status not in ("negated", "hypothetical")]

    def report_place(self) -> PlaceMention | None:
        """Where the report is about: the place of its first incident that occurred, else ``location``."""
        return next((e.place for e in self.occurred() if e.place is not None), None) or self.location

    def to_json(self) -> dict:
        return asdict(self)
