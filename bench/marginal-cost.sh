#!/usr/bin/env bash
# The marginal cost of check-pin + validate-handoff inside a real `mvn verify`, next to the two
# plugins a consumer would otherwise use for part of the job, in the same build (same JVM):
#   - maven-enforcer-plugin with two requireFileChecksum rules (type sha256; the rule knows md5,
#     sha1, sha256, sha384 and sha512): the pin and the mirrored manifest must have their real SHA-256;
#   - com.groupon.maven.plugin.json:json-schema-validator (the better known of the two JSON-Schema
#     validation plugins found on Maven Central; it runs fge json-schema-validator 2.2.6, draft-04)
#     validating the same handoff against the same schema, rehearsal-handoff.v1 with
#     handoff-common.v1 inlined into one file: the plugin hands fge the schema without a base URI,
#     so a relative $ref cannot be resolved.
#     fge implements draft-04, so it ignores $defs' 2020-12 meaning (the $refs into it still
#     resolve as JSON pointers), propertyNames and errorMessage, and warns about them.
#
# The consumer project is generated under a fresh temporary directory from the bundled example
# (examples/consumer-rehearsal: pin, manifest, compatibility matrix, the producer's rehearsal
# candidate; the same files as the reference inputs) with our two goals configured as in that
# example. Two POMs differ only in the order of the plugins, all bound to verify: ours first and
# ours last. After one online warm-up build of each (downloads), RUNS offline builds of each are
# interleaved (ABBA..., the order within a pair alternating). Each execution's time is taken from
# Maven's timestamped log (bench/mojo-times.awk): from its "--- plugin:version:goal" line to the
# next such line, or to BUILD SUCCESS; so it includes resolving the plugin, creating its class
# realm, loading its classes and configuring the mojo. "ours" is check-pin + validate-handoff.
#
# Prints every build, then per order the medians and the ratios ours/enforcer and
# ours/schema-validator (targets: <= 1.0 and <= 0.5), and the load average around the runs.
# With PROFILE=1, one more build per order runs with -Xlog:class+load, and bench/class-loads.awk
# splits every execution into Maven's share (up to the first class loaded from the plugin's own
# jar: dependency resolution, class realm, mojo lookup and configuration) and the plugin's own
# work, with the classes it loaded by source jar.
#
# Needs: a JDK 17+, jq, network access to Maven Central for the warm-up (or the plugins already in
# MAVEN_REPO), and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/marginal-cost.sh              # RUNS=5
#        RUNS=9 KEEP=1 bench/marginal-cost.sh
# Settings (environment): RUNS (5), ENFORCER_VERSION (3.7.0), JSON_VALIDATOR_VERSION (1.2.0),
#   MAVEN_REPO (~/.m2/repository), TMPDIR, KEEP (1 keeps the generated project and logs),
#   JAVA_OPTS_EXTRA (extra MAVEN_OPTS for every measured build, e.g. -Xshare:off), PROFILE (0).
set -euo pipefail

RUNS=${RUNS:-5}
ENFORCER_VERSION=${ENFORCER_VERSION:-3.7.0}
JSON_VALIDATOR_VERSION=${JSON_VALIDATOR_VERSION:-1.2.0}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
KEEP=${KEEP:-0}
JAVA_OPTS_EXTRA=${JAVA_OPTS_EXTRA:-}
PROFILE=${PROFILE:-0}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin ValidateHandoffMojo
command -v jq > /dev/null || { echo "jq is needed to inline the handoff schema (apt-get install jq)" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 2; }

make_work marginal-cost

