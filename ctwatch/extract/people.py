"""Named people in a parsed article, with every mention of each person merged.

``find_people(doc, actors)`` returns ``Person`` values in order of first mention. Rules:

1. **Candidates**: spaCy PERSON entities, extended left over name prefixes and honorifics ("Syed",
   "Haji", "Dr", "Professor") and right over further capitalised proper nouns ("Muhammad Quraish" +
   "Khan"); ORG entities that look like a name (two or three capitalised words beginning with a
   common given name, or a name cue: "identified as X", a title before it, an appositive or a
   speech verb next to it); every name of a list after "identified as" or "the dead
   included" ("Rahim (25), Naveed, Shakeel and Gulzar"); a one-word name after "of/at/to/by/and one" ("the house of one
   Zahoor"), after a relative or driver and a comma ("his friend, Qadeer") or after a lower-case title
   ("head constable Perwez"), when the word is rare in English and no capitalised South Asian noun
   ("one Jawan"); two or more initials and a surname ("R K Mallick"). A span is cut at "alias".
2. **Dropped**: anything overlapping an actor mention or equal to an actor alias; publishers ("reports
   Dawn", "Daily Times reported"); places mis-tagged as people (followed by or containing a place
   noun such as Road, District, tehsil, area, village; or governed by "in", "near", "at", "from",
   "to" with no name cue); spans with lower-case words; a post's acronym alone ("AIG") and a
   capitalised noun alone ("Kalashnikov"); village and seminary names ("Shiekh Killay", "Kot Kali"). A title inside the span is a role, not the name ("Political
   Agent X", "Sepoy X"), and so is the post's area between a title and the name ("SSP Korangi Ahmed
   Raza", "SSP West X": a gazetteer name only when two name words remain, so "Constable Mohan Lal" stays).
3. **Merging** within the article: a shorter variant joins a longer one when each of its name words
   matches a different word of the longer one, in order, with rapidfuzz ratio >= 80 (so "Syed Akhtar
   Ali" and "Akhtarr Ali Shah" join "Syed Akhar Ali Shah"); a one-word mention joins the single
   person whose surname (else given name) it matches, "Iqbals" (a possessive without apostrophe)
   included. A one-word mention that matches two people stays apart. Names joined by "alias" are one
   person, under the name given first.
4. **Canonical name**: the variant with the most name words, without honorifics (Dr, Professor,
   Mr); each word spelled as most mentions spell it, ties broken by the spelling closest to all the
   others (Akhar / Akhtar / Akhtarr -> Akhtar).
5. **Roles**: an appositive ("X, a security analyst", "X, a former police officer who once served
   as the ... secretary" gives two), a phrase before ("a senior police official, X") and a title
   directly before the name ("Superintendent of Police (SP) X"). A later definite description
   ("the former Home Department secretary") becomes a mention of the one person whose role has the
   same head noun; if two people share it, nobody gets it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span as SpacySpan
from wordfreq import zipf_frequency

from ctwatch.clean.publishers import publishers
from ctwatch.extract import gazetteer
from ctwatch.extract.actors import COUNTRY_WORDS, GROUP_WORDS, gazetteer_names, lookup_alias
from ctwatch.extract.model import ActorMention, Person, Span
from ctwatch.extract.nlp import ACTOR_LABEL, GENERIC_LABEL

# Stripped from the canonical name (kept in the mention span).
# "Maulana" is a cleric's honorific like "Dr" (reports and coders name "Maulana Fazlur Rehman" Fazlur Rehman);
# "Syed", "Haji", "Mufti" stay part of the name (NAME_PREFIXES)
HONORIFIC_TITLES = {"dr", "dr.", "doctor", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "maulana",
                    "engineer", "engr", "advocate", "barrister", "prince", "princess"}
# Part of the name in South Asian usage: kept in the canonical name.
NAME_PREFIXES = {"syed", "sayed", "syeda", "haji", "hajji", "mufti", "sardar", "nawab", "mir",
                 "malik", "pir", "makhdoom", "khawaja", "khwaja", "qari", "hafiz", "sheikh", "shaikh",
                 "mian", "chaudhry", "chaudhary", "raja", "agha", "mullah", "mulla", "allama", "begum"}
PLACE_NOUNS = {
    "road", "area", "areas", "village", "villages", "district", "tehsil", "town", "bazaar", "bazar",
    "colony", "agency", "city", "market", "street", "crossing", "station", "sector", "block", "mosque",
    "valley", "chowk", "province", "region", "border", "camp", "checkpost", "post", "bridge", "square",
    "highway", "cantonment", "nullah", "killi", "goth", "mohallah", "union", "hospital", "school",
    "university", "stadium", "ground", "park", "depot", "house", "office", "centre", "center", "house",
    "abad", "headquarters", "police", "assembly", "party", "company", "tribune", "times", "news",
    "agencies", "districts", "killay", "kalay", "kaley", "masjid", "madrassa", "madrasa", "madrassah", "seminary",
}
# First words of place names that no person's name starts with ("Kot Addu", "Chak 45").
PLACE_PREFIXES = {"kot", "chak", "qila", "qilla"}
GEO_NOUNS = {"village", "town", "city", "district", "area", "tehsil", "province", "region", "locality",
             "suburb", "neighbourhood", "neighborhood", "hamlet", "valley", "taluka", "block"}
# Publishers (data/publishers.txt) and the bare words a credit leaves when spaCy cuts it short.
PUBLISHERS = {name.casefold() for name in publishers()} | {"news", "daily"}
PLACE_PREPOSITIONS = {"in", "near", "at", "from", "to", "into", "towards", "across", "outside", "inside"}
NAME_PARTICLES = {"ul", "ur", "ud", "us", "e", "al", "bin", "bint", "ibn", "uz", "ud-din", "uddin"}
OFFICE_TITLES = {
    "mpa", "mna", "sho", "sp", "ssp", "dsp", "asp", "dig", "ig", "igp", "dgp", "adgp", "ddg", "dg", "dpo", "cpo", "dco", "senator",
    "minister", "inspector", "sub-inspector", "constable", "captain", "major", "colonel", "lieutenant",
    "brigadier", "brig", "lt", "col", "maj", "gen", "capt", "general", "commander", "spokesman", "spokesperson", "chief", "president", "judge",
    "justice", "governor", "commissioner", "superintendent", "officer", "director", "secretary",
    "agent", "chairman", "tehsildar", "official", "constables", "sepoy", "havaldar", "subedar",
    "asi", "si", "aig", "apa", "sdpo", "ssp", "naek", "hawaldar", "havildar", "commandant", "speaker", "risaldar",
    "naib-risaldar", "dafadar", "lance-naik", "sowar",
}
# "The dead included X, Y and Z": a list of people (not "weapons that included Kalashnikovs").
VICTIM_WORDS = {"dead", "deceased", "injured", "wounded", "victims", "killed", "slain", "arrested", "martyred",
                "those", "abductees", "hostages", "suspects"}
# Nouns SATP and South Asian papers capitalise that are no names ("one Jawan", "his guard, Sepoy").
CAPITALISED_NOUNS = set("""
jawan jawans sarpanch naxal naxalite naxalites maoist maoists cadre cadres khasadar khasadars
chowkidar razakar wadera moulvi maulvi fidayeen kalashnikov kalashnikovs levies policeman policemen trooper
troopers commando commandos militant militants terrorist terrorists rebel rebels insurgent insurgents
mukhiya patwari lambardar numberdar pesh khateeb taliban mujahideen lashkar
""".split())
# Police and civil posts that SATP names with their area ("SSP Korangi X", "District Police Officer Swabi X").
POST_TITLES = {"ssp", "sp", "dsp", "asp", "dpo", "cpo", "sho", "dig", "ig", "igp", "dgp", "adgp", "aig", "dco", "sdpo", "officer",
               "superintendent", "commissioner", "tehsildar", "inspector"}
# Words that name a post's area between a title and the name ("SSP West X", "SSP City X").
JURISDICTION_WORDS = {"west", "east", "north", "south", "central", "city", "saddar", "sadar", "cantt", "rural",
                      "fr", "upper", "lower",  # "APA FR Peshawar X": Frontier Region Peshawar
                      # and a police branch: "SSP Operations X", "SP Investigation X"
                      "operations", "investigation", "investigations", "traffic", "headquarters", "hq",
                      # and a police range or division: "DIG of Police Zhob Range X", "RPO Bannu Range X"
                      "range", "division", "region", "zone"}
POLICE_AREAS = {"range", "division", "region", "zone"}
RELATIVES = {"brother", "son", "father", "wife", "nephew", "cousin", "daughter", "husband", "mother",
             "sister", "uncle", "guard", "bodyguard", "friend", "one"}
ROLE_NOUNS = OFFICE_TITLES | {"official", "officials", "leader", "analyst", "expert", "activist", "worker",
                              "member", "owner", "trader", "resident", "man", "woman", "militant", "commander",
                              "spokesman", "spokesperson", "head", "chairman", "mpa", "mna", "sho"}
# Words of party, movement and institution names that spaCy sometimes tags as people.
LISTED = "listed"  # the cue of a name in an "identified as" list: a name even where a place has it ("Anwar, Ghazi, Farooq")
RESIDENT_NOUNS = {"resident", "residents", "native", "natives", "inhabitant", "inhabitants"}
ORG_NAME_WORDS = {"awami", "ittehad", "ittihad", "mahaz", "tehreek", "tehrik", "jamaat", "jamiat", "party",
                  "league", "movement", "front", "qaumi", "muttahida", "islami", "milli", "council",
                  "committee", "jirga", "shura", "ulema", "sunnat", "wal", "alliance", "embassy", "consulate"}
TRIVIAL_ROLES = {"man", "woman", "person", "boy", "girl", "child", "youth", "youngster", "resident",
                 "people", "persons", "men", "women"}
SPEECH_LEMMAS = {"say", "tell", "add", "state", "confirm", "claim", "stress", "acknowledge", "note",
                 "warn", "explain", "allege", "insist", "argue", "maintain", "believe"}
# Common given names in Pakistani and Afghan reporting; used only to recognise a name that spaCy
# tagged as an organisation ("Asad Iqbal", "Babar Qadri").
GIVEN_NAMES = set("""
abdul abdullah abid adil adnan afzal ahmad ahmed ahsan aftab akbar akhtar akram alam ali altaf amir
amjad anwar arif arshad asad asghar ashfaq ashraf asif aslam ayaz ayub azam aziz babar bashir bilal
danish ehsan faisal farhan farooq fahad faraz fazal ghazi ghulam gul habib hafeez hamid hamza haroon hasan
hassan hussain hussein ibrahim iftikhar ijaz imran irfan ishaq ismail iqbal jamal jamil javed kamran
karim khalid khurram liaquat mahmood mahmud majid manzoor maqsood masood mehmood mohammad mohammed
muhammad mubasher mujahid mukhtar munir murad mushtaq nadeem naeem naseer nasir naveed nawaz nazir
noor omar qadir qasim rafiq rahim rahman rana rashid rauf raza rehman riaz rizwan saad sadiq saeed
sajid sajjad salim saleem salman sami sarfraz shafiq shahbaz shahid shahzad shakeel shakir shams
sharif shaukat sohail sultan tahir talha talib tanveer tariq tauseef umar umair usman waheed wajid waqar
waseem yasir younis yousaf yusuf zafar zahid zahir zakir zeeshan zubair ayesha fatima nilofar
amina bibi shabana nasreen rubina sadia asim waqas junaid kashif nadir obaid owais qaiser shoaib tayyab
yaseen zia ikram inam wali
""".split())


@dataclass
class _Mention:
    span: SpacySpan
    words: list[str]  # name words without honorifics, possessive stripped
    cue: bool = False


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    roles: list[Span] = field(default_factory=list)
    extra: list[Span] = field(default_factory=list)  # definite descriptions

    @property
    def longest(self) -> list[str]:
        return max((m.words for m in self.mentions), key=len)


_INITIAL = re.compile(r"[A-Z]\.?")  # "R K Mallick", "A. K. Sharma"


# Ranks of several words whose words alone are no title (or are names: "Jamil Naik")
MULTIWORD_TITLES = (("lance", "naik"), ("lance", "havildar"), ("naib", "subedar"), ("head", "constable"),
                    ("station", "house", "officer"), ("sub", "inspector"), ("assistant", "sub", "inspector"))


def _is_title(token) -> bool:
    """An office title, or a word of a rank of several words ("Lance Naik", "Naib Subedar")."""
    if token.lower_ in OFFICE_TITLES:
        return True
    doc = token.doc
    for title in MULTIWORD_TITLES:
        for k, word in enumerate(title):
            start = token.i - k
            if token.lower_ == word and start >= 0 and start + len(title) <= len(doc) \
                    and tuple(t.lower_ for t in doc[start:start + len(title)]) == title:
                return True
    return False


def _name_words(span: SpacySpan) -> list[str]:
    words = [t.text for t in span if not t.is_punct]
    while words and words[0].lower() in HONORIFIC_TITLES:
        words = words[1:]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return words


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha()


def _is_name_token(token) -> bool:
    return _capitalised(token) or token.lower_ in NAME_PARTICLES or _INITIAL.fullmatch(token.text) is not None


# the Arabic article joining two halves of one name: "Zia ur Rehman", "Inam-ul-Haq", "Shams ud Din"
_JOINING_PARTICLES = {"ul", "ur", "ud", "us", "uz", "un"}


def _joined_after(doc: Doc, end: int) -> int:
    """The end of the name's other half when a joining particle follows ``end`` ("Inam" + "-ul-Haq"), else ``end``."""
    k = end + (end < len(doc) and doc[end].text == "-")
    if k < len(doc) and doc[k].lower_ in _JOINING_PARTICLES:
        k += 1 + (k + 1 < len(doc) and doc[k + 1].text == "-")
        if k < len(doc) and _capitalised(doc[k]) and doc[k].lower_ not in PLACE_NOUNS | OFFICE_TITLES:
            return k + 1
    return end


