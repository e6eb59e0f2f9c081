#!/bin/sh
# test-cli-faults.sh: lettrine-cli on what is not a good database path — a
# mistyped path, an empty file, a folder, another program's SQLite file, a
# lock held by another program, a full disk, a read-only folder or file:
# exit 1, a clear message, nothing created or changed. Exports are 0600.
# Usage: test-cli-faults.sh PATH/TO/lettrine-cli
set -u

CLI=${1:?usage: test-cli-faults.sh PATH/TO/lettrine-cli}
TMP=$(mktemp -d /tmp/lettrine-test-cli-faults.XXXXXX)
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM
export LC_ALL=C.UTF-8
unset LETTRINE_DATABASE

n_pass=0
n_fail=0
ok ()   { n_pass=$((n_pass + 1)); echo "ok $((n_pass + n_fail)) - $1"; }
fail () { n_fail=$((n_fail + 1)); echo "not ok $((n_pass + n_fail)) - $1"; }
skip () { n_pass=$((n_pass + 1)); echo "ok $((n_pass + n_fail)) - # SKIP $1"; }

# expect STATUS DESCRIPTION -- COMMAND…: runs it, keeps stdout/stderr in $TMP/out, $TMP/err
expect () {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"
  else fail "$what: exit $got, expected $want"; sed 's/^/#   stderr: /' "$TMP/err"; sed 's/^/#   stdout: /' "$TMP/out" | head -5
  fi
}
contains () {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok "$3"; else fail "$3: « $2 » not in $(basename "$1")"; sed 's/^/#   /' "$1" | head -5; fi
}
lacks () {  # lacks FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then fail "$3: « $2 » in $(basename "$1")"; sed 's/^/#   /' "$1" | head -5; else ok "$3"; fi
}
check () {  # check DESCRIPTION -- TEST…
  what=$1; shift 2
  if "$@"; then ok "$what"; else fail "$what"; fi
}

DB=$TMP/cabinet.db
printf 'Nom;Ville\nDupont;Lyon\n' >"$TMP/one.csv"; chmod 644 "$TMP/one.csv"
expect 0 "seed a database" -- "$CLI" -d "$DB" seed --demo

# A mistyped path: every reading command refuses, nothing is created.
for cmd in "affaire list" "task list" "document list --affaire 1" "document check 1" \
           "document render 1 -o $TMP/x.pdf" "import --csv $TMP/one.csv --dry-run" "export --json"; do
  # shellcheck disable=SC2086
  expect 1 "$cmd at a mistyped path" -- "$CLI" -d "$TMP/nowhere/cabinet.db" $cmd
  contains "$TMP/err" "There is no database at" "$cmd: the missing database is named"
done
expect 1 "affaire add in a folder that does not exist" -- "$CLI" -d "$TMP/nowhere/cabinet.db" affaire add --name "Dupont"
contains "$TMP/err" "does not exist" "the missing folder is named"
check "no folder was created at the mistyped path" -- test ! -e "$TMP/nowhere"

# An empty file is someone's file.
: >"$TMP/empty.db"
expect 1 "affaire list on an empty file" -- "$CLI" -d "$TMP/empty.db" affaire list
contains "$TMP/err" "is empty" "the refusal says the file is empty"
expect 1 "affaire add on an empty file" -- "$CLI" -d "$TMP/empty.db" affaire add --name "Dupont"
check "the empty file is still empty" -- test ! -s "$TMP/empty.db"
expect 0 "seed names an empty file as a new database" -- "$CLI" -d "$TMP/empty.db" seed --demo
expect 0 "which then lists" -- "$CLI" -d "$TMP/empty.db" affaire list

# A folder.
mkdir "$TMP/folder.db"
expect 1 "a folder as the database" -- "$CLI" -d "$TMP/folder.db" affaire add --name "Dupont"
contains "$TMP/err" "is a folder" "the refusal says it is a folder"
lacks "$TMP/err" "damaged" "a folder is not called damaged"

# Another program's SQLite file, whatever its user_version.
for v in 1 2 5; do
  F=$TMP/foreign-$v.sqlite
  sqlite3 "$F" "CREATE TABLE affaires (id INTEGER PRIMARY KEY, x TEXT); INSERT INTO affaires (x) VALUES ('a'); PRAGMA user_version = $v;"
  cp "$F" "$F.orig"
  expect 1 "another program's database (user_version $v)" -- "$CLI" -d "$F" affaire list
  contains "$TMP/err" "is not a Lettrine database" "user_version $v: refused as not ours"
  check "user_version $v: the file is untouched" -- cmp -s "$F" "$F.orig"
  check "user_version $v: not switched to WAL" -- test ! -e "$F-wal"
