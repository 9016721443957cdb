#!/usr/bin/env bash
# The first goal's cost, A/B: the plugin built at two commits, measured in one sitting, interleaved.
#
# The marginal-cost bench measures a build's goals next to other plugins; this one compares the plugin with itself at
# an earlier commit, so that a change to what the first goal of a build pays (the plugin's class realm, its classes,
# a dependency's first use, its start-up work) shows as a ratio. Each commit is exported with `git archive` into a
# temporary directory, given its own version (0.0.0-ab-a-<commit>, 0.0.0-ab-b-<commit>) and packaged with its own
# Maven wrapper (offline; online once if the local repository lacks something); both jars go into a private local
# repository in front of MAVEN_REPO (Maven 3.9's maven.repo.local.tail), so nothing is installed into MAVEN_REPO.
#
# The consumer project is the one bench/marginal-cost.sh builds (examples/consumer-rehearsal, lib.sh's
# consumer_files): check-pin and validate-handoff bound to verify in one `mvn verify`, first, then
# maven-enforcer-plugin with two requireFileChecksum rules. With GIT=1 the consumer is a committed, clean git work
# tree (as in CI); by default it lies outside any work tree (as in bench/marginal-cost.sh). After one warm-up build
# per side, RUNS builds per side run offline, interleaved ABBA...; each execution's time is taken from Maven's
# timestamped log (bench/mojo-times.awk: from its "--- plugin:version:goal" line to the next), so the first goal's
# time includes resolving the plugin, creating its realm, loading its classes and configuring the mojo.
#
# Prints every build, the medians per side (check-pin, the first goal; validate-handoff; both; the enforcer), the
# ratios B/A and both / enforcer per side, and the load average. With PROFILE=1, one more build per side runs with
# -Xlog:class+load and bench/class-loads.awk splits each execution into Maven's share and the plugin's own work, with
# the classes it loaded by source jar.
#
# Needs: a JDK 17+, git, a Maven 3.9 wrapper in this project, and the local repository MAVEN_REPO holding what both
# commits' builds and the consumer need (whatever is missing is resolved once online, into MAVEN_REPO).
# Usage: bench/first-goal-ab.sh <commit-A> [<commit-B>]     # B defaults to HEAD; RUNS=10
#        RUNS=20 GIT=1 PROFILE=1 bench/first-goal-ab.sh c90b90c
# Settings (environment): RUNS (10), GIT (0), PROFILE (0), ENFORCER_VERSION (3.7.0), MAVEN_REPO (~/.m2/repository),
#   TMPDIR, KEEP (1 keeps the sources, builds and logs), JAVA_OPTS_EXTRA (extra MAVEN_OPTS for every measured build).
set -euo pipefail

