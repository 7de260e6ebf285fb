"""Actor profiles from general statements: what a group does, to whom, and where.

"The IS-KP has carried out sectarian attacks, bombings and targeted assassinations" reports no
incident (the events stage leaves it out), but it says how the group fights. A sentence with an
incident cue that is general or habitual, and that names an armed group, gives that group's
tactics (GTD attack types of its cues), targets (GTD target types its words name) and areas (the
places it names).
"""

from __future__ import annotations

import re

from .events import gtd_target_types, load_rules, sentence_cues, statement_kind
from .model import ActorMention, ActorProfile, PlaceMention, Span

ARMED_GROUP_INTER = {2, 3, 4}  # ACLED: rebel groups, political militias, identity militias

# Cue words that name a tactic more precisely than their category does
_ASSASSINATION = re.compile(r"assassinat|targeted killing|target killing")


def find_profiles(text: str, sentences: list[tuple[int, int]], actors: list[ActorMention],
                  places: list[PlaceMention]) -> list[ActorProfile]:
    rules = load_rules()
    profiles: list[ActorProfile] = []
    for start, end in sentences:
        sentence = text[start:end]
        cues = sentence_cues(sentence, start, rules)
        if not cues or statement_kind(sentence, start, cues, rules) not in ("habitual", "generic"):
            continue
        groups = [a for a in actors if start <= a.span.start < end and a.acled_inter in ARMED_GROUP_INTER and a.actor_id]
        if not groups:
            continue
        tactics = []
        for cue in cues:
            tactic = "Assassination" if _ASSASSINATION.match(cue.text) else cue.category.gtd_attack
            if tactic and tactic not in tactics:
                tactics.append(tactic)
        areas = [p.name for p in places if start <= p.span.start < end and p.kind != "country"]
        profiles.append(ActorProfile(actor=groups[0], gtd_attack_types=tactics,
                                     gtd_target_types=gtd_target_types(sentence, rules),
                                     areas=list(dict.fromkeys(areas)), evidence=Span(start, end, sentence)))
    return profiles
