"""Small trained classification heads that run on every article.

Each head is a linear model over sparse text features (word 1-2-grams, character 3-5-grams inside
word boundaries, keyword indicator features and, for the perpetrator/target heads, who-did-what
role patterns; the actions head also reads the pipeline's rule stages — ``rule_terms``: incident
type, perpetrator kind, counts by side — computed before the heads run), stored as plain data — no pickle:

* ``<name>.json``: format version, labels, kind (multilabel | multiclass), per-label thresholds,
  feature configuration, provenance (training data, date, library versions, held-out scores);
* ``<name>.npz``: the vocabularies (newline-joined UTF-8 bytes), idf weights, coefficient matrix and
  intercepts. Loaded with ``allow_pickle=False``.

Prediction needs numpy only. The featurizer below is the same code that training uses
(``ctwatch/train.py``), so what is evaluated is exactly what ships.

Heads (files in ``ctwatch/data/models/``):

* ``actions``: multi-label action types (taxonomy ``action``), trained on SATP India + South Asia;
* ``perpetrator_side``: state | non_state | unknown (SATP India);
* ``target``: the first target's category (SATP India);
* ``police_sentence`` / ``police_doc``: what police did (IndiaPoliceEvents), see
  :func:`predict_police_actions`.

The first three are blended with a fine-tuned sentence encoder when the models folder has one
(:func:`predict_incident_heads`, ``ctwatch.extract.encoder``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

FORMAT = "ctwatch-linear-head"
FORMAT_VERSION = 1
MODELS_DIR = Path(__file__).resolve().parents[1] / "data" / "models"


class HeadError(RuntimeError):
    """A head file is missing, malformed, or of a format version this code cannot read."""


# --------------------------------------------------------------------------- features

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "twenty thirty forty fifty hundred dozen dozens several"
).split()

# Keyword indicator groups: one binary feature per group (the text matches the pattern).
KEYWORD_GROUPS: dict[str, str] = {
    "surrender": r"\bsurrender",
    "arrest": r"\b(arrest|nabb?|detain|apprehend|held\b|custody|remand)",
    "seize": r"\b(seiz|recover|confiscat|cache|haul)",
    "weapon": r"\b(rifle|pistol|gun|ammunition|cartridge|detonator|gelatin|explosive|grenade|weapon|arms\b)",
    "ied": r"\b(ied|improvised explosive|landmine|land mine|mine blast|pressure bomb|bomb|blast|explo|detonat|suicide)",
    "defuse": r"\b(defus|diffus|neutrali[sz]|unearth|bomb disposal)",
    "ambush": r"\b(ambush|attack|fired|firing|gunfight|encounter|exchange of fire|shot|shoot|gunm[ae]n|opened fire)",
    "abduct": r"\b(abduct|kidnap|hostage|taken away|whisked away|captive|released)",
    "torch": r"\b(torch|set (fire|ablaze|on fire)|burn|blew up|blown up|damag|destroy|vandali|demolish|razed)",
    "infra": r"\b(tower|railway|track|road|bridge|vehicle|truck|school|building|office|panchayat|machin|tractor|bus\b|jeep)",
    "killed": r"\b(kill|dead|death|died|body|bodies|murder|slain|lynch|behead|execut|shot dead|hack)",
    "injured": r"\b(injur|wound|hurt)",
    "maoist": r"\b(maoist|naxal|cadre|dalam|cpi|plga|red rebel|ultra|militant|insurgent|terrorist)",
    "security": r"\b(police|crpf|bsf|itbp|cobra|sog|greyhound|jawan|security force|sf\b|troop|army|commando|stf\b|personnel|constable|officer)",
    "civilian": r"\b(villager|civilian|informer|trader|contractor|farmer|teacher|labou?rer|woman|women|child|resident)",
    "official": r"\b(sarpanch|mla|mp\b|leader|minister|official|bdo|panchayat member|politician|ward member|mukhiya)",
    "mining": r"\b(mine\b|mines\b|mining|nmdc|essar|steel|company|firm)",
    "leaflet": r"\b(poster|leaflet|banner|bandh|shutdown|protest|rally|meeting)",
    "police_kw": r"\b(police|policem[ae]n|cops?|constables?|jawans?|grp|cid|rpf|stf|bsf|dcp|dsp|ssp|sho|cisf|dgp|commissioner)\b",
    "police_kill": r"\b(kill|lynch|massacr|murder|shot dead|died in police firing)",
    "police_arrest": r"\b(arrest|nabb?|detain|book(ed)?\b|chargesheet|apprehend|round(ed)? up|custody)",
    "police_force": r"\b(fire[ds]?\b|firing|lathi|tear ?gas|teargas|beat|cane|baton|shoot|shot|charge|rubber)",
    "police_fail": r"\b(fail|mute spectator|inaction|stood by|did nothing|look(ed)? on|conniv|negligen|silent)",
    "curfew": r"\b(curfew|deploy|patrol|combing|raid|search|cordon|flag march|shoot-at-sight)",
}


# Who-did-what-to-whom patterns (perpetrator / target heads): one binary feature per pattern, e.g.
# "by <Maoists>", "<security forces> ... arrested", "killed ... <villager>". Surface regexes over the
# lower-cased text (no parser), each allowing up to three words between the actor and the verb.
_MAO = r"(maoists?|naxal\w*|cadres?|ultras?|militants?|insurgents?|rebels?|left wing extremists?|lwe|red rebels?|plga|dalam)"
_SF = (
    r"(police|policem[ae]n|security forces?|sfs?|crpf|bsf|itbp|ssb|jawans?|troops|troopers|personnel|cobra|drg|dvf|stf|"
    r"sog|greyhounds?|constables?|commandos?|army|assam rifles|jaguar|c-60)"
)
_CIV = r"(villagers?|civilians?|informers?|informants?|farmers?|traders?|contractors?|teachers?|labou?rers?|youths?|man|woman|persons?|people|residents?|tribals?)"
_OFF = r"(sarpanch|mla|mp|leader|minister|official|panchayat|ward member|mukhiya|worker)"
_HARM = r"(killed|shot|gunned|hacked|murdered|executed|beheaded|slit|strangulated|beat|attacked|ambushed|injured|abducted|kidnapped|neutrali[sz]ed)"
_STATE = r"(arrested|nabbed|apprehended|detained|recovered|seized|busted|neutrali[sz]ed|gunned down|killed|shot dead|raided|unearthed|defused|destroyed)"
_GAP = r"(?:[\w-]+ ){0,3}"
_PASSIVE = r"(?:were |was |have been |had been )?"
ROLE_GROUPS: dict[str, str] = {
    "by_maoist": rf"\bby (?:the |suspected |armed |a group of |cpi-maoist |cpi \(maoist\) )*{_MAO}\b",
    "by_sf": rf"\bby (?:the |a |joint team of |joint |district |local )*{_SF}\b",
    "subj_maoist_harm": rf"\b{_MAO} {_GAP}{_HARM}",
    "subj_sf_state": rf"\b{_SF} {_GAP}{_STATE}",
    "obj_maoist": rf"\b{_STATE} {_GAP}{_MAO}\b",
    "obj_sf": rf"\b{_HARM} {_GAP}{_SF}\b",
    "obj_civ": rf"\b{_HARM} {_GAP}{_CIV}\b",
    "obj_off": rf"\b{_HARM} {_GAP}{_OFF}\b",
    "maoist_surrender": rf"\b{_MAO} {_GAP}surrender",
    "gunfight": r"\b(encounter|exchange of fire|gunfight|gun battle)\b",
    "maoist_killed": rf"\b{_MAO} {_PASSIVE}(killed|shot dead|gunned down|neutrali[sz]ed|died)",
    "sf_killed": rf"\b{_SF} {_PASSIVE}(killed|shot dead|injured|martyred|died)",
    "civ_killed": rf"\b{_CIV} {_PASSIVE}(killed|shot dead|injured|abducted|hacked|murdered)",
    "unknown_assailant": r"\b(unidentified|unknown) (assailants?|gunm[ae]n|miscreants?|persons?)",
}
_ROLE_COMPILED = {k: re.compile(v) for k, v in ROLE_GROUPS.items()}
ROLE_VOCAB = [f"role:{k}" for k in ROLE_GROUPS]


def role_terms(text: str) -> list[str]:
    low = text.lower()
    return [f"role:{k}" for k, rx in _ROLE_COMPILED.items() if rx.search(low)]


# Rule-stage features (stacking): what the pipeline's rule stages (actors, events, numbers) found in
# the text — who did what to whom — as binary indicators. They are computed from an Extraction
# *without* heads (``pipeline._extract_doc``), so the heads that use them run after the rule stages.
_ACTOR_KINDS = ("armed_group", "state_force", "state_agency", "political_party", "militia", "criminal_group", "unknown")
_SUB_EVENTS = (
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
    "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
)
_RULE_ACTIONS = ("armed_assault", "bombing", "abduction", "arrest", "surrender", "seizure", "infrastructure", "other")
_TARGET_CATEGORIES = ("security", "civilian", "militant", "government", "infrastructure", "none")
_SIDES = ("security", "civilian", "militant", "unknown", "total")
RULE_VOCAB = (
    ["rule:no_event", "rule:perp_none", "rule:perp_unidentified", "rule:perp_generic_state", "rule:perp_named"]
    + [f"rule:perp={k}" for k in _ACTOR_KINDS]
    + [f"rule:perp_inter={i}" for i in range(1, 9)]
    + [f"rule:type={t}" for t in _SUB_EVENTS]
    + [f"rule:any_type={t}" for t in _SUB_EVENTS]
    + [f"rule:action={a}" for a in _RULE_ACTIONS]
    + [f"rule:target={t}" for t in _TARGET_CATEGORIES]
    + [f"rule:target_actor={k}" for k in _ACTOR_KINDS]
    + [f"rule:killed_{s}>0" for s in _SIDES]
    + [f"rule:injured_{s}>0" for s in _SIDES]
    + ["rule:arrested>0", "rule:surrendered>0", "rule:abducted>0", "rule:claimed"]
    + [f"rule:has_actor={k}" for k in _ACTOR_KINDS]
)
_RULE_INDEX = {k: i for i, k in enumerate(RULE_VOCAB)}


def rule_terms(extraction) -> list[str]:
    """Rule-stage indicators of an Extraction computed without heads (names from ``RULE_VOCAB``)."""
    out: set[str] = set()
    events = [e for e in extraction.events if e.status == "occurred"] or list(extraction.events)
    if not events:
        out.add("rule:no_event")
    else:
        first = events[0]
        p = first.perpetrator
        if p is None:
            out.add("rule:perp_none")
        else:
            if p.actor_id is None and p.name == "Unidentified Armed Group":
                out.add("rule:perp_unidentified")
            elif p.actor_id is None and p.name == "Security Forces":
                out.add("rule:perp_generic_state")
            else:
                out.add("rule:perp_named")
            out.add(f"rule:perp={p.kind}")
            if p.acled_inter:
                out.add(f"rule:perp_inter={p.acled_inter}")
        if first.acled_sub_event_type:
            out.add(f"rule:type={first.acled_sub_event_type}")
        if first.target_category:
            out.add(f"rule:target={first.target_category}")
        if first.target is not None:
            out.add(f"rule:target_actor={first.target.kind}")
        for e in events:
            if e.acled_sub_event_type:
                out.add(f"rule:any_type={e.acled_sub_event_type}")
            out.update(f"rule:action={a}" for a in e.actions)
            for what, c in (("arrested", e.arrested), ("surrendered", e.surrendered), ("abducted", e.abducted)):
                if c is not None and c.value > 0:
                    out.add(f"rule:{what}>0")
            if e.claimed_by is not None:
                out.add("rule:claimed")
    for what, cas in (("killed", extraction.killed), ("injured", extraction.injured)):
        for side in _SIDES:
            c = getattr(cas, side, None)
            if c is not None and c.value > 0:
                out.add(f"rule:{what}_{side}>0")
    if extraction.arrested is not None and extraction.arrested.value > 0:
        out.add("rule:arrested>0")
    out.update(f"rule:has_actor={a.kind}" for a in extraction.actors)
    return sorted(t for t in out if t in _RULE_INDEX)


def rule_terms_for_texts(texts: list[str]) -> list[list[str]]:
    """``rule_terms`` for plain texts: parse them and run the pipeline's rule stages (no heads)."""
    from .pipeline import extract_rules

    return [rule_terms(extraction) for extraction in extract_rules(texts)]


