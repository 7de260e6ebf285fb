"""The event-type head (part of ``ctwatch train``): an incident's ACLED sub-event type, or one of the
five kinds outside ACLED, from its words.

It is trained on this repository's ACLED-style snippet sets (``benchmarks/acled-snippets-*.jsonl``,
written by hand and by separate helper sessions from ACLED's public codebook; docs/acled-typing.md),
except the blind sets in ``BLIND_SETS``, which only score it. The pipeline lets it retype an incident
in an event note (``events.is_event_note``) when its top probability reaches ``min_probability`` and
is ``min_ratio`` times the probability it gives the cue rules' type; both are the strictest pair whose
5-fold cross-validated pipeline decision scores within ``CV_TOLERANCE`` of the best on the event notes
among the training rows of sets the cue lexicon was not tuned on — on the others the rules' types are
too good to be a fair rival.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ctwatch.errors import ConfigError
from ctwatch.eval import mapping
from ctwatch.eval.metrics import singlelabel_scores
from ctwatch.eval.readers import read_benchmark
from ctwatch.extract.events import is_event_note
from ctwatch.extract.model import Extraction
from ctwatch.extract.note_typing import note_decision, type_of
from ctwatch.extract.pipeline import extract_rules
from ctwatch.extract.heads import FeatureConfig, LinearHead
from ctwatch.extract.taxonomy import acled_sub_events

SNIPPETS_DIR = Path(__file__).resolve().parents[1] / "benchmarks"
# Never trained on: they estimate the score on event descriptions nobody tuned anything on.
BLIND_SETS = ("acled-snippets-fresh4.jsonl",)
# The cue lexicon was tuned on these (docs/acled-typing.md): no fair rival for choosing the floor.
LEXICON_TUNED_SETS = ("acled-snippets-handmade.jsonl", "acled-snippets-fresh.jsonl", "acled-snippets-fresh2.jsonl")
FLOORS = tuple(round(0.05 * k, 2) for k in range(20))
# ... and only when its label is this many times likelier than the rules' label (by cross-validation)
RATIOS = (1.0, 1.5, 2.0, 3.0)
# cross-validated weighted F1 this close to the best counts as equal (about one snippet in 200)
CV_TOLERANCE = 0.005


def options():
    from ctwatch.train import Options

    # word 1-2-grams and character 3-5-grams, C 30: trained on the first 750 snippets and scored on fresh3
    # (then unread), word n-grams alone scored 0.852-0.858 and with character n-grams C 3 / 10 / 30 scored
    # 0.868 / 0.871 / 0.871 (the head alone); fresh3 has been training data since
    return Options(features=FeatureConfig(word_ngrams=(1, 2), char_ngrams=(3, 5), keywords=False, number_feature=False),
                   C=30.0, min_df=1, actor_roles=False, rule_heads=())


def labels() -> list[str]:
    """The head's labels: ACLED's 25 sub-event types, then ctwatch's kinds outside ACLED."""
    return list(acled_sub_events()) + list(mapping.EXTRA_KIND_CODES)


def label_of(code: str) -> str:
    """A snippet's CASE-2021 code as the head's label ("ARMED_CLASH" -> "Armed clash")."""
    by_code = {row["code"]: name for name, row in acled_sub_events().items()}
    by_code.update({c: kind for kind, c in mapping.EXTRA_KIND_CODES.items()})
    return by_code[code]


def load_snippets(directory: Path = SNIPPETS_DIR) -> dict[str, list[dict]]:
    """Every snippet set in ``directory``, read and checked as ``ctwatch eval acled-snippets`` reads
    it: file name -> rows ``{"id", "text", "label"}`` (rows with a null label left out)."""
    return {path.name: [{"id": item.id, "text": item.text, "label": label_of(item.gold["label"].upper())}
                        for item in read_benchmark("acled-snippets", path) if item.gold["label"] is not None]
            for path in sorted(Path(directory).glob("acled-snippets-*.jsonl"))}


