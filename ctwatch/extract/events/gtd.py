"""The Global Terrorism Database's attack and target types of a coded incident.
"""

from __future__ import annotations

import re

from ..model import ActorMention

from .patterns import _KIN_OF, _PAST_DEEDS_BEFORE
from .cues import Category, Rules

# "Police said", "police sources", "police officials told": the police as the source of a report
_SOURCE_MENTION = re.compile(r"\b(?:police|officials?|sources?)\s+(?:said|say|says|told|added|sources|officials|spokesm[ae]n|confirmed|claimed)\b")
# the words an apposition between a role and its verb may hold besides names: "the Vice Chancellor of Balochistan
# University, identified as X (45), was shot dead" (not "X condemned the attack in which ... were killed")
_APPOSITION_WORDS = frozenset("of the a an identified as for e ul i s local senior district provincial former central "
                              "general and his her brother son wife guard guards bodyguard driver also narrowly "
                              "reportedly allegedly critically seriously".split())


def _apposition_only(gap: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _APPOSITION_WORDS for w in re.findall(r"[\w'’-]+", gap))


def _gtd_attack(primary: Category | None, sub_event: str | None, hit: dict[str, bool], perpetrator: ActorMention | None,
                sentences: list[str], parties: list[list[tuple[int, int]]], defusal_cues: list[str], rules: Rules) -> str | None:
    """GTD's attack type. GTD codes attacks by non-state actors only: the forces' raids, clashes they
    start and air strikes get none."""
    if sub_event == "Disrupted weapons use" and primary is not None and primary.name == "defused" \
            and any(_DEVICE_STOPPED.search(c) and not _NOT_A_FAILED_ATTACK.search(c) for c in defusal_cues):
        return "Bombing/Explosion"  # a planted bomb defused, found or gone off too soon: GTD's failed bombing, whoever stopped it
    if primary is None or sub_event in ("Arrests", "Disrupted weapons use", "Change to group/activity", "Peaceful protest", "Agreement"):
        return None
    if perpetrator is not None and perpetrator.acled_inter in (1, 8):
        return None
    if sub_event == "Attack" and primary.name == "abduction":
        return "Hostage Taking (Kidnapping)"
    if primary.gtd_attack in ("Armed Assault", "Bombing/Explosion", "Unknown") and _aimed_at_prominent(sentences, parties, rules):
        return "Assassination"
    return primary.gtd_attack
# a device planted for an attack that was stopped ("defused", "bomb disposal", "explosives were recovered", "went off
# prematurely"); not an arms cache found, a drone shot down or old mines cleared
_DEVICE_STOPPED = re.compile(r"defus|diffus|bomb disposal|bomb squad|planted|before it|prematurely|\bieds?\b|bombs?\b|explosive|"
                             r"\bmines?\b|landmines?|grenades?|vests?")
_NOT_A_FAILED_ATTACK = re.compile(r"demin|clear|cache|depot|dump|stockpile|factor|workshop|drone|uav|missile|rocket|projectile|intercept")
_FORCES_BEFORE = re.compile(r"\b(?:police|army|levies|fc|frontier\s+corps|rangers|security|ctd|khasadars?|paramilitary)\s+(?:[\w-]+\s+)?$")
_AMONG_BEFORE = re.compile(r"\b(?:including|among|along\s+with|besides)\b")
# "a week after the assassination attempt on a judge": an earlier attack recalled
_EARLIER_BEFORE = re.compile(r"\b(?:after|since|following|anniversary\s+of|earlier)\b[^.;]{0,40}$", re.I)
_KIN_OF_BEFORE = re.compile(_KIN_OF + r"(?:[\w()-]+\s*){0,6}$", re.I)
_PROPERTY_OF_BEFORE = re.compile(r"\b(?:house|home|residence|hujra|office|shop|property|godown|factory|school|shrine)\s+of\s+(?:[\w()-]+\s*){0,6}$")


def _aimed_at_prominent(sentences: list[str], parties: list[list[tuple[int, int]]], rules: Rules) -> bool:
    """The incident's first sentence calls it an assassination, or a sentence names a person of note as the
    one attacked. ``parties`` holds, per sentence, the spans of the political parties it names."""
    named = rules.assassination_named.search(sentences[0].lower()) if sentences else None
    if named and not _PAST_DEEDS_BEFORE.search(sentences[0], max(0, named.start() - 80), named.start()) \
            and not _EARLIER_BEFORE.search(sentences[0], max(0, named.start() - 60), named.start()):
        return True
    for sentence, party_spans in zip(sentences, parties):
        for patterns, needs_party in ((rules.office_victim, False), (rules.party_role_victim, True)):
            subject = patterns[1]
            for pattern in patterns:
                for m in pattern.finditer(sentence):
                    start, end = m.span("role")
                    before = sentence[max(0, start - 60):start].lower()
                    if _FORCES_BEFORE.search(before) or _AMONG_BEFORE.search(before) or _PROPERTY_OF_BEFORE.search(before) \
                            or _KIN_OF_BEFORE.search(before) \
                            or sentence[end:end + 2] in ("'s", "’s") or (pattern is subject and not _apposition_only(m.group("gap"))):
                        continue  # "the minister's house", "X condemned the attack in which two were killed"
                    if not needs_party or any(s < end + 60 and e > start - 60 for s, e in party_spans):
                        return True
    return False


def gtd_target_types(text: str, rules: Rules) -> list[str]:
    """GTD target types the words of ``text`` name, most specific first ("Police said" is a source, not a target)."""
    lowered = _SOURCE_MENTION.sub(" ", text.lower())
    return [name for name, pattern in rules.gtd_targets.items() if pattern.search(lowered)]


def _gtd_target(first_sentence: str, hit: dict[str, bool], sub_event: str | None, rules: Rules) -> str | None:
    if sub_event in ("Arrests", "Disrupted weapons use", "Change to group/activity") or (hit["militant"] and sub_event == "Armed clash" and not hit["security"]):
        return "Terrorists/Non-State Militia" if hit["militant"] else None
    named = gtd_target_types(first_sentence, rules)
    return named[0] if named else None
