package io.github.cutoverguard.engine.verdict;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.schema.MatchesSchema;
import io.github.cutoverguard.engine.schema.SchemaCatalog;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code verdict-aggregate} goal: one verdict for a multi-module build, from the {@code verdict.json} each module
 * of the reactor that binds {@code verdict} wrote in this build. Each module becomes one goal of the aggregate, with one
 * check per goal its verdict ran and that goal's breaches (their files relative to the aggregating project, so reports
 * place them from the repository root). Rehearsal continuation (and runtime cutover) is GO only when every module's is
 * GO; a module that was not built in this build (left out by {@code -pl}, {@code -rf} or {@code -N}), has no verdict of
 * this build, or one that cannot be read, is a {@code VERDICT-INCOMPLETE} (or {@code JSON-PARSE}/{@code JSON-SCHEMA})
 * breach and makes both NO-GO: it fails closed.
 */
public final class VerdictAggregate {

    /** The goal name used in reports. */
    public static final String GOAL = "verdict-aggregate";
    /** Raised for a module whose verdict of this build is missing or unreadable. */
    public static final Rule RULE = Rule.VERDICT_INCOMPLETE;

    /** Why a module that was built has no decision: its verdict of this build is missing or unreadable. */
    private static final String NO_VERDICT = "no verdict of this build";

    private VerdictAggregate() {
    }

    /**
     * A module of the reactor that binds {@code verdict}.
     *
     * @param name        its artifactId, e.g. {@code orders-client}
     * @param directory   its directory relative to the aggregating project ({@code orders-client}; empty for itself)
     * @param verdictFile its {@code verdict.json}, absolute
     * @param built       whether this build built it: a module left out ({@code -pl}, {@code -rf}, {@code -N}) has no
     *                    verdict of this build, whatever its directory holds
     */
    public record Module(String name, String directory, Path verdictFile, boolean built) {

        /** Its {@code pom.xml}, relative to the aggregating project. */
        String pom() {
            return directory.isEmpty() ? "pom.xml" : directory + "/pom.xml";
        }
    }

    /** What one module's verdict says, or why it says nothing ({@code absent}: no decision, e.g. not built). */
    private record Read(Module module, GoalResult goal, Map<VerdictLine, Decision> decisions, Role role, Mode mode,
                        Baseline baseline, String target, String absent, List<GoalResult> producerGoals) {

        boolean decided() {
            return !decisions.isEmpty();
        }
    }

    /**
     * Merges the modules' verdicts.
     *
     * @param context      the aggregating project (paths, limits, clock)
     * @param modules      every module of the reactor that binds {@code verdict}, built in this build or not
     * @param buildStarted when the build started: an older {@code verdict.json} is from an earlier build
     */
    public static VerdictResult run(RunContext context, List<Module> modules, Instant buildStarted) {
        InputLoader inputs = new InputLoader(context.files(), context.limits());
        List<Read> reads = modules.stream()
                .map(m -> read(inputs, m, buildStarted.truncatedTo(ChronoUnit.SECONDS), context.clock().instant())).toList();
        List<GoalResult> goals = reads.stream().map(Read::goal).toList();
        Read first = reads.stream().filter(Read::decided).findFirst().orElse(null);
        List<String> risks = new ArrayList<>();
        Set<String> baselines = new LinkedHashSet<>();
        reads.stream().filter(Read::decided).forEach(r -> baselines.add(r.baseline().releaseTag() + " / "
                + r.baseline().serviceContract()));
        if (baselines.size() > 1) {
            risks.add("the modules pin different baselines (" + String.join(", ", baselines) + "); the baseline shown is "
                    + first.module().name() + "'s");
        }
        boolean cutover = reads.stream().anyMatch(r -> r.mode() == Mode.CUTOVER);
        boolean consumers = reads.isEmpty() || reads.stream().anyMatch(r -> r.role() == null || r.role().judgesConsumer());
        boolean producers = reads.stream().anyMatch(r -> r.role() != null && r.role().judgesProducer());
        Role role = consumers && producers ? Role.BOTH : producers ? Role.PRODUCER : Role.CONSUMER;
        String roles = String.join(", ", reads.stream().filter(Read::decided)
                .map(r -> r.module().name() + ": " + r.role().id()).toList());
        return new VerdictResult(context.clock().instant(), cutover ? Mode.CUTOVER : Mode.REHEARSAL,
                first == null ? Baseline.NONE : first.baseline(), first == null ? null : first.target(), goals,
                decide(reads, VerdictLine.REHEARSAL_CONTINUATION), consumers ? decide(reads, VerdictLine.RUNTIME_CUTOVER)
                : null, risks, List.of(), null, List.of(), new VerdictResult.Judged(role, "the modules' roles"
                + (roles.isEmpty() ? "" : " (" + roles + ")")), producers ? publication(reads) : null);
    }

