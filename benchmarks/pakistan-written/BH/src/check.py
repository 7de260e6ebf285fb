import json, glob, sys
DEV = '/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json'
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev['incidents'][0].keys())
PL = ['name', 'kind', 'admin1', 'admin2']; AC = ['canonical', 'kind', 'acled_inter', 'mentions']; PE = ['canonical', 'mentions', 'roles']
errs = 0
def bad(f, m):
    global errs; errs += 1; print(f, m)
for g in sorted(glob.glob('/work/blind/BH/BH-*.gold.json')):
    f = g.split('/')[-1]
    d = json.load(open(g))
    txt = open(g.replace('.gold.json', '.txt')).read()
    if list(d.keys()) != TOP: bad(f, 'top keys')
    if d['article'] != f.replace('.gold.json', '.txt'): bad(f, 'article')
    if list(d['cleaning'].keys()) != list(dev['cleaning'].keys()): bad(f, 'cleaning keys')
    if d['publisher'] and d['publisher'] not in txt: bad(f, 'publisher ' + d['publisher'])
    names = set()
    for p in d['places']:
        if list(p.keys()) != PL: bad(f, 'place keys')
        if p['name'] not in txt: bad(f, 'place ' + p['name'])
        names.add(p['name'])
    if len(names) != len(d['places']): bad(f, 'dup place')
    acts = set()
    for a in d['actors']:
        if list(a.keys()) != AC: bad(f, 'actor keys')
        acts.add(a['canonical'])
        for m in a['mentions']:
            if m not in txt: bad(f, 'actor mention ' + m)
    for p in d['people']:
        if list(p.keys()) != PE: bad(f, 'person keys')
        for m in p['mentions']:
            if m not in txt: bad(f, 'person mention ' + m)
    for q in d['quotes']:
        if q['starts'] not in txt: bad(f, 'quote ' + q['starts'])
    for s in d['not_incidents']:
        if s not in txt: bad(f, 'not_incident ' + s)
    generic = {'Unidentified Armed Group', 'Civilians', 'Protesters', None}
    for i in d['incidents']:
        if list(i.keys()) != INC: bad(f, 'incident keys')
        if i['what'] not in txt: bad(f, 'what ' + i['what'])
        if i['date_text'] is not None and i['date_text'] not in txt: bad(f, 'date ' + i['date_text'])
        if i['location'] not in txt: bad(f, 'location ' + i['location'])
        if i['location'] not in names: bad(f, 'location not in places ' + i['location'])
        lp = [p for p in d['places'] if p['name'] == i['location']]
        if lp and (lp[0]['admin1'], lp[0]['admin2']) != (i['admin1'], i['admin2']): bad(f, 'admin mismatch ' + i['location'])
        for a in (i['actor1'], i['actor2']):
            if a not in generic and a not in acts: bad(f, 'actor not listed ' + str(a))
        k = i['killed']; s = sum(i['killed_by_side'].values())
        if k is not None and s > k: bad(f, 'side sum > killed')
        if set(i['killed_by_side']) - {'militants', 'security_forces', 'civilians'}: bad(f, 'side key')
        if i['geo_precision'] not in (1, 2, 3): bad(f, 'gp')
print('errors:', errs)
