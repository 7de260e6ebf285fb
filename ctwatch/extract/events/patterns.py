"""Wording that several modules of the events stage read: the regular expressions and category sets they
share. A pattern that one module alone reads lives in that module.
"""

from __future__ import annotations

import re

from ..taxonomy import acled_sub_events

ACLED_EVENT_TYPE = {name: row["event_type"] for name, row in acled_sub_events().items()}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# Actions carried out by the state: their actor is the security forces unless another is named.
DEVICE_CATEGORIES = {"suicide", "grenade", "shelling", "explosive"}
STATE_CATEGORIES = {"arrest", "seizure", "defused", "surrender"}
DEMONSTRATION_CATEGORIES = {"protest", "riot", "mob", "protest_force", "protest_intervention"}
# people gathering to demonstrate (not "a mark of protest against", "demanding ransom")
_GATHERING = re.compile(
    r"\b(?:stag(?:ed?|ing)|held|hold|organi[sz]ed|observed|began|started|launched)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|"
    r"sit[- ]ins?|dharnas?|vigils?|strikes?)\b|\b(?:protested|demonstrated|rallied|took to the streets|"
    r"blocked\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:road|highway|chowk|chowrangi|square)\s+and\s+(?:[\w-]+\s+){0,3}?)?(?:road|highway|traffic)|"
    r"placed\s+(?:the\s+)?(?:[\w-]+\s+)?(?:body|bodies|coffins?)\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?(?:[\w-]+\s+|(?-i:[A-Z][\w-]*\s+){2,3})?(?:road|highway|bypass))\b|\bgathered\s+[^.;]{0,60}?\bto\s+(?:stage\s+(?:an?\s+)?)?(?:protest|demonstrate)\b|"
    r"\bgathered\s+[^.;]{0,80}?\b(?:chant\w*|rais\w*|shout\w*)\s+(?:anti-[\w-]+\s+)?slogans\b|"
    # "gathered outside the Deputy Commissioner's office in Tank city and demanded their immediate recovery"
    r"\bgathered\s+(?:outside|in\s+front\s+of|at|near)\b[^.;]{0,80}?\band\s+(?:demanded|called\s+for)\b|"
    r"\bprotests?\s+(?:erupted|broke out|were held|spread)\b|"
    # "Traders kept their shops closed on the following day in protest"
    r"\b(?:kept|closed|shut)\s+(?:down\s+)?(?:their\s+)?(?:shops|businesses|markets)\b|"
    # "a complete shutter down strike was observed in Turbat" (not "announced ... a shutter down strike")
    r"\b(?:strike|hartal|shutdown)\s+(?:was|were)\s+observed\b", re.I)
VIOLENT_CATEGORIES = {"suicide", "airstrike", "grenade", "shelling", "explosive", "abduction", "clash", "armed_attack", "property"}
# An assault aimed at the forces themselves: their post, convoy or patrol.
# what a civilians' convoy carries ("a convoy of oil tankers", "carrying passengers"): no forces' convoy
_CIVILIAN_LOAD = r"(?:carrying|of|with)\s+(?:[\w-]+\s+)?(?:food|goods|supplies|passengers|relief|aid|pilgrims|trucks|vehicles|civilians|tankers|oil|fuel|containers|lorries|buses|coaches|cargo)\b"
_ATTACK_ON_FORCES = re.compile(r"\b(attack\w*|ambush\w*|stormed|fired (?:at(?! least)|on|upon)|opened fire (?:at|on)|"
                               r"(?:hurled|lobbed|threw|tossed)\s+(?:[\w-]+\s+){0,2}?(?:at|on))\s+(?:on\s+)?(?:a|an|the)?\s*"
                               r"(?!(?:\w+\s+){0,2}?(?:civilian|passenger|wedding|relief|aid|private|refugee|supply|goods|construction|labou?r|medical|polio)s?\b)"
                               r"(?:(?!under\b|within\b|in\b|near\b|limits\b)\w+\s+){0,3}?(check\s*-?posts?|checkpoints?|(?:out)?posts?|bunkers?|pickets?|"
                               r"convoys?(?!\s+" + _CIVILIAN_LOAD + r")|"
                               r"patrol\w*|camps?(?!\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|contractors?|labou?rers|workers|refugees|idps|pilgrims))|"
                               r"police station|thanas?|chowkis?|"
                               r"policem[ae]n|soldiers|troops|personnel|security forces|sfs|vehicle of (?:the )?(?:police|fc|army)|"
                               r"(?:police|ctd|fc|army|military|levies|rangers)\s+(?:vehicles?|vans?|mobile\s+vans?|jeeps?|trucks?))\b")
