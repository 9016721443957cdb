#!/usr/bin/env bash
# Benchmarks check-alignment on GitHub's published OpenAPI description against swagger-parser.
#
# Installs the npm package @octokit/openapi (OCTOKIT_VERSION, default latest) into a fresh temporary
# directory at run time (nothing of it is committed), takes generated/api.github.com.json (~13 MB) and
# writes the same tree as YAML (~10 MB, Jackson's YAML writer), then lays out a producer project: a
# manifest stating the description's info.version and declaring free-string error codes
# ("error_codes_enumerated": false), and a POM with the configuration docs/PERFORMANCE.md documents
# (GitHub's four error envelopes, a policy requiring message).
#
# Measures, for the JSON and the YAML file:
#   - the goal inside `mvn verify` (GOAL_RUNS builds, interleaved; Maven's timestamped log from the
#     goal's "--- cutover:...:check-alignment" line to its result line), and the findings it reports;
#   - in fresh JVMs, interleaved (RUNS each): the plugin's engine (reading, parsing, every check) with
#     the same configuration, and swagger-parser's OpenAPIV3Parser.readLocation (reading and parsing
#     only, references not resolved) with -DmaxYamlCodePoints raised above the YAML's size; medians
#     and the ratio plugin / swagger-parser.
# Everything it created is removed on exit.
#
# Needs: npm and the npm registry, Maven Central unless the local repository already holds swagger-parser
# SWAGGER_VERSION (default 2.1.48) and maven-dependency-plugin DEPENDENCY_PLUGIN_VERSION (3.7.0; lib.sh's
# build_classpath resolves offline first, then once online), a JDK 17+ and the plugin installed in the local repository:
#   ./mvnw -B install -DskipTests -Dinvoker.skip=true
# Usage: bench/github-openapi.sh
#        RUNS=5 GOAL_RUNS=3 OCTOKIT_VERSION=23.0.2 bench/github-openapi.sh
set -euo pipefail

RUNS=${RUNS:-5}
GOAL_RUNS=${GOAL_RUNS:-3}
OCTOKIT_VERSION=${OCTOKIT_VERSION:-latest}
SWAGGER_VERSION=${SWAGGER_VERSION:-2.1.48}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_plugin CheckAlignmentMojo

make_work github-openapi

echo "== npm install @octokit/openapi@$OCTOKIT_VERSION"
(cd "$work" && npm install --no-save --no-audit --no-fund --prefix "$work/npm" "@octokit/openapi@$OCTOKIT_VERSION" \
    > "$work/npm.log" 2>&1) || { echo "npm install failed:" >&2; tail -n 20 "$work/npm.log" >&2; exit 1; }
package="$work/npm/node_modules/@octokit/openapi"
echo "   @octokit/openapi $(node -p "require('$package/package.json').version")"

plugin_classpath
echo "== class path of swagger-parser $SWAGGER_VERSION"
mkdir -p "$work/swagger"
cat > "$work/swagger/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.cutoverguard.bench</groupId>
  <artifactId>swagger-parser-classpath</artifactId>
  <version>1.0</version>
  <dependencies>
    <dependency>
      <groupId>io.swagger.parser.v3</groupId>
      <artifactId>swagger-parser</artifactId>
      <version>$SWAGGER_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
build_classpath "$work/swagger" "$work/swagger-cp.log" "$work/swagger-cp.txt"
swagger_cp=$(cat "$work/swagger-cp.txt")

producer="$work/producer"
mkdir -p "$producer/contracts"
cp "$package/generated/api.github.com.json" "$producer/api.github.com.json"
java -cp "$cp" "$here/GitHubOpenApiBench.java" yaml "$producer/api.github.com.json" "$producer/api.github.com.yaml"
info_version=$(node -p "require('$producer/api.github.com.json').info.version")
for f in api.github.com.json api.github.com.yaml; do
  printf '   %-22s %11s bytes, %10s code points\n' "$f" "$(stat -c %s "$producer/$f")" "$(wc -m < "$producer/$f")"
done
code_points=$(( $(wc -m < "$producer/api.github.com.yaml") + 1024 ))