def decide(readings: list[Extraction], probs: np.ndarray, names: list[str], floor: float, ratio: float) -> list[str | None]:
    """The pipeline's type for each event note (``note_typing.note_decision`` on the rules' reading),
    as ``ctwatch eval acled-snippets`` reads it: the head's label where it creates or retypes the
    incident, else the rules' type of the first incident that occurred (none if there is none)."""
    out = []
    for reading, p in zip(readings, probs):
        what, label = note_decision(reading, dict(zip(names, p.tolist())), floor, ratio)
        occurred = reading.occurred()
        rule = type_of(occurred[0]) if occurred else None
        out.append(label if what != "keep" else (rule if rule in names else None))
    return out


def weighted_f1(gold: list[str], pred: list[str | None]) -> float:
    return round(singlelabel_scores(gold, pred)["weighted_f1"], 4)


def train_event_type_head(seed: int, directory: Path = SNIPPETS_DIR) -> tuple[LinearHead, dict]:
    """The head trained on every non-blind snippet set, its floor chosen by cross-validation, and a
    report: the cross-validated scores and each blind set's (head alone and the pipeline decision)."""
    from ctwatch.train import _train_multiclass_head, multiclass_oof

    sets = load_snippets(directory)
    training = [(name, row) for name, rows in sets.items() if name not in BLIND_SETS for row in rows]
    if not training:
        raise ConfigError(f"no ACLED snippet sets to train the event-type head on in {directory}")
    opts, names = options(), labels()
    texts = [row["text"] for _, row in training]
    y = np.array([names.index(row["label"]) for _, row in training])
    oof = multiclass_oof(texts, y, len(names), opts, seed)
    # the pipeline lets the head decide only in event notes (events.is_event_note)
    fair = [k for k, (name, row) in enumerate(training) if name not in LEXICON_TUNED_SETS and is_event_note(row["text"])]
    if not fair:
        raise ConfigError(f"no event notes in ACLED's style outside the lexicon-tuned sets in {directory}: "
                          "nothing to choose the event-type head's floor on")
    gold = [training[k][1]["label"] for k in fair]
    readings = extract_rules([texts[k] for k in fair])
    scores = {(f, r): weighted_f1(gold, decide(readings, oof[fair], names, f, r)) for f in FLOORS for r in RATIOS}
    # the strictest setting within CV_TOLERANCE of the best: the head overrides the rules no more than it must
    best = max(scores.values())
    floor, ratio = max(fr for fr, v in scores.items() if v >= best - CV_TOLERANCE)
    head = _train_multiclass_head("event_type", texts, [row["label"] for _, row in training], names, opts, seed)
    head.meta.update({"min_probability": floor, "min_ratio": ratio})
    report = {
        "training_sets": {name: len(rows) for name, rows in sets.items() if name not in BLIND_SETS},
        "cross_validation": {
            "rows": len(fair), "sets": sorted({training[k][0] for k in fair}),
            "rules_alone": weighted_f1(gold, decide(readings, oof[fair], names, 2.0, 1.0)),  # a floor never reached
            "head_alone": weighted_f1(gold, [names[int(p.argmax())] for p in oof[fair]]),
            "decision": {f"floor {f} ratio {r}": v for (f, r), v in scores.items()},
            "min_probability": floor, "min_ratio": ratio,
        },
        "heldout_scores": {name: score_blind(head, sets[name], floor, ratio) for name in BLIND_SETS if name in sets},
        "hyperparameters": opts.to_json(),
    }
    return head, report


def score_blind(head: LinearHead, rows: list[dict], floor: float, ratio: float) -> dict:
    """Weighted F1 on a blind set's event notes: the head alone and the decision (rules + head) on
    whole snippets."""
    rows = [r for r in rows if is_event_note(r["text"])]
    texts, gold = [r["text"] for r in rows], [r["label"] for r in rows]
    P = head.predict_proba(texts)
    return {"event_notes": len(rows), "head_alone": weighted_f1(gold, [head.labels[int(j)] for j in P.argmax(axis=1)]),
            "decision": weighted_f1(gold, decide(extract_rules(texts), P, head.labels, floor, ratio))}