@dataclass
class FeatureConfig:
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] | None = (3, 5)
    keywords: bool = True
    char_weight: float = 1.0
    keyword_weight: float = 0.5
    number_feature: bool = True
    roles: bool = False  # ROLE_GROUPS features (weighted like keywords)
    rules: bool = False  # RULE_VOCAB features from the rule stages (stacking), weighted by rule_weight
    rule_weight: float = 0.5

    def to_json(self) -> dict:
        extra = {"rules": True, "rule_weight": self.rule_weight} if self.rules else {}
        return {
            **extra,
            "roles": self.roles,
            "word_ngrams": list(self.word_ngrams),
            "char_ngrams": list(self.char_ngrams) if self.char_ngrams else None,
            "keywords": self.keywords,
            "char_weight": self.char_weight,
            "keyword_weight": self.keyword_weight,
            "number_feature": self.number_feature,
        }

    @classmethod
    def from_json(cls, d: dict) -> "FeatureConfig":
        return cls(
            word_ngrams=tuple(d["word_ngrams"]),
            char_ngrams=tuple(d["char_ngrams"]) if d.get("char_ngrams") else None,
            keywords=bool(d["keywords"]),
            char_weight=float(d["char_weight"]),
            keyword_weight=float(d["keyword_weight"]),
            number_feature=bool(d.get("number_feature", False)),
            roles=bool(d.get("roles", False)),
            rules=bool(d.get("rules", False)),
            rule_weight=float(d.get("rule_weight", 0.5)),
        )