    /**
     * The build's handoff publication: judged over the producer's goals of every producing module together (the handoff
     * may be validated in one module, parity and alignment in others), and NO-GO for a module without a verdict of this
     * build (it fails closed).
     */
    private static Decision publication(List<Read> reads) {
        List<String> absent = reads.stream().filter(r -> !r.decided())
                .map(r -> r.module().name() + " (" + r.absent() + ")").toList();
        if (!absent.isEmpty()) {
            return Decision.noGo("NO-GO in " + String.join("; ", absent));
        }
        return VerdictDecision.handoffPublication(reads.stream().filter(r -> r.role().judgesProducer())
                .flatMap(r -> r.producerGoals().stream()).toList());
    }

    /**
     * One decision of the build: GO only when every module that makes it says GO; a module without a verdict of this
     * build makes every decision NO-GO (it fails closed), a module of another role makes none.
     */
    private static Decision decide(List<Read> reads, VerdictLine line) {
        if (reads.isEmpty()) {
            return Decision.noGo("no module of this build binds verdict: there is nothing to aggregate");
        }
        List<String> noGo = new ArrayList<>();
        List<String> deciding = new ArrayList<>();
        for (Read read : reads) {
            Decision decision = read.decisions().get(line);
            if (!read.decided()) {
                noGo.add(read.module().name() + " (" + read.absent() + ")");
            } else if (decision != null) {
                deciding.add(read.module().name());
                if (!decision.go()) {
                    noGo.add(read.module().name() + " (" + decision.reason() + ")");
                }
            }
        }
        return noGo.isEmpty()
                ? Decision.go("all " + deciding.size() + " modules GO: " + String.join(", ", deciding))
                : Decision.noGo("NO-GO in " + String.join("; ", noGo));
    }

