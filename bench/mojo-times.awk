# Helper of bench/marginal-cost.sh and bench/reactor-scaling.sh: the time of every mojo execution
# in a timestamped Maven log (POSIX awk; mawk is enough).
#
# The log must come from Maven run with
#   -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS
# and may also have -Dorg.slf4j.simpleLogger.showThreadName=true (needed for parallel builds, -T).
#
# An execution starts at its "[INFO] --- plugin:version:goal (id) @ module ---" line and ends at the
# next such line of the same thread, at the next module header ("-----< group:artifact >-----") of
# that thread, or at "BUILD SUCCESS/FAILURE" / "Reactor Summary" (which end every open execution).
# So the time includes creating the plugin's class realm, loading its classes, configuring the mojo
# and running it, as Maven's own log shows it.
# In a parallel build (-T) Maven names each builder thread after its module and prints no line when
# a module ends, so a module's last execution would stay open: pass -v end='REGEX' to also end a
# thread's open execution at a log message matching REGEX (e.g. our goals' last line,
# '^Evidence: '). Without -v end, only the rules above apply.
#
# Output, one line per execution, in the order they end:
#   milliseconds <TAB> plugin:version:goal <TAB> execution id <TAB> module <TAB> thread
# The last line is "TOTAL <TAB> ms" from the first log line to BUILD SUCCESS/FAILURE.
function ms(stamp,    p) {
    split(stamp, p, /[:.]/)
    return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4]
}
function finish(thread, now,    d) {
    if (!(thread in goal)) {
        return
    }
    d = now - started[thread]
    if (d < 0) {
        d += 86400000   # the build ran past midnight
    }
    print d "\t" goal[thread] "\t" id[thread] "\t" module[thread] "\t" thread
    delete goal[thread]
}
function finish_all(now,    t) {
    for (t in goal) {
        finish(t, now)
    }
}
$1 ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]$/ {
    now = ms($1)
    if (first == "") {
        first = now
    }
    # "[main] [INFO] ..." with showThreadName, "[INFO] ..." without
    if ($2 ~ /^\[(INFO|WARNING|WARN|ERROR|DEBUG)\]$/) {
        thread = "main"; l = 2
    } else {
        thread = $2; gsub(/^\[|\]$/, "", thread); l = 3
    }
    if (end != "") {
        message = $0
        sub(/^[^ ]+ (\[[^]]*\] )?\[[A-Z]+\] /, "", message)
        if (message ~ end) {
            finish(thread, now)
            next
        }
    }
    if ($(l + 1) == "---" && $(l + 4) == "@" && $NF == "---" && NF == l + 6) {
        finish(thread, now)
        goal[thread] = $(l + 2)
        id[thread] = $(l + 3); gsub(/^\(|\)$/, "", id[thread])
        module[thread] = $(l + 5)
        started[thread] = now
    } else if ($(l + 1) ~ /^-+<$/) {
        finish(thread, now)
    } else if ($(l + 1) == "BUILD" || ($(l + 1) == "Reactor" && $(l + 2) == "Summary")) {
        finish_all(now)
        if ($(l + 1) == "BUILD") {
            total = now - first
        }
    }
}
END {
    if (total != "") {
        print "TOTAL\t" total
    }
}
