#!/bin/sh
# test-cli-document-life.sh: a document's life through lettrine-cli, run in
# English (LANG=C, LANGUAGE=en): sent on a day with its number, signed on a
# day (refused before the sending or in the future, with the reason), the
# PDF frozen as sent, `check` naming a frozen PDF altered in the database,
# and the letter's text French whatever the language.
# Usage: test-cli-document-life.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli-document-life.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli-life.XXXXXX)
trap 'rm -rf "$TMP"' EXIT INT TERM
export LANG=C LC_ALL=C LANGUAGE=en
export LETTRINE_DATABASE=$TMP/cabinet.db
export XDG_DATA_HOME=$TMP/data

n_pass=0
n_fail=0
ok ()   { n_pass=$((n_pass + 1)); echo "ok $((n_pass + n_fail)) - $1"; }
fail () { n_fail=$((n_fail + 1)); echo "not ok $((n_pass + n_fail)) - $1"; }

# expect STATUS DESCRIPTION -- COMMAND…
expect () {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"
  else fail "$what: exit $got, expected $want"; sed 's/^/#   stderr: /' "$TMP/err"; sed 's/^/#   stdout: /' "$TMP/out" | head -20
  fi
}
contains () {
  if grep -qF -- "$2" "$1"; then ok "$3"; else fail "$3: « $2 » not in $(basename "$1")"; sed 's/^/#   /' "$1" | head -20; fi
}
lacks () {
  if grep -qF -- "$2" "$1"; then fail "$3: « $2 » in $(basename "$1")"; else ok "$3"; fi
}

expect 0 "demo cabinet" -- "$CLI" seed --demo

# A prospect (8, Menuiserie Chabert): an offre, drafted by an English process.
expect 0 "offre drafted" -- "$CLI" document add --affaire 8 --kind offre-de-service --line 3 --line 4
OFFRE=$(cat "$TMP/out")
expect 0 "listed" -- "$CLI" document list --affaire 8
contains "$TMP/out" "Offre de service" "its stored title is French in an English process"
lacks "$TMP/out" "Service offer" "no English title"

expect 1 "a sending date in the future is refused" -- "$CLI" document send "$OFFRE" --on 31/12/2199
contains "$TMP/err" "after today" "the refusal says why"
expect 1 "a date that is not one is refused" -- "$CLI" document send "$OFFRE" --on 31/02/2025
contains "$TMP/err" "not a date" "the refusal says so"
expect 0 "sent on 15/01/2025" -- "$CLI" document send "$OFFRE" --on 15/01/2025
expect 0 "listed" -- "$CLI" document list --affaire 8 --json
if python3 -c "
import json,sys
d=[x for x in json.load(open(sys.argv[1])) if x['id']==int(sys.argv[2])][0]
assert d['number']=='OS-2025-0001', d['number']
assert d['sent_on']=='2025-01-15'
assert d['state']=='sent'
assert d['pdf_sha256'] and len(d['pdf_sha256'])==64
" "$TMP/out" "$OFFRE"; then ok "numbered OS-2025-0001, dated and frozen when sent"; else fail "number, date, frozen PDF"; fi

expect 0 "the PDF as sent" -- "$CLI" document render "$OFFRE" -o "$TMP/sent.pdf"
pdftotext -layout "$TMP/sent.pdf" "$TMP/sent.txt"
contains "$TMP/sent.txt" "Lyon, le 15 janvier 2025" "the letter carries the day it was sent"
contains "$TMP/sent.txt" "OS-2025-0001" "and its number"
contains "$TMP/sent.txt" "Offre de service" "French"
lacks "$TMP/sent.txt" "Service offer" "no English in the letter"

expect 1 "signing before the sending is refused" -- "$CLI" document sign "$OFFRE" --on 2025-01-14
contains "$TMP/err" "before it was sent (15/01/2025)" "the refusal names the sending date"
expect 1 "signing in the future is refused" -- "$CLI" document sign "$OFFRE" --on 2199-01-01
contains "$TMP/err" "after today" "the refusal says why"
expect 0 "signed on 20/01/2025" -- "$CLI" document sign "$OFFRE" --on 20/01/2025
expect 0 "the PDF as signed" -- "$CLI" document render "$OFFRE" -o "$TMP/signed.pdf"
if head -c "$(wc -c < "$TMP/sent.pdf")" "$TMP/signed.pdf" | cmp -s - "$TMP/sent.pdf"; then
  ok "the signed PDF starts with the bytes frozen when sent"; else fail "the PDF changed at signature"; fi
pdftoppm -r 100 -png "$TMP/signed.pdf" "$TMP/signed-page" 2>/dev/null && ok "the signed PDF renders" || fail "the signed PDF does not render"
expect 0 "the PDF as sent, asked for" -- "$CLI" document render "$OFFRE" --as-sent -o "$TMP/as-sent.pdf"
if cmp -s "$TMP/sent.pdf" "$TMP/as-sent.pdf"; then ok "--as-sent is the frozen PDF byte for byte"; else fail "--as-sent differs"; fi
expect 0 "listed" -- "$CLI" document list --affaire 8 --json
if python3 -c "
import json,sys
d=[x for x in json.load(open(sys.argv[1])) if x['id']==int(sys.argv[2])][0]
assert d['signed_on']=='2025-01-20' and d['state']=='signed'
lm=[x for x in json.load(open(sys.argv[1])) if x['kind']=='lettre-de-mission']
assert lm and all(x['number'] is None for x in lm if x['state']=='draft')
" "$TMP/out" "$OFFRE"; then ok "signature date recorded; the new letter, a draft, has no number"; else fail "signature date"; fi

expect 0 "the database checks clean" -- "$CLI" check

# Someone edits the frozen PDF in the database behind the app's back.
python3 -c "
import sqlite3,sys
db=sqlite3.connect(sys.argv[1])
pdf=bytearray(db.execute('SELECT pdf FROM documents WHERE id=?',(int(sys.argv[2]),)).fetchone()[0])
pdf[len(pdf)//2]^=1
db.execute('UPDATE documents SET pdf=? WHERE id=?',(bytes(pdf),int(sys.argv[2])))
db.commit()" "$LETTRINE_DATABASE" "$OFFRE"
expect 1 "check finds the altered PDF" -- "$CLI" check
cat "$TMP/out" "$TMP/err" > "$TMP/all"
contains "$TMP/all" "OS-2025-0001" "and names the document by its number"
contains "$TMP/all" "SHA-256" "saying its fingerprint no longer matches"
expect 1 "the altered PDF is not exported" -- "$CLI" document render "$OFFRE" -o "$TMP/altered.pdf"
contains "$TMP/err" "altered" "the refusal says it was altered"

echo "1..$((n_pass + n_fail))"
[ "$n_fail" -eq 0 ]
