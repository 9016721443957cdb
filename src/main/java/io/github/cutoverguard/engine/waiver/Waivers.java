package io.github.cutoverguard.engine.waiver;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.NearestName;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The waiver file ({@code cutover-waivers.v1}), read strictly, and its judgement of a run's breaches: a breach an
 * applicable, unexpired waiver matches is marked waived (it fails nothing); then each waiver the run can judge is
 * checked: expired ({@link Rule#WAIVER_EXPIRED}, an error naming its owner, in every run), expiring within the warning
 * days (the same rule, a warning ahead) or unused ({@link Rule#WAIVER_UNUSED}, a warning). A goal judges those two of
 * the waivers of the rules it raises ({@link Rule#raisedBy()}; the input rules only where they matched), the verdict of
 * every waiver.
 * The day is given, never read from the clock here: {@code -Dcutover.today} rebuilds an old commit with its result.
 */
public final class Waivers {

    /** Raised for a waiver past its day (an error) or near it (a warning). */
    public static final Rule EXPIRED = Rule.WAIVER_EXPIRED;
    /** Raised for a waiver that matched no breach. */
    public static final Rule UNUSED = Rule.WAIVER_UNUSED;

    /** The bundled schema of the waiver file. */
    public static final String SCHEMA = "cutover-waivers.v1";
    /** The waiver file read when none is configured and it exists. */
    public static final String DEFAULT_FILE = "config/cutover-waivers.json";
    /** The check that records the waivers' judgement. */
    public static final String CHECK = "waivers";
    /** The most days after the build's day that a waiver may expire, by default. */
    public static final int DEFAULT_MAX_DAYS = 90;
    /** Days before its expiry that a waiver warns ahead, by default. */
    public static final int DEFAULT_WARNING_DAYS = 14;

    private final String display;
    private final InputFile input;
    private final List<Waiver> waivers;
    private final List<Breach> problems;
    private final int warningDays;

    private Waivers(String display, InputFile input, List<Waiver> waivers, List<Breach> problems, int warningDays) {
        this.display = display;
        this.input = input;
        this.waivers = List.copyOf(waivers);
        this.problems = List.copyOf(problems);
        this.warningDays = warningDays;
    }

    /**
     * Reads the configured waiver file (missing, it is a {@code FILE-MISSING} breach: configured means checked), else
     * {@link #DEFAULT_FILE} when it exists, else none. A file that does not parse or match its schema waives nothing and
     * its breaches are the {@value #CHECK} check's.
     *
     * @param configured  the configured file, or {@code null}
     * @param warningDays how many days ahead an expiring waiver warns
     * @param maxDays     how many days after {@code today} a waiver may expire at most ({@code maxWaiverDays})
     * @param today       the build's day
     * @throws IllegalArgumentException for a waiver of an unknown rule or of one that cannot be waived, one that expires
     *                                  more than {@code maxDays} ahead, or negative days (configuration errors); an
     *                                  owner or reason without a visible character is the schema's ({@code visible-text})
     */
    public static Waivers read(InputLoader loader, Path configured, int warningDays, int maxDays, LocalDate today) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("waiverWarningDays must not be negative, was " + warningDays);
        }
        if (maxDays < 0) {
            throw new IllegalArgumentException("maxWaiverDays must not be negative, was " + maxDays);
        }
        Path file = configured;
        if (file == null) {
            if (!Files.exists(loader.files().resolve(Path.of(DEFAULT_FILE)), LinkOption.NOFOLLOW_LINKS)) {
                return none();
            }
            file = Path.of(DEFAULT_FILE);
        }
        String display = loader.files().display(file);
        InputLoader.Loaded<JsonDocument> load = loader.json(file);
        if (load.value().isEmpty()) {
            return new Waivers(display, null, List.of(), load.breaches(), warningDays);
        }
        JsonDocument document = load.value().get();
        List<Breach> invalid = MatchesSchema.bundled(SCHEMA).check(document);
        if (!invalid.isEmpty()) {
            return new Waivers(display, document.source().asInputFile(), List.of(), invalid, warningDays);
        }
        List<Waiver> waivers = new ArrayList<>();
        JsonNode entries = document.root().get("waivers");
        for (int i = 0; i < entries.size(); i++) {
            waivers.add(waiver(document, "/waivers/" + i, entries.get(i), maxDays, today));
        }
        return new Waivers(display, document.source().asInputFile(), waivers, List.of(), warningDays);
    }

    private static Waiver waiver(JsonDocument document, String pointer, JsonNode entry, int maxDays, LocalDate today) {
        Location at = document.locate(pointer);
        String where = at.in(document.displayName());
        String id = entry.get("rule").asString();
        Rule rule;
        try {
            rule = Rule.of(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": the waiver names rule " + id + ", which is no rule of this "
                    + "plugin; did you mean " + NearestName.of(id, Arrays.stream(Rule.values()).map(Rule::id).toList()) + "?");
        }
        if (rule.unwaivable() != null) {
            throw new IllegalArgumentException(where + ": " + id + " cannot be waived (" + rule.unwaivable()
                    + "); remove the waiver and fix the breach");
        }
        if (rule.raisedBy() == Rule.ANY_GOAL && text(entry, "file") == null) {
            throw new IllegalArgumentException(where + ": a waiver of " + id + " must name its \"file\": every goal raises "
                    + id + " for any of its inputs, and a configured input must be checked");
        }
        LocalDate expires;
        try {
            expires = LocalDate.parse(entry.get("expires").asString());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": expires " + entry.get("expires").asString() + " is no day of "
                    + "the calendar (YYYY-MM-DD)", e);
        }
        LocalDate latest = today.plusDays(maxDays);
        if (expires.isAfter(latest)) {
            throw new IllegalArgumentException(where + ": the waiver of " + id + " expires on " + expires + ", more than "
                    + "maxWaiverDays (" + maxDays + ") after " + today + ": a waiver accepts a breach for a while, not for "
                    + "ever; set expires on or before " + latest + " and renew it if the fix takes longer");
        }
        return new Waiver(rule, text(entry, "file") == null ? null : Waiver.normalized(text(entry, "file")),
                text(entry, "pointer"), text(entry, "match"), text(entry, "release_tag"), text(entry, "reason"),
                text(entry, "owner"), expires, document.displayName(), at);
    }

    private static String text(JsonNode entry, String member) {
        JsonNode value = entry.get(member);
        return value == null ? null : value.asString();
    }

    /** No waiver file: nothing is waived and nothing judged. */
    public static Waivers none() {
        return new Waivers(null, null, List.of(), List.of(), DEFAULT_WARNING_DAYS);
    }

    /** Whether there is no waiver file (then {@link #apply} changes nothing and judges nothing). */
    public boolean isNone() {
        return display == null;
    }

    /** What {@link #apply} returns: the results with their waived breaches marked, and the waivers' own check. */
    public record Applied(List<GoalResult> results, CheckResult check, InputFile input) {
    }

    /**
     * Marks the breaches the waivers accept and judges the waivers.
     *
     * @param results  the goals' results
     * @param baseline the baseline of the run ({@code release_tag}-bound waivers apply only under theirs)
     * @param today    the day of the run ({@code -Dcutover.today})
     * @param verdict  whether the run is the verdict (it judges every waiver), not a single goal
     * @return the results as they are and no check when there is no waiver file
     */
    public Applied apply(List<GoalResult> results, Baseline baseline, LocalDate today, boolean verdict) {
        if (isNone()) {
            return new Applied(results, null, null);
        }
        if (!problems.isEmpty()) {
            return new Applied(results, CheckResult.ran(CHECK, "read " + display + ": no waiver applies", problems), input);
        }
        Set<Waiver> used = new HashSet<>();
        Set<Waiver> matchedInactive = new LinkedHashSet<>();
        List<GoalResult> waived = new ArrayList<>();
        for (GoalResult result : results) {
            List<CheckResult> checks = new ArrayList<>();
            for (CheckResult check : result.checks()) {
                List<Breach> breaches = check.breaches().stream()
                        .map(b -> judged(b, baseline, today, used, matchedInactive)).toList();
                checks.add(check.status() == CheckStatus.SKIPPED ? check : CheckResult.ran(check.id(), check.detail(), breaches));
            }
            waived.add(result.with(result.inputs(), checks, accepted(result.acceptance(), checks)));
        }
        Set<String> ran = new HashSet<>();
        results.stream().filter(r -> r.checks().stream().anyMatch(c -> c.status() != CheckStatus.SKIPPED))
                .forEach(r -> ran.add(r.goal()));
        List<Breach> judgement = new ArrayList<>();
        for (Waiver waiver : waivers) {
            boolean judges = verdict || used.contains(waiver) || matchedInactive.contains(waiver)
                    || waiver.rule().raisedBy().stream().anyMatch(ran::contains) || waiver.expiredOn(today);
            if (judges) {
                judge(waiver, baseline, today, used.contains(waiver), String.join(", ", ran.stream().sorted().toList()))
                        .ifPresent(judgement::add);
            }
        }
        String detail = waivers.size() + (waivers.size() == 1 ? " waiver" : " waivers") + " in " + display + ", "
                + used.size() + " applied on " + today;
        return new Applied(waived, CheckResult.ran(CHECK, detail, judgement), input);
    }

    /**
     * The payload a handoff validation judged is accepted once no check fails: a rejection whose breaches are all waived
     * becomes an acceptance.
     */
    private static GoalResult.Acceptance accepted(GoalResult.Acceptance acceptance, List<CheckResult> checks) {
        if (acceptance == null || acceptance.accepted() || checks.stream().anyMatch(c -> c.status() == CheckStatus.FAIL)) {
            return acceptance;
        }
        return new GoalResult.Acceptance(acceptance.payload(), acceptance.sha256(), acceptance.kind(), true,
                acceptance.cutoverNotBefore());
    }

    /** A single goal's result with its waived breaches marked and the {@value #CHECK} check (and the file read) added. */
    public GoalResult applyTo(GoalResult result, LocalDate today) {
        Applied applied = apply(List.of(result), result.baseline(), today, false);
        if (applied.check() == null) {
            return result;
        }
        GoalResult waived = applied.results().get(0);
        List<CheckResult> checks = new ArrayList<>(waived.checks());
        checks.add(applied.check());
        List<InputFile> inputs = new ArrayList<>(waived.inputs());
        if (applied.input() != null) {
            inputs.add(applied.input());
        }
        return waived.with(inputs, checks, waived.acceptance());
    }

    /**
     * The breach, waived by the first applicable unexpired waiver that matches it; a matching waiver that is expired or
     * bound to another release is noted, so that this run judges it.
     */
    private Breach judged(Breach breach, Baseline baseline, LocalDate today, Set<Waiver> used, Set<Waiver> matchedInactive) {
        if (breach.waived() != null) {
            return breach;
        }
        Waiver first = null;
        for (Waiver waiver : waivers) {
            if (waiver.matches(breach)) {
                if (waiver.appliesUnder(baseline) && !waiver.expiredOn(today)) {
                    used.add(waiver); // each waiver that accepts it is in use; the first one is named
                    first = first == null ? waiver : first;
                } else {
                    matchedInactive.add(waiver);
                }
            }
        }
        return first == null ? breach : breach.waivedBy(first.asWaived());
    }

    private Optional<Breach> judge(Waiver waiver, Baseline baseline, LocalDate today, boolean used, String ran) {
        if (waiver.expiredOn(today)) {
            return Optional.of(at(waiver, Breach.error(EXPIRED, waiver.describe() + " expired on "
                    + waiver.expires() + " (today is " + today + "): it waives nothing")
                    .expected("expires on or after " + today).actual(waiver.expires().toString())
                    .hint("fix the breach and delete the waiver, or ask " + waiver.owner() + " to agree a new expires day")));
        }
        if (!used) {
            String why = waiver.appliesUnder(baseline) ? "matched no breach" + (ran.isEmpty() ? "" : " of " + ran)
                    : "is bound to release " + waiver.releaseTag() + (baseline.releaseTag() == null
                    ? ", and this run has no <baseline>" : ", <baseline> is " + baseline.releaseTag());
            return Optional.of(at(waiver, Breach.error(UNUSED, waiver.describe() + " " + why)
                    .hint("delete the waiver, or correct its rule, file, pointer, match or release_tag"))
                    .withSeverity(Severity.WARNING));
        }
        long days = ChronoUnit.DAYS.between(today, waiver.expires());
        if (days < warningDays) {
            return Optional.of(at(waiver, Breach.error(EXPIRED, waiver.describe() + " expires on "
                    + waiver.expires() + (days == 0 ? ", today is its last day" : ", in " + days + (days == 1 ? " day" : " days"))
                    + " (waiverWarningDays " + warningDays + ")").hint("fix the waived breach before then, or ask " + waiver.owner()
                    + " to agree a new expires day")).withSeverity(Severity.WARNING));
        }
        return Optional.empty();
    }

    private static Breach at(Waiver waiver, Breach.Builder builder) {
        return builder.file(waiver.waiverFile()).at(waiver.location()).build();
    }
}
