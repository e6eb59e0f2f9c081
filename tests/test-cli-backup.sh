#!/bin/sh
# test-cli-backup.sh: lettrine-cli backup and restore as a user drives them —
# a round trip, the copy kept before a restore, every refusal, the app's lock.
# Usage: test-cli-backup.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli-backup.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli-backup.XXXXXX)
holder=
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM
export LC_ALL=C.UTF-8
export LETTRINE_DATABASE=$TMP/data/cabinet.db
mkdir -p "$TMP/data"   # a database is created only in a folder that exists

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
same () {
  if cmp -s "$1" "$2"; then ok "$3"; else fail "$3"; diff "$1" "$2" | head -10 | sed 's/^/#   /'; fi
}

expect 0 "demo cabinet" -- "$CLI" seed --demo
expect 0 "export before" -- "$CLI" export --json -o "$TMP/before.json"

umask 022
expect 0 "backup -o" -- "$CLI" backup -o "$TMP/copy.db"
contains "$TMP/out" "copy.db" "the backup says where it wrote"
case $(stat -c %a "$TMP/copy.db") in
  600) ok "the copy is 0600 whatever the umask" ;;
  *) fail "the copy is $(stat -c %a "$TMP/copy.db"), not 600" ;;
esac
case $(sqlite3 "$TMP/copy.db" "PRAGMA integrity_check") in
  ok) ok "the copy passes integrity_check" ;;
  *) fail "the copy fails integrity_check" ;;
esac

# Changes after the copy, then the restore takes them back.
expect 0 "an affaire after the copy" -- "$CLI" affaire add --name "Après la copie"
expect 0 "restore" -- "$CLI" restore "$TMP/copy.db"
contains "$TMP/out" "before-restore" "the restore says where the replaced content went"
expect 0 "export after" -- "$CLI" export --json -o "$TMP/after.json"
same "$TMP/before.json" "$TMP/after.json" "the restored database is the copy, row for row"
expect 0 "check after the restore" -- "$CLI" check
safety=$(ls "$TMP"/data/backups/cabinet-before-restore-*.db 2>/dev/null | head -1)
if [ -n "$safety" ] && sqlite3 "$safety" "SELECT count(*) FROM affaires WHERE name = 'Après la copie'" | grep -qx 1; then
  ok "the content replaced by the restore is kept in backups/"
else
  fail "no copy of the replaced content in backups/"
fi
expect 0 "backup --list" -- "$CLI" backup --list
contains "$TMP/out" "before-restore" "the list shows the kept copy"

# Refusals: the database is left as it is.
printf 'not a database' > "$TMP/garbage.db"
sqlite3 "$TMP/foreign.db" "CREATE TABLE notes (x); PRAGMA user_version = 2;"
cp "$TMP/copy.db" "$TMP/newer.db"
sqlite3 "$TMP/newer.db" "PRAGMA user_version = 999"
expect 1 "a file that is not a database is refused" -- "$CLI" restore "$TMP/garbage.db"
contains "$TMP/err" "is not a Lettrine database" "it says why"
expect 1 "another program's SQLite file is refused" -- "$CLI" restore "$TMP/foreign.db"
contains "$TMP/err" "is not a Lettrine database" "it says why"
expect 1 "a backup of a newer Lettrine is refused" -- "$CLI" restore "$TMP/newer.db"
contains "$TMP/err" "newer version of Lettrine" "it says why"
expect 1 "a missing file is refused" -- "$CLI" restore "$TMP/missing.db"
expect 2 "restore without a file is a usage error" -- "$CLI" restore
expect 2 "backup without -o is a usage error" -- "$CLI" backup
expect 1 "a backup over a folder fails" -- "$CLI" backup -o "$TMP/data"
expect 0 "export after the refusals" -- "$CLI" export --json -o "$TMP/after2.json"
same "$TMP/before.json" "$TMP/after2.json" "the refusals left the database unchanged"

# The application holds a shared lock on cabinet.db.lock while it runs.
if command -v flock >/dev/null; then
  flock -s -o "$LETTRINE_DATABASE.lock" sleep 60 &
  holder=$!
  sleep 0.3
  expect 1 "a restore while the application is open is refused" -- "$CLI" restore "$TMP/copy.db"
  contains "$TMP/err" "close it" "it says what to do"
  kill "$holder"; wait "$holder" 2>/dev/null; holder=
  expect 0 "once it is closed the restore goes through" -- "$CLI" restore "$TMP/copy.db"
fi

# The backup of a missing database does not create one.
expect 1 "backup of a database that does not exist" -- env LETTRINE_DATABASE="$TMP/nowhere/x.db" "$CLI" backup -o "$TMP/x.db"
if [ -e "$TMP/nowhere" ]; then fail "backup created the missing database's folder"; else ok "nothing created"; fi

echo "$n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
