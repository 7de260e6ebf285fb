"""Scoring one seed-shaped gold file (``shared/seed/article-001.gold.json``, ``pakistan-gold-dev``)
against an :class:`~ctwatch.extract.model.Extraction` of the article's repaired text.

Each gold section becomes one field with precision, recall and F1 over a one-to-one matching of
gold items to predicted items (a maximum bipartite matching, so item order never matters).
Strings are compared after Unicode NFKC, curly-quote folding, whitespace collapsing and
case-folding ("normalised" below).

Matching rules
--------------
``actors``
    Predicted actors are grouped into clusters by ``actor_id`` (by name when unlinked). A gold
    actor matches a cluster when its canonical name equals the cluster's canonical name, or any of
    its names (canonical or mention strings) equals any predicted mention text or the predicted
    name. A predicted cluster whose every mention is listed under the gold's
    ``generic_state_actors`` ("the security agencies") is ignored: the gold does not score those.
``people``
    Predicted :class:`Person` clusters. A gold person matches when any of its names (canonical and
    mention strings) equals the predicted canonical name or any predicted mention text, so any
    reconciled spelling is accepted as canonical.
``places``
    By name: gold ``name`` against predicted ``name`` or mention text, normalised and ignoring a
    leading "the" and a trailing unit word ("District", "Province", "Division", "Agency", "Tehsil",
    "Taluka", "Subdivision": "Mamond tehsil" is the tehsil Mamond) or a gazetteer's qualifier in brackets
    ("Sipah (Bara)"). admin1/admin2 are
    not compared here (the incidents section checks where things happened). Precision is over
    *distinct* predicted places (by place id, else normalised name); gold places with the same
    normalised name count once.
``quotes`` / ``reported_speech``
    Predicted quotes of kind ``direct`` / ``reported``. A gold quote matches when the predicted
    quoted words, with leading punctuation (and for reported speech a leading "that") removed,
    start with the gold ``starts`` text, and the speaker agrees: the gold speaker's names (its
    canonical name plus the mentions of the gold person or actor of that name) meet the predicted
    speaker's names (``speaker_name``, the speaker span, and the mentions of the Person or actor
    whose id ``speaker`` holds). A gold speaker "unnamed X" matches a predicted speaker that is not
    a named Person and shares a content word with X ("unnamed officials" ~ "an official").
``incidents``
    Predicted events with an ACLED sub-event type whose status is not ``negated`` or ``hypothetical``
    (events of kinds outside ACLED, such as a natural disaster, are not incidents), nor a security measure alone (a
    curfew, Section 144, people displaced: ACLED's Other, which these benchmarks' coding rules leave out;
    ``mapping.seed_incident``). A gold incident matches
    when (1) the ACLED sub-event types are equal; (2) the perpetrator agrees: gold ``actor1`` meets
    the predicted perpetrator's name, span text or the mentions of its actor cluster (as for
    actors; ACLED's country tag is no part of the name: "Protesters (Pakistan)" meets "Protesters"), or names an
    organisation the predicted unit belongs to (the gold names the perpetrator at a coarser level, as places are
    compared at the gold's level: "CTD" meets CTD Balochistan, "TTP" meets the TTP's Mohmand chapter); a gold
    "Unidentified ..."/"Unknown" actor1 matches no perpetrator or an unlinked one
    whose name starts "unidentified"/"unknown"; a null actor1 (a device found, nobody acting) is
    not compared; (3) the place agrees at the finest level the gold
    gives: ``admin2`` (district) against the predicted place's admin2 (or its name when it is
    itself an admin2); else ``admin1``; else ``country`` (name or ISO code); gold without any
    place accepts any. A predicted event whose first sentence overlaps a ``not_incidents`` string (each
    "..."-separated piece, either containing the other) is a false positive and is not matched; one whose
    text only runs on into such a string is still scored as the incident it opens with.
    The incidents row also carries ``attributes``: over the matched pairs, how often the GTD attack type
    and the killed and injured totals agree (``{field: {"accuracy", "n"}}``). A gold null GTD type means
    none (GTD codes no raid by the forces) and is compared; a gold null count is left out, and a predicted
    count of none is 0.
``relations``
    ``(a, b, kind)``: kinds equal, ends compared like actors (predicted ends that are actor ids
    are resolved to that actor's names); unordered for ``hostile`` and ``allied``, ordered for
    the others (``splinter``, ``claim``).
``cleaning``
    Each gold check is one gold item, found when it passes in the repaired text:
    ``must_contain`` (present), ``must_not_contain`` (absent), ``keep_unchanged`` (present),
    ``near_duplicate_sentences`` (a ``near_duplicate_sentence`` flag whose before/after contain or
    are contained in the pair), ``flag_as_damaged`` (a ``damaged_text`` flag over the phrase).
    Recall = checks passed / checks; false positives are flags (unapplied edits) that answer no
    gold pair or phrase, so precision = passed / (passed + spurious flags). A gold file with no
    cleaning checks (or a run without a RepairResult) leaves the section out.

A section the gold lacks (or sets to null), or that is empty on both sides, is reported with
``n = 0`` and ``precision/recall/f1 = null`` and is left out of means. A section the gold gives as
an empty list while something is predicted is scored (precision 0). Sections not scored:
``state_operations``, ``actor_profiles``, ``sanctuary``, ``publisher_aliases`` (no Extraction
field holds them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ctwatch.eval.mapping import casualty_total, seed_incident
from ctwatch.eval.metrics import SetMatch, match_sets, prf
from ctwatch.extract import gazetteer
from ctwatch.extract.model import ActorMention, EventMention, Extraction, PlaceMention, Quote
from ctwatch.extract.nlp import actors_by_id
from ctwatch.models import RepairResult

SECTIONS = ("actors", "people", "places", "quotes", "reported_speech", "incidents", "relations", "cleaning")
CLEANING_CHECKS = ("must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged")
SYMMETRIC_RELATIONS = {"hostile", "allied"}

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "′": "'", "`": "'"})
_QUALIFIER = re.compile(r"\s+\([^()]*\)$")  # "Sipah (Bara)": a gazetteer's qualifier, not part of the name
_PLACE_SUFFIX = re.compile(r"\s+(district|province|division|agency|tehsil|taluka|sub[- ]?division)$")
_LEADING_PUNCT = re.compile(r"^[\W_]+")
_WORD = re.compile(r"[a-z0-9]+")


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def norm_place(name: str | None) -> str:
    """Place names compared without "the", a kind suffix, spaces or hyphens ("Darra Adam Khel" = "Darra Adamkhel")."""
    n = _QUALIFIER.sub("", norm(name))
    n = n[4:] if n.startswith("the ") else n
    return re.sub(r"[\s\-'’]", "", _PLACE_SUFFIX.sub("", n))


_BRACKETED_ACRONYM = re.compile(r"^(.+?)\s*\(([A-Z][a-z]?[A-Z][A-Za-z]{0,5})\)$")  # "(FC)", "(JuA)", not "(India)"


def _name_forms(name: str) -> set[str]:
    """A name normalised as written, without a leading article, with hyphens as spaces, and split at a
    bracketed acronym ("the paramilitary force" = "paramilitary force"; "Frontier Corps (FC)" is also
    "Frontier Corps" and "FC")."""
    bracketed = _BRACKETED_ACRONYM.match(name.strip())
    forms = {norm(name), *(norm(part) for part in bracketed.groups())} if bracketed else {norm(name)}
    for form in list(forms):
        form = form.removeprefix("the ").removeprefix("a ").removeprefix("an ")
        forms |= {form, " ".join(form.replace("-", " ").split())}
    return {f for f in forms if f}


def _names(values: Iterable[str | None]) -> set[str]:
    return {form for v in values if v for form in _name_forms(v)}


# --------------------------------------------------------------------------- actors


class _Cluster:
    """Predicted actor mentions grouped by knowledge-base id (or name)."""

    def __init__(self, key: str, name: str) -> None:
        self.key, self.name = key, name
        self.mentions: set[str] = set()

    @property
    def names(self) -> set[str]:
        return self.mentions | _names([self.name])


def actor_clusters(extraction: Extraction) -> list[_Cluster]:
    clusters: dict[str, _Cluster] = {}
    for m in extraction.actors:
        key = m.actor_id or f"name:{norm(m.name)}"
        c = clusters.setdefault(key, _Cluster(key, m.name))
        c.mentions |= _names([m.span.text])
    return list(clusters.values())


_COUNTRY_TAG = re.compile(r"\s*\(([^()]+)\)$")


def _gold_actor_names(gold: dict, name: str | None) -> set[str]:
    """``name`` plus the mentions of the gold actor or person whose canonical name it is, and the name without
    ACLED's country tag ("Protesters (Pakistan)" is also "Protesters")."""
    out = _names([name])
    tag = _COUNTRY_TAG.search(name or "")
    if tag and norm(tag.group(1)) in _country_names().values():
        out |= _names([name[:tag.start()]])
    for section in ("actors", "people"):
        for item in gold.get(section) or ():
            if norm(item.get("canonical")) in out:
                out |= _names(item.get("mentions") or ())
    return out


