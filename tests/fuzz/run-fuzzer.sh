#!/bin/sh
# run-fuzzer.sh FUZZER CORPUS [OPTION…]: runs a libFuzzer target for $FUZZ_SECONDS
# (60 by default) over a copy of its seed corpus, so that the committed
# corpus never changes; exits non-zero on any crash (the input is kept in
# $FUZZ_ARTIFACTS, by default a folder beside the copy, and printed in base64).
set -eu
fuzzer=$1
corpus=$2
shift 2
seconds=${FUZZ_SECONDS:-60}
name=$(basename "$fuzzer")
work=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
artifacts=${FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$work/corpus" "$artifacts"
cp -R "$corpus"/. "$work/corpus/"

# Leaks are looked for unless the target passes -detect_leaks=0; known
# leaks of system libraries are listed in lsan.supp.
leaks=1
case " $* " in *" -detect_leaks=0 "*) leaks=0 ;; esac
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=$leaks:allocator_may_return_null=1"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:suppressions=$(dirname "$0")/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:halt_on_error=1:print_stacktrace=1"

status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
          -print_final_stats=1 -artifact_prefix="$artifacts/" \
          "$@" "$work/corpus" || status=$?

if [ "$status" -ne 0 ]; then
  for f in "$artifacts"/*; do
    [ -f "$f" ] || continue
    echo "$name: failing input $f (base64):"
    base64 -w0 "$f"; echo
  done
  echo "$name: FAILED (exit $status); inputs kept in $artifacts"
  exit 1
fi
rm -rf "$work"
echo "$name: ${seconds}s without a crash"
