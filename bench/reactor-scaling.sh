#!/usr/bin/env bash
# How check-pin + validate-handoff scale with the size of a Maven reactor: reactors of 1, 50 and
# 200 modules (MODULES), each module running both goals on its own copy of the consumer inputs of
# examples/consumer-rehearsal (pin, manifest, compatibility matrix, the producer's rehearsal
# candidate), configured once in the root POM's pluginManagement as in that example.
#
# For each reactor size, RUNS rounds; in each round the same reactor is built with our goals bound
# to verify ("with"), with them unbound ("without", -Dbench.phase=none: the plugin is never loaded)
# and with them bound but skipped ("skip", -Dcutover.skip=true: Maven still resolves the plugin,
# creates its realm, looks up and configures both mojos in every module; they return at once, so
# this is Maven's own share of each execution), interleaved, sizes interleaved too. Builds are sequential (no -T), offline, after one online warm-up build.
# From Maven's timestamped log (bench/mojo-times.awk) it takes:
#   - goal time: the sum of all check-pin and validate-handoff executions;
#   - first module: both goals in the first module (plugin realm, class loading, cold JIT);
#   - per module after the first: the median over modules 2..N of both goals' time in a module;
#   - wall: the build's time from its first log line to BUILD SUCCESS, and wall(with) - wall(without).
# The figures are medians over the rounds. Target: <= 5 ms per module after the first.
# With PARALLEL=1 it also builds each reactor with -T 2 and reports the wall time and goal time
# (executions are then matched by thread, showThreadName, and end at our goal's "Evidence:" line).
#
# Needs: a JDK 17+ and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/reactor-scaling.sh                 # MODULES="1 50 200" RUNS=3
#        MODULES="1 50 200" RUNS=5 PARALLEL=1 bench/reactor-scaling.sh
# Settings (environment): MODULES ("1 50 200"), RUNS (3), PARALLEL (0), MAVEN_REPO
#   (~/.m2/repository), TMPDIR, KEEP (1 keeps the generated reactors and logs).
set -euo pipefail

MODULES=${MODULES:-1 50 200}
RUNS=${RUNS:-3}
PARALLEL=${PARALLEL:-0}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
KEEP=${KEEP:-0}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin ValidateHandoffMojo
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 2; }
for m in $MODULES; do
  [[ $m =~ ^[1-9][0-9]*$ ]] || { echo "MODULES must be positive integers, e.g. \"1 50 200\"" >&2; exit 2; }
done
example="$project/examples/consumer-rehearsal"

make_work reactor-scaling

generate() { # modules, directory
  local n=$1 dir=$2 i modules=""
  mkdir -p "$dir"
  for i in $(seq 1 "$n"); do
    mkdir -p "$dir/m$i"
    cp -r "$example/config" "$example/docs" "$example/handoff" "$dir/m$i/"
    cat > "$dir/m$i/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.github.cutoverguard.bench</groupId>
    <artifactId>reactor</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>m$i</artifactId>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.cutoverguard</groupId>
        <artifactId>cutover-guardrails-maven-plugin</artifactId>
      </plugin>
    </plugins>
  </build>
</project>
XML
    modules+="    <module>m$i</module>"$'\n'
  done
  cat > "$dir/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cutoverguard.bench</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <bench.phase>verify</bench.phase>
  </properties>
  <modules>
$modules  </modules>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>io.github.cutoverguard</groupId>
          <artifactId>cutover-guardrails-maven-plugin</artifactId>
          <version>$version</version>
          <configuration>
$(example_consumer_xml 12)
          </configuration>
          <executions>
            <execution><id>pin</id><phase>\${bench.phase}</phase><goals><goal>check-pin</goal></goals></execution>
            <execution><id>handoff</id><phase>\${bench.phase}</phase><goals><goal>validate-handoff</goal></goals></execution>
          </executions>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
XML
}

log_opts="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS -Dorg.slf4j.simpleLogger.showThreadName=true"
build() { # modules, variant (with|without|parallel), log, extra args...
  local n=$1 variant=$2 log=$3; shift 3
  local args=(-B -Dmaven.repo.local="$MAVEN_REPO" -f "$work/r$n/pom.xml")
  [[ $variant == without ]] && args+=(-Dbench.phase=none)
  [[ $variant == skip ]] && args+=(-Dcutover.skip=true)
  [[ $variant == parallel ]] && args+=(-T 2)
  (cd "$work/r$n" && MAVEN_OPTS="$log_opts" "$project/mvnw" "${args[@]}" "$@" verify > "$log" 2>&1) || {
    echo "the build of $n modules ($variant) failed; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
  if [[ $variant == skip ]]; then
    local skipped
    skipped=$(grep -c -E '(check-pin|validate-handoff) skipped' "$log" || true)
    (( skipped == 2 * n )) || { echo "expected $((2 * n)) skipped goals in $log, found $skipped" >&2; exit 1; }
  elif [[ $variant != without ]]; then
    local passed
    passed=$(grep -c -E '(check-pin|validate-handoff): PASS' "$log" || true)
    (( passed == 2 * n )) || { echo "expected $((2 * n)) passing goals in $log, found $passed" >&2; exit 1; }
  fi
}

for n in $MODULES; do
  echo "== generating a reactor of $n module(s) in $work/r$n"
  generate "$n" "$work/r$n"
done
echo "== warm-up (online)"
for n in $MODULES; do build "$n" with "$work/warmup-$n.log"; done

results="$work/results.tsv"
printf 'modules\tvariant\trun\twall\tgoal_total\tfirst_module\tper_module_median\tper_module_p90\tload1\n' > "$results"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
median_of() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
p90_of() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else { i = int(NR * 0.9 + 0.999); print v[i < 1 ? 1 : i] } }'; }