def _joined_before(doc: Doc, start: int) -> int:
    """The start of the name's first half when a joining particle comes before ``start`` ("Hidayat ur" + "Rehman")."""
    k = start - 1 - (start > 0 and doc[start - 1].text == "-")
    if k > 0 and doc[k].lower_ in _JOINING_PARTICLES:
        k -= 1 + (doc[k - 1].text == "-")
        if k >= 0 and _capitalised(doc[k]) and doc[k].lower_ not in PLACE_NOUNS | OFFICE_TITLES | HONORIFIC_TITLES:
            return k
    return start


# second halves of names joined by a particle ("Zia-ul-Haq", "Salah ud Din", "Qamar-uz-Zaman"): with them, or a
# common given name as either half, the joined words are a name, not an institution ("Dar-ul-Uloom", "Bait-ul-Maal")
_JOINED_NAME_ENDINGS = {"haq", "din", "deen", "rehman", "rahman", "islam", "allah", "zaman", "mulk", "hassan", "hussain",
                        "amin", "ameen", "hameed", "hamid", "rashid", "karim", "qadir", "aziz"}


def _joined_name(doc: Doc, i: int, actor_tokens: set[int]) -> tuple[int, int] | None:
    """A name of two halves joined by a particle from token ``i`` that spaCy left untagged ("Hidayat ur Rehman said")."""
    if not _capitalised(doc[i]) or doc[i].pos_ != "PROPN" or doc[i].ent_type_ or i in actor_tokens \
            or doc[i].lower_ in OFFICE_TITLES | PLACE_NOUNS | HONORIFIC_TITLES:
        return None
    end = _joined_after(doc, i + 1)
    if end == i + 1 or any(t.i in actor_tokens or t.ent_type_ not in ("", "PERSON") for t in doc[i:end]):
        return None
    halves = {doc[i].lower_, doc[end - 1].lower_}
    return (i, end) if halves & GIVEN_NAMES or doc[end - 1].lower_ in _JOINED_NAME_ENDINGS else None


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    start, end = _joined_before(doc, start), _joined_after(doc, end)
    while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].ent_type_ in {"", "PERSON"} \
            and doc[start - 1].lower_ not in OFFICE_TITLES | PLACE_NOUNS \
            and (not doc[start - 1].is_sent_start or doc[start - 1].lower_ in GIVEN_NAMES):  # "Arshad Khan who ..."
        start -= 1
    while start > 0 and doc[start - 1].lower_.rstrip(".") in (NAME_PREFIXES | HONORIFIC_TITLES) \
            and _capitalised(doc[start - 1]):
        start -= 1
    while end < len(doc) and _capitalised(doc[end]) and doc[end].pos_ == "PROPN" \
            and doc[end].lower_ not in PLACE_NOUNS and doc[end].lower_ not in OFFICE_TITLES \
            and doc[end].ent_type_ in {"", "PERSON"} and end - start < 5:
        end += 1
    return start, end


