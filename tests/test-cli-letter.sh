#!/bin/sh
# test-cli-letter.sh: what lettrine-cli lets a cabinet say in its letters
# (issue 12): the vigilance level gate, the upgrade of older databases.
# Usage: test-cli-letter.sh PATH/TO/lettrine-cli SOURCE_DIR
set -u

CLI=${1:?usage: test-cli-letter.sh PATH/TO/lettrine-cli SOURCE_DIR}
SRC=${2:?usage: test-cli-letter.sh PATH/TO/lettrine-cli SOURCE_DIR}
TMP=$(mktemp -d /tmp/lettrine-test-cli-letter.XXXXXX)
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
absent () {
  if grep -qF -- "$2" "$1"; then fail "$3: « $2 » in $(basename "$1")"; else ok "$3"; fi
}

# --- 1. the vigilance level -------------------------------------------------

# An older database: the identified client keeps its level, the prospect
# never identified (level left at the old default) is « not assessed ».
cp "$SRC/tests/fixtures/lettrine-v1.db" "$TMP/v1.db"
expect 0 "v1 client shown" -- "$CLI" --database "$TMP/v1.db" affaire show --json 1
contains "$TMP/out" '"vigilance" : "standard"' "an identified client keeps its level"
expect 0 "v1 prospect shown" -- "$CLI" --database "$TMP/v1.db" affaire show --json 2
contains "$TMP/out" '"vigilance" : "not-assessed"' "a prospect never identified is not assessed"

expect 0 "demo cabinet" -- "$CLI" seed --demo
expect 0 "identified, level not chosen" -- "$CLI" affaire add --name "Dupont SARL" --siren "847 144 854" \
  --director "Jean Dupont" --address "3 place Bellecour" --postal-code 69002 --city Lyon \
  --lcbft-on 2026-01-15 --lcbft-by 1 --beneficial-owner "Jean Dupont"
DUPONT=$(cat "$TMP/out")
expect 0 "a new affaire is not assessed" -- "$CLI" affaire show --json "$DUPONT"
contains "$TMP/out" '"vigilance" : "not-assessed"' "its level is « not-assessed »"
expect 0 "its letter" -- "$CLI" document add --affaire "$DUPONT" --kind lettre-de-mission --line 3 --line 4
LM=$(cat "$TMP/out")
expect 1 "not sent before the vigilance level is chosen" -- "$CLI" document send "$LM"
contains "$TMP/err" "vigilance level" "the refusal names the vigilance level"
expect 2 "a level that does not exist" -- "$CLI" affaire edit "$DUPONT" --vigilance extreme
expect 0 "level chosen" -- "$CLI" affaire edit "$DUPONT" --vigilance reinforced
expect 0 "then sent" -- "$CLI" document send "$LM"
expect 0 "rendered" -- "$CLI" document render "$LM" -o "$TMP/lm.pdf"
pdftotext "$TMP/lm.pdf" "$TMP/lm.txt"
absent "$TMP/lm.txt" "renforcée" "the letter does not tell the level"

echo "$n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