def _pred_actor_names(extraction: Extraction, actor: ActorMention | str | None) -> set[str]:
    """Names of a predicted actor (a mention, or an id/name string), with its cluster's mentions and the
    knowledge base's unambiguous aliases of it (ACLED's own name, "Military Forces of the United States")."""
    if actor is None:
        return set()
    if isinstance(actor, str):
        key, out = actor, _names([actor])
    else:
        key, out = actor.actor_id, _names([actor.name, actor.span.text])
    if key:
        for m in extraction.actors:
            if m.actor_id == key:
                out |= _names([m.name, m.span.text])
        out |= _kb_names(key)
    return out


def score_actors(gold: dict, extraction: Extraction) -> SetMatch:
    generic = _names((gold.get("generic_state_actors") or {}).get("mentions") or ())
    gold_actors = gold.get("actors") or []
    gold_canon = _names(a.get("canonical") for a in gold_actors)
    preds = [c for c in actor_clusters(extraction)
             if not (generic and c.mentions and c.mentions <= generic and norm(c.name) not in gold_canon)]

    def match(g: dict, c: _Cluster) -> bool:
        return norm(g.get("canonical")) == norm(c.name) or bool(_names([g.get("canonical"), *g.get("mentions", [])]) & c.names)

    return match_sets(gold_actors, preds, match)