_KW_COMPILED = {k: re.compile(v) for k, v in KEYWORD_GROUPS.items()}
_KILLED_N = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\b[^.]{0,40}?\b(killed|dead|died|bodies)")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def word_terms(toks: list[str], lo: int, hi: int) -> list[str]:
    toks = ["0" if t.isdigit() else t for t in toks]
    out: list[str] = []
    for n in range(lo, hi + 1):
        out.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return out


def char_terms(toks: list[str], lo: int, hi: int) -> list[str]:
    out: list[str] = []
    for t in toks:
        w = f" {t} "
        L = len(w)
        for n in range(lo, hi + 1):
            if n > L:
                break
            out.extend(w[i : i + n] for i in range(L - n + 1))
    return out


def keyword_terms(text: str, number_feature: bool) -> list[str]:
    low = text.lower()
    out = [k for k, rx in _KW_COMPILED.items() if rx.search(low)]
    if number_feature:
        m = _KILLED_N.search(low)
        if m:
            out.append("n_killed")
    if "police_kw" in out:  # conjunctions: police mentioned together with an action
        out.extend(f"police&{k}" for k in _POLICE_CONJ if k in out)
    return out


_POLICE_CONJ = ("police_kill", "police_arrest", "police_force", "police_fail", "curfew", "killed", "injured")
KEYWORD_VOCAB = list(KEYWORD_GROUPS) + ["n_killed"] + [f"police&{k}" for k in _POLICE_CONJ]


