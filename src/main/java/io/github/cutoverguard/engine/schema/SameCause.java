package io.github.cutoverguard.engine.schema;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One cause, one breach: a member the schema refused (a string where a number belongs, a misspelt or missing member)
 * is reported by the schema check alone. A later check's breach at that member ("the overlap cannot be read") is the
 * same cause again: it is left out, and the part of the check that could not run is listed as a skipped check with
 * the reason, never as passed.
 */
public final class SameCause {

    /** A member a schema refused: its file and its pointer. */
    private record Refused(String file, String pointer) {
    }

    private final List<Refused> refused;

    private SameCause(List<Refused> refused) {
        this.refused = refused;
    }

    /** The members {@code schemaBreaches} (a {@link MatchesSchema} check's) refuse. */
    public static SameCause ofSchema(List<Breach> schemaBreaches) {
        return new SameCause(schemaBreaches.stream().flatMap(b -> MatchesSchema.refusedMembers(b).stream()
                .map(pointer -> new Refused(b.file(), pointer))).distinct().toList());
    }

    /**
     * {@code check} without its breaches at a refused member (or inside one), followed by a skipped check
     * {@code <id><pointer>} for each such member, e.g. {@code handoff.overlap/migration_overlap_assumptions/duration_days}.
     */
    public List<CheckResult> apply(CheckResult check) {
        if (check.status() == CheckStatus.SKIPPED || refused.isEmpty()) {
            return List.of(check);
        }
        List<Breach> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Breach breach : check.breaches()) {
            String member = refusedMember(breach);
            if (member == null) {
                kept.add(breach);
            } else if (!left.contains(member)) {
                left.add(member);
            }
        }
        if (left.isEmpty()) {
            return List.of(check);
        }
        List<CheckResult> results = new ArrayList<>();
        results.add(CheckResult.ran(check.id(), check.detail(), kept));
        left.forEach(member -> results.add(CheckResult.skipped(check.id() + member, member.substring(1)
                + " does not match the schema (" + MatchesSchema.RULE.id() + ")")));
        return results;
    }

    /** The refused member {@code breach} is at (or inside), in the same file, or {@code null}. */
    private String refusedMember(Breach breach) {
        String pointer = breach.jsonPointer();
        if (pointer == null) {
            return null;
        }
        return refused.stream().filter(r -> Objects.equals(r.file(), breach.file()))
                .map(Refused::pointer).filter(r -> pointer.equals(r) || pointer.startsWith(r + "/"))
                .findFirst().orElse(null);
    }
}
