#!/usr/bin/env bash
# Compatibility matrix: runs the invoker ITs (src/it) once per cell of Maven x JDK and prints
#   Maven x JDK -> passed/total, result
# per cell; exits non-zero when any cell fails.
#
# How: the Maven binary distributions are downloaded from Maven Central into a cache and checked
# against Central's .sha512 (or .sha1 where there is none). The plugin is compiled and packaged once
# with the wrapper (unit tests and ITs skipped). Each cell then runs the wrapper's lifecycle again up
# to verify with -DskipTests (the compilation is up to date): maven-invoker-plugin installs the jar
# of this build into the cell's own local repository and runs every IT with the cell's Maven
# (-Dinvoker.mavenHome) and JDK (-Dinvoker.javaHome). Each cell has its own clones, local repository
# and invoker reports under target/compat/<cell>/; the counts come from those reports. ~/.m2 is only
# read (the ITs' settings.xml resolves from it); nothing is installed there.
#
# Usage:
#   bench/compat-matrix.sh                                  # all cells
#   MAVENS="3.6.3 4.0.0-rc-4" JDKS="17" bench/compat-matrix.sh
#   INVOKER_TEST='check-pin-*,guard-green' bench/compat-matrix.sh
#   bench/compat-matrix.sh -Dinvoker.parallelThreads=1      # further arguments go to every cell's build
#
# Environment:
#   MAVENS         Maven versions (default: 3.6.3, the wrapper's version, 4.0.0-rc-4, 4.0.0-rc-7)
#   JDKS           17, 25 or JDK directories (default: "17 25")
#   JDK_17_HOME    default /usr/lib/jvm/java-17-openjdk-amd64
#   JDK_25_HOME    default /usr/lib/jvm/temurin-25-jdk-amd64
#   INVOKER_TEST   passed as -Dinvoker.test (IT names, globs, comma-separated)
#   COMPAT_CACHE   where the distributions are kept (default ~/.cache/cutover-compat)
#   COMPAT_WORK    per-cell directories (default target/compat; must stay inside this project,
#                  so that cleaning the project removes them; the IT hooks reach src/it/_support through
#                  the invoker's scriptVariables wherever their clone is)
#   SKIP_BUILD=1   reuse the jar already in target/ instead of packaging first
#
# Maven 4: 4.0.0-rc-4 is the newest 4.x that Central's org/apache/maven/apache-maven/maven-metadata.xml
# lists (<latest>/<release> on 2026-11-22); Central also serves an apache-maven-4.0.0-rc-7 distribution
# with its .sha512, which the metadata does not list yet. There is no 4.0.0 final yet. Both are run.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

