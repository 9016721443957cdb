#!/usr/bin/env bash
# Where check-pin + validate-handoff spend their time on a cold JVM: the profile behind the
# marginal-cost figures of docs/PERFORMANCE.md.
#
#   1. Inside Maven: a project whose only goals are check-pin + validate-handoff (configured as in
#      examples/consumer-rehearsal) is built RUNS times with -Xlog:class+load; bench/class-loads.awk
#      splits each execution into Maven's share (from the "--- cutover:..." line to the first class
#      loaded from the plugin jar: resolving the plugin's dependencies, creating its class realm,
#      looking up and configuring the mojo) and the plugin's own work, and counts the classes each
#      execution loaded by source jar (JGit's among them).
#   2. The engine alone in a fresh JVM, phase by phase (bench/GoalPhases.java), RUNS times: Jackson's
#      first use, the schema registry's initialisation, compiling and applying integration-pin.v1,
#      the rest of check-pin, the evidence report, validate-handoff; with the classes each phase
#      loaded by source jar (from the last run); then the warm cost of both goals.
#   3. An experiment (bench/SchemaReaderExperiment.java), RUNS rounds of three fresh JVMs: the pin
#      schema (registry, compile, validate) + an evidence-shaped report through a JsonGenerator, as
#      SchemaCatalog does it today (as-is), without the pin schema's not/propertyNames/not clause
#      (no-not), and additionally with a schema reader on Jackson's streaming parser instead of
#      networknt's JsonMapper-based one (lean: no ObjectMapper at all); with the jackson-databind
#      classes loaded outside tools.jackson.databind.node (the ObjectMapper machinery).
# Medians are printed; the machine is noisy, so compare within one run.
#
# Needs: a JDK 17+, jq, and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/goal-profile.sh               # RUNS=5
# Settings (environment): RUNS (5), MAVEN_REPO (~/.m2/repository), TMPDIR, KEEP (1 keeps the files).
set -euo pipefail

RUNS=${RUNS:-5}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
KEEP=${KEEP:-0}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin ValidateHandoffMojo
command -v jq > /dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 2; }

make_work goal-profile
median_of() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== class path of the plugin; compiling the helpers"
plugin_classpath
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$cp" "$here/GoalPhases.java" "$here/SchemaReaderExperiment.java"
consumer_files "$work/consumer"

# ---------------------------------------------------------------------------------------------
echo "== 1. inside Maven: check-pin + validate-handoff alone, $RUNS builds with -Xlog:class+load"
ours_plugin_xml | plugins_pom "$work/consumer/pom.xml" goal-profile
log_opts="-Duser.timezone=UTC -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
(cd "$work/consumer" && MAVEN_OPTS="$log_opts" "$project/mvnw" -B -Dmaven.repo.local="$MAVEN_REPO" verify > "$work/warmup.log" 2>&1) || {
  echo "the warm-up build failed; log:" >&2; tail -n 40 "$work/warmup.log" >&2; exit 1; }
