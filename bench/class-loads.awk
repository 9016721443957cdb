# Helper of bench/marginal-cost.sh (PROFILE=1): which classes each mojo execution loaded, and how
# long Maven took before the plugin's own code ran (POSIX awk; mawk is enough).
#
#   awk -v own='cutover=cutover-guardrails-maven-plugin-,enforcer=maven-enforcer-plugin-' \
#       -f class-loads.awk MAVEN_LOG CLASS_LOAD_LOG
#
# MAVEN_LOG: Maven run with -Duser.timezone=UTC -Dorg.slf4j.simpleLogger.showDateTime=true
#   -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS (single-threaded build).
# CLASS_LOAD_LOG: the same JVM's -Xlog:class+load=info:file=CLASS_LOAD_LOG:timemillis.
# own: goal prefix = a piece of the plugin jar's file name; the first class loaded from that jar
#   ends "Maven's share" (resolving the plugin's dependencies, creating its class realm, looking up
#   and configuring the mojo) and starts the plugin's own work.
#
# Prints per execution: its time, Maven's share, the classes it loaded and the largest sources.
function ms(stamp,    p) {
    split(stamp, p, /[:.]/)
    return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4]
}
function close_window(now) {
    if (open) {
        we[n] = now
        open = 0
    }
}
BEGIN {
    k = split(own, pairs, ",")
    for (i = 1; i <= k; i++) {
        split(pairs[i], kv, "=")
        ownjar[kv[1]] = kv[2]
    }
}
FNR == NR {
    if ($1 !~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]$/) {
        next
    }
    now = ms($1)
    if ($3 == "---" && $6 == "@" && $NF == "---") {
        close_window(now)
        n++
        ws[n] = now
        wn[n] = $4 " " $5
        split($4, g, ":")
        wp[n] = g[1]
        open = 1
    } else if ($3 ~ /^-+<$/ || $3 == "BUILD") {
        close_window(now)
    }
    next
}
{
    t = $1
    gsub(/^\[|ms\]$/, "", t)
    t = t % 86400000
    w = 0
    for (i = 1; i <= n; i++) {
        if (t >= ws[i] && t < we[i]) {
            w = i
            break
        }
    }
    if (w == 0) {
        next
    }
    src = $0
    sub(/^.* source: /, "", src)
    if (src ~ /^(file:|jar:)/) {
        sub(/!.*$/, "", src)
        sub(/^.*\//, "", src)
        sub(/\.jar$/, "", src)
    } else if (src ~ /^jrt:/ || src == "shared objects file") {
        src = "JDK"
    } else {
        src = "generated (lambdas, hidden classes)"
    }
    total[w]++
    count[w, src]++
    if (!(w in firstown) && wp[w] in ownjar && index(src, ownjar[wp[w]]) == 1) {
        firstown[w] = t - ws[w]
    }
}
END {
    for (i = 1; i <= n; i++) {
        printf "   %s: %d ms; before its own first class (Maven: dependencies, realm, mojo lookup): %s ms; %d classes loaded\n",
            wn[i], we[i] - ws[i], (i in firstown ? firstown[i] : "?"), total[i]
        # the six largest sources
        delete seen
        for (r = 1; r <= 6; r++) {
            best = ""; bestc = 0
            for (key in count) {
                split(key, kk, SUBSEP)
                if (kk[1] == i && !(kk[2] in seen) && count[key] > bestc) {
                    best = kk[2]; bestc = count[key]
                }
            }
            if (best == "") {
                break
            }
            seen[best] = 1
            printf "      %5d %s\n", bestc, best
        }
    }
}
