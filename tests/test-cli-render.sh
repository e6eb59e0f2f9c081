#!/bin/sh
# test-cli-render.sh: lettrine-cli document render / document check on the demo cabinet
set -eu
cli=${LETTRINE_BUILD_DIR:?}/src/cli/lettrine-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
db=$tmp/test.db
fail () { echo "FAIL: $*" >&2; exit 1; }
run () { "$cli" --database "$db" "$@"; }

run seed --demo > /dev/null

# a complete lettre de mission: nothing missing, rendered as a real PDF
run document check 1 > "$tmp/out" || fail "check of a complete letter exited $?"
grep -q . "$tmp/out" || fail "check printed nothing"
run document render 1 -o "$tmp/draft.pdf" > /dev/null 2> "$tmp/err" || fail "render exited $?"
pages=$(pdfinfo "$tmp/draft.pdf" | sed -n 's/^Pages: *//p')
[ "$pages" -ge 3 ] || fail "the letter has $pages pages"
pdftotext "$tmp/draft.pdf" - | grep -q "Lettre de mission" || fail "no title in the PDF"

# -o is required: a usage error (exit 2)
set +e
run document render 1 > /dev/null 2>&1; status=$?
set -e
[ $status -eq 2 ] || fail "render without -o exited $status, not 2"

# the firm loses its insurance: the list says so and the command fails (exit 1)
sqlite3 "$db" "UPDATE firm SET insurance = '', revision = revision + 1"
set +e
run document check 1 > "$tmp/out" 2> "$tmp/err"; status=$?
run document check --json 1 > "$tmp/json" 2> /dev/null
set -e
[ $status -eq 1 ] || fail "check with a missing item exited $status, not 1"
grep -q "insurance\|assurance" "$tmp/out" || fail "the missing insurance is not listed: $(cat "$tmp/out")"
grep -q '"what"' "$tmp/json" || fail "no JSON list: $(cat "$tmp/json")"
grep -q '"fix"' "$tmp/json" || fail "no fix in the JSON list"

# a signed letter with a frozen PDF: render gives back exactly the frozen bytes
sum=$(sha256sum "$tmp/draft.pdf" | cut -d' ' -f1)
sqlite3 "$db" "UPDATE documents SET pdf = readfile('$tmp/draft.pdf'), pdf_sha256 = '$sum' WHERE id = 1"
sqlite3 "$db" "UPDATE firm SET name = 'Un autre nom', revision = revision + 1"
run document render 1 --as-sent -o "$tmp/frozen.pdf" > /dev/null || fail "render of a frozen letter exited $?"
cmp -s "$tmp/draft.pdf" "$tmp/frozen.pdf" || fail "the frozen bytes were not returned as stored"
# issue 12: signed, the same bytes first, then the signature date stamped after them
run document render 1 -o "$tmp/signed.pdf" > /dev/null || fail "render of a signed letter exited $?"
head -c "$(wc -c < "$tmp/draft.pdf")" "$tmp/signed.pdf" | cmp -s - "$tmp/draft.pdf" || fail "the signed PDF does not start with the frozen bytes"
run document render --draft 1 -o "$tmp/redrawn.pdf" > /dev/null || fail "render --draft exited $?"
pdftotext "$tmp/redrawn.pdf" - | grep -q "Un autre nom" || fail "--draft did not use the current data"

# one byte changed behind the app's back: refused, plainly
sqlite3 "$db" "UPDATE documents SET pdf = CAST(pdf || 'x' AS BLOB) WHERE id = 1"
set +e
run document render 1 -o "$tmp/tampered.pdf" > /dev/null 2> "$tmp/err"; status=$?
set -e
[ $status -eq 1 ] || fail "render of a tampered PDF exited $status, not 1"
grep -q "altered\|modifié" "$tmp/err" || fail "no plain message: $(cat "$tmp/err")"

# many documents in one process, into a folder named KIND-ID.pdf
run document render --draft 2 3 7 -o "$tmp/batch" > "$tmp/out" || fail "batch render exited $?"
[ "$(wc -l < "$tmp/out")" -eq 3 ] || fail "batch render printed: $(cat "$tmp/out")"
for f in lettre-de-mission-2 lettre-de-mission-3 offre-de-service-7; do
  pdftotext "$tmp/batch/$f.pdf" - | grep -q "Lettre de mission\|Offre de service" || fail "$f.pdf is not the document"
done
# --all-drafts: the drafts only (the demo has none until one is added)
offre=$(run document add --affaire 8 --kind offre-de-service --line 3)
lm=$(run document add --affaire 7 --kind lettre-de-mission --line 3)
run document render --all-drafts -o "$tmp/drafts" > "$tmp/out" || fail "--all-drafts exited $?"
ls "$tmp/drafts" > "$tmp/list"
[ "$(cat "$tmp/list" | tr '\n' ' ')" = "lettre-de-mission-$lm.pdf offre-de-service-$offre.pdf " ] ||
  fail "--all-drafts wrote: $(cat "$tmp/list")"
# several documents and -o naming a file: a usage error, nothing written
set +e
run document render 2 3 -o "$tmp/draft.pdf" > /dev/null 2> "$tmp/err"; status=$?
set -e
[ $status -eq 2 ] || fail "several documents into a file exited $status, not 2"
grep -q "folder\|dossier" "$tmp/err" || fail "no plain message: $(cat "$tmp/err")"
# one unknown document among others: said, exit 1, the others still written
set +e
run document render --draft 2 999 3 -o "$tmp/partial" > /dev/null 2> "$tmp/err"; status=$?
set -e
[ $status -eq 1 ] || fail "a batch with an unknown document exited $status, not 1"
grep -q "999" "$tmp/err" || fail "the unknown document is not named: $(cat "$tmp/err")"
[ -s "$tmp/partial/lettre-de-mission-2.pdf" ] && [ -s "$tmp/partial/lettre-de-mission-3.pdf" ] ||
  fail "the other documents were not written"

echo "ok"
