package io.github.cutoverguard.engine.handoff;

import io.github.cutoverguard.engine.testing.HandoffRequests;
import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.testing.Docs;
import io.github.cutoverguard.engine.testing.Fixtures;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #26 defect 4, "time is evidence too": a billing v7 → v8 rehearsal handoff back-dated to 2000-01-01 (its
 * not-before date 2000-01-15 moved with it) is older than the commit that last changed the manifest it was generated
 * from; the stale check compares the timestamp as well as the content; and {@code generate-handoff} rewrites the date
 * it is given, or says why not.
 */
class HandoffTimeTest {

    private static final String MANIFEST = "contracts/producer-contract-manifest.json";
    private static final String HANDOFF = "handoff/BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json";
    private static final Instant MANIFEST_COMMITTED = Instant.parse("2026-02-01T10:02:00Z");
    private static final Instant BACK_DATED = Instant.parse("2000-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private static String manifest() {
        return HandoffAnyTeamTest.Team.BILLING.rename(Fixtures.referenceText(ValidateHandoffTest.REHEARSAL_MANIFEST));
    }

    private static Baseline baseline() {
        return HandoffAnyTeamTest.Team.BILLING.rehearsalBaseline();
    }

    private RunContext context() {
        return new RunContext(new ProjectFiles(project), Mode.REHEARSAL, baseline(), "billing.v8", InputLimits.DEFAULT, CLOCK, null);
    }

    /** The candidate generate-handoff makes of the billing manifest, stamped {@code at}. */
    private static String candidate(Instant at) {
        JsonDocument manifest = Docs.json("manifest.json", manifest());
        return new String(HandoffGenerator.render(HandoffGenerator.generate(manifest, HandoffMeaningTest.billingSettings(),
                at)), StandardCharsets.UTF_8);
    }

    private static PersonIdent bot(Instant when) {
        return new PersonIdent("Billing Release Bot", "release-bot@billing.invalid", when, ZoneOffset.UTC);
    }

    private RevCommit commit(Git git, Instant when, String... paths) throws Exception {
        for (String path : paths) {
            git.add().addFilepattern(path).call();
        }
        return git.commit().setMessage("change " + String.join(", ", paths)).setAuthor(bot(when)).setCommitter(bot(when))
                .setSign(false).call();
    }

