#!/usr/bin/env bash
# Benchmarks the verify-parity goal on a large contract tree with a bounded heap.
#
# Generates, under a fresh temporary directory, a canonical tree of FILES files totalling TOTAL_MB MiB
# (half of the bytes in 10 big files of TOTAL_MB/20 MiB each - each bigger than the heap - and half in
# small files spread over 20 directories) plus one mirror that is a full COPY of it (cp, not hard
# links: the mirror's bytes are really read from their own blocks; MIRROR=hardlink uses `cp -l`
# instead). Then runs `verify-parity` on it through a generated POM with MAVEN_OPTS=-Xmx$HEAP and
# prints wall time and throughput, the same for Maven's start-up alone (-Dcutover.skip=true), and
# `sha256sum` over the same files (one process, and NPROC processes in parallel) for comparison.
# Everything it created is removed on exit.
#
# Needs: a JDK 17+ (java, jar), coreutils, and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage (from anywhere):
#   bench/parity-large.sh                          # 20,000 files, 2 GiB, copies, -Xmx64m
#   FILES=2000 TOTAL_MB=200 bench/parity-large.sh  # a smaller run
# Settings (environment): FILES, TOTAL_MB, HEAP (64m), THREADS (nproc), MIRROR (copy|hardlink),
# TMPDIR (where the tree goes), MAVEN_REPO (~/.m2/repository).
# The page cache is not dropped (that would disturb the whole machine): the first pass over the
# files (generation, copy) leaves them cached when RAM allows, so the figures are for a warm cache
# unless the tree is larger than free memory.
set -euo pipefail

FILES=${FILES:-20000}
TOTAL_MB=${TOTAL_MB:-2048}
HEAP=${HEAP:-64m}
NPROC=$(nproc)
THREADS=${THREADS:-$NPROC}
MIRROR=${MIRROR:-copy}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
BIG_FILES=10
SMALL_DIRS=20

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin VerifyParityMojo
if (( FILES <= BIG_FILES + SMALL_DIRS )); then
  echo "FILES must be more than $((BIG_FILES + SMALL_DIRS))" >&2
  exit 2
fi

total_bytes=$((TOTAL_MB * 1024 * 1024))
big_bytes=$((total_bytes / 2 / BIG_FILES))
small_files=$((FILES - BIG_FILES))
small_bytes=$(((total_bytes - big_bytes * BIG_FILES) / small_files))
per_dir=$(((small_files + SMALL_DIRS - 1) / SMALL_DIRS))

tmp_root=${TMPDIR:-/tmp}
trees=2
[[ $MIRROR == hardlink ]] && trees=1
need_kb=$((total_bytes / 1024 * trees + total_bytes / 1024 / 2 + 65536))   # the trees, the generation pool, slack
avail_kb=$(df -Pk "$tmp_root" | awk 'NR == 2 { print $4 }')
if (( avail_kb < need_kb )); then
  echo "Not enough free space in $tmp_root: $((avail_kb / 1024)) MiB free, about $((need_kb / 1024)) MiB needed." >&2
  echo "Try a smaller tree, e.g. FILES=2000 TOTAL_MB=200 $0" >&2
  exit 2
fi

work=$(mktemp -d "$tmp_root/parity-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
canonical="$work/canonical"
mirror="$work/mirror"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }

echo "== generating $FILES files, $TOTAL_MB MiB ($BIG_FILES x $((big_bytes / 1024 / 1024)) MiB + $small_files x ~$((small_bytes / 1024)) KiB) in $work"
t0=$(now)
mkdir -p "$canonical/big"
for i in $(seq 1 "$BIG_FILES"); do
  head -c "$big_bytes" /dev/urandom > "$canonical/big/blob-$i.json"
done
# the small files: one random pool cut into equal pieces by split, SMALL_DIRS directories
head -c "$((small_bytes * small_files))" /dev/urandom > "$work/pool"
remaining=$small_files
for d in $(seq 1 "$SMALL_DIRS"); do
  count=$(( remaining < per_dir ? remaining : per_dir ))
  (( count > 0 )) || break
  mkdir -p "$canonical/part-$d"
  skip_files=$((small_files - remaining))
  dd if="$work/pool" iflag=skip_bytes,count_bytes skip="$((skip_files * small_bytes))" count="$((count * small_bytes))" \
      bs=1M status=none \
    | split -b "$small_bytes" -a 5 -d --additional-suffix=.json - "$canonical/part-$d/f-"
  remaining=$((remaining - count))