cat > "$producer/contracts/producer-contract-manifest.json" <<JSON
{
  "manifest_contract_version": "producer-contract-manifest.v1",
  "release_tag": "v$info_version",
  "commit_sha": "0000000000000000000000000000000000000000",
  "expected_service_contract_version": "$info_version",
  "expected_api_contract_version": "2022-11-28",
  "integration_baseline": "api.github.com",
  "error_codes_enumerated": false,
  "error_code_enum": []
}
JSON

# The configuration docs/PERFORMANCE.md and the README document: GitHub's error envelopes and its policy. The POM and
# the engine-only runs below both take it from here.
envelopes=(basic-error validation-error validation-error-simple scim-error)
requires=(message)
alignment_pom "$producer" github-openapi <<XML
              <producerManifestFile>contracts/producer-contract-manifest.json</producerManifestFile>
              <errorEnvelopeSchemas>
$(printf '                <schema>%s</schema>\n' "${envelopes[@]}")
              </errorEnvelopeSchemas>
              <apiEnvelopeRequires>
$(printf '                <field>%s</field>\n' "${requires[@]}")
              </apiEnvelopeRequires>
              <failOnBreach>false</failOnBreach>
XML

docs=(api.github.com.json api.github.com.yaml)
echo "== check-alignment in mvn verify, $GOAL_RUNS rounds (ms from the goal's start line to its result line)"
declare -A goal
for ((round = 1; round <= GOAL_RUNS; round++)); do
  line="   round $round:"
  for doc in "${docs[@]}"; do
    t=$(alignment_goal_ms "$producer" "$doc"); goal[$doc]+="$t "; line+=" $doc $t,"
  done
  echo "${line%,}   load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "== the findings (api.github.com.json, the last build): $(grep -m1 -E 'check-alignment: (PASS|FAIL|WARN)' "$work/api.github.com.json.log" | sed 's/^.*check-alignment: /check-alignment: /')"
grep -E '^[0-9:.]* \[(WARNING|ERROR)\] api\.github\.com\.json:[0-9]+:[0-9]+ [A-Z-]+ ' "$work/api.github.com.json.log" \
    | sed -E 's/^[0-9:.]* \[[A-Z]+\] //' | cut -c1-220 | sed 's/^/   /'

echo "== fresh JVMs, $RUNS interleaved rounds: the plugin's engine (read, parse, check) vs swagger-parser (read, parse)"
declare -A ours theirs
for ((round = 1; round <= RUNS; round++)); do
  line="   round $round:"
  for doc in "${docs[@]}"; do
    # stderr (SLF4J's notices of a missing binding) is kept, and shown only if a run fails
    o=$(java -cp "$cp" "$here/GitHubOpenApiBench.java" time "$producer" "$doc" "$(IFS=,; echo "${envelopes[*]}")" \
        "$(IFS=,; echo "${requires[*]}")" 2> "$work/jvm.err") || {
      cat "$work/jvm.err" >&2; exit 1; }
    s=$(java -DmaxYamlCodePoints="$code_points" -cp "$swagger_cp" "$here/SwaggerParserTime.java" "$producer/$doc" \
        2> "$work/jvm.err") || { cat "$work/jvm.err" >&2; exit 1; }
    ours[$doc]+="$(awk '{ print $2 }' <<< "$o") "; theirs[$doc]+="$(awk '{ print $2 }' <<< "$s") "
    line+=" $doc plugin $(awk '{ print $2 }' <<< "$o") / swagger-parser $(awk '{ print $2 }' <<< "$s"),"
    [[ $round == 1 ]] && echo "   $doc: $o; $s"
  done
  echo "${line%,} ms   load $(cut -d' ' -f1 /proc/loadavg)"
done
for doc in "${docs[@]}"; do
  o=$(tr ' ' '\n' <<< "${ours[$doc]}" | grep . | median); s=$(tr ' ' '\n' <<< "${theirs[$doc]}" | grep . | median)
  g=$(tr ' ' '\n' <<< "${goal[$doc]}" | grep . | median)
  printf '   %-22s goal in mvn verify: median %s ms; fresh JVM: plugin %s ms, swagger-parser %s ms, ratio %s\n' \
      "$doc" "$g" "$o" "$s" "$(awk -v a="$o" -v b="$s" 'BEGIN { printf "%.2f", a / b }')"
done

echo "== machine: nproc=$(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 " total" }'); $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   $(java -version 2>&1 | head -n 1); $(uname -srm)"