    private static Read read(InputLoader inputs, Module module, Instant buildStarted, Instant now) {
        if (!module.built()) {
            return unread(module, List.of(Breach.error(RULE, "module " + module.name() + " of the "
                            + "reactor binds verdict but was not built in this build (left out by -pl, -rf or -N): the "
                            + "build's verdict cannot judge it")
                    .file(module.pom()).hint("build it with the others: run the build from the reactor's root without "
                            + "-pl, -rf or -N, or name it in -pl, e.g. -pl ...," + module.directory()).build()),
                    now, "not built in this build");
        }
        String shown = inputs.files().display(module.verdictFile());
        InputLoader.Loaded<JsonDocument> loaded = inputs.json(module.verdictFile());
        List<Breach> problems = new ArrayList<>();
        if (loaded.value().isEmpty()) {
            boolean missing = loaded.breaches().stream().anyMatch(b -> b.ruleId().equals(Rule.FILE_MISSING.id()));
            if (missing) {
                problems.add(Breach.error(RULE, "module " + module.name() + " binds verdict but "
                                + shown + " does not exist: its verdict did not run in this build")
                        .file(shown).hint("let the build reach the module's verdict (-fae keeps other modules' failures "
                                + "from stopping it), or remove the verdict execution from " + module.name()).build());
            } else {
                problems.addAll(loaded.breaches());
            }
            return unread(module, problems, now, NO_VERDICT);
        }
        JsonDocument document = loaded.value().get();
        problems.addAll(MatchesSchema.bundled(SchemaCatalog.VERDICT).check(document));
        JsonNode root = document.root();
        Instant generated = instant(root.path("generated_at_utc").asString(""));
        if (problems.isEmpty() && (generated == null || generated.isBefore(buildStarted))) {
            problems.add(document.breachAt(RULE, "/generated_at_utc", shown + " was written at "
                            + root.path("generated_at_utc").asString("") + ", before this build started: it is an earlier "
                            + "build's verdict, and " + module.name() + "'s verdict did not run in this one")
                    .hint("let the build reach the module's verdict, e.g. mvn -fae verify " + "cutover:verdict-aggregate")
                    .build());
        }
        if (!problems.isEmpty()) {
            return unread(module, problems, now, NO_VERDICT);
        }
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode goal : root.path("goals")) {
            checks.addAll(checks(goal, module));
        }
        Baseline baseline = new Baseline(text(root, "/baseline/release_tag"), text(root, "/baseline/commit_sha"),
                text(root, "/baseline/service_contract"), text(root, "/baseline/api_contract"),
                text(root, "/baseline/integration_baseline"));
        Mode mode = Mode.parse(root.path("mode").asString(""));
        GoalResult goal = new GoalResult(module.name(), generated, mode, baseline, text(root, "/target_service_contract"),
                List.of(document.source().asInputFile()), checks);
        Map<VerdictLine, Decision> decisions = new EnumMap<>(VerdictLine.class);
        for (VerdictLine line : VerdictLine.values()) {
            if (root.path(line.member()).isObject()) {
                decisions.put(line, decision(root.path(line.member())));
            }
        }
        Role role = Role.parse(root.path("role").asString(""));
        List<GoalResult> producerGoals = new ArrayList<>();
        if (role.judgesProducer()) {
            for (JsonNode node : root.path("goals")) {
                producerGoals.add(producerGoal(node, module, generated, mode, baseline));
            }
        }
        return new Read(module, goal, decisions, role, mode, baseline, goal.targetServiceContract(), null, producerGoals);
    }

    /**
     * One goal of a module's verdict as the build's checks, counted as the module's own reports count them: the goal
     * with its breaches (failed when one of its checks failed or a breach fails), unless it ran nothing, then each of
     * its skipped checks as skipped, with the module's reason.
     */
    private static List<CheckResult> checks(JsonNode goal, Module module) {
        List<Breach> breaches = new ArrayList<>();
        goal.path("breaches").forEach(b -> breaches.add(breach(b, module)));
        List<CheckResult> skipped = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        for (JsonNode check : goal.path("checks")) {
            switch (check.path("status").asString("")) {
                case "skipped" -> skipped.add(CheckResult.skipped(check.path("id").asString(""),
                        check.path("detail").asString("")));
                case "fail" -> failed++;
                default -> passed++;
            }
        }
        List<CheckResult> checks = new ArrayList<>();
        if (passed + failed > 0 || !breaches.isEmpty() || skipped.isEmpty()) {
            String detail = passed + " passed, " + failed + " failed, " + skipped.size() + " skipped"
                    + (skipped.isEmpty() ? "" : " (" + String.join(", ", skipped.stream().map(CheckResult::id).toList()) + ")");
            boolean fails = failed > 0 || breaches.stream().anyMatch(Breach::fails);
            checks.add(new CheckResult(goal.path("goal").asString(""), fails ? CheckStatus.FAIL : CheckStatus.PASS, detail,
                    breaches));
        }
        checks.addAll(skipped);
        return checks;
    }

    /**
     * One goal of a producing module's verdict as that goal's result, its checks as the module reported them and its
     * breaches on its first failed check (else its first): what the build's handoff publication is judged on.
     */
    private static GoalResult producerGoal(JsonNode goal, Module module, Instant generated, Mode mode, Baseline baseline) {
        List<Breach> breaches = new ArrayList<>();
        goal.path("breaches").forEach(b -> breaches.add(breach(b, module)));
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode check : goal.path("checks")) {
            String id = check.path("id").asString("");
            String detail = check.path("detail").asString("");
            String status = check.path("status").asString("");
            checks.add("skipped".equals(status) ? CheckResult.skipped(id, detail) : new CheckResult(id,
                    "fail".equals(status) ? CheckStatus.FAIL : CheckStatus.PASS, detail, List.of()));
        }
        int carrier = checks.stream().filter(c -> c.status() == CheckStatus.FAIL).findFirst().map(checks::indexOf).orElse(0);
        if (!breaches.isEmpty() && !checks.isEmpty()) {
            CheckResult on = checks.get(carrier);
            checks.set(carrier, new CheckResult(on.id(), on.status() == CheckStatus.SKIPPED ? CheckStatus.PASS : on.status(),
                    on.detail(), breaches));
        }
        return new GoalResult(goal.path("goal").asString(""), generated, mode, baseline, null, List.of(), checks);
    }

    private static Read unread(Module module, List<Breach> problems, Instant now, String absent) {
        GoalResult goal = new GoalResult(module.name(), now, Mode.REHEARSAL, Baseline.NONE, null, List.of(),
                List.of(CheckResult.ran("verdict.json", "read " + module.name() + "'s verdict of this build", problems)));
        return new Read(module, goal, Map.of(), null, null, null, null, absent, List.of());
    }

    /** A breach of a module's verdict, its file relative to the aggregating project. */
    private static Breach breach(JsonNode node, Module module) {
        String file = node.path("file").isString() ? node.path("file").asString() : null;
        if (file != null && !module.directory().isEmpty() && !Path.of(file).isAbsolute()) {
            file = Path.of(module.directory()).resolve(file).normalize().toString().replace('\\', '/');
        }
        int line = node.path("line").asInt(0);
        Breach breach = Breach.error(Rule.of(node.path("rule_id").asString()), node.path("message").asString(""))
                .file(file).at(line > 0 ? new Location(line, node.path("column").asInt(0)) : Location.UNKNOWN)
                .pointer(text(node, "/json_pointer")).expected(text(node, "/expected")).actual(text(node, "/actual"))
                .hint(text(node, "/hint")).details(text(node, "/details")).omitted(node.path("omitted").asInt(0)).build();
        breach = "warning".equals(node.path("severity").asString("")) ? breach.withSeverity(Severity.WARNING) : breach;
        JsonNode waived = node.path("waived");
        if (waived.isObject()) {
            // the module's verdict accepted it under a waiver (verdict.v2 requires all four members)
            breach = breach.waivedBy(new Breach.Waived(waived.path("owner").asString(""),
                    java.time.LocalDate.parse(waived.path("expires").asString("")), waived.path("reason").asString(""),
                    module.directory().isEmpty() ? waived.path("waiver").asString("")
                            : module.directory() + "/" + waived.path("waiver").asString("")));
        }
        return breach;
    }

    private static Decision decision(JsonNode node) {
        String reason = node.path("reason").asString("");
        return "GO".equals(node.path("decision").asString("")) ? Decision.go(reason) : Decision.noGo(reason);
    }

    private static String text(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isString() ? value.asString() : null;
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
