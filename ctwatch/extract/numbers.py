"""Counts of people killed, injured, arrested, surrendered or abducted, with the words they came from.

Rules (pure regular expressions over the text, no spaCy):

- A *count phrase* is a number followed, within four modifier words, by a person noun:
  "three CRPF personnel", "a villager", "two women cadres", "11 cadres of the CPI-Maoist".
  Numbers: digits ("1,200"), words ("twenty-five", "a hundred"), "a"/"an"/"one" before a person
  noun = 1, "a couple of" = 2, "a dozen" = 12; vague counts follow ACLED: "dozens" = 12, "tens" = 10,
  "hundreds" = 100, "scores" = 20; "several", "some", "many", "a few" = 3 (our rule; ACLED leaves
  the figure to the coder, and 3 is the smallest reading of "several" — it is marked ``exact=False``).
  "at least N", "about N", "nearly N", "over N" = N (inexact when hedged). "no one", "none",
  "nobody", "no" = 0.
- A *trigger* is a verb of the kind: killed (killed, shot dead, gunned down, hacked to death,
  died, succumbed, lost their lives, bodies of ...), injured (injured, wounded, sustained
  injuries, hurt), arrested (arrested, held, nabbed, apprehended, detained, picked up, taken into
  custody), surrendered, abducted (abducted, kidnapped, taken hostage).
- Passive or intransitive triggers ("were killed", "died") count the subject: the count phrase
  nearest before the trigger, plus the ones joined to it by "and" / "," ("a policeman and two
  civilians were killed" = 3). Active triggers ("killing two persons", "arrested three Maoists")
  count the object after it, joined the same way. A singular subject without a number ("Pidika
  Sarbo (55) was killed") is 1.
- A verb between two count phrases ends a subject ("... of the CRPF were killed and three others
  injured"); an adverb before a verb does not make it passive ("and seriously injured another 13");
  "was abducted and later killed" counts the subject of "abducted"; "them"/"him"/"her" after a verb
  stand for the object counted before ("dragged two villagers out and killed them" = 2).
- An injured person who then died is counted among the killed only ("suffered bullet wounds and
  later succumbed", "the injured tribal succumbed").
- Phrases after "including", "among them", "of whom" are parts of a total already counted and are
  not added; with no total before them they stand in for it.
- Per sentence the phrases add up; across sentences the largest sentence total wins (SATP
  summaries restate the same deaths: "seven cadres were killed ... retaliated killing seven"), unless
  another sentence counts only a side no counted sentence counts and one of the two tells the fight
  back ("killing two policemen. Three militants were also killed when the police retaliated" = 5).
  "death toll rose to N" sets the total.
- Negations: "no one was killed", "no casualties", "did not cause any casualties", "escaped
  unhurt" give 0.
- Background clauses ("was involved in the attack in which 15 Police personnel were killed",
  "wanted in ...") are skipped.

Sides follow SATP: police, jawans, troopers, SF, CRPF ... personnel -> security; Maoists, cadres,
Naxalites, militants -> militant; civilians, villagers, persons, people and civilian roles ->
civilian; anything else -> unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .model import Casualties, Count, Span

# ---------------------------------------------------------------------------------------------
# numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "scores": 20, "several": 3, "some": 3, "many": 3,
          "few": 3, "a few": 3, "numerous": 3}

WORDNUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)(?:\s+hundred)?"
)
NUMBER = (
    r"(?P<hedge>(?:at least|atleast|about|around|nearly|approximately|over|more than|up to|upto|some|almost|as many as|"
    r"(?:an)?other(?=\s+(?:\d+|" + WORDNUM + r")\b))\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + WORDNUM + r"|a dozen|half a dozen|a couple of|a hundred|dozens of|tens of|"
    r"hundreds of|scores of|several|many|a few|few|numerous|an|a|no one|none of the|none|nobody|no|another|other|"
    r"(?:his|her)(?=\s+(?:wife|husband|son|daughter|brother|sister|father|mother|nephew|cousin|bodyguard|driver|guard)\b))"
)


_BARE = r"(?:one another|another|\d+|" + WORDNUM + r")"


def parse_number(s: str) -> tuple[int, bool] | None:
    """"twenty-five" -> (25, True); "dozens of" -> (12, False); "a" -> (1, True); None if not a number."""
    w = s.lower().strip()
    w = re.sub(r"\s+of$", "", w)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", w):
        return int(w.replace(",", "")), True
    if w in ("a", "an", "another", "other", "single", "lone", "his", "her"):  # "his son": one person
        return 1, True
    if w in ("no", "none", "none of the", "no one", "nobody"):
        return 0, True
    if w == "a dozen":
        return 12, True
    if w == "half a dozen":
        return 6, True
    if w == "a couple":
        return 2, True
    if w == "a hundred":
        return 100, True
    if w in _VAGUE:
        return _VAGUE[w], False
    m = re.fullmatch(r"(?:(\w+)[- ])?(\w+)(?:\s+(hundred))?", w)
    if not m:
        return None
    a, b, h = m.groups()
    val = None
    if a is None and b in _UNITS:
        val = _UNITS[b]
    elif a is None and b in _TENS:
        val = _TENS[b]
    elif a in _TENS and b in _UNITS and _UNITS[b] < 10:
        val = _TENS[a] + _UNITS[b]
    if val is None:
        return None
    return (val * 100 if h else val), True


# ---------------------------------------------------------------------------------------------
# person nouns and sides

# the ranks of Pakistan's Levies and army ("a Levies naib risaldar", "a lance naik", "a retired subedar")
FORCES_RANKS = (r"havildars?|havaldars?|sepoys?|(?:naib )?risaldars?|daf+adars?|sowars?|(?:lance )?naiks?|(?:naib )?subedars?|"
                r"(?:second )?lieutenants?|(?:lieutenant )?colonels?|brigadiers?")
_SECURITY = (
    r"policem[ae]n|police ?personnel|personnel|jawans?|troopers?|troops|soldiers?|constables?|head constables?|cops?|"
    r"commandos?|SPOs?|special police officers?|home ?guards?|guards?|officers?|SFs?|securitym[ae]n|"
    r"riflem[ae]n|sub-inspectors?|SIs?|ASIs?|SHOs?|DSPs?|inspectors?|gunm[ae]n|bodyguards?|forest guards?|"
    + FORCES_RANKS + r"|CRPF|BSF|SSB|ITBP|CISF"
)
# Pakistan's official word for TTP fighters since 2024 (ISPR): khwarij / khawarij, one kharji / khariji
KHAWARIJ = r"kha?warij|khariji?s?|kharjis?"
_MILITANT = (
    r"Maoists?|cadres?|Naxalites?|Naxals?|militants?|insurgents?|extremists?|rebels?|ultras?|guerrill?as?|"
    r"terrorists?|dalam members?|sympathi[sz]ers?|supporters?|couriers?|commanders?|leaders?|activists?|"
    r"members?|operatives?|squad members?|hardcores?|Left Wing Extremists?|LWEs?|"
    r"attackers?|assailants?|raiders?|intruders?|infiltrators?|(?<!fire\s)(?<!prize\s)fighters?|" + KHAWARIJ
)
_CIVILIAN = (
    r"civilians?|villagers?|persons?|people|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|farmers?|traders?|"
    r"labou?rers?|workers?|contractors?|drivers?|teachers?|students?|tribals?|residents?|youths?|"
    r"informers?|informants?|businessm[ae]n|shopkeepers?|sarpanch(?:es)?|headm[ae]n|officials?|employees?|"
    r"engineers?|passengers?|colleagues?|associates?|companions?|comrades?|aides?|accomplices?|Girijans?|adivasis?|"
    r"relatives?|family members?|brothers?|sons?|daughters?|wives|wife|husbands?|nephews?|cousins?|uncles?|grandsons?|"
    r"schoolteachers?|headmasters?|principals?|lecturers?|professors?|imams?|prayer leaders?|"
    r"fathers?|mothers?|others?|individuals?|locals?|mukhiyas?|pradhans?|doctors?|journalists?|"
    r"politicians?|workers?|porters?|cultivators?|fishermen|hunters?|ex-servicem[ae]n|"
    r"gram pradhans?|ward members?|panchayat members?|supervisors?|managers?|staff|staffers?|"
    r"victims?|bodies|body|kids?|minors?|elderly|old m[ae]n|couple|them|suspects?|accused|"
    # (a captain is the forces' only by the words before him: "a Pakistan Army captain", not "a ship captain")
    r"captains?|criminals?|smugglers?|robbers?|thie(?:f|ves)|burglars?|dacoits?|bandits?|kidnappers?|abductors?|protesters?|demonstrators?|agitators?|miscreants?|lawyers?|"
    r"owners?|chiefs?|guides?|hostages?|captives?|vendors?|hawkers?|pedestrians?|suppliers?|"
    r"Shias?|Sunnis?|Hazaras?|Ahmadis?|Christians?|Hindus?|Sikhs?|pilgrims?|worshipp?ers?|devotees?|mourners?|"
    r"tribesm[ae]n|elders?|clerics?|customers?|patients?|guests?|volunteers?|nurses?|pupils?|"
    r"receptionists?|clerks?|cooks?|waiters?|cleaners?|sweepers?|watchm[ae]n|chowkidars?|assistants?|conductors?|"
    r"cashiers?|tailors?|barbers?|butchers?|mechanics?|miners?|vaccinators?|passers?-?by|passersby|bystanders?"
)
PERSON_NOUN = rf"(?:{_SECURITY}|{_MILITANT}|{_CIVILIAN})"
_SEC_MOD = re.compile(r"\b(?:police|crpf|bsf|ssb|itbp|cisf|cobra|sfs?|security|army|jawans?|stf|sog|dvf|"
                      r"fc|frontier corps|levies|rangers|ctd|khasadars?|elite force|"
                      r"greyhounds|c-60|irb|jap|sap|bmp|iaf|forces?|battalion|constabulary|district reserve|drg|spo)\b", re.I)
_MIL_MOD = re.compile(r"\b(?:cpi|maoist|naxal|naxalite|plfi|tpc|jjmp|pla|plga|dalam|ml|militant|rebel|extremist|"
                      r"splinter|outfit|squad|armed cadres?)\b", re.I)

# "of the Hafiz Gul Bahadur group", "of the banned Lashkar e Islam": a commander's armed group
_OF_AN_ARMED_GROUP = re.compile(r"\s*of\s+(?:the\s+)?(?:banned\s+|proscribed\s+|outlawed\s+|defunct\s+)?(?:[\w-]+\s+){0,5}?"
                                r"(?:group|faction|outfit|organi[sz]ation|taliban|lashkar|tehreek|tehrik|jamaat|front|ttp|bla|blf)\b", re.I)

# "Central Industrial Security Force (CISF) personnel" (not across a speech verb: "A spokesman said two policemen")
_MODIFIER = r"(?:(?!(?:said|says|told|added|stated|confirmed)\s)[\w'’.()-]+\s+){0,4}?(?:\([\w-]{1,10}\)\s+)?"
COUNT_PHRASE = re.compile(
    # (the last person noun of the phrase: "a tribal elder" is an elder, not "a tribal")
    r"(?<![\w-])" + NUMBER + r"\s+(?P<mods>" + _MODIFIER + r")(?P<noun>" + PERSON_NOUN + r")(?![\w-])"
    r"(?!\s+(?:" + PERSON_NOUN + r")(?![\w-]))",
    re.I,
)


_NUMBER_INSIDE = re.compile(r"(?<![\w-])(?:\d+|" + WORDNUM + r")(?![\w-])", re.I)


def _side(mods: str, noun: str, after: str) -> str:
    n = noun.lower()
    # (the words after, up to a clause of their own: "two others were injured when unidentified militants ambushed")
    context = mods + " " + re.split(r"\b(?:when|while|after|as|but|before)\b", after[:40], maxsplit=1)[0]
    # (a bodyguard or guard is one of the forces only when the words say so: "police bodyguard", not "his bodyguard")
    if re.fullmatch(_SECURITY, noun, re.I) and re.search(r"\b(?:retired|former|ex)\b", mods, re.I):
        return "civilian"  # "a retired subedar": no longer one of the forces (ACLED: a civilian)
    if re.fullmatch(_SECURITY, noun, re.I) and not re.fullmatch(r"officers?|(?:body)?guards?|gunm[ae]n|commanders?", n):
        return "security"
    if re.fullmatch(r"guards?", n, re.I) and re.fullmatch(r"\s*(?:private\s+)?security\s*", mods, re.I):
        return "civilian"  # a (private) security guard
    if re.fullmatch(r"members?|leaders?|commanders?|activists?|supporters?|sympathi[sz]ers?|couriers?|officers?|(?:body)?guards?|gunm[ae]n|m[ae]n|others?",
                    n, re.I):
        if _SEC_MOD.search(mods) or re.match(r"\s*of the (?:[\w-]+\s+){0,3}(?:police|crpf|bsf|cobra|force)", after, re.I):
            return "security"
        if _MIL_MOD.search(context):
            return "militant"
        if re.fullmatch(r"commanders?", n) and (re.search(r"\bwanted\b", mods, re.I) or _OF_AN_ARMED_GROUP.match(after)):
            return "militant"  # "a wanted commander", "a commander of the Hafiz Gul Bahadur group"
        if n.startswith("other"):
            return "unknown"
        return "civilian" if re.fullmatch(r"m[ae]n|leaders?|activists?|members?|supporters?", n) else "unknown"
    if re.fullmatch(_MILITANT, noun, re.I):
        return "militant"
    if re.fullmatch(r"inform(?:er|ant)s?", n):
        return "civilian"  # a police informer works for the forces but is not one of them (ACLED: civilian)
    if _SEC_MOD.search(mods):
        return "security"
    if _MIL_MOD.search(mods):
        return "militant"
    if re.fullmatch(r"dacoits?|bandits?|kidnappers?|abductors?", n):
        # armed bandits and kidnappers are neither civilians nor militants: counted in the total, under no side of the model (the
        # coding rules give them none), yet a side apart from the others when adding up ("Two dacoits were also
        # killed"); smugglers or suspected criminals shot or lynched stay civilians, as ACLED has them
        return "outlaw"
    if n in ("them",):
        return "unknown"
    return "civilian"


# ---------------------------------------------------------------------------------------------
# triggers

_AUX = r"(?:was|were|is|are|been|being|got|get|gets|be|had|have|has|allegedly|reportedly|also|later|all|both|" \
       r"critically|seriously|severely|grievously|badly|fatally|injured and|brutally|mercilessly|instantly|" \
       r"subsequently|eventually|reported|believed to have been|feared|found|lying|allegedly)"
TRIGGERS = {
    "killed": (
        # "shot him dead", "hacked them to death": the pronoun stands for the victims
        r"(?:shot|hacked|beat|beaten|stabbed|bludgeoned|stoned|strangled|burnt|burned|hanged|hung|shooting|hacking|beating|stabbing)"
        r" (?:him|her|them) (?:dead|to death)|"
        # "beat a suspected thief to death": the verb, its victims told after it
        r"(?:beat|hacked|stabbed|bludgeoned|stoned|clubbed|burnt|burned|tortured)"
        r"(?=\s+(?!(?:him|her|them)\b)(?:(?!(?:nearly|almost|half)\b)[\w-]+\s+){1,4}?to death\b)|"
        r"killed|shot dead|gunned down|hacked to death|beaten to death|stabbed to death|bludgeoned to death|stoned to death|"
        r"strangled(?: to death)?|burnt alive|burned alive|burnt to death|crushed to death|lynched|slain|slayed|"
        r"murdered|massacred|beheaded|executed|slit the throats? of|killing|shot and killed|shooting dead|"
        r"hacking to death|gunning down|beating to death|slitting the throats? of|eliminated|kills|kill|"
        r"death of|deaths of|bodies of|body of|die|dies|died|dead|succumbed(?: to (?:his|her|their) injuries)?|lost (?:his|her|their) li(?:fe|ves)|"
        # Pakistani English for security personnel killed in the line of duty, and the military's press
        # wing's for militants killed ("six khwarij were sent to hell")
        r"martyred|martyring|embraced martyrdom|embraced shahadat|sent to hell|"
        # bodies found: "recovered three bullet riddled bodies", "Three bodies were found" (not "the bodies of", counted above)
        r"(?:found|recovered|discovered|fished out)(?=\s+(?:[\w-]+\s+){0,4}?(?:bodies|corpses)\b(?!\s+of\b))|"
        r"(?:(?<=bodies were )|(?<=corpses were ))(?<!no bodies were )(?:found|recovered|discovered|fished out)"
    ),
    "injured": (
        r"injured|injure|injures|wounded|injuring|wounding|hurt|assaulted|assaulting|beaten up|beat up|beating up|thrashed|"
        r"thrashing|shot at and (?:critically |seriously )?injured|chop(?:ped)?(?: off)? the (?:limbs|hands|legs|fingers|ears|nose) of|"
        # "sustained minor splinter injuries", "suffered a bullet injury", "received bullet wounds", "sustained some cuts"
        r"(?:sustain|suffer|receiv)(?:e|es|s|ed|ing)? (?:(?:a|an|some|minor|major|serious|severe|grievous|critical|grave|"
        r"multiple|bullet|gunshot|splinter|shrapnel|pellet|stab|burn|head|leg|deep|several)\s+){0,3}"
        r"(?:injur(?:y|ies)|wounds?|cuts|burns?|fractures?)|"
        r"hit by (?:a |the )?(?:bullets?|splinters?|shrapnel|pellets?)"
    ),
    "arrested": (
        r"arrested|arresting|arrests|arrest of|nabbed|nabbing|apprehended|apprehending|detained|detaining|"
        r"held|picked up|rounded up|taken into custody|took into custody|caught|captured|"
        r"arrest"
    ),
    "surrendered": r"surrendered|surrendering|surrender of|laid down (?:their |his |her )?arms|gave themselves up|surrender",
    "abducted": r"abducted|abducting|abduction of|kidnapped|kidnapping|kidnapping of|taken hostage|took hostage|held hostage|"
                r"taken away|took away|whisked away|carried away",
}
_TRIG_RE = {k: re.compile(r"(?<![\w-])(?:" + v + r")(?![\w-])", re.I) for k, v in TRIGGERS.items()}
_OTHER_TRIGGER = {k: re.compile(r"\b(?:" + "|".join(v for other, v in TRIGGERS.items() if other != k) + r")\b", re.I)
                  for k in TRIGGERS}
_ACTIVE_FORMS = re.compile(
    r"^(?:death of|deaths of|bodies of|body of|killing|beat|hacked|stabbed|bludgeoned|stoned|clubbed|burnt|burned|tortured|martyring|kill|injure|chopped off the (?:limbs|hands|legs) of|assaulting|beating up|thrashing|shooting dead|hacking to death|gunning down|beating to death|slitting|injuring|wounding|"
    r"arresting|nabbing|apprehending|detaining|abducting|kidnapping|arrest of|surrender of|abduction of|"
    r"kidnapping of|arrests|slit the throats? of|kill|took away|took hostage|took into custody)$",
    re.I,
)
_ANY_TRIGGER = re.compile(
    r"(?<![\w-])(?:" + "|".join(TRIGGERS.values()) + r"|attacked|ambushed|opened fire|triggered|exploded|blew up|"
    r"torched|set (?:on )?fire|set ablaze|raided|recovered|seized|escaped|fled|managed|said|told|added|claimed|"
    r"according to|reports?|while|whereas|when|after|before|but|however|who|which|whom)(?![\w-])",
    re.I,
)
_BOUNDARY = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|\bwhen\b|\bafter\b|\bbut\b|\bhowever\b|\bwho\b|\bwhich\b|"
                       r"(?<!identified )(?<!known )(?<!named )(?<!acting )(?<!posing )(?<!working )(?<!serving )(?<!such )\bas\b(?! well)|\bafter\b|\bbefore\b|\bsaid\b|\bclaimed\b|\bthat\b", re.I)
_INCLUDING = re.compile(r"(?:including|includ(?:es|ed)|among them|among whom|of whom|of them|out of whom|out of them|"
                        r"amongst them|comprising|among the (?:dead|deceased|injured|killed|victims))\s*$", re.I)
# (a count owned by the one before it joins it too: "shot dead a tribal elder along with his two sons"; not "killed a
# cleric, and his three students were injured")
_JOIN = re.compile(r"^\s*(?:,|,?\s*and|,?\s*as well as|,?\s*along with|,?\s*besides|,?\s*plus|&|\s+(?:along|together)\s+with\s+(?:his|her|their))\s*$", re.I)
# a sentence opening on when its incident came ("Earlier,", "Two days earlier,", "Earlier on Monday", "Earlier the same
# day,", "The previous day")
_OPENS_EARLIER = re.compile(r"^\W*(?:(?:a|one|two|three|four|five|\d+|several|a\s+few)\s+(?:days?|hours?|weeks?)\s+earlier|"
                            r"earlier(?:\s+(?:the\s+same|that)\s+(?:day|night|morning|evening|afternoon))?|"
                            r"(?:on\s+)?the\s+previous\s+(?:day|night|evening|morning))\b(?=\s*(?:,|on\b|in\b|that\b|this\b))", re.I)
_BACKGROUND = re.compile(
    r"\b(?:involved in|wanted in|wanted for|accused (?:of|in)|responsible for|mastermind(?:ed)? of|masterminded|"
    r"in which|in connection with|connection with|allegedly behind|in the killing of|in the murder of|"
    r"charged with|for killing|for the killing|for his involvement|for their involvement|planned|"
    r"retaliat\w* (?:for|against|to)|involvement|participat\w* in|took part in|protest(?:ing)? against|revenge (?:for|of)|avenge|to avenge|earlier|previous|"
    r"last year|in \d{4}|since \d{4}|threatened to|threat(?:ening)?|demanding|demanded|plan(?:ning)? to|"
    r"had been|have been killed (?:so far|till date|since)|so far|till date|this year)\b",
    re.I,
)
_WHO_WAS_HURT_DIED = re.compile(r"\s+who\s+(?:was|had\s+been)\s+(?:[\w-]+\s+)?(?:injured|wounded)\b"
                                r"(?:(?!\b(?:said|says|told|that|while|whereas|but|survived)\b)[^,.;]){0,100}?(?<!\bnearly)(?<!\balmost)"
                                r"(?=\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b)", re.I)
# a death only come close to or ordered
_NOT_DONE_BEFORE = re.compile(r"\b(?:nearly|almost|narrowly\s+escaped\s+being|escaped\s+being|about\s+to\s+be|(?:that\s+)?(?:he|she|they|the\s+[\w-]+)\s+be)\s+$",
                              re.I)
# a deed told of those counted, between them and their verb ("two militants wanted in several cases were arrested")
_REDUCED_RELATIVE = re.compile(r"(\b(?:militants?|terrorists?|suspects?|m[ae]n|members?|commanders?|accomplices?|kidnappers?|"
                               # (to the clause's last verb: "involved in an attack in which three soldiers were killed were arrested")
                               r"dacoits?|criminals?))(\s+(?:involved|wanted|accused)\s+(?:in|of|for)\b"
                               r"(?:(?!\b(?:and|while|but|whereas)\b)[^,.;]){0,100})"
                               r"(?=\s+(?:was|were)\s+(?:also\s+|later\s+)?[a-z]+\b)", re.I)
_OBJECT_OF_A_VERB = re.compile(r"\b(?:arrested|killed|detained|nabbed|apprehended|captured|shot|injured|held|identified)\s+(?:[\w-]+\s+){0,3}$",
                               re.I)
# a tally told after its verb ("45 policemen have been martyred since January", "in the past six months"):
# months or years of deaths, not one incident's; told after a comma it is the tally of something else ("killed on
# Monday, the 45th this year")
TALLY_PERIOD = re.compile(
    r"\b(?:since (?:the (?:start|beginning) of |early |mid-?|late )?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s+\d{1,2}\b)|\d{4}|last (?:year|month)|the (?:start|beginning))|"
    # (a toll since a day: "At least 34 policemen have been killed in Karachi since January 1")
    r"since\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}|"
    r"(?:this|last) year|(?:in|over|during|for) the (?:past|last) (?:\w+ )?(?:months?|years?|decades?)|over the years|during the (?:current|past|last|previous) year|(?:in|during) the (?:first|second) half of the year|"
    r"(?:in|during|over) the same period|"
    r"(?:in|during) the (?:first|second|third|fourth|last) quarter)\b",
    re.I)
# ... told in the clause of the count itself ("who had been wanted since 2019", "which has been attacked 12 times
# this year", "who had survived an attack last year" tell someone's or something's past)
TALLY_CLAUSE_END = re.compile(r"[;,]|\b(?:who|which|whose|whom|that|where|involved|wanted|after|before|earlier|survived)\b", re.I)
# ... or opening the sentence before it ("Since January, 34 polio workers have been killed in the province")
_NEXT_CLAUSE = re.compile(r"[;:]|,\s*(?:and|but|yet)\b|\bbut\b", re.I)
# an incident told as what came before the one just told: "The protest came a day after militants shot dead two
# policemen" (its dead are that incident's, which the events stage tells apart)
CAME_AFTER = re.compile(r"^\W*(?:the|this|it|that)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|followed|follows)\s+"
                        r"(?:just\s+|only\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|hours?|weeks?)\s+after\b", re.I)
_BODIES_FOUND = {"found", "recovered", "discovered", "fished out"}  # the "killed" triggers of bodies found
_DAY_TOLD = re.compile(r"\bon\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                       r"(?:january|february|march|april|may|june|july|august|september|october|november|december)|"
                       r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d)", re.I)
TALLY_OPENING = re.compile(r"\s*(?:" + TALLY_PERIOD.pattern + r")(?:\s+\d{4})?(?:\s+alone)?\s*,", re.I)
_NEGATED = re.compile(
    r"\b(?:no (?:one|body|person|casualt(?:y|ies)|loss of (?:life|lives)|injur(?:y|ies)|fatalit(?:y|ies))|nobody|none|"
    r"without (?:causing |any )?(?:casualt|injur)|did(?: not|n't) (?:cause|result in) any|escaped unhurt|"
    r"escaped unscathed|narrowly escaped|(?:were|was) not (?:killed|injured|hurt|harmed)|"
    r"no (?:report|reports) of (?:any )?(?:casualt|injur))",
    re.I,
)
# "the death toll (from Wednesday's bombing) rose to seven": an update that replaces earlier figures
_TOLL = re.compile(r"\b(?:death toll|toll|number of (?:dead|deaths|(?:people|persons) killed))"
                   r"(?:\s+(?:from|in|of)\s+[^.;:]{1,160}?)?\s+(?:has\s+|had\s+)?"
                   r"(?:rose|risen|climbed|went up|gone up|increased|reached|rises|is|was|stood at|stands at|mounted)\s+"
                   r"(?:to\s+)?(?P<n>\d+|" + WORDNUM + r")", re.I)

_SINGULAR_AUX = re.compile(r"\b(?:was|is|has been|had been|got)\s+(?:\w+ly\s+|also\s+|later\s+|found\s+)*$", re.I)
_PLURAL_AUX = re.compile(r"\b(?:were|are|have been|had been)\s+(?:\w+ly\s+|also\s+|later\s+|all\s+|both\s+|found\s+)*$", re.I)
# "was abducted and later killed": the subject of the first verb is the subject of the second
_COORD = re.compile(r"\b(?:abducted|kidnapped|tortured|assaulted|beaten up|taken away|dragged out|shot at|attacked|picked up|"
                    + TRIGGERS["injured"] + r")\s+(?:by\s+[^,;.]{1,60}?\s+)?and\s+(?:(?:later|then|subsequently|eventually|allegedly|"
                    r"reportedly|brutally|finally)\s+)*$", re.I)
_TRUE_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|got|get|gets|be|reported|believed to have been|feared|found|lying|"
                           r"injured and)\s+(?:(?:\w+ly|also|later|all|both)\s+)*$", re.I)
# a count phrase straight after the verb: its object
_OBJECT_NEXT = re.compile(r"\s+(?:the\s+)?" + NUMBER + r"\s+(?:[\w'’.()-]+\s+){0,4}?(?:" + PERSON_NOUN + r")(?![\w-])", re.I)
# not after an initial ("K. N. Pathak") or a title ("Dr. Rao")
# the subject right before an intransitive verb names one person: "he", "she", a name ("Kamla Devi")
_ONE_SUBJECT = re.compile(r"(?:\b(?:he|she)|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:victim|man|woman|boy|girl|trooper|jawan|constable|policeman|"
                          r"villager|tribal|officer|person|youth|driver|farmer|cadre|Maoist|leader|guard|civilian|worker|student|"
                          r"teacher|trader|contractor|sarpanch|labou?rer|child|deceased)|(?<![\w-])(?!(?:The|They|It|This|These|Those|Police|Maoists|Naxals|Naxalites|Forces|SFs|Troops)\b)"
                          r"[A-Z][a-z]+(?<!s))\s+(?:(?:also|later|reportedly|allegedly|too)\s+)?$")
# an injured person who then died is counted among the killed only
_THEN_DIED = re.compile(r"[^.;:]{0,60}?\band\s+(?:(?:he|she)\s+)?(?:(?:later|subsequently|eventually)\s+)?(?:succumbed|died)\b", re.I)
# (or "a policeman who was injured in an attack on Monday died at a hospital")
_INJURED_DIED = re.compile(r"\b(?:the|an?)\s+injured\s+(?:[\w-]+\s+){0,2}?(?:(?:later|subsequently|eventually)\s+)?"
                           r"(?:succumbed|died)\b|"
                           r"\bwho\s+(?:was|had\s+been)\s+(?:[\w-]+\s+)?(?:injured|wounded)\b"
                           # (not another's death told by him: "told reporters that his colleague died")
                           r"(?:(?!\b(?:said|says|told|that|while|whereas|but|survived|other|another|his|her|their)\b)[^.;,]){0,100}?"
                           r"(?<!nearly\s)(?<!almost\s)\b(?:succumbed|died)\b", re.I)
_GOVERNED = re.compile(r"\b(?:of|for|carrying|guarding|escorting|protecting|accompanying|escort(?:ing)?\s+of|team\s+of|"
                       r"group\s+of|security\s+of)\s+(?:(?:the|a|an|some|about|over|nearly|around)\s+)?$", re.I)
_DATE_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s*$|\b(?:in|of|since)\s+$", re.I)
# (a blank line ends one too; a line break inside a paragraph may be a hard wrap: "Five\nsoldiers were martyred")
_SENT = re.compile(r"(?<=[.!?])(?<!(?<![\w.])[A-Z]\.)(?<!\b(?:Dr|Mr|Sh|St|Lt|Sr|Jr|No)\.)(?<!\bMrs\.)(?<!\bCol\.)(?<!\bGen\.)(?<!\bSgt\.)\s+(?=[A-Z\"“(])"
                   r"|[ \t]*\n[ \t]*\n\s*")
# a headline: a short first line without a full stop, before its lede ("Two FC personnel martyred in Bajaur
# IED blast\nKHAR: Two personnel ... were martyred"), whose toll is the lede's told again
# a first line without a full stop, a headline ("Suicide bomber kills nine in Peshawar"), which the body retells
HEADLINE = re.compile(r"[^\n.!?]{1,160}[ \t]*\n(?=\s*[A-Z\"“(])")


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    value: int
    exact: bool
    side: str
    included: bool  # after "including": part of a total
    anaphor: bool = False  # "him", "her": adds nothing to a sentence that counted the person already


_AGE = re.compile(r"(?<![\w-])(?:\d+|" + WORDNUM + r")\s+(?:years?|months?)\s+old\b", re.I)


@lru_cache(maxsize=4096)
def _phrases(text: str) -> tuple[_Phrase, ...]:
    """The count phrases of one sentence; cached, since every count kind (killed, injured, ...) reads them."""
    out: list[_Phrase] = []
    pos = 0
    # an age written without hyphens is no count ("her eight year old daughter" is one daughter): blanked, so that
    # every offset stays the sentence's
    text = _AGE.sub(lambda a: " " * len(a.group()), text)
    while (m := COUNT_PHRASE.search(text, pos)) is not None:
        pos = m.start() + 1  # a rejected match ("an encounter killed two cadres") must not hide the phrase inside it
        numtxt = m.group("num")
        mods = m.group("mods") or ""
        noun = m.group("noun")
        # "killed two of the attackers": two of them
        part_of = re.fullmatch(r"of\s+(?:the|these|those)\s+(?:(?:slain|fleeing|armed|other|abducted|kidnapped|missing)\s+)?", mods, re.I) is not None
        if not part_of and re.search(r"\b(?:of|in|from|at|to|by|with|on|under|near|for)\s*$", mods, re.I) and not re.match(r"\s*(?:the\s+)?(?:cpi|crpf|bsf|police)", mods, re.I):
            # "two cadres of the outfit" is fine, but "one of the ..." style with a preposition inside
            # the modifiers means the noun does not belong to the number
            if not re.fullmatch(r"(?:[\w'’.()-]+\s+)*?(?:cadres?|members?|personnel|jawans?)\s+of\s+(?:[\w'’.()-]+\s+)*", mods, re.I):
                continue
        if not part_of and re.search(r"\b(?:and|or|while|killed|injured|arrested|were|was|had|with|in|at|from|to|by|on|near|under|for|"
                     r"against|during|between|is|are|has|have|been|after|when|who|which|that|a|an|the)\b|[,;]", mods, re.I):
            continue  # (a determiner inside: "on August 11 beheaded a Policeman" counts the policeman, not 11)
        if not part_of and _NUMBER_INSIDE.search(mods):
            continue  # another count inside: "on May 3, 2022 left five students injured", "the two sides left four militants"
        pn = parse_number(numtxt)
        if pn is None:
            continue
        val, exact = pn
        if m.group("hedge") and m.group("hedge").lower().strip() not in ("at least", "atleast", "another", "other"):
            exact = False
        lowern = numtxt.lower()
        if lowern in ("a", "an", "another", "other", "one") and re.fullmatch(r"(?:.*s|people|men|women|children|police|staff|personnel)", noun, re.I) \
                and noun.lower() not in ("personnel", "police personnel", "staff", "bodyguards", "sons"):
            if noun.lower() != "personnel":
                continue
        if lowern in ("a", "an") and re.search(r"\b(?:number|group|team|lot|total|couple|batch|series|gang|band|dozen|few)\b", mods, re.I):
            continue
        if lowern == "other" and not re.match(r"others?", noun, re.I):
            continue
        if lowern == "some" and noun.lower() in ("others", "other"):
            exact = False
        before = text[max(0, m.start() - 40) : m.start()]
        if re.search(r"\b(?:one|each|any|all|both|most)\s+of\s*$|\bINR\s*$|\bRs\.?\s*$|\bNo\.?\s*$|\baged?\s*$", before, re.I):
            continue
        part = re.search(r"(?<![\w-])(?P<n>\d+|" + WORDNUM + r")\s+of\s+(?:the|these|those)\s+$", before, re.I)
        if part and parse_number(part.group("n")):
            # "Seven of the 35 tribesmen were killed": the seven
            val, exact = parse_number(part.group("n"))
            out.append(_Phrase(m.start() - len(before) + part.start(), m.end(), val, exact,
                               _side(mods, noun, text[m.end():]), False))
            pos = m.end()
            continue
        rng = re.search(r"(?<![\w-])(?P<lo>\d+|" + WORDNUM + r")\s+(?:to|or)\s+$|\bbetween\s+(?P<lo2>\d+|" + WORDNUM + r")\s+and\s+$",
                        text[: m.start()], re.I)
        if rng and not m.group("hedge") and parse_number(rng.group("lo") or rng.group("lo2")):
            # "two to three personnel", "between eight and 12 fighters": the lower figure, inexact
            val, exact = parse_number(rng.group("lo") or rng.group("lo2"))[0], False
        # "Three members ..., two of them Christians, were arrested": the two are among the three
        included = bool(_INCLUDING.search(before.rstrip(" ,("))) or re.match(r"(?:of them|of whom)\b", mods, re.I) is not None
        if not included:
            # "including two schoolchildren and three ITBP personnel": the second part of the list
            wide = text[max(0, m.start() - 80) : m.start()]
            # (an acronym in brackets may sit in the list: "two activists of the Muttahida Qaumi Movement (MQM) and")
            included = bool(re.search(r"\b(?:including|among them|of whom)\s+(?:[^.;:()]|\([\w-]{1,10}\)){0,70}?(?:,|(?<!,)\s+and)\s*$",
                                      wide, re.I)) \
                and not _VERB_IN_GAP.search(wide[wide.lower().rfind("includ") if "includ" in wide.lower() else 0 :])
        if out and out[-1].included and _JOIN.match(text[out[-1].end : m.start()]):
            included = True
        out.append(_Phrase(m.start(), m.end(), val, exact, _side(mods, noun, text[m.end():]), included))
        pos = m.end()
    return _restated(text, out)


_ANY_SIDE = re.compile(r"\b(?:people|persons|individuals)$", re.I)


def _restated(text: str, phrases: list[_Phrase]) -> tuple[_Phrase, ...]:
    """A list set off by commas right after a count of civilians or people, whose figures add up to no more than it,
    names the same people again: "Two civilians, a woman and her daughter, were killed" (two, not four)."""
    out = list(phrases)
    for i, head in enumerate(out[:-1]):
        if head.included or not re.fullmatch(r"\s*,\s*", text[head.end:out[i + 1].start]):
            continue
        listed = re.match(r"[^,;.()]*?\s(?:and|or)\s[^,;.()]*?,", text[out[i + 1].start:])  # "a woman and her daughter,"
        if listed is None or _VERB_IN_GAP.search(listed.group(0)):
            continue
        inside = [j for j in range(i + 1, len(out)) if out[j].end <= out[i + 1].start + listed.end()]
        # (not "Two soldiers, a policeman and a civilian, were injured": forces and others listed are more people)
        listed_sum = sum(out[j].value for j in inside)
        if listed_sum <= head.value and {head.side} | {out[j].side for j in inside} <= {"civilian", "unknown"} \
                or listed_sum == head.value and (head.side == "unknown" or _ANY_SIDE.search(text[head.start:head.end])):
            # ("Three people, a policeman and two civilians,": people are of every side)
            for j in inside:
                out[j] = replace(out[j], included=True)
    return tuple(out)


_VERB_IN_GAP = re.compile(r"\b(?:was|were|is|are|been|has|have|had)\b|(?<![\w-])(?:" + "|".join(TRIGGERS.values()) + r")(?![\w-])", re.I)


def _joined(gap: str) -> bool:
    """Whether the text between two count phrases joins them ("and", ",", "of the CPI-Maoist and")."""
    gap = re.sub(r"\([^)]*\)", "", gap)
    # (or what the first ones did: "A lady health worker engaged in the anti polio campaign and a Levies constable")
    m = re.match(r"^\s*,?\s*(?:of|from|belonging to|identified as|of the|with|engaged in|working (?:for|with|in|as)|employed (?:by|with|in)|"
                 r"attached to|associated with|posted (?:at|in|to))\b[^;]*?(?=,?\s*(?:and|as well as|along with)\b)", gap)
    # "... of the CRPF were killed and three others": a verb in between ends the noun phrase
    if m and not _VERB_IN_GAP.search(m.group(0)):
        gap = gap[m.end():]
    return bool(_JOIN.match(gap))


def _chain_back(phrases: list[_Phrase], idx: int, text: str) -> list[_Phrase]:
    """The phrase at ``idx`` plus those joined before it by "and"/","."""
    chain = [phrases[idx]]
    j = idx - 1
    has_and = False
    while j >= 0:
        gap = text[phrases[j].end : chain[0].start]
        if phrases[j].included or not _joined(gap):
            break
        if re.fullmatch(r"\s*,\s*", gap) and not has_and:
            break  # "to rescue four abducted persons, one trooper died": a comma alone is no list ("A, B and C")
        has_and = has_and or not re.fullmatch(r"\s*,\s*", gap)
        chain.insert(0, phrases[j])
        j -= 1
    return chain


def _chain_forward(phrases: list[_Phrase], idx: int, text: str, limit: int) -> list[_Phrase]:
    chain = [phrases[idx]]
    j = idx + 1
    while j < len(phrases) and phrases[j].start < limit:
        gap = text[chain[-1].end : phrases[j].start]
        if phrases[j].included:
            j += 1
            continue
        # skip a parenthetical "including ..." between the joined phrases
        gap = re.sub(r",?\s*(?:including|among them)[^,]*,", ",", gap)
        if not _joined(gap):
            break
        if len(chain) == 1 and re.fullmatch(r"\s*,\s*", gap) and phrases[j].value < chain[0].value:
            break  # "three civilians, two men and a woman": the list after the comma names the same people
        chain.append(phrases[j])
        j += 1
    return chain


_NP_START = r"(?:a|an|the|his|her|their|its|one|[A-Z][\w.'’-]*)"
_OBJ_STOP = re.compile(r"\s(?:in|at|near|on|inside|outside|under|during|when|while|after|before|as|by|for|from|"
                       r"with|since|because|allegedly|reportedly|suspecting|branding|accusing|and (?:then |also )?(?!"
                       + _NP_START + r"\b)[a-z]+)\b|,\s+[a-z]+ed\b|(?<!\b[A-Z])\.|[;:]", )


def _np_conjuncts(seg: str) -> int:
    """How many people a noun phrase without numbers names: "a lawyer, identified as X," = 1,
    "a Sub-Inspector (SI), an Assistant SI and a home guard" = 3, "Venkata Rao and his courier Ashok" = 2."""
    seg = re.sub(r"\([^)]*\)", "", seg)
    # "Kandri Lohar, a home guard, and her son": the description after a name is the same person
    seg = re.sub(r"(\b[A-Z][\w.'’-]*)\s*,\s*(?:a|an)\s+[^,]*?(?=,|\s+and\s|$)", r"\1", seg)
    seg = re.sub(r",\s*(?:identified as|alias|a resident of|resident of|son of|wife of|aged)\b[^,]*(?:,|$)", ",", seg)
    seg = re.sub(r"\b(?:alias|@)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", "", seg)
    if not re.search(r"\s(?:and|&)\s", seg):
        if re.match(r"\s*(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+s|people|m[ae]n|wom[ae]n|children|staff)\s*(?:$|[,(])", seg):
            return 0  # "the labourers": a group of unknown size
        return 1 if re.match(r"\s*" + _NP_START, seg) else 0
    parts = re.split(r",?\s+and\s+(?=" + _NP_START + r"\b)|,\s+(?=(?:a|an|the|his|her|their)\s)", seg.strip(" ,"))
    parts = [p for p in parts if re.match(_NP_START, p.strip())]
    return max(1, len(parts)) if parts else 0


_A_VERB = re.compile(r"\b(?:[a-z]+(?:ed|ing)|took|went|came|struck|hit|blew|fled|shot|set|left|made|began|broke|ran|threw|"
                     r"fell|held|met|saw|got|gave|told|brought|caught|fought|led|lost|sent|stood|won|drove|stole|kept|"
                     r"laid|said|heard|found|put|cut|let|overran|is|are|was|were)\b")


def _named_first(sent: str, clause_start: int, chain: list[_Phrase]) -> list[_Phrase]:
    """The people named before a chain of counted ones, joined by "and" ("The district president of the ASWJ,
    Maulana Saifullah Qasmi, and his guard were shot dead": the leader too), when that part is a bare noun
    phrase (no verb: not "Militants attacked a post and two soldiers were killed")."""
    lead = sent[clause_start:chain[0].start] if chain else ""
    joined = re.search(r",?\s+and\s+$", lead)
    if not joined:
        return []
    head = re.sub(r"^\s*(?:In|At|On|Near)\b[^,]*,\s*", "", lead[:joined.start()])
    if re.search(r"\b(?:[a-z]+s|police|personnel|people|gunmen|men|militia)\W*$", re.sub(r"\s+of\s.*$", "", head.strip(" ,"))):
        return []  # "Security forces and two militants were killed": a group of no stated size
    if not re.match(r"\s*(?:the\s|[A-Z])", head) or _VERB_IN_GAP.search(head) or _A_VERB.search(head) \
            or re.search(r"\b(?:in|at|near|from|on|to|into)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+$", head):
        return []  # (a place before "and": "The attack took place in Quetta and two soldiers were killed")
    n = _np_conjuncts(head)
    return [_Phrase(clause_start, clause_start + joined.start(), n, True, _side_of_an_officer(head), False)] if n else []


@lru_cache(maxsize=1024)
def _prepared_sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) for each sentence, blanked where counting must not look (same length)."""
    out, start = [], 0
    headline = HEADLINE.match(text)
    if headline and len(headline.group().split()) <= 20:
        out.append((0, headline.group().rstrip()))
        start = headline.end()
    for m in _SENT.finditer(text, start):
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    prepared = []
    for s0, sent in out:
        # ", who were escorting a cash box," -> blanked, so the subject before it stays in view
        # quotation marks around titles ("two militia 'commanders'") are blanked out
        sent = re.sub(r"[‘“”\"]|(?<![\w])'|'(?![\w])|’(?![\w])", " ", sent)
        sent = re.sub(r",\s*(?:who|which|involved in|wanted in|accused in|accused of|(?:said|believed|thought|suspected|reported) to be)\b[^,.;]{0,120},", lambda m: " " * len(m.group(0)), sent)
        # "a militant involved in the kidnapping was killed": the past deed told of the one counted -> blanked too
        # (only of a subject: not "Police arrested a militant involved in the bombing ... in which 12 passengers were killed")
        sent = _REDUCED_RELATIVE.sub(lambda m: m.group() if _OBJECT_OF_A_VERB.search(m.string, 0, m.start())
                                     else m.group(1) + " " * len(m.group(2)), sent)
        # "a soldier who was injured in the blast died": the one who died, counted killed only
        sent = _WHO_WAS_HURT_DIED.sub(lambda m: " " * len(m.group()), sent)
        prepared.append((s0, sent))
    return tuple(prepared)


# a subject opened by a rank of the forces and a name: "Constable Zulfiqar Hussain", "Sepoy Naveed Iqbal"
_A_RANK_OPENS = re.compile(r"\W*(?i:(?:head|lance|senior|assistant|sub|deputy)[\s-]+)*(?i:constable|sepoy|havildar|naik|subedar|"
                           r"inspector|sho|asi|si|sergeant|lieutenant|captain|major|trooper)(?:\s+\([A-Z]{2,5}\))?\s+[A-Z]")
# an officer of the forces opening a subject: "A Deputy Superintendent of Police (DSP) of the CTD, Sikandar Ali Memon"
_AN_OFFICER_OPENS = re.compile(r"\W*(?:an?\s+|the\s+)?(?:(?:deputy|assistant|senior)\s+)?(?:superintendent\s+of\s+police|station\s+house\s+"
                               r"officer|sub[\s-]+inspector|inspector|DSP|SHO|SSP|ASI)\b(?!['’]s)", re.I)
_GUARD = r"(?:his|their)\s+(?:police\s+)?(?:body)?guards?\b"
_AND_HIS_GUARD = re.compile(r"\band\s+" + _GUARD, re.I)


def _side_of_an_officer(subject: str) -> str:
    """"Sub Inspector Rafiq Ahmed Soomro, the SHO of Shah Latif Town police station": an officer of the forces; else
    unknown."""
    return "security" if _A_RANK_OPENS.match(subject) or _AN_OFFICER_OPENS.match(subject) else "unknown"


def _side_of_an_officer_and_guard(subject: str) -> str:
    """An officer of the forces and his guard, who takes his side ("the SHO ... and his guard"); else unknown."""
    return "security" if _side_of_an_officer(subject) == "security" and _AND_HIS_GUARD.search(subject) else "unknown"


# one person more named after those counted: "was shot dead along with his driver"
_ONE_COMPANION = r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:driver|guard|bodyguard|gunman|son|brother|nephew|cousin|friend|companion|colleague|" \
                 r"wife|husband|father|uncle|daughter|mother|associate|aide|servant|employee|cook|accountant|secretary|grandson)\b"
