"""What one sentence tells: the incident cues of ``data/event_rules.yaml`` found in it (``sentence_cues``), and
whether it reports news or is a profile, a habit, a hypothesis, a denial or a verdict (``statement_kind``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..numbers import TALLY_CLAUSE_END, TALLY_OPENING, TALLY_PERIOD

from .patterns import (
    DEMONSTRATION_CATEGORIES, DEVICE_CATEGORIES, MONTH_NAMES, VIOLENT_CATEGORIES, _DAY_MONTH, _GOES_OFF,
    _NUMBER, _SET_OFF, _SHOT_DOWN, _SQUAD_NAME, _TELLING_BEFORE, _VERDICT, _WEEKDAY,
)

RULES_FILE = Path(__file__).resolve().parents[2] / "data" / "event_rules.yaml"
# Plural nouns that, with no number, date or determiner, name a kind of violence, not an incident.
GENERIC_PLURALS = {"attacks", "bombings", "blasts", "explosions", "clashes", "killings", "kidnappings", "abductions",
                   "assassinations", "operations", "encounters", "arrests", "protests", "ambushes", "strikes", "murders"}
SPECIFIC_DETERMINERS = {"the", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "twin", "both", "several", "multiple", "series"}
_PRESENT_PERFECT_PROFILE = re.compile(r"\b(has|have)\s+(?:\w+\s+){0,2}?(carried out|conducted|launched|staged|claimed|mounted|perpetrated)\b")
# a part in many acts, told in the present perfect: "the group has cooperated with the IS-KP in several bombings"
_A_PART_IN_MANY = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?[a-z]+(?:ed|en)\b[^.;]{0,60}?\bin\s+(?:several|many|numerous|"
                             r"(?:scores|dozens|hundreds)\s+of|a\s+(?:string|series|number|spate|wave)\s+of)\s+(?:[\w-]+\s+)?"
                             r"(?:attacks|bombings|blasts|killings|kidnappings|abductions|ambushes|assaults)\b")
_ONE_INCIDENT = re.compile(r"\s+(?:the\s+)?(?:responsibility\s+for\s+)?(?:a|an|the|this|that|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:attack|bombing|blast|killing|explosion|assault|ambush|abduction|kidnapping)\b(?!s)")
_SELF_DETONATION = re.compile(r"blew\s+(?:himself|herself|themselves)\s+up|self[-\s]detonat|(?:set off|detonated|triggered)\s+(?:his|her|their)")
_WITHOUT_AN = re.compile(r"\bwithout\s+(?:an?\s+|any\s+)?$")
_HABIT_REACH = 80  # characters after the first cue in which "often", "continue to" ... still qualify it
_SPEECH_AFTER = re.compile(r"\b(?:said|says|saying|vowed|vowing|warned|warning|added|adding|told|stated|threatened|threatening)\b")
_SQUAD_SAID = re.compile(r"\b(?:bomb disposal|bomb squad)\s+(?:[\w()-]+\s+){0,3}?(?:said|told|confirmed|added|stated)\b")
_DETERMINER_BEFORE = re.compile(r"\b(the|a|an|these|those|his|her|their|all|two|three|four|five|six)\s+$")
# "planning to attack", "sent to carry out the attack": what someone meant to do
_INTENTION = re.compile(r"\bto\s+$|\b(?:planning|plotting)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$|(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+(?:planned|plotted)\s+$|\b(?:would|will|shall|should|must|to)\s+be\s+$|\b(?:sent|tasked|planning|planned|plans?|wanted|intended|intending|preparing|prepared|"
                        r"directed|assigned|ordered|hired|instructed|deputed|about)\s+(?:[\w-]+\s+){0,10}?to\s+"
                        r"(?:carry\s+out|launch|execute|mount|commit)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
# "compensation for the families of policemen killed in terrorist attacks": a class of victims, no incident
_VICTIMS_AS_A_CLASS = re.compile(r"\b(?:families|heirs|relatives|dependents|dependants|children|widows|orphans)\s+of\s+(?:all\s+)?"
                                 r"(?:(?:police|security|levies|fc|army)\s+)?(?:policem[ae]n|soldiers|personnel|people|persons|civilians|victims|those|martyrs|journalists|"
                                 r"workers|teachers|lawyers)\s+(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:killed|martyred|injured|"
                                 r"wounded|died)\s+(?:in|during)\s+(?:[\w-]+\s+){0,2}?(?:attacks|incidents|violence|blasts|bombings|"
                                 r"operations|acts\s+of\s+terror\w*|terrorism|the\s+line\s+of\s+duty)\b")
# "Police shot dead a would-be suicide bomber": the bombing was stopped (a bomb that went off is told as such)
# the people of a protest ("to deter the protesters"): who was deterred, not an event that was
_CROWD_NOUN = re.compile(r"protesters|protestors|demonstrators|marchers")
# ("a suspected suicide bomber was shot dead by police": stopped as a would-be one is)
_WOULD_BE = re.compile(r"\b(?:would[-\s]be|suspected)\s+(?:suicide\s+)?$")
_AMONG_THE_ARRESTED = re.compile(r"\b(?:arrested|apprehended|detained|nabbed|captured|held)\b[^.;]{0,80}?\bincluding\s+(?:a|an|the|one|two|three)\s+"
                                 r"(?:would[-\s]be|suspected)\s+(?:suicide\s+)?$")
_STOPPED = re.compile(r"\b(?:shot\s+dead|shot|killed|arrested|captured|nabbed|apprehended|intercepted|overpowered|detained|"
                      r"gunned\s+down)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:teenage\s+|young\s+|female\s+|suspected\s+|alleged\s+)?would[-\s]be\b|\b(?:would[-\s]be|suspected)\s+(?:suicide\s+)?bombers?\s+"
                      r"(?:was|were)\s+(?:\w+\s+)?(?:shot|killed|arrested|captured|nabbed|apprehended|intercepted|overpowered|detained)\b")
_SUICIDE_BOMBER = re.compile(r"\bsuicide\s+(?:bombers?|attackers?)\b")
_BOMBER_STOPPED = re.compile(r"\b(?:shot\s+dead|shot|killed|arrested|captured|overpowered|gunned\s+down)\s+(?:the\s+|a\s+)?suicide\s+"
                             r"bombers?\b[^.;]{0,80}?\b(?:before\s+(?:he|she|they)\s+could|(?:when|as)\s+(?:he|she|they)\s+tried\s+to)\b")
# "a curfew was imposed to prevent sectarian clashes", "fled to avoid arrest": what was kept from happening
_PREVENTED_BEFORE = re.compile(r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!his life to )"
                               r"(?<!their lives to )\b(?:prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|forestall(?:s|ed|ing)?|"
                               r"deter(?:s|red|ring)?|pre-?empt(?:s|ed|ing)?)\s+"
                               # (not "the suicide attack" one died trying to prevent: a specific one, that came)
                               r"(?:any\s+|further\s+|possible\s+|an?\s+(?!attack|suicide|bomb))?"
                               r"(?:(?!(?:was|were|is|are|been|had|has|have|after|when|while|but|the)\b)[\w-]+\s+){0,2}?$|"
                               r"\bavoid(?:s|ed|ing)?\s+(?:any\s+|further\s+|possible\s+|an?\s+)?$")  # "to avoid any clash" (not "to avoid the shelling, which killed three")
# "trying to prevent a suicide bomber from entering the mosque": the bomber came, and was not kept away
_FROM_DOING = re.compile(r"[\w-]*\s+from\s+(?!taking\s+place|happening|occurring)\w+ing\b")
_NONE_BEFORE = re.compile(r"\b(?:no|without(?:\s+any)?)\s+$")
# "were paid for every killing", "announced a bounty of Rs 1 million for each policeman killed": a kind of act, priced
_EVERY_BEFORE = re.compile(r"\bevery\s+$|\b(?:bount(?:y|ies)|rewards?|prizes?|paid|pay|pays|offered|announced)\b[^.;]{0,60}?"
                           r"\bfor\s+(?:every|each)\s+(?:[\w-]+\s+)?$")
# "blocked the highway to protest against": the blocking was the protest (not "planning to protest")
_PROTESTED_BY_DOING = re.compile(r"\b(?:blocked|gathered|assembled|marched|came out|took to the streets|shut|closed|"
                                 r"converged|thronged|staged|held|observed|boycotted|suspended)\b"
                                 # not what they then decided ("held a meeting and decided to protest on Friday")
                                 r"(?:(?!\b(?:decid|resolv|plann?|announc|vow|agree|threaten|warn|call|urg|intend|want|hop|ask|"
                                 r"prepar|would|will)\w*)[^.;]){0,100}?\bto\s+$")
# what the forces did that the crowd's dispersal was the aim of ("fired in the air to disperse the protesters"):
# done, not planned
_ACTED_TO = re.compile(r"\b(?:fired|used|resorted|lobbed|shot|tried|attempted|intervened|moved\s+in|rushed|charged)\b"
                       r"(?:(?!\b(?:plann?|decid|would|will|order|ask|direct|told)\w*)[^.;]){0,60}?\bto\s+$")
_NO_ARREST = re.compile(r"\bno\s+(?:arrests?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:made|reported)|"
                        r"(?:one|body)\s+(?:was|has\s+been|had\s+been)\s+(?:arrested|detained|held))|"
                        r"\bdemand(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,6}?(?:the\s+)?(?:immediate\s+)?arrest\b")
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:[\w-]+\s+){0,3}$")
_INVOLVED_IN = re.compile(r"\binvolved\s+in\s")
_BODY_AFTER = re.compile(r"\s+(?:dead\s+)?(?:body|bodies|corpses?)\b")
_WHO_WAS_BEFORE = re.compile(r"\bwho\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+|later\s+)?$")
# The months March and May (a date, "in March", "the May Day march") are neither a march nor a modal verb.
_MONTH = re.compile(r"\b(?:March|May)\b")
_MONTH_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:in|on|of|by|to|or|and|the|mid|late|early|last|next|this|from|since|until|till|"
                           r"during|through|between|before|after)|\bmid-)\s*$", re.I)


@dataclass(frozen=True)
class Category:
    name: str
    pattern: re.Pattern
    sub_event: str | None
    gtd_attack: str | None
    weapon: str | None
    action: str


@dataclass(frozen=True)
class Rules:
    categories: tuple[Category, ...]
    targets: dict[str, re.Pattern]
    gtd_targets: dict[str, re.Pattern]
    habitual: re.Pattern
    hypothetical: re.Pattern
    negated: re.Pattern
    boundary: re.Pattern
    assassination_named: re.Pattern
    office_victim: tuple[re.Pattern, ...]  # see _prominent_victim
    party_role_victim: tuple[re.Pattern, ...]


def _alternation(cues: list[str]) -> re.Pattern:
    """One regex for a list of cues: words and phrases (``*`` = any ending; a hyphen also matches a space, as
    reports that lost their hyphens write "sit in" and "tear gas"), or ``re:`` raw patterns."""
    parts = sorted({c[3:] if c.startswith("re:") else re.escape(c.lower()).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
                    .replace(r"\-", r"[-\s]") for c in cues}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES_FILE) -> Rules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    categories = tuple(
        Category(name, _alternation(spec["cues"]), spec.get("sub_event"), spec.get("gtd_attack"), spec.get("weapon"), spec["action"])
        for name, spec in data["categories"].items()
    )
    targets = {name: _alternation(words) for name, words in data["targets"].items()}
    not_specific = data["not_specific"]
    gtd_targets = {name: _alternation(words) for name, words in data["gtd_targets"].items()}
    assassination = data["gtd_assassination"]
    return Rules(categories, targets, gtd_targets, _alternation(not_specific["habitual"]), _alternation(not_specific["hypothetical"]),
                 _alternation(not_specific["negated"]), re.compile(r"^\W*(?:" + "|".join(b[3:] if b.startswith("re:") else re.escape(b) for b in data["incident_boundaries"]) + r")\b", re.I),
                 _alternation(assassination["named_as"]), _prominent_victim(_alternation(assassination["office"]).pattern),
                 _prominent_victim(_alternation(assassination["party_role"]).pattern))


def _prominent_victim(role: str) -> tuple[re.Pattern, ...]:
    """Patterns for a prominent role held by the one attacked: after the attack ("shot dead a senior
    commander", "attacked the cavalcade of the minister", "targeting tribal elder") or as the subject of
    its passive ("the Vice Chancellor of the university, identified as X, was shot dead"; "escaped"). They
    run on the sentence as written; ``_apposition_only`` then checks the subject's gap."""
    gap = r"(?:(?!(?:including|among|and|said|by|with|who|which|that)\b)(?![\w'()-]*ing\b)[\w'()-]+,?\s+){0,6}?"
    after = re.compile(r"\b(?:shot(?:\s+dead)?|gunned\s+down|killed|murdered|assassinated|attacked|targeting|targeted|ambushed|"
                       r"opened\s+fire\s+(?:at|on)|fired\s+(?:at|on|upon)|attacks?\s+on|"
                       r"(?:car|vehicle|convoy|cavalcade|motorcade)\s+of)\s+" + gap + f"(?P<role>{role})", re.I)
    subject = re.compile(f"(?P<role>{role})" + r"(?P<gap>[^.;]{0,120}?)\b(?:(?:was|were|has\s+been|had\s+been|got)\s+"
                         r"(?:[\w-]+\s+)?(?:shot|killed|gunned|murdered|assassinated|attacked|injured|wounded|targeted)|succumbed|escaped)\b", re.I)
    return after, subject


@dataclass
class _Cue:
    category: Category
    start: int
    end: int
    text: str
# a funeral opening the sentence, and an act named by its date ("of the September 12 bomb blast")
# (its subject only, up to "were offered": not "The funeral procession came under a suicide attack", "Funeral prayers were
# being offered when a grenade was lobbed"); the dated act only with the deaths that followed it
_FUNERAL_FOR_THE_DEAD = re.compile(r"\W*(?:the\s+)?(?:funeral|janaza|namaz-e-janaza|burial|last\s+rites)\b[^.;]{0,40}?\bof\s+[^.;]{0,160}?"
                                   r"\b(?:were|was)\s+(?:offered|held|performed|conducted)\b(?![^.;]*\b(?:when|as|while)\b)")
_LATER_DEATHS = re.compile(r"\b(?:succumbed|died|death\s+toll|more\s+injured|injured\s+of|funeral)\b")
_THE_DATED_ACT_BEFORE = re.compile(r"\b(?:of|in|from)\s+the\s+(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:[\w-]+\s+){0,2}?$")
_ARMED_MEN = re.compile(r"\b(?:armed\s+men|gunmen|militants|terrorists|attackers|assailants|insurgents)\b")
_FIREBOMBS = re.compile(r"petrol\s+bombs?|molotov\w*")
_CROWD_WORDS = re.compile(r"\b(?:mourners|protesters|demonstrators|mob|crowd|youths|students|rioters|villagers|residents)\b")


def _mask_months(sentence: str) -> str:
    """The sentence with the month names March and May blanked out (same length, so offsets hold)."""
    def blank(m: re.Match) -> str:
        month = _MONTH_BEFORE.search(sentence, 0, m.start()) or re.match(r"\s+\d", sentence[m.end():])
        return "_" * len(m.group()) if month else m.group()
    return _MONTH.sub(blank, sentence)
_REMAINS_BEFORE = re.compile(r"(?<!carrying\s)(?<!carrying\sthe\s)(?<!with\sthe\s)(?<!with\s)(?:\b(?:body|corpse)\b(?:\s+of\s+[^.;,]{0,50}?)?\s+"
                             r"(?:had\s+been|has\s+been|was)|\b(?:bodies|corpses|remains)\b(?:\s+of\s+[^.;,]{0,50}?)?\s+(?:had\s+been|have\s+been|were))\s+"
                             r"(?:also\s+)?$")


def sentence_cues(sentence: str, offset: int, rules: Rules) -> list[_Cue]:
    lowered = _mask_months(sentence).lower()
    found = []
    prevented: list[tuple[_Cue, int]] = []  # cues after "to prevent", with where that word starts
    for category in rules.categories:
        for match in category.pattern.finditer(lowered):
            if _INTENTION.search(lowered, 0, match.start()) and not (
                    category.name == "protest" and _PROTESTED_BY_DOING.search(lowered, 0, match.start())
                    or category.name == "protest_intervention" and _ACTED_TO.search(lowered, 0, match.start())):
                continue  # "ordered them to surrender", "planning to attack": not something that happened
            kept_from = _PREVENTED_BEFORE.search(lowered, max(0, match.start() - 60), match.start())
            if _EVERY_BEFORE.search(lowered, max(0, match.start() - 100), match.start()):
                continue
            if category.name == "clash" and (_NONE_BEFORE.search(lowered, max(0, match.start() - 12), match.start())
                                              or _WITHOUT_AN.search(lowered, max(0, match.start() - 20), match.start())):
                continue  # "There was no exchange of fire and the attackers escaped", "The raid was conducted without an
                # exchange of fire": no fight
            if _SINCE_THE_BEFORE.search(lowered, max(0, match.start() - 20), match.start()) and _BEGAN_AFTER.match(lowered, match.end()) \
                    and lowered[:match.start()].strip(" \"'(").split(" ", 1)[0] != "since":
                continue  # "The road has remained closed since the clashes began": a time told by an act already told
                # (not one the sentence opens with: "Since the clashes began on Friday, 15 people have been killed")
            if match.group().endswith("ed") and " " not in match.group() and _DETERMINER_BEFORE.search(lowered, 0, match.start()) \
                    and not _BODY_AFTER.match(lowered, match.end()):
                continue  # "the detained militants": a participle describing someone, not an event ("a bullet-riddled body" is one)
            funeral = _FUNERAL_FOR_THE_DEAD.match(lowered)
            if category.name in VIOLENT_CATEGORIES and (funeral and match.start() < funeral.end() or _LATER_DEATHS.search(lowered)
                                                        and _THE_DATED_ACT_BEFORE.search(sentence, max(0, match.start() - 40), match.start())):
                continue  # "The funeral prayers of the five policemen killed in the attack on ...", "Two more injured of the
                # September 12 bomb blast ... succumbed": an act told before this report, named by what followed it
            if category.name == "riot" and _FIREBOMBS.fullmatch(match.group()) and _ARMED_MEN.search(lowered, 0, match.start()) \
                    and not _CROWD_WORDS.search(lowered) and not re.search(r"\b(?:accus|blam)\w*\s+(?:the\s+)?$", lowered[:_ARMED_MEN.search(lowered).start()]):
                continue  # "about a dozen armed men ... set the vehicles ablaze with petrol bombs": their weapon, no riot
            if category.name in VIOLENT_CATEGORIES and (_A_COUNT_OF_ACTS_BEFORE.search(lowered, max(0, match.start() - 80), match.start())
                                                        or _A_RATE_AFTER.match(lowered, match.end())
                                                        or match.group().endswith("s") and _WEARY_OF_BEFORE.search(
                                                            lowered, max(0, match.start() - 80), match.start())):
                continue  # "the think tank recorded 84 militant attacks", "accounted for nearly a third of the attacks",
                # "Militant attacks in Balochistan rose by 25 percent", "were tired of target killings, kidnappings and drone
                # attacks": acts counted or complained of, none told
            if category.name in VIOLENT_CATEGORIES and _THE_SITE_OF_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                continue  # "Pamphlets ... were found near the site of the first blast": a place named by an act already told
            if category.name in ("shelling", "grenade") and (listed := _LISTED_AS_RECOVERED.match(lowered, match.end())) \
                    and not _ACT_VERBS.search(listed.group()) and not _ACT_VERBS.search(lowered, 0, match.start()):
                continue  # "two Kalashnikovs, a rocket launcher and 300 rounds were recovered from the hideout": arms seized
            if category.name == "shelling" and _CARRIED_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                continue  # "a dozen men armed with rocket launchers stormed the camp": weapons carried, not fired
            if category.name == "territory_lost" and _CLAIMED_BEFORE.search(lowered, max(0, match.start() - 80), match.start()):
                continue  # "The TTP claimed responsibility and said its fighters had captured both posts": a boast, not a fact
            if category.name in ("grenade", "explosive") and "cracker" in match.group() and _CROWD_THREW.search(lowered):
                continue  # "protesters hurled crackers at the police": a crowd's violence, typed as such
            if category.name == "defused" and match.group().startswith(("foiled", "thwarted")) \
                    and _FOUGHT_BEFORE.search(lowered, 0, match.start()):
                continue  # "tried to storm the post, but troops engaged them and foiled the attempt": a fight, not a device stopped
            if category.name in ("airstrike", "shelling") and (_BACKED_BY.search(lowered, 0, match.start()) or _GUNS.fullmatch(
                    match.group()) and _ANSWERED_WITH.search(lowered, 0, match.start())
                    and not (_DAY_MONTH.search(lowered) or _WEEKDAY.search(lowered))):
                continue  # "SFs, backed by helicopter gunships, destroyed six hideouts": the ground operation's support
            if category.name in DEMONSTRATION_CATEGORIES and (_TO_BE_HELD.match(lowered, match.end()) or _ANNOUNCED_BEFORE.search(
                    lowered, max(0, match.start() - 60), match.start())):
                continue  # "announced that a peace march would be held in Bannu city next Friday", "announced a protest
                # outside the press club on Tuesday": one yet to come
            if _YEARS_AFTER_BEFORE.search(lowered, max(0, match.start() - 80), match.start()):
                continue  # "Fourteen years after the army drove the Taliban out of Swat, ...": a time long past, named as one
            if _INQUIRY_INTO_BEFORE.search(lowered, max(0, match.start() - 60), match.start()) \
                    and not _OF_WHOM_AFTER.match(lowered, match.end()):
                continue  # "ordered an inquiry into the encounter": what is looked into (not "took notice of the killing
                # of two policemen in Hayatabad on Wednesday", which may be all the report tells of it)
            if category.name == "surrender" and _DEMANDED_BEFORE.search(lowered, 0, match.start()):
                continue  # "police demanded that they surrender"
            if category.name == "arrest" and (_ARREST_DEMANDED_BEFORE.search(lowered, max(0, match.start() - 60), match.start())
                                              or _NOT_BEFORE.search(lowered, max(0, match.start() - 40), match.start())):
                continue  # "demanded that the killers be arrested", "police had never taken the activist into custody",
                # "no one has been arrested": no arrest made
            if category.name == "arrest" and _UNTIL_BEFORE.search(lowered, 0, match.start()):
                continue  # "refusing to bury the bodies until the killers were arrested" (not "until four terrorists were killed")
            if category.name == "arrest" and _REMAINS_BEFORE.search(lowered, max(0, match.start() - 80), match.start()):
                continue  # "the bodies of all six attackers had been taken into custody": no one was arrested
            if category.name == "arrest" and _WHO_WAS_BEFORE.search(lowered, 0, match.start()):
                continue  # "Imran, who was arrested on his information, had threatened him": who he is, not an event
            if category.name in DEVICE_CATEGORIES and not _SET_OFF.search(lowered) \
                    and _AMONG_THE_ARRESTED.search(lowered, max(0, match.start() - 120), match.start()):
                continue  # "arrested three suspected militants, including a would be suicide bomber": one of those arrested
            if category.name in DEVICE_CATEGORIES and not _SET_OFF.search(lowered) and (
                    _WOULD_BE.search(lowered, max(0, match.start() - 20), match.start()) and _STOPPED.search(lowered)
                    or _BOMBER_STOPPED.search(lowered)):
                category = next(c for c in rules.categories if c.name == "defused")
            found.append(_Cue(category, offset + match.start(), offset + match.end(), lowered[match.start():match.end()]))
            if kept_from and not _FROM_DOING.match(lowered, match.end()) and not _CROWD_NOUN.fullmatch(found[-1].text):
                prevented.append((found[-1], offset + kept_from.start()))
    # what "to prevent" governs is the first cue after it ("deployed to deter cross-border attacks came under fire":
    # the attacks, not the fire)
    found = [c for c in found if not any(c is cue and not any(word < other.start < c.start for other in found)
                                         for cue, word in prevented)]
    # "the slain militants had been involved in attacks on security forces and in planting IEDs": past deeds,
    # not this incident, to the end of the phrase ("involved in the killing of the DSP" names one, and stays;
    # "The militants, who were involved in attacks on police, opened fire ..." still opened fire)
    deeds = _INVOLVED_IN.search(lowered)
    if deeds and not _ONE_INCIDENT.match(lowered, deeds.end() - 1):
        clause_end = lowered.find(",", deeds.end())
        clause_end = len(lowered) if clause_end < 0 else clause_end
        found = [c for c in found if not deeds.end() <= c.start - offset < clause_end]
    if any(c.category.name == "clash" for c in found):
        # "killed a would-be suicide bomber in an exchange of fire": one of the militants a fight killed
        found = [c for c in found if not (c.category.name == "defused" and _WOULD_BE.search(lowered, max(0, c.start - offset - 20), c.start - offset))]
    if any(c.category.name in VIOLENT_CATEGORIES for c in found):
        # "The attackers chanted slogans against the army before opening fire": colour for the attack, no protest
        found = [c for c in found if not (c.category.name == "protest" and "slogans" in c.text)]
    classes = [(m.start(), m.end()) for m in _VICTIMS_AS_A_CLASS.finditer(lowered)]
    found = [c for c in found if not any(a <= c.start - offset < b for a, b in classes)]
    # "no arrest was made", "demanding the arrest of the killers": an arrest that did not happen
    # (only the arrest word inside the phrase: "arrested five terrorists ... after elders demanded their arrest")
    denied = [(m.start(), m.end()) for m in _NO_ARREST.finditer(lowered)]
    found = [c for c in found if not (c.category.name == "arrest" and any(a <= c.start - offset < b for a, b in denied))]
    # "the operation against militants and criminal gangs": whom a campaign is against, not a crime (when the
    # sentence tells nothing else: "a raid against robbers ... two robbers were killed" keeps them)
    targets = [c for c in found if c.category.name in ("crime_specific", "organised_crime")
               and _AGAINST_BEFORE.search(lowered, max(0, c.start - offset - 40), c.start - offset)]
    if targets and len(targets) == len(found):
        found = []
    # "the bomb disposal unit said 8 kg of explosives were used", "Personnel of the Bomb Disposal Unit (BDU) said a
    # hand grenade was used": the squad is named, nothing was defused
    if any(c.category.name in DEVICE_CATEGORIES and _GOES_OFF.search(c.text) for c in found) or _SQUAD_SAID.search(lowered):
        found = [c for c in found if not (c.category.name == "defused" and _SQUAD_NAME.fullmatch(c.text))]
    if _SUICIDE_BOMBER.search(lowered):
        # "A suspected suicide bomber was killed when explosives strapped to his body went off prematurely": a suicide
        # bombing that went off short of its target is still one (ACLED), not a device stopped
        suicide = next(c for c in rules.categories if c.name == "suicide")
        found = [_Cue(suicide, c.start, c.end, c.text) if c.category.name == "defused" and "prematur" in c.text else c
                 for c in found]
    if any(c.category.name in ("defused", "seizure", "surrender") for c in found):
        # "defused four bombs", "recovered explosives", "surrendered with their rocket launchers": the bomb words name the
        # device that was stopped or given up;
        # "intercepted a drone launched by": so do the drone words. A device that went off while being
        # defused ("the blast took place as the squad was defusing the device") went off.
        defused = [c for c in found if c.category.name == "defused"]
        # (a drone or quadcopter "shot down" stops that one, not the attack by others: "attacked the cantonment with
        # three quadcopters, injuring two soldiers; one quadcopter was shot down")
        shot_down = [(c.start, c.end) for c in defused if _SHOT_DOWN.match(c.text)]
        stopped = DEVICE_CATEGORIES | ({"airstrike"} if len(shot_down) < len(defused) else set())
        defusing = any(c.category.name == "defused" and c.text.endswith("ing") for c in found)
        # A bomber who blew himself up did ("police recovered parts of the suicide jacket from the site").
        found = [c for c in found if c.category.name not in stopped or (defusing and _GOES_OFF.search(c.text))
                 or _SELF_DETONATION.search(c.text)]
        found = [c for c in found if not (c.category.name == "airstrike" and any(a <= c.start < b for a, b in shot_down))]
    return found
_SAID_ON_A_DAY = re.compile(r"\b(?:said|told\s+[\w-]+|stated|announced|disclosed|revealed)\s+(?:on\s+)?(?:\w+\s+)?(?:on\s+)?"
                            r"(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)\b(?=,?\s+that\b)")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|so far|already|now|reportedly)\s+)?(?:been\s+)?[\w-]+(?:ed|en|t)\b")