: > "$work/maven.tsv"
for run in $(seq 1 "$RUNS"); do
  log="$work/maven-$run.log"; classes="$work/maven-$run.classes"
  (cd "$work/consumer" && MAVEN_OPTS="$log_opts -Xlog:class+load=info:file=$classes:timemillis" \
      "$project/mvnw" -B -o -Dmaven.repo.local="$MAVEN_REPO" verify > "$log" 2>&1) || {
    echo "the build failed; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
  awk -v own="cutover=cutover-guardrails-maven-plugin-" -f "$here/class-loads.awk" "$log" "$classes" > "$log.profile"
  # check-pin's line: "   cutover:...:check-pin (pin): T ms; before ...: M ms; C classes loaded"
  sed -n 's/^   cutover:[^ ]*:check-pin (pin): \([0-9]*\) ms; .*: \([0-9?]*\) ms; \([0-9]*\) classes loaded$/\1\t\2\t\3/p' "$log.profile" \
    | head -n 1 | tr -d '\n' >> "$work/maven.tsv"
  printf '\t%s\t%s\t%s\n' "$(sed -n 's/^   cutover:[^ ]*:validate-handoff (handoff): \([0-9]*\) ms.*/\1/p' "$log.profile")" \
    "$(grep -c 'org\.eclipse\.jgit' "$classes" || true)" "$(cut -d' ' -f1 /proc/loadavg)" >> "$work/maven.tsv"
done
echo "   the last build, execution by execution:"
sed 's/^/   /' "$work/maven-$RUNS.log.profile"
printf '   %-6s %15s %24s %9s %18s %13s %6s\n' run "check-pin (ms)" "of which Maven's share" "classes" "validate-handoff" "JGit classes" load1
awk -F'\t' '{ printf "   %-6s %15s %24s %9s %18s %13s %6s\n", NR, $1, $2, $3, $4, $5, $6 }' "$work/maven.tsv"
printf '   %-6s %15s %24s %9s %18s\n' median "$(cut -f1 "$work/maven.tsv" | median_of)" "$(cut -f2 "$work/maven.tsv" | median_of)" \
  "$(cut -f3 "$work/maven.tsv" | median_of)" "$(cut -f4 "$work/maven.tsv" | median_of)"

# ---------------------------------------------------------------------------------------------
echo "== 2. the engine alone, fresh JVM, phase by phase ($RUNS runs; ms, classes loaded)"
for run in $(seq 1 "$RUNS"); do
  rm -f "$work/timeline.tsv"
  java -Xlog:class+load=info:file="$work/phases.classes":uptimemillis -Dphases.timeline="$work/timeline.tsv" \
      -cp "$work/classes:$cp" GoalPhases "$work/consumer" 200 > "$work/phases-$run.txt" 2> >(grep -v '^SLF4J' >&2)
done
# median per line: "   name   N ms ..." -> the number before " ms"
lines=$(wc -l < "$work/phases-1.txt")
for i in $(seq 1 "$lines"); do
  name=$(sed -n "${i}p" "$work/phases-1.txt" | sed 's/ \{2,\}[0-9.]* ms.*//; s/^ *//')
  values=$(for run in $(seq 1 "$RUNS"); do sed -n "${i}p" "$work/phases-$run.txt" | sed 's/.* \([0-9.]*\) ms.*/\1/'; done | median_of)
  rest=$(sed -n "${i}p" "$work/phases-$RUNS.txt" | sed 's/.* ms//')
  printf '   %-62s %8s ms (median)%s\n' "$name" "$values" "$rest"
done
echo "   classes by source, per phase (last run):"
awk -F'\t' 'FNR == NR { s[++n] = $1; e[n] = $2; name[n] = $3; next }
    { t = $0; sub(/ms\].*$/, "", t); sub(/^\[/, "", t); t = t + 0; src = $0; sub(/^.* source: /, "", src)
      if (src ~ /^(file:|jar:)/) { sub(/!.*$/, "", src); sub(/^.*\//, "", src); sub(/\.jar$/, "", src) }
      else if (src ~ /^jrt:/ || src == "shared objects file") src = "JDK"; else src = "generated"
      for (i = 1; i <= n; i++) if (t >= s[i] && t <= e[i]) { c[i, src]++; break } }
    END { for (i = 1; i <= n; i++) { line = ""; for (k in c) { split(k, kk, SUBSEP); if (kk[1] == i) line = line sprintf(" %s=%d", kk[2], c[k]) }
          printf "      %-58s%s\n", name[i], line } }' "$work/timeline.tsv" "$work/phases.classes"

# ---------------------------------------------------------------------------------------------
echo "== 3. experiment: pin schema + report, as-is / no-not / lean, $RUNS rounds of fresh JVMs"
unzip -p "$plugin_jar" io/github/cutoverguard/schemas/integration-pin.v1.schema.json \
  | jq 'del(.not) | del(.errorMessage.not) | if .errorMessage == {} then del(.errorMessage) else . end' > "$work/integration-pin.no-not.json"
: > "$work/experiment.tsv"
for run in $(seq 1 "$RUNS"); do
  for variant in as-is no-not lean; do
    line=$(java -Xlog:class+load=info:file="$work/exp.classes" -cp "$work/classes:$cp" SchemaReaderExperiment "$variant" \
        "$work/consumer/config/integration-pin.json" "$work/integration-pin.no-not.json" 2> >(grep -v '^SLF4J' >&2))
    mapper=$(grep 'jackson-databind' "$work/exp.classes" | grep -vc 'tools\.jackson\.databind\.node\.' || true)
    printf '%s\t%s\n' "$line" "$mapper" >> "$work/experiment.tsv"
  done
done
printf '   %-8s %22s %12s %10s %16s %38s\n' variant "registry+compile (ms)" "validate" report classes "databind classes outside .node (mapper)"
for variant in as-is no-not lean; do
  m() { awk -F'\t' -v v="$variant" -v c="$1" '$1 == v { print $c }' "$work/experiment.tsv" | median_of; }
  printf '   %-8s %22s %12s %10s %16s %38s\n' "$variant" "$(m 2)" "$(m 3)" "$(m 4)" "$(m 5)" "$(m 6)"
done
echo "   (medians of $RUNS; sum as-is: $(awk -F'\t' '$1 == "as-is" { print $2 + $3 + $4 }' "$work/experiment.tsv" | median_of) ms," \
  "lean: $(awk -F'\t' '$1 == "lean" { print $2 + $3 + $4 }' "$work/experiment.tsv" | median_of) ms)"
echo "== machine: nproc=$(nproc); load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   $(java -version 2>&1 | head -n 1); $("$project/mvnw" -v 2>/dev/null | head -n 1 | sed 's/ (.*//'); $(uname -srm)"
