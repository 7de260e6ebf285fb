"""A fine-tuned sentence encoder whose scores are blended with the linear incident heads.

all-MiniLM-L6-v2 fine-tuned on the SATP training parts with one output layer for the actions,
perpetrator-side and target heads (``scripts/train_encoder.py``; card in ``data/models/MODELS.md``),
shipped as an int8 ONNX graph and run with onnxruntime on CPU: no torch, no download. Each of the
three heads' probability becomes ``w * linear + (1 - w) * encoder``; the weight ``w`` per head and the
actions thresholds for the blend are chosen by cross-validation on the training parts (``ctwatch
train`` retunes them from the encoder's out-of-fold logits, ``encoder-oof.npz``).

Files in the models folder: ``encoder.json`` (layout, blend, provenance), ``encoder.onnx``,
``encoder-tokenizer.json``. A folder without ``encoder.json`` has no encoder and the linear heads work
alone; so does ``CTWATCH_ENCODER=off`` (about 5 ms a short text faster).

A second encoder of the same kind, ``police-encoder.json`` (``POLICE_CARD``), is fine-tuned on
IndiaPoliceEvents sentences and blended with the ``police_sentence`` head, one weight per label.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

FORMAT = "ctwatch-encoder"
FORMAT_VERSION = 1
BLENDED_HEADS = ("actions", "perpetrator_side", "target")
INCIDENT_CARD = "encoder.json"
POLICE_CARD = "police-encoder.json"  # blended with the police_sentence head


class EncoderError(RuntimeError):
    """The encoder's files are missing, malformed or disagree with the linear heads."""


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def blend(linear: np.ndarray, encoder: np.ndarray, linear_weight: float) -> np.ndarray:
    """The blended probability of each label: ``w * linear + (1 - w) * encoder``."""
    return linear_weight * linear + (1.0 - linear_weight) * encoder


class Encoder:
    """The ONNX encoder of one models folder and card: logits for every blended head's labels."""

    def __init__(self, directory: Path, card_name: str = INCIDENT_CARD):
        directory = Path(directory)
        card = directory / card_name
        try:
            self.config = json.loads(card.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise EncoderError(f"cannot read {card}: {e}") from e
        if self.config.get("format") != FORMAT or self.config.get("format_version") != FORMAT_VERSION:
            raise EncoderError(f"{card} is not a {FORMAT} file of version {FORMAT_VERSION}")
        missing = sorted({"model", "tokenizer", "max_length", "heads", "blend"} - set(self.config))
        missing += [f"heads.{name}.{key}" for name, head in self.config.get("heads", {}).items()
                    for key in ("labels", "offset", "activation") if key not in head]
        missing += [f"blend.{name}" for name in self.config.get("heads", {}) if name not in self.config.get("blend", {})]
        missing += [f"blend.{name}.linear_weight.{label}" for name, head in self.config.get("heads", {}).items()
                    if isinstance(self.config.get("blend", {}).get(name, {}).get("linear_weight"), dict)
                    for label in head.get("labels", []) if label not in self.config["blend"][name]["linear_weight"]]
        if missing:
            raise EncoderError(f"{card} lacks {', '.join(missing)}")
        self.directory, self.card = directory, card
        self.heads: dict[str, dict] = self.config["heads"]
        self.max_length = int(self.config["max_length"])
        self._session = None
        self._tokenizer = None

    def _load(self):
        import onnxruntime
        from tokenizers import Tokenizer

        model = self.directory / self.config["model"]
        tokenizer = self.directory / self.config["tokenizer"]
        for path in (model, tokenizer):
            if not path.exists():
                raise EncoderError(f"encoder file {path} is missing (see docs/models.md to rebuild it)")
        options = onnxruntime.SessionOptions()
        # one thread: extraction already runs one process per core when it is parallel
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        width = session.get_outputs()[0].shape[-1]
        expected = sum(len(h["labels"]) for h in self.heads.values())
        if isinstance(width, int) and width != expected:
            raise EncoderError(f"{model} gives {width} outputs, {self.card} lays out {expected}")
        text_tokenizer = Tokenizer.from_file(str(tokenizer))
        text_tokenizer.enable_truncation(self.max_length)
        text_tokenizer.no_padding()
        self._session, self._tokenizer = session, text_tokenizer  # together: a half-loaded encoder is never seen

    def logits(self, texts: list[str]) -> np.ndarray:
        """One row of raw outputs per text.

        One text per run: int8 activations are quantised per run, so padding a text to its batch's
        longest would make its scores depend on its neighbours (and one at a time is no slower)."""
        if self._session is None:
            self._load()
        width = sum(len(h["labels"]) for h in self.heads.values())
        out = np.zeros((len(texts), width), dtype=np.float32)
        for i, text in enumerate(texts):
            encoding = self._tokenizer.encode(text or " ")
            feeds = {"input_ids": np.array([encoding.ids], dtype=np.int64),
                     "attention_mask": np.array([encoding.attention_mask], dtype=np.int64)}
            out[i] = self._session.run(None, feeds)[0][0]
        return out

    def probabilities(self, logits: np.ndarray, head: str) -> np.ndarray:
        """The head's label probabilities from ``logits`` (sigmoid per label or softmax)."""
        spec = self.heads[head]
        cols = logits[:, spec["offset"]:spec["offset"] + len(spec["labels"])]
        return _sigmoid(cols) if spec["activation"] == "sigmoid" else _softmax(cols)

    def linear_weight(self, head: str) -> float | np.ndarray:
        """The linear side's weight in the blend: one for the head, or one per label in label order."""
        weight = self.config["blend"][head]["linear_weight"]
        if isinstance(weight, dict):
            return np.array([float(weight[lab]) for lab in self.heads[head]["labels"]])
        return float(weight)

    def thresholds(self, head: str) -> dict[str, float] | None:
        """The blend's decision thresholds for a multi-label head (None: use the linear head's)."""
        return self.config["blend"][head].get("thresholds")

    def check_labels(self, head: str, labels: list[str]) -> None:
        if self.heads[head]["labels"] != list(labels):
            raise EncoderError(f"encoder labels for {head!r} differ from the linear head's: retrain the encoder "
                               "(scripts/train_encoder.py) or set CTWATCH_ENCODER=off")


@lru_cache(maxsize=8)
def _load_encoder(directory: str, card_name: str) -> Encoder | None:
    if not (Path(directory) / card_name).exists():
        return None
    return Encoder(Path(directory), card_name)


def forget_loaded() -> None:
    """Drop loaded encoders (``ctwatch train`` has just rewritten a blend)."""
    _load_encoder.cache_clear()


def active_encoder(models_dir: Path | str, card_name: str = INCIDENT_CARD) -> Encoder | None:
    """The models folder's encoder of that card, or None when it has none or the ``encoder`` setting is off."""
    from ..settings import load_settings

    if not load_settings().encoder:
        return None
    return _load_encoder(str(models_dir), card_name)
