package io.github.cutoverguard.engine.waiver;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.InputLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #18: the waiver file read strictly, matched against breaches, and judged by a day that is given. */
class WaiversTest {

    private static final Baseline BILLING = new Baseline("v7.4.0", "583efe23e61c0f58392a2759e4de2b4ce6c7347a",
            "billing.v7", "billing-api.v3", "integration/v2");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path project;

    private Waivers read(String waivers) throws Exception {
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/cutover-waivers.json"),
                "{\n  \"schema_version\": \"cutover-waivers.v1\",\n  \"waivers\": [\n" + waivers + "\n  ]\n}\n");
        return Waivers.read(loader(), null, 14, 90, DAY);
    }

    private InputLoader loader() {
        return new InputLoader(new ProjectFiles(project), InputLimits.DEFAULT);
    }

    private static String waiver(String rule, String extra, String expires) {
        return "    {\"rule\": \"" + rule + "\", " + extra + "\"reason\": \"staging smoke test\", \"owner\": \"invoicing-team\", "
                + "\"expires\": \"" + expires + "\"}";
    }

    private static Breach switchBreach(String file) {
        return Breach.error(Rule.GUARD_RUNTIME_SWITCH, file + " names billing.v8").file(file).at(new Location(3, 9)).build();
    }

    private static GoalResult guard(Breach... breaches) {
        return new GoalResult("guard", Instant.parse("2026-12-06T10:00:00Z"), Mode.REHEARSAL, BILLING, "billing.v8",
                List.of(), List.of(CheckResult.ran("guard.runtime-switch", "no switch", List.of(breaches)),
                CheckResult.skipped("guard.fallback", "no fallbackTests configured")));
    }

    @Test
    void aMatchedBreachIsWaivedAndFailsNothing() throws Exception {
        Waivers waivers = read(waiver("GUARD-RUNTIME-SWITCH", "\"file\": \"src/main/resources/staging.properties\", ", "2026-12-31"));
        GoalResult result = waivers.applyTo(guard(switchBreach("src/main/resources/staging.properties"),
                switchBreach("src/main/resources/application.properties")), DAY);
        Breach waived = result.breaches().get(0);
        assertThat(waived.waived()).isEqualTo(new Breach.Waived("invoicing-team", LocalDate.parse("2026-12-31"),
                "staging smoke test", "config/cutover-waivers.json:4:5"));
        assertThat(waived.fails()).isFalse();
        assertThat(result.breaches().get(1).fails()).as("another file is not waived").isTrue();
        assertThat(result.checks()).extracting(CheckResult::id).containsExactly("guard.runtime-switch", "guard.fallback", "waivers");
        assertThat(result.checks().get(1).status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(result.checks().get(2).detail()).isEqualTo("1 waiver in config/cutover-waivers.json, 1 applied on 2026-12-06");
        assertThat(result.inputs()).extracting(i -> i.path()).containsExactly("config/cutover-waivers.json");

        GoalResult alone = waivers.applyTo(guard(switchBreach("src/main/resources/staging.properties")), DAY);
        assertThat(alone.passed()).isTrue();
        assertThat(alone.checks().get(0).status()).isEqualTo(CheckStatus.PASS);
        assertThat(alone.breaches()).hasSize(1);
    }

    /**
     * Issue #25: the entry closing a cut list ("… and 150 more") stands for breaches not built: a waiver of the rule in
     * the file accepts it with them; a waiver that needs a breach's own text (match) leaves it failing: closed.
     */
    @Test
    void theEntryForBreachesNotListedIsWaivedOnlyByAWaiverOfTheRuleInTheFile() throws Exception {
        String staging = "src/main/resources/staging.properties";
        GoalResult cut = io.github.cutoverguard.engine.BreachLimit.DEFAULT.cut(guard(java.util.stream.IntStream
                .rangeClosed(1, 250).mapToObj(i -> switchBreach(staging)).toArray(Breach[]::new)));
        assertThat(cut.breaches()).hasSize(101);

        GoalResult byFile = read(waiver("GUARD-RUNTIME-SWITCH", "\"file\": \"" + staging + "\", ", "2026-12-31"))
                .applyTo(cut, DAY);
        assertThat(byFile.passed()).isTrue();
        assertThat(byFile.breaches().get(100).message()).isEqualTo("… and 150 more");
        assertThat(byFile.breaches().get(100).waived()).isNotNull();

        GoalResult byText = read(waiver("GUARD-RUNTIME-SWITCH", "\"file\": \"" + staging + "\", \"match\": \"names billing.v8\", ",
                "2026-12-31")).applyTo(cut, DAY);
        assertThat(byText.errors()).singleElement().extracting(Breach::message).isEqualTo("… and 150 more");
        assertThat(byText.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void pointerMatchAndReleaseNarrowTheWaiver() throws Exception {
        Breach timeout = Breach.error(Rule.JSON_SCHEMA, "default_timeout_ms is 0, expected at least 1")
                .file("config/integration-pin.json").pointer("/default_timeout_ms").build();
        GoalResult pin = new GoalResult("check-pin", Instant.EPOCH, Mode.REHEARSAL, BILLING, null, List.of(),
                List.of(CheckResult.ran("pin.schema", "integration-pin.v1", List.of(timeout))));
        assertThat(read(waiver("JSON-SCHEMA", "\"file\": \"config/integration-pin.json\", \"pointer\": \"/default_timeout_ms\", \"match\": \"at least 1\", "
                + "\"release_tag\": \"v7.4.0\", ", "2026-12-31")).applyTo(pin, DAY).passed()).isTrue();
        assertThat(read(waiver("JSON-SCHEMA", "\"file\": \"config/integration-pin.json\", \"pointer\": \"/default_base_url\", ", "2026-12-31")).applyTo(pin, DAY).passed())
                .isFalse();
        assertThat(read(waiver("JSON-SCHEMA", "\"file\": \"config/integration-pin.json\", \"match\": \"at most\", ", "2026-12-31")).applyTo(pin, DAY).passed()).isFalse();
        GoalResult otherRelease = read(waiver("JSON-SCHEMA", "\"file\": \"config/integration-pin.json\", \"release_tag\": \"v7.3.0\", ", "2026-12-31")).applyTo(pin, DAY);
        assertThat(otherRelease.passed()).isFalse();
        assertThat(judgement(otherRelease)).extracting(Breach::message)
                .containsExactly("the waiver of JSON-SCHEMA owned by invoicing-team is bound to release v7.3.0, <baseline> is v7.4.0");
    }

    @Test
    void anExpiredWaiverWaivesNothingAndNamesItsOwner() throws Exception {
        Waivers waivers = read(waiver("GUARD-RUNTIME-SWITCH", "", "2026-12-05"));
        GoalResult result = waivers.applyTo(guard(switchBreach("a.properties")), DAY);
        assertThat(result.breaches().get(0).fails()).isTrue();
        Breach expired = judgement(result).get(0);
        assertThat(expired.rule()).isEqualTo(Rule.WAIVER_EXPIRED);
        assertThat(expired.severity()).isEqualTo(Severity.ERROR);
        assertThat(expired.message()).isEqualTo("the waiver of GUARD-RUNTIME-SWITCH owned by invoicing-team expired on "
                + "2026-12-05 (today is 2026-12-06): it waives nothing");
        assertThat(expired.file()).isEqualTo("config/cutover-waivers.json");
        assertThat(expired.location()).isEqualTo(new Location(4, 5));
        assertThat(expired.hint()).contains("invoicing-team");
        // the day before, the same file gives the result it gave then
        assertThat(waivers.applyTo(guard(switchBreach("a.properties")), LocalDate.of(2026, 12, 5)).passed()).isTrue();
    }

    @Test
    void aWaiverNearItsEndWarnsAheadAndOneThatMatchedNothingWarnsUnused() throws Exception {
        Waivers waivers = read(waiver("GUARD-RUNTIME-SWITCH", "", "2026-12-10") + ",\n"
                + waiver("GUARD-ENDPOINT-BOUNDARY", "", "2027-03-01") + ",\n" + waiver("PIN-RELEASE-TAG", "", "2027-03-01"));
        GoalResult result = waivers.applyTo(guard(switchBreach("a.properties")), DAY);
        assertThat(result.passed()).isTrue();
        assertThat(judgement(result)).extracting(Breach::rule, Breach::severity, Breach::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.WAIVER_EXPIRED, Severity.WARNING, "the waiver of GUARD-RUNTIME-SWITCH "
                        + "owned by invoicing-team expires on 2026-12-10, in 4 days (waiverWarningDays 14)"),
                org.assertj.core.groups.Tuple.tuple(Rule.WAIVER_UNUSED, Severity.WARNING, "the waiver of GUARD-ENDPOINT-BOUNDARY "
                        + "owned by invoicing-team matched no breach of guard"));
        // check-pin's waiver is judged where check-pin runs, and by the verdict
        Waivers.Applied verdict = waivers.apply(List.of(guard(switchBreach("a.properties"))), BILLING, DAY, true);
        assertThat(verdict.check().breaches()).extracting(Breach::rule)
                .containsExactly(Rule.WAIVER_EXPIRED, Rule.WAIVER_UNUSED, Rule.WAIVER_UNUSED);
    }

    @Test
    void rulesThatCannotBeWaivedAndUnknownRulesAreConfigurationErrors() throws Exception {
        assertThatThrownBy(() -> read(waiver("GUARD-FALLBACK-REGRESSION", "", "2026-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config/cutover-waivers.json:4:5: GUARD-FALLBACK-REGRESSION cannot be waived (a fallback "
                        + "regression is an immediate NO-GO); remove the waiver and fix the breach");
        assertThatThrownBy(() -> read(waiver("GUARD-FALLBACK-MISSING", "", "2026-12-31"))).hasMessageContaining("unproven");
        assertThatThrownBy(() -> read(waiver("VERDICT-INCOMPLETE", "", "2026-12-31"))).hasMessageContaining("requiredChecks");
        assertThatThrownBy(() -> read(waiver("FILE-MISSING", "", "2026-12-31")))
                .hasMessage("config/cutover-waivers.json:4:5: a waiver of FILE-MISSING must name its \"file\": every goal "
                        + "raises FILE-MISSING for any of its inputs, and a configured input must be checked");
        assertThat(read(waiver("FILE-MISSING", "\"file\": \"docs/RUNBOOK.md\", ", "2026-12-31")).isNone()).isFalse();
        assertThatThrownBy(() -> read(waiver("CUTOVER-APPROVAL", "", "2026-12-31"))).hasMessageContaining("cutover's gate");
        assertThatThrownBy(() -> read(waiver("WAIVER-UNUSED", "", "2026-12-31"))).hasMessageContaining("cannot waive the waivers");
        assertThatThrownBy(() -> read(waiver("GUARD-RUNTIME-SWICH", "", "2026-12-31")))
                .hasMessage("config/cutover-waivers.json:4:5: the waiver names rule GUARD-RUNTIME-SWICH, which is no rule of "
                        + "this plugin; did you mean GUARD-RUNTIME-SWITCH?");
        assertThatThrownBy(() -> Waivers.read(loader(), null, -1, 90, DAY)).hasMessageContaining("waiverWarningDays");
    }

    /**
     * Issue #24: a waiver "until 9999-12-31" is no while; an owner or reason of invisible characters names nobody (#26:
     * the schema's visible-text says so, and the file waives nothing).
     */
    @Test
    void aWaiverExpiresWithinMaxWaiverDaysAndNamesAVisibleOwnerAndReason() throws Exception {
        assertThat(read(waiver("GUARD-RUNTIME-SWITCH", "", "2027-03-06")).isNone()).as("90 days after 2026-12-06").isFalse();
        assertThatThrownBy(() -> read(waiver("GUARD-RUNTIME-SWITCH", "", "2027-03-07")))
                .hasMessage("config/cutover-waivers.json:4:5: the waiver of GUARD-RUNTIME-SWITCH expires on 2027-03-07, more "
                        + "than maxWaiverDays (90) after 2026-12-06: a waiver accepts a breach for a while, not for ever; "
                        + "set expires on or before 2027-03-06 and renew it if the fix takes longer");
        assertThatThrownBy(() -> read(waiver("PIN-RELEASE-TAG", "", "9999-12-31"))).hasMessageContaining("maxWaiverDays (90)");
        for (String invisible : List.of("\u200b", "\u3164", "\ufeff\u2060", "\u2800")) {
            Waivers owner = read("    {\"rule\": \"GUARD-RUNTIME-SWITCH\", \"reason\": \"smoke test\", \"owner\": \""
                    + invisible + "\", \"expires\": \"2026-12-31\"}");
            GoalResult unwaived = owner.applyTo(guard(switchBreach("a.properties")), DAY);
            assertThat(unwaived.breaches().get(0).fails()).as(invisible).isTrue();
            assertThat(judgement(unwaived)).as(invisible).singleElement().satisfies(b -> {
                assertThat(b.rule()).isEqualTo(Rule.JSON_SCHEMA);
                assertThat(b.jsonPointer()).isEqualTo("/waivers/0/owner");
                assertThat(b.message()).contains("no visible character");
            });
            Waivers reason = read("    {\"rule\": \"GUARD-RUNTIME-SWITCH\", \"reason\": \"" + invisible
                    + "\", \"owner\": \"invoicing-team\", \"expires\": \"2026-12-31\"}");
            assertThat(judgement(reason.applyTo(guard(switchBreach("a.properties")), DAY))).as(invisible)
                    .extracting(Breach::jsonPointer).containsExactly("/waivers/0/reason");
        }
        Files.writeString(project.resolve("config/cutover-waivers.json"), "{\"schema_version\": \"cutover-waivers.v1\", "
                + "\"waivers\": [" + waiver("PIN-RELEASE-TAG", "", "2027-01-31") + "]}");
        assertThatThrownBy(() -> Waivers.read(loader(), null, 14, 30, DAY)).hasMessageContaining("more than maxWaiverDays (30)");
        assertThatThrownBy(() -> Waivers.read(loader(), null, 14, -1, DAY)).hasMessageContaining("maxWaiverDays must not");
    }

    @Test
    void aBrokenOrMissingFileWaivesNothingAndIsABreach() throws Exception {
        Waivers invalid = read("    {\"rule\": \"GUARD-RUNTIME-SWITCH\", \"owner\": \"x\", \"reason\": \"y\", \"expires\": \"2026-13-01\"}");
        GoalResult result = invalid.applyTo(guard(switchBreach("a.properties")), DAY);
        assertThat(result.breaches().get(0).fails()).isTrue();
        assertThat(judgement(result)).extracting(Breach::rule).containsExactly(Rule.JSON_SCHEMA);
        Waivers missing = Waivers.read(loader(), Path.of("config/waivers.json"), 14, 90, DAY);
        assertThat(judgement(missing.applyTo(guard(), DAY))).extracting(Breach::rule, Breach::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.FILE_MISSING, "config/waivers.json"));
    }

    @Test
    void withoutAFileNothingChanges() {
        Waivers none = Waivers.read(loader(), null, 14, 90, DAY);
        assertThat(none.isNone()).isTrue();
        GoalResult result = guard(switchBreach("a.properties"));
        assertThat(none.applyTo(result, DAY)).isSameAs(result);
    }

    @Test
    void anInputRuleWaiverIsJudgedWhereItMatchedOrExpiredAndEveryWaiverThatAcceptsABreachIsInUse() throws Exception {
        Waivers waivers = read(waiver("JSON-SCHEMA", "\"file\": \"./config\\\\pin.json\", ", "2026-12-31") + ",\n"
                + waiver("FILE-MISSING", "\"file\": \"docs/RUNBOOK.md\", ", "2026-12-01") + ",\n"
                + waiver("GUARD-RUNTIME-SWITCH", "", "2026-12-31") + ",\n"
                + waiver("GUARD-RUNTIME-SWITCH", "\"match\": \"billing.v8\", ", "2027-03-05"));
        // guard alone: the JSON-SCHEMA waiver is not its to call unused; the expired FILE-MISSING one is an error anywhere;
        // both GUARD-RUNTIME-SWITCH waivers accept the breach (the first is named), neither is unused
        GoalResult guard = waivers.applyTo(guard(switchBreach("a.properties")), DAY);
        assertThat(guard.breaches().get(0).waived().expires()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(judgement(guard)).extracting(Breach::rule, Breach::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.WAIVER_EXPIRED, Severity.ERROR));
        assertThat(judgement(guard).get(0).message()).startsWith("the waiver of FILE-MISSING owned by invoicing-team expired");
        // a breach of the pin, in a file written with ./ and \ in the waiver
        Breach invalid = Breach.error(Rule.JSON_SCHEMA, "default_timeout_ms is 0").file("config/pin.json").build();
        GoalResult pin = new GoalResult("check-pin", Instant.EPOCH, Mode.REHEARSAL, BILLING, null, List.of(),
                List.of(CheckResult.ran("pin.schema", "integration-pin.v1", List.of(invalid))));
        assertThat(waivers.applyTo(pin, DAY).breaches().get(0).waived()).isNotNull();
    }

    @Test
    void aHandoffWhoseBreachesAreAllWaivedIsAcceptedAndWarnOnlyRunsKeepTheMark() throws Exception {
        Breach commands = Breach.error(Rule.HANDOFF_COMMANDS, "the required consumer checks lack \"mvn -B verify\"")
                .file("handoff/BILLING_V8.json").build();
        GoalResult handoff = new GoalResult("validate-handoff", Instant.EPOCH, Mode.REHEARSAL, BILLING, "billing.v8",
                List.of(), List.of(CheckResult.ran("handoff.commands", "required checks", List.of(commands))),
                new GoalResult.Acceptance("handoff/BILLING_V8.json", "a".repeat(64), "rehearsal-handoff.v1", false, null));
        GoalResult waived = read(waiver("HANDOFF-COMMANDS", "", "2026-12-31")).applyTo(handoff, DAY);
        assertThat(waived.acceptance().accepted()).isTrue();
        assertThat(waived.asWarnings().breaches().get(0).waived()).isNotNull();
        assertThat(read(waiver("HANDOFF-STALE", "", "2026-12-31")).applyTo(handoff, DAY).acceptance().accepted()).isFalse();
    }

    private static List<Breach> judgement(GoalResult result) {
        return result.checks().stream().filter(c -> c.id().equals(Waivers.CHECK)).findFirst().orElseThrow().breaches();
    }

    @Test
    void aWaiverFileThatIsASymbolicLinkOutsideTheProjectIsRefusedAndWaivesNothing() throws Exception {
        Path elsewhere = Files.createTempDirectory("billing-waivers");
        Path shared = Files.writeString(elsewhere.resolve("cutover-waivers.json"), "{\n  \"schema_version\": "
                + "\"cutover-waivers.v1\",\n  \"waivers\": [\n" + waiver("GUARD-RUNTIME-SWITCH", "", "2026-12-20") + "\n  ]\n}\n");
        Files.createDirectories(project.resolve("config"));
        Files.createSymbolicLink(project.resolve("config/cutover-waivers.json"), shared);

        GoalResult result = Waivers.read(loader(), null, 14, 90, DAY)
                .applyTo(guard(switchBreach("src/main/resources/application.yml")), DAY);

        assertThat(result.passed()).isFalse();
        assertThat(result.errors()).extracting(Breach::ruleId).containsExactly("GUARD-RUNTIME-SWITCH", "FILE-MISSING");
        assertThat(result.errors().get(0).waived()).isNull();
        assertThat(result.errors().get(1)).satisfies(b -> {
            assertThat(b.file()).isEqualTo("config/cutover-waivers.json");
            assertThat(b.message()).isEqualTo("config/cutover-waivers.json is a symbolic link to " + shared
                    + "; inputs must be regular files inside the project, and links are never followed");
        });
    }

    @Test
    void aBrokenLinkAtTheDefaultWaiverPathIsRefusedNotTakenForNoFile() throws Exception {
        Files.createDirectories(project.resolve("config"));
        Files.createSymbolicLink(project.resolve("config/cutover-waivers.json"), Path.of("/nonexistent/waivers.json"));

        assertThat(Waivers.read(loader(), null, 14, 90, DAY).applyTo(guard(), DAY).errors())
                .extracting(Breach::ruleId, Breach::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FILE-MISSING", "config/cutover-waivers.json"));
    }
}
