#!/usr/bin/env python3
# test-cli-scope.py CLI: the documents' rules and the scope in force through
# lettrine-cli, on the demo cabinet (issue 13): several letters in force,
# an avenant that changes a line, the kinds' limits, a bad price, a client
# without a letter, `affaire scope --json` and `check`.
import json
import os
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix='lt-cli-scope-')
DB = os.path.join(TMP, 'demo.db')
ENV = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8', LANGUAGE='', LETTRINE_DATABASE=DB)
n_ok = n_fail = 0


def run(*args):
    p = subprocess.run([CLI, *args], env=ENV, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def ok(what):
    global n_ok
    n_ok += 1
    print(f'ok {n_ok + n_fail} - {what}')


def fail(what, detail=''):
    global n_fail
    n_fail += 1
    print(f'not ok {n_ok + n_fail} - {what}')
    if detail:
        print('#   ' + detail.replace('\n', '\n#   '))


def check(cond, what, detail=''):
    (ok if cond else fail)(what, *([detail] if not cond else []))


def accepted(what, *args):
    rc, out, err = run(*args)
    check(rc == 0, what, f'exit {rc}: {err}')
    return out.strip()


def refused(what, *args, says=None, not_says=None):
    rc, out, err = run(*args)
    good = rc != 0 and err.strip() != ''
    if says is not None:
        good = good and says in err
    if not_says is not None:
        good = good and all(w not in err for w in not_says)
    check(good, what, f'exit {rc}, stderr: {err}')
    return err


def scope(affaire):
    rc, out, err = run('affaire', 'scope', str(affaire), '--json')
    if rc != 0:
        fail(f'affaire scope {affaire} --json', err)
        return {'recurring': [], 'one_off': []}
    return json.loads(out)


def yearly(s):
    times = {'monthly': 12, 'quarterly': 4, 'yearly': 1}
    return sum(l['price_cents'] * times[l['periodicity']] for l in s['recurring'])


accepted('seed --demo', 'seed', '--demo')

# ---- the demo obeys the rules ----------------------------------------------
rc, out, err = run('check')
check(rc == 0, 'check: the demo is consistent', out + err)

# ---- Garage Dufour: a second letter keeps the first in force ---------------
before = scope(2)
check(set(before) >= {'recurring', 'one_off'}, 'scope --json: an object with recurring and one_off')
check(yearly(before) == 549000, 'Garage Dufour: 5 490 €/an before', str(before))
check(all({'prestation_id', 'price_cents', 'periodicity', 'document_id'} <= set(l) for l in before['recurring']),
      'each line has its prestation, price, periodicity and source document')
offre = accepted('offre with the situation trimestrielle', 'document', 'add', '--affaire', '2',
                 '--kind', 'offre-de-service', '--line', '6')
accepted('offre sent', 'document', 'send', offre)
accepted('offre signed', 'document', 'sign', offre)
rc, out, err = run('document', 'list', '--affaire', '2', '--json')
letters = [d for d in json.loads(out) if d['kind'] == 'lettre-de-mission' and d['state'] == 'draft']
check(len(letters) == 1, 'signing the offre drafted its lettre de mission')
lm = str(letters[0]['id']) if letters else '0'
accepted('letter sent', 'document', 'send', lm)
accepted('letter signed', 'document', 'sign', lm)
after = scope(2)
check(yearly(after) == 549000 + 240000, 'both letters in force: 5 490 + 2 400 €/an', str(after))
sources = {l['prestation_id']: l['document_id'] for l in after['recurring']}
check(sources.get(6) == int(lm) and sources.get(3) == 2, 'each line names the letter it comes from', str(sources))
rc, out, err = run('check')
check(rc == 0, 'check after the second letter', out + err)
rc, out, err = run('affaire', 'scope', '2')
check(rc == 0 and 'Situation trimestrielle' in out and 'Tenue comptable' in out, 'affaire scope prints both letters\' lines', out)

# ---- an avenant changes a line: tenue 180 → 200 €/mois -----------------------
av = accepted('avenant tenue at 200 €', 'document', 'add', '--affaire', '1', '--kind', 'avenant', '--line', '3:200')
accepted('avenant sent', 'document', 'send', av)
accepted('avenant signed', 'document', 'sign', av)
martin = scope(1)
check(yearly(martin) == 420000, 'Boulangerie Martin: 3 960 → 4 200 €/an, not 6 360', str(martin))
tenue = [l for l in martin['recurring'] if l['prestation_id'] == 3]
check(len(tenue) == 1 and tenue[0]['document_id'] == int(av) and tenue[0].get('previous_price_cents') == 18000,
      'one tenue line, from the avenant, 180 € before', str(tenue))

# ---- an avenant ends a prestation from a date -------------------------------
end = accepted('avenant ending the bilan from 01/01/2099', 'document', 'add', '--affaire', '1', '--kind', 'avenant',
               '--end', '4:01/01/2099')
accepted('ending avenant sent', 'document', 'send', end)
accepted('ending avenant signed', 'document', 'sign', end)
bilan = [l for l in scope(1)['recurring'] if l['prestation_id'] == 4]
check(len(bilan) == 1 and bilan[0].get('ends_on') == '2099-01-01' and bilan[0].get('ended_by_document_id') == int(end),
      'the bilan stays in force until its end date, which the scope shows', str(bilan))
refused('--end without a date', 'document', 'add', '--affaire', '1', '--kind', 'avenant', '--end', '4')
refused('--end on a letter', 'document', 'add', '--affaire', '1', '--kind', 'lettre-de-mission', '--end', '4:01/01/2099',
        says='amendment')
none = accepted('avenant ending what the client does not hold', 'document', 'add', '--affaire', '1',
                '--kind', 'avenant', '--end', '6:01/01/2099')
refused('… is not sent', 'document', 'send', none, says='Situation trimestrielle')

# ---- the kinds' limits -------------------------------------------------------
refused('an avenant with a one-off line', 'document', 'add', '--affaire', '1', '--kind', 'avenant', '--line', '2',
        says='Reprise du dossier comptable')
refused('a bon d\'intervention with a recurring line', 'document', 'add', '--affaire', '1',
        '--kind', 'bon-d-intervention', '--line', '4', says='Bilan annuel')
accepted('a bon d\'intervention with a one-off line', 'document', 'add', '--affaire', '1',
         '--kind', 'bon-d-intervention', '--line', '2')
dup = accepted('a second letter repeating the tenue (a draft)', 'document', 'add', '--affaire', '1',
               '--kind', 'lettre-de-mission', '--line', '3')
refused('… is not sent: change it by avenant', 'document', 'send', dup, says='Tenue comptable mensuelle')

# ---- a bad price is refused, never the catalogue's ---------------------------
for spec in ('2:-10', '2:abc', '2:', '2:-0,01'):
    refused(f'--line {spec} is refused', 'document', 'add', '--affaire', '8', '--kind', 'offre-de-service', '--line', spec)
rc, out, err = run('export', '--json')
check('"price_cents" : -' not in out and all(l['price_cents'] >= 0 for l in json.loads(out)['document_lines']),
      'no line was written at any price')

# ---- a client exists through its first signed letter -------------------------
refused('affaire add --state client without a letter', 'affaire', 'add', '--name', 'Client Direct SARL',
        '--state', 'client', says='--letter-outside')
outside = accepted('… with its letter outside Lettrine', 'affaire', 'add', '--name', 'Client Importé SARL',
                   '--state', 'client', '--letter-outside', '01/04/2019', '--letter-reference', 'LM-2019-17')
rc, out, err = run('affaire', 'show', outside, '--json')
shown = json.loads(out) if rc == 0 else {}
check(shown.get('letter_outside_date') == '2019-04-01' and shown.get('letter_outside_reference') == 'LM-2019-17',
      'the letter outside Lettrine is recorded', out)
rc, out, err = run('affaire', 'scope', outside)
check(rc == 0 and 'LM-2019-17' in out, 'affaire scope names the letter outside Lettrine', out + err)
accepted('a project for that client', 'project', 'add', '--affaire', outside, '--name', 'Bilan 2026',
         '--start', '2026-01-01', '--end', '2026-12-31')
prospect = accepted('a prospect', 'affaire', 'add', '--name', 'Prospect SAS')
refused('no project for a prospect', 'project', 'add', '--affaire', prospect, '--name', 'X',
        '--start', '2026-01-01', '--end', '2026-12-31')

# ---- a refused offre of a prospect: no avenant suggested ---------------------
# the demo's Atelier Céramique Lenoir (7) is a prospect with a sent offre (7)
accepted('the prospect refuses its offre', 'document', 'refuse', '7')
err = refused('deleting it is refused', 'document', 'delete', '7',
              not_says=('amendment', 'avenant', 'Amendment'))
check('Service offer' in err or 'service offer' in err or 'new' in err, 'the message says to draft a new offre', err)

rc, out, err = run('check')
check(rc == 0, 'check at the end', out + err)

print(f'1..{n_ok + n_fail}')
print(f'# {n_ok} passed, {n_fail} failed')
sys.exit(1 if n_fail else 0)