# acts in the plural that "have killed": a campaign's toll, not an incident
_ACTS_HAVE_DONE = re.compile(r"\b(?:strikes|attacks|bombings|blasts|raids|operations|clashes|killings)\s+(?:have|had)\s+(?:so\s+far\s+|also\s+)?"
                             r"(?:killed|claimed|wounded|injured)\b")
_COUNTED_INCIDENTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
                                r"several|dozens\s+of)\s+(?!(?:days?|hours?|nights?|weeks?|rounds?)\s+of\b)(?:[\w-]+\s+){0,2}?"
                                r"(?:attacks|incidents|blasts|bombings|explosions|clashes)\b")
# (a digest's own period: "during the week", "in March"; a ranking: "remained the worst-affected province with 61 attacks")
_SUMMED_OVER = re.compile(r"\b(?:across|throughout)\s+the\s+(?:country|province|region)|\bworst[-\s](?:affected|hit)\b|\b(?:in|during)\s+(?:" + "|".join(MONTH_NAMES)
                          + r")\b(?!\s+\d)|\b(?:during|in|over)\s+the\s+(?:past\s+|previous\s+|last\s+|reporting\s+)?(?:week|fortnight|month)\b|"
                          r"\bthis\s+(?:week|fortnight|month)\b|"
                          + TALLY_PERIOD.pattern, re.I)


