#!/usr/bin/env python3
# test-cli-project-edit.py: through lettrine-cli, a saved project is shown
# and edited again (`project show`, `project edit`): only the difference,
# a started prestation refused, a prestation twice refused without --force,
# a project without intervenant refused, tasks after the project's end listed.
# Usage: test-cli-project-edit.py PATH/TO/lettrine-cli
import json
import os
import shutil
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix='lettrine-project-edit.')
DB = os.path.join(TMP, 'db.sqlite')
# the demo's dates are relative to today: this test's dates are those of 2 December 2026
ENV = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8', LANGUAGE='C', LETTRINE_TODAY='2026-12-02')
ENV.pop('LETTRINE_DATABASE', None)
FR = dict(ENV, LC_ALL='fr_FR.UTF-8', LANG='fr_FR.UTF-8', LANGUAGE='fr')
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


def run(*args, env=ENV):
    return subprocess.run([CLI, '--database', DB, *args], env=env, capture_output=True, text=True)


def cli(*args, expect=0):
    r = run(*args)
    if r.returncode != expect:
        raise SystemExit(f'lettrine-cli {" ".join(args)}: exit {r.returncode}\n{r.stderr}')
    return r.stdout


def tasks(affaire):
    return json.loads(cli('task', 'list', '--affaire', str(affaire), '--json'))


def dump():
    return cli('export', '--json')


try:
    cli('seed', '--demo')
    # the demo's project 2: Cabinet dentaire du Dr Morel (affaire 5), « Entrée
    # en relation » (assignment 3, started) and « Reprise du dossier » (4)
    shown = cli('project', 'show', '2')
    check('Entrée dans le cabinet' in shown and '\n3\tEntrée en relation\t' in shown
          and '\n4\tReprise du dossier comptable\t' in shown, 'project show lists the assignments', shown)

    before = dump()
    r = run('project', 'edit', '2', '--remove', '3')
    check(r.returncode == 1 and 'cannot leave the project' in r.stderr and '« Entrée en relation »' in r.stderr,
          'removing a started prestation is refused, naming a done task', r.stderr)
    check(dump() == before, 'the refusal stores nothing')

    r = run('project', 'edit', '2', '--move', '4,12/11/2026,11/05/2027', '--dry-run')
    check(r.returncode == 0 and '4 moved (nothing stored: --dry-run)' in r.stdout, 'a dry run prints the moves', r.stdout + r.stderr)
    check(dump() == before, 'a dry run stores nothing')

    r = run('project', 'edit', '2', '--move', '4,12/11/2026,11/05/2027')
    check(r.returncode == 0 and '→ 26/11/2026\tDemander la liasse fiscale N-1' in r.stdout,
          'the moved prestation: the reschedule preview printed', r.stdout + r.stderr)
    due = {t['title']: t['due_date'] for t in tasks(5)}
    check(due.get('Demander la liasse fiscale N-1') == '2026-11-26', 'the task moved', due)

    # the same prestation again over the same days: a warning, --force saves
    n_before = len(tasks(5))
    r = run('project', 'edit', '2', '--add', '2,450')
    check(r.returncode == 1 and 'assigned twice over the same days' in r.stderr and '--force' in r.stderr,
          'a prestation twice is refused without --force', r.stderr)
    check(len(tasks(5)) == n_before, 'and nothing is created')
    r = run('project', 'edit', '2', '--add', '2,450', '--force')
    check(r.returncode == 0 and 'tasks created' in r.stdout, 'with --force the second chain is created', r.stdout + r.stderr)
    check(len(tasks(5)) > n_before, 'its tasks are in the suivi')

    # a project without intervenant (Welyb: start, end and intervenant)
    cli('affaire', 'add', '--name', 'Clôture décembre', '--state', 'client', '--fiscal-year-end', '31/12',
        '--letter-outside', '02/01/2020', '--letter-reference', 'LM-2020-1')
    december = int(cli('affaire', 'list', '--search', 'Clôture décembre').split('\t')[0])
    nobody = cli('project', 'add', '--affaire', str(december), '--name', 'Sans intervenant', '--start', '02/12/2026',
                 '--end', '31/12/2026').strip()
    cli('project', 'assign', nobody, '--prestation', '1', '--price', '350')
    r = run('project', 'save', nobody, env=FR)
    check(r.returncode == 1 and 'Le projet n’a pas d’intervenant : choisissez qui fait ses tâches.' in r.stderr,
          'a project without intervenant is refused, in French', r.stderr)
    check(tasks(december) == [], 'and no task is created')
    r = run('project', 'edit', nobody, '--staff', '1')
    check(r.returncode == 1, 'edit is for a project whose tasks exist', r.stderr)

    # tasks after the end: the list and the fix
    late = cli('project', 'add', '--affaire', str(december), '--name', 'Bilan', '--start', '02/12/2026',
               '--end', '31/12/2026', '--staff', '1').strip()
    cli('project', 'assign', late, '--prestation', '4', '--price', '1800')
    out = cli('project', 'save', late)
    check('tasks are due after the end of the project (31/12/2026):' in out and 'Extend the project until ' in out,
          'tasks after the end are listed with the fix', out)
    lines = [line for line in out.splitlines() if line[:2].isdigit() and '/2027\t' in line]
    check(len(lines) >= 3, 'one line per late task, due in 2027', out)
    extend = out.split('Extend the project until ')[1].split(' ')[0]
    r = run('project', 'edit', late, '--end', extend)
    check(r.returncode == 0, 'the fix: the project extended', r.stdout + r.stderr)
    check('after the end' not in r.stdout, 'then nothing is late', r.stdout)
finally:
    shutil.rmtree(TMP, ignore_errors=True)

print(f'1..{n_pass + n_fail}')
sys.exit(1 if n_fail else 0)
