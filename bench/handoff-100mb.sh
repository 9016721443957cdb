#!/usr/bin/env bash
# validate-handoff on a ~100 MiB handoff payload that passes, against a bare Jackson 3
# JsonMapper.readTree of the same file in a fresh JVM (target: the goal <= 1.5x the bare read).
#
# The payload is the producer's rehearsal candidate of examples/consumer-rehearsal grown to SIZE_MB
# MiB (bench/HandoffBench.java generate) where rehearsal-handoff.v1 allows it:
#   PAD=checks  required_producer_checks, a stringList, gets ~1.3 million distinct command lines;
#               the schema checks every entry (nonEmptyString: minLength 1, pattern \S);
#   PAD=policy  error_code_expectations.additive_change_notice_policy, which the schema only
#               requires to be an object, gets a notice_history array of small objects.
# Both stay below the default maxInputBytes (128 MiB) and pass every check.
#
# Measured, RUNS times, interleaved:
#   - the goal inside `mvn verify` (offline) of a project whose only goal is validate-handoff,
#     configured as in examples/consumer-rehearsal (producerManifestFile, requiredConsumerChecks):
#     from its "--- cutover:...:validate-handoff" log line to BUILD SUCCESS (plugin realm, class
#     loading, read, SHA-256, strict parse with locations, schema validation, checks, evidence);
#   - the bare read: `java HandoffBench readtree FILE` in a fresh JVM: new JsonMapper().readTree(path),
#     mapper creation included, JVM start excluded (the wall time of that java process is shown too).
# Then PHASE_RUNS times, each in a fresh JVM, validate-handoff's engine phase by phase
# (HandoffBench phases), with the median of each phase.
# Medians, the ratio goal / bare read, and the load average are printed at the end.
#
# Needs: a JDK 17+, ~1 GiB free in TMPDIR, and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/handoff-100mb.sh                   # SIZE_MB=100 PAD=checks RUNS=3
#        SIZE_MB=100 PAD=policy RUNS=5 bench/handoff-100mb.sh
# Settings (environment): SIZE_MB (100), PAD (checks), RUNS (3), PHASE_RUNS (3), MAVEN_OPTS_EXTRA (e.g. -Xmx2g,
#   applied to the Maven build and the bare read alike), MAVEN_REPO (~/.m2/repository), TMPDIR,
#   KEEP (1 keeps the generated project, payload and logs).
set -euo pipefail

