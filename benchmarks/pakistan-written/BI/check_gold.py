import json, glob, os, sys
DEV = '/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json'
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev['incidents'][0].keys())
ACT = list(dev['actors'][0].keys()); PER = list(dev['people'][0].keys()); PLA = list(dev['places'][0].keys())
CLE = list(dev['cleaning'].keys())
SUB = {"Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]}
GTD = [None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"]
A1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", "Islamabad Capital Territory", None}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
errs = 0
def err(f, m):
    global errs; errs += 1; print(f, "::", m)
files = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'BI-*.gold.json')))
for f in files:
    g = json.load(open(f)); base = os.path.basename(f)
    txtp = f.replace('.gold.json', '.txt'); t = open(txtp).read()
    if list(g) != TOP: err(base, "top keys")
    if list(g['cleaning']) != CLE: err(base, "cleaning keys")
    if g['article'] != os.path.basename(txtp): err(base, "article")
    canon = set()
    for a in g['actors']:
        if list(a) != ACT: err(base, "actor keys")
        canon.add(a['canonical'])
        for m in a['mentions']:
            if m not in t: err(base, "actor mention missing: " + m)
        if a['kind'] not in ('state_force', 'armed_group'): err(base, 'kind ' + a['kind'])
    for p in g['people']:
        if list(p) != PER: err(base, "person keys")
        for m in p['mentions']:
            if m not in t: err(base, "person mention missing: " + m)
    names = set()
    for p in g['places']:
        if list(p) != PLA: err(base, "place keys")
        if p['name'] not in t: err(base, "place missing: " + p['name'])
        if p['admin1'] not in A1 and p['kind'] not in ('country', 'province'): err(base, "admin1 " + str(p['admin1']))
        names.add(p['name'])
    for q in g['quotes']:
        if q['starts'] not in t: err(base, "quote missing")
        if q['speaker'] not in {p['canonical'] for p in g['people']}: err(base, "quote speaker")
    for s in g['not_incidents']:
        if s not in t: err(base, "not_incident missing: " + s)
    for i in g['incidents']:
        if list(i) != INC: err(base, "incident keys")
        if i['what'] not in t: err(base, "what missing: " + i['what'])
        if i['date_text'] is not None and i['date_text'] not in t: err(base, "date missing: " + i['date_text'])
        if i['location'] not in t: err(base, "location missing: " + i['location'])
        if i['location'] not in names: err(base, "location not in places: " + i['location'])
        if i['acled_sub_event_type'] not in SUB.get(i['acled_event_type'], []): err(base, "acled pair")
        if i['gtd_attack_type'] not in GTD: err(base, "gtd")
        for k in ('actor1', 'actor2'):
            if i[k] not in GENERIC and i[k] not in canon: err(base, k + " not in actors: " + str(i[k]))
        if i['admin1'] not in A1: err(base, "inc admin1")
        if i['country'] != 'Pakistan': err(base, 'country')
        if i['geo_precision'] not in (1, 2, 3): err(base, 'geo')
        if not isinstance(i['killed'], int): err(base, 'killed type')
        if set(i['killed_by_side']) - SIDES: err(base, 'side keys')
        if sum(i['killed_by_side'].values()) > i['killed']: err(base, 'sides exceed killed')
        if i['injured'] is not None and not isinstance(i['injured'], int): err(base, 'injured')
        if not i['note']: err(base, 'note')
        # place of location should agree on admin
        for p in g['places']:
            if p['name'] == i['location'] and (p['admin1'], p['admin2']) != (i['admin1'], i['admin2']):
                err(base, "location admin mismatch " + i['location'])
    # every canonical actor used or mentioned
print(len(files), "files checked,", errs, "errors")