_FREED = re.compile(r"\b(?:recovered|rescued|freed|released|set\s+free|recovery|rescue)\b")
_FROM_ACROSS = re.compile(r"\b(?:fired|lobbed|came)\s+from\s+across\s+the\s+(?:[\w-]+\s+){0,2}?(loc|line\s+of\s+control|border|working\s+boundary)\b", re.I)
# ... told as another incident, or by shooters of its own
# ("In a separate IBO", "In another attack": any act)
_ANOTHER_OPENS = re.compile(r"\W*(?:in\s+(?:another|a\s+separate|a\s+different)\s+[\w-]+|separately|meanwhile|elsewhere)\b", re.I)
_ANOTHER_STRIKE = re.compile(r"\banother\s+(?:[\w-]+\s+)?(?:drone|strike|air\s*strike|missile|jet)s?\b", re.I)
_THE_SAME_ATTACKERS = re.compile(r"\b(?:the|same|they)\s+(?:gunmen|attackers|assailants|militants|terrorists|miscreants)\b|^\W*\w+(?:\s+\w+){0,4},\s+they\b", re.I)
_AT_THE_SAME_TIME = re.compile(r"^\W*(?:around|at|about|nearly|almost)\s+the\s+same\s+time\b", re.I)
_PAST_DEEDS = (r"\b(?:involved in|involvement in|confess(?:ed|ing)\s+to|wanted in|wanted for|accused of|charged with|booked for|nabbed for|"
               r"link(?:ed)?\s+(?:them|him|her)\s+(?:to|with)|(?:were|was|are|is)\s+(?:not\s+)?(?:directly\s+|allegedly\s+)?linked\s+(?:to|with)|in connection with|"
               r"arrested for|responsible for|planners? of|masterminds? (?:of|behind)|"
               r"expertise in|training|trained|recruit(?:ed|ing|er of))"
               r"\s+(?:(?!(?:was|were)\b)[\w-]+[\s,]+){0,8}?")
_PAST_DEEDS_BEFORE = re.compile(_PAST_DEEDS + "$", re.I)  # just before a cue
# a claim of the incident just told: "claimed responsibility for the attack", "... for it"
# (lower-case words only between: "for the Quetta blast" names another incident)
_CLAIM_OF_THE_ATTACK = re.compile(r"\b(?i:responsibility\s+(?:of|for)|claim(?:ed|s))\s+(?:it|this|(?:that\s+|the\s+(?:[a-z-]+\s+){0,2}?)(?:attacks?|blasts?|bombings?|"
                                  r"explosions?|killings?|incidents?|assaults?|murders?|ambush))\b"
                                  r"(?!\s+(?:on|at)\b|\s+in\s+(?!(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:message|statement|post|video|e-?mail|call)))")
# a sentence that refers back to the incident told before it: "His son was also injured in the attack"
_THE_ACT = r"the (?:attacks?|incidents?|blasts?|explosions?|firing|shootings?|killings?)"
_REFERS_BACK = re.compile(rf"\b(?:also|{_THE_ACT})\b", re.I)
# "A constable was injured in the encounter" points back; "Three soldiers were killed in the encounter with
# militants in Zhob" names a place of its own and is another incident
_THE_FIGHT = re.compile(r"\bthe (?:encounters?|clash(?:es)?|ambush|gunfight|exchange of fire)\b", re.I)
_HIT_WORDS = re.compile(r"\b(?:killed|shot dead|gunned down|succumbed|injured|wounded|abducted|kidnapped|found dead)\b", re.I)
# the forces fought back (so someone attacked them first)
_FORCES_RETALIATED = re.compile(r"\bretaliatory (?:fire|firing)\b|\b(?:police|policem[ae]n|troops|soldiers|sfs|security forces|forces|"
                                r"fc|levies|rangers)\s+(?:\w+\s+)?(?:retaliated|returned (?:the )?fire)\b")
_SHOT_DOWN = re.compile(r"(?:downed|shot down|intercepted|neutrali[sz]ed)\b|(?:drones?|quadcopters?|uavs?|missiles?|rockets?|projectiles?)\s+(?:were|was)\b|"
                        r"(?:fired|opened\s+fire)\b.*\b(?:brought|shot)\s+it\s+down$")