def _publisher(span: SpacySpan) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    text = span.text.casefold()
    return text in PUBLISHERS or before in {"reports", "reported", "told"} and text in PUBLISHERS or \
        before in {"reports", "reported"} or after in {"reports", "reported"}


def _closes_a_list_of_places(span: SpacySpan) -> bool:
    """"in Lahore, Multan and Rawalpindi": the span ends a list of places the gazetteer knows, opened by "in",
    "at" or "near" (not "identified as Shahid Baloch and Hassan")."""
    doc, i = span.doc, span.start - 1
    if i < 1 or doc[i].lower_ not in {",", "and"}:
        return False
    seen_place = False
    while i >= 0 and (doc[i].lower_ in {",", "and"} or doc[i].text[:1].isupper()):
        if doc[i].text[:1].isupper():
            j = i  # a place of one or more capitalised words ("Dera Ismail Khan")
            while j > 0 and doc[j - 1].text[:1].isupper():
                j -= 1
            if doc[j:i + 1].text.casefold() not in gazetteer_names():
                return False
            seen_place, i = True, j
        i -= 1
    return seen_place and i >= 0 and doc[i].lower_ in {"in", "at", "near"}


def _place_like(span: SpacySpan, cue: bool) -> bool:
    doc = span.doc
    if any(t.lower_ in PLACE_NOUNS or t.lower_ in ORG_NAME_WORDS or t.lower_ in GROUP_WORDS for t in span):
        return True
    if span[0].lower_ in PLACE_PREFIXES:
        return True
    # "Dera Ismail Khan": the tail of a place name the gazetteer knows whole
    if any(span.start >= k and all(t.text[:1].isupper() for t in doc[span.start - k:span.start])
           and doc[span.start - k:span.end].text.casefold() in gazetteer_names() for k in (1, 2)):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.text.islower() \
            and root.head.lower_ not in RELATIVES | ROLE_NOUNS | ALIAS_WORDS | {"group", "faction"}:
        return True  # "the Kamar Sar cloth market"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in PLACE_NOUNS | RESIDENT_NOUNS:
        return True  # "area of Darra Adamkhel", "resident of Gandi Bagh"
    if nxt is not None and nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in {"a", "an", "the"}:
        for token in doc[span.end + 2:span.end + 6]:
            if token.pos_ == "NOUN":
                if token.lower_ in GEO_NOUNS:
                    return True  # "Durwagudi, a village in ..."
                break
    # "a senior police officer of Lakki Marwat said": a place named after a role's "of" is where the role is held
    after_of = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ROLE_NOUNS
    # "In Kurram, a bomb killed two soldiers": a place the gazetteer knows, after "in", whatever the tagger says
    after_in = span.start >= 1 and doc[span.start - 1].lower_ in {"in", "at", "near"}  # not "Speaking to Kakar"
    after_in = after_in or _closes_a_list_of_places(span)
    # "The DPO Lakki Marwat said", "District Police Officer (DPO) Lakki Marwat": the post's district
    before = doc[span.start - 1] if span.start >= 1 else None
    after_post = before is not None and (before.text.isupper() and 2 <= len(before.text) <= 4 and before.text.isalpha()
                                         or before.text == ")" and span.start >= 2 and doc[span.start - 2].text.isupper())
    if span.text.casefold() in gazetteer_names() and not (span[-1].ent_type_ == "PERSON" and cue and not after_of and not after_in
                                                           and not after_post) \
            and cue != LISTED:
        return True
    if nxt is not None and nxt.lower_ in PLACE_NOUNS:
        return True
    if cue:
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in PLACE_PREPOSITIONS