RUNS=${RUNS:-10}
GIT=${GIT:-0}
PROFILE=${PROFILE:-0}
ENFORCER_VERSION=${ENFORCER_VERSION:-3.7.0}
MAVEN_REPO=${MAVEN_REPO:-$HOME/.m2/repository}
KEEP=${KEEP:-0}
JAVA_OPTS_EXTRA=${JAVA_OPTS_EXTRA:-}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if (( $# < 1 || $# > 2 )); then
  echo "usage: $0 <commit-A> [<commit-B>=HEAD]" >&2; exit 2
fi
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 2; }
declare -A commit
commit[a]=$(git -C "$project" rev-parse --verify --quiet "$1^{commit}") || { echo "no such commit: $1" >&2; exit 2; }
commit[b]=$(git -C "$project" rev-parse --verify --quiet "${2:-HEAD}^{commit}") || { echo "no such commit: ${2:-HEAD}" >&2; exit 2; }

make_work first-goal-ab
repo="$work/repo"
declare -A plugin_version

# Packages side $1's commit with its own wrapper (offline; once online if that fails) and puts its jar and POM into
# $repo under the side's version.
build_side() {
  local side=$1 src="$work/src-$1" sha=${commit[$1]} mvnw
  local v="0.0.0-ab-$side-${sha:0:10}"
  plugin_version[$side]=$v
  mkdir -p "$src"
  git -C "$project" archive "$sha" | tar -x -C "$src"
  # the project's own <version> (the first one indented two spaces: the parent's, if any, is indented four)
  sed -i "0,/^  <version>.*<\/version>\$/s//  <version>$v<\/version>/" "$src/pom.xml"
  mvnw="$src/mvnw"; [[ -x $mvnw ]] || mvnw="$project/mvnw"
  echo "== $side: ${sha:0:10} $(git -C "$project" log -1 --format=%s "$sha" | cut -c1-90)"
  local args=(-B -q -Dmaven.repo.local="$MAVEN_REPO" package -DskipTests -Dinvoker.skip=true)
  if ! (cd "$src" && "$mvnw" -o "${args[@]}" > "$work/build-$side.log" 2>&1); then
    echo "   the offline build failed ($(grep -m1 -o 'offline mode[^.]*\|Cannot access[^.]*\|could not be resolved[^.]*' \
        "$work/build-$side.log" || echo 'see its log')); building once online, into $MAVEN_REPO"
    (cd "$src" && "$mvnw" "${args[@]}" > "$work/build-$side.log" 2>&1) || {
      echo "building ${sha:0:10} failed; log:" >&2; tail -n 30 "$work/build-$side.log" >&2; exit 1; }
  fi
  local dir="$repo/io/github/cutoverguard/cutover-guardrails-maven-plugin/$v"
  mkdir -p "$dir"
  cp "$src/target/cutover-guardrails-maven-plugin-$v.jar" "$dir/"
  # the POM Maven installs: the shade plugin's dependency-reduced POM where the commit shades (JGit inside the jar)
  local pom="$src/dependency-reduced-pom.xml"; [[ -f $pom ]] || pom="$src/pom.xml"
  cp "$pom" "$dir/cutover-guardrails-maven-plugin-$v.pom"
}
build_side a
build_side b

echo "== the consumer project in $work/consumer$([[ $GIT == 1 ]] && echo ', a committed git work tree')"
consumer_files "$work/consumer"
for side in a b; do
  { ours_plugin_xml "${plugin_version[$side]}"; enforcer_plugin_xml; } | plugins_pom "$work/consumer/pom-$side.xml" first-goal-ab
done
if [[ $GIT == 1 ]]; then
  echo target/ > "$work/consumer/.gitignore"
  (cd "$work/consumer" && git init -q -b main && git add . \
      && git -c user.name=bench -c user.email=bench@example.invalid commit -q -m 'consumer') \
    || { echo "git init/commit of the consumer failed" >&2; exit 1; }
fi

log_opts="-Duser.timezone=UTC -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
consumer_build() { # side, log, extra MAVEN_OPTS
  (cd "$work/consumer" && MAVEN_OPTS="$log_opts $JAVA_OPTS_EXTRA ${3:-}" "$project/mvnw" -B -o \
      -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$MAVEN_REPO" -f "pom-$1.xml" verify > "$2" 2>&1)
}
checked_build() { # side, log, extra MAVEN_OPTS
  consumer_build "$@" || { echo "the build ($1) failed; log:" >&2; tail -n 40 "$2" >&2; exit 1; }
  for goal in check-pin validate-handoff; do
    grep -q "$goal: PASS" "$2" || { echo "$goal did not pass ($1); log:" >&2; tail -n 40 "$2" >&2; exit 1; }
  done
}

echo "== warm-up: one offline build per side"
if ! consumer_build a "$work/warmup-a.log"; then
  echo "   the offline build failed; resolving maven-enforcer-plugin $ENFORCER_VERSION once online, into $MAVEN_REPO"
  enforcer_plugin_xml | plugins_pom "$work/consumer/pom-enforcer.xml" first-goal-ab-enforcer
  (cd "$work/consumer" && "$project/mvnw" -B -Dmaven.repo.local="$MAVEN_REPO" -f pom-enforcer.xml verify \
      > "$work/enforcer-online.log" 2>&1) || {
    echo "resolving the enforcer failed; log:" >&2; tail -n 30 "$work/enforcer-online.log" >&2; exit 1; }
fi
checked_build a "$work/warmup-a.log"
checked_build b "$work/warmup-b.log"

pick() { awk -F'\t' -v g="$1" '$2 ~ g { s += $1 } END { print s + 0 }' "$log.times"; }
results="$work/results.tsv"
printf 'side\trun\tcheck_pin\tvalidate_handoff\tours\tenforcer\tbuild_total\tload1\n' > "$results"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== $RUNS offline builds per side, interleaved ABBA... (times in ms)"
row='   %-4s %3s %10s %17s %6s %9s %12s %6s\n'
printf "$row" side run check-pin validate-handoff ours enforcer "build total" load1
for run in $(seq 1 "$RUNS"); do
  if (( run % 2 )); then sides="a b"; else sides="b a"; fi
  for side in $sides; do
    log="$work/$side-$run.log"
    checked_build "$side" "$log"
    awk -f "$here/mojo-times.awk" "$log" > "$log.times"
    cp_ms=$(pick ':check-pin$'); vh_ms=$(pick ':validate-handoff$'); enf_ms=$(pick '^enforcer:')
    total_ms=$(awk -F'\t' '$1 == "TOTAL" { print $2 }' "$log.times"); load=$(cut -d' ' -f1 /proc/loadavg)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$side" "$run" "$cp_ms" "$vh_ms" $((cp_ms + vh_ms)) "$enf_ms" "$total_ms" \
      "$load" >> "$results"
    printf "$row" "$side" "$run" "$cp_ms" "$vh_ms" $((cp_ms + vh_ms)) "$enf_ms" "$total_ms" "$load"
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

if [[ $PROFILE == 1 ]]; then
  for side in a b; do
    echo "== profile, $side: one more build with -Xlog:class+load"
    checked_build "$side" "$work/profile-$side.log" "-Xlog:class+load=info:file=$work/profile-$side.classes:timemillis"
    awk -v own="cutover=cutover-guardrails-maven-plugin-,enforcer=maven-enforcer-plugin-" \
      -f "$here/class-loads.awk" "$work/profile-$side.log" "$work/profile-$side.classes"
    echo "      (whole build: $(grep -c 'org\.eclipse\.jgit' "$work/profile-$side.classes" || true) JGit classes," \
      "$(grep -c ' \(java\|sun\)\.security\.' "$work/profile-$side.classes" || true) java.security/sun.security classes)"
  done
fi

col_median() { # column name, side
  awk -F'\t' -v c="$1" -v s="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) col = i; next } $1 == s { print $col }' \
    "$results" | median
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo
echo "== summary: medians of $RUNS builds per side (ms)"
printf '   %-4s %-12s %10s %17s %6s %9s %14s\n' side commit check-pin validate-handoff ours enforcer ours/enforcer
for side in a b; do
  printf '   %-4s %-12s %10s %17s %6s %9s %14s\n' "$side" "${commit[$side]:0:10}" "$(col_median check_pin $side)" \
    "$(col_median validate_handoff $side)" "$(col_median ours $side)" "$(col_median enforcer $side)" \
    "$(ratio "$(col_median ours $side)" "$(col_median enforcer $side)")"
done
first_ratio=$(ratio "$(col_median check_pin b)" "$(col_median check_pin a)")
echo "   B/A: check-pin (first goal) $first_ratio, validate-handoff $(ratio "$(col_median validate_handoff b)" \
  "$(col_median validate_handoff a)"), both $(ratio "$(col_median ours b)" "$(col_median ours a)")"
echo "   first goal B <= A: $(awk -v r="$first_ratio" 'BEGIN { print (r <= 1.0 ? "yes" : "NO") }')"
echo "   load average (1/5/15 min): $load_start at the start, $load_end at the end; per build (1 min):" \
  "$(cut -f8 "$results" | tail -n +2 | median) median"
echo "== machine: nproc=$(nproc); $(date -u +%Y-%m-%dT%H:%M:%SZ); consumer $([[ $GIT == 1 ]] && echo 'in a git work tree' || echo 'outside git')"
echo "   $(java -version 2>&1 | head -n 1); $("$project/mvnw" -v 2>/dev/null | head -n 1 | sed 's/ (.*//'); $(uname -srm)"