def _sums_up_incidents(sentence: str) -> bool:
    """Incidents counted over a month or across a province, no day told (but the day it was told: "Pakistan witnessed
    306 terrorist attacks during the last calendar year, the ministry informed the Senate on February 6")."""
    days = [m for m in itertools.chain(_DAY_MONTH.finditer(sentence), _WEEKDAY.finditer(sentence.lower()))
            if not _TELLING_BEFORE.search(sentence, 0, m.start())]
    return bool(_COUNTED_INCIDENTS.search(sentence.lower()) and _SUMMED_OVER.search(sentence) and not days)


def statement_kind(sentence: str, offset: int, cues: list[_Cue], rules: Rules) -> str:
    """``specific`` (reports an incident), ``negated``, ``habitual`` (what an actor does, has done or
    tends to do), ``generic`` (a kind of violence: "preventing attacks") or ``hypothetical``."""
    lowered = _mask_months(sentence).lower()
    if rules.negated.search(lowered):
        return "negated"
    first_violent = min([c.start for c in cues if c.category.name in VIOLENT_CATEGORIES] or [c.start for c in cues]) - offset
    campaign = _ACTS_HAVE_DONE.search(lowered)
    if campaign and campaign.start() <= first_violent:
        return "habitual"  # "Washington says the strikes have killed senior al Qaeda figures": what a campaign has done
        # (not "Two policemen were shot dead on Monday; such attacks have killed dozens this year")
    if _VERDICT.search(lowered, 0, first_violent):
        return "habitual"  # "An ATC sentenced two LeJ members to death for the murder of a doctor": a case retold
    # a habit is told around the violence it qualifies, not far after it, nor in what someone says after it
    # (an unpunctuated report runs on as one sentence)
    first_end = min([c.end for c in cues if c.category.name in VIOLENT_CATEGORIES] or [c.end for c in cues]) - offset
    speech = _SPEECH_AFTER.search(lowered, first_end)
    reach = min(first_end + _HABIT_REACH, speech.start() if speech else len(lowered))
    profile = _PRESENT_PERFECT_PROFILE.search(lowered)
    if profile and _ONE_INCIDENT.match(lowered, profile.end()):
        profile = None  # "has claimed responsibility for a suicide attack": one incident, not a profile
    # (a gloss after a semicolon qualifies the group, not the act: "The BRA claimed the attack; the group has
    # repeatedly targeted gas installations")
    gloss = lowered.find(";", first_end)
    if gloss >= 0:
        reach = min(reach, gloss)
        if profile and profile.start() > gloss:
            profile = None
    if (profile and not _NUMBER.search(lowered)) or rules.habitual.search(lowered, 0, reach) or _A_PART_IN_MANY.search(lowered):
        return "habitual"
    # "The CTD has conducted 2,100 operations since January", "130 people were killed in clashes last year": a
    # tally, not an incident (not "a soldier was killed on Monday, the 45th this year")
    perfect = _PERFECT.search(lowered, 0, first_end)
    anchor = perfect.end() if perfect else first_end - 1
    tally = TALLY_PERIOD.search(lowered, anchor, reach)
    # (the day a speaker gave the tally is not the day of an act: "the minister said on May 2 that 213 militants had
    # laid down their arms during the past year")
    undated = _SAID_ON_A_DAY.sub(" ", sentence) if re.search(r"\b(?:had|have|has)\s+", lowered) else sentence
    if tally and not TALLY_CLAUSE_END.search(lowered, anchor, tally.start()) \
            and not any(c.start - offset >= tally.end() for c in cues if c.category.name in VIOLENT_CATEGORIES) \
            and (perfect or not (_DAY_MONTH.search(undated) or _WEEKDAY.search(undated.lower()))):
        return "habitual"
    # ... or opening its sentence ("Since January, 34 people have been killed in the district"), no day told
    if perfect and TALLY_OPENING.match(lowered) and not (_DAY_MONTH.search(sentence) or _WEEKDAY.search(lowered)):
        return "habitual"
    # ... or incidents counted over a month or across a province, no day told ("The province recorded 23 militant
    # attacks in March", "Militants carried out nine attacks across the country"; not "Two blasts rocked Quetta")
    counted = _COUNTED_INCIDENTS.search(lowered)
    if counted and any(c.start - offset == counted.end() - len(c.text) for c in cues) and _sums_up_incidents(sentence):
        return "habitual"
    # Every cue a bare plural ("preventing attacks") with no count: a kind of violence, not an incident.
    if all(cue.text in GENERIC_PLURALS for cue in cues) and not _NUMBER.search(lowered):
        preceding = {words[-1] for cue in cues if (words := re.findall(r"[\w-]+", lowered[: cue.start - offset]))}
        if not preceding & SPECIFIC_DETERMINERS:
            return "generic"
    # A modal or "whether" just before the first violent cue: something that may happen, not that did.
    first = min(cues, key=lambda c: c.start)
    lead = lowered[: first.start - offset]
    window = " ".join(lead.split()[-5:])
    if rules.hypothetical.search(window) or "whether" in lead.split():
        return "hypothetical"
    return "specific"