def _speech(token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_ in SPEECH_LEMMAS


def _cue(span: SpacySpan) -> bool:
    """Context that says a capitalised span is a person's name."""
    doc = span.doc
    before = doc[max(0, span.start - 2):span.start].text.lower()
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    nxt2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if before.endswith("identified as") or before.endswith("named"):
        return True
    if prev is not None and (prev.text == ")" or prev.lower_ in OFFICE_TITLES or _speech(prev)
                             or prev.lower_ in RELATIVES):
        return True
    if prev is not None and prev.text == "," and span.start >= 2 and doc[span.start - 2].lower_ in ROLE_NOUNS:
        return True  # "BRA spokesman, X,"
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS:
        return True
    if nxt is not None and (_speech(nxt) or nxt.text == "(" and nxt2 is not None and nxt2.like_num):
        return True
    if nxt is not None and nxt.text == "," and nxt2 is not None and nxt2.lower_ in {"a", "an", "the"}:
        return True
    return False


def _listed_names(doc: Doc, j: int) -> list[tuple[int, int]]:
    """The names listed from token ``j``: "Rahim (25), Naveed, Shakeel and Gulzar" (ages and "a 30-year-old"
    skipped)."""
    names = []
    while True:
        while j < len(doc) and (doc[j].like_num or doc[j].lower_ in {"year", "years", "old", "-", "aged",
                                                                        "year-old", "a", "an"}):
            j += 1
        k = j
        while k < len(doc) and _is_name_token(doc[k]) and k - j < 4:
            k += 1
        if k == j or not _capitalised(doc[j]):
            return names
        if k < len(doc) and doc[k].pos_ in {"NOUN", "ADJ"} and doc[k].is_lower:
            return []  # "a Chinese national", "Sikh and Hindu traders": adjectives, no names
        names.append((j, k))
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
            k += 3
        after = k
        if after < len(doc) and doc[after].text == ",":
            after += 1
        if after < len(doc) and doc[after].lower_ == "and":
            after += 1
        if after == k:
            return names
        j = after


def _rare_word(token) -> bool:
    """A capitalised word that English text seldom uses: a name, unless it is a South Asian noun that SATP
    capitalises ("one Jawan") or a role or place noun ("one Policeman")."""
    word = token.lower_
    if not _capitalised(token) or word in CAPITALISED_NOUNS | ROLE_NOUNS | PLACE_NOUNS | RELATIVES:
        return False
    return word in GIVEN_NAMES or zipf_frequency(word, "en") < 3.0


def _rare_name_after(doc: Doc, i: int) -> bool:
    """Token ``i`` cues a one-word name after it: "one Zahoor", "his friend, Qadeer", "its driver, Imdad,",
    "head constable Perwez", "Police Constable Asif" (a capitalised title before a common given name)."""
    token = doc[i]
    cued = (token.lower_ == "one" and i > 0 and doc[i - 1].lower_ in {"of", "at", "to", "by", "and", "injuring", "killing"}
            or token.text == "," and i > 0 and doc[i - 1].lower_ in RELATIVES | {"driver", "owner", "servant", "employee"}
            or token.lower_ in OFFICE_TITLES and (token.text.islower()
                                                  or i + 1 < len(doc) and doc[i + 1].lower_ in GIVEN_NAMES))
    # the word lookup only where a cue stands (this runs on every token)
    return cued and i + 1 < len(doc) and _rare_word(doc[i + 1]) and not (i + 2 < len(doc) and _capitalised(doc[i + 2]))


def _split_at_aliases(doc: Doc, spans: dict[tuple[int, int], bool]) -> dict[tuple[int, int], bool]:
    """"Abdul Rehman alias Chota" tagged as one name is two names of one person (joined again later)."""
    out: dict[tuple[int, int], bool] = {}
    for (start, end), cue in spans.items():
        cuts = [i for i in range(start, end) if doc[i].lower_ in ALIAS_WORDS]
        for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end]):
            if b > a:
                out.setdefault((a, b), cue)
    return out


