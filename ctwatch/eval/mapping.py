"""Benchmark labels -> ctwatch taxonomy labels (``ctwatch/data/taxonomy.yaml``), in one place.

Used both to build training targets (``ctwatch/train.py``) and by ``ctwatch eval`` to compare
ctwatch's predictions with benchmark gold. Every table maps *benchmark label -> ctwatch label*;
the ``*_to_benchmark`` helpers invert them for scoring in the benchmark's own label space.
"""

from __future__ import annotations

# SATP India `action_types` (already ctwatch names).
SATP_INDIA_ACTION = {
    "armed_assault": "armed_assault",
    "arrest": "arrest",
    "bombing": "bombing",
    "infrastructure": "infrastructure",
    "surrender": "surrender",
    "seizure": "seizure",
    "abduction": "abduction",
}

# SATP South Asia `labels`.
SATP_SOUTHASIA_ACTION = {
    "armed_assault": "armed_assault",
    "bombing": "bombing",
    "kidnapping": "abduction",
    "other": "other",
}

# SATP India `perpetrator`.
SATP_INDIA_PERPETRATOR = {
    "Security": "state",
    "Maoist": "non_state",
    "Unknown": "unknown",
}

# SATP India `first_target` / `second_target`, keys lower-cased (the data's case varies).
SATP_INDIA_TARGET = {
    "maoist": "militant",
    "civilians": "civilian",
    "security": "security",
    "government officials": "government_official",
    "government infrastructure": "government_infrastructure",
    "government property": "government_infrastructure",
    "private property": "private_property",
    "mining company": "business",
    "non-maoist armed group": "non_state_armed_group",
    "ngos": "ngo",
    "no target": "no_target",
    "unknown": "unknown",
}

# IndiaPoliceEvents `labels` (did police do X).
IPE_POLICE = {
    "KILL": "police_kill",
    "ARREST": "police_arrest",
    "FORCE": "police_force",
    "FAIL": "police_fail",
    "ANY_ACTION": "police_any",
}

# Which ctwatch action labels each benchmark annotates (a head's binary label is trained only
# on rows from benchmarks that annotate it).
ACTION_LABELS_ANNOTATED = {
    "satp-india": sorted(set(SATP_INDIA_ACTION.values())),
    "satp-southasia": sorted(set(SATP_SOUTHASIA_ACTION.values())),
}


def map_labels(table: dict[str, str], gold: list[str] | None) -> list[str]:
    """Map a list of benchmark labels; unknown labels raise KeyError (so new labels are noticed)."""
    return sorted({table[g] for g in (gold or [])})


def satp_india_target(label: str | None) -> str | None:
    """SATP India target (any case) -> ctwatch target category; None stays None."""
    if label is None:
        return None
    return SATP_INDIA_TARGET[label.strip().lower()]


def satp_india_perpetrator(label: str | None) -> str | None:
    return None if label is None else SATP_INDIA_PERPETRATOR[label]


def to_benchmark(table: dict[str, str], ctwatch_labels: list[str]) -> list[str]:
    """ctwatch labels -> benchmark labels (first benchmark label per ctwatch label; labels the
    benchmark does not annotate are dropped). For targets the result is lower-case."""
    inverse: dict[str, str] = {}
    for bench, ours in table.items():
        inverse.setdefault(ours, bench)
    return [inverse[l] for l in ctwatch_labels if l in inverse]