CENTRAL=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven
WRAPPER_MAVEN=$(sed -n 's#^distributionUrl=.*/apache-maven/\([^/]*\)/.*#\1#p' .mvn/wrapper/maven-wrapper.properties)
MAVENS=${MAVENS:-"3.6.3 ${WRAPPER_MAVEN} 4.0.0-rc-4 4.0.0-rc-7"}
JDKS=${JDKS:-"17 25"}
JDK_17_HOME=${JDK_17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK_25_HOME=${JDK_25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CACHE=${COMPAT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cutover-compat}
WORK=${COMPAT_WORK:-$ROOT/target/compat}
INVOKER_TEST=${INVOKER_TEST:-}

for tool in curl tar sha512sum sha1sum; do
    command -v "$tool" >/dev/null || { echo "compat-matrix: $tool is needed" >&2; exit 2; }
done
mkdir -p "$CACHE" "$WORK"
WORK=$(cd "$WORK" && pwd)
case "$WORK/" in
    "$ROOT"/*) ;;
    *) echo "compat-matrix: COMPAT_WORK ($WORK) must be inside $ROOT" >&2; exit 2 ;;
esac

log() { printf '[compat] %s\n' "$*" >&2; }

# The Maven home of version $1, downloaded and checksum-verified on first use.
maven_home() {
    local version=$1 home="$CACHE/apache-maven-$1"
    if [[ -f "$home/.verified" ]]; then
        echo "$home"
        return
    fi
    local name="apache-maven-$version-bin.tar.gz" url="$CENTRAL/$version/apache-maven-$version-bin.tar.gz"
    local archive="$CACHE/$name" expected actual algo
    log "downloading $url"
    curl -fsSL --retry 3 -o "$archive.part" "$url"
    if expected=$(curl -fsSL --retry 3 "$url.sha512" 2>/dev/null); then
        algo=sha512
        actual=$(sha512sum "$archive.part" | cut -d' ' -f1)
    elif expected=$(curl -fsSL --retry 3 "$url.sha1" 2>/dev/null); then
        algo=sha1
        actual=$(sha1sum "$archive.part" | cut -d' ' -f1)
    else
        rm -f "$archive.part"
        echo "compat-matrix: Central has no .sha512 or .sha1 for $name; not using it" >&2
        return 1
    fi
    expected=$(printf '%s' "$expected" | tr -d '\r' | awk '{print tolower($1); exit}')
    if [[ "$expected" != "$actual" ]]; then
        rm -f "$archive.part"
        echo "compat-matrix: $algo mismatch for $name: Central says $expected, download is $actual" >&2
        return 1
    fi
    log "$name: $algo verified"
    mv "$archive.part" "$archive"
    rm -rf "$home" "$home.tmp"
    mkdir -p "$home.tmp"
    tar -xzf "$archive" -C "$home.tmp" --strip-components=1
    mv "$home.tmp" "$home"
    rm -f "$archive"
    echo "$algo $expected" > "$home/.verified"
    echo "$home"
}

# The JDK home for $1: 17, 25 or a directory.
jdk_home() {
    local home
    case "$1" in
        17) home=$JDK_17_HOME ;;
        25) home=$JDK_25_HOME ;;
        *) home=$1 ;;
    esac
    [[ -x "$home/bin/java" ]] || { echo "compat-matrix: no JDK $1 at $home" >&2; return 1; }
    echo "$home"
}

jdk_version() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p'
}

# Resolve every Maven and JDK first, so a missing one fails before any cell runs.
declare -A MAVEN_HOME JDK_HOME
for m in $MAVENS; do MAVEN_HOME[$m]=$(maven_home "$m"); done
for j in $JDKS; do JDK_HOME[$j]=$(jdk_home "$j"); done

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "packaging the plugin with the wrapper (tests and ITs skipped): $WORK/package.log"
    if ! ./mvnw -B package -DskipTests -Dinvoker.skip=true > "$WORK/package.log" 2>&1; then
        tail -40 "$WORK/package.log" >&2
        echo "compat-matrix: packaging the plugin failed" >&2
        exit 1
    fi
fi

ROWS=() MD_ROWS=() FAILED_ITS=()
any_failed=0
for m in $MAVENS; do
    for j in $JDKS; do
        jhome=${JDK_HOME[$j]}
        jlabel=$(basename "$j")
        cell="maven-$m-jdk-$jlabel"
        dir="$WORK/$cell"
        rm -rf "$dir"
        mkdir -p "$dir"
        jver=$(jdk_version "$jhome")
        log "$cell: Maven $m (${MAVEN_HOME[$m]}), JDK $jver ($jhome): $dir/build.log"
        args=(-B verify -DskipTests
              "-Dinvoker.mavenHome=${MAVEN_HOME[$m]}"
              "-Dinvoker.javaHome=$jhome"
              "-Dinvoker.cloneProjectsTo=$dir/it"
              "-Dinvoker.localRepositoryPath=$dir/local-repo"
              "-Dinvoker.reportsDirectory=$dir/invoker-reports")
        [[ -n "$INVOKER_TEST" ]] && args+=("-Dinvoker.test=$INVOKER_TEST")
        start=$(date +%s)
        rc=0
        # the pair itself first (its `mvn -v`), then the ITs with it
        JAVA_HOME="$jhome" "${MAVEN_HOME[$m]}/bin/mvn" -v > "$dir/build.log" 2>&1 || rc=$?
        ./mvnw "${args[@]}" "$@" >> "$dir/build.log" 2>&1 || rc=$?
        seconds=$(( $(date +%s) - start ))
        elapsed=$(printf '%dm%02ds' $((seconds / 60)) $((seconds % 60)))

        total=0 passed=0 failed_names=""
        if compgen -G "$dir/invoker-reports/BUILD-*.xml" > /dev/null; then
            for report in "$dir"/invoker-reports/BUILD-*.xml; do
                result=$(grep -o -m1 'result="[^"]*"' "$report" | head -1 | cut -d'"' -f2 || true)
                name=$(basename "$report" .xml)
                name=${name#BUILD-}
                total=$((total + 1))
                if [[ "$result" == success ]]; then
                    passed=$((passed + 1))
                elif [[ "$result" != skipped ]]; then
                    failed_names+=" $name($result)"
                fi
            done
        fi
        if [[ $rc -eq 0 && $total -gt 0 && -z "$failed_names" ]]; then
            result=PASS
        else
            result=FAIL
            any_failed=1
            [[ $total -eq 0 ]] && failed_names=" (no invoker report: the build failed before or without running ITs, exit $rc)"
            FAILED_ITS+=("$m x $jlabel:$failed_names")
        fi
        line="$m x $jlabel -> $passed/$total, $result"
        log "$line ($elapsed)"
        ROWS+=("$(printf '%-12s x %-3s -> %3d/%-3d %-4s  JDK %-8s %s' "$m" "$jlabel" "$passed" "$total" "$result" "$jver" "$elapsed")")
        MD_ROWS+=("| $m | $jlabel ($jver) | $passed/$total | $result | $elapsed |")
    done
done

{
    echo
    echo "Maven        x JDK -> passed/total, result (JDK version, time of the cell)"
    printf '%s\n' "${ROWS[@]}"
    if ((${#FAILED_ITS[@]})); then
        echo
        echo "Failed:"
        printf '  %s\n' "${FAILED_ITS[@]}"
    fi
} | tee "$WORK/compat-matrix.txt"
{
    echo "| Maven | JDK | ITs passed/total | Result | Time |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${MD_ROWS[@]}"
} > "$WORK/compat-matrix.md"
log "tables: $WORK/compat-matrix.txt, $WORK/compat-matrix.md; logs: $WORK/<cell>/build.log, IT logs in $WORK/<cell>/it/<IT>/build.log"
exit "$any_failed"