echo "== generating the consumer project in $work"
consumer_files "$work/consumer"
mkdir -p "$work/consumer/schemas"
# rehearsal-handoff.v1 with handoff-common.v1's $defs inlined and its $refs made local
jq --slurpfile common "$project/schemas/handoff-common.v1.schema.json" '
    del(."$id") | ."$defs" = $common[0]."$defs"
    | walk(if type == "object" and (."$ref"? // "" | startswith("handoff-common.v1.schema.json#"))
           then ."$ref" |= sub("^handoff-common.v1.schema.json"; "") else . end)' \
  "$project/schemas/rehearsal-handoff.v1.schema.json" > "$work/consumer/schemas/rehearsal-handoff.v1.inlined.schema.json"
echo "   pin sha256 $pin_sha, manifest sha256 $manifest_sha"

others_plugins() {
  enforcer_plugin_xml
  cat <<XML
    <plugin>
      <groupId>com.groupon.maven.plugin.json</groupId>
      <artifactId>json-schema-validator</artifactId>
      <version>$JSON_VALIDATOR_VERSION</version>
      <executions>
        <execution>
          <id>handoff-schema</id>
          <phase>verify</phase>
          <goals><goal>validate</goal></goals>
          <configuration>
            <validations>
              <validation>
                <jsonSchema>\${project.basedir}/schemas/rehearsal-handoff.v1.inlined.schema.json</jsonSchema>
                <jsonFile>\${project.basedir}/handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json</jsonFile>
              </validation>
            </validations>
          </configuration>
        </execution>
      </executions>
    </plugin>
XML
}

write_pom() { # order, file
  if [[ $1 == first ]]; then ours_plugin_xml; others_plugins; else others_plugins; ours_plugin_xml; fi \
    | plugins_pom "$2" marginal-cost
}
write_pom first "$work/consumer/pom-ours-first.xml"
write_pom last "$work/consumer/pom-ours-last.xml"

log_opts="-Duser.timezone=UTC -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
build() { # order, log, extra mvn args...
  local order=$1 log=$2; shift 2
  (cd "$work/consumer" && MAVEN_OPTS="$log_opts $JAVA_OPTS_EXTRA" "$project/mvnw" -B -Dmaven.repo.local="$MAVEN_REPO" \
      -f "pom-ours-$order.xml" "$@" verify > "$log" 2>&1) || {
    echo "the build (ours $order) failed; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
  for goal in check-pin validate-handoff; do
    grep -q "$goal: PASS" "$log" || { echo "$goal did not pass; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
  done
  grep -q 'Successfully validated JSON' "$log" || { echo "the schema validator did not validate; log:" >&2; tail -n 40 "$log" >&2; exit 1; }
}

echo "== warm-up (online: resolves and downloads the plugins)"
build first "$work/warmup-first.log"
build last "$work/warmup-last.log"

loadavg() { cut -d' ' -f1 /proc/loadavg; }
pick() { awk -F'\t' -v g="$1" '$2 ~ g { s += $1 } END { print s + 0 }' "$log.times"; }
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
results="$work/results.tsv"
printf 'order\trun\tcheck_pin\tvalidate_handoff\tours\tenforcer\tschema_validator\tbuild_total\tload1\n' > "$results"
echo "== $RUNS offline builds per order, interleaved (times in ms)"
printf '   %-5s %3s %10s %17s %6s %9s %17s %12s %6s\n' order run check-pin validate-handoff ours enforcer schema-validator "build total" load1
for run in $(seq 1 "$RUNS"); do
  if (( run % 2 )); then orders="first last"; else orders="last first"; fi
  for order in $orders; do
    log="$work/$order-$run.log"
    build "$order" "$log" -o
    awk -f "$here/mojo-times.awk" "$log" > "$log.times"
    cp_ms=$(pick ':check-pin$'); vh_ms=$(pick ':validate-handoff$')
    enf_ms=$(pick '^enforcer:'); json_ms=$(pick '^json:')
    total_ms=$(awk -F'\t' '$1 == "TOTAL" { print $2 }' "$log.times")
    load=$(loadavg)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$order" "$run" "$cp_ms" "$vh_ms" $((cp_ms + vh_ms)) "$enf_ms" "$json_ms" "$total_ms" "$load" >> "$results"
    printf '   %-5s %3s %10s %17s %6s %9s %17s %12s %6s\n' "$order" "$run" "$cp_ms" "$vh_ms" $((cp_ms + vh_ms)) "$enf_ms" "$json_ms" "$total_ms" "$load"
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

if [[ $PROFILE == 1 ]]; then
  for order in first last; do
    echo "== profile, ours $order: one more build with -Xlog:class+load"
    JAVA_OPTS_EXTRA="$JAVA_OPTS_EXTRA -Xlog:class+load=info:file=$work/profile-$order.classes:timemillis" \
      build "$order" "$work/profile-$order.log" -o
    awk -v own="cutover=cutover-guardrails-maven-plugin-,enforcer=maven-enforcer-plugin-,json=json-schema-validator-$JSON_VALIDATOR_VERSION" \
      -f "$here/class-loads.awk" "$work/profile-$order.log" "$work/profile-$order.classes"
  done
fi

median() { # column name, order ("" = both)
  awk -F'\t' -v c="$1" -v o="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) col = i; next }
      o == "" || $1 == o { print $col }' "$results" \
    | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "met" : "NOT met") }'; }

echo
echo "== summary: medians of $RUNS builds per order (ms); ratios of the medians"
printf '%-16s %9s %16s %6s %9s %16s %14s %12s\n' "" check-pin validate-handoff ours enforcer schema-validator ours/enforcer ours/schema
for order in first last ""; do
  ours=$(median ours "$order"); enf=$(median enforcer "$order"); js=$(median schema_validator "$order")
  label=${order:+ours $order}; label=${label:-both orders}
  printf '%-16s %9s %16s %6s %9s %16s %14s %12s\n' "$label" "$(median check_pin "$order")" "$(median validate_handoff "$order")" \
    "$ours" "$enf" "$js" "$(ratio "$ours" "$enf")" "$(ratio "$ours" "$js")"
done
ours=$(median ours ""); enf=$(median enforcer ""); js=$(median schema_validator "")
echo "target ours/enforcer <= 1.0: $(verdict "$(ratio "$ours" "$enf")" 1.0) ($(ratio "$ours" "$enf"), both orders)"
echo "target ours/schema-validator <= 0.5: $(verdict "$(ratio "$ours" "$js")" 0.5) ($(ratio "$ours" "$js"), both orders)"
echo "load average (1/5/15 min): $load_start at the start, $load_end at the end; per build (1 min): $(median load1 "") median"
echo "== machine: nproc=$(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 " total" }'); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   $(java -version 2>&1 | head -n 1); $("$project/mvnw" -v 2>/dev/null | head -n 1 | sed 's/ (.*//'); $(uname -srm)"
echo "   enforcer $ENFORCER_VERSION, com.groupon.maven.plugin.json:json-schema-validator $JSON_VALIDATOR_VERSION, cutover-guardrails $version"
