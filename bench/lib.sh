# Shared by the bench/*.sh scripts; sourced, not run. Sets:
#   here        this directory (bench/)
#   project     the plugin's project directory
#   version     the plugin's version from pom.xml
#   plugin_jar  the plugin jar in $MAVEN_REPO (the caller sets MAVEN_REPO first)
# and defines require_plugin, build_classpath, plugin_classpath, example_baseline_xml, example_consumer_xml, consumer_files,
# ours_plugin_xml, enforcer_plugin_xml, plugins_pom, make_work, goal_pom, alignment_pom, ms_of, median and
# alignment_goal_ms.

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

# Lays out the example consumer in directory $1 (examples/consumer-rehearsal's config, docs and handoff: the same
# files as the reference inputs) and sets pin_sha and manifest_sha, the SHA-256 of its pin and mirrored manifest.
consumer_files() {
  mkdir -p "$1"
  cp -r "$project/examples/consumer-rehearsal/config" "$project/examples/consumer-rehearsal/docs" \
    "$project/examples/consumer-rehearsal/handoff" "$1/"
  pin_sha=$(sha256sum "$1/config/integration-pin.json" | cut -d' ' -f1)
  manifest_sha=$(sha256sum "$1/config/producer-manifest.json" | cut -d' ' -f1)
}

# The plugin's <plugin> element (version $1, default $version), indented 4 spaces: check-pin (execution "pin") and
# validate-handoff ("handoff") bound to verify, configured as examples/consumer-rehearsal.
ours_plugin_xml() {
  cat <<XML
    <plugin>
      <groupId>io.github.cutoverguard</groupId>
      <artifactId>cutover-guardrails-maven-plugin</artifactId>
      <version>${1:-$version}</version>
      <configuration>
$(example_consumer_xml 8)
      </configuration>
      <executions>
        <execution><id>pin</id><phase>verify</phase><goals><goal>check-pin</goal></goals></execution>
        <execution><id>handoff</id><phase>verify</phase><goals><goal>validate-handoff</goal></goals></execution>
      </executions>
    </plugin>
XML
}

# maven-enforcer-plugin $ENFORCER_VERSION's <plugin> element, indented 4 spaces, bound to verify with two
# requireFileChecksum rules (type sha256): the pin and the mirrored manifest have their real SHA-256 (consumer_files).
enforcer_plugin_xml() {
  cat <<XML
    <plugin>
      <groupId>org.apache.maven.plugins</groupId>
      <artifactId>maven-enforcer-plugin</artifactId>
      <version>$ENFORCER_VERSION</version>
      <executions>
        <execution>
          <id>checksums</id>
          <phase>verify</phase>
          <goals><goal>enforce</goal></goals>
          <configuration>
            <rules>
              <requireFileChecksum>
                <file>config/integration-pin.json</file>
                <checksum>$pin_sha</checksum>
                <type>sha256</type>
              </requireFileChecksum>
              <requireFileChecksum>
                <file>config/producer-manifest.json</file>
                <checksum>$manifest_sha</checksum>
                <type>sha256</type>
              </requireFileChecksum>
            </rules>
          </configuration>
        </execution>
      </executions>
    </plugin>
XML
}

# Writes $1: a pom-packaging project (artifactId $2) whose <plugins> are the <plugin> elements read from stdin.
plugins_pom() {
  {
    cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cutoverguard.bench</groupId>
  <artifactId>$2</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
XML
    cat
    cat <<XML
    </plugins>
  </build>
</project>
XML
  } > "$1"
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
    <plugin>
      <groupId>io.github.cutoverguard</groupId>
      <artifactId>cutover-guardrails-maven-plugin</artifactId>
      <version>$version</version>
      <executions>
        <execution>
          <goals><goal>$3</goal></goals>
          <configuration>
POM
    sed 's/^  //'
    cat <<'POM'
          </configuration>
        </execution>
      </executions>
    </plugin>
POM
  } | plugins_pom "$1/pom.xml" "$2"
}

# Writes $3 with the class path of the Maven project in directory $1 (maven-dependency-plugin
# $DEPENDENCY_PLUGIN_VERSION's build-classpath, with the further arguments given), its log in $2: offline first;
# when the local repository lacks something (a fresh machine), once online, into $MAVEN_REPO. Exits with the log on
# failure.
build_classpath() {
  local dir=$1 log=$2 out=$3; shift 3
  local goal="org.apache.maven.plugins:maven-dependency-plugin:${DEPENDENCY_PLUGIN_VERSION:-3.7.0}:build-classpath"
  (cd "$dir" && "$project/mvnw" -B -q -o -Dmaven.repo.local="$MAVEN_REPO" "$goal" -Dmdep.outputFile="$out" "$@" \
      > "$log" 2>&1) && return
  echo "   offline resolution failed; resolving once online (Maven Central), into $MAVEN_REPO"
  (cd "$dir" && "$project/mvnw" -B -q -Dmaven.repo.local="$MAVEN_REPO" "$goal" -Dmdep.outputFile="$out" "$@" \
      > "$log" 2>&1) || { echo "dependency:build-classpath failed in $dir:" >&2; tail -n 20 "$log" >&2; exit 1; }
}

# Sets cp to the plugin's class path: $plugin_jar and its runtime dependencies (build_classpath, into $work/cp.txt).
plugin_classpath() {
  echo "== class path of the plugin (dependency:build-classpath)"
  build_classpath "$project" "$work/cp.log" "$work/cp.txt" -DincludeScope=runtime
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