done

# A lock held by another program past the busy timeout.
sqlite3 "$DB" "PRAGMA journal_mode" >/dev/null
{ echo "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO staff (name) VALUES ('x');"; sleep 9; } | sqlite3 "$DB" >/dev/null &
LOCKER=$!
sleep 1
expect 1 "a database locked by another program" -- "$CLI" -d "$DB" affaire list
contains "$TMP/err" "is locked by another program" "the lock is said as a lock"
lacks "$TMP/err" "damaged" "a lock is not called damage"
kill "$LOCKER" 2>/dev/null; wait "$LOCKER" 2>/dev/null

# What holds the whole cabinet is the user's alone, whatever the umask.
(umask 022; "$CLI" -d "$DB" export --json -o "$TMP/export.json")
check "export written 0600" -- test "$(stat -c %a "$TMP/export.json")" = 600
(umask 022; echo old >"$TMP/old.json"; chmod 644 "$TMP/old.json"; "$CLI" -d "$DB" export --json -o "$TMP/old.json")
check "export over a 0644 file leaves it 0600" -- test "$(stat -c %a "$TMP/old.json")" = 600

# Permissions, as an ordinary user (root writes anything).
AS=""
if [ "$(id -u)" = 0 ]; then
  AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
  chmod 711 "$TMP"
fi
RO=$TMP/ro
mkdir "$RO"
[ -n "$AS" ] && chown 65534:65534 "$RO"
expect 0 "seed as an ordinary user" -- $AS "$CLI" -d "$RO/cabinet.db" seed --demo
chmod 555 "$RO"
expect 0 "affaire list in a read-only folder" -- $AS "$CLI" -d "$RO/cabinet.db" affaire list
expect 0 "import --dry-run in a read-only folder" -- $AS "$CLI" -d "$RO/cabinet.db" import --csv "$TMP/one.csv" --dry-run
contains "$TMP/out" "1 lines can be imported" "the dry run checked the line"
expect 1 "affaire add in a read-only folder" -- $AS "$CLI" -d "$RO/cabinet.db" affaire add --name "Dupont"
contains "$TMP/err" "cannot be written" "the refusal says the folder cannot be written"
chmod 755 "$RO"; chmod 444 "$RO/cabinet.db"
expect 0 "affaire list of a read-only file" -- $AS "$CLI" -d "$RO/cabinet.db" affaire list
expect 0 "import --dry-run on a read-only file" -- $AS "$CLI" -d "$RO/cabinet.db" import --csv "$TMP/one.csv" --dry-run
expect 1 "affaire add to a read-only file" -- $AS "$CLI" -d "$RO/cabinet.db" affaire add --name "Dupont"
contains "$TMP/err" "cannot be written" "the refusal says the file cannot be written"

# A full disk: a small tmpfs filled up, where SQLite must make the -shm.
FULL=$TMP/full
mkdir "$FULL"
if unshare -m sh -c "mount -t tmpfs -o size=4m tmpfs '$FULL'" 2>/dev/null; then
  unshare -m sh -c "
    mount -t tmpfs -o size=4m tmpfs '$FULL' &&
    '$CLI' -d '$FULL/cabinet.db' affaire add --name Avant >/dev/null &&
    rm -f '$FULL/cabinet.db-shm' &&
    { dd if=/dev/zero of='$FULL/filler' bs=4k 2>/dev/null; true; } &&
    { '$CLI' -d '$FULL/cabinet.db' affaire list; echo \"exit \$?\"; } >'$TMP/out' 2>'$TMP/err'
    rm -f '$FULL/filler'
    '$CLI' -d '$FULL/cabinet.db' affaire list >'$TMP/after'"
  contains "$TMP/out" "exit 1" "a full disk at open: exit 1"
  contains "$TMP/err" "is full" "a full disk is said as a full disk"
  lacks "$TMP/err" "damaged" "a full disk is not called damage"
  contains "$TMP/after" "Avant" "with room again, every row is there"
else
  skip "no mount namespace here for a small tmpfs"
fi

echo "$n_pass passed, $n_fail failed"
[ "$n_fail" -eq 0 ]
