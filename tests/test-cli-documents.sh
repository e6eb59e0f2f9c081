#!/bin/sh
# test-cli-documents.sh: lettrine-cli document, renew and import as a user
# drives them — the same rules and messages as the app, exit codes 0/1/2.
# Usage: test-cli-documents.sh PATH/TO/lettrine-cli SOURCE_DIR
set -u

CLI=${1:?usage: test-cli-documents.sh PATH/TO/lettrine-cli SOURCE_DIR}
SRC=${2:?usage: test-cli-documents.sh PATH/TO/lettrine-cli SOURCE_DIR}
TMP=$(mktemp -d /tmp/lettrine-test-cli-documents.XXXXXX)
trap 'rm -rf "$TMP"' EXIT INT TERM
export LC_ALL=C.UTF-8
export LETTRINE_DATABASE=$TMP/cabinet.db

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

expect 0 "demo cabinet" -- "$CLI" seed --demo

# A prospect (8, Menuiserie Chabert in the demo): no avenant, with the reason.
expect 1 "avenant refused for a prospect" -- "$CLI" document add --affaire 8 --kind avenant
contains "$TMP/err" "prospect" "the refusal says why"
expect 2 "unknown kind is a usage error" -- "$CLI" document add --affaire 8 --kind devis
expect 2 "--affaire is required" -- "$CLI" document add --kind avenant

expect 0 "offre with two lines" -- "$CLI" document add --affaire 8 --kind offre-de-service --line 3 --line 4:1500,50
OFFRE=$(cat "$TMP/out")
expect 1 "a draft is not signed" -- "$CLI" document sign "$OFFRE"
contains "$TMP/err" "draft" "the refusal says to send it first"
expect 0 "offre sent" -- "$CLI" document send "$OFFRE"
expect 1 "a sent offre is not deleted" -- "$CLI" document delete "$OFFRE"
expect 0 "offre signed" -- "$CLI" document sign "$OFFRE"
contains "$TMP/out" "Engagement letter created" "signing the offre drafts the letter"

expect 0 "list as JSON" -- "$CLI" document list --affaire 8 --json
if python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
lm=[x for x in d if x['kind']=='lettre-de-mission' and x['state']=='draft']
assert len(lm)==1 and lm[0]['parent_id']==int(sys.argv[2]) and len(lm[0]['lines'])==2
assert any(l['price_cents']==150050 for l in lm[0]['lines'])
print(lm[0]['id'])" "$TMP/out" "$OFFRE" >"$TMP/lm"; then ok "the letter has the offre's lines and points at it"; else fail "letter from the offre"; fi
LM=$(cat "$TMP/lm")

expect 1 "the letter is not sent before the LCB-FT identification" -- "$CLI" document send "$LM"
contains "$TMP/err" "LCB-FT" "the refusal names LCB-FT"

# A prospect identified under LCB-FT goes all the way to client.
expect 0 "identified prospect" -- "$CLI" affaire add --name "Dupont SARL" --siren "847 144 854" \
  --director "Jean Dupont" --lcbft-on 2026-01-15 --lcbft-by 1 --beneficial-owner "Jean Dupont" \
  --vigilance standard --legal-form SARL --address "3 place Bellecour" --postal-code 69002 --city Lyon
DUPONT=$(cat "$TMP/out")
expect 0 "its letter" -- "$CLI" document add --affaire "$DUPONT" --kind lettre-de-mission --line 3 --line 4
LM2=$(cat "$TMP/out")
expect 0 "letter sent" -- "$CLI" document send "$LM2"
expect 0 "letter signed" -- "$CLI" document sign "$LM2"
contains "$TMP/out" "Dupont SARL is now a client" "the prospect became a client"
expect 0 "an avenant is now allowed" -- "$CLI" document add --affaire "$DUPONT" --kind avenant --line 5

expect 0 "renewal preview" -- "$CLI" renew --coefficient 1,035 --rounding euro --dry-run "$DUPONT"
contains "$TMP/out" "→" "old and new fees are shown"
expect 1 "a prospect is not renewed" -- "$CLI" renew --coefficient 1,035 8
expect 0 "renewal" -- "$CLI" renew --coefficient 1,035 "$DUPONT"
expect 1 "a bad coefficient is refused" -- "$CLI" renew --coefficient 7 "$DUPONT"
expect 0 "import, UTF-8 and ;" -- "$CLI" import --csv "$SRC/tests/fixtures/affaires-utf8-semicolon.csv"
contains "$TMP/out" "3 affaires imported, 4 lines refused" "valid lines imported, the others counted"
contains "$TMP/err" "Line 5:" "refused lines listed with their line number"
expect 0 "import, Windows-1252 and ," -- "$CLI" import --csv "$SRC/tests/fixtures/affaires-cp1252-comma.csv" --dry-run
contains "$TMP/out" "3 lines can be imported, 3 refused" "the dry run counts"

echo "1..$((n_pass + n_fail))"
[ "$n_fail" -eq 0 ]
