#!/usr/bin/env bash
# The verdict on a runtime configuration with HITS target-contract hits (issue 25, defect 7): a storefront project
# whose src/main/resources/application.properties is HITS lines "k=stock.v6" (11 bytes each: 11 MB for a million)
# while it rehearses stock.v6 against the baseline stock.v5; the verdict runs guard, whose runtime-switch check raises
# GUARD-RUNTIME-SWITCH at every line. The build fails (NO-GO), as it must.
#
# Measured, RUNS times: the verdict goal inside `mvn verify` (offline), from its "--- cutover:...:verdict" log line
# to its "Runtime cutover:" line (read, scan, decide, write the four reports, log), and the whole build's wall time;
# then the size of the build log and of each report. Medians of the times, sizes of the last run, and the load
# average are printed at the end.
#
# Needs: a JDK 17+, ~3 GiB free in TMPDIR for a plugin that lists every hit (~0.1 GiB with maxBreachesPerRule), and
# the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/bounded-findings.sh                     # HITS=1000000 RUNS=1
#        HITS=100000 RUNS=3 bench/bounded-findings.sh
# Settings (environment): HITS (1000000), RUNS (1), MAVEN_OPTS_EXTRA (e.g. -Xmx2g), MAVEN_REPO (~/.m2/repository),
#   TMPDIR, KEEP (1 keeps the generated project and logs).
set -euo pipefail

HITS=${HITS:-1000000}
RUNS=${RUNS:-1}
MAVEN_OPTS_EXTRA=${MAVEN_OPTS_EXTRA:-}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
KEEP=${KEEP:-0}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin VerdictMojo
[[ $HITS =~ ^[1-9][0-9]*$ && $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "HITS and RUNS must be positive integers" >&2; exit 2; }

make_work bounded-findings
consumer="$work/storefront"
mkdir -p "$consumer/src/main/resources"
awk -v n="$HITS" 'BEGIN { for (i = 0; i < n; i++) print "k=stock.v6" }' > "$consumer/src/main/resources/application.properties"
goal_pom "$consumer" storefront verdict <<'XML'
              <baseline>
                <releaseTag>v5.2.0</releaseTag>
                <commitSha>cf331449e1589581a5dcbb3adecd3e9ae4509277</commitSha>
                <serviceContract>stock.v5</serviceContract>
                <apiContract>api.v1</apiContract>
                <integrationBaseline>integration/v1</integrationBaseline>
              </baseline>
              <targetServiceContract>stock.v6</targetServiceContract>
XML
echo "== $HITS hits in $(stat -c %s "$consumer/src/main/resources/application.properties") bytes of application.properties"

goal_times=()
build_times=()
for run in $(seq 1 "$RUNS"); do
  log="$work/build-$run.log"
  rm -rf "$consumer/target"
  start=$(date +%s%N)
  (cd "$consumer" && MAVEN_OPTS="$MAVEN_OPTS_EXTRA -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS" \
      "$project/mvnw" -B -o -Dmaven.repo.local="$MAVEN_REPO" verify > "$log" 2>&1) || true
  end=$(date +%s%N)
  if ! grep -q "Rehearsal continuation: NO-GO ($HITS error-level breaches: GUARD-RUNTIME-SWITCH)" "$log"; then
    echo "the verdict did not count $HITS breaches; log:" >&2; tail -n 40 "$log" >&2; exit 1
  fi
  goal_start=$(grep -m1 -- '--- cutover:.*:verdict' "$log" | awk '{ print $1 }')
  goal_end=$(grep -m1 'Runtime cutover:' "$log" | awk '{ print $1 }')
  goal_times+=($(( $(ms_of "$goal_end") - $(ms_of "$goal_start") )))
  build_times+=($(( (end - start) / 1000000 )))
  echo "   run $run: verdict goal ${goal_times[-1]} ms, whole build ${build_times[-1]} ms"
done

echo "== the log's last GUARD-RUNTIME-SWITCH line"
grep 'GUARD-RUNTIME-SWITCH' "$work/build-$RUNS.log" | grep -v 'continuation' | tail -n 1 | cut -c1-200 | sed 's/^/   /'
reports="$consumer/target/cutover-guardrails"
echo "== sizes (bytes), last run"
printf '   %-32s %12s\n' "build log" "$(stat -c %s "$work/build-$RUNS.log")"
for report in verdict.json verdict.md cutover-guardrails.sarif TEST-cutover-guardrails.xml; do
  printf '   %-32s %12s\n' "$report" "$(stat -c %s "$reports/$report")"
done
echo "== medians over $RUNS run(s): verdict goal $(printf '%s\n' "${goal_times[@]}" | median) ms, whole build" \
  "$(printf '%s\n' "${build_times[@]}" | median) ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
