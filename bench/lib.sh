# Shared by the bench/*.sh scripts; sourced, not run. Sets:
#   here        this directory (bench/)
#   project     the plugin's project directory
#   version     the plugin's version from pom.xml
#   plugin_jar  the plugin jar in $MAVEN_REPO (the caller sets MAVEN_REPO first)
# and defines require_plugin, plugin_classpath, example_baseline_xml, example_consumer_xml, make_work, goal_pom,
# alignment_pom, ms_of, median and alignment_goal_ms.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$project/pom.xml" | head -n 1)
plugin_jar="$MAVEN_REPO/io/github/cutoverguard/cutover-guardrails-maven-plugin/$version/cutover-guardrails-maven-plugin-$version.jar"

# Exits with 2 unless the plugin is installed in $MAVEN_REPO with the mojo class $1 (e.g. ValidateHandoffMojo).
require_plugin() {
  if [[ ! -f $plugin_jar ]] || ! jar tf "$plugin_jar" | grep -q "io/github/cutoverguard/maven/$1.class"; then
    echo "The plugin $version with $1 is not installed in $MAVEN_REPO; run first:" >&2
    echo "  ./mvnw -B install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local=$MAVEN_REPO" >&2
    exit 2
  fi
}

# The examples/consumer-rehearsal <baseline>, target contract and mode, indented by $1 spaces.
example_baseline_xml() {
  sed "s/^/$(printf '%*s' "$1" '')/" <<'XML'
<baseline>
  <releaseTag>v0.3.2</releaseTag>
  <commitSha>cf331449e1589581a5dcbb3adecd3e9ae4509277</commitSha>
  <serviceContract>service.v2</serviceContract>
  <apiContract>api.v1</apiContract>
  <integrationBaseline>integration/v1</integrationBaseline>
</baseline>
<targetServiceContract>service.v3</targetServiceContract>
<mode>rehearsal</mode>
XML
}

# example_baseline_xml plus the example consumer's check-pin and validate-handoff inputs, indented by $1.
example_consumer_xml() {
  example_baseline_xml "$1"
  sed "s/^/$(printf '%*s' "$1" '')/" <<'XML'
<pinFile>config/integration-pin.json</pinFile>
<producerManifestFile>config/producer-manifest.json</producerManifestFile>
<compatibilityMatrixFile>docs/COMPATIBILITY_MATRIX.md</compatibilityMatrixFile>
<expectedErrorCodes>
  <code>invalid_json</code><code>validation_error</code><code>context_package_not_found</code>
  <code>write_conflict</code><code>write_failed</code><code>schema_unavailable</code>
  <code>migration_failed</code><code>query_failed</code><code>context_lookup_failed</code>
  <code>internal_error</code>
</expectedErrorCodes>
<handoffFile>handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json</handoffFile>
<requiredConsumerChecks><check>./mvnw -B verify</check></requiredConsumerChecks>
XML
}

# Creates the scratch directory $work (under $TMPDIR, named after $1), removed on exit unless KEEP=1.
make_work() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  if [[ ${KEEP:-0} == 1 ]]; then
    trap 'echo "kept $work"' EXIT
  else
    trap 'rm -rf "$work"' EXIT
  fi
}

# Writes $1/pom.xml: a pom-packaging project (artifactId $2) that runs the plugin's goal $3 in one execution, with
# the execution's <configuration> body read from stdin (lines indented 14 spaces by the caller).
goal_pom() {
  {
    cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cutoverguard.bench</groupId>
  <artifactId>$2</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.cutoverguard</groupId>
        <artifactId>cutover-guardrails-maven-plugin</artifactId>
        <version>$version</version>
        <executions>
          <execution>
            <goals><goal>$3</goal></goals>
            <configuration>
POM
    cat
    cat <<'POM'
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
  } > "$1/pom.xml"
}

# Sets cp to the plugin's class path: $plugin_jar and its runtime dependencies (dependency:build-classpath,
# offline, into $work/cp.txt); exits with its log on failure.
plugin_classpath() {
  echo "== class path of the plugin (dependency:build-classpath, offline)"
  (cd "$project" && ./mvnw -B -q -o -Dmaven.repo.local="$MAVEN_REPO" dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp.txt" > "$work/cp.log" 2>&1) || {
    echo "dependency:build-classpath failed:" >&2; tail -n 20 "$work/cp.log" >&2; exit 1; }
  cp="$plugin_jar:$(cat "$work/cp.txt")"
}

# Writes $1/pom.xml: a pom-packaging project (artifactId $2) that runs the plugin's check-alignment on
# ${bench.openApi}, with the <configuration> body read from stdin (lines indented 14 spaces by the caller).
alignment_pom() {
  { echo '              <openApiFile>${bench.openApi}</openApiFile>'; cat; } | goal_pom "$1" "$2" check-alignment
}

# HH:mm:ss.SSS -> milliseconds.
ms_of() { awk -F'[:.]' '{ print (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }' <<< "$1"; }

# The median of the numbers on stdin, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs `mvn verify` in project directory $1 with -Dbench.openApi=$2 and Maven's log timestamped, keeping the
# log in $work/$2.log; prints the milliseconds from the check-alignment goal's start line to its result line.
alignment_goal_ms() {
  local dir=$1 doc=$2 log="$work/$2.log" start end
  if ! (cd "$dir" && MAVEN_OPTS="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS" \
      "$project/mvnw" -B -o -Dmaven.repo.local="$MAVEN_REPO" -Dbench.openApi="$doc" verify > "$log" 2>&1); then
    echo "the build failed; log:" >&2; tail -n 40 "$log" >&2; exit 1
  fi
  start=$(grep -m1 -- '--- cutover:.*:check-alignment' "$log" | awk '{ print $1 }')
  end=$(grep -m1 -E 'check-alignment: (PASS|FAIL|WARN)' "$log" | awk '{ print $1 }')
  if [[ -z $start || -z $end ]]; then
    echo "check-alignment printed no result on $doc; log:" >&2; tail -n 40 "$log" >&2; exit 1
  fi
  echo $(( $(ms_of "$end") - $(ms_of "$start") ))
}
