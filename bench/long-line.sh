#!/usr/bin/env bash
# Benchmarks check-alignment on an OpenAPI description with one long line against the same bytes over
# lines of at most 80 characters (issue 25: time stays linear in the input; target: <= 2x).
#
# Generates, under a fresh temporary directory, a producer project: the reference contract pack
# (src/test/resources/reference/producer/contracts-integration-v1 as contracts/) and, from the reference
# openapi.yaml, bench/AlignmentBench.java's large document; then (bench/LongLineBench.java) two pairs of
# YAML documents, each the same bytes on one line and over 80-character lines:
#   scalar-one.yaml / scalar-lines.yaml  the reference with one unbroken double-quoted scalar, SIZE_MB MiB;
#   flow-one.yaml / flow-lines.yaml      the large document as one flow mapping, about SIZE_MB MiB.
# Then measures the check-alignment engine on the four, interleaved, in a fresh JVM (run 1 cold, runs
# 2..RUNS warm; the warm medians give the ratios), and, with BEFORE=1, the time SnakeYAML's default
# 1 KiB buffer (the reader before the fix) takes to read each one-line document once.
# Everything it created is removed on exit.
#
# Needs: a JDK 17+ and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# or CLASSES=target/classes (after ./mvnw compile) to time the work tree's classes instead.
# Usage: bench/long-line.sh                 # 8 MiB
#        SIZE_MB=16 RUNS=7 BEFORE=1 bench/long-line.sh
# Settings (environment): SIZE_MB (8), RUNS (5), BEFORE (0), CLASSES, TMPDIR, MAVEN_REPO (~/.m2/repository).
set -euo pipefail

SIZE_MB=${SIZE_MB:-8}
RUNS=${RUNS:-5}
BEFORE=${BEFORE:-0}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if [[ -n ${CLASSES:-} ]]; then
  plugin_jar=$(cd "$project" && realpath "$CLASSES")
else
  require_plugin CheckAlignmentMojo
fi
reference="$project/src/test/resources/reference/producer"

make_work long-line-bench

plugin_classpath

echo "== generating the $SIZE_MB MiB documents"
mkdir -p "$work/producer"
cp -r "$reference/contracts-integration-v1" "$work/producer/contracts"
# the block YAML of AlignmentBench is about 1.3 times its flow (compact JSON) form
java -cp "$cp" "$here/AlignmentBench.java" generate "$reference/openapi.yaml" "$work/large.yaml" \
    "$work/large.json" $(( (SIZE_MB * 13 + 9) / 10 )) > /dev/null
java -cp "$cp" "$here/LongLineBench.java" generate "$reference/openapi.yaml" "$work/large.json" "$work/producer" \
    "$SIZE_MB" | sed 's/^/   /'
rm "$work/large.yaml" "$work/large.json"

docs=(scalar-lines.yaml scalar-one.yaml flow-lines.yaml flow-one.yaml)
echo "== the check-alignment engine in a fresh JVM, $RUNS rounds over the four documents (ms)"
java -cp "$cp" "$here/LongLineBench.java" time "$work/producer" "$RUNS" "${docs[@]}"

if [[ $BEFORE == 1 ]]; then
  echo "== for comparison: reading each document once with SnakeYAML's default 1 KiB buffer (before the fix)"
  (cd "$work/producer" && java -cp "$cp" "$here/LongLineBench.java" snakeyaml-default "${docs[@]}")
fi

echo "== machine: nproc=$(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 " total" }'); load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   $(java -version 2>&1 | head -n 1); $(uname -srm)"
