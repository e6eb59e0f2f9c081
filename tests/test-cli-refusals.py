#!/usr/bin/env python3
# test-cli-refusals.py: every lettrine-cli command with each kind of bad
# argument. A refused value: exit 1 or 2, a message on stderr, no crash, no
# raw SQL error, the database unchanged (`export --json` identical). An
# accepted one (an emoji in a name is fine): exit 0 and it reads back.
# Every run: no signal, no sanitizer report, no GLib warning, no raw control
# character on stdout or stderr.
# Usage: test-cli-refusals.py PATH/TO/lettrine-cli
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix='lettrine-refusals.')
DB = os.path.join(TMP, 'db.sqlite')
ENV = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8')
ENV.pop('LETTRINE_DATABASE', None)

n_pass = 0
n_fail = 0


def ok(what):
    global n_pass
    n_pass += 1
    print(f'ok {n_pass + n_fail} - {what}')


def fail(what, detail=''):
    global n_fail
    n_fail += 1
    print(f'not ok {n_pass + n_fail} - {what}')
    for line in detail.splitlines()[:12]:
        print(f'#   {line[:300]}')


def run(args, stdout=subprocess.PIPE, db=DB):
    p = subprocess.run([CLI, '--database', db] + args, stdout=stdout,
                       stderr=subprocess.PIPE, env=ENV, timeout=300)
    return p.returncode, p.stdout or b'', p.stderr


def export(db=DB):
    rc, out, err = run(['export', '--json'], db=db)
    assert rc == 0, err.decode(errors='replace')
    return out


def shown(args):
    text = ' '.join(a if len(a) < 60 else a[:20] + f'…({len(a)} chars)' for a in args)
    return text.encode('unicode_escape').decode('ascii')


# What no run may print: a control character a terminal would obey.
def raw_controls(data):
    text = data.decode('utf-8', errors='replace')
    return [c for c in text if (ord(c) < 0x20 and c not in '\n\t') or 0x7f <= ord(c) <= 0x9f]


def sane_run(what, rc, out, err):
    """The checks of every run; returns a reason or None."""
    e = err.decode('utf-8', errors='replace')
    if rc < 0 or rc >= 128:
        return f'crashed (exit {rc})'
    for mark in ('AddressSanitizer', 'LeakSanitizer', 'runtime error:', '-WARNING **', '-CRITICAL **'):
        if mark in e:
            return f'« {mark} » on stderr'
    if raw_controls(out) or raw_controls(err):
        return 'a raw control character printed'
    return None


# The last export of each database: refused runs leave it as it was.
exports = {}


def expect_refused(args, db=DB, why=''):
    what = f'refused: {shown(args)}' + (f' ({why})' if why else '')
    before = exports[db] if db in exports else export(db)
    rc, out, err = run(args, db=db)
    e = err.decode('utf-8', errors='replace')
    reason = sane_run(what, rc, out, err)
    if reason is None and rc not in (1, 2):
        reason = f'exit {rc}, expected 1 or 2'
    if reason is None and not e.strip():
        reason = 'no message on stderr'
    if reason is None and 'constraint failed' in e:
        reason = 'the raw SQLite error instead of a message'
    after = export(db)
    exports[db] = after
    if reason is None and after != before:
        reason = 'the database changed'
    if reason is None:
        ok(what)
    else:
        fail(what, reason + '\nstderr: ' + e + '\nstdout: ' + out.decode(errors='replace')[:300])


def expect_accepted(args, readback=None, db=DB):
    what = f'accepted: {shown(args)}'
    rc, out, err = run(args, db=db)
    reason = sane_run(what, rc, out, err)
    if reason is None and rc != 0:
        reason = f'exit {rc}, expected 0'
    exports[db] = export(db)
    if reason is None and readback is not None:
        data = exports[db].decode('utf-8')
        if json.dumps(readback, ensure_ascii=False)[1:-1] not in data and \
           json.dumps(readback)[1:-1] not in data:
            reason = f'« {readback!r} » does not read back in export --json'
    if reason is None:
        ok(what)
    else:
        fail(what, reason + '\nstderr: ' + err.decode(errors='replace'))
    return out.decode('utf-8', errors='replace').strip()


# ---- the database: the demo cabinet, and the ids the table needs ----------