# --------------------------------------------------------------------------- people, places


def score_people(gold: dict, extraction: Extraction) -> SetMatch:
    def match(g: dict, p) -> bool:
        pred = _names([p.canonical, *(s.text for s in p.mentions)])
        return bool(_names([g.get("canonical"), *(g.get("mentions") or ())]) & pred)

    return match_sets(gold.get("people") or [], extraction.people, match)


def distinct_places(places: Iterable[PlaceMention]) -> list[set[str]]:
    """Predicted places grouped by place id (else normalised name): each group's name set."""
    groups: dict[str, set[str]] = {}
    for p in places:
        key = p.place_id or f"name:{norm_place(p.name)}"
        groups.setdefault(key, set()).update(n for n in (norm_place(p.name), norm_place(p.span.text)) if n)
    return list(groups.values())


def score_places(gold: dict, extraction: Extraction) -> SetMatch:
    gold_names = list(dict.fromkeys(n for n in (norm_place(p.get("name")) for p in gold.get("places") or ()) if n))
    return match_sets(gold_names, distinct_places(extraction.places), lambda g, names: g in names)


# --------------------------------------------------------------------------- quotes


def _content_words(text: str) -> set[str]:
    return {w.removesuffix("s") for w in _WORD.findall(norm(text)) if len(w) >= 4 and w != "unnamed"}