    /** A producer repository whose README came first and whose manifest was committed at {@link #MANIFEST_COMMITTED}. */
    private RevCommit producerRepository() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Fixtures.write(project, "README.md", "# billing producer\n");
            commit(git, Instant.parse("2026-01-20T08:00:00Z"), "README.md");
            Fixtures.write(project, MANIFEST, manifest());
            return commit(git, MANIFEST_COMMITTED, MANIFEST);
        }
    }

    private GoalResult validate(Instant configuredStamp) throws Exception {
        return HandoffRequests.validate(context(), Path.of(HANDOFF)).producerManifestFile(Path.of(MANIFEST))
                .staleCheck(HandoffMeaningTest.billingSettings())
                .expected(new ValidateHandoffRequest.Expected(null, null, configuredStamp, null)).run();
    }

    private static String staleDetail(GoalResult result) {
        return result.checks().stream().filter(c -> c.id().equals("handoff.stale")).map(CheckResult::detail)
                .findFirst().orElseThrow();
    }

    @Test
    void aHandoffBackDatedBeforeTheManifestsLastCommitIsStale() throws Exception {
        RevCommit manifestCommit = producerRepository();
        Fixtures.write(project, HANDOFF, candidate(BACK_DATED));
        assertThat(candidate(BACK_DATED)).contains("\"cutover_not_before_utc_date\": \"2000-01-15\"");

        GoalResult result = validate(null);

        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-STALE");
        Breach breach = result.errors().get(0);
        assertThat(breach.file()).isEqualTo(HANDOFF);
        assertThat(breach.jsonPointer()).isEqualTo("/generated_at_utc");
        assertThat(breach.location().line()).isEqualTo(3);
        assertThat(breach.message()).isEqualTo("generated_at_utc is 2000-01-01T00:00:00Z, before commit "
                + manifestCommit.name().substring(0, 12) + " (2026-02-01T10:02:00Z) that last changed " + MANIFEST
                + ": a handoff cannot be older than what it was generated from");
        assertThat(breach.hint()).contains("mvn cutover:generate-handoff");
        assertThat(staleDetail(result)).contains("generated on or after commit " + manifestCommit.name().substring(0, 12));
    }

    @Test
    void aHandoffGeneratedAfterTheManifestsLastCommitIsFresh() throws Exception {
        producerRepository();
        Fixtures.write(project, HANDOFF, candidate(Instant.parse("2026-02-08T11:29:52Z")));
        assertThat(validate(null).breaches()).isEmpty();
    }

    @Test
    void aHandoffGeneratedFromTheManifestAndCommittedWithItIsFresh() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            Fixtures.write(project, "README.md", "# billing producer\n");
            commit(git, Instant.parse("2026-01-20T08:00:00Z"), "README.md");
            Fixtures.write(project, MANIFEST, manifest());
            // generated a minute before the one commit that adds both: the handoff cannot name a commit not yet made
            Fixtures.write(project, HANDOFF, candidate(MANIFEST_COMMITTED.minusSeconds(60)));
            commit(git, MANIFEST_COMMITTED, MANIFEST, HANDOFF);
        }
        assertThat(validate(null).breaches()).isEmpty();
    }

    @Test
    void aShallowClonesBoundaryIsNoEvidence() throws Exception {
        RevCommit manifestCommit = producerRepository();
        // a depth-1 clone marks its only commit shallow: that commit seems to add every file, the manifest included
        Files.writeString(project.resolve(".git/shallow"), manifestCommit.name() + "\n");
        Fixtures.write(project, HANDOFF, candidate(BACK_DATED));
        GoalResult result = validate(null);
        assertThat(result.breaches()).isEmpty();
        assertThat(staleDetail(result)).contains("no git history of " + MANIFEST);
    }

    @Test
    void withoutGitTheCheckSaysTheTimeWasNotJudged() throws Exception {
        Fixtures.write(project, MANIFEST, manifest());
        Fixtures.write(project, HANDOFF, candidate(BACK_DATED));
        GoalResult result = validate(null);
        assertThat(result.breaches()).isEmpty();
        assertThat(staleDetail(result)).contains("no git history of " + MANIFEST);
    }

    @Test
    void theStaleCheckComparesTheConfiguredTimestampToo() throws Exception {
        Fixtures.write(project, MANIFEST, manifest());
        Fixtures.write(project, HANDOFF, candidate(Instant.parse("2026-02-08T11:29:52Z")));

        GoalResult result = validate(Instant.parse("2026-02-20T00:00:00Z"));

        assertThat(result.failedRuleIds()).containsExactly("HANDOFF-STALE");
        Breach breach = result.errors().get(0);
        assertThat(breach.file()).isEqualTo(HANDOFF);
        assertThat(breach.message()).isEqualTo(HANDOFF + " drifted from " + MANIFEST + " (diff below: - committed, "
                + "+ regenerated at 2026-02-20T00:00:00Z, the configured generation time)");
        assertThat(breach.details()).contains("-  \"generated_at_utc\": \"2026-02-08T11:29:52Z\",")
                .contains("+  \"generated_at_utc\": \"2026-02-20T00:00:00Z\",");
        assertThat(validate(Instant.parse("2026-02-08T11:29:52Z")).breaches()).isEmpty();
    }

    private GenerateHandoff.Generated generate(Instant generatedAt) throws Exception {
        return GenerateHandoff.run(new GenerateHandoffRequest(context(), Path.of(MANIFEST), Path.of(HANDOFF),
                HandoffMeaningTest.billingSettings(), generatedAt));
    }

    @Test
    void generateHandoffRewritesTheDateItIsGiven() throws Exception {
        producerRepository();
        Fixtures.write(project, HANDOFF, candidate(Instant.parse("2026-02-08T11:29:52Z")));

        GenerateHandoff.Generated generated = generate(Instant.parse("2026-02-20T00:00:00Z"));

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        assertThat(Files.readString(project.resolve(HANDOFF))).isEqualTo(candidate(Instant.parse("2026-02-20T00:00:00Z")));
    }

    @Test
    void generateHandoffRefusesADateBeforeTheManifestsLastCommitAndSaysWhy() throws Exception {
        RevCommit manifestCommit = producerRepository();
        String committed = candidate(Instant.parse("2026-02-08T11:29:52Z"));
        Fixtures.write(project, HANDOFF, committed);

        GenerateHandoff.Generated generated = generate(BACK_DATED);

        assertThat(generated.outcome()).isEqualTo(GenerateHandoff.Outcome.NOT_GENERATED);
        assertThat(Files.readString(project.resolve(HANDOFF))).isEqualTo(committed);
        assertThat(generated.result().failedRuleIds()).containsExactly("HANDOFF-STALE");
        assertThat(generated.result().errors().get(0).message()).isEqualTo("generated_at_utc would be "
                + "2000-01-01T00:00:00Z, before commit " + manifestCommit.name().substring(0, 12)
                + " (2026-02-01T10:02:00Z) that last changed " + MANIFEST
                + ": a handoff cannot be older than what it was generated from");
    }

    @Test
    void withoutAConfiguredDateAFreshHandoffKeepsItsDateAndABackDatedOneIsRestamped() throws Exception {
        producerRepository();
        String committed = candidate(Instant.parse("2026-02-08T11:29:52Z"));
        Fixtures.write(project, HANDOFF, committed);
        assertThat(generate(null).outcome()).isEqualTo(GenerateHandoff.Outcome.UNCHANGED);
        assertThat(Files.readString(project.resolve(HANDOFF))).isEqualTo(committed);

        Fixtures.write(project, HANDOFF, candidate(BACK_DATED));
        GenerateHandoff.Generated restamped = generate(null);
        assertThat(restamped.outcome()).isEqualTo(GenerateHandoff.Outcome.WRITTEN);
        assertThat(Files.readString(project.resolve(HANDOFF))).isEqualTo(candidate(CLOCK.instant()));
    }
}
