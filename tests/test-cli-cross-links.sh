#!/bin/sh
# test-cli-cross-links.sh: lettrine-cli step link|unlink|links — a step that
# waits on a step of another prestation, refusals, and a project's dates
# that follow (the dépôt au greffe after the comptes annuels).
# Usage: test-cli-cross-links.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli-cross-links.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli-cross-links.XXXXXX)
trap 'rm -rf "$TMP"' EXIT INT TERM
export LC_ALL=C.UTF-8
export LETTRINE_DATABASE=$TMP/cabinet.db

n_pass=0
n_fail=0
ok ()   { n_pass=$((n_pass + 1)); echo "ok $((n_pass + n_fail)) - $1"; }
fail () { n_fail=$((n_fail + 1)); echo "not ok $((n_pass + n_fail)) - $1"; }

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
# The due date of the task of project $1 whose title starts with $2.
due () {
  "$CLI" task list --json | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    if t["project_id"] == int(sys.argv[1]) and t["title"].startswith(sys.argv[2]):
        print(t["due_date"])' "$1" "$2"
}

expect 0 "demo cabinet" -- "$CLI" seed --demo
BILAN=$("$CLI" prestation list --search "Bilan annuel" | cut -f1)
JURIDIQUE=$("$CLI" prestation list --search "Secrétariat juridique" | cut -f1)
BISTROT=$("$CLI" affaire list --search Bistrot | cut -f1)

expect 0 "the demo's link is listed" -- "$CLI" step links "$JURIDIQUE"
contains "$TMP/out" "Déposer les comptes au greffe — waits on Bilan annuel : Établir les comptes annuels (+0)" "the dépôt waits on the comptes"

# refusals: a circle, one prestation, a step that is not there, a bad --waits-on
expect 1 "a circle through both prestations is refused" -- "$CLI" step link "$BILAN" 3 --waits-on "$JURIDIQUE:3"
contains "$TMP/err" "go round in a circle (Secrétariat juridique annuel : Déposer les comptes au greffe → Bilan annuel : Réviser les comptes" "the circle is named"
expect 1 "two steps of one prestation are refused" -- "$CLI" step link "$BILAN" 6 --waits-on "$BILAN:1"
contains "$TMP/err" "same prestation" "says why"
expect 1 "step 9 does not exist" -- "$CLI" step link "$JURIDIQUE" 9 --waits-on "$BILAN:4"
expect 2 "--waits-on is PRESTATION:STEP" -- "$CLI" step link "$JURIDIQUE" 3 --waits-on "$BILAN"
expect 2 "--waits-on is required" -- "$CLI" step link "$JURIDIQUE" 3

# a second link, with a lag, then its removal
expect 0 "the dépôt waits on the présentation, 2 days after" -- "$CLI" step link "$JURIDIQUE" 3 --waits-on "$BILAN:6" --lag 2
expect 0 "links as JSON" -- "$CLI" step links --json
contains "$TMP/out" '"waits_on_step" : "Présenter le bilan au dirigeant"' "listed in JSON"
contains "$TMP/out" '"lag_days" : 2' "with its lag"

# a project for Le Bistrot (clôture 30/06) with both prestations
P=$("$CLI" project add --affaire "$BISTROT" --name "Exercice 2027" --start 2027-01-04 --end 2027-12-31 --staff 1)
expect 0 "assign the bilan" -- "$CLI" project assign "$P" --prestation "$BILAN" --price 1800
expect 0 "assign the secrétariat juridique" -- "$CLI" project assign "$P" --prestation "$JURIDIQUE" --price 450
expect 0 "save the project" -- "$CLI" project save "$P"
COMPTES=$(due "$P" "Établir les comptes annuels")
PRESENTATION=$(due "$P" "Présenter le bilan")
PV=$(due "$P" "Rédiger le procès-verbal")
DEPOT=$(due "$P" "Déposer les comptes au greffe")
echo "# comptes $COMPTES, présentation $PRESENTATION, PV $PV, dépôt $DEPOT"
# 30/06/2027: comptes Tuesday 3 August (as test-planning), présentation
# Friday 6; the dépôt waits on the comptes (the demo's rule), on the
# signature of the PV (Monday 19 July, 14 juillet off) and on the
# présentation + 2 (Tuesday 10): it starts then and is due Wednesday 11.
[ "$COMPTES" = "2027-08-03" ] && ok "comptes annuels due 03/08/2027" || fail "comptes annuels due $COMPTES"
[ "$PRESENTATION" = "2027-08-06" ] && ok "présentation due 06/08/2027" || fail "présentation due $PRESENTATION"
[ "$DEPOT" = "2027-08-11" ] && ok "dépôt au greffe due 11/08/2027, after the comptes and the présentation" || fail "dépôt due $DEPOT"

expect 0 "unlink" -- "$CLI" step unlink "$JURIDIQUE" 3 --waits-on "$BILAN:6"
expect 1 "unlink twice" -- "$CLI" step unlink "$JURIDIQUE" 3 --waits-on "$BILAN:6"
contains "$TMP/err" "not linked" "says so"

echo "$n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
