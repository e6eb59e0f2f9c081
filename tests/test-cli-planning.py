#!/usr/bin/env python3
# test-cli-planning.py: through lettrine-cli, a bilan assigned across the
# year end follows each client's clôture (one chain, after it), monthly
# titles name the month, demandes wait for their day (`request due`), and a
# late answer (`request answer --on`) moves the tâche after it.
# Usage: test-cli-planning.py PATH/TO/lettrine-cli
import json
import os
import shutil
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix='lettrine-planning.')
DB = os.path.join(TMP, 'db.sqlite')
ENV = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8')
ENV.pop('LETTRINE_DATABASE', None)
n_pass = 0
n_fail = 0


def check(cond, what, detail=''):
    global n_pass, n_fail
    if cond:
        n_pass += 1
        print(f'ok {n_pass + n_fail} - {what}')
    else:
        n_fail += 1
        print(f'not ok {n_pass + n_fail} - {what}')
        for line in str(detail).splitlines()[:12]:
            print(f'#   {line[:300]}')


def cli(*args, expect=0):
    r = subprocess.run([CLI, '--database', DB, *args], env=ENV, capture_output=True, text=True)
    if r.returncode != expect:
        raise SystemExit(f'lettrine-cli {" ".join(args)}: exit {r.returncode}\n{r.stderr}')
    return r.stdout


def tasks(affaire):
    return json.loads(cli('task', 'list', '--affaire', str(affaire), '--json'))


try:
    cli('seed', '--demo')
    # two clients closing on 31/12 and on 30/06; Bilan annuel is the demo's prestation 4
    cli('affaire', 'add', '--name', 'Clôture décembre', '--state', 'client', '--fiscal-year-end', '31/12', '--letter-outside', '02/01/2020', '--letter-reference', 'LM-2020-1')
    cli('affaire', 'add', '--name', 'Clôture juin', '--state', 'client', '--fiscal-year-end', '30/06', '--letter-outside', '02/01/2020', '--letter-reference', 'LM-2020-2')
    december = int(cli('affaire', 'list', '--search', 'Clôture décembre').split('\t')[0])
    june = int(cli('affaire', 'list', '--search', 'Clôture juin').split('\t')[0])
    for affaire in (december, june):
        project = cli('project', 'add', '--affaire', str(affaire), '--name', 'Bilan', '--start', '15/12/2026',
                      '--end', '15/02/2027', '--staff', '1').strip()
        cli('project', 'assign', project, '--prestation', '4', '--price', '1800')
        cli('project', 'save', project)

    dec = [t for t in tasks(december) if t['prestation_name'] == 'Bilan annuel']
    check(len(dec) == 6, 'clôture 31/12: one bilan for 15/12/2026–15/02/2027', len(dec))
    check({t['period'] for t in dec} == {'2026-12-31'}, 'for the exercice closed on 31/12/2026', dec)
    due = {t['title'].split(' — ')[0]: t['due_date'] for t in dec}
    check(due.get('Établir les comptes annuels') == '2027-02-03', 'comptes annuels due 03/02/2027', due)
    check(due.get('Demander l’inventaire des stocks') == '2027-01-15', 'inventaire due 10 days after the clôture', due)
    check(all(t['title'].endswith(' — exercice clos le 31/12/2026') for t in dec), 'titles name the exercice', dec[0]['title'])

    jun = [t for t in tasks(june) if t['prestation_name'] == 'Bilan annuel']
    check(len(jun) == 6, 'clôture 30/06: one bilan, not two in January and February', len(jun))
    check(min(t['due_date'] for t in jun) == '2027-07-15', 'its first due date after 30/06/2027', jun)
    check(all(t['late'] for t in jun), 'after the assignment: flagged late', [t['late'] for t in jun])

    # nothing was sent on save; request due lists what has come
    check(all(t['sent_on'] is None for t in dec + jun), 'no demande marked sent on save')
    listed = cli('request', 'due', '--on', '2027-01-04')
    check('Demander l’inventaire des stocks — exercice clos le 31/12/2026\tClôture décembre' in listed
          and 'Clôture juin' not in listed,
          'request due on 04/01/2027: the December client’s demandes, not the June client’s', listed)
    due_json = json.loads(cli('request', 'due', '--on', '2027-07-01', '--json'))
    check(any(t['period'] == '2027-06-30' and t['send_on'] == '2027-07-01' for t in due_json),
          'request due on 01/07/2027: the June client’s, sent on the day after the clôture', len(due_json))
    r = subprocess.run([CLI, '--database', DB, 'request', 'due', '--on', 'demain'], env=ENV, capture_output=True, text=True)
    check(r.returncode != 0 and 'demain' in r.stderr, 'request due refuses a date it cannot read', r.stderr)

    # answered 4 working days late: the révision moves by 4 working days
    inventaire = next(t for t in dec if t['title'].startswith('Demander l’inventaire'))
    banques = next(t for t in dec if t['title'].startswith('Demander les attestations'))
    cli('request', 'answer', str(banques['id']), '--on', '15/01/2027')
    cli('request', 'answer', str(inventaire['id']), '--on', '21/01/2027')
    after = {t['title'].split(' — ')[0]: t['due_date'] for t in tasks(december) if t['prestation_name'] == 'Bilan annuel'}
    check(after.get('Réviser les comptes') == '2027-02-04', 'late answer: révision 29/01 → 04/02/2027', after)
    check(after.get('Établir les comptes annuels') == '2027-02-09', 'and the comptes annuels 03/02 → 09/02/2027', after)

    # a step counted from the period's end: « Dépôt » 40 working days after
    # the clôture of 31/12/2026 is due Friday 26 February 2027, whatever its
    # predecessor (the first step of a yearly chain, due 5 days after the
    # clôture: 08/01) — counted from the predecessor it would be 5 March
    pid = cli('prestation', 'add', '--name', 'Dépôt des comptes', '--category', '1', '--recurrence', 'yearly').strip()
    cli('step', 'add', pid, '--title', 'Préparer', '--delay', '5')
    cli('step', 'add', pid, '--title', 'Dépôt', '--delay', '40', '--after', '1', '--from-period-end')
    shown = json.loads(cli('prestation', 'show', '--json', pid))
    project = cli('project', 'add', '--affaire', str(december), '--name', 'Dépôt', '--start', '01/12/2026',
                  '--end', '31/03/2027', '--staff', '1').strip()
    cli('project', 'assign', project, '--prestation', pid, '--price', '100')
    cli('project', 'save', project)
    depot = {t['title'].split(' — ')[0]: t['due_date'] for t in tasks(december) if t['prestation_name'] == 'Dépôt des comptes'}
    check(depot == {'Préparer': '2027-01-08', 'Dépôt': '2027-02-26'}, 'step add --from-period-end: due 40 days after the clôture', depot)
finally:
    shutil.rmtree(TMP, ignore_errors=True)

print(f'{n_pass} passed, {n_fail} failed')
sys.exit(1 if n_fail else 0)