def _given_name_first(doc: Doc, i: int, actor_tokens: set[int]) -> tuple[int, int] | None:
    """A common given name and one to three more capitalised names from token ``i`` that spaCy left untagged:
    "(ISPR) Asim Bajwa confirmed", "SP Muhammad Ilyas was killed"."""
    if doc[i].lower_ not in GIVEN_NAMES or not _capitalised(doc[i]) or doc[i].ent_type_ or i in actor_tokens:
        return None
    k = i + 1
    while k < len(doc) and k - i < 4 and _capitalised(doc[k]) and not doc[k].ent_type_ and k not in actor_tokens \
            and doc[k].lower_ not in OFFICE_TITLES | PLACE_NOUNS | CAPITALISED_NOUNS | ORG_NAME_WORDS:
        k += 1
    return (i, k) if k - i >= 2 else None


_MEMORIAL_BEFORE = re.compile(r"\b(?:shrine|mausoleum|tomb|dargah|darbar|mazar)\s+of\s+$", re.I)


def _qualifier_or_shrine(span: SpacySpan) -> bool:
    """A span that qualifies the title after it ("Balochistan Home Minister") or names a saint's shrine."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in OFFICE_TITLES:
        return True
    return _MEMORIAL_BEFORE.search(doc.text, max(0, span.start_char - 30), span.start_char) is not None


def _initialled_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """Two or more initials and a surname from token ``i``: "R K Mallick", "G. H. P. Raju" (spaCy's small
    model seldom tags them as people)."""
    if not _INITIAL.fullmatch(doc[i].text) or (i > 0 and _INITIAL.fullmatch(doc[i - 1].text)):
        return None
    k = i
    while k < len(doc) and _INITIAL.fullmatch(doc[k].text) and k - i < 4:
        k += 1
    if k - i < 2 or k >= len(doc) or not _capitalised(doc[k]) or len(doc[k].text) < 3 \
            or doc[k].lower_ in OFFICE_TITLES | PLACE_NOUNS | CAPITALISED_NOUNS | ROLE_NOUNS | ORG_NAME_WORDS \
            or zipf_frequency(doc[k].lower_, "en") >= 4.5:  # "the R B Department": no surname
        return None
    return i, k + 1


def _a_district(name: str) -> bool:
    return any(place.kind == "admin2" for place in gazetteer.lookup(name))


def _without_jurisdiction(span: SpacySpan) -> SpacySpan:
    """A name after a title, less the post's area between them: "SSP Korangi X", "SSP West X"; after "of Police" or
    the post's place, only a police range or division is the area's ("DIG of Police Zhob Range X", "RPO Bannu Range
    X"; not "Superintendent of Police Wazir Muhammad Khan")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    after_post = prev is not None and (prev.lower_ in POST_TITLES or prev.text == ")")
    after_area = prev is not None and (prev.lower_ == "police" or prev.lower_ in gazetteer_names())
    if not (after_post or after_area):
        return span  # a military rank is followed by the whole name ("Captain Karnal Sher Khan")
    while len(span) > 1:
        first = span[0].lower_
        if first in JURISDICTION_WORDS:
            span = doc[span.start + 1:span.end]
        elif len(span) > 2 and first in gazetteer_names() and first not in GIVEN_NAMES | NAME_PREFIXES and (
                after_post or span[1].lower_ in POLICE_AREAS or _a_district(span[0].text)):
            # a place name leaves a whole name ("Constable Mohan Lal" stays); after "of Police" a district's name is
            # the post's ("Senior Superintendent of Police Hyderabad Amjad Shaikh"), a village's may be a first name
            span = doc[span.start + (2 if not after_post and span[1].lower_ in POLICE_AREAS else 1):span.end]
        else:
            break
    return span


