"""IPE sentences: does the dependency parse help the police sentence head? (measured 2026-11-26, not shipped)

Adds binary features from the spaCy parse the pipeline runs -- an arrest/force/kill/curfew/deploy verb,
whether police (or another subject) did it, whether it is negated, modal or demanded -- to the shipped
sentence head's features, and scores ANY_ACTION on sents-dev with thresholds from 5-fold CV on
sents-train. Usage: .venv/bin/python scripts/experiments/ipe_dependency_features.py ../shared/benchmarks
(about 3 minutes on 2 cores, most of it parsing).
"""
import json, sys, numpy as np
from scipy.sparse import csr_matrix, hstack
from ctwatch.extract.nlp import get_nlp
from ctwatch import train as T
from ctwatch.extract.heads import Featurizer, FeatureConfig
nlp = get_nlp()
BENCH = sys.argv[1] if len(sys.argv) > 1 else "../shared/benchmarks"


def load(part):
    rows = [json.loads(l) for l in open(f"{BENCH}/india-police-events/{part}.jsonl")]
    return rows, list(nlp.pipe((r["text"] for r in rows), batch_size=64))
tr_rows, tr_docs = load("sents-train"); dv_rows, dv_docs = load("sents-dev")
y_tr = np.array([int("ANY_ACTION" in r["labels"]) for r in tr_rows]); y_dv = np.array([int("ANY_ACTION" in r["labels"]) for r in dv_rows])

POLICE = set("police policeman policemen cop cops constable constables jawan jawans force forces army paramilitary rpf srp raf crpf bsf cisf itbp sho dcp acp dsp ssp sp dgp igp ig commissioner inspector officer officers personnel troops soldier soldiers battalion company companies column columns squad administration authority authorities official officials cid ats sog stf".split())
ACT = {"arrest":"arrest","detain":"arrest","nab":"arrest","apprehend":"arrest","book":"arrest","round":"arrest","pick":"arrest","held":"arrest","hold":"arrest","custody":"arrest",
 "fire":"force","shoot":"force","lathicharge":"force","lathi":"force","charge":"force","burst":"force","lob":"force","beat":"force","cane":"force","disperse":"force","tear":"force","teargas":"force",
 "kill":"kill","gun":"kill",
 "impose":"curfew","curfew":"curfew","clamp":"curfew","deploy":"deploy","rush":"deploy","patrol":"deploy","tighten":"deploy","raid":"raid","search":"raid","seize":"raid","recover":"raid","register":"case","file":"case","lodge":"case","stop":"stop","prevent":"stop","bar":"stop","send":"deploy","control":"control"}
MODAL = {"will","would","should","could","may","might","must","shall","can"}
IRREAL = {"demand","urge","ask","seek","want","expect","request","suggest","appeal","direct","order","instruct","should"}
def feats(doc):
    out = set()
    for t in doc:
        lem = t.lemma_.lower()
        act = ACT.get(lem)
        if act is None: continue
        v = t if t.pos_ in ("VERB","AUX") else t.head
        # who did it
        subj = [c for c in v.children if c.dep_ in ("nsubj",)]
        agent = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        pas = any(c.dep_ in ("nsubjpass","auxpass") for c in v.children) or t.tag_ == "VBN"
        neg = any(c.dep_ == "neg" for c in v.children) or any(c.lower_ in ("no","not","never","without") for c in t.children) or any(c.dep_=="neg" for c in t.children)
        modal = any(c.lower_ in MODAL for c in v.children if c.dep_ == "aux")
        irreal = v.dep_ in ("xcomp","ccomp") and v.head.lemma_.lower() in IRREAL
        pol = any(x.lemma_.lower() in POLICE or any(y.lemma_.lower() in POLICE for y in x.subtree) for x in subj+agent)
        who = "pol" if pol else ("none" if not subj and not agent else "other")
        mood = "neg" if neg else ("irreal" if (modal or irreal) else "real")
        out.add(f"act:{act}"); out.add(f"act:{act}:{who}"); out.add(f"act:{act}:{mood}"); out.add(f"act:{who}:{mood}")
        out.add(f"act:{act}:{who}:{mood}")
        if pas: out.add(f"pass:{act}:{who}")
    # police noun as subject of any verb
    for t in doc:
        if t.lemma_.lower() in POLICE and t.dep_ in ("nsubj","pobj") :
            h = t.head if t.dep_=="nsubj" else (t.head.head if t.head.dep_=="agent" else None)
            if h is not None:
                neg = any(c.dep_=="neg" for c in h.children)
                out.add("polsubj"+(":neg" if neg else "")); out.add("polsubj:"+h.lemma_.lower())
    return sorted(out)

def dep_matrix(docs, vocab=None):
    F = [feats(d) for d in docs]
    if vocab is None:
        from collections import Counter
        c = Counter(f for fs in F for f in fs); vocab = {f:i for i,f in enumerate(sorted(k for k,v in c.items() if v>=3))}
    rows, cols = [], []
    for i, fs in enumerate(F):
        for f in fs:
            if f in vocab: rows.append(i); cols.append(vocab[f])
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(vocab))), vocab, F

opts = T.Options()
feat = Featurizer(opts.features).fit([r["text"] for r in tr_rows], opts.max_word, opts.max_char, opts.min_df)
Xb_tr = T._csr(feat, [r["text"] for r in tr_rows]); Xb_dv = T._csr(feat, [r["text"] for r in dv_rows])
D_tr, vocab, Ftr = dep_matrix(tr_docs); D_dv, _, Fdv = dep_matrix(dv_docs, vocab)
print("dep vocab", len(vocab))
def run(Xtr, Xdv, C=10.0):
    o = T.Options(C=C)
    Y = y_tr[:, None]; M = np.ones_like(Y, bool)
    oof = T._oof_multilabel(Xtr, Y, M, o, 0)[:, 0]
    t = T._best_threshold(oof, y_tr)
    coef, b = T._fit_multilabel(Xtr, Y, M, o, 0)
    p = 1/(1+np.exp(-(Xdv @ coef + b)))[:, 0]
    pred = p >= t
    tp = int((pred & (y_dv==1)).sum()); fp = int((pred & (y_dv==0)).sum()); fn = int((~pred & (y_dv==1)).sum())
    cv = T.f1(int(((oof>=t)&(y_tr==1)).sum()), int(((oof>=t)&(y_tr==0)).sum()), int(((oof<t)&(y_tr==1)).sum()))
    return round(cv,4), round(2*tp/(2*tp+fp+fn),4), t, p
print("base", run(Xb_tr, Xb_dv)[:3])
for w in (0.25, 0.5, 1.0):
    print("dep w", w, run(hstack([Xb_tr, w*D_tr]).tocsr(), hstack([Xb_dv, w*D_dv]).tocsr())[:3])