analyse() { # modules, variant, run, log
  local n=$1 variant=$2 run=$3 log=$4 times="$4.times" wall goal first per p90
  if [[ $variant == parallel ]]; then
    # builder threads are named after their modules and no line marks a module's end: end each
    # execution at our goal's last log line
    awk -v end='^Evidence: ' -f "$here/mojo-times.awk" "$log" > "$times"
  else
    awk -f "$here/mojo-times.awk" "$log" > "$times"
  fi
  wall=$(awk -F'\t' '$1 == "TOTAL" { print $2 }' "$times")
  if [[ $variant == without ]]; then
    goal=0; first=-; per=-; p90=-
  else
    goal=$(awk -F'\t' '$2 ~ /:(check-pin|validate-handoff)$/ { s += $1 } END { print s + 0 }' "$times")
    # both goals' time per module, in the order the modules started
    awk -F'\t' '$2 ~ /:(check-pin|validate-handoff)$/ { if (!($4 in t)) order[++k] = $4; t[$4] += $1 }
        END { for (i = 1; i <= k; i++) print order[i] "\t" t[order[i]] }' "$times" > "$times.modules"
    first=$(head -n 1 "$times.modules" | cut -f2)
    per=$(tail -n +2 "$times.modules" | cut -f2 | median_of)
    p90=$(tail -n +2 "$times.modules" | cut -f2 | p90_of)
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$variant" "$run" "$wall" "$goal" "$first" "$per" "$p90" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$results"
  printf '   %7s %-8s %3s %9s %10s %12s %16s %8s %6s\n' "$n" "$variant" "$run" "$wall" "$goal" "$first" "$per" "$p90" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "== $RUNS rounds, offline; times in ms (per module: both goals in one module, modules 2..N)"
printf '   %7s %-8s %3s %9s %10s %12s %16s %8s %6s\n' modules variant run wall "goal total" "first module" "per module (med)" p90 load1
variants="with without skip"
[[ $PARALLEL == 1 ]] && variants+=" parallel"
for run in $(seq 1 "$RUNS"); do
  for n in $MODULES; do
    # alternate which variant goes first
    if (( run % 2 )); then order=$variants; else order=$(tr ' ' '\n' <<< "$variants" | tac | tr '\n' ' '); fi
    for variant in $order; do
      log="$work/r$n-$variant-$run.log"
      build "$n" "$variant" "$log" -o
      analyse "$n" "$variant" "$run" "$log"
    done
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

col() { # modules, variant, column
  awk -F'\t' -v n="$1" -v v="$2" -v c="$3" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) col = i; next }
      $1 == n && $2 == v { print $col }' "$results" | median_of
}
echo
echo "== summary: medians over $RUNS rounds (ms)"
printf '%8s %12s %14s %11s %13s %22s %18s %13s %20s\n' modules "wall (with)" "wall (without)" difference "goal total" "first module (both)" "per module after" "target <= 5" "skip: per module"
for n in $MODULES; do
  ww=$(col "$n" with wall); wo=$(col "$n" without wall); per=$(col "$n" with per_module_median)
  verdict=-
  [[ $per != - ]] && verdict=$(awk -v p="$per" 'BEGIN { print (p <= 5 ? "met" : "NOT met") }')
  printf '%8s %12s %14s %11s %13s %22s %18s %13s %20s\n' "$n" "$ww" "$wo" "$(awk -v a="$ww" -v b="$wo" 'BEGIN { print a - b }')" \
    "$(col "$n" with goal_total)" "$(col "$n" with first_module)" "$per" "$verdict" "$(col "$n" skip per_module_median)"
done
echo "(skip: both goals bound but -Dcutover.skip=true: Maven's own per-execution work, for comparison)"
if [[ $PARALLEL == 1 ]]; then
  echo "-T 2 (executions matched by thread, each ending at its Evidence: line):"
  for n in $MODULES; do
    echo "   $n modules: wall $(col "$n" parallel wall) ms, goal total $(col "$n" parallel goal_total) ms (sum over both threads), per module after the first $(col "$n" parallel per_module_median) ms"
  done
fi
echo "load average (1/5/15 min): $load_start at the start, $load_end at the end"
echo "== machine: nproc=$(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 " total" }'); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   $(java -version 2>&1 | head -n 1); $("$project/mvnw" -v 2>/dev/null | head -n 1 | sed 's/ (.*//'); $(uname -srm)"
