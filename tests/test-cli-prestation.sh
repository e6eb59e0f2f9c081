#!/bin/sh
# test-cli-prestation.sh: lettrine-cli prestation, step and link as a user
# drives them — creation, the graph's refusals with the app's messages (in
# English and in French), nothing written on a refusal.
# Usage: test-cli-prestation.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli-prestation.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli-prestation.XXXXXX)
trap 'rm -rf "$TMP"' EXIT INT TERM
export LC_ALL=C.UTF-8
unset LANGUAGE
export LETTRINE_DATABASE=$TMP/cat.db

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
contains () {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok "$3"; else fail "$3: « $2 » not in $(basename "$1")"; sed 's/^/#   /' "$1" | head -20; fi
}
json_ok () {  # json_ok FILE PYTHON-EXPRESSION-ON-d DESCRIPTION
  if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1" 2>"$TMP/py"; then ok "$3"
  else fail "$3"; sed 's/^/#   /' "$TMP/py" "$1" | head -20; fi
}

expect 2 "prestation add without --name is a usage error" -- "$CLI" prestation add --category Comptabilité
expect 1 "a negative price is refused" -- "$CLI" prestation add --name "Bilan" --category Comptabilité --price "-5"
expect 0 "prestation add" -- "$CLI" prestation add --name "Bilan annuel" --category Comptabilité --price "1 800" --recurrence yearly
P=$(cat "$TMP/out")
expect 0 "step add (demande)" -- "$CLI" step add "$P" --title "Collecte des pièces" --request --delay 10
expect 0 "step add after 1" -- "$CLI" step add "$P" --title "Révision" --delay 5 --after 1
expect 0 "step add after 2 with a lag" -- "$CLI" step add "$P" --title "Liasse fiscale" --after "2+2"
expect 1 "a dependency on a missing step is refused" -- "$CLI" step add "$P" --title "Clôture" --after "7"
contains "$TMP/err" "There is no step 7: this prestation has 4 steps." "… saying how many steps there are"

expect 1 "a link closing a cycle is refused" -- "$CLI" link add "$P" 3 1
contains "$TMP/err" "R1 cannot depend on T3: that would make the cycle T3 → R1 → T2 → T3." "… naming the cycle"
expect 1 "a self-link is refused" -- "$CLI" link add "$P" 2 2
contains "$TMP/err" "T2 cannot depend on itself" "… saying so"
expect 1 "a duplicate link is refused" -- "$CLI" link add "$P" 1 2
contains "$TMP/err" "T2 already depends on R1" "… saying so"
expect 1 "removing a link that is not there is refused" -- "$CLI" link remove "$P" 1 3
expect 0 "link add with a lag" -- "$CLI" link add "$P" 1 3 --lag 3

expect 0 "prestation show --json" -- "$CLI" prestation show --json "$P"
cp "$TMP/out" "$TMP/show.json"
json_ok "$TMP/show.json" "len(d['steps']) == 3 and len(d['links']) == 3" "three steps and three links stored, none from the refusals"
json_ok "$TMP/show.json" "[s['depends_on'] for s in d['steps']] == ['', '1', '1+3, 2+2']" "« Dépend de » of each step"
json_ok "$TMP/show.json" "d['steps'][0]['kind'] == 'request' and d['steps'][0]['delay_days'] == 10" "kind and délai"
expect 0 "link remove" -- "$CLI" link remove "$P" 1 3
expect 0 "prestation show" -- "$CLI" prestation show "$P"
contains "$TMP/out" "2+2" "the text view lists the dependencies"

expect 0 "prestation list" -- "$CLI" prestation list
contains "$TMP/out" "Bilan annuel" "the new prestation is listed"
expect 0 "prestation list --json --search" -- "$CLI" prestation list --json --search "bilan"
json_ok "$TMP/out" "len(d) == 1 and d[0]['price_cents'] == 180000" "search finds it, with its price"

# French, as a French user reads the same refusal
if [ -n "${LETTRINE_BUILD_DIR:-}" ] && [ -f "$LETTRINE_BUILD_DIR/po/fr/LC_MESSAGES/lettrine.mo" ] && locale -a 2>/dev/null | grep -qi '^fr_FR.utf'; then
  expect 1 "the cycle refused in French" -- env LANGUAGE=fr LC_ALL=fr_FR.UTF-8 "$CLI" link add "$P" 3 1
  contains "$TMP/err" "ne peut pas dépendre de T3" "… in French"
else
  ok "# SKIP French catalogue or locale not available"
fi

echo "1..$((n_pass + n_fail))"
[ "$n_fail" -eq 0 ]