rc, out, err = run(['seed', '--demo'])
if rc != 0:
    print('Bail out! seed --demo failed: ' + err.decode(errors='replace'))
    sys.exit(1)
data = json.loads(export())


def first(table, **where):
    for row in data[table]:
        if all(row[k] == v for k, v in where.items()):
            return row
    raise SystemExit(f'Bail out! no row of {table} with {where}')


client = first('affaires', state='client')['id']
prospect = first('affaires', state='prospect')['id']
prestation = first('prestations', archived=0)['id']
category = data['categories'][0]['id']
staff = data['staff'][0]['id']
signed = first('documents', state='signed')['id']
generated = first('projects', generated=1)['id']
# a tâche nothing blocks, so that only the date can be wrong
tasks = {t['id']: t for t in data['tasks']}
blocked = {l['to_task_id'] for l in data['task_links']
           if tasks[l['from_task_id']]['done_on'] is None and tasks[l['from_task_id']]['answered_on'] is None}
open_task = min(t['id'] for t in data['tasks'] if t['kind'] == 'task' and t['done_on'] is None
                and t['id'] not in blocked)
request = first('tasks', kind='request', answered_on=None)['id']
request_sent_on = first('tasks', id=request)['sent_on']
# a client without a signatory, for contact add
signatories = {c['affaire_id'] for c in data['contacts'] if c['is_signatory']}
with_signatory = sorted(signatories)[0]
no_signatory = int(expect_accepted(['affaire', 'add', '--name', 'Sans Signataire SAS', '--state', 'client',
                                    '--letter-outside', '2024-01-02', '--letter-reference', 'LM-2024-1']))
# an avenant carries recurring lines only (issue 13)
recurring = next(p['id'] for p in data['prestations'] if not p['archived'] and p['recurrence'] != 'none')
draft = int(expect_accepted(['document', 'add', '--affaire', str(client), '--kind', 'avenant',
                             '--line', str(recurring)]))
project = int(expect_accepted(['project', 'add', '--affaire', str(client), '--name', 'Projet de test',
                               '--start', '2026-01-01', '--end', '2026-12-31']))

# ---- the bad values ------------------------------------------------------

MISSING = None
LONG = 'x' * (128 * 1024 - 1)  # the longest argument Linux passes (1 MB does not fit argv)
BAD = {
    'missing': MISSING, 'empty': '', 'blank': '   ', 'nbsp': '\u00a0', 'zwsp': '\u200b',
    'invisible': '\u00a0\u202f\u200b\ufeff', 'long': LONG, 'negative': '-5', 'zero': '0',
    'nan': 'NaN', 'feb30': '2026-02-30', 'frdate': '31/12/2026', 'sql': "'); DROP TABLE affaires; --",
    'quotes': '"\'`', 'escape': 'A\x1b[2J\x1b]0;pwned\x07B', 'c1': 'A\u009b31mB', 'del': 'A\x7fB',
    'newline': 'A\nB', 'nul': 'A',  # argv ends a string at NUL: « A\0B » arrives as « A »
    'emoji': 'Café 😀', 'rtl': 'شركة النور', 'unknown': '999999', 'huge': '99999999999999999999',
}
ALL_BAD = list(BAD)

