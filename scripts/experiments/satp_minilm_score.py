import json
from pathlib import Path
import numpy as np
from ctwatch import train as T
from ctwatch.eval import mapping
D=json.load(open('/tmp/ft2/data.json')); A, Pl, Tl = D['actions'], D['perp'], D['targets']
data=T.load_data(Path('/work/shared/benchmarks'))
it=np.load('/tmp/ft2/india_test.npy'); sa=np.load('/tmp/ft2/sa_dev.npy')
sig=lambda z: 1/(1+np.exp(-z))
def decide(p, allowed, thr):
    out=[]
    for row in p:
        s={A[j] for j in range(len(A)) if A[j] in allowed and row[j]>=thr}
        if not s: s={max((A[j] for j in range(len(A)) if A[j] in allowed), key=lambda l: row[A.index(l)])}
        out.append(s)
    return out
india_labels=sorted(set(mapping.SATP_INDIA_ACTION.values())); sa_labels=sorted(set(mapping.SATP_SOUTHASIA_ACTION.values()))
gi=[set(mapping.map_labels(mapping.SATP_INDIA_ACTION, r["action_types"])) for r in data["india_test"]]
gs=[set(mapping.map_labels(mapping.SATP_SOUTHASIA_ACTION, r["labels"])) for r in data["sa_dev"]]
for thr in (0.3,0.4,0.5):
    print(thr, 'india actions', T.multilabel_scores(gi, decide(sig(it[:,:len(A)]), india_labels, thr), india_labels)['micro_f1'],
          'sa example', T.multilabel_scores(gs, decide(sig(sa[:,:len(A)]), sa_labels, thr), sa_labels)['example_f1'])
rows=[r for r in data["india_test"]]
for name, field, fn, labels, off in (("perp","perpetrator",mapping.satp_india_perpetrator,Pl,len(A)),("target","first_target",mapping.satp_india_target,Tl,len(A)+len(Pl))):
    idx=[i for i,r in enumerate(rows) if r.get(field)]
    pred=[labels[int(np.argmax(it[i,off:off+len(labels)]))] for i in idx]
    gold=[fn(rows[i][field]) for i in idx]
    print(name, T.multiclass_scores(gold, pred)['micro_f1'])