_GOES_OFF = re.compile(r"blast|explo(?:sion|de)|went off|detonat|blew up|blown up|hurled|lobbed|threw|tossed|fired|shell")
# ("Levies personnel recovered a seven year old boy, who had been kidnapped ..., after an encounter with his kidnappers",
# "Police recovered a schoolteacher ... after an encounter with dacoits")
_FREED_IN_A_FIGHT = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:[\w-]+\s+){0,2}?(?:rescued|recovered|freed|secured\s+the\s+release\s+of)\s+"
                               # (a captive, not the body of one killed in some fight: "recovered the body of a sepoy who had been
                               # killed during a clash with militants")
                               r"(?:(?!\b(?:killed|martyred|shot\s+dead|bod(?:y|ies))\b)(?:[^.;]|\b(?:Dr|Mr|Mrs|Ms|Engr|Prof)\.)){0,160}?"
                               r"\b(?:after|in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:encounter|exchange\s+of\s+fire|"
                               r"gun\s*fight|gun\s*battle|shoot-?out|clash)\s+with\s+(?:(?:the|their|his|her)\s+(?:[\w-]+\s+)?"
                               r"(?:kidnappers|abductors|captors)|(?:the\s+)?(?:[\w-]+\s+)?(?:dacoits|bandits|outlaws|militants|terrorists|"
                               r"gang\s+members|criminals))\b", re.I)
_FORCES_FIRED = re.compile(r"(?:\s*\([^)]{1,20}\))?\s*(?:(?!(?:said|says|say|told|claimed|added|that|and)\b)[\w-]+\s+){0,2}?"
                           r"(?:opened\s+(?:[\w-]+\s+)?fire|fired(?!\s+back)|shelled|started\s+(?:firing|shelling)|"
                           r"resorted\s+to\s+(?:[\w-]+\s+){0,2}?(?:firing|shelling|cease-?fire\s+violations?)|"
                           r"violated\s+(?:the\s+)?cease-?fire)\b")
_HIT_VERB = re.compile(r"killed|injured|wounded|shot dead|arrested|abducted")
_AIMED_AT_BEFORE = re.compile(r"\b(?:attack\w*|ambush\w*|target\w*|near|on|at|against)\s+(?:a|an|the)?\s*$", re.I)
# A sentence that says it tells another incident than the one before ("In another incident", "Separately"):
# the two are separate however far apart they are told.
_ANOTHER = (r"separately|in (?:a|an|yet)?\s*(?:another|other|separate|similar) (?:[\w-]+ ){0,2}(?:incident|encounter|attack|operation|raid|ibo|"
            r"(?:blast|explosion|bombing|shooting|ambush|clash|engagement|gunfight)(?![^.;]{0,60}?\b(?:(?:moments|minutes|seconds|an hour) later|"
            r"at the same (?:spot|site|place|gate|location|venue|depot))\b))"
            r"|in (?:a|the) (?:second|third|fourth|fifth) (?:[\w-]+ ){0,2}(?:incident|encounter|attack|operation|raid)")
_ANOTHER_INCIDENT = re.compile(rf"^\W*(?:{_ANOTHER})\b", re.I)
_SQUAD_NAME = re.compile(r"bomb disposal|bomb squad")
# a sentence that sums up several incidents: "killed in separate incidents", "in different acts of violence"
_SEVERAL_INCIDENTS = re.compile(r"\bin\s+(?:(?:two|three|four|five|[2-5]|several|various)\s+)?(?:separate|different)\s+"
                                r"(?:incidents|attacks|acts of violence|incidents of violence)\b"
                                r"|\bin\s+(?:two|three|four|five|[2-5]|several|various)\s+(?:separate|different)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:operations|raids|encounters|engagements|clashes|ibos|gun\s*fights|exchanges\s+of\s+fire)\b"
                                r"|\bin\s+(?:[\w-]+\s+){0,2}?(?:attacks|incidents|shootings)\s+in\s+(?:different|various|several)\s+"
                                r"(?:parts|areas|localities)\s+of\b", re.I)
_SET_OFF = re.compile(r"\b(?:blew\s+(?:himself|herself|themselves)\s+up|(?<!to )detonated|managed\s+to\s+(?:detonate|explode|blow)|"
                      r"set\s+off|exploded|blew\s+up|went\s+off|blast|explosion)\b")
_NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?)\b")
_ALSO_OPENS = re.compile(r"\W*also\s*,", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+|also\s+|earlier\s+)?[a-z]+(?:ed|en|wn|ot|ft|ld)\b", re.I)
_NAMES_AND_NUMBERS = re.compile(r"\b(?:[A-Z][\w-]*|\d[\w.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"dozens?|scores?|several|hundreds?)\b)")
# what tells a further act, not the same one again: "a second device ... went off", "LeI fighters attacked again"
_A_FURTHER_ACT = re.compile(r"\b(?:again|another|second|third|more|later|also|fresh|renewed)\b", re.I)
# words that name no one target: function words, and the forces any attack on them is "on"
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "and", "its", "their", "his", "her", "statement",
                             "message", "police", "policemen", "army", "soldiers", "troops", "forces", "security",
                             "personnel", "levies", "rangers", "civilians", "people"})
