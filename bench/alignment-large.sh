#!/usr/bin/env bash
# Benchmarks the check-alignment goal on a large OpenAPI description (default 5 MiB).
#
# Generates, under a fresh temporary directory, a producer project: the reference contract pack
# (src/test/resources/reference/producer/contracts-integration-v1 as contracts/) and an OpenAPI
# document of SIZE_MB MiB made from the reference openapi.yaml by replicating its paths and component
# schemas (bench/AlignmentBench.java; every replica's error responses still use the shared
# ServiceErrorEnvelope, so the document passes), written as YAML and as the same tree in JSON.
#
# Then measures, for the YAML and for the JSON document (and, for comparison, the goal on the 20 KB
# reference openapi.yaml: its fixed cost):
#   - the goal's own time inside a real Maven build: `mvn verify` of a generated POM that runs
#     check-alignment, with Maven's log timestamped (org.slf4j.simpleLogger.showDateTime); the figure
#     is the time from the goal's "--- cutover:...:check-alignment" line to its "check-alignment: PASS"
#     line, so it includes loading the plugin's classes, reading, parsing, checking and writing the
#     evidence, and excludes Maven's start-up;
#   - the engine alone in a fresh JVM (java -cp <plugin + dependencies> bench/AlignmentBench.java time):
#     run 1 is cold, runs 2..RUNS warm.
# Everything it created is removed on exit.
#
# Needs: a JDK 17+ and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/alignment-large.sh            # 5 MiB
#        SIZE_MB=20 RUNS=5 bench/alignment-large.sh
# Settings (environment): SIZE_MB (5), GOAL_RUNS (5 builds per document, interleaved; medians),
# RUNS (3 engine runs), TMPDIR, MAVEN_REPO (~/.m2/repository).
set -euo pipefail

SIZE_MB=${SIZE_MB:-5}
RUNS=${RUNS:-3}
GOAL_RUNS=${GOAL_RUNS:-5}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin CheckAlignmentMojo
reference="$project/src/test/resources/reference/producer"

make_work alignment-bench

plugin_classpath

echo "== generating a $SIZE_MB MiB OpenAPI document from $reference/openapi.yaml"
mkdir -p "$work/producer"
cp -r "$reference/contracts-integration-v1" "$work/producer/contracts"
cp "$reference/openapi.yaml" "$work/producer/openapi.yaml"
java -cp "$cp" "$here/AlignmentBench.java" generate "$reference/openapi.yaml" "$work/producer/openapi-large.yaml" \
    "$work/producer/openapi-large.json" "$SIZE_MB" | sed 's/^/   /'

alignment_pom "$work/producer" alignment-large <<'XML'
              <producerManifestFile>contracts/producer-contract-manifest.json</producerManifestFile>
              <sourceOfTruthFile>contracts/service-contract-source-of-truth.json</sourceOfTruthFile>
XML

docs=(openapi.yaml openapi-large.yaml openapi-large.json)
echo "== check-alignment in mvn verify, $GOAL_RUNS rounds over the three documents (ms from the goal's start line to its result line)"
declare -A times
for ((round = 1; round <= GOAL_RUNS; round++)); do
  line="   round $round:"
  for doc in "${docs[@]}"; do
    t=$(alignment_goal_ms "$work/producer" "$doc")
    times[$doc]+="$t "
    line+=" $doc $t,"
  done
  echo "${line%,}   load $(cut -d' ' -f1 /proc/loadavg)"
done
for doc in "${docs[@]}"; do
  printf '   %-20s %9s bytes: median %s ms (runs: %s)\n' "$doc" "$(stat -c %s "$work/producer/$doc")" \
      "$(tr ' ' '\n' <<< "${times[$doc]}" | grep . | median)" "${times[$doc]% }"
done
for doc in openapi-large.yaml openapi-large.json; do
  echo "== the engine alone in a fresh JVM on $doc, $RUNS runs"
  java -cp "$cp" "$here/AlignmentBench.java" time "$work/producer" "$doc" "$RUNS"
done

echo "== machine: nproc=$(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 " total" }'); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   $(java -version 2>&1 | head -n 1); $(uname -srm)"
