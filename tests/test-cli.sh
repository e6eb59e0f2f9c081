#!/bin/sh
# test-cli.sh: lettrine-cli driven as a user would — help, usage errors,
# refusals with their message, creation, JSON lists, demo, check, export.
# Usage: test-cli.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli.XXXXXX)
trap 'rm -rf "$TMP"' EXIT INT TERM
export LC_ALL=C.UTF-8
unset LETTRINE_DATABASE

n_pass=0
n_fail=0

ok ()   { n_pass=$((n_pass + 1)); echo "ok $((n_pass + n_fail)) - $1"; }
fail () { n_fail=$((n_fail + 1)); echo "not ok $((n_pass + n_fail)) - $1"; }

# expect STATUS DESCRIPTION -- COMMAND…: runs it, keeps stdout/stderr in $TMP/out, $TMP/err
expect () {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"
  else fail "$what: exit $got, expected $want"; sed 's/^/#   stderr: /' "$TMP/err"; sed 's/^/#   stdout: /' "$TMP/out" | head -20
  fi
}

contains () {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok "$3"; else fail "$3: « $2 » not in $(basename "$1")"; sed 's/^/#   /' "$1" | head -20; fi
}

json_ok () {  # json_ok FILE PYTHON-EXPRESSION-ON-d DESCRIPTION
  if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1" 2>"$TMP/py"; then ok "$3"
  else fail "$3"; sed 's/^/#   /' "$TMP/py" "$1" | head -20; fi
}

DB=$TMP/one.db

# Help and usage.
expect 0 "--help" -- "$CLI" --help
contains "$TMP/out" "Usage:" "--help prints the usage"
contains "$TMP/out" "affaire add" "--help lists affaire add"
contains "$TMP/out" "seed" "--help lists seed"
expect 0 "affaire add --help" -- "$CLI" affaire add --help
contains "$TMP/out" "--siren" "affaire add --help lists its options"
expect 0 "help of a group" -- "$CLI" affaire --help
contains "$TMP/out" "affaire list" "the group's help lists its commands"
expect 2 "no command" -- "$CLI"
expect 2 "unknown command" -- "$CLI" frobnicate
contains "$TMP/err" "frobnicate" "the unknown command is named"
expect 2 "unknown option" -- "$CLI" -d "$DB" affaire list --colour
expect 2 "missing --name" -- "$CLI" -d "$DB" affaire add --siren 981960016
contains "$TMP/err" "--name" "the missing option is named"
expect 2 "bad id" -- "$CLI" -d "$DB" affaire show abc
expect 2 "bad state" -- "$CLI" -d "$DB" affaire add --name X --state customer
contains "$TMP/err" "prospect, client" "the valid states are listed"
expect 2 "seed without a size" -- "$CLI" -d "$DB" seed
expect 2 "export without a format" -- "$CLI" -d "$DB" export

# Rules refuse with the app's message, exit 1.
expect 1 "bad SIREN" -- "$CLI" -d "$DB" affaire add --name "Boulangerie Martin" --siren 981960017
contains "$TMP/err" "check digit does not match" "the SIREN refusal says why"
expect 1 "SIREN of letters" -- "$CLI" -d "$DB" affaire add --name "Garage" --siren 98196001A
contains "$TMP/err" "not a digit" "the SIREN refusal names the bad character"
expect 1 "bad date" -- "$CLI" -d "$DB" affaire add --name "Garage" --lcbft-on 2026-02-30
contains "$TMP/err" "is not a date" "the date refusal says why"
expect 1 "blank name" -- "$CLI" -d "$DB" affaire add --name "   "
contains "$TMP/err" "name is required" "the name refusal says why"

# The same refusals in French, as a French user reads them (the catalogue
# of the build tree; skipped if it was not built).
if [ -f "$(dirname "$(dirname "$(dirname "$CLI")")")/po/fr/LC_MESSAGES/lettrine.mo" ]; then
  LANGUAGE=fr expect 1 "bad SIREN, in French" -- "$CLI" -d "$DB" affaire add --name "Boulangerie Martin" --siren 981960017
  contains "$TMP/err" "clé" "the SIREN refusal is in French"
  LANGUAGE=fr expect 2 "usage error, in French" -- "$CLI" -d "$DB" seed
  contains "$TMP/err" "Dites quoi remplir" "the usage error is in French"
  LANGUAGE=fr expect 0 "help, in French" -- "$CLI" --help
  contains "$TMP/out" "Utilisation" "the help is in French"
  contains "$TMP/out" "Remplir la base" "each command's summary is in French"