def _block(terms_per_doc, vocab: dict[str, int], idf: np.ndarray, offset: int, weight: float):
    """Sublinear tf-idf, l2-normalised per document, for one feature block."""
    rows = []
    for terms in terms_per_doc:
        counts: dict[int, int] = {}
        for t in terms:
            j = vocab.get(t)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if counts:
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            val = (1.0 + np.log(tf)) * idf[idx]
            norm = math.sqrt(float(val @ val))
            if norm > 0:
                val = val * (weight / norm)
            rows.append((idx + offset, val))
        else:
            rows.append((np.zeros(0, np.int64), np.zeros(0)))
    return rows


class Featurizer:
    """Text -> sparse vector. ``fit`` chooses vocabularies (training only); ``transform`` needs numpy only."""

    def __init__(self, config: FeatureConfig):
        self.config = config
        self.word_vocab: dict[str, int] = {}
        self.char_vocab: dict[str, int] = {}
        self.word_idf = np.zeros(0)
        self.char_idf = np.zeros(0)

    # -- layout
    @property
    def n_features(self) -> int:
        c = self.config
        return (
            len(self.word_vocab)
            + len(self.char_vocab)
            + (len(KEYWORD_VOCAB) if c.keywords else 0)
            + (len(ROLE_VOCAB) if c.roles else 0)
            + (len(RULE_VOCAB) if c.rules else 0)
        )

    def _terms(self, texts):
        c = self.config
        toks = [tokens(t) for t in texts]
        words = [word_terms(t, *c.word_ngrams) for t in toks]
        chars = [char_terms(t, *c.char_ngrams) for t in toks] if c.char_ngrams else None
        kws = [keyword_terms(t, c.number_feature) for t in texts] if c.keywords else None
        roles = [role_terms(t) for t in texts] if c.roles else None
        return words, chars, kws, roles

    def fit(self, texts: list[str], max_word: int = 60000, max_char: int = 60000, min_df: int = 2) -> "Featurizer":
        words, chars, _, _ = self._terms(texts)
        n = len(texts)

        def choose(terms_per_doc, cap):
            df: dict[str, int] = {}
            for terms in terms_per_doc:
                for t in set(terms):
                    df[t] = df.get(t, 0) + 1
            items = [(t, d) for t, d in df.items() if d >= min_df]
            items.sort(key=lambda x: (-x[1], x[0]))  # deterministic: by df then alphabetically
            items = sorted(items[:cap], key=lambda x: x[0])
            vocab = {t: i for i, (t, _) in enumerate(items)}
            idf = np.array([math.log((1 + n) / (1 + d)) + 1.0 for _, d in items])
            return vocab, idf

        self.word_vocab, self.word_idf = choose(words, max_word)
        if chars is not None:
            self.char_vocab, self.char_idf = choose(chars, max_char)
        return self

    def transform_rows(self, texts: list[str], rules: list[list[str]] | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
        """``rules``: ``rule_terms`` per text (heads with ``config.rules``; computed here when None)."""
        c = self.config
        words, chars, kws, roles = self._terms(texts)
        blocks = [_block(words, self.word_vocab, self.word_idf, 0, 1.0)]
        off = len(self.word_vocab)
        if chars is not None:
            blocks.append(_block(chars, self.char_vocab, self.char_idf, off, c.char_weight))
            off += len(self.char_vocab)
        if kws is not None:
            kv = {k: i for i, k in enumerate(KEYWORD_VOCAB)}
            blocks.append(
                [
                    (np.array([kv[k] + off for k in ks], np.int64), np.full(len(ks), c.keyword_weight))
                    for ks in kws
                ]
            )
            off += len(KEYWORD_VOCAB)
        if roles is not None:
            rv = {k: i for i, k in enumerate(ROLE_VOCAB)}
            blocks.append(
                [(np.array([rv[k] + off for k in ks], np.int64), np.full(len(ks), c.keyword_weight)) for ks in roles]
            )
            off += len(ROLE_VOCAB)
        if c.rules:
            if rules is None:
                rules = rule_terms_for_texts(texts)
            if len(rules) != len(texts):
                raise ValueError("rules: one list of rule terms per text")
            blocks.append(
                [
                    (np.array(sorted({_RULE_INDEX[k] + off for k in ks if k in _RULE_INDEX}), np.int64),
                     np.full(len({k for k in ks if k in _RULE_INDEX}), c.rule_weight))
                    for ks in rules
                ]
            )
        rows = []
        for parts in zip(*blocks):
            rows.append((np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])))
        return rows

    def transform_csr(self, texts: list[str], rules: list[list[str]] | None = None):
        """(data, indices, indptr, shape) — the parts of a CSR matrix, for scipy at training time."""
        rows = self.transform_rows(texts, rules)
        indptr = np.zeros(len(rows) + 1, np.int64)
        indptr[1:] = np.cumsum([len(r[0]) for r in rows])
        indices = np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, np.int64)
        data = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0)
        return data, indices, indptr, (len(rows), self.n_features)

    # -- storage
    def to_arrays(self) -> dict[str, np.ndarray]:
        def pack(vocab):
            return np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)

        return {
            "word_vocab": pack(self.word_vocab),
            "word_idf": self.word_idf.astype(np.float32),
            "char_vocab": pack(self.char_vocab),
            "char_idf": self.char_idf.astype(np.float32),
        }

    @classmethod
    def from_arrays(cls, config: FeatureConfig, arrs) -> "Featurizer":
        def unpack(a):
            s = bytes(a).decode("utf-8")
            return {t: i for i, t in enumerate(s.split("\n"))} if s else {}

        f = cls(config)
        f.word_vocab = unpack(arrs["word_vocab"])
        f.word_idf = arrs["word_idf"].astype(np.float64)
        f.char_vocab = unpack(arrs["char_vocab"])
        f.char_idf = arrs["char_idf"].astype(np.float64)
        if len(f.word_vocab) != len(f.word_idf) or len(f.char_vocab) != len(f.char_idf):
            raise HeadError("vocabulary and idf lengths differ: the head file is corrupt")
        return f


