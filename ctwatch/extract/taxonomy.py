"""ctwatch's own label sets (``data/taxonomy.yaml``): action types, perpetrator side, target
category and police actions, each label with a one-line definition; and ACLED's sub-event types
with their event types and CASE-2021 codes.

The heads in :mod:`ctwatch.extract.heads` predict these labels; ``ctwatch.eval.mapping`` maps
benchmark labels onto them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

TAXONOMY_PATH = Path(__file__).resolve().parents[1] / "data" / "taxonomy.yaml"
FACETS = ("action", "perpetrator_side", "target", "police_action")


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict[str, str]]:
    """``{facet: {label: definition}}``, in file order."""
    data = yaml.safe_load(TAXONOMY_PATH.read_text(encoding="utf-8"))
    missing = [f for f in FACETS if f not in data]
    if missing:
        raise ValueError(f"{TAXONOMY_PATH}: missing facets {missing}")
    return {f: dict(data[f]) for f in FACETS}


@lru_cache(maxsize=1)
def acled_sub_events() -> dict[str, dict[str, str]]:
    """``{ACLED sub-event type: {"event_type": ..., "code": CASE-2021 code}}``."""
    return dict(yaml.safe_load(TAXONOMY_PATH.read_text(encoding="utf-8"))["acled_sub_event"])


def labels(facet: str) -> list[str]:
    """The labels of one facet (``action``, ``perpetrator_side``, ``target``, ``police_action``)."""
    return list(taxonomy()[facet])


def definition(facet: str, label: str) -> str:
    return taxonomy()[facet][label]


ACTIONS = labels("action")
PERPETRATOR_SIDES = labels("perpetrator_side")
TARGETS = labels("target")
POLICE_ACTIONS = labels("police_action")