def _candidates(doc: Doc, actors: list[ActorMention]) -> list[_Mention]:
    # a faction named after its leader ("Tariq Afridi group") still names the leader
    actor_chars = [(a.span.start, a.span.end) for a in actors
                   if a.actor_id or not a.name.lower().endswith((" group", " faction"))]
    actor_tokens = {t.i for e in doc.ents if e.label_ in {ACTOR_LABEL, GENERIC_LABEL} for t in e}
    spans: dict[tuple[int, int], bool | str] = {}  # cue: True, LISTED or False
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            spans.setdefault((ent.start, ent.end), False)
        elif ent.label_ in {"ORG", "GPE", "WORK_OF_ART", "PRODUCT", "FAC"}:
            words = [t for t in ent if not t.is_punct]
            while len(words) > 1 and _is_title(words[0]):
                words = words[1:]  # "Lance Naik Saifur Rehman": the rank is no part of the name's length
            if not 1 <= len(words) <= 3 or not all(_capitalised(t) for t in words):
                continue
            cue = _cue(ent) or len(words) < len([t for t in ent if not t.is_punct])
            if (len(words) >= 2 and words[0].lower_ in GIVEN_NAMES) or cue:
                spans.setdefault((ent.start, ent.end), cue)
    for i, token in enumerate(doc):
        if doc[i:i + 2].text.lower() == "identified as" or (
                token.lower_ == "included" and any(t.lower_ in VICTIM_WORDS for t in doc[max(0, i - 3):i])):
            for name in _listed_names(doc, i + 2 if token.lower_ == "identified" else i + 1):
                spans[name] = LISTED
        elif token.lower_ == "and" and i > 0 and any(s[1] == i for s in spans):
            for name in _listed_names(doc, i + 1)[:1]:
                spans[name] = True
        elif _rare_name_after(doc, i):
            spans.setdefault((i + 1, i + 2), True)
        elif (initialled := _initialled_name(doc, i)) is not None:
            spans.setdefault(initialled, False)
        elif (given := _given_name_first(doc, i, actor_tokens)) is not None and not any(a <= i < b for a, b in spans):
            spans.setdefault(given, False)
        elif (joined := _joined_name(doc, i, actor_tokens)) is not None and not any(a <= i < b for a, b in spans):
            spans.setdefault(joined, False)
    found: list[_Mention] = []
    for (start, end), cue in sorted(_split_at_aliases(doc, spans).items()):
        start, end = _extend(doc, start, end)
        span = doc[start:end]
        while len(span) and (span[-1].is_punct or span[-1].lower_ in {"'s", "’s"}):
            span = doc[span.start:span.end - 1]
        if not len(span):
            continue
        cue = cue or _cue(span)
        if any(t.i in actor_tokens for t in span) or any(s < span.end_char and span.start_char < e
                                                          for s, e in actor_chars):
            continue
        if lookup_alias(span.text) or _publisher(span) or _place_like(span, cue):
            continue
        if not all(_is_name_token(t) or t.is_punct for t in span):
            continue
        titles = [t.i for t in span if _is_title(t)]
        if titles:  # "Captain X", "Political Agent X": the title is a role, and cues the name after it
            span = doc[titles[-1] + 1:span.end]
            cue = cue or True
        span = _without_jurisdiction(span)
        if not len(span) or all(t.text.isupper() and len(t) > 1 for t in span):  # "AIG", "SSP": a post
            continue
        if span[0].text.isupper() and len(span[0]) > 1 and not _INITIAL.fullmatch(span[0].text) or _qualifier_or_shrine(span):
            continue  # "JUI Dera Ismail Khan": a party's chapter; "Balochistan Home Minister X"; "the shrine of X"
        if all(t.lower_ in CAPITALISED_NOUNS for t in span):  # "one Jawan", "a Kalashnikov"
            continue
        words = _name_words(span)
        if not words or all(w.lower() in NAME_PREFIXES for w in words) or " ".join(words).lower() in COUNTRY_WORDS:
            continue  # "identified as Abu Ayaan, a Pakistani": a nationality, no second name
        if any(m.span.start < span.end and span.start < m.span.end for m in found):
            continue
        found.append(_Mention(span, words, cue))
    return found