# --------------------------------------------------------------------------- heads


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class LinearHead:
    """A linear multi-label (one sigmoid per label) or multiclass (softmax) classifier."""

    def __init__(self, name, kind, labels, featurizer, coef, intercept, thresholds=None, meta=None):
        if kind not in ("multilabel", "multiclass"):
            raise HeadError(f"unknown head kind {kind!r}")
        self.name = name
        self.kind = kind
        self.labels = list(labels)
        self.featurizer = featurizer
        self.coef = np.asarray(coef, dtype=np.float32)  # (n_features, n_labels)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.thresholds = dict(thresholds or {})
        self.meta = dict(meta or {})
        if self.coef.shape != (featurizer.n_features, len(self.labels)):
            raise HeadError(
                f"head {name!r}: coefficient matrix {self.coef.shape} does not match "
                f"{featurizer.n_features} features x {len(self.labels)} labels"
            )

    def scores(self, texts: list[str], rules: list[list[str]] | None = None) -> np.ndarray:
        rows = self.featurizer.transform_rows(list(texts), rules)
        out = np.tile(self.intercept, (len(rows), 1))
        for i, (idx, val) in enumerate(rows):
            if len(idx):
                out[i] += val @ self.coef[idx]
        return out

    def predict_proba(self, texts: list[str], rules: list[list[str]] | None = None) -> np.ndarray:
        s = self.scores(texts, rules)
        return _sigmoid(s) if self.kind == "multilabel" else _softmax(s)

    def predict(self, texts: list[str], rules: list[list[str]] | None = None) -> list[dict[str, float]]:
        p = self.predict_proba(texts, rules)
        return [{lab: float(p[i, j]) for j, lab in enumerate(self.labels)} for i in range(len(p))]

    def decide(self, probs: dict[str, float], at_least_one: bool = False,
               thresholds: dict[str, float] | None = None) -> list[str]:
        """Labels whose probability reaches the tuned threshold (multiclass: the argmax).

        ``thresholds`` replaces the head's own (the encoder blend has its own thresholds)."""
        if self.kind == "multiclass":
            return [max(probs, key=probs.get)]
        thresholds = self.thresholds if thresholds is None else thresholds
        out = [lab for lab, p in probs.items() if p >= thresholds.get(lab, 0.5)]
        if not out and at_least_one and probs:
            out = [max(probs, key=lambda k: probs[k] / max(thresholds.get(k, 0.5), 1e-6))]
        return out

    # -- storage
    def save(self, directory: Path, meta: dict | None = None) -> tuple[Path, Path]:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        if meta:
            self.meta.update(meta)
        arrs = self.featurizer.to_arrays()
        arrs["coef"] = self.coef.astype(np.float16)
        arrs["intercept"] = self.intercept.astype(np.float64)
        npz = directory / f"{self.name}.npz"
        with open(npz, "wb") as fh:
            np.savez_compressed(fh, **arrs)
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "kind": self.kind,
            "labels": self.labels,
            "thresholds": {k: round(float(v), 4) for k, v in self.thresholds.items()},
            "features": self.featurizer.config.to_json(),
            "keyword_groups": KEYWORD_GROUPS if self.featurizer.config.keywords else {},
            "role_groups": ROLE_GROUPS if self.featurizer.config.roles else {},
            **({"rule_vocab": RULE_VOCAB} if self.featurizer.config.rules else {}),
            "n_features": self.featurizer.n_features,
            **self.meta,
        }
        js = directory / f"{self.name}.json"
        js.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return js, npz

    @classmethod
    def load(cls, directory: Path, name: str) -> "LinearHead":
        directory = Path(directory)
        js, npz = directory / f"{name}.json", directory / f"{name}.npz"
        if not js.exists() or not npz.exists():
            raise HeadError(
                f"head {name!r} not found in {directory} (need {js.name} and {npz.name}); "
                "build the heads with `ctwatch train`"
            )
        try:
            doc = json.loads(js.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise HeadError(f"head {name!r}: {js} is not valid JSON: {e}") from e
        if doc.get("format") != FORMAT:
            raise HeadError(f"head {name!r}: {js} is not a {FORMAT} file (format={doc.get('format')!r})")
        if doc.get("format_version") != FORMAT_VERSION:
            raise HeadError(
                f"head {name!r}: format version {doc.get('format_version')!r} in {js}, but this ctwatch "
                f"reads version {FORMAT_VERSION}; retrain with `ctwatch train` or install the matching ctwatch"
            )
        if doc.get("keyword_groups") and doc["keyword_groups"] != KEYWORD_GROUPS:
            raise HeadError(
                f"head {name!r}: trained with different keyword features than this ctwatch defines; "
                "retrain with `ctwatch train`"
            )
        if doc.get("role_groups") and doc["role_groups"] != ROLE_GROUPS:
            raise HeadError(
                f"head {name!r}: trained with different who-did-what (role) features than this ctwatch defines; "
                "retrain with `ctwatch train`"
            )
        if doc.get("rule_vocab") and doc["rule_vocab"] != RULE_VOCAB:
            raise HeadError(
                f"head {name!r}: trained with different rule-stage features than this ctwatch defines; "
                "retrain with `ctwatch train`"
            )
        try:
            with np.load(npz, allow_pickle=False) as arrs:
                arrs = {k: arrs[k] for k in arrs.files}
        except (ValueError, OSError) as e:
            raise HeadError(f"head {name!r}: cannot read {npz}: {e}") from e
        feat = Featurizer.from_arrays(FeatureConfig.from_json(doc["features"]), arrs)
        if feat.n_features != doc.get("n_features"):
            raise HeadError(f"head {name!r}: {feat.n_features} features in {npz.name}, {doc.get('n_features')} in {js.name}")
        meta = {k: v for k, v in doc.items() if k not in ("labels", "thresholds", "features", "kind", "name")}
        return cls(name, doc["kind"], doc["labels"], feat, arrs["coef"], arrs["intercept"], doc["thresholds"], meta)


# --------------------------------------------------------------------------- public API

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")


def split_sentences(text: str) -> list[str]:
    """A plain regex sentence splitter (the police doc head scores sentences with it)."""
    parts = [p.strip() for p in _SENT_SPLIT.split(text)]
    return [p for p in parts if p] or [text]


@lru_cache(maxsize=16)
def load_head(name: str, models_dir: str | None = None) -> LinearHead:
    return LinearHead.load(Path(models_dir) if models_dir else MODELS_DIR, name)


INCIDENT_HEADS = ("actions", "perpetrator_side", "target")


def predict_incident_heads(
    texts: list[str], models_dir: str | None = None, rules: list[list[str]] | None = None,
    names: tuple[str, ...] = INCIDENT_HEADS,
) -> dict[str, list[dict[str, float]]]:
    """The label probabilities per text of the heads ``names`` (of actions, perpetrator side, target).

    Each is the linear head's probability, blended with the fine-tuned encoder's when the models
    folder has one and the ``encoder`` setting is on (``ctwatch.extract.encoder``); the encoder runs
    once for all of them.
    """
    from .encoder import active_encoder, blend

    directory = Path(models_dir) if models_dir else MODELS_DIR
    linear = {name: load_head(name, models_dir) for name in names}
    probs = {name: head.predict_proba(texts, rules) for name, head in linear.items()}
    encoder = active_encoder(directory) if texts else None
    if encoder is not None:
        logits = encoder.logits(texts)
        for name, head in linear.items():
            encoder.check_labels(name, head.labels)
            probs[name] = blend(probs[name], encoder.probabilities(logits, name), encoder.linear_weight(name))
    return {name: [{lab: float(row[j]) for j, lab in enumerate(linear[name].labels)} for row in probs[name]]
            for name in names}


def predict_actions(
    texts: list[str], models_dir: str | None = None, rules: list[list[str]] | None = None
) -> list[dict[str, float]]:
    """Probability of each taxonomy action label (``armed_assault``, ``arrest``, ...) per text."""
    return predict_incident_heads(texts, models_dir, rules, names=("actions",))["actions"]


def predict_perpetrator_side(
    texts: list[str], models_dir: str | None = None, rules: list[list[str]] | None = None
) -> list[dict[str, float]]:
    """Probability that the incident's perpetrator is ``state`` | ``non_state`` | ``unknown``."""
    return predict_incident_heads(texts, models_dir, rules, names=("perpetrator_side",))["perpetrator_side"]


def predict_target(
    texts: list[str], models_dir: str | None = None, rules: list[list[str]] | None = None
) -> list[dict[str, float]]:
    """Probability of each target category (taxonomy ``target``) for the incident's first target."""
    return predict_incident_heads(texts, models_dir, rules, names=("target",))["target"]


def combine_doc(doc_p: np.ndarray, sent_max: np.ndarray, weight: float) -> np.ndarray:
    """Document probability = weight * doc head + (1 - weight) * max over sentences."""
    return weight * doc_p + (1.0 - weight) * sent_max


def predict_police_actions(
    texts: list[str], level: str = "doc", models_dir: str | None = None
) -> list[dict[str, float]]:
    """Probability that police did each of ``police_kill`` ... ``police_any``.

    ``level="sentence"`` scores each text as one sentence, blended with the police encoder where the
    models folder has one (``police-encoder.json``). ``level="doc"`` splits each text into
    sentences, takes the maximum sentence probability per label (of the linear sentence head: the
    doc head's weights were tuned with it), and mixes it with the document head's probability using
    the per-label weights stored in the doc head.
    """
    from .encoder import POLICE_CARD, active_encoder, blend

    sent = load_head("police_sentence", models_dir)
    if level == "sentence":
        encoder = active_encoder(Path(models_dir) if models_dir else MODELS_DIR, POLICE_CARD) if texts else None
        if encoder is None:
            return sent.predict(texts)
        encoder.check_labels("police_sentence", sent.labels)
        p = blend(sent.predict_proba(texts), encoder.probabilities(encoder.logits(texts), "police_sentence"),
                  encoder.linear_weight("police_sentence"))
        return [{lab: float(row[j]) for j, lab in enumerate(sent.labels)} for row in p]
    if level != "doc":
        raise ValueError(f"level must be 'doc' or 'sentence', not {level!r}")
    doc = load_head("police_doc", models_dir)
    if doc.labels != sent.labels:
        raise HeadError("police_doc and police_sentence heads have different labels; retrain both")
    dp = doc.predict_proba(texts)
    weights = np.array([doc.meta.get("doc_weights", {}).get(l, 0.5) for l in doc.labels])
    out = []
    for i, t in enumerate(texts):
        sp = sent.predict_proba(split_sentences(t)).max(axis=0)
        p = combine_doc(dp[i], sp, weights)
        out.append({lab: float(p[j]) for j, lab in enumerate(doc.labels)})
    return out


def optional_head(name: str, models_dir: str | None = None) -> LinearHead | None:
    """A head the pipeline can do without (``region``, ``event_type``), or None where the models
    folder has neither of its files (one file without the other is an error, as for every head)."""
    directory = Path(models_dir) if models_dir else MODELS_DIR
    if not (directory / f"{name}.json").exists() and not (directory / f"{name}.npz").exists():
        return None
    return load_head(name, models_dir)


def predict_top(name: str, texts: list[str], models_dir: str | None = None) -> list[tuple[str, float]]:
    """The most probable label of a multiclass head for each text, with its probability."""
    head = load_head(name, models_dir)
    if not texts:
        return []
    P = head.predict_proba(texts)
    return [(head.labels[int(j)], float(row[j])) for row, j in zip(P, P.argmax(axis=1))]


def decide(head_name: str, probs: list[dict[str, float]], models_dir: str | None = None, at_least_one=False):
    """Apply a head's stored thresholds to predicted probabilities -> list of label lists."""
    from .encoder import INCIDENT_CARD, POLICE_CARD, active_encoder

    h = load_head(head_name, models_dir)
    thresholds = None
    card = INCIDENT_CARD if head_name in INCIDENT_HEADS else POLICE_CARD if head_name == "police_sentence" else None
    if card:  # scores blended with an encoder are decided by the blend's thresholds
        encoder = active_encoder(Path(models_dir) if models_dir else MODELS_DIR, card)
        thresholds = encoder.thresholds(head_name) if encoder is not None else None
    return [h.decide(p, at_least_one=at_least_one, thresholds=thresholds) for p in probs]