done
rm -f "$work/pool"
generated=$(find "$canonical" -type f | wc -l)
bytes=$(du -sb "$canonical" | cut -f1)
case $MIRROR in
  copy) cp -r "$canonical" "$mirror" ;;
  hardlink) cp -rl "$canonical" "$mirror" ;;
  *) echo "MIRROR must be copy or hardlink" >&2; exit 2 ;;
esac
t1=$(now)
echo "   $generated files, $bytes bytes per tree; mirror by $MIRROR; took $(elapsed "$t0" "$t1") s"

goal_pom "$work" parity-large verify-parity <<EOF
              <canonicalDirectory>canonical</canonicalDirectory>
              <mirrors><mirror>mirror</mirror></mirrors>
              <parityThreads>$THREADS</parityThreads>
EOF

mvn_run() { # log-file, extra args...
  local log=$1; shift
  (cd "$work" && MAVEN_OPTS="-Xmx$HEAP" "$project/mvnw" -B -o -Dmaven.repo.local="$MAVEN_REPO" -f "$work/pom.xml" verify "$@" > "$log" 2>&1)
}

echo "== Maven start-up only (-Dcutover.skip=true), MAVEN_OPTS=-Xmx$HEAP"
t0=$(now)
if ! mvn_run "$work/skip.log" -Dcutover.skip=true; then
  echo "Maven failed; log:" >&2
  tail -n 40 "$work/skip.log" >&2
  exit 1
fi
t1=$(now)
startup=$(elapsed "$t0" "$t1")
echo "   $startup s"

echo "== verify-parity: $((generated * 2)) files, $((bytes * 2 / 1024 / 1024)) MiB, parityThreads=$THREADS, MAVEN_OPTS=-Xmx$HEAP"
t0=$(now)
status=0
mvn_run "$work/parity.log" || status=$?
t1=$(now)
wall=$(elapsed "$t0" "$t1")
grep -E '^\[(INFO|WARNING|ERROR)\] (verify-parity:|BUILD|.*OutOfMemoryError)' "$work/parity.log" | sed 's/^/   /' || true
if (( status != 0 )) || ! grep -q 'verify-parity: PASS' "$work/parity.log"; then
  echo "verify-parity did not pass (exit $status); log:" >&2
  tail -n 40 "$work/parity.log" >&2
  exit 1
fi
goal=$(awk -v w="$wall" -v s="$startup" 'BEGIN { printf "%.2f", w - s }')
echo "   wall $wall s (about $goal s after start-up): $(rate $((generated * 2)) "$wall") files/s, $(rate $((bytes * 2 / 1024 / 1024)) "$wall") MiB/s overall; $(rate $((generated * 2)) "$goal") files/s, $(rate $((bytes * 2 / 1024 / 1024)) "$goal") MiB/s without start-up"

echo "== sha256sum over the same $((generated * 2)) files, one process"
t0=$(now)
(cd "$work" && find canonical mirror -type f -print0 | xargs -0 sha256sum > /dev/null)
t1=$(now)
s1=$(elapsed "$t0" "$t1")
echo "   $s1 s: $(rate $((generated * 2)) "$s1") files/s, $(rate $((bytes * 2 / 1024 / 1024)) "$s1") MiB/s"

echo "== sha256sum, $NPROC processes (xargs -P$NPROC)"
t0=$(now)
(cd "$work" && find canonical mirror -type f -print0 | xargs -0 -n 500 -P "$NPROC" sha256sum > /dev/null)
t1=$(now)
sp=$(elapsed "$t0" "$t1")
echo "   $sp s: $(rate $((generated * 2)) "$sp") files/s, $(rate $((bytes * 2 / 1024 / 1024)) "$sp") MiB/s"

echo "== machine: nproc=$NPROC; $(free -h | awk '/^Mem:/ { print "memory " $2 " total, " $7 " available" }'); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   java: $(java -version 2>&1 | head -n 1)"