# Per kind of argument: the values that must be refused (names from BAD, or
# literal values), and those accepted.
KINDS = {
    'id': dict(refuse=['missing', 'empty', 'blank', 'long', 'negative', 'zero', 'nan', 'feb30',
                       'frdate', 'sql', 'quotes', 'escape', 'emoji', 'rtl', 'unknown', 'huge']),
    'opt-id': dict(refuse=['empty', 'blank', 'long', 'negative', 'zero', 'nan', 'sql', 'escape',
                           'emoji', 'unknown', 'huge']),
    'name': dict(refuse=['missing', 'empty', 'blank', 'nbsp', 'zwsp', 'invisible', 'long', 'escape',
                         'c1', 'del', 'newline'],
                 accept=['sql', 'quotes', 'emoji', 'rtl', 'frdate', 'nan', 'negative', 'zero']),
    'text': dict(refuse=['long', 'escape', 'c1', 'del'],
                 accept=['sql', 'quotes', 'emoji', 'rtl', 'empty']),
    'date': dict(refuse=['missing', 'empty', 'blank', 'long', 'negative', 'zero', 'nan', 'feb30',
                         'sql', 'escape', 'emoji', '0001-01-01', '9999-12-31', '2026-13-01',
                         '31/12/garbage', '2026-1-1', '1789-07-14']),
    'opt-date': dict(refuse=['empty', 'blank', 'long', 'nan', 'feb30', 'sql', 'escape',
                             '0001-01-01', '9999-12-31', '31/12/garbage']),
    'euros': dict(refuse=['empty', 'blank', 'long', 'negative', '-0,01', 'nan', 'sql', 'escape',
                          'emoji', 'feb30']),
    'days': dict(refuse=['empty', 'blank', 'long', 'negative', 'nan', 'sql', '1.5', 'escape']),
    'enum': dict(refuse=['empty', 'blank', 'long', 'nan', 'sql', 'escape', 'emoji']),
    'search': dict(refuse=['long', 'escape', 'c1'],
                   accept=['sql', 'quotes', 'emoji', 'rtl', 'empty', 'nbsp']),
    'siren': dict(refuse=['empty', 'blank', 'long', 'zero', '000000000', '000 000 000', '123',
                          '123456789', 'sql', 'escape', 'nan', '98196001 6x']),
    'fyend': dict(refuse=['empty', '31/12/garbage', '13-01', '02-30', '31/02', '32/12', 'sql',
                          'escape', 'long', 'feb30']),
    'email': dict(refuse=['blank', 'sql', 'escape', 'long', 'pas-une-adresse', 'a@b']),
    'coefficient': dict(refuse=['missing', 'empty', 'negative', 'zero', 'nan', 'sql', 'long',
                                'escape', '1e308', 'inf']),
    'count': dict(refuse=['empty', 'negative', 'nan', 'sql', 'long', '1.5', 'huge']),
    'line': dict(refuse=['empty', 'unknown', 'nan', f'{prestation}:-5', f'{prestation}:-0,01',
                         f'{prestation}:NaN', 'sql', 'escape', 'long']),
    'after': dict(refuse=['99', 'sql', 'escape', 'long', '1+-3', 'NaN']),
}


def value(name):
    return BAD[name] if name in BAD else name


# ---- the commands --------------------------------------------------------
#
# (words, slots): each slot is (kind, form, good value); form '--x' is an
# option, 'pos' a positional argument; a good value of None leaves an
# optional slot out unless it is the one tried.