fi

# Creating prints the id alone.
expect 0 "affaire add" -- "$CLI" -d "$DB" affaire add --name "Société Générale de Négoce" --siren "981 960 016" --city "Écully" --state client --letter-outside 2024-01-02 --letter-reference LM-2024-1
if grep -qE '^[0-9]+$' "$TMP/out" && [ "$(wc -l <"$TMP/out")" -eq 1 ]; then ok "add prints the id alone"; else fail "add prints the id alone"; cat "$TMP/out"; fi
ID=$(cat "$TMP/out")
expect 1 "duplicate SIREN" -- "$CLI" -d "$DB" affaire add --name "Autre" --siren 981960016
contains "$TMP/err" "already" "the duplicate SIREN refusal names the other affaire"
LETTRINE_DATABASE=$DB expect 0 "LETTRINE_DATABASE is used" -- "$CLI" affaire add --name "Atelier « L’Éclat » ; '); DROP TABLE affaires;--"

expect 0 "--database after the command" -- "$CLI" affaire list --json --database "$DB"
json_ok "$TMP/out" "len(d) == 2" "--database after the command is the same database"

# Lists and show.
expect 0 "affaire list --json" -- "$CLI" -d "$DB" affaire list --json
json_ok "$TMP/out" "isinstance(d, list) and len(d) == 2 and all('id' in a and 'name' in a for a in d)" "list --json parses with both affaires"
json_ok "$TMP/out" "any(a['name'] == \"Atelier « L’Éclat » ; '); DROP TABLE affaires;--\" for a in d)" "quotes and SQL in a name round-trip"
expect 0 "accent-insensitive search" -- "$CLI" -d "$DB" affaire list --search societe --json
json_ok "$TMP/out" "len(d) == 1 and d[0]['name'].startswith('Société')" "« societe » finds « Société »"
expect 0 "search by city" -- "$CLI" -d "$DB" affaire list --search ecully --state client --json
json_ok "$TMP/out" "len(d) == 1" "« ecully » finds the client of Écully"
expect 0 "affaire show --json" -- "$CLI" -d "$DB" affaire show "$ID" --json
json_ok "$TMP/out" "d['id'] == $ID and d['siren'] == '981960016' and d['state'] == 'client' and isinstance(d['contacts'], list)" "show --json has the affaire"
expect 1 "show a missing affaire" -- "$CLI" -d "$DB" affaire show 999999
expect 0 "affaire list (text)" -- "$CLI" -d "$DB" affaire list
contains "$TMP/out" "981 960 016" "the text list formats the SIREN"

# Contacts: one signataire per affaire.
expect 0 "contact add" -- "$CLI" -d "$DB" contact add --affaire "$ID" --name "Claire Dupont" --role "Gérante" --email claire@example.fr --signatory
if grep -qE '^[0-9]+$' "$TMP/out"; then ok "contact add prints the id"; else fail "contact add prints the id"; fi
expect 1 "a second signataire is refused" -- "$CLI" -d "$DB" contact add --affaire "$ID" --name "Paul Dupont" --signatory
expect 1 "a bad e-mail is refused" -- "$CLI" -d "$DB" contact add --affaire "$ID" --name "Paul Dupont" --email "paul at example"
expect 0 "a second contact who does not sign" -- "$CLI" -d "$DB" contact add --affaire "$ID" --name "Paul Dupont"
expect 0 "contact list --json" -- "$CLI" -d "$DB" contact list --affaire "$ID" --json
json_ok "$TMP/out" "len(d) == 2 and d[0]['name'] == 'Claire Dupont' and d[0]['is_signatory'] is True" "the signataire comes first"
expect 1 "contacts of a missing affaire" -- "$CLI" -d "$DB" contact list --affaire 999999
expect 2 "contact add without --affaire" -- "$CLI" -d "$DB" contact add --name "X"