_FIGHTING = re.compile(r"\b(?:operations?|exchange of fire|engaged|encounters?|clash(?:es)?|crossfire|gun ?battles?|"
                       r"retaliat\w*)\b", re.I)
# a court's verdict told before the violence it judges (not "a judge who had sentenced militants was shot dead")
_VERDICT = re.compile(r"(?<!who had )(?<!who has )\b(?:sentenced|convicted|acquitted|indicted|awarded\s+(?:the\s+)?(?:death|life)|"
                      r"handed\s+down|upheld\s+the\s+(?:death|life))\b")
# (not "during Friday prayers", "the Sunday bazaar": no day told)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b"
                      r"(?!\s+(?:prayers?|sermons?|congregations?|bazaars?|markets?))")
_DAY_MONTH = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(MONTH_NAMES) + r")|(" + "|".join(MONTH_NAMES) +
                        r")\s+(\d{1,2})(?:st|nd|rd|th)?)\b", re.I)
# a day that is the telling's: "police said on Monday", "the Ministry of Interior informed the Senate in Islamabad on February 6"
_TELLING_BEFORE = re.compile(r"\b(?:said|says|told|statement|reporters|announced|added|confirmed|informed|stated|revealed|disclosed|briefed)\b"
                             r"[^.;,]{0,40}$", re.I)
_OPENS_ON_A_YEAR = re.compile(r"^\W*(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + "|".join(MONTH_NAMES) + r")\s+)?((?:19|20)\d\d)\b")
_A_SIMILAR_ONE = re.compile(r"\bsimilar\s+(?:[\w-]+\s+)?(?:attacks?|blasts?|bombings?|incidents?|explosions?|ambush(?:es)?|killings?|raids?)\b", re.I)
_A_DAY_TOLD = re.compile(r"\b(?:last|on\s+(?:the\s+)?(?:same|following|next|previous))\s+(?:night|evening|morning|day)\b|\btonight\b", re.I)
# (speakers telling of years past: not "Police were recalled from leave", nor a witness who "recalled that gunmen shot him")
# (or of what "had been" done: "Speakers at the sit in recalled that 11 policemen had been killed in attacks on check posts")
_RECALLED = re.compile(r"(?<!were\s)(?<!was\s)(?<!been\s)\b(?:recalled|recalling|remembered|reminisced)\b(?=[^.;]*\b(?:years|decades?|era|\d{4})\b|"
                       # ("Recalling the attacks on the Army Public School ..., he said": the attacks a speaker named)
                       r"(?<=recalling)\s+the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|massacres?|killings?|traged(?:y|ies))\b|"
                       r"\s+that\s+[^.;]*?\bhad\s+(?:been\s+)?(?:killed|martyred|attacked|blown\s+up|injured|wounded|kidnapped|abducted|"
                       r"shot|targeted|ambushed|bombed|torched)\b)", re.I)
# what officials said before the violence they tell, tallies since a date and court cases retell or sum up;
# they open no incident
_TOLD = re.compile(r"\b(?:said|says|told|added|stated|according to|claimed)\b", re.I)
_BARE_KILLING = re.compile(r"kill\w*|dead|deaths?|died|lost\s+.*|martyr\w*|murder\w*", re.I)
# a claim that owns the violence: "claimed responsibility", "claimed that its fighters had killed"
_OWNS_IT = re.compile(r"responsib|\b(?:that|said)\s+(?:the\s+group|it|they|(?:his|their)\s+(?:group|organi[sz]ation|outfit))\s+(?:had\s+)?(?:carried out|conducted|staged|launched)\b|\bclaim(?:ed|s)\s+(?:(?:the|this|both)\s+(?:[\w-]+\s+){0,2}?|that\s+)(?:attacks?|assault|bombings?|blasts?|killings?|ambush|raid|abduction|kidnapping)\b|\b(?:its|their)\s+(?:own\s+)?(?:fighters|militants|men|cadres|mujahideen|members|operatives|suicide bombers?)\b"
                      # "said its Fateh Squad carried out the attack", "its Jamaat-ul-Ahrar faction had carried out": the group's own unit
                      r"|\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:squad|wing|brigade|unit|cell|commandos?|faction|chapter|branch)\b")