COMMANDS = [
    (['affaire', 'add'], [('name', '--name', 'Essai SARL'), ('siren', '--siren', None),
                          ('enum', '--state', None), ('text', '--legal-form', None),
                          ('text', '--address', None), ('text', '--city', None),
                          ('text', '--activity', None), ('fyend', '--fiscal-year-end', None),
                          ('text', '--director', None), ('opt-date', '--lcbft-on', None),
                          ('opt-id', '--lcbft-by', None), ('text', '--beneficial-owner', None),
                          ('enum', '--vigilance', None)]),
    (['affaire', 'list'], [('search', '--search', None), ('enum', '--state', None),
                           ('enum', '--sort', None)]),
    (['affaire', 'show'], [('id', 'pos', str(client))]),
    (['contact', 'add'], [('id', '--affaire', str(no_signatory)), ('name', '--name', 'Jeanne Essai'),
                          ('text', '--role', None), ('email', '--email', None),
                          ('text', '--phone', None)]),
    (['contact', 'list'], [('id', '--affaire', str(client))]),
    (['document', 'add'], [('id', '--affaire', str(client)), ('enum', '--kind', 'lettre-de-mission'),
                           ('line', '--line', None)]),
    (['document', 'check'], [('id', 'pos', str(draft))]),
    (['document', 'delete'], [('id', 'pos', str(draft))]),
    (['document', 'list'], [('id', '--affaire', str(client))]),
    (['document', 'refuse'], [('id', 'pos', str(draft))]),
    (['document', 'render'], [('id', 'pos', str(draft)), ('text', '-o', os.path.join(TMP, 'r.pdf'))]),
    (['document', 'send'], [('id', 'pos', str(draft))]),
    (['document', 'sign'], [('id', 'pos', str(draft))]),
    (['link', 'add'], [('id', 'pos', str(prestation)), ('id', 'pos', '1'), ('id', 'pos', '2'),
                       ('days', '--lag', None)]),
    (['link', 'remove'], [('id', 'pos', str(prestation)), ('id', 'pos', '1'), ('id', 'pos', '2')]),
    (['prestation', 'add'], [('name', '--name', 'Prestation d’essai'), ('name', '--category', str(category)),
                             ('euros', '--price', None), ('enum', '--recurrence', None)]),
    (['prestation', 'list'], [('opt-id', '--category', None), ('search', '--search', None)]),
    (['prestation', 'show'], [('id', 'pos', str(prestation))]),
    (['project', 'add'], [('id', '--affaire', str(client)), ('name', '--name', 'Projet essai'),
                          ('date', '--start', '2026-01-01'), ('date', '--end', '2026-12-31'),
                          ('opt-id', '--staff', None)]),
    (['project', 'assign'], [('id', 'pos', str(project)), ('id', '--prestation', str(prestation)),
                             ('opt-date', '--start', None), ('opt-date', '--end', None),
                             ('euros', '--price', '100')]),
    (['project', 'save'], [('id', 'pos', str(project))]),
    (['request', 'answer'], [('id', 'pos', str(request)), ('opt-date', '--on', None)]),
    (['request', 'send'], [('id', 'pos', str(request)), ('opt-date', '--on', None)]),
    (['step', 'add'], [('id', 'pos', str(prestation)), ('name', '--title', 'Étape d’essai'),
                       ('days', '--delay', None), ('after', '--after', None)]),
    (['task', 'done'], [('id', 'pos', str(open_task)), ('opt-date', '--on', None)]),
    (['task', 'list'], [('opt-id', '--affaire', None), ('opt-id', '--staff', None),
                        ('enum', '--status', None), ('search', '--search', None)]),
    (['renew'], [('coefficient', '--coefficient', '1,03'), ('enum', '--rounding', None),
                 ('id', 'pos', str(client))]),
    (['seed'], [('count', '--affaires', '1')]),
    (['bench'], [('count', '--affaires', '10'), ('count', '--tasks', '10')]),
    (['import'], [('text', '--csv', os.path.join(TMP, 'absent.csv'))]),
]

# Where a value is refused although its kind accepts it, or accepted
# although its kind refuses it: written here, with the reason.
NOT_APPLICABLE = {
    # a PDF path is a file name, not a text: tried separately below
    ('document render', '-o'),
    # a missing CSV file is refused whatever its name: tried separately below
    ('import', '--csv'),
}


def argv_for(words, slots, tried=None, bad=None):
    args = list(words)
    for i, (kind, form, good) in enumerate(slots):
        v = bad if i == tried else good
        if v is None:
            continue
        if form == 'pos':
            args.append(v)
        else:
            args += [form, v]
    return args


for words, slots in COMMANDS:
    name = ' '.join(words)
    for i, (kind, form, good) in enumerate(slots):
        if (name, form) in NOT_APPLICABLE:
            continue
        rules = KINDS[kind]
        for bad in rules['refuse']:
            if bad == 'missing' and good is None:
                continue
            v = value(bad)
            if v is MISSING:
                args = argv_for(words, slots[:i] + slots[i + 1:])
            else:
                args = argv_for(words, slots, i, v)
            expect_refused(args, why=f'{form} {bad}')
        if name in ('seed', 'bench', 'renew', 'project save', 'document send', 'document sign',
                    'document refuse', 'document delete', 'task done', 'request answer', 'request send',
                    'link add', 'link remove'):
            continue  # accepted values would change what the next cases rely on
        for good_value in rules.get('accept', []):
            v = value(good_value)
            readback = v.strip() if kind == 'name' and 'add' in words else None
            if kind == 'text' and v != '':
                readback = v
            expect_accepted(argv_for(words, slots, i, v), readback)

# Too many arguments, unknown options, every command.
for words, slots in COMMANDS:
    expect_refused(argv_for(words, slots) + ['--no-such-option'], why='unknown option')
    expect_refused(argv_for(words, slots) + ['extra', 'arguments'], why='too many arguments')

# ---- values wrong for this record, not for their kind --------------------

expect_refused(['project', 'add', '--affaire', str(prospect), '--name', 'P', '--start', '2026-01-01',
                '--end', '2026-12-31'], why='a prospect')
expect_refused(['project', 'add', '--affaire', str(client), '--name', 'P', '--start', '2026-12-31',
                '--end', '2026-01-01'], why='end before start')
