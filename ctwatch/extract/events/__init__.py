"""Incident mentions: which sentences report a specific incident, and how to code it.

A sentence reports an incident when it carries an incident cue (``data/event_rules.yaml``) and is
not a general, habitual or hypothetical statement ("IS-KP has carried out sectarian attacks" is a
profile, not an incident). Consecutive incident sentences describe one incident until a boundary
("Separately, ...", "In another incident") or a different date starts the next. Each incident is
typed by the precedence of its cues, refined by who was hit (ACLED: an attack on security forces is
an Armed clash, on civilians an Attack), and given a perpetrator, a place, a date and counts by the
stages that specialise in those (passed in as ``EventContext``).

The modules, each importing only those above it:

- ``patterns``: wording several of the modules below read;
- ``cues``: what one sentence tells (its incident cues, and whether it is news at all);
- ``context``: what the other stages found, and the sentences gathered as one incident;
- ``gtd``: GTD attack and target types;
- ``sides``: who acted and who was hit;
- ``coding``: one incident's ACLED and GTD code, actors, place, date and counts;
- ``parts``: one run of sentences told as several incidents (arrests district by district, ...);
- ``continuation``: whether the next incident sentence goes on with the incident or opens another;
- ``background``: sentences that tell no new incident (comment, earlier times, retellings);
- ``incidents``: ``find_events``, which reads an article's sentences in turn with all of the above.
"""

from .coding import head_may_retype, is_event_note, with_type
from .context import EventContext
from .cues import load_rules, sentence_cues, statement_kind
from .gtd import gtd_target_types
from .incidents import find_events
from .patterns import VIOLENT_CATEGORIES

__all__ = ["VIOLENT_CATEGORIES", "EventContext", "find_events", "gtd_target_types", "head_may_retype", "is_event_note",
           "load_rules", "sentence_cues", "statement_kind", "with_type"]
