"""What the events stage works with: what the other stages found (``EventContext``: places, actors, dates,
counts, direct speech, the parse) and the sentences gathered as one incident (``_Group``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from ctwatch.clean.repeats import normalise

from ..model import ActorMention, Casualties, Count, PlaceMention, Span
from ..places import incident_location, name_key

from .patterns import _NAMES_AND_NUMBERS
from .cues import _Cue

@dataclass
class EventContext:
    """What the events stage borrows from the specialised stages, as functions of a character span."""

    text: str
    actors: list[ActorMention]
    places: list[PlaceMention] = field(default_factory=list)
    published: date | None = None
    locate: Callable[[int, int], tuple[PlaceMention | None, int | None]] = lambda start, end: (None, None)
    dates: Callable[[int, int], list[tuple[Span, date | None, int]]] = lambda start, end: []
    casualties: Callable[[int, int], tuple[Casualties, Casualties]] = lambda start, end: (Casualties(), Casualties())
    count: Callable[[int, int, str], Count | None] = lambda start, end, kind: None
    parties: list[tuple[int, int]] = field(default_factory=list)  # political parties named, as actors or not
    speech: list[tuple[int, int]] = field(default_factory=list)  # the words of direct quotations
    # the sentence tells of the present only: its main verb in the present tense and no verb in the past ("She notes
    # that the BLA targets security forces", "For the families of the four FC men killed near Noshki, the debate is
    # academic"; not "Police say the attackers fled", nor "Ten people have been killed")
    present_only: Callable[[int, int], bool] = lambda start, end: False


@dataclass
class _Group:
    sentences: list[tuple[int, int]]
    cues: list[_Cue]
    extent: tuple[int, int] = (0, 0)  # the text this incident owns, for counts and place
    separate_set: int | None = None  # see EventMention.separate_set
    # a demonstration told after an attack ("His killing sparked protests"): the violence words of its
    # first sentence are the attack's, not the crowd's
    follows_attack: bool = False
    # sentences after other incidents that claim this one by name ("... claimed the attack on the consulate")
    claims: list[tuple[int, int]] = field(default_factory=list)
    # the first of two blasts when this is "the second blast" told at a place of its own: a claim of both is its too
    twin: "_Group | None" = None
    clause: bool = False  # one of the incidents a told sentence sets apart at "while" (_clauses_elsewhere)
    told_later: bool = False  # the second act of a sentence that tells two (_split_at_a_later_act)
    # the incident told before, when this one came "around the same time" at another place: a claim of this one
    # is that one's too, and where this one was, when its words name no known place, is near that one
    alongside: "_Group | None" = None
    # each sentence's normalised words and the names and numbers it holds, made once (see _retells_a_sentence)
    _told_keys: dict[tuple[int, int], tuple[str, set[str]]] = field(default_factory=dict, repr=False, compare=False)

    def told_keys(self, text: str) -> list[tuple[str, set[str]]]:
        """Each sentence's normalised words and lower-cased names and numbers, for telling a near repeat of it."""
        for span in self.sentences:
            if span not in self._told_keys:
                told = text[span[0]:span[1]]
                self._told_keys[span] = (normalise(told), {n.lower() for n in _NAMES_AND_NUMBERS.findall(told)})
        return [self._told_keys[span] for span in self.sentences]

    @property
    def start(self) -> int:
        return self.sentences[0][0]

    @property
    def end(self) -> int:
        return self.sentences[-1][1]


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (from the full stop before ``start`` to the one after ``end``) that holds text[start:end]."""
    after = text.find(". ", end)
    return text.rfind(". ", 0, start) + 1, len(text) if after < 0 else after


def _coded_district(place: PlaceMention, context: EventContext) -> str | None:
    """The district a place mention is coded in as an incident's place (``name_key`` form; "Orangi" is Karachi),
    None when it has none."""
    coded = incident_location(context.text, [place], when=context.published)[0]
    return name_key(coded.admin2) if coded is not None and coded.admin2 else None


def _clause_place(span: tuple[int, int], context: EventContext) -> tuple[PlaceMention | None, int | None]:
    """Where a clause says its incident happened, from the places in it alone (``context.locate`` reads whole
    sentences)."""
    inside = [p for p in context.places if span[0] <= p.span.start < span[1]]
    return incident_location(context.text, inside, sentence_span=span, when=context.published) if inside else (None, None)