# a day after (or before) the one told, named by its distance ("On the following day", "The next morning", "A day
# later", "A day earlier", "The previous night")
_NEXT_DAY = re.compile(r"^\W*(?:(?:on|during)\s+)?(?:the\s+)?(?:following|next|previous)\s+(?:day|morning|night|evening)\b|"
                       r"^\W*(?:a|one|two|three)\s+days?\s+(?:later|earlier|before)\b|^\W*(?:on\s+)?the\s+day\s+before\b", re.I)
# hours after the one told ("Hours later", "About an hour later", "Late in the night", "Later the same day"): at another
# place, another incident
_HOURS_LATER = re.compile(r"^\W*(?:(?:a\s+few|several|some|two|three|about\s+an|about\s+one|an|one|half\s+an)\s+)?(?:hours?|minutes?)\s+"
                          r"(?:later|earlier)\b|^\W*later\s+(?:that|the\s+same|in\s+the)\s+(?:day|night|evening|morning|afternoon)\b|"
                          r"^\W*late\s+(?:in\s+the|that|at)\s+(?:night|evening)\b", re.I)
_CHASE = r"chased|pursued|tracked\s+down|hunted\s+down|gave\s+(?:them\s+)?chase"
# the forces went after the attackers: "chased the attackers", "In a search operation launched the next morning"
_PURSUIT = re.compile(rf"\b(?:{_CHASE}|(?:chasing|pursuing|in\s+pursuit\s+of)\s+(?:the\s+)?(?:fleeing\s+)?(?:attackers|assailants|"
                      r"militants|terrorists|gunmen|kidnappers|dacoits|culprits|suspects|miscreants|khwarij)|search\s+operation|"
                      r"(?:launched|conducted|began|mounted|started)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:operation|search|ibo))\b", re.I)
# the abducted found dead, named as such: "His body", "Their bullet-riddled bodies", "The body of the kidnapped trader"
# (or some of them: "The bullet riddled bodies of two of the abducted men were found")
_THE_ABDUCTED_FOUND = re.compile(r"\W*(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}bod(?:y|ies)|the\s+(?:[\w-]+\s+){0,2}bod(?:y|ies)\s+of\s+"
                                 r"(?:[\w-]+\s+of\s+)?the\s+(?:[\w-]+\s+)?(?:abducted|kidnapped|missing))\b", re.I)
_KIDNAPPERS = re.compile(r"(?:abduct|kidnapp?)ors?|kidnapp?ers?", re.I)
# cue words that name people, not an act: "One of the kidnappers was killed", "Dacoits of the X gang killed"
_OFFENDERS = re.compile(_KIDNAPPERS.pattern + r"|dacoits?|robbers?|gangsters?|looters?|smugglers?|traffickers?", re.I)
# a release told as agreed ("released unharmed after talks with a jirga"), which is of captives only
_SET_FREE = re.compile(r"\b(?:released|set\s+free|freed)\b.*\b(?:talks|negotiations|jirga|elders|mediation)\b|"
                       r"\b(?:talks|negotiations|mediation)\b.*\b(?:released|set\s+free|freed)\b", re.I)
_CAPTIVES = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|captives?|captors?)\b", re.I)
# the forces as the doers of a raid, a rescue or a seizure: "Khasadar personnel recovered a trader ... during a raid"
_FORCES_ACTED_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:personnel|troops|men|officials|teams?|party|contingents?)\s+)?"
                                 r"(?:(?:also|later)\s+)?(?:recovered|rescued|raided|arrested|seized|conducted|launched|carried\s+out|"
                                 r"foiled|defused|busted|apprehended|detained|captured|took\s+into\s+custody)\b", re.I)
# "on a tip-off that the militants were planning an attack on a police station": an attack not made
# ("foiled a planned attack" is the attack stopped: "planned" only as a verb)
_PLANNED_BEFORE = re.compile(r"\b(?:planning|plotting|(?:had|has|have)\s+(?:been\s+)?(?:planned|plotted)|planned\s+to|intending|"
                             r"intended|preparing|wanted)\s+(?:to\s+)?"
                             r"(?:(?:carry\s+out|launch|stage|mount)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# the forces as the ones who told of an incident or looked into it, not whom it hit
_SOURCE_VERBS = r"(?:said|says|told|added|stated|confirmed|reported|registered|recovered|lodged|collected|have\s+registered|" \
                r"are\s+investigating|were\s+investigating)"
# "The house of MPA X was attacked": the attack was on his property, not on him
# "the younger brother of the Deputy Commissioner of Pishin": his kin was hit, not the office holder
_KIN_OF = r"\b(?:brothers?|sons?|nephews?|cousins?|fathers?|relatives?|uncles?|daughters?|wife|husband|brother-in-law|son-in-law|grandsons?)\s+of\s+"
