"""IPE sentences: NB-SVM (naive-Bayes log-count-ratio scaling of the same features, then logistic
regression) against the shipped sentence head (measured 2026-11-26, not shipped).
Usage: .venv/bin/python scripts/experiments/ipe_nbsvm.py ../shared/benchmarks   (about 1 minute)
"""
import json, sys, numpy as np
from scipy.sparse import csr_matrix, diags
from ctwatch import train as T
from ctwatch.extract.heads import Featurizer
B=(sys.argv[1] if len(sys.argv) > 1 else "../shared/benchmarks") + "/india-police-events"
tr=[json.loads(l) for l in open(f"{B}/sents-train.jsonl")]; dv=[json.loads(l) for l in open(f"{B}/sents-dev.jsonl")]
y=np.array([int("ANY_ACTION" in r["labels"]) for r in tr]); yd=np.array([int("ANY_ACTION" in r["labels"]) for r in dv])
o=T.Options()
feat=Featurizer(o.features).fit([r["text"] for r in tr], o.max_word, o.max_char, o.min_df)
X=T._csr(feat,[r["text"] for r in tr]); Xd=T._csr(feat,[r["text"] for r in dv])
def f1(p,t,yy):
    pr=p>=t; tp=(pr&(yy==1)).sum(); fp=(pr&(yy==0)).sum(); fn=((~pr)&(yy==1)).sum(); return 2*tp/(2*tp+fp+fn)
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
for alpha in (1.0,):
  for C in (1.0, 3.0, 10.0):
    oof=np.zeros(len(y))
    for a,b in KFold(5,shuffle=True,random_state=0).split(X):
        Xa=(X[a]>0).astype(float); ya=y[a]
        p=alpha+np.asarray(Xa[ya==1].sum(0)).ravel(); q=alpha+np.asarray(Xa[ya==0].sum(0)).ravel()
        r=np.log((p/p.sum())/(q/q.sum()))
        m=LogisticRegression(C=C,max_iter=2000).fit(X[a]@diags(r),ya)
        oof[b]=m.predict_proba(X[b]@diags(r))[:,1]
    t=T._best_threshold(oof,y)
    Xa=(X>0).astype(float)
    p=alpha+np.asarray(Xa[y==1].sum(0)).ravel(); q=alpha+np.asarray(Xa[y==0].sum(0)).ravel()
    r=np.log((p/p.sum())/(q/q.sum()))
    m=LogisticRegression(C=C,max_iter=2000).fit(X@diags(r),y)
    pd=m.predict_proba(Xd@diags(r))[:,1]
    print("nbsvm C",C,"cv",round(f1(oof,t,y),4),"dev",round(f1(pd,t,yd),4),"t",t)