# The demo cabinet.
DEMO=$TMP/demo.db
expect 0 "seed --demo" -- "$CLI" -d "$DEMO" seed --demo
expect 0 "check after the demo" -- "$CLI" -d "$DEMO" check
expect 1 "seed --demo twice is refused" -- "$CLI" -d "$DEMO" seed --demo
contains "$TMP/err" "empty database" "the refusal says why"
expect 0 "export --json" -- "$CLI" -d "$DEMO" export --json
cp "$TMP/out" "$TMP/export1.json"
expect 0 "export --json again" -- "$CLI" -d "$DEMO" export --json -o "$TMP/export2.json"
if cmp -s "$TMP/export1.json" "$TMP/export2.json"; then ok "export is stable across two runs"; else fail "export is stable across two runs"; diff "$TMP/export1.json" "$TMP/export2.json" | head; fi
json_ok "$TMP/export1.json" "list(d) == ['firm','staff','affaires','contacts','categories','prestations','steps','step_links','terms','documents','document_lines','projects','assignments','tasks','task_links','document_renewals']" "export has one array per table, in the glossary's order"
json_ok "$TMP/export1.json" "len(d['staff']) == 3 and len(d['categories']) == 2 and len(d['prestations']) == 6 and len(d['affaires']) == 10" "demo: 3 intervenants, 2 catégories, 6 prestations, 10 affaires"
json_ok "$TMP/export1.json" "len({c['affaire_id'] for c in d['contacts'] if c['is_signatory']}) == 10" "demo: one signataire per affaire"
json_ok "$TMP/export1.json" "all(a['lcbft_identified_on'] for a in d['affaires'] if a['state'] == 'client') and {a['state'] for a in d['affaires']} == {'client','prospect'}" "demo: prospects and clients, LCB-FT done for the clients"
json_ok "$TMP/export1.json" "{c['name'] for c in d['categories']} == {'Administratif','Comptabilité'} and any(p['name'] == 'Entrée en relation' and p['recurrence'] == 'none' for p in d['prestations']) and any(p['recurrence'] == 'monthly' for p in d['prestations']) and any(p['recurrence'] == 'yearly' for p in d['prestations'])" "demo: the catalogue has onboarding, monthly and yearly prestations"
json_ok "$TMP/export1.json" "{'Demander les statuts','Demander le Kbis','Paramétrer le dossier','Récupérer la lettre de fin de mission du confrère'} <= {s['title'] for s in d['steps']} and {s['kind'] for s in d['steps']} == {'task','request'} and len(d['step_links']) >= 10" "demo: tâches, demandes and links"
json_ok "$TMP/export1.json" "all(d['firm'][0][k] for k in ('name','legal_form','address','rcs','ordre','vat_number','insurance','signatory_name'))" "demo: the firm's legal details"
json_ok "$TMP/export1.json" "all(len(x['pdf']) == 64 and x['pdf'] == x['pdf_sha256'] for x in d['documents'] if x['state'] == 'signed')" "demo: signed letters are frozen, exported as their SHA-256"
json_ok "$TMP/export1.json" "len(d['terms']) == 1 and all(any(x['affaire_id'] == a['id'] and x['kind'] == 'lettre-de-mission' and x['state'] == 'signed' for x in d['documents']) for a in d['affaires'] if a['state'] == 'client')" "demo: every client has a signed lettre de mission"

# check finds what was broken behind the rules' back (sqlite3, not the app).
BROKEN=$TMP/broken.db
cp "$DEMO" "$BROKEN"
PROSPECT=$(sqlite3 "$BROKEN" "SELECT id FROM affaires WHERE state = 'prospect' ORDER BY id LIMIT 1")
CLIENT=$(sqlite3 "$BROKEN" "SELECT id FROM affaires WHERE state = 'client' ORDER BY id LIMIT 1")
sqlite3 "$BROKEN" "
  INSERT INTO documents (affaire_id, kind, state, title, signed_on) VALUES ($PROSPECT, 'lettre-de-mission', 'signed', 'LM', '2026-01-05');
  INSERT INTO tasks (id, affaire_id, title, start_date, due_date) VALUES (9001, $CLIENT, 'A', '2026-01-01', '2026-01-02'), (9002, $CLIENT, 'B', '2026-01-01', '2026-01-02');
  INSERT INTO task_links (from_task_id, to_task_id) VALUES (9001, 9002), (9002, 9001);
  UPDATE prestations SET is_current = 1, family_id = (SELECT MIN (id) FROM prestations);
  UPDATE affaires SET siren = '123456789' WHERE id = $CLIENT;
