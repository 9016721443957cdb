package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.report.ReportFormats;
import io.github.cutoverguard.engine.report.ReportContext;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.Severity;
import io.github.cutoverguard.engine.report.ReportLocations;
import io.github.cutoverguard.engine.report.SarifReport;
import io.github.cutoverguard.engine.report.VerdictSubject;
import io.github.cutoverguard.engine.testing.ProducerReleases;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check-pin} for a storefront pinned to inventory {@code v5.2.0} when the producer force-moves the tag to a later
 * code commit, leaving the manifest alone: the pinned SHA is still an ancestor of the tag, so only the commit the pin
 * recorded for the tag ({@code release_tag_commit_sha}) tells the move.
 */
class CheckPinTagMovedAfterPinTest {

    @TempDir
    Path root;
    private StorefrontPinsInventory fixture;
    private ProducerReleases inventory;
    private ProducerReleases.Release release;
    private Path storefront;

    @BeforeEach
    void inventoryRelease() {
        fixture = new StorefrontPinsInventory(root);
        inventory = fixture.inventory;
        release = fixture.release;
        storefront = fixture.storefront;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The storefront's pin, with {@code "release_tag_commit_sha": recorded} after commit_sha unless {@code null}. */
    private GoalResult checkPin(String recorded) {
        return fixture.checkPin(release.code(), recorded, "stock.v5");
    }

    /** How the clone is named: as the project reaches it (issue #25: never the machine's absolute path). */
    private String inventoryClone() {
        return "../inventory";
    }

    private static CheckResult check(GoalResult result, String id) {
        return result.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void tagMovedAfterThePinFailsWithGitTagShaNamingBothCommits() {
        String moved = inventory.moveTag("v5.2.0", "src/StockService.java", "class StockService { /* changed */ }\n");

        GoalResult result = checkPin(release.tagged());

        assertThat(result.failedRuleIds()).containsExactly("GIT-TAG-SHA");
        Breach breach = result.errors().get(0);
        assertThat(breach.file()).isEqualTo("config/integration-pin.json");
        assertThat(breach.location()).isEqualTo(new Location(5, 29));
        assertThat(breach.jsonPointer()).isEqualTo("/release_tag_commit_sha");
        assertThat(breach.expected()).isEqualTo(release.tagged());
        assertThat(breach.actual()).isEqualTo(moved);
        assertThat(breach.message()).isEqualTo("tag v5.2.0 resolves to " + moved + " in " + inventoryClone() + ", but the pin "
                + "recorded " + release.tagged() + " (release_tag_commit_sha): the tag was moved after the pin was written");
        assertThat(breach.hint()).contains("if the move is legitimate, record it in a reviewed change: "
                + "mvn cutover:repin -Dcutover.producerRepository=" + inventoryClone());
        assertThat(check(result, "manifest.source").status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void noReportNamesTheMachinesAbsolutePathOfTheClone() throws Exception {
        // issue #25: the POM names the clone beside the storefront (../inventory); Maven hands it over resolved
        inventory.moveTag("v5.2.0", "src/StockService.java", "class StockService { /* changed */ }\n");
        VerdictResult verdict = VerdictTestData.verdict(Mode.REHEARSAL, List.of(checkPin(release.tagged())));
        Path reports = storefront.resolve("target/cutover-guardrails");
        Files.createDirectories(reports);

        ReportFormats.writeAll(verdict, new ReportContext(new VerdictSubject("storefront", null), "1.0.0",
                new ReportLocations(storefront, storefront)), reports);

        try (Stream<Path> written = Files.list(reports)) {
            for (Path report : written.toList()) {
                assertThat(Files.readString(report)).as(report.getFileName().toString())
                        .doesNotContain(root.toString()).doesNotContain(root.toUri().toString());
            }
        }
        assertThat(Files.readString(reports.resolve("verdict.md"))).contains(" in ../inventory, but ");
        assertThat(Files.readString(reports.resolve(SarifReport.FILE_NAME))).contains(" in ../inventory, but ");
    }

    @Test
    void tagWhereThePinRecordedItPasses() {
        GoalResult result = checkPin(release.tagged());

        assertThat(result.breaches()).isEmpty();
        assertThat(check(result, "git.tag-sha").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(result, "git.tag-sha").detail()).endsWith(", the commit the pin records");
        assertThat(check(result, "manifest.source").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aPinWithoutTheRecordGetsOneNoticeWithTheCommandThatAddsIt() {
        GoalResult result = checkPin(null);

        assertThat(result.passed()).isTrue();
        assertThat(result.breaches()).singleElement().satisfies(notice -> {
            assertThat(notice.ruleId()).isEqualTo("GIT-TAG-SHA");
            assertThat(notice.severity()).isEqualTo(Severity.WARNING);
            assertThat(notice.file()).isEqualTo("config/integration-pin.json");
            assertThat(notice.location()).isEqualTo(new Location(4, 17));
            assertThat(notice.message()).isEqualTo("the pin does not record the commit tag v5.2.0 resolves to "
                    + "(release_tag_commit_sha; it is " + release.tagged() + " in " + inventoryClone() + "): a move of the tag "
                    + "after the pin would go unnoticed");
            assertThat(notice.hint()).isEqualTo("record it: mvn cutover:repin -Dcutover.producerRepository=" + inventoryClone() + " "
                    + "with the same <baseline> adds only release_tag_commit_sha (in rehearsal mode too); commit the pin "
                    + "in its own reviewed change");
        });
        assertThat(check(result, "git.tag-sha").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(result, "manifest.source").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aRecordThatIsNoFullLowercaseShaIsAPinFormatBreach() {
        GoalResult result = checkPin(release.tagged().toUpperCase(java.util.Locale.ROOT));

        assertThat(result.failedRuleIds()).containsExactly("PIN-FORMAT");
        assertThat(result.errors().get(0).jsonPointer()).isEqualTo("/release_tag_commit_sha");
    }
}