def _speaker_matches(gold: dict, extraction: Extraction, gold_speaker: str | None, q: Quote) -> bool:
    person_ids = {p.id: p for p in extraction.people}
    pred = _names([q.speaker_name, q.speaker_span.text if q.speaker_span else None])
    if q.speaker in person_ids:
        p = person_ids[q.speaker]
        pred |= _names([p.canonical, *(s.text for s in p.mentions)])
    elif q.speaker:
        pred |= _pred_actor_names(extraction, q.speaker)
    g = norm(gold_speaker)
    if g.startswith("unnamed "):
        if q.speaker in person_ids:
            return False
        words = _content_words(g)
        return any(words & _content_words(n) for n in pred)
    return bool(_gold_actor_names(gold, gold_speaker) & pred)


def _quoted_start(text: str, reported: bool) -> str:
    t = _LEADING_PUNCT.sub("", norm(text))
    if reported and t.startswith("that "):
        t = t[5:]
    return t


def score_quotes(gold: dict, extraction: Extraction, section: str = "quotes") -> SetMatch:
    reported = section == "reported_speech"
    kind = "reported" if reported else "direct"
    preds = [q for q in extraction.quotes if q.kind == kind]

    def match(g: dict, q: Quote) -> bool:
        start = _quoted_start(g.get("starts") or "", False)
        return bool(start) and _quoted_start(q.span.text, reported).startswith(start) and _speaker_matches(
            gold, extraction, g.get("speaker"), q
        )

    return match_sets(gold.get(section) or [], preds, match)


# --------------------------------------------------------------------------- incidents


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO alpha-2 -> normalised country name, from the gazetteer's country rows."""
    return {p.country.upper(): norm(p.name) for p in gazetteer.load().by_id.values() if p.kind == "country"}


def _is_unidentified(name: str | None) -> bool:
    n = norm(name)
    return n.startswith("unidentified") or n.startswith("unknown")


def perpetrator_matches(gold: dict, extraction: Extraction, actor1: str | None, perp: ActorMention | None) -> bool:
    if actor1 is None:
        return True  # null gold: the perpetrator is not compared
    if _is_unidentified(actor1):
        return perp is None or (perp.actor_id is None and (_is_unidentified(perp.name) or _is_unidentified(perp.span.text)))
    names = _gold_actor_names(gold, actor1)
    return bool(names & _pred_actor_names(extraction, perp)) or any(names & _kb_names(a) for a in _organisations_above(perp))


def _organisations_above(actor: ActorMention | None) -> list[str]:
    """The knowledge-base ids of the organisations a predicted unit belongs to, nearest first: a TTP chapter's TTP,
    CTD Balochistan's CTD, FC Balochistan (North)'s FC Balochistan and Frontier Corps."""
    kb = actors_by_id()
    out: list[str] = []
    above = actor.parent_id if actor is not None and actor.actor_id is None else (kb.get(actor.actor_id or "") or {}).get("parent") if actor else None
    while above and above not in out:
        out.append(above)
        above = (kb.get(above) or {}).get("parent")
    return out


def _kb_names(actor_id: str) -> set[str]:
    """A knowledge-base actor's name and unambiguous aliases."""
    entry = actors_by_id().get(actor_id) or {}
    return _names([entry.get("name"), *(a for a in entry.get("aliases") or () if a not in set(entry.get("ambiguous_aliases") or ()))])


def same_place(gold: Any, pred: Any) -> bool:
    """Place names agree when equal after normalising, when they are spelling variants of one name
    (the same consonant skeleton: "Palamau"/"Palamu"), or when the gazetteer knows both as names of
    one province or district ("Orissa"/"Odisha", "Naseerabad"/"Nasirabad")."""
    if pred is None or gold is None:
        return False
    a, b = norm_place(str(gold)), norm_place(str(pred))
    key = gazetteer.spelling_key(a)
    # a skeleton that several provinces or districts share ("Puri"/"Pauri", "Gaya"/"Goa") says nothing
    if a == b or (key == gazetteer.spelling_key(b) and _unit_skeletons().get(key, 0) <= 1):
        return True
    def units(name: str) -> set[str]:  # the provinces and districts of that name, with or without "District"
        bare = _PLACE_SUFFIX.sub("", norm(name)).strip()
        return {p.id for n in {name, bare} for p in gazetteer.lookup(n) if p.kind in ("admin1", "admin2")}

    return bool(units(str(gold)) & units(str(pred)))