"
expect 1 "check of a broken database" -- "$CLI" -d "$BROKEN" check
contains "$TMP/out" "is a prospect but has a signed lettre de mission" "check names the prospect with a signed letter"
contains "$TMP/out" "form a cycle" "check names the cycle of tasks"
contains "$TMP/out" "more than one current version" "check names the prestation with two current versions"
contains "$TMP/out" "fails the Luhn check" "check names the bad SIREN"
contains "$TMP/err" "problems" "check's last word counts the problems"

# Databases that are not what they should be.
expect 1 "check of a missing database" -- "$CLI" -d "$TMP/nowhere/none.db" check
contains "$TMP/err" "There is no database at" "a missing database is named, not created"
if [ ! -e "$TMP/nowhere" ]; then ok "nothing was created for a read"; else fail "nothing was created for a read"; fi
head -c 8192 /dev/urandom >"$TMP/garbage.db"
cp "$TMP/garbage.db" "$TMP/garbage.copy"
expect 1 "a file of garbage" -- "$CLI" -d "$TMP/garbage.db" affaire list
contains "$TMP/err" "is not a Lettrine database" "garbage is reported as such"
if cmp -s "$TMP/garbage.db" "$TMP/garbage.copy"; then ok "the garbage file is left untouched"; else fail "the garbage file is left untouched"; fi
NEWER=$TMP/newer.db
cp "$DEMO" "$NEWER"
sqlite3 "$NEWER" "PRAGMA user_version = 99"
expect 1 "a newer database refuses writes" -- "$CLI" -d "$NEWER" affaire add --name "Nouvelle"
contains "$TMP/err" "newer version" "the refusal says the database is newer"
expect 0 "a newer database still reads" -- "$CLI" -d "$NEWER" affaire list --json
json_ok "$TMP/out" "len(d) == 10" "the newer database lists its affaires"

# The benchmark runs and prints each figure beside its baseline.
expect 0 "bench (small)" -- "$CLI" bench --affaires 50 --tasks 500
contains "$TMP/out" "raw sqlite3" "bench: inserts beside raw SQLite"
contains "$TMP/out" "empty database" "bench: opening beside an empty database"
contains "$TMP/out" "Resident memory" "bench: resident memory"
contains "$TMP/out" "raw SQL" "bench: search beside its raw SQL"
contains "$TMP/out" "28 tâches found by the store, 28 by the raw SQL" "bench: the store and the raw SQL find the same tâches"

# A synthetic cabinet.
BIG=$TMP/big.db
expect 0 "seed --affaires 1000 --tasks 20000" -- "$CLI" -d "$BIG" seed --affaires 1000 --tasks 20000
expect 0 "check after seeding" -- "$CLI" -d "$BIG" check
expect 0 "export of the synthetic cabinet" -- "$CLI" -d "$BIG" export --json -o "$TMP/big.json"
json_ok "$TMP/big.json" "len(d['affaires']) == 1000 and len(d['tasks']) == 20000 and len(d['task_links']) > 5000 and len({t['staff_id'] for t in d['tasks']}) > 1 and any(t['done_on'] for t in d['tasks'])" "seed: 1000 affaires, 20000 tasks over several intervenants, some done, with links"
if python3 - "$TMP/big.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
def luhn(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        n = int(c) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0
sirens = [a['siren'] for a in d['affaires']]
sys.exit(0 if all(luhn(s) for s in sirens) and len(set(sirens)) == len(sirens) else 1)
PY
then ok "seed: every SIREN passes the Luhn check and is unique"; else fail "seed: every SIREN passes the Luhn check and is unique"; fi
expect 0 "seeding again adds more" -- "$CLI" -d "$BIG" seed --affaires 10 --tasks 10
expect 0 "check after a second seed" -- "$CLI" -d "$BIG" check

echo "# $n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