expect_refused(['project', 'add', '--affaire', str(client), '--name', '', '--start', '2026-12-31',
                '--end', '2026-01-01'], why='blank name and end before start')
expect_refused(['project', 'add', '--affaire', str(client), '--name', 'P', '--start', '0001-01-01',
                '--end', '9999-12-31'], why='dates out of range')
expect_refused(['project', 'add', '--affaire', str(client), '--name', 'P', '--start', '2026-01-01',
                '--end', '2026-12-31', '--staff', str(client + 1000)], why='unknown intervenant')
expect_refused(['contact', 'add', '--affaire', str(with_signatory), '--name', 'Second', '--signatory'],
               why='a second signatory')
expect_refused(['affaire', 'add', '--name', 'Futur', '--lcbft-on', '2099-01-01'], why='LCB-FT in the future')
expect_refused(['affaire', 'add', '--name', 'Zéro', '--siren', '000000000'], why='SIREN 000000000')
expect_refused(['affaire', 'add', '--name', 'Clôture', '--fiscal-year-end', '31/12/garbage'],
               why='a clôture with garbage')
expect_refused(['task', 'done', str(open_task), '--on', '1990-01-01'], why='before its project started')
expect_refused(['request', 'answer', str(request), '--on', '2000-01-02'], why='answered before sent')
expect_refused(['request', 'answer', str(open_task)], why='a tâche is no demande')
expect_refused(['document', 'refuse', str(draft)], why='a draft was not sent')
expect_refused(['document', 'delete', str(signed)], why='a signed document is no draft')
expect_refused(['document', 'send', str(signed)], why='already signed')
expect_refused(['renew', '--coefficient', '1,03', str(prospect)], why='a prospect has no lettre de mission')
expect_refused(['step', 'add', str(prestation), '--title', 'Négatif', '--delay', '-5'], why='negative délai')
expect_refused(['prestation', 'add', '--name', 'Gratuit', '--category', str(category), '--price', '-0,01'],
               why='-1 cent is « no price »')
expect_refused(['link', 'add', str(prestation), '1', '1'], why='a step on itself')
expect_refused(['link', 'add', str(prestation), '1', '99'], why='no step 99')
expect_refused(['import', '--csv', os.path.join(TMP, 'absent.csv')], why='no such file')
expect_refused(['import', '--csv', TMP], why='a folder')
expect_refused(['export', '--json', '-o', TMP], why='a folder')
expect_refused(['check', 'extra'], why='too many arguments')

# A CSV holds what argv cannot: each bad line refused with its number, the
# good one imported, no escape printed.
csv = os.path.join(TMP, 'bad.csv')
with open(csv, 'w', encoding='utf-8') as f:
    f.write('Raison sociale;SIREN;Forme juridique;Adresse;Code postal;Ville;Activité;Date de clôture;Dirigeant\n')
    f.write('Clôture Douteuse SARL;;SARL;;;;;31/12/garbage;\n')
    f.write('\u00a0;;SARL;;;;;31/12;\n')
    f.write('\u200b;;SARL;;;;;31/12;\n')
    f.write('Evil\x1b[2J SARL;;SARL;;;;;31/12;\n')
    f.write('Zéro SARL;000000000;SARL;;;;;31/12;\n')
    f.write('Correcte SARL;;SARL;;;;;30/06;\n')
rc, out, err = run(['import', '--csv', csv])
e = err.decode('utf-8', errors='replace')
reason = sane_run('import', rc, out, err)
imported = [a['name'] for a in json.loads(export())['affaires']]
exports.pop(DB, None)
if reason is None and rc == 0 and all(f'Line {n}' in e for n in (2, 3, 4, 5, 6)) and \
   'Correcte SARL' in imported and 'Clôture Douteuse SARL' not in imported and \
   not any('Evil' in n or n.strip('\u00a0\u200b') == '' or n == 'Zéro SARL' for n in imported):
    ok('import: the bad lines refused by number, the good one imported')
else:
    fail('import: the bad lines refused by number, the good one imported',
         f'{reason} exit {rc}\nstderr: {e}\nimported: {imported[-6:]}')

