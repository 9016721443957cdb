package io.github.cutoverguard.engine.waiver;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.VisibleText;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Rule;

import java.time.LocalDate;

/**
 * One entry of the waiver file: the breaches it accepts (a rule, and optionally a file, a JSON pointer, a message
 * substring and the baseline release it is bound to), why, who owns it and the last day it applies.
 *
 * @param rule       the rule of the breaches it accepts
 * @param file       only breaches in this file (as the breach names it), or {@code null}
 * @param pointer    only breaches at this JSON pointer, or {@code null}
 * @param match      only breaches whose message contains this text, or {@code null}
 * @param releaseTag only while {@code <baseline>} is this release, or {@code null}
 * @param reason     why the breach is accepted
 * @param owner      who answers for the waiver
 * @param expires    the last day it applies (UTC)
 * @param waiverFile the waiver file, as the project names it
 * @param location   where the waiver's entry starts in it
 */
public record Waiver(Rule rule, String file, String pointer, String match, String releaseTag, String reason,
                     String owner, LocalDate expires, String waiverFile, Location location) {

    /** Where it is written, {@code config/cutover-waivers.json:7:5}. */
    public String source() {
        return location.in(waiverFile);
    }

    /** {@code the waiver of PIN-RELEASE-TAG owned by billing-team}. */
    public String describe() {
        return "the waiver of " + rule.id() + " owned by " + owner;
    }

    /** Whether it applies under this baseline: a waiver bound to another release does not. */
    public boolean appliesUnder(Baseline baseline) {
        return releaseTag == null || releaseTag.equals(baseline.releaseTag());
    }

    /**
     * Whether {@code breach} is one it accepts (by rule, file, pointer and message, whose invisible characters both show
     * escaped; its day and release aside).
     */
    public boolean matches(Breach breach) {
        return breach.rule() == rule
                && (file == null || file.equals(normalized(breach.file())))
                && (pointer == null || pointer.equals(breach.jsonPointer()))
                && (match == null || breach.message().contains(VisibleText.escape(match)));
    }

    /** Whether its last day is before {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** The mark it leaves on a breach it accepts. */
    public Breach.Waived asWaived() {
        return new Breach.Waived(owner, expires, reason, source());
    }

    /** A file path as breaches and waivers compare it: {@code /} separators, no leading {@code ./}. */
    static String normalized(String path) {
        if (path == null) {
            return null;
        }
        String slashed = path.replace('\\', '/');
        while (slashed.startsWith("./")) {
            slashed = slashed.substring(2);
        }
        return slashed;
    }
}
