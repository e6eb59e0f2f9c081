#!/bin/sh
# test-cli-renewal.sh: lettrine-cli renew on the demo — recurring scope only
# (Cabinet Morel), archived prestations, a waiting draft refused unless
# --replace-draft or --keep-draft.
# Usage: test-cli-renewal.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli-renewal.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli-renewal.XXXXXX)
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
absent () {
  if grep -qF -- "$2" "$1"; then fail "$3: « $2 » in $(basename "$1")"; sed 's/^/#   /' "$1" | head -20; else ok "$3"; fi
}
drafts () {
  "$CLI" document list --affaire "$1" | grep -c 'lettre-de-mission-substitutive	draft'
}

expect 0 "demo cabinet" -- "$CLI" seed --demo
MOREL=$("$CLI" affaire list --search Morel | cut -f1)
BISTROT=$("$CLI" affaire list --search Bistrot | cut -f1)

# Morel: « Entrée en relation » and « Reprise » were billed once.
expect 0 "Morel's renewal preview" -- "$CLI" renew --coefficient 1,035 --dry-run "$MOREL"
contains "$TMP/out" "Bilan annuel" "the recurring Bilan is renewed"
contains "$TMP/out" "552,50" "at 1 500 × 1,035"
absent "$TMP/out" "Entrée en relation" "the one-off Entrée en relation is not billed again"
absent "$TMP/out" "Reprise" "the one-off Reprise is not billed again"
absent "$TMP/out" "362,25" "not 350 × 1,035"

expect 0 "Morel renewed" -- "$CLI" renew --coefficient 1,035 "$MOREL"
DRAFT=$(cat "$TMP/out" | tail -n 1)
expect 0 "the draft renders" -- "$CLI" document render "$DRAFT" -o "$TMP/renewal.pdf" --draft

# Again: refused with the reason, nothing written.
expect 1 "a second renewal is refused while the draft waits" -- "$CLI" renew --coefficient 1,04 "$MOREL"
contains "$TMP/err" "already has a replacement engagement letter draft" "the refusal says why"
contains "$TMP/err" "--replace-draft" "and how to go on"
[ "$(drafts "$MOREL")" -eq 1 ] && ok "still one draft" || fail "still one draft: $(drafts "$MOREL")"
expect 0 "a dry run only warns" -- "$CLI" renew --coefficient 1,04 --dry-run "$MOREL"
contains "$TMP/err" "already has a replacement engagement letter draft" "the dry run warns"

expect 0 "--replace-draft replaces it" -- "$CLI" renew --coefficient 1,04 --replace-draft "$MOREL"
[ "$(drafts "$MOREL")" -eq 1 ] && ok "one draft after replacing" || fail "one draft after replacing: $(drafts "$MOREL")"
expect 0 "--keep-draft keeps both" -- "$CLI" renew --coefficient 1,04 --keep-draft "$MOREL"
[ "$(drafts "$MOREL")" -eq 2 ] && ok "two drafts kept" || fail "two drafts kept: $(drafts "$MOREL")"
expect 2 "--replace-draft with --keep-draft is a usage error" -- "$CLI" renew --coefficient 1,04 --replace-draft --keep-draft "$MOREL"
expect 1 "a bad effective date is refused" -- "$CLI" renew --coefficient 1,04 --effective 2027-02-30 --dry-run "$MOREL"

# Bistrot: its « Tenue comptable » prestation archived since (no CLI command
# archives, so through SQLite when the tool is there).
if command -v sqlite3 >/dev/null 2>&1; then
  TENUE=$("$CLI" prestation list --search "Tenue" | head -n 1 | cut -f1)
  sqlite3 "$LETTRINE_DATABASE" "UPDATE prestations SET archived = 1 WHERE id = $TENUE" || fail "archive the tenue"
  expect 0 "Bistrot's preview" -- "$CLI" renew --coefficient 1,035 --dry-run "$BISTROT"
  contains "$TMP/out" "archived, left out" "the archived tenue is shown as such"
  absent "$TMP/out" "140,00" "and left out of the yearly fees (not 4 140,00)"
  expect 0 "--keep-archived keeps it" -- "$CLI" renew --coefficient 1,035 --dry-run --keep-archived "$BISTROT"
  contains "$TMP/out" "archived, kept" "kept"
else
  echo "# sqlite3 missing: the archived case is covered by test-renewal-demo"
fi

echo "$n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
