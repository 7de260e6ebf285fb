"""Schema and consistency checks for the curated actor catalogue ``ctwatch/data/actors.yaml``.

The file is hand-edited data, so these tests are its review gate: every rule stated in the file's
header comment (and in docs/actors.md) is asserted here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

ACTORS_PATH = Path(__file__).resolve().parents[1] / "ctwatch" / "data" / "actors.yaml"

KINDS = {"armed_group", "state_force", "state_agency", "political_party", "militia", "criminal_group"}
STATE_KINDS = {"state_force", "state_agency"}
REQUIRED = {"id", "name", "kind", "acled_inter", "countries", "aliases", "source"}
OPTIONAL = {"areas", "ambiguous_aliases", "parent", "splinter_of", "allies", "rivals", "active", "designations", "notes",
            "spokesman"}
ID_LISTS = ("splinter_of", "allies", "rivals")
STR_LISTS = ("countries", "areas", "aliases", "ambiguous_aliases", "designations")

# ISO 3166-1 alpha-2 codes that the catalogue may use. Extend deliberately when a new country is
# genuinely needed; the closed list catches typos such as "PAK" or "UK" (the ISO code is GB).
KNOWN_COUNTRIES = {
    "AF", "BD", "BT", "CA", "CN", "GB", "IN", "IQ", "IR", "LK", "MM", "MV", "NP", "PK", "SY", "TJ",
    "TM", "US", "UZ",
}

# Hosts of the public references allowed by the sources policy.
SOURCE_HOSTS = {
    "en.wikipedia.org",
    "cisac.fsi.stanford.edu",
    "www.satp.org",
    "satp.org",
    "nacta.gov.pk",
    "www.nacta.gov.pk",
    "www.state.gov",
    "www.un.org",
    "main.un.org",
    "scsanctions.un.org",
    "www.gov.uk",
    "www.mha.gov.in",
    "mha.gov.in",
    "acleddata.com",
    "www.acleddata.com",
}

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ACTIVE_RE = re.compile(r"^(\d{4})-(\d{4})?$")


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@pytest.fixture(scope="module")
def raw_text() -> str:
    return ACTORS_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(raw_text: str) -> dict:
    return yaml.load(raw_text, Loader=_UniqueKeyLoader)


@pytest.fixture(scope="module")
def actors(doc: dict) -> list[dict]:
    return doc["actors"]


@pytest.fixture(scope="module")
def by_id(actors: list[dict]) -> dict[str, dict]:
    return {a["id"]: a for a in actors}


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def test_header_states_licence_schema_and_sources(raw_text: str) -> None:
    header = raw_text.split("\nversion:", 1)[0]
    assert "CC-BY-4.0" in header
    assert "Schema" in header and "Sources policy" in header
    for field in sorted(REQUIRED | OPTIONAL):
        assert field in header, f"header comment does not document field {field!r}"


def test_top_level_shape(doc: dict) -> None:
    assert set(doc) == {"version", "actors"}
    assert doc["version"] == 1
    assert isinstance(doc["actors"], list)
    assert 100 <= len(doc["actors"]) <= 300


def test_entry_fields_and_types(actors: list[dict]) -> None:
    problems = []
    for i, a in enumerate(actors):
        where = f"entry {i} ({a.get('id')!r})"
        if not isinstance(a, dict):
            problems.append(f"{where}: not a mapping")
            continue
        missing = REQUIRED - set(a)
        unknown = set(a) - REQUIRED - OPTIONAL
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "name", "kind", "source", "notes", "parent", "active"):
            if key in a and not (isinstance(a[key], str) and a[key].strip()):
                problems.append(f"{where}: {key} must be a non-empty string")
        if "spokesman" in a and a["spokesman"] is not True:
            problems.append(f"{where}: spokesman must be true when given")
        for key in STR_LISTS + ID_LISTS:
            if key in a:
                value = a[key]
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    problems.append(f"{where}: {key} must be a list of non-empty strings")
                elif len(set(value)) != len(value):
                    problems.append(f"{where}: {key} has repeated items")
        if not isinstance(a.get("acled_inter"), int) or isinstance(a.get("acled_inter"), bool):
            problems.append(f"{where}: acled_inter must be an integer")
    assert not problems, "\n".join(problems)


def test_ids_are_unique_slugs(actors: list[dict]) -> None:
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    bad = [i for i in ids if not ID_RE.match(i)]
    assert not bad, bad


def test_kind_and_acled_inter(actors: list[dict]) -> None:
    problems = []
    for a in actors:
        if a["kind"] not in KINDS:
            problems.append(f"{a['id']}: kind {a['kind']!r} not in {sorted(KINDS)}")
        if not 1 <= a["acled_inter"] <= 8:
            problems.append(f"{a['id']}: acled_inter {a['acled_inter']} outside 1..8")
        # State forces are code 1 at home, 8 when they appear only as outside forces; code 1 is
        # reserved for the state.
        if a["kind"] in STATE_KINDS and a["acled_inter"] not in (1, 8):
            problems.append(f"{a['id']}: state kinds take acled_inter 1 or 8")
        if a["acled_inter"] == 1 and a["kind"] not in STATE_KINDS:
            problems.append(f"{a['id']}: acled_inter 1 is for state forces and agencies only")
    assert not problems, "\n".join(problems)


def test_countries_are_iso_alpha2(actors: list[dict]) -> None:
    problems = []
    for a in actors:
        if not a["countries"]:
            problems.append(f"{a['id']}: no country")
        for c in a["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c) or c not in KNOWN_COUNTRIES:
                problems.append(f"{a['id']}: country {c!r} is not a known ISO 3166-1 alpha-2 code")
    assert not problems, "\n".join(problems)


def test_every_entry_has_an_allowed_https_source(actors: list[dict]) -> None:
    problems = []
    for a in actors:
        url = urlparse(a["source"])
        if url.scheme != "https" or not url.netloc or not url.path:
            problems.append(f"{a['id']}: source is not an https URL: {a['source']!r}")
        elif url.netloc not in SOURCE_HOSTS:
            problems.append(f"{a['id']}: source host {url.netloc!r} not in the sources policy")
        if any(ch.isspace() for ch in a["source"]):
            problems.append(f"{a['id']}: source contains whitespace")
    assert not problems, "\n".join(problems)


def test_alias_form(actors: list[dict]) -> None:
    problems = []
    for a in actors:
        if not a["aliases"]:
            problems.append(f"{a['id']}: no aliases")
        ambiguous = set(a.get("ambiguous_aliases", []))
        folded = [_fold(x) for x in a["aliases"]]
        if len(set(folded)) != len(folded):
            problems.append(f"{a['id']}: aliases repeat after case-folding")
        for alias in a["aliases"]:
            if len(alias.strip()) < 2:
                problems.append(f"{a['id']}: alias {alias!r} shorter than 2 characters")
            if alias != alias.strip() or "  " in alias:
                problems.append(f"{a['id']}: alias {alias!r} has stray whitespace")
            if alias.isdigit():
                problems.append(f"{a['id']}: alias {alias!r} is a bare number")
            # Proper names and acronyms carry capitals; an all-lowercase alias is a generic phrase
            # ("security forces") and must be flagged for context-based resolution.
            if alias == alias.lower() and alias not in ambiguous:
                problems.append(f"{a['id']}: lowercase alias {alias!r} must be in ambiguous_aliases")
        if not ambiguous <= set(a["aliases"]):
            problems.append(f"{a['id']}: ambiguous_aliases not in aliases: {sorted(ambiguous - set(a['aliases']))}")
    assert not problems, "\n".join(problems)


def test_aliases_unique_across_entries_unless_ambiguous(actors: list[dict]) -> None:
    owners: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for a in actors:
        ambiguous = {_fold(x) for x in a.get("ambiguous_aliases", [])}
        for alias in a["aliases"]:
            owners[_fold(alias)].append((a["id"], alias, _fold(alias) in ambiguous))
    problems = []
    for key, users in sorted(owners.items()):
        ids = {u[0] for u in users}
        if len(ids) > 1 and not all(flag for _, _, flag in users):
            unflagged = [f"{i} ({alias!r})" for i, alias, flag in users if not flag]
            problems.append(f"alias {key!r} shared by {sorted(ids)}; not flagged ambiguous in {unflagged}")
    assert not problems, "\n".join(problems)


def test_names_unique_and_not_another_entrys_alias(actors: list[dict]) -> None:
    names = [_fold(a["name"]) for a in actors]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    alias_owner: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for alias in a["aliases"]:
            alias_owner[_fold(alias)].add(a["id"])
    problems = [
        f"name of {a['id']!r} is an alias of {sorted(alias_owner[_fold(a['name'])] - {a['id']})}"
        for a in actors
        if alias_owner.get(_fold(a["name"]), set()) - {a["id"]}
    ]
    assert not problems, "\n".join(problems)


def test_common_english_words_are_flagged(actors: list[dict]) -> None:
    """A one-word alias that is an ordinary English word (Army, Rangers, Levies, Tigers) must be
    flagged: a matcher cannot tell the actor from the common noun. All-caps acronyms are matched
    case-sensitively, so they only collide with very frequent words (IS, TIP, RAW: e.g. in
    all-caps headlines) and face a higher bar; mixed-case acronyms (LeT, HuM, CoBRA) cannot occur
    as ordinary words and are skipped."""
    wordfreq = pytest.importorskip("wordfreq")
    problems = []
    for a in actors:
        ambiguous = set(a.get("ambiguous_aliases", []))
        for alias in a["aliases"]:
            if alias in ambiguous or not re.fullmatch(r"[A-Za-z]+", alias):
                continue
            tail = alias[1:]
            if any(c.isupper() for c in tail) and any(c.islower() for c in tail):
                continue
            limit = 4.5 if alias.isupper() else 3.0
            zipf = wordfreq.zipf_frequency(alias.lower(), "en")
            if zipf >= limit:
                problems.append(f"{a['id']}: alias {alias!r} is a common English word (zipf {zipf:.2f})")
    assert not problems, "\n".join(problems)


def test_relations_point_at_existing_other_entries(actors: list[dict], by_id: dict[str, dict]) -> None:
    problems = []
    for a in actors:
        refs = ([a["parent"]] if "parent" in a else []) + [r for key in ID_LISTS for r in a.get(key, [])]
        for ref in refs:
            if ref not in by_id:
                problems.append(f"{a['id']}: unknown id {ref!r}")
            if ref == a["id"]:
                problems.append(f"{a['id']}: refers to itself")
        both = set(a.get("allies", [])) & set(a.get("rivals", []))
        if both:
            problems.append(f"{a['id']}: both ally and rival of {sorted(both)}")
        if (a.get("rivals") or a.get("allies")) and not a.get("notes"):
            problems.append(f"{a['id']}: allies/rivals need supporting notes")
    assert not problems, "\n".join(problems)


def test_parent_chains_have_no_cycles(by_id: dict[str, dict]) -> None:
    for start in by_id:
        seen = [start]
        node = by_id[start].get("parent")
        while node is not None:
            assert node not in seen, f"parent cycle: {' -> '.join(seen + [node])}"
            seen.append(node)
            node = by_id[node].get("parent") if node in by_id else None


def test_active_ranges(actors: list[dict]) -> None:
    this_year = dt.date.today().year
    problems = []
    for a in actors:
        if "active" not in a:
            continue
        m = ACTIVE_RE.match(a["active"])
        if not m:
            problems.append(f"{a['id']}: active {a['active']!r} is not 'YYYY-' or 'YYYY-YYYY'")
            continue
        start, end = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        if not 1900 <= start <= this_year:
            problems.append(f"{a['id']}: start year {start} out of range")
        if end is not None and not start <= end <= this_year:
            problems.append(f"{a['id']}: end year {end} before start or in the future")
    assert not problems, "\n".join(problems)


def test_designations_name_an_authority(actors: list[dict]) -> None:
    authorities = ("US ", "UN ", "UK ", "EU ", "Pakistan ", "India ", "Bangladesh ", "Sri Lanka ", "Canada ", "Nepal ")
    problems = [
        f"{a['id']}: designation {d!r} does not start with an authority"
        for a in actors
        for d in a.get("designations", [])
        if not d.startswith(authorities)
    ]
    assert not problems, "\n".join(problems)


def test_required_coverage(by_id: dict[str, dict]) -> None:
    """Spot-check that the groups and forces the extractor depends on are present and linked."""
    for ident in (
        "ttp", "iskp", "islamic_state", "al_qaeda", "aqis", "afghan_taliban", "haqqani_network", "bla", "blf",
        "bra", "brg", "lashkar_e_jhangvi", "jaish_e_mohammad", "lashkar_e_taiba", "cpi_maoist", "ulfa_i",
        "nscn_im", "jaish_al_adl", "ltte", "jmb", "pakistan_army", "frontier_corps", "ctd", "ispr",
        "pakistan_police", "crpf", "drg", "irgc",
    ):
        assert ident in by_id, ident
    assert by_id["iskp"]["parent"] == "islamic_state"
    assert "TTP" in by_id["ttp"]["aliases"] and "Pakistani Taliban" in by_id["ttp"]["aliases"]
    assert by_id["ispr"]["kind"] == "state_agency"
    # Bare "Police" is ambiguous and must not belong to a single provincial force.
    for a in by_id.values():
        if "Police" in a["aliases"]:
            assert "Police" in a.get("ambiguous_aliases", []), a["id"]
            assert a["id"] in {"pakistan_police", "india_police"}, a["id"]
    assert "PLA" in by_id["pla_manipur"]["ambiguous_aliases"]


def test_state_forces_carry_acleds_own_actor_names() -> None:
    # data coded to ACLED's actor names ("Military Forces of Pakistan") links to the catalogue's entries
    from ctwatch.extract.actors import lookup_alias

    assert lookup_alias("Military Forces of the United States") == ("us_forces",)
    assert lookup_alias("Military Forces of Pakistan") == ("pakistan_security_forces",)
    assert lookup_alias("Police Forces of Pakistan") == ("pakistan_police",)
    assert set(lookup_alias("Military Forces of Afghanistan")) == {"andsf", "afghan_forces_taliban"}