_ARREST_DEMANDED_BEFORE = re.compile(r"\b(?:demand(?:ed|ing|s)?|urg(?:ed|ing)|call(?:ed|ing)\s+for|sought)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?$")
_NOT_BEFORE = re.compile(r"\b(?:not|never|no\s+one|nobody)\s+(?:(?:yet|been|has|had|have|was|were|so\s+far)\s+){0,2}$")
_DEMANDED_BEFORE = re.compile(r"\b(?:demanded|asked|urged|called\s+(?:on|upon)|told)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?$")
_UNTIL_BEFORE = re.compile(r"\buntil\s+(?:[\w-]+\s+){1,3}?(?:(?:is|are|was|were)\s+)?$")
_SINCE_THE_BEFORE = re.compile(r"\bsince\s+the\s+(?:[\w-]+\s+)?$")
_BEGAN_AFTER = re.compile(r"\s+(?:began|started|erupted|broke\s+out)\b|\s*[.,;]")
# (or said by its spokesman: "An Ansarul Islam spokesman said his fighters had taken control of two hilltop positions")
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)\b[^.;]*\b(?:said|saying|adding)\s+(?:that\s+)?(?:its|their)\b|"
                             r"\b(?:claim(?:ed|s|ing)|spokes(?:man|person)\b[\w\s,-]{0,40}?\b(?:said|says|told))\s+(?:that\s+)?(?:its|their|his|her)\s+"
                             r"(?:[\w-]+\s+)?(?:men|fighters|militants|cadres|group|outfit)\b")