_ALONG_WITH_ONE = re.compile(r"\s+(?:along|together)\s+with\s+" + _ONE_COMPANION, re.I)
# ... or a count of them: "was shot dead along with his two sons"
_ALONG_WITH_COUNTED = re.compile(r"\s+(?:along|together)\s+with\s+(?:his|her|their)\s+", re.I)
# what lies between "two policemen" and a bare count that leaves their noun out: "two policemen dead and four
# injured", "killing two soldiers and injuring four", "two militants were killed and three wounded"
_ELIDED_NOUN_GAP = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:killed|dead|martyred|injured|wounded|hurt)\s*)?,?\s*"
                              r"and\s+(?:(?:injuring|wounding|killing|injured|wounded)\s+)?(?:(?:another|at\s+least)\s+)?", re.I)


def _elided_side(sent: str, phrases: tuple[_Phrase, ...], start: int) -> str:
    """The side of a bare count whose noun is that of the count joined before it ("four" in "leaving two policemen
    dead and four injured" are policemen); unknown when nothing names it."""
    before = [p for p in phrases if p.end <= start and not p.anaphor]
    if before and before[-1].side != "unknown" and _ELIDED_NOUN_GAP.fullmatch(sent, before[-1].end, start):
        return before[-1].side
    return "unknown"