SIZE_MB=${SIZE_MB:-100}
PAD=${PAD:-checks}
RUNS=${RUNS:-3}
PHASE_RUNS=${PHASE_RUNS:-3}
MAVEN_OPTS_EXTRA=${MAVEN_OPTS_EXTRA:-}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
KEEP=${KEEP:-0}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin ValidateHandoffMojo
[[ $RUNS =~ ^[1-9][0-9]*$ && $PHASE_RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS and PHASE_RUNS must be positive integers" >&2; exit 2; }
[[ $SIZE_MB =~ ^[1-9][0-9]*$ ]] && (( SIZE_MB < 128 )) || { echo "SIZE_MB must be 1..127 (maxInputBytes is 128 MiB)" >&2; exit 2; }
[[ $PAD == checks || $PAD == policy ]] || { echo "PAD must be checks or policy" >&2; exit 2; }
example="$project/examples/consumer-rehearsal"

make_work handoff-large

plugin_classpath
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$cp" "$here/HandoffBench.java"
run_java() { java $MAVEN_OPTS_EXTRA -cp "$work/classes:$cp" HandoffBench "$@" 2> >(grep -v '^SLF4J' >&2); }

echo "== generating a $SIZE_MB MiB payload (PAD=$PAD)"
mkdir -p "$work/consumer/handoff"
cp -r "$example/config" "$work/consumer/"
payload="$work/consumer/handoff/LARGE_REHEARSAL_HANDOFF.json"
run_java generate "$example/handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json" "$payload" "$SIZE_MB" "$PAD" | sed 's/^/   /'
bytes=$(stat -c %s "$payload")

cat > "$work/consumer/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cutoverguard.bench</groupId>
  <artifactId>handoff-large</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.cutoverguard</groupId>
        <artifactId>cutover-guardrails-maven-plugin</artifactId>
        <version>$version</version>
        <configuration>
$(example_baseline_xml 10)
          <producerManifestFile>config/producer-manifest.json</producerManifestFile>
          <handoffFile>handoff/LARGE_REHEARSAL_HANDOFF.json</handoffFile>
          <requiredConsumerChecks><check>./mvnw -B verify</check></requiredConsumerChecks>
        </configuration>
        <executions>
          <execution><id>handoff</id><phase>verify</phase><goals><goal>validate-handoff</goal></goals></execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
XML

log_opts="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
goal_run() { # log, extra args; prints the goal's ms
  local log=$1; shift
  (cd "$work/consumer" && MAVEN_OPTS="$log_opts $MAVEN_OPTS_EXTRA" "$project/mvnw" -B -Dmaven.repo.local="$MAVEN_REPO" "$@" verify > "$log" 2>&1) || {
    echo "the build failed; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
  grep -q 'validate-handoff: PASS' "$log" || { echo "validate-handoff did not pass; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
  awk -f "$here/mojo-times.awk" "$log" | awk -F'\t' '$2 ~ /:validate-handoff$/ { print $1 }'
}
now_ms() { date +%s%3N; }

echo "== warm-up: one online build (plugin resolution) and one bare read (page cache)"
goal_run "$work/warmup.log" > /dev/null
run_java readtree "$payload" > /dev/null

results="$work/results.tsv"
printf 'run\tgoal\treadtree\treadtree_process\tload1\n' > "$results"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== $RUNS runs, interleaved (ms)"
printf '   %3s %16s %18s %24s %6s\n' run "validate-handoff" "bare readTree" "bare readTree process" load1
for run in $(seq 1 "$RUNS"); do
  measure_goal() { goal=$(goal_run "$work/goal-$run.log" -o); }
  measure_read() { local t0; t0=$(now_ms); read_ms=$(run_java readtree "$payload"); read_wall=$(( $(now_ms) - t0 )); }
  if (( run % 2 )); then measure_goal; measure_read; else measure_read; measure_goal; fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$goal" "$read_ms" "$read_wall" "$load" >> "$results"
  printf '   %3s %16s %18s %24s %6s\n' "$run" "$goal" "$read_ms" "$read_wall" "$load"
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== validate-handoff's engine phase by phase, $PHASE_RUNS fresh JVMs (HandoffBench phases; medians)"
for i in $(seq 1 "$PHASE_RUNS"); do
  run_java phases "$work/consumer" handoff/LARGE_REHEARSAL_HANDOFF.json config/producer-manifest.json > "$work/phases-$i.txt"
done
lines=$(wc -l < "$work/phases-1.txt")
for i in $(seq 1 "$lines"); do
  if grep -q ' ms (GC ' <<< "$(sed -n "${i}p" "$work/phases-1.txt")"; then
    name=$(sed -n "${i}p" "$work/phases-1.txt" | sed 's/ \{2,\}[0-9]* ms (GC.*//; s/^ *//')
    indent=$(sed -n "${i}p" "$work/phases-1.txt" | sed 's/^\( *\).*/\1/')
    ms=$(for r in $(seq 1 "$PHASE_RUNS"); do sed -n "${i}p" "$work/phases-$r.txt" | sed 's/.* \([0-9]*\) ms (GC.*/\1/'; done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    gc=$(for r in $(seq 1 "$PHASE_RUNS"); do sed -n "${i}p" "$work/phases-$r.txt" | sed 's/.*(GC \([0-9]*\) ms).*/\1/'; done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    all=$(for r in $(seq 1 "$PHASE_RUNS"); do sed -n "${i}p" "$work/phases-$r.txt" | sed 's/.* \([0-9]*\) ms (GC.*/\1/'; done | paste -sd/)
    printf '%s%-*s %8s ms median (GC %s ms; runs: %s)\n' "$indent" $((65 - ${#indent})) "$name" "$ms" "$gc" "$all"
  else
    sed -n "${i}p" "$work/phases-$PHASE_RUNS.txt"
  fi
done

median() {
  awk -F'\t' -v c="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) col = i; next } { print $col }' "$results" \
    | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
goal=$(median goal); read_ms=$(median readtree); read_wall=$(median readtree_process)
ratio=$(awk -v a="$goal" -v b="$read_ms" 'BEGIN { printf "%.2f", a / b }')
echo
echo "== summary: $bytes bytes (PAD=$PAD), medians of $RUNS runs"
echo "   validate-handoff inside mvn verify:             $goal ms"
echo "   bare JsonMapper.readTree, fresh JVM:            $read_ms ms (whole java process: $read_wall ms)"
echo "   ratio goal / bare readTree:                     $ratio (target <= 1.5: $(awk -v r="$ratio" 'BEGIN { print (r <= 1.5 ? "met" : "NOT met") }'))"
echo "   ratio goal / whole bare-read process:           $(awk -v a="$goal" -v b="$read_wall" 'BEGIN { printf "%.2f", a / b }')"
echo "load average (1/5/15 min): $load_start at the start, $load_end at the end"
echo "== machine: nproc=$(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 " total" }'); $(date -u +%Y-%m-%dT%H:%M:%SZ); MAVEN_OPTS_EXTRA='$MAVEN_OPTS_EXTRA'"
echo "   $(java -version 2>&1 | head -n 1); $("$project/mvnw" -v 2>/dev/null | head -n 1 | sed 's/ (.*//'); $(uname -srm)"
