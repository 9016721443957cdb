package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.json.JsonNumbers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Raises {@link #RULE} when a rehearsal payload's migration overlap is shorter than the minimum,
 * when its cutover-not-before date falls inside the overlap, or when a consumer-fallback or
 * stability flag of its overlap assumptions is not {@code true}.
 */
public final class OverlapWindowHolds {

    public static final Rule RULE = Rule.HANDOFF_OVERLAP;

    private final int minimumOverlapDays;

    public OverlapWindowHolds(int minimumOverlapDays) {
        this.minimumOverlapDays = minimumOverlapDays;
    }

    public List<Breach> check(HandoffPayload payload) {
        List<Breach> breaches = new ArrayList<>();
        if (!payload.kind().isRehearsal()) {
            return breaches;
        }
        JsonDocument doc = payload.document();
        HandoffPayload.Field days = payload.overlapDays();
        Optional<Integer> overlap = days.value().flatMap(JsonNumbers::intValue);
        overlap.filter(d -> d < minimumOverlapDays).ifPresent(d ->
                breaches.add(doc.breachAt(RULE, days.pointer(), "the migration overlap is " + d
                                + " days, the minimum is " + minimumOverlapDays)
                        .expected(">= " + minimumOverlapDays).actual(String.valueOf(d)).build()));
        HandoffPayload.Field notBefore = payload.cutoverNotBefore();
        Optional<LocalDate> generated = payload.generatedAt().text().flatMap(OverlapWindowHolds::utcDate);
        Optional<LocalDate> earliest = notBefore.text().flatMap(OverlapWindowHolds::date);
        if (overlap.isPresent() && generated.isPresent() && earliest.isPresent()) {
            LocalDate required = generated.get().plusDays(overlap.get());
            if (earliest.get().isBefore(required)) {
                breaches.add(doc.breachAt(RULE, notBefore.pointer(), "cutover_not_before_utc_date is " + earliest.get()
                                + ", inside the " + overlap.get() + "-day overlap that starts " + generated.get())
                        .expected(">= " + required).actual(earliest.get().toString())
                        .hint("the cutover may not happen before the overlap window ends").build());
            }
        }
        for (HandoffPayload.Field flag : payload.fallbackFlags()) {
            flag.value().filter(v -> !(v.isBoolean() && v.booleanValue())).ifPresent(v ->
                    breaches.add(doc.breachAt(RULE, flag.pointer(), flag.pointer().substring(flag.pointer().lastIndexOf('/') + 1)
                                    + " is " + v + ": the consumer's fallback must stay deterministic and non-blocking")
                            .expected("true").actual(v.toString())
                            .hint("keep every fallback and stability guarantee true during the overlap").build()));
        }
        return breaches;
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