_YEARS_AFTER_BEFORE = re.compile(r"\b(?:[a-z]+|\d+)\s+(?:years|decades)\s+(?:after|since)\s+(?:[\w'-]+\s+){0,6}$")
_OF_WHOM_AFTER = re.compile(r"\s+of\b")
_INQUIRY_INTO_BEFORE = re.compile(r"\b(?:inquiry|enquiry|probe|investigation|inquest|notice)\s+(?:into|of)\s+the\s+(?:[\w-]+\s+)?$")
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|called\s+for|gave\s+(?:a\s+)?calls?\s+for|vowed\s+to\s+(?:hold|stage|launch)|threatened\s+to\s+"
                               r"(?:hold|stage|launch)|planned|planning|plans\s+to\s+(?:hold|stage))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$")
_TO_BE_HELD = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:would|will|shall|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:be\s+(?:held|staged|"
                         r"organi[sz]ed|taken\s+out|launched|observed)|turn\s+into|be\s+(?:turned|converted)\s+into)\b")
_A_COUNT_OF_ACTS_BEFORE = re.compile(r"\b(?:(?:recorded|documented|counted)\s+(?:a\s+total\s+of\s+)?\d+|accounted\s+for\s+(?:[\w-]+\s+){0,3}?"
                                     r"(?:half|third|quarter|thirds|most|percent|%)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_A_RATE_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:rose|risen|increased|declined|decreased|fell|fallen|dropped|jumped|surged|went\s+up|went\s+down)"
                           r"\s+by\s+(?:[\w.]+\s+)?(?:percent|per\s+cent|%)")
