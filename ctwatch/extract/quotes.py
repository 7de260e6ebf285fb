"""Direct and reported speech in a parsed article, with its speaker.

``find_quotes(doc, people, actors)`` returns ``Quote`` values in text order. Rules:

1. **Direct quotes** are the spans between quotation marks (curly “ ” or straight "), paired within a
   paragraph. Each quotation span is one quote, however many sentences it holds (the gold lists
   ``“A,” Shah adds. “B. C.”`` as two quotes). A closing mark with no opening mark before it in the
   paragraph opens at the start of its sentence (the opening mark was lost); an opening mark with no
   closing mark runs to the end of the paragraph (a quote continued in the next paragraph). Short
   quoted phrases (under four words) with no speech verb beside them are scare quotes, not speech.
2. **Speaker**: a speech verb (say, add, tell, stress, "puts it", ...) in the rest of the sentence
   after the closing mark, else in the sentence before the opening mark; its subject is the speaker.
   A subject inside a person's mention (name, surname, or a definite description such as "the former
   Home Department secretary" that ``people.py`` linked) gives that ``Person.id``; "he"/"she" gives the
   person named most recently before; an actor gives the actor id; any other noun phrase gives an
   unnamed descriptor ("one senior counterterrorism official" -> "unnamed senior counterterrorism
   official"). A quote with no attribution of its own takes the speaker of the quote before it in the
   same paragraph (else the one after it).
3. **Reported speech** (kind ``reported``): a speech verb with a person or descriptor subject and a
   clausal complement outside quotation marks ("Shah says that the state draws no distinction ...");
   the span is the complement without "that". A parenthetical speech clause ("Conflicts ..., security
   authorities stress, do not alter ...") reports the clause around it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ctwatch.extract.model import ActorMention, Person, Quote, Span

OPEN_MARKS = "“"
CLOSE_MARKS = "”"
STRAIGHT = '"'
SPEECH_LEMMAS = {"say", "add", "tell", "stress", "state", "note", "explain", "warn", "claim", "insist",
                 "acknowledge", "argue", "maintain", "remark", "observe", "emphasise", "emphasize",
                 "declare", "assert", "reply", "respond", "conclude", "continue", "suggest", "believe"}
REPORTED_LEMMAS = SPEECH_LEMMAS - {"continue", "believe"} | {"allege", "confirm", "disclose", "reveal"}
DETERMINERS = {"the", "a", "an", "one", "some", "another", "two", "three", "several"}
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"])")


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(content start, content end) for each quotation in text[start:end] (one paragraph)."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    last_end = start
    for i in range(start, end):
        ch = text[i]
        is_open = ch in OPEN_MARKS or (ch == STRAIGHT and open_at is None)
        is_close = ch in CLOSE_MARKS or (ch == STRAIGHT and open_at is not None)
        if is_open and not is_close:
            open_at = i + 1
        elif is_close:
            if open_at is not None:
                pairs.append((open_at, i))
            else:  # opening mark lost: the quote starts at the start of its sentence
                begin = last_end
                for match in SENTENCE_END.finditer(text, last_end, i):
                    begin = match.end()
                pairs.append((begin, i))
            open_at = None
            last_end = i + 1
    if open_at is not None and end - open_at > 1:
        pairs.append((open_at, end))
    return pairs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n“”\"":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:“”\"":
        end -= 1
    return start, end


def _sentence_bounds(text: str, position: int, lo: int, hi: int) -> tuple[int, int]:
    begin = lo
    for match in SENTENCE_END.finditer(text, lo, position):
        begin = match.end()
    match = SENTENCE_END.search(text, position, hi)
    return begin, match.start() + 1 if match else hi


class _Speakers:
    """Turns the subject of a speech verb into (speaker, speaker_name, span)."""

    def __init__(self, doc: Doc, people: list[Person], actors: list[ActorMention]):
        self.doc = doc
        self.people = people
        self.actors = actors
        self.by_char = []
        for person in people:
            for span in person.mentions:
                self.by_char.append((span.start, span.end, person))
        self.by_char.sort(key=lambda x: x[0])
        self.last_plural: tuple[str, str, Span] | None = None

    def person_at(self, start: int, end: int) -> Person | None:
        for s, e, person in self.by_char:
            if s < end and start < e:
                return person
        return None

    def before(self, position: int) -> Person | None:
        found = None
        for s, _e, person in self.by_char:
            if s < position:
                found = person
        return found

    def resolve(self, subject: Token) -> tuple[str | None, str | None, Span | None]:
        doc = self.doc
        tokens = sorted(subject.subtree, key=lambda t: t.i)
        # keep the noun phrase only (drop relative clauses and appositives after a comma)
        cut = len(tokens)
        for n, t in enumerate(tokens):
            if t.text == "," and n > 0:
                cut = n
                break
        tokens = tokens[:cut]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        span = Span(start, end, doc.text[start:end])
        person = self.person_at(subject.idx, subject.idx + len(subject))
        if person is None:
            person = self.person_at(start, end)
        for appositive in (c for c in subject.children if c.dep_ == "appos" and person is None):
            # "Its spokesman, Mureed Baloch, ... said": the name set off after the post is the speaker (not a name inside
            # it: "The spokesman, a nephew of slain elder Malik Qadir Khan, said")
            person = self.person_at(appositive.idx, appositive.idx + len(appositive))
        if person is not None:
            return person.id, person.canonical, span
        if subject.lower_ in {"he", "she", "him", "her"}:
            person = self.before(subject.idx)
            return (person.id, person.canonical, span) if person else (None, None, span)
        if subject.lower_ == "they":
            return self.last_plural or (None, None, span)
        for actor in self.actors:  # the subject itself names an actor ("Police said")
            if actor.span.start <= subject.idx < actor.span.end:
                return actor.actor_id or actor.name, actor.name, span
        if subject.pos_ in {"NOUN", "PROPN"}:
            lead = 0
            while lead < len(tokens) and tokens[lead].lower_ in DETERMINERS:
                lead += 1
            # the words as written ("military's media wing", not "military 's media wing")
            descriptor = "unnamed " + (doc.text[tokens[lead].idx:end] if lead < len(tokens) else subject.text)
            if subject.tag_ in {"NNS", "NNPS"}:
                self.last_plural = (descriptor, descriptor, span)
            return descriptor, descriptor, span
        return None, None, span


def _speech_verb(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_ in SPEECH_LEMMAS:
            return token
        if token.lemma_ == "put" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "it":
            return token
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    # "says Bukhari" is sometimes parsed with the name as object or attribute
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "appos"} and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
    return None


def find_quotes(doc: Doc, people: list[Person], actors: list[ActorMention]) -> list[Quote]:
    text = doc.text
    speakers = _Speakers(doc, people, actors)
    quotes: list[Quote] = []
    quoted_chars: list[tuple[int, int]] = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        p_start, p_end = paragraph_start, paragraph_start + len(paragraph)
        paragraph_start = p_end + 1
        pairs = _pairs(text, p_start, p_end)
        in_paragraph: list[Quote] = []
        for n, (q_start, q_end) in enumerate(pairs):
            start, end = _trim(text, q_start, q_end)
            if end <= start:
                continue
            quoted_chars.append((q_start - 1, q_end + 1))
            next_open = pairs[n + 1][0] - 1 if n + 1 < len(pairs) else p_end
            _s_begin, s_end = _sentence_bounds(text, q_end + 1, p_start, p_end)
            after = (q_end + 1, min(s_end, next_open))
            prev_close = pairs[n - 1][1] + 1 if n else p_start
            s_begin, _ = _sentence_bounds(text, q_start, p_start, p_end)
            before = (max(s_begin, prev_close), max(q_start - 1, prev_close))
            speaker = speaker_name = speaker_span = None
            for region in (after, before):
                if region[1] <= region[0]:
                    continue
                verb = _speech_verb(doc, *region)
                if verb is None:
                    continue
                # (or the person named before the verb where the parser lost its subject: "Speaking to journalists
                # in Quetta, Deputy Inspector General (DIG) of Police Zhob Range Kamran Ahmed Tareen said")
                subject = _subject(verb) or _nearest_name_before(doc, verb, speakers)
                if subject is not None:
                    speaker, speaker_name, speaker_span = speakers.resolve(subject)
                    break
            words = len(text[start:end].split())
            if speaker is None and words < 4:
                continue
            quote = Quote(Span(start, end, text[start:end]), "direct", speaker, speaker_name, speaker_span)
            in_paragraph.append(quote)
        for n, quote in enumerate(in_paragraph):
            if quote.speaker is None:
                neighbours = in_paragraph[:n][::-1] + in_paragraph[n + 1:]
                for other in neighbours:
                    if other.speaker is not None:
                        quote.speaker, quote.speaker_name = other.speaker, other.speaker_name
                        break
        quotes.extend(in_paragraph)
    quotes.extend(_reported(doc, speakers, quoted_chars))
    quotes.sort(key=lambda q: q.span.start)
    return quotes


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in ranges)


def _reported(doc: Doc, speakers: _Speakers, quoted: list[tuple[int, int]]) -> list[Quote]:
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in REPORTED_LEMMAS or _inside(verb.idx, quoted):
            continue
        subject = _subject(verb)
        if subject is None and verb.dep_ == "ROOT":
            subject = _nearest_name_before(doc, verb, speakers)
        if subject is None or subject.dep_ not in {"nsubj", "nsubjpass"} and subject.ent_type_ != "PERSON" \
                and speakers.person_at(subject.idx, subject.idx + len(subject)) is None:
            continue
        complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if complement is not None and complement.i > verb.i:
            tokens = sorted(complement.subtree, key=lambda t: t.i)
            while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
                tokens = tokens[1:]
        elif verb.dep_ in {"parataxis", "ccomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} \
                and verb.head.i != verb.i:
            head = verb.head
            own = {t.i for t in verb.subtree}
            tokens = [t for t in sorted(head.subtree, key=lambda t: t.i) if t.i not in own]
            before = [t for t in tokens if t.i < verb.i]
            if not any(t.dep_ in {"nsubj", "nsubjpass", "csubj"} for t in before):
                tokens = [t for t in tokens if t.i > max(own)]  # "However, he says, the country's ..."
            while tokens and (tokens[0].is_punct or tokens[0].dep_ in {"cc", "advmod", "mark"}):
                tokens = tokens[1:]
        elif (bracket := _parenthetical(doc, verb)) is not None:
            # "Conflicts among groups, security authorities stress, do not alter ...": the parser
            # made the speech verb the root; the commas around "<subject> <verb>" still mark the clause
            left, right, subject = bracket
            tokens = [t for t in doc[verb.sent.start:verb.sent.end] if not left <= t.i <= right]
        else:
            continue
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if len(tokens) < 3 or any(_inside(t.idx, quoted) for t in tokens):
            continue
        speaker, name, span = speakers.resolve(subject)
        if speaker is None:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        out.append(Quote(Span(start, end, doc.text[start:end]), "reported", speaker, name, span))
    return out


def _parenthetical(doc: Doc, verb: Token) -> tuple[int, int, Token] | None:
    """The commas around a parenthetical "<subject> <verb>" with words on both sides (token indexes),
    and that subject."""
    right = verb.i + 1
    sent = verb.sent
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or right >= sent.end - 2 or doc[right].text != ",":
        return None
    left = min(t.i for t in subject.subtree) - 1
    if left <= sent.start or doc[left].text != "," or verb.i - left > 5:
        return None
    return left, right, subject


def _nearest_name_before(doc: Doc, verb: Token, speakers: _Speakers) -> Token | None:
    """A subject the parser lost ("Talking to ..., X, a former ..., says ..."): the last person
    mentioned in the sentence before the verb, outside relative clauses, and not someone a common noun
    is of ("the brother of slain trader X was quoted as saying"; a title may be: "DIG of Police ... X")."""
    for token in reversed(doc[verb.sent.start:verb.i]):
        if speakers.person_at(token.idx, token.idx + len(token)) is not None:
            return None if _of_a_common_noun(token) else token
    return None


def _of_a_common_noun(token: Token) -> bool:
    """The name hangs from a lowercase noun by "of", "to", "near" or a possessive: "the father of X", "X's deputy"."""
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head is not token:
        token = token.head
    if token.dep_ == "poss":
        return True
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        return owner.pos_ in ("NOUN", "PRON") and owner.text[:1].islower()
    return False
