#!/bin/sh
# test-cli-render-jobs.sh: a batch rendered on worker threads (--jobs) writes the
# same files, byte for byte, in the same order, as the batch rendered one by one
set -eu
cli=${LETTRINE_BUILD_DIR:?}/src/cli/lettrine-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
db=$tmp/test.db
fail () { echo "FAIL: $*" >&2; exit 1; }
run () { "$cli" --database "$db" "$@"; }

run seed --demo > /dev/null
ids="1 2 3 999 4 5 6 7 1 2"

set +e
run document render --draft -j 1 $ids -o "$tmp/serial" > "$tmp/serial.out" 2> "$tmp/serial.err"; serial=$?
run document render --draft -j 3 $ids -o "$tmp/parallel" > "$tmp/parallel.out" 2> "$tmp/parallel.err"; parallel=$?
set -e
[ $serial -eq 1 ] && [ $parallel -eq 1 ] || fail "the batches with an unknown document exited $serial and $parallel, not 1"
grep -q "999" "$tmp/parallel.err" || fail "the unknown document is not named: $(cat "$tmp/parallel.err")"
sed "s|$tmp/serial|DIR|" "$tmp/serial.out" > "$tmp/a"
sed "s|$tmp/parallel|DIR|" "$tmp/parallel.out" > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || fail "not the same files in the same order: $(cat "$tmp/b")"
[ "$(wc -l < "$tmp/b")" -eq 9 ] || fail "the parallel batch printed: $(cat "$tmp/b")"
for f in "$tmp"/serial/*.pdf; do
  cmp -s "$f" "$tmp/parallel/$(basename "$f")" || fail "$(basename "$f") differs when rendered on worker threads"
done
[ "$(ls "$tmp/parallel" | wc -l)" -eq 7 ] || fail "the parallel batch wrote: $(ls "$tmp/parallel")"

# the default (one job per processor) writes them too
run document render --draft 1 2 3 -o "$tmp/default" > /dev/null || fail "the default batch exited $?"
for f in lettre-de-mission-1 lettre-de-mission-2 lettre-de-mission-3; do
  cmp -s "$tmp/serial/$f.pdf" "$tmp/default/$f.pdf" || fail "$f.pdf differs with the default jobs"
done

# --jobs 0: a usage error that says what it needs
set +e
run document render --draft -j 0 1 2 -o "$tmp/none" > /dev/null 2> "$tmp/err"; status=$?
set -e
[ $status -eq 2 ] || fail "--jobs 0 exited $status, not 2"
grep -q "jobs needs a number\|jobs demande un nombre" "$tmp/err" || fail "no plain message: $(cat "$tmp/err")"
[ ! -e "$tmp/none" ] || fail "--jobs 0 wrote something"

# Poppler, libcurl and libsecret are a module loaded by the commands that
# need them: without it, a draft still renders, and a signed letter (its
# frozen PDF stamped with the signature date, through Poppler) says what to do
mkdir "$tmp/bin"
cp "$cli" "$tmp/bin/lettrine-cli"
"$tmp/bin/lettrine-cli" --database "$db" document render --draft 1 -o "$tmp/alone.pdf" > /dev/null ||
  fail "a draft does not render without the module"
cmp -s "$tmp/alone.pdf" "$tmp/serial/lettre-de-mission-1.pdf" || fail "the draft differs without the module"
state=$(sqlite3 "$db" "SELECT state FROM documents WHERE id = 1")
[ "$state" = "signed" ] || fail "the demo letter 1 is $state, not signed"
set +e
LC_ALL=C.UTF-8 "$tmp/bin/lettrine-cli" --database "$db" document render 1 -o "$tmp/signed.pdf" > /dev/null 2> "$tmp/err"; status=$?
set -e
[ $status -eq 1 ] || fail "a signed letter without the module exited $status, not 1"
grep -q "missing or damaged.*reinstall Lettrine" "$tmp/err" || fail "no plain message: $(cat "$tmp/err")"
"$cli" --database "$db" document render 1 -o "$tmp/signed.pdf" > /dev/null || fail "the signed letter does not render with the module"
"$cli" --database "$db" document render 1 --as-sent -o "$tmp/as-sent.pdf" > /dev/null || fail "the letter as sent does not render"
sent=$(wc -c < "$tmp/as-sent.pdf")
[ "$(wc -c < "$tmp/signed.pdf")" -gt "$sent" ] && cmp -s -n "$sent" "$tmp/as-sent.pdf" "$tmp/signed.pdf" ||
  fail "the signed letter is not the letter as sent with the signature date stamped after it"

echo "ok"