# (a list of nouns after it, no verb between: not "Fed up with power outages, residents blocked the highway")
_WEARY_OF_BEFORE = re.compile(r"\b(?:(?:tired|weary|sick)\s+of|fed\s+up\s+with)\s+(?:(?![\w-]+ed\b)[\w-]+(?:\s+|,\s*))*$")
# "near the site of the first blast", "at the scene of the earlier attack": where an act already told happened
_THE_SITE_OF_BEFORE = re.compile(r"\b(?:site|scene|spot)\s+of\s+the\s+(?:first|second|third|earlier|previous|same)\s+$")
_LISTED_AS_RECOVERED = re.compile(r"[^.;]{0,80}?\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:recovered|seized|found|confiscated)\b")
_ACT_VERBS = re.compile(r"\b(?:fired|hurled|lobbed|thrown|threw|exploded|went\s+off|landed|hit|struck|launched)\b")
# "men armed with rocket launchers": weapons carried (up to the sentence's own verb)
_CARRIED_BEFORE = re.compile(r"\b(?:armed\s+with|carrying|equipped\s+with|brandishing|wielding)\s+"
                             r"(?:(?!(?:fired|fire|came|launched|hit|opened|under|attacked|targeted|lobbed)\b)[\w,-]+\s+){0,4}$")
_CROWD_THREW = re.compile(r"\b(?:protesters|demonstrators|mobs?|crowds?|rioters|workers|students|supporters|youths)\b")
_FOUGHT_BEFORE = re.compile(r"\b(?:engaged\s+(?:them|the\s+(?:attackers|militants|terrorists))|exchange\s+of\s+fire|returned\s+(?:the\s+)?fire|"
                            r"retaliated|repulsed|repelled|gunfight|fought\s+back)\b")
_BACKED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|covered)\s+by\s+(?:the\s+)?$|\b(?:with\s+the\s+)?(?:support|help|cover)\s+of\s+(?:the\s+)?$"
                        r"|\b(?:called|calling|call)\s+in\s+(?:the\s+)?$")  # ("before security forces called in helicopter gunships")
# the forces' answer to an attack with their guns and gunships, part of its fight: "retaliated with artillery and
# helicopter gunships" (not "responded with a drone strike": a strike of its own)
_ANSWERED_WITH = re.compile(r"\b(?:retaliated|responded)\s+with\s+(?:[\w-]+\s+){0,4}?$")
_GUNS = re.compile(r"(?:helicopter\s+)?gunships?|helicopters?|artillery|mortars?|(?:heavy\s+)?guns")
