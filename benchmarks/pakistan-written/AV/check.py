"""Check set AV: JSON parses, keys match a dev gold file, copied strings occur verbatim in the report."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DEVDIR = os.environ.get('DEVDIR', '/work/shared/benchmarks/pakistan-gold-dev')
devs = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(DEVDIR, '*.gold.json')))]
def first(key):  # key order of the first non-empty list entry across dev gold files
    return next(list(d[key][0]) for d in devs if d[key])
TOP = list(devs[0]); INC = first('incidents'); PLACE = first('places'); ACT = first('actors'); PERS = first('people')
assert all(list(d) == TOP for d in devs), 'dev top-level keys differ among themselves'
GENERIC = {'Unidentified Armed Group', 'Civilians', 'Protesters', None}
SIDES = {'security_forces', 'civilians', 'militants'}
bad = 0
def err(f, m):
    global bad; bad += 1; print(f'{f}: {m}')
for gf in sorted(glob.glob(os.path.join(HERE, 'AV-*.gold.json'))):
    f = os.path.basename(gf)
    g = json.load(open(gf))
    txt = open(os.path.join(HERE, g['article'])).read()
    if list(g) != TOP: err(f, 'top keys differ')
    if g['article'] != f.replace('.gold.json', '.txt'): err(f, 'article name')
    if g['publisher'] is not None and g['publisher'] not in txt: err(f, 'publisher not in text')
    names = {p['name']: p for p in g['places']}
    canon = {a['canonical'] for a in g['actors']}
    for p in g['places']:
        if list(p) != PLACE: err(f, f'place keys {p}')
        if p['name'] not in txt: err(f, f'place not verbatim: {p["name"]}')
    for a in g['actors']:
        if list(a) != ACT: err(f, f'actor keys {a}')
        for m in a['mentions']:
            if m not in txt: err(f, f'actor mention not verbatim: {m}')
    for h in g['people']:
        if list(h) != PERS: err(f, f'person keys {h}')
        for m in h['mentions']:
            if m not in txt: err(f, f'person mention not verbatim: {m}')
    for q in g['quotes']:
        if q['starts'] not in txt: err(f, f'quote not verbatim: {q["starts"]}')
    for s in g['not_incidents']:
        if s not in txt: err(f, f'not_incident not verbatim: {s}')
    for i in g['incidents']:
        if list(i) != INC: err(f, f'incident keys differ: {i["what"]}')
        if i['what'] not in txt: err(f, f'what not verbatim: {i["what"]}')
        if i['date_text'] is not None and i['date_text'] not in txt: err(f, f'date not verbatim: {i["date_text"]}')
        if i['location'] not in txt: err(f, f'location not verbatim: {i["location"]}')
        p = names.get(i['location'])
        if p is None: err(f, f'location not among places: {i["location"]}')
        elif (p['admin1'], p['admin2']) != (i['admin1'], i['admin2']) and p['kind'] != 'province':
            err(f, f'admin mismatch {i["location"]}: {p["admin1"]},{p["admin2"]} vs {i["admin1"]},{i["admin2"]}')
        for k in ('actor1', 'actor2'):
            if i[k] not in GENERIC and i[k] not in canon: err(f, f'{k} not an actor: {i[k]}')
        if set(i['killed_by_side']) - SIDES: err(f, f'bad side key {i["killed_by_side"]}')
        if sum(i['killed_by_side'].values()) > (i['killed'] or 0): err(f, 'sides exceed killed')
        if i['geo_precision'] not in (1, 2, 3): err(f, 'geo_precision')
        if not i['note']: err(f, 'no note')
print('problems:', bad); sys.exit(1 if bad else 0)