def _words_match(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` matches a distinct later word of ``long`` (fuzzy, in order)."""
    j = 0
    for word in short:
        while j < len(long) and fuzz.ratio(word.lower(), long[j].lower()) < 80:
            j += 1
        if j == len(long):
            return False
        j += 1
    return True


def _strip_plural(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _merge(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    multi = sorted((m for m in mentions if len(m.words) >= 2), key=lambda m: (-len(m.words), m.span.start))
    for mention in multi:
        for cluster in clusters:
            if any(_words_match(mention.words, m.words) for m in cluster.mentions if len(m.words) >= len(mention.words)):
                cluster.mentions.append(mention)
                break
        else:
            clusters.append(_Cluster([mention]))
    for mention in (m for m in mentions if len(m.words) == 1):
        word = mention.words[0].lower()

        def hits(position: int, stem: bool = False) -> list[_Cluster]:
            out = []
            for cluster in clusters:
                names = {m.words[position].lower() for m in cluster.mentions if len(m.words) >= 2}
                probe = _strip_plural(word) if stem else word
                if any(fuzz.ratio(probe, n) >= 85 for n in names):
                    out.append(cluster)
            return out

        for candidates in (hits(-1), hits(0), hits(-1, stem=True)):
            if len(candidates) == 1:
                candidates[0].mentions.append(mention)
                break
            if len(candidates) > 1:
                break
        else:
            # a lone word the tagger called a person counts when it is a common given name ("Asim alias Kapri")
            if mention.span.label_ == "PERSON" or mention.cue or (
                    all(t.ent_type_ == "PERSON" for t in mention.span) and word in GIVEN_NAMES):
                same = [c for c in clusters if len(c.longest) == 1 and c.longest[0].lower() == word]
                if same:
                    same[0].mentions.append(mention)
                else:
                    clusters.append(_Cluster([mention]))
    return clusters


ALIAS_WORDS = {"alias", "aliases", "aka", "a.k.a.", "a.k.a", "urf", "@"}


def _join_aliases(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """One person under several names: "Khalid Ahmad alias Khalid Bhai alias Shahid Showkat". The name
    given first stays the canonical one; the aliases become further mentions."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    ordered = sorted((m for c in clusters for m in c.mentions), key=lambda m: m.span.start)
    for a, b in zip(ordered, ordered[1:]):
        between = [t.lower_ for t in doc[a.span.end:b.span.start]]
        first, second = owner[id(a)], owner[id(b)]
        if between and between[0] in ALIAS_WORDS and len(between) <= 2 and first is not second:
            first.extra.extend(_span_of(doc, m.span.start, m.span.end) for m in second.mentions)
            first.extra.extend(second.extra)
            for m in second.mentions:
                owner[id(m)] = first
            clusters = [c for c in clusters if c is not second]
    return clusters


def _medoid(spellings: list[str]) -> str:
    counts = Counter(spellings)
    top = max(counts.values())
    best = [s for s in counts if counts[s] == top]
    return max(best, key=lambda s: (sum(fuzz.ratio(s.lower(), o.lower()) for o in spellings), -spellings.index(s)))


def _canonical(cluster: _Cluster) -> str:
    longest = cluster.longest
    out = []
    for i, word in enumerate(longest):
        spellings = [word]
        for m in cluster.mentions:
            if m.words is longest:
                continue
            for other in m.words:
                if fuzz.ratio(other.lower(), word.lower()) >= 80:
                    spellings.append(other)
                    break
        out.append(_medoid(spellings))
    return " ".join(out)


def _span_of(doc: Doc, start: int, end: int) -> Span:
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)


def _roles(doc: Doc, mention: SpacySpan) -> list[Span]:
    roles = []
    end = mention.end
    if end < len(doc) and doc[end].text == "(" and end + 2 < len(doc) and doc[end + 2].text == ")":
        end += 3
    # appositive: "X, a security analyst, ..." / "X, a former police officer who once served as the ..."
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"a", "an", "the"}:
        start = end + 2
        stop = start
        while stop < len(doc) and doc[stop].text not in {",", ".", ";", "—", "–"} and doc[stop].lower_ not in {
                "who", "which", "was", "is", "said", "says", "and"} and stop - start < 10:
            stop += 1
        # (a noun phrase, not a clause: "According to DPO Sajjad Ahmed, the attackers fled")
        if stop > start and doc[stop - 1].lower_ not in TRIVIAL_ROLES and not any(
                doc[j].tag_ in {"VBD", "VBZ", "VBP"} for j in range(start, stop)):
            roles.append(_span_of(doc, start, stop))
            if stop < len(doc) and doc[stop].lower_ == "who":
                for k in range(stop, min(stop + 8, len(doc) - 1)):
                    if doc[k].lower_ == "as":
                        s2 = k + 1
                        while s2 < len(doc) and doc[s2].lower_ in {"the", "a", "an"}:
                            s2 += 1
                        e2 = s2
                        while e2 < len(doc) and doc[e2].text not in {",", ".", ";"} and e2 - s2 < 10:
                            e2 += 1
                        if e2 > s2:
                            roles.append(_span_of(doc, s2, e2))
                        break
    # before: "a senior police official, X" / "A leader of the NP and an MPA, X"
    start = mention.start
    if start >= 2 and doc[start - 1].text == ",":
        k = start - 2
        while k >= 0 and doc[k].text not in {",", ".", ";"} and doc[k].lower_ not in {"a", "an", "the"} and start - k < 10:
            k -= 1
        if k >= 0 and doc[k].lower_ in {"a", "an", "the"} and k + 1 < start - 1 and doc[start - 2].lower_ not in TRIVIAL_ROLES:
            if doc[k - 1].text in {".", ","} if k > 0 else True:
                roles.append(_span_of(doc, k + 1, start - 1))
    # title directly before: "Superintendent of Police (SP) X", "MPA X"
    k = start
    while k > 0 and (_capitalised(doc[k - 1]) or doc[k - 1].text in {"(", ")"} or doc[k - 1].lower_ == "of") \
            and doc[k - 1].lower_ not in HONORIFIC_TITLES and start - k < 10:
        if k - 1 == doc[k - 1].sent.start:
            k -= 1
            break
        k -= 1
    while k < start and (doc[k].lower_ in {"of", "the", "("} or doc[k].is_sent_start and doc[k].lower_ in {"a", "an", "the"}):
        k += 1
    if k < start and any(doc[j].lower_ in OFFICE_TITLES or doc[j].text.isupper() and len(doc[j]) > 1
                         for j in range(k, start)):
        if not doc[k].is_sent_start or doc[k].lower_ in OFFICE_TITLES or _capitalised(doc[k]):
            roles.append(_span_of(doc, k, start))
    return roles


def _role_heads(role: Span) -> set[str]:
    """Head noun of a role and any acronym in it: "Superintendent of Police (SP)" -> {police, sp}."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", role.text)
    heads = {w.lower() for w in words if w.isupper() and len(w) > 1}
    # the post's initials ("District Police Officer" -> dpo, "Senior Superintendent of Police" -> ssp): "the DPO"
    capitalised = [w for w in words if w[0].isupper() and not w.isupper()]
    if len(capitalised) >= 2 and all(w[0].isupper() or w.lower() in {"of", "and"} for w in words):
        heads.add("".join(w[0] for w in capitalised).lower())
    for word in reversed(words):
        if not (word.isupper() and len(word) > 1):
            heads.add(word.lower())
            break
    return heads


def _descriptions(doc: Doc, clusters: list[_Cluster], taken: set[int]) -> None:
    heads: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        for head in set().union(*(_role_heads(r) for r in cluster.roles)) if cluster.roles else ():
            heads.setdefault(head, []).append(cluster)
    for chunk in doc.noun_chunks:
        if chunk[0].lower_ != "the" or any(t.i in taken for t in chunk) or len(chunk) < 2:
            continue
        head = chunk.root.lower_
        owners = heads.get(head, [])
        if len(owners) == 1 and chunk.root.tag_ in {"NN", "NNP"}:
            owners[0].extra.append(Span(chunk.start_char, chunk.end_char, chunk.text))


def _bare_surnames(doc: Doc, clusters: list[_Cluster], actors: list[ActorMention]) -> None:
    """A surname standing alone that spaCy did not tag ("Bokhari later met ..."): a mention of the
    one person with that surname."""
    surnames: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if len(cluster.longest) >= 2:
            surnames.setdefault(cluster.longest[-1].lower(), []).append(cluster)
    taken = {t for c in clusters for m in c.mentions for t in range(m.span.start, m.span.end)}
    actor_chars = [(a.span.start, a.span.end) for a in actors]
    for token in doc:
        owners = surnames.get(token.lower_, [])
        if len(owners) != 1 or token.i in taken or not _capitalised(token):
            continue
        if any(s <= token.idx < e for s, e in actor_chars):
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(_capitalised(n) and n.pos_ == "PROPN" for n in neighbours):
            continue
        owners[0].mentions.append(_Mention(doc[token.i:token.i + 1], [token.text]))


def find_people(doc: Doc, actors: list[ActorMention]) -> list[Person]:
    mentions = _candidates(doc, actors)
    clusters = _join_aliases(doc, _merge(mentions))
    _bare_surnames(doc, clusters, actors)
    taken: set[int] = set()
    for cluster in clusters:
        for m in cluster.mentions:
            taken.update(range(m.span.start, m.span.end))
            for role in _roles(doc, m.span):
                if all(r.start != role.start for r in cluster.roles):
                    cluster.roles.append(role)
    role_tokens = {t.i for c in clusters for r in c.roles for t in doc.char_span(r.start, r.end, alignment_mode="expand") or []}
    _descriptions(doc, clusters, taken | role_tokens)
    clusters.sort(key=lambda c: min(m.span.start for m in c.mentions))
    people = []
    for n, cluster in enumerate(clusters, 1):
        spans = [Span(m.span.start_char, m.span.end_char, m.span.text) for m in cluster.mentions] + cluster.extra
        spans.sort(key=lambda s: s.start)
        people.append(Person(f"p{n}", _canonical(cluster), spans, sorted(cluster.roles, key=lambda r: r.start)))
    return people