@lru_cache(maxsize=1)
def _unit_skeletons() -> dict[str, int]:
    """How many provinces and districts (with distinct names) have each consonant skeleton."""
    names: dict[str, set[str]] = {}
    for row in gazetteer.load().rows:
        if row.kind in ("admin1", "admin2"):
            names.setdefault(gazetteer.spelling_key(row.name), set()).add(row.id)
    return {key: len(ids) for key, ids in names.items()}


def place_matches(g: dict, place: PlaceMention | None) -> bool:
    """The finest place level the gold incident gives agrees with the predicted place (names as
    :func:`same_place` compares them)."""
    if g.get("admin2"):
        if place is None:
            return False
        return same_place(g["admin2"], place.admin2) or (place.kind == "admin2" and same_place(g["admin2"], place.name))
    if g.get("admin1"):
        if place is None:
            return False
        return same_place(g["admin1"], place.admin1) or (place.kind == "admin1" and same_place(g["admin1"], place.name))
    if g.get("country"):
        if place is None:
            return False
        want = norm(g["country"])
        code = (place.country or "").upper()
        return want in {norm(code), _country_names().get(code, ""), norm(place.name) if place.kind == "country" else ""}
    return True


_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "lt", "col", "gen", "capt", "maj", "brig", "st", "no", "sgt", "insp"}


def _first_sentence(text: str) -> str:
    for m in re.finditer(r"[.!?]\s+", text):
        word = re.search(r"(\w+)$", text[:m.start()])
        if not (word and word.group(1).lower() in _ABBREVIATIONS):  # "Dr. Ahmed" goes on
            return text[:m.start() + 1]
    return text


def _overlaps_not_incident(span_text: str, pieces: list[str]) -> bool:
    """The prediction is a not-incident when its first sentence is one (or inside one): an incident whose
    text runs on into background ("... About 12 schools had been blown up so far.") is still the incident, and so is
    one whose sentence only holds a background clause ("Levies recovered a boy, who had been kidnapped for ransom
    last week, after an encounter with his kidnappers": the piece must be at least half the sentence)."""
    first = norm(_first_sentence(span_text.strip()))
    return bool(first) and any(p in first and 2 * len(p) >= len(first) or (len(first) >= 15 and first in p) for p in pieces)


def _incident_candidates(gold: dict, extraction: Extraction) -> tuple[list[EventMention], int]:
    """The predicted incidents open to matching, and how many more were the gold's not-incidents."""
    pieces = [p for s in gold.get("not_incidents") or () for p in (norm(x) for x in s.split("...")) if len(p) >= 15]
    events = [e for e in extraction.events if seed_incident(e)]
    candidates = [e for e in events if not _overlaps_not_incident(e.span.text, pieces)]
    return candidates, len(events) - len(candidates)


def score_incidents(gold: dict, extraction: Extraction) -> tuple[SetMatch, int]:
    """The incidents matching, and how many predictions were false positives as not-incidents."""
    match, not_incident_fp, _ = _scored_incidents(gold, extraction)
    return match, not_incident_fp


def _scored_incidents(gold: dict, extraction: Extraction) -> tuple[SetMatch, int, list[EventMention]]:
    """``score_incidents`` with the candidates its match indices refer to."""
    candidates, not_incident_fp = _incident_candidates(gold, extraction)

    def match(g: dict, e: EventMention) -> bool:
        return (
            norm(g.get("acled_sub_event_type")) == norm(e.acled_sub_event_type)
            and (perpetrator_matches(gold, extraction, g.get("actor1"), e.perpetrator)
                 or e.associated is not None and perpetrator_matches(gold, extraction, g.get("actor1"), e.associated))
            and place_matches(g, e.place)
        )

    result = match_sets(gold.get("incidents") or [], candidates, match)
    result.n_pred += not_incident_fp
    return result, not_incident_fp, candidates