# Never-existing ids are said not to exist, not to have been deleted.
for args in (['affaire', 'show', '999999'], ['prestation', 'show', '999999'], ['task', 'done', '999999'],
             ['project', 'save', '999999'], ['request', 'answer', '999999']):
    rc, out, err = run(args)
    e = err.decode('utf-8', errors='replace')
    if rc == 1 and 'deleted' not in e and 'no longer' not in e and 'does not exist' in e:
        ok(f'{shown(args)}: says it does not exist')
    else:
        fail(f'{shown(args)}: says it does not exist', f'exit {rc}: {e}')

# ---- output that cannot be written ---------------------------------------

for args in (['affaire', 'list'], ['affaire', 'list', '--json'], ['affaire', 'show', str(client)],
             ['contact', 'list', '--affaire', str(client)], ['document', 'list', '--affaire', str(client)],
             ['prestation', 'list'], ['prestation', 'show', str(prestation)], ['task', 'list'],
             ['document', 'check', str(draft)], ['export', '--json']):
    with open('/dev/full', 'wb') as full:
        rc, out, err = run(args, stdout=full)
    if rc == 1 and err.strip():
        ok(f'{shown(args)} > /dev/full: exit 1')
    else:
        fail(f'{shown(args)} > /dev/full: exit 1', f'exit {rc}: {err.decode(errors="replace")}')

# render -o: a symlink stays a symlink, a device is written into, a failed write is exit 1
target = os.path.join(TMP, 'target.pdf')
link = os.path.join(TMP, 'link.pdf')
os.symlink(target, link)
rc, out, err = run(['document', 'render', str(signed), '-o', link])
if rc == 0 and os.path.islink(link) and os.path.getsize(target) > 0:
    ok('render -o SYMLINK writes through the link')
else:
    fail('render -o SYMLINK writes through the link', f'exit {rc}, link kept: {os.path.islink(link)}')
full_link = os.path.join(TMP, 'full.pdf')
os.symlink('/dev/full', full_link)
rc, out, err = run(['document', 'render', str(signed), '-o', full_link])
if rc == 1 and os.path.islink(full_link) and err.strip():
    ok('render -o a link to /dev/full: exit 1, the link kept')
else:
    fail('render -o a link to /dev/full: exit 1, the link kept',
         f'exit {rc}, link kept: {os.path.islink(full_link)}: {err.decode(errors="replace")}')
expect_refused(['document', 'render', str(signed), '-o', os.path.join(TMP, 'no', 'such', 'dir.pdf')],
               why='no such folder')
expect_refused(['document', 'render', str(signed), '-o', TMP], why='a folder')

# ---- a name with escapes already in the database (an old import) --------

legacy = os.path.join(TMP, 'legacy.sqlite')
shutil.copy(DB, legacy)
for suffix in ('-wal', '-shm'):
    if os.path.exists(DB + suffix):
        shutil.copy(DB + suffix, legacy + suffix)
with sqlite3.connect(legacy) as conn:
    conn.execute("UPDATE affaires SET name = 'Evil' || char(27) || '[2J' || char(155) || 'x', "
                 "city = 'Lyon' || char(7) WHERE id = ?", (client,))
for args in (['affaire', 'list'], ['affaire', 'list', '--json'], ['affaire', 'show', str(client)],
             ['task', 'list'], ['document', 'list', '--affaire', str(client)], ['export', '--json']):
    rc, out, err = run(args, db=legacy)
    named = args[:2] in (['affaire', 'list'], ['affaire', 'show'], ['export', '--json'])
    if rc == 0 and not raw_controls(out) and not raw_controls(err) and (b'Evil' in out or not named):
        ok(f'{shown(args)}: a stored escape is printed visibly')
    else:
        fail(f'{shown(args)}: a stored escape is printed visibly', f'exit {rc}: {out[:200]!r}')
rc, out, err = run(['export', '--json'], db=legacy)
try:
    names = [a['name'] for a in json.loads(out)['affaires'] if a['id'] == client]
    if names == ['Evil\x1b[2J\u009bx']:
        ok('export --json keeps the stored name exactly (as JSON escapes)')
    else:
        fail('export --json keeps the stored name exactly (as JSON escapes)', repr(names))
except ValueError as e:
    fail('export --json keeps the stored name exactly (as JSON escapes)', str(e))

shutil.rmtree(TMP)
print(f'{n_pass} passed, {n_fail} failed')
sys.exit(1 if n_fail else 0)