@lru_cache(maxsize=2048)
def _mentions(text: str, kind: str) -> tuple[tuple[int, tuple[_Phrase, ...], Span], ...]:
    """(sentence index, phrases counted, trigger span) for each trigger of ``kind``; cached, since the toll and the
    injured who died of their wounds (:func:`_died_of_wounds`) both read them."""
    sents = _prepared_sentences(text)
    out = []
    for si, (s0, sent) in enumerate(sents):
        phrases = _phrases(sent)
        triggers = list(_TRIG_RE[kind].finditer(sent))
        for tm in triggers:
            trig = tm.group(0)
            if kind == "killed" and trig.lower() in _BODIES_FOUND and len(triggers) > 1:
                continue  # "killed four FC men ...; search parties later recovered four bodies": the same dead
            left = sent[: tm.start()]
            right = sent[tm.end() :]
            # background and hypothetical clauses
            clause_start = max([m.end() for m in _BOUNDARY.finditer(left)] + [0])
            clause = left[clause_start:]
            if clause_start == 0:  # ("Earlier, militants attacked ...", "A day earlier, ...": when, not background)
                clause = _OPENS_EARLIER.sub(lambda m: " " * len(m.group()), clause)
            if _BACKGROUND.search(clause) or re.search(r"\b(?:in which|where)\b[^.]*$", left[-100:], re.I) and \
                    re.search(r"\b(?:involved|wanted|accused|responsible|holding|blamed|behind|mastermind\w*|planned|"
                              r"carried out|in \d{4}|earlier|incident|participat\w*|took part|role|involvement|since|"
                              # "This was the fourth attack on polio teams since January, in which three policemen ..."
                              r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:attack|incident|blast))\b",
                              left, re.I):
                continue
            if re.search(r"\b(?:which|that)\s+(?:\w+\s+){0,3}$", left, re.I) and \
                    re.search(r"\b(?:involved|wanted|accused|responsible|involvement|mastermind\w*|earlier|in \d{4})\b", left, re.I):
                continue  # "wanted for her involvement in an attack which killed three civilians"
            if kind == "arrested" and re.search(r"\buntil\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|had been|have been)\s+$", left, re.I):
                continue  # "refusing to bury the bodies until the killers were arrested": not done
            if kind == "killed" and _NOT_DONE_BEFORE.search(left):
                continue  # "was nearly stoned to death", "narrowly escaped being lynched", "ordered that she be stoned to death"
            clause_end = TALLY_CLAUSE_END.search(right)
            if TALLY_PERIOD.search(right[: clause_end.start() if clause_end else len(right)]):
                continue
            if kind == "killed" and re.search(r"\b(?:hundreds|thousands|scores)\s+of\b", clause, re.I) \
                    and re.search(r"\b(?:have|has)\s+been\s+$", left, re.I) and TALLY_PERIOD.search(sent):
                continue  # "... for the past four years, and hundreds of fighters have been killed in the clashes": a tally
            opening = TALLY_OPENING.match(left)
            later_clause = _NEXT_CLAUSE.search(left, opening.end()) if opening else None
            if opening and not (later_clause and _DAY_TOLD.search(sent, later_clause.end())) \
                    and not _DAY_TOLD.search(re.split(r"[,;]", right)[0]):
                continue  # (only the opening clause: "Since January, militants have stepped up attacks, and on Monday two policemen were shot dead")
            if re.search(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s*$", left[:clause_start], re.I) and "," not in clause \
                    and not CAME_AFTER.match(left):
                continue  # "three days after two members were killed": an earlier event
            if kind == "killed" and re.match(r"\s*(?:in|during)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:encounter|exchange)", right, re.I) is None \
                    and trig.lower() in ("dead",) and not re.search(r"(?:found|lying|declared|were|was|are|is)\s+$", left, re.I) \
                    and not re.search(r"\b(?:left|leaving)\s+(?:[\w-]+\s+){1,5}$", left, re.I):  # "left one security official dead"
                continue
            if kind == "arrested" and trig.lower() in ("held", "caught", "captured", "arrest", "arrests"):
                # "held a meeting", "caught fire", "the arrest warrant"
                if re.match(r"\s+(?:a|an|the|his|her|their|its)\s+(?:meeting|rally|protest|press|jan|public|kangaroo|praja|court|bandh|demonstration|talks?|hostage)", right, re.I):
                    continue
                if trig.lower() in ("arrest", "arrests") and not re.match(r"\s+(?:of\s+)?", right):
                    continue
            if kind == "abducted" and trig.lower() in ("taken away", "took away", "carried away", "whisked away") and \
                    not re.search(r"\b(?:abduct|kidnap|hostage)", sent, re.I) and not re.match(r"\s+(?:a|an|one|two|three|\d+)\s+(?:person|villager|man|woman|\w+ers?)\b", right, re.I):
                continue
            passive = bool(re.search(_AUX + r"\s+(?:\w+ly\s+)?$", left, re.I)) or kind in ("surrendered",) and not trig.lower().startswith("surrender of")
            if re.search(r"\b(?:have|has|had)\s+(?:\w+ly\s+)?$", left, re.I):
                passive = False  # "have killed six cadres": the perfect tense is active
            elif passive and not _TRUE_PASSIVE.search(left) and (_OBJECT_NEXT.match(right) or re.match(r"\s+(?:the|a|an|his|her|their|him|them)\s", right)):
                passive = False  # "and seriously injured another 13 troopers": an adverb, not an auxiliary
            active_form = bool(_ACTIVE_FORMS.match(trig))
            counted: list[_Phrase] = []
            # object after an active verb: "killing two persons", "arrested three Maoists"
            if (active_form or not passive) and kind != "surrendered" or trig.lower().startswith("surrender of"):
                nxt = [i for i, p in enumerate(phrases) if p.start >= tm.end() and re.fullmatch(
                    r"[\s,]*(?:(?:the|all|at least|atleast|some|about|nearly|around|as many as)\s+)?", sent[tm.end() : p.start], re.I)]
                bare = re.match(r"\s+(?P<n>" + _BARE + r")(?:\s+(?:more|one))?(?=\s*(?:$|[,.;]|\b(?:on|in|at|and|when|while|near|during|of them)\b))", right, re.I)
                pron = re.search(r"\b(him|her|them)\b", trig)
                if pron or not nxt and kind in ("killed", "injured", "abducted") and re.match(r"\s+them\b", right) and (active_form or not passive):
                    # "dragged two villagers out and killed them", "shot him dead": the pronoun's antecedent
                    if pron and pron.group(1) != "them":
                        counted = [_Phrase(tm.end(), tm.end(), 1, True, "unknown", False, anaphor=True)]
                    else:
                        # the antecedent is an object ("dragged two villagers out"), not the subject of the sentence
                        ante = [i for i, p in enumerate(phrases) if p.end <= tm.start() and not p.included
                                and re.search(r"\b[a-z]+(?:ed|ing)\b", sent[: p.start])]
                        counted = _chain_back(phrases, ante[-1], sent) if ante else []
                    if counted:
                        out.append((si, counted, Span(s0 + tm.start(), s0 + tm.end(), trig)))
                    continue
                if not nxt and kind in ("killed", "injured", "abducted") and re.match(r"\s+(?:him|her)\b", right) and (active_form or not passive):
                    # "critically injuring him": one person
                    counted = [_Phrase(tm.end(), tm.end(), 1, True, "unknown", False, anaphor=True)]
                    out.append((si, counted, Span(s0 + tm.start(), s0 + tm.end(), trig)))
                    continue
                if not nxt and bare and parse_number(bare.group("n")):
                    pn = parse_number(bare.group("n"))
                    start = tm.end() + bare.start("n")
                    counted = [_Phrase(start, tm.end() + bare.end("n"), pn[0], pn[1], _elided_side(sent, phrases, start), False)]
                    out.append((si, counted, Span(s0 + tm.start(), s0 + tm.end(), trig)))
                    continue
                if nxt:
                    stop = _ANY_TRIGGER.search(sent, phrases[nxt[0]].end)
                    counted = _chain_forward(phrases, nxt[0], sent, stop.start() if stop else len(sent))
                elif kind in ("killed", "injured", "abducted", "arrested") and re.match(r"\s+" + _NP_START + r"\b", right) \
                        and not re.match(r"\s+(?:the\s+)?(?:CPI|Maoist|Maoists|Police|SFs?|Security|CRPF|PLFI|TPC|Naxal\w*|outfit|rebels|"
                                         r"It|The (?:incident|attack|blast|explosion|encounter))\b", right) \
                        and not re.match(r"\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:house|houses|vehicles?|camp|office|building|"
                                         r"truck|trucks|tractor|school|meeting|bus|jeep|station|tower|road|bridge|property|goods|"
                                         r"cash|money|arms|weapons?|explosives?|rifles?|ammunition|bomb|landmine|IED|fire|attack|"
                                         r"encounter|operation|panchayat|building|village|area|forest|spot|way|body|bodies|dead)\b"
                                         r"(?!\s+(?:chief|head|headman|headmen|elder|elders|guard|guards|watchman|secretary|"
                                         r"president|sarpanch|leader|leaders|teacher|official|officials|volunteer|defence))", right, re.I):
                    stop = _OBJ_STOP.search(right, 1)
                    seg = right[: stop.start() if stop else len(right)]
                    n = _np_conjuncts(seg)
                    if n:
                        counted = [_Phrase(tm.end(), tm.end() + len(seg), n, True, "unknown", False)]
                        out.append((si, counted, Span(s0 + tm.start(), s0 + tm.end(), trig)))
                        continue
                elif active_form or re.match(r"\s+(?:[A-Z][a-z]+\s+){1,3}", right) and not re.search(_AUX + r"\s+$", left, re.I):
                    obj = right[:60]
                    if re.match(r"\s*(?:a|an|one)\s", obj, re.I) is None and re.match(r"\s*(?:[A-Z][\w.]*\s*){1,4}(?:\(\d+\)|,|\band\b|$|\s+(?:in|at|near|on|of|from|alias))", obj):
                        if re.match(r"\s*(?:[A-Z][\w.]*\s+){1,3}and\s+(?:[A-Z][\w.]*\s*){1,3}", obj):
                            counted = [_Phrase(tm.end(), tm.end(), 2, True, "unknown", False)]
                        elif not re.match(r"\s*(?:CPI|Maoist|Police|SFs?|Security|CRPF|PLFI|TPC)\b", obj):
                            counted = [_Phrase(tm.end(), tm.end(), 1, True, "unknown", False)]
                    if counted or active_form:
                        out.append((si, counted, Span(s0 + tm.start(), s0 + tm.end(), trig)))
                        continue
            intransitive = passive or re.match(r"\s*(?:$|[,.;:(]|(?:in|during|at|near|on|when|while|after|by|as|and|"
                                               r"allegedly|reportedly|later|instantly|immediately|on the spot|following|"
                                               r"under|inside|from|to|before|since|till|until|within|outside|due)\b)", right, re.I)
            if not counted and intransitive:
                # subject before the verb (or before the verb it is coordinated with: "abducted and later killed")
                coord = _COORD.search(left)
                subj_end = coord.start() if coord else tm.start()
                left_s = left[:subj_end]
                prev = [i for i, p in enumerate(phrases) if p.end <= tm.start() and p.start >= clause_start and not p.included]
                # "200 worshippers had gathered, and 12 were killed": a bare count right before the verb is its subject
                bare_subject = re.search(r"(?<![\w,.-])(?<!rupees )(?<!rs )(?<!inr )(?P<n>\d+|" + WORDNUM + r")\s+(?:" + _AUX + r"\s+)+$",
                                         left_s, re.I)  # (not a sum: "a reward of Rupees 150,000 were arrested")
                if prev and bare_subject and bare_subject.start() >= phrases[prev[-1]].end \
                        and (parse_number(bare_subject.group("n")) or (0,))[0] > 0:
                    prev = []
                # "Two policemen guarding a bus carrying 30 pilgrims were killed": the crowd they guarded is no subject
                while len(prev) > 1 and _GOVERNED.search(sent, max(0, phrases[prev[-1]].start - 40), phrases[prev[-1]].start):
                    prev.pop()
                if prev:
                    i = prev[-1]
                    between = sent[phrases[i].end : max(subj_end, phrases[i].end)]
                    if not re.search(r"[;:]", between) and not _OTHER_TRIGGER[kind].search(between):
                        counted = _chain_back(phrases, i, sent)
                        first = _named_first(sent, clause_start, counted)
                        if first and first[0].side == "security":
                            # ("the SHO ..., and his guard": a guard takes his principal's side)
                            counted = [replace(p, side="security") if p.side == "unknown" and re.search(_GUARD, sent[p.start:p.end], re.I)
                                       else p for p in counted]
                        counted = first + counted
                if not counted:
                    # "Six cadres, identified as A, B and C, were arrested": the names are the six
                    named = [i for i, p in enumerate(phrases) if p.end <= tm.start() and not p.included
                             and re.match(r"\s*,?\s*(?:identified as|namely|viz\.?)\s", sent[p.end:], re.I)
                             and not _OTHER_TRIGGER[kind].search(sent, p.end, subj_end)]  # "..., were killed and another was injured"
                    if named:
                        counted = _chain_back(phrases, named[-1], sent)
                if not counted:
                    # "over 40, including children and women, were injured": the list describes the 40 ("two of them
                    # were killed": the two)
                    bm = re.search(r"(?<![\w-])(?<!no )(?<!No )(?P<n>" + _BARE + r")(?:\s+(?:more|one))?(?:\s+of\s+them)?\s*"
                                   r"(?:,\s*(?:including|among them)\b[^,;.]{0,60},\s*)?(?:" + _AUX + r"\s+)*$", left, re.I)
                    if bm and bm.start() >= clause_start:
                        pn = parse_number(bm.group("n").replace("one another", "another"))
                        if pn and pn[0] > 1 and _SINGULAR_AUX.search(left) and re.search(r"[A-Z]\w*\s+$", left[:bm.start()]):
                            pn = None  # "Sohail Rasheed 30 was shot dead": an age after a name, not a count
                        if pn and re.fullmatch(r"(?:19|20)\d\d", bm.group("n")) and _DATE_BEFORE.search(left[:bm.start()]):
                            pn = None  # "the attack on Oct 10, 2009 was ...": a year
                        if pn:
                            counted = [_Phrase(bm.start(), bm.end(), pn[0], pn[1], _elided_side(sent, phrases, bm.start()), False)]
                if not counted:
                    inc = [p for p in phrases if p.end <= tm.start() and p.start >= clause_start and p.included]
                    if inc and kind in ("killed", "injured"):
                        counted = inc
                if not counted and _PLURAL_AUX.search(left_s) and kind != "surrendered":
                    subj = left_s[clause_start:]
                    subj = _PLURAL_AUX.sub("", subj)
                    subj = re.sub(r"^\s*(?:In|At|On|Near)\b[^,]*,\s*", "", subj)
                    n = _np_conjuncts(subj) if re.search(r"\band\b", subj) else 0
                    if n >= 2:
                        counted = [_Phrase(clause_start, tm.start(), n, True, _side_of_an_officer_and_guard(subj), False)]
                if not counted and _SINGULAR_AUX.search(left_s) and not re.search(r"\b(?:no one|nobody|none)\b", clause, re.I):
                    # ("Constable Zulfiqar Hussain, posted at the Soldier Bazaar police station, was shot dead": one of the forces)
                    rank = _A_RANK_OPENS.match(left[clause_start:])
                    counted = [_Phrase(tm.start(), tm.start(), 1, True, "security" if rank else "unknown", False)]
                if not counted and (kind == "killed" and re.match(r"^(?:died|succumbed)", trig, re.I) or
                                    kind == "injured" and re.match(r"^(?:sustain|suffer|receiv|hit by)", trig, re.I)) \
                        and _ONE_SUBJECT.search(left[clause_start:]) and not re.search(r"\b(?:and|&|along with|with)\s+(?:\S+\s+){0,4}$", left[clause_start:], re.I):
                    # "he died later", "Kamla Devi also sustained bullet injuries": one person
                    counted = [_Phrase(tm.start(), tm.start(), 1, True, "unknown", False)]
            along = _ALONG_WITH_ONE.match(right)
            if counted and kind in ("killed", "injured") and all(p.start < tm.end() for p in counted):
                companions = _ALONG_WITH_COUNTED.match(right)
                counted_companions = [p for p in phrases if companions and p.start == tm.end() + companions.end()]
                if counted_companions:
                    # "a tribal elder was shot dead along with his two sons": the sons too
                    counted = list(counted) + counted_companions
                elif along:
                    # "JI leader Maulana Hazrat Bilal was shot dead along with his driver": one more
                    counted = list(counted) + [_Phrase(tm.end() + along.start(), tm.end() + along.end(), 1, True, "unknown", False)]
            if counted and kind == "injured" and _THEN_DIED.match(right):
                continue  # "suffered bullet wounds and later succumbed to his injuries": counted as killed
            if counted:
                # a singular subject that is a named person or "the victim": sides from the sentence
                out.append((si, counted, Span(s0 + tm.start(), s0 + tm.end(), trig)))
    # translate offsets of phrases to text offsets
    fixed = []
    for si, counted, span in out:
        s0 = sents[si][0]
        fixed.append((si, tuple(_Phrase(p.start + s0, p.end + s0, p.value, p.exact, p.side, p.included, p.anaphor) for p in counted), span))
    return tuple(fixed)


def _negated(text: str, kind: str) -> Span | None:
    words = {"killed": r"kill|casualt|dead|death|fatalit|loss of (?:life|lives)|harm",
             "injured": r"injur|hurt|casualt|harm|unhurt|unscathed|escaped"}.get(kind)
    if not words:
        return None
    for m in _NEGATED.finditer(text):
        window = text[m.start() : m.end() + 40]
        if re.search(words, window, re.I):
            return Span(m.start(), m.end(), m.group(0))
    return None


# "succumbed to his injuries", "two of the injured soldiers died": people counted injured before died of their wounds
_DIED_OF_WOUNDS = re.compile(r"\b(?:succumbed|died|passed\s+away)(?:\s+[\w-]+){0,3}?\s+(?:to|of|from)\s+(?:his|her|their|the)\s+"
                             r"(?:[\w-]+\s+)?(?:injuries|wounds)\b|"
                             r"\b(?:of|among)\s+the\s+(?:[\w-]+\s+)?(?:injured|wounded)\b[^.;]{0,60}?\b(?:succumbed|died|passed\s+away)\b",
                             re.I)
_OTHER_DEATHS = re.compile(r"\b(?:died|killed|dead|martyred|succumbed)\b", re.I)  # ("two died on the spot while one succumbed ...")
# ("One of the injured, head constable Naseeb Gul, later succumbed": who it was, set off by commas)
_OF_THE_INJURED_DIED = re.compile(r"(?<![\w-])(?P<n>\d+|" + WORDNUM + r")\s+of\s+the\s+(?:[\w-]+\s+)?(?:injured|wounded)\b"
                                  r"(?:\s*,[^,.;]{1,60},)?(?:\s+[\w-]+){0,2}?\s+(?:(?:later|subsequently|eventually|also)\s+)?(?<!nearly\s)(?<!almost\s)(?:succumbed|died|passed\s+away)\b",
                                  re.I)


@lru_cache(maxsize=1024)
def _died_of_wounds(text: str) -> dict[int, int]:
    """The sentences that tell only of people counted injured in an earlier sentence dying of their wounds, with how
    many died ("He later succumbed to his injuries"; not "two died on the spot and one succumbed to his injuries")."""
    injured_in = {si for si, counted, _ in _mentions(text, "injured") if counted}
    by_sentence: dict[int, list[tuple[tuple[_Phrase, ...], Span]]] = {}
    for si, counted, span in _mentions(text, "killed"):
        by_sentence.setdefault(si, []).append((counted, span))
    out = {}
    for si, (s0, sentence) in enumerate(_prepared_sentences(text)):
        if not any(j < si for j in injured_in):
            continue
        mentions = by_sentence.get(si, [])
        named = _OF_THE_INJURED_DIED.search(sentence)
        if named and not mentions and (number := parse_number(named.group("n"))):
            out[si] = number[0]  # "One of the injured later succumbed"
        elif mentions and all(any(m.start() <= span.start - s0 < m.end() for m in _DIED_OF_WOUNDS.finditer(sentence))
                              for _, span in mentions) and not _OTHER_DEATHS.search(_DIED_OF_WOUNDS.sub("", sentence)):
            out[si] = sum(p.value for counted, _ in mentions for p in counted)
    return out


# the other side's dead told in a sentence of its own: "Three militants were also killed when the police retaliated"
_FIGHT_BACK = re.compile(r"\b(?:also|retaliat\w*|return(?:ed|ing)?\s+(?:the\s+)?fire|exchange\s+of\s+fire|ensuing|"
                         r"fought\s+back|hit\s+back|in\s+response)\b", re.I)


_ANOTHER_TIME = re.compile(r"\b(?:last|previous|this)\s+(?:week|month|year)\b|\b(?:separate|another|different)\s+(?:[\w-]+\s+)?"
                           r"(?:incidents?|operations?|attacks?|raids?)\b|\bso\s+far\b|\bsince\b", re.I)
_INCIDENT_OPENER = re.compile(r"\W*in\s+(?:a|an|another|yet\s+another)\s+(?:separate\s+|similar\s+|unrelated\s+)?(?:[\w-]+\s+)?"
                              r"(?:incident|development|attack)\b", re.I)


def _opener_end(sentence: str) -> int:
    """Where a sentence's words start after "In a separate incident," (which opens the incident it tells)."""
    opener = _INCIDENT_OPENER.match(sentence)
    return opener.end() if opener else 0


_EARLIER_CLAUSE = re.compile(r"\b(?:after|before|since|following)\b[^.;]*$", re.I)


def _fought_back(text: str, by_sent: dict[int, list[tuple[_Phrase, Span]]], best_si: int) -> list[int]:
    """The sentences besides the largest count's that add to it: each counts only a side no other counted sentence
    counts, and it or the largest tells the fight back ("also", "retaliated", "returned fire")."""
    sentences = _prepared_sentences(text)
    counted_sides = {p.side for p, _ in by_sent[best_si]}
    added = []
    for si in sorted(by_sent):
        sides = {p.side for p, _ in by_sent[si]}
        s0, sentence = sentences[si]
        # (not the dead told again, "The two men killed in the exchange of fire were identified as", nor dead of
        # another time: "they retaliated after security forces killed eight", "15 militants were also killed in
        # operations in the area last month")
        told_again = any(re.search(r"\bthe\s+$", text[max(0, p.start - 5):p.start], re.I) for p, _ in by_sent[si])
        another_time = any(_ANOTHER_TIME.search(sentences[n][1], _opener_end(sentences[n][1])) or any(
            _EARLIER_CLAUSE.search(text, sentences[n][0], trigger.start) for _, trigger in by_sent[n]) for n in (si, best_si))
        if si == best_si or "unknown" in sides | counted_sides or sides & counted_sides or told_again or another_time \
                or not (_FIGHT_BACK.search(sentence) or _FIGHT_BACK.search(sentences[best_si][1])):
            continue
        added.append(si)
        counted_sides |= sides
    return added


def _combine(text: str, kind: str) -> tuple[Count | None, dict[str, Count]]:
    ms = _mentions(text, kind)
    by_sent: dict[int, list[tuple[_Phrase, Span]]] = {}
    seen: set[tuple[int, int]] = set()
    for si, counted, span in ms:
        for p in counted:
            key = (p.start, p.end) if p.end > p.start else (span.start, span.end)
            if key in seen:
                continue
            seen.add(key)
            by_sent.setdefault(si, []).append((p, span))
    for si, items in by_sent.items():
        # "killed a trader by hacking him to death": the pronoun is the trader
        if any(not p.anaphor for p, _ in items):
            by_sent[si] = [(p, sp) for p, sp in items if not p.anaphor]
    died_later = _died_of_wounds(text)
    if not by_sent and kind == "killed" and died_later:
        # "Five civilians were injured ... Two of the injured later succumbed to their injuries": the two
        si = min(died_later)
        s0, sentence = _prepared_sentences(text)[si]
        return Count(sum(died_later.values()), Span(s0, s0 + len(sentence), sentence), True), {}
    if not by_sent:
        toll = _TOLL.search(text) if kind == "killed" else None
        if toll and (pn := parse_number(toll.group("n"))):
            return Count(pn[0], Span(toll.start(), toll.end(), toll.group(0)), pn[1]), {}
        neg = _negated(text, kind)
        if neg:
            return Count(0, neg, True), {}
        return None, {}
    best_si = max(by_sent, key=lambda si: (sum(p.value for p, _ in by_sent[si]), -si))
    added = _fought_back(text, by_sent, best_si)
    items = by_sent[best_si] + [item for si in added for item in by_sent[si]]
    total = sum(p.value for p, _ in items)
    if kind == "killed":
        # "Two policemen were killed and three injured. One of the injured later succumbed": three dead (not when a
        # later sentence gives the toll since: "... died in hospital on Saturday. Officials said six soldiers had died")
        total += sum(n for si, n in died_later.items() if si > best_si and si not in added)
    if kind == "injured":
        # "The injured tribal succumbed to his injuries": one fewer injured
        total = max(0, total - max(len(_INJURED_DIED.findall(text)), sum(died_later.values())))
    exact = all(p.exact for p, _ in items)
    s = min(min(p.start, sp.start) for p, sp in items)
    e = max(max(p.end, sp.end) for p, sp in items)
    if kind == "killed":
        tm = _TOLL.search(text)
        if tm:
            pn = parse_number(tm.group("n"))
            if pn and pn[0] > total:
                total, exact, s, e = pn[0], pn[1], tm.start(), tm.end()
    sides: dict[str, Count] = {}
    listed = [replace(q, start=q.start + s0, end=q.end + s0)  # (the phrases are cached from the counting)
              for s0, sentence in (_prepared_sentences(text)[si] for si in [best_si, *added])
              for q in _phrases(sentence) if q.included]
    for p, sp in items:
        a, b = min(p.start, sp.start), max(p.end, sp.end)
        # "four persons, including two Policemen and two militants, were killed": the list gives the sides,
        # the head the rest
        if p.end <= sp.start:
            until = sp.start
        else:  # "militants killed five persons, including two policemen": the list follows the victims
            stop = re.search(r"[.;]", text[p.end:])
            until = p.end + (stop.start() if stop else len(text) - p.end)
        parts = [q for q in listed if p.end <= q.start < until]
        rest = p.value - sum(q.value for q in parts)
        if rest < 0:
            parts, rest = [], p.value
        for side, value, exact in [(q.side, q.value, q.exact) for q in parts] + ([(p.side, rest, p.exact)] if rest else []):
            c = sides.get(side)
            if c is None:
                sides[side] = Count(value, Span(a, b, text[a:b]), exact)
            else:
                ns, ne = min(c.span.start, a), max(c.span.end, b)
                sides[side] = Count(c.value + value, Span(ns, ne, text[ns:ne]), c.exact and exact)
    return Count(total, Span(s, e, text[s:e]), exact), sides


def find_casualties(text: str) -> tuple[Casualties, Casualties]:
    """(killed, injured) with totals and sides; a side or total is None when the text says nothing."""
    out = []
    for kind in ("killed", "injured"):
        total, sides = _combine(text, kind)
        out.append(
            Casualties(
                total=total,
                security=sides.get("security"),
                civilian=sides.get("civilian"),
                militant=sides.get("militant"),
                unknown=sides.get("unknown"),
            )
        )
    return out[0], out[1]


def find_count(text: str, kind: str) -> Count | None:
    """People arrested / surrendered / abducted (``kind`` one of those, or killed / injured)."""
    kind = {"arrests": "arrested", "arrest": "arrested", "surrenders": "surrendered", "surrender": "surrendered",
            "abduction": "abducted", "kidnapped": "abducted", "dead": "killed", "wounded": "injured"}.get(kind, kind)
    if kind not in TRIGGERS:
        raise ValueError(f"unknown count kind: {kind}")
    total, _ = _combine(text, kind)
    return total