INCIDENT_ATTRIBUTES = ("gtd_attack_type", "killed", "injured")


def incident_attributes(gold: dict, candidates: list[EventMention], match: SetMatch) -> dict[str, list[int]]:
    """``{attribute: [agreeing pairs, compared pairs]}`` over the matched incidents (``match`` indexes
    ``candidates``; see the module docstring)."""
    predicted = {
        "gtd_attack_type": lambda e: norm(e.gtd_attack_type) if e.gtd_attack_type else None,
        "killed": lambda e: casualty_total(e.killed) or 0,
        "injured": lambda e: casualty_total(e.injured) or 0,
    }
    out = {a: [0, 0] for a in INCIDENT_ATTRIBUTES}
    for gi, pi in match.pairs:
        g, e = gold["incidents"][gi], candidates[pi]
        for a in INCIDENT_ATTRIBUTES:
            if a not in g or (g[a] is None and a != "gtd_attack_type"):
                continue
            want = norm(g[a]) if isinstance(g[a], str) else g[a]
            out[a][0] += predicted[a](e) == want
            out[a][1] += 1
    return out


# --------------------------------------------------------------------------- relations


def score_relations(gold: dict, extraction: Extraction) -> SetMatch:
    def match(g: dict, r) -> bool:
        if norm(g.get("kind")) != norm(r.kind):
            return False
        ga, gb = _gold_actor_names(gold, g.get("a")), _gold_actor_names(gold, g.get("b"))
        pa, pb = _pred_actor_names(extraction, r.a), _pred_actor_names(extraction, r.b)
        if ga & pa and gb & pb:
            return True
        return norm(r.kind) in SYMMETRIC_RELATIONS and bool(ga & pb and gb & pa)

    return match_sets(gold.get("relations") or [], extraction.relations, match)


# --------------------------------------------------------------------------- cleaning


