"""IPE sentences: do character n-grams help a TF-IDF + logistic regression ANY_ACTION head? (docs/models.md)

5-fold CV on sents-train only; prints the best-threshold F1 per feature set and C. Run with the project venv:
    .venv/bin/python scripts/experiments/ipe_sentence_ngrams.py ../shared/benchmarks
"""
import json, numpy as np, sys
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import f1_score
from scipy.sparse import hstack
def load(p): return [json.loads(l) for l in open(p)]
tr=load(f"{sys.argv[1] if len(sys.argv) > 1 else '../shared/benchmarks'}/india-police-events/sents-train.jsonl")
X=[r["text"] for r in tr]; y=np.array([int("ANY_ACTION" in r["labels"]) for r in tr])
print("pos rate", y.mean())
def feats(cfg):
    vs=[]
    if "w" in cfg: vs.append(TfidfVectorizer(ngram_range=(1,2), min_df=2, sublinear_tf=True))
    if "c" in cfg: vs.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(2,5), min_df=2, sublinear_tf=True, max_features=200000))
    return vs
def cv(cfg, C):
    skf=StratifiedKFold(5, shuffle=True, random_state=0); oof=np.zeros(len(y))
    for a,b in skf.split(X,y):
        vs=feats(cfg); Xa=hstack([v.fit_transform([X[i] for i in a]) for v in vs]).tocsr()
        Xb=hstack([v.transform([X[i] for i in b]) for v in vs]).tocsr()
        m=LogisticRegression(C=C, max_iter=3000).fit(Xa,y[a]); oof[b]=m.predict_proba(Xb)[:,1]
    best=max((f1_score(y, oof>=t), t) for t in np.arange(0.1,0.9,0.02))
    return best
for cfg,C in [("w",10),("wc",10),("c",10),("wc",30),("wc",3)]:
    print(cfg, C, cv(cfg,C), flush=True)
