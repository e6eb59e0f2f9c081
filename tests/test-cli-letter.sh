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
expect 0 "identified, level not chosen" -- "$CLI" affaire add --name "Dupont SARL" --siren "847 144 854" --legal-form SARL \
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

# --- 2. consumer clients ---------------------------------------------------

expect 0 "the cabinet without médiateur" -- "$CLI" firm set --mediator-name "" --mediator-website ""
expect 0 "a consumer without SIREN" -- "$CLI" affaire add --name "Élise Lenoir" --consumer \
  --director "Élise Lenoir" --address "8 rue Mercière" --postal-code 69002 --city Lyon \
  --lcbft-on 2026-01-20 --lcbft-by 1 --beneficial-owner "Élise Lenoir" --vigilance simplified
LENOIR=$(cat "$TMP/out")
expect 0 "shown" -- "$CLI" affaire show --json "$LENOIR"
contains "$TMP/out" '"consumer" : true' "the affaire is a consumer"
expect 0 "her letter" -- "$CLI" document add --affaire "$LENOIR" --kind lettre-de-mission --line 3 --line 4
LM2=$(cat "$TMP/out")
expect 1 "not sent to a consumer without the médiateur" -- "$CLI" document send "$LM2"
contains "$TMP/err" "médiateur de la consommation" "the refusal names the médiateur"
contains "$TMP/err" "Preferences › Cabinet" "the refusal says where to fill it"
absent "$TMP/err" "SIREN" "a consumer needs no SIREN"
expect 0 "médiateur set" -- "$CLI" firm set --mediator-name "CNPM Médiation Consommation" \
  --mediator-address "27 avenue de la Libération, 42400 Saint-Chamond" --mediator-website "www.cnpm-mediation-consommation.eu"
expect 0 "firm shown" -- "$CLI" firm show --json
contains "$TMP/out" '"mediator_website" : "www.cnpm-mediation-consommation.eu"' "the firm keeps the médiateur's website"
expect 0 "then sent" -- "$CLI" document send "$LM2"
expect 0 "rendered" -- "$CLI" document render "$LM2" -o "$TMP/lm2.pdf"
pdftotext "$TMP/lm2.pdf" - | tr -s ' \n' '  ' >"$TMP/lm2.txt"
contains "$TMP/lm2.txt" "article L. 215-1 du Code de la consommation" "the consumer's letter recalls L215-1"
contains "$TMP/lm2.txt" "CNPM Médiation Consommation" "it names the médiateur"
contains "$TMP/lm2.txt" "Honoraires TTC" "its prices are TTC first"
absent "$TMP/lm2.txt" "40 €" "no 40 € indemnity"
absent "$TMP/lm2.txt" "connaissance du dommage" "no one-year prescription"

expect 2 "both --consumer and --no-consumer" -- "$CLI" affaire edit "$LENOIR" --consumer --no-consumer
expect 0 "made a professional" -- "$CLI" affaire edit "$LENOIR" --no-consumer
expect 0 "shown again" -- "$CLI" affaire show --json "$LENOIR"
contains "$TMP/out" '"consumer" : false' "the flag is cleared"

# --- 3. the norm of each mission ---------------------------------------------

# the older database: accounting is a présentation, payroll social
expect 0 "v1 accounting prestation" -- "$CLI" --database "$TMP/v1.db" prestation show --json 1
contains "$TMP/out" '"mission" : "presentation"' "« Tenue comptable » is a présentation"
expect 0 "v1 payroll prestation" -- "$CLI" --database "$TMP/v1.db" prestation show --json 2
contains "$TMP/out" '"mission" : "social"' "« Bulletins de paie » is social"

expect 0 "a payroll prestation" -- "$CLI" prestation add --name "Bulletins de paie" --category 1 \
  --price 25 --recurrence monthly --mission social
PAIE=$(cat "$TMP/out")
expect 2 "a mission that does not exist" -- "$CLI" prestation add --name "Audit" --category 1 --mission audit
expect 0 "an attestation, first said a présentation" -- "$CLI" prestation add --name "Attestation de chiffre d'affaires" \
  --category 1 --price 300
ATTEST=$(cat "$TMP/out")
expect 0 "made an attestation" -- "$CLI" prestation edit "$ATTEST" --mission attestation
expect 0 "shown" -- "$CLI" prestation show --json "$(cat "$TMP/out")"
contains "$TMP/out" '"mission" : "attestation"' "the prestation is an attestation"
expect 0 "a letter of both" -- "$CLI" document add --affaire "$DUPONT" --kind lettre-de-mission --line "$PAIE" --line "$ATTEST"
LM3=$(cat "$TMP/out")
expect 0 "rendered" -- "$CLI" document render "$LM3" -o "$TMP/lm3.pdf"
pdftotext "$TMP/lm3.pdf" - | tr -s ' \n' '  ' >"$TMP/lm3.txt"
contains "$TMP/lm3.txt" "Bulletins de paie : mission sociale, qui ne relève d’aucune norme d’assurance" "payroll cites no norm"
contains "$TMP/lm3.txt" "norme professionnelle NP 3100" "the attestation cites NP 3100"
contains "$TMP/lm3.txt" "(NPLAB)" "the letter cites the NPLAB"
absent "$TMP/lm3.txt" "NP 2300" "no présentation norm where there is none"

# --- 5. the exercice ----------------------------------------------------------

expect 1 "a long exercice not ending on the clôture" -- "$CLI" affaire edit "$DUPONT" \
  --exercice-start 2025-07-01 --exercice-end 2026-06-30
contains "$TMP/err" "closing date" "the refusal names the closing date"
expect 1 "half an exercice" -- "$CLI" affaire edit "$DUPONT" --exercice-start 2025-07-01
expect 0 "a long first exercice" -- "$CLI" affaire edit "$DUPONT" --exercice-start 01/07/2025 --exercice-end 2026-12-31
expect 0 "rendered" -- "$CLI" document render "$LM3" -o "$TMP/lm4.pdf"
pdftotext "$TMP/lm4.pdf" - | tr -s ' \n' '  ' >"$TMP/lm4.txt"
contains "$TMP/lm4.txt" "s’étend du 1er juillet 2025 au 31 décembre 2026, soit une durée de dix-huit mois" "the letter states the long exercice"
absent "$TMP/lm4.txt" "L’exercice social est de douze mois" "not « douze mois »"
expect 0 "back to a regular year" -- "$CLI" affaire edit "$DUPONT" --exercice-start "" --exercice-end ""
expect 0 "shown" -- "$CLI" affaire show --json "$DUPONT"
contains "$TMP/out" '"exercice_start" : null' "the exercice dates are cleared"

echo "$n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