def _contains_either(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


def score_cleaning(gold: dict, repair: RepairResult | None) -> dict[str, Any] | None:
    """Counts for the cleaning checks, or None when there is nothing to score."""
    cleaning = gold.get("cleaning") or {}
    n_checks = sum(len(cleaning.get(k) or ()) for k in CLEANING_CHECKS)
    if repair is None or n_checks == 0:
        return None
    text = " ".join(repair.text.split())
    flags = list(repair.flags)
    used: set[int] = set()
    failed: list[str] = []
    passed = 0

    def check(ok: bool, what: str) -> None:
        nonlocal passed
        if ok:
            passed += 1
        else:
            failed.append(what)

    for s in cleaning.get("must_contain") or ():
        check(" ".join(s.split()) in text, f"must_contain {s!r}")
    for s in cleaning.get("must_not_contain") or ():
        check(" ".join(s.split()) not in text, f"must_not_contain {s!r}")
    for s in cleaning.get("keep_unchanged") or ():
        check(" ".join(s.split()) in text, f"keep_unchanged {s!r}")
    for pair in cleaning.get("near_duplicate_sentences") or ():
        earlier, later = (list(pair) + ["", ""])[:2]
        hits = [i for i, e in enumerate(flags) if e.kind == "near_duplicate_sentence"
                and _contains_either(earlier, e.before) and _contains_either(later, e.after)]
        used.update(hits)
        check(bool(hits), f"near_duplicate_sentences {earlier!r}")
    for phrase in cleaning.get("flag_as_damaged") or ():
        hits = [i for i, e in enumerate(flags) if e.kind == "damaged_text"
                and (norm(phrase) in norm(repair.text[e.start : e.end]) or norm(phrase) in norm(e.before))]
        used.update(hits)
        check(bool(hits), f"flag_as_damaged {phrase!r}")
    spurious = len(flags) - len(used)
    return {"tp": passed, "fn": len(failed), "fp": spurious, "n": n_checks, "n_pred": passed + spurious,
            "failed": failed}


# --------------------------------------------------------------------------- one file


def _row(match: SetMatch | None = None, **counts: Any) -> dict[str, Any]:
    if match is not None:
        counts = {"tp": match.tp, "fp": match.fp, "fn": match.fn, "n": match.n_gold, "n_pred": match.n_pred, **counts}
    p, r, f = prf(counts["tp"], counts["fp"], counts["fn"])
    return {"precision": p, "recall": r, "f1": f, **counts}


def _excluded(reason: str, **counts: Any) -> dict[str, Any]:
    return {"precision": None, "recall": None, "f1": None, "n": 0, "excluded": reason, **counts}


def score_seed(gold: dict, extraction: Extraction, text: str | None = None,
               repair: RepairResult | None = None) -> dict[str, dict[str, Any]]:
    """Per-section scores of one gold file: ``{section: {precision, recall, f1, tp, fp, fn, n, n_pred}}``.

    ``text`` is the repaired text the extraction ran on (kept for symmetry with the runner; the
    cleaning checks read ``repair.text``). Excluded sections carry ``excluded`` with the reason.
    """
    out: dict[str, dict[str, Any]] = {}
    scorers = {
        "actors": lambda: score_actors(gold, extraction),
        "people": lambda: score_people(gold, extraction),
        "places": lambda: score_places(gold, extraction),
        "quotes": lambda: score_quotes(gold, extraction, "quotes"),
        "reported_speech": lambda: score_quotes(gold, extraction, "reported_speech"),
        "relations": lambda: score_relations(gold, extraction),
    }
    for section, scorer in scorers.items():
        if gold.get(section) is None:
            out[section] = _excluded("not in gold")
            continue
        m = scorer()
        out[section] = _row(m) if (m.n_gold or m.n_pred) else _excluded("empty in gold and prediction")
    if gold.get("incidents") is None:
        out["incidents"] = _excluded("not in gold")
    else:
        m, not_incident_fp, candidates = _scored_incidents(gold, extraction)
        out["incidents"] = (_row(m, not_incident_fp=not_incident_fp, attributes=incident_attributes(gold, candidates, m))
                            if (m.n_gold or m.n_pred) else _excluded("empty in gold and prediction"))
    cleaning = score_cleaning(gold, repair)
    if cleaning is None:
        out["cleaning"] = _excluded("no repair result" if repair is None and gold.get("cleaning") else "no checks in gold")
    else:
        out["cleaning"] = _row(**cleaning)
    return out


def aggregate_seed(per_file: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Combine per-file section scores.

    ``precision/recall/f1`` are the mean over the files that score the section (macro over files);
    ``micro_precision/micro_recall/micro_f1`` pool the counts of those files. ``files`` is how many
    files scored it, ``n`` the gold items over all files.
    """
    out: dict[str, dict[str, Any]] = {}
    for section in SECTIONS:
        rows = [f[section] for f in per_file if section in f and f[section].get("precision") is not None]
        if not rows:
            out[section] = {"precision": None, "recall": None, "f1": None, "micro_precision": None,
                            "micro_recall": None, "micro_f1": None, "n": 0, "files": 0,
                            "excluded": "no file scores this section"}
            continue
        tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
        mp, mr, mf = prf(tp, fp, fn)
        mean = lambda k: sum(r[k] for r in rows) / len(rows)  # noqa: E731
        out[section] = {
            "precision": mean("precision"), "recall": mean("recall"), "f1": mean("f1"),
            "micro_precision": mp, "micro_recall": mr, "micro_f1": mf,
            "tp": tp, "fp": fp, "fn": fn, "n": sum(r["n"] for r in rows), "files": len(rows),
        }
        if section == "incidents":
            out[section]["not_incident_fp"] = sum(r.get("not_incident_fp", 0) for r in rows)
            pooled = {a: [sum(r.get("attributes", {}).get(a, (0, 0))[i] for r in rows) for i in (0, 1)]
                      for a in INCIDENT_ATTRIBUTES}
            out[section]["attributes"] = {a: {"accuracy": right / n if n else None, "n": n}
                                          for a, (right, n) in pooled.items()}
    return out
