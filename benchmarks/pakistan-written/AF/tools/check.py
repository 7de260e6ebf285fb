import json, glob, os, re
DEV = '/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-104.gold.json'
ref = json.load(open(DEV))
TOP = list(ref.keys()); INC = list(ref['incidents'][0].keys())
PLACEK = list(ref['places'][0].keys()); PERK = list(ref['people'][0].keys())
ACTK = list(json.load(open('/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json'))['actors'][0].keys())
SUB = {'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
 'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
 'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
 'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
 'Riots': ['Violent demonstration', 'Mob violence'],
 'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other']}
GTD = [None, 'Assassination', 'Armed Assault', 'Bombing/Explosion', 'Hijacking', 'Hostage Taking (Barricade Incident)', 'Hostage Taking (Kidnapping)', 'Facility/Infrastructure Attack', 'Unarmed Assault', 'Unknown']
GENERIC = {None, 'Unidentified Armed Group', 'Civilians', 'Rioters', 'Protesters'}
SIDES = {'civilians', 'security_forces', 'militants'}
errs = 0
def bad(f, m):
    global errs; errs += 1; print(f, m)
d = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(glob.glob(os.path.join(d, 'AF-*.gold.json')))
for gf in files:
    f = os.path.basename(gf)
    g = json.load(open(gf))
    txt = open(os.path.join(d, g['article'])).read()
    if list(g) != TOP: bad(f, 'top keys')
    if g['article'] != f.replace('.gold.json', '.txt'): bad(f, 'article name')
    if g['publisher'] and g['publisher'] not in txt: bad(f, 'publisher not in text')
    canon = set()
    for a in g['actors']:
        if list(a) != ACTK: bad(f, 'actor keys')
        canon.add(a['canonical'])
        for m in a['mentions']:
            if m not in txt: bad(f, 'actor mention ' + m)
    for p in g['people']:
        if list(p) != PERK: bad(f, 'person keys')
        for m in p['mentions']:
            if m not in txt: bad(f, 'person mention ' + m)
    names = set()
    for p in g['places']:
        if list(p) != PLACEK: bad(f, 'place keys')
        names.add(p['name'])
        if p['name'] not in txt: bad(f, 'place ' + p['name'])
        if p['kind'] not in ('area', 'district', 'province', 'city', 'town', 'country'): bad(f, 'kind ' + p['kind'])
    for q in g['quotes']:
        if q['starts'] not in txt: bad(f, 'quote ' + q['starts'])
    for i in g['incidents']:
        if list(i) != INC: bad(f, 'incident keys')
        for k in ('what', 'date_text', 'location'):
            if i[k] is not None and i[k] not in txt: bad(f, f'{k} not in text: {i[k]}')
        if i['location'] not in names: bad(f, 'location not a place ' + str(i['location']))
        if i['acled_sub_event_type'] not in SUB.get(i['acled_event_type'], []): bad(f, 'acled type')
        if i['gtd_attack_type'] not in GTD: bad(f, 'gtd')
        for a in ('actor1', 'actor2'):
            if i[a] not in GENERIC and i[a] not in canon: bad(f, f'{a} {i[a]} not in actors')
        if set(i['killed_by_side']) - SIDES: bad(f, 'side key')
        if sum(i['killed_by_side'].values()) > (i['killed'] or 0): bad(f, 'side sum > killed')
        if i['country'] != 'Pakistan': bad(f, 'country')
        if i['geo_precision'] not in (1, 2, 3): bad(f, 'gp')
        if not i['note']: bad(f, 'no note')
        pl = [p for p in g['places'] if p['name'] == i['location']]
        if pl and (pl[0]['admin1'] != i['admin1'] or (pl[0]['admin2'] and pl[0]['admin2'] != i['admin2'])): bad(f, 'admin mismatch at ' + i['location'])
print(len(files), 'gold files checked,', errs, 'problems')
