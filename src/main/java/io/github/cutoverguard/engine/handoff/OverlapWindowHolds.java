package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.JsonNumbers;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Raises {@link #RULE} when a rehearsal payload's migration overlap is shorter than the minimum,
 * when its cutover-not-before date falls inside the overlap, or when a consumer-fallback or
 * stability flag is not {@code true}: the required flags ({@link HandoffPayload#requiredFlagNames}, named
 * for the active contract) must be present, and every other flag of the overlap assumptions true. The overlap is
 * read by its value ({@code 14.0} is 14 days); a value the check cannot read (the overlap, the dates, a minimum
 * that is not configured) fails the check, never skips it.
 */
public final class OverlapWindowHolds implements Check<HandoffPayload> {

    public static final Rule RULE = Rule.HANDOFF_OVERLAP;

    private final Integer minimumOverlapDays;
    private final String activeContract;

    /**
     * @param minimumOverlapDays the minimum overlap, or {@code null} when none is known (the check then fails)
     * @param activeContract     the contract the runtime stays on, which names the stability flag
     */
    public OverlapWindowHolds(Integer minimumOverlapDays, String activeContract) {
        this.minimumOverlapDays = minimumOverlapDays;
        this.activeContract = activeContract;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        if (!payload.kind().isRehearsal()) {
            return breaches;
        }
        JsonDocument doc = payload.document();
        HandoffPayload.Field days = payload.overlapDays();
        Optional<Integer> overlap = days.value().flatMap(JsonNumbers::intValue);
        if (overlap.isEmpty()) {
            breaches.add(doc.breachAt(RULE, days.pointer(), "the migration overlap cannot be read: " + name(days) + " is "
                            + days.value().map(JsonNode::toString).orElse("missing"))
                    .expected("a whole number of days").actual(days.value().map(JsonNode::toString).orElse(null))
                    .hint("state the overlap as a whole number of days, e.g. \"" + name(days) + "\": 14").build());
        } else if (minimumOverlapDays == null) {
            breaches.add(doc.breachAt(RULE, days.pointer(), "no minimum overlap to hold the " + overlap.get()
                            + "-day overlap to: neither <minimumOverlapDays> nor the manifest's "
                            + "stability_window.minimum_sprint_days is a whole number of days")
                    .hint("configure <minimumOverlapDays>, or producerManifestFile with a stability_window").build());
        } else if (overlap.get() < minimumOverlapDays) {
            breaches.add(doc.breachAt(RULE, days.pointer(), "the migration overlap is " + overlap.get()
                            + " days, the minimum is " + minimumOverlapDays)
                    .expected(">= " + minimumOverlapDays).actual(String.valueOf(overlap.get())).build());
        }
        if (payload.kind() == HandoffKind.REHEARSAL) {
            overlap.ifPresent(d -> checkNotBefore(payload, d, breaches));
        }
        for (HandoffPayload.Field flag : payload.fallbackFlags(activeContract)) {
            if (flag.value().isEmpty()) {
                breaches.add(doc.breachAt(RULE, flag.pointer(), name(flag) + " is missing: the payload must state that "
                                + "the consumer's fallback and " + activeContract + "'s stability hold during the overlap")
                        .expected("true").actual("missing")
                        .hint("add \"" + name(flag) + "\": true to " + payload.flagContainer().substring(1)
                                + "; the required flags are named for the active contract " + activeContract)
                        .build());
                continue;
            }
            flag.value().filter(v -> !(v.isBoolean() && v.booleanValue())).ifPresent(v ->
                    breaches.add(doc.breachAt(RULE, flag.pointer(), name(flag)
                                    + " is " + v + ": the consumer's fallback must stay deterministic and non-blocking")
                            .expected("true").actual(v.toString())
                            .hint("keep every fallback and stability guarantee true during the overlap").build()));
        }
        return breaches;
    }

    /** The cutover-not-before date of a rehearsal handoff lies on or after the end of the {@code overlap}. */
    private static void checkNotBefore(HandoffPayload payload, int overlap, List<Breach> breaches) {
        JsonDocument doc = payload.document();
        HandoffPayload.Field notBefore = payload.cutoverNotBefore();
        HandoffPayload.Field generatedAt = payload.generatedAt();
        Optional<LocalDate> generated = generatedAt.text().flatMap(OverlapWindowHolds::utcDate);
        Optional<LocalDate> earliest = notBefore.text().flatMap(OverlapWindowHolds::date);
        if (generated.isEmpty()) {
            breaches.add(unjudged(doc, generatedAt, "a timestamp"));
        }
        if (earliest.isEmpty()) {
            breaches.add(unjudged(doc, notBefore, "a date (YYYY-MM-DD)"));
        }
        if (generated.isEmpty() || earliest.isEmpty()) {
            return;
        }
        LocalDate required = generated.get().plusDays(overlap);
        if (earliest.get().isBefore(required)) {
            breaches.add(doc.breachAt(RULE, notBefore.pointer(), "cutover_not_before_utc_date is " + earliest.get()
                            + ", inside the " + overlap + "-day overlap that starts " + generated.get())
                    .expected(">= " + required).actual(earliest.get().toString())
                    .hint("the cutover may not happen before the overlap window ends").build());
        }
    }

    private static Breach unjudged(JsonDocument doc, HandoffPayload.Field field, String what) {
        return doc.breachAt(RULE, field.pointer(), "the cutover date cannot be judged: " + name(field) + " is "
                        + field.value().map(JsonNode::toString).orElse("missing")
                        + (field.value().isPresent() ? ", not " + what : ""))
                .expected(what).actual(field.value().map(JsonNode::toString).orElse(null))
                .hint("state " + name(field) + " as " + what).build();
    }

    /** The member name a field's pointer ends in. */
    private static String name(HandoffPayload.Field field) {
        return field.pointer().substring(field.pointer().lastIndexOf('/') + 1);
    }

    private static Optional<LocalDate> utcDate(String timestamp) {
        try {
            return Optional.of(OffsetDateTime.parse(timestamp).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
