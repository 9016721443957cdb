package io.github.cutoverguard.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The day a build judges: today (UTC), or a later day it rehearses ({@code -Dcutover.today}). The clock only moves
 * forward (DESIGN §7): an earlier day is a configuration error, since it would revive expired waivers and pass
 * calendar gates that are already behind the team; an old verdict is reproduced from its recorded
 * {@code verdict.json}, never by rewinding the clock.
 *
 * @param day   the day the build judges
 * @param today the real day (UTC) of the build
 */
public record BuildDay(LocalDate day, LocalDate today) {

    /**
     * The day {@code text} names ({@code YYYY-MM-DD}; blank or {@code null}: today on {@code clock}).
     *
     * @throws IllegalArgumentException for text that is no day, or a day before today (configuration errors)
     */
    public static BuildDay of(String text, Clock clock) {
        LocalDate today = utcDay(clock);
        if (text == null || text.isBlank()) {
            return new BuildDay(today, today);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("today must be a date such as 2026-02-22, not '" + text + "'", e);
        }
        if (day.isBefore(today)) {
            throw new IllegalArgumentException("today is " + day + ", before the real date " + today + " (UTC): the clock "
                    + "only moves forward, since an earlier day would revive expired waivers and reopen calendar gates; "
                    + "remove -Dcutover.today (from the command line, .mvn/maven.config or the POM's properties), or "
                    + "reproduce an old verdict from its recorded verdict.json");
        }
        return new BuildDay(day, today);
    }

    /** The real day, not rehearsing another. */
    public static BuildDay today(Clock clock) {
        LocalDate today = utcDay(clock);
        return new BuildDay(today, today);
    }

    /**
     * The UTC day of {@code clock}'s instant, whatever the clock's (or the JVM's) time zone: every date judgment and
     * every date a hint suggests is a UTC day (DESIGN §7).
     */
    public static LocalDate utcDay(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Whether the build rehearses a later day than today. */
    public boolean rehearsed() {
        return day.isAfter(today);
    }

    /** The warning a build on a rehearsed day logs, or none on the real day. */
    public java.util.Optional<String> warning() {
        return rehearsed() ? java.util.Optional.of("cutover.today is " + day + ", a later day than today (" + today + ", UTC): "
                + "this build rehearses that day; waivers and calendar gates are judged on it, and a runtime cutover is "
                + "never GO on a rehearsed day") : java.util.Optional.empty();
    }

    /** E.g. "the rehearsed day 2027-01-10 (today is 2026-12-07)". */
    public String describe() {
        return rehearsed() ? "the rehearsed day " + day + " (today is " + today + ")" : day.toString();
    }
}
