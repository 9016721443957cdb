package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Mode;
import io.github.cutoverguard.engine.git.WorkTreeSource;
import io.github.cutoverguard.engine.verdict.VerdictResult;
import io.github.cutoverguard.engine.verdict.VerdictTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.github.cutoverguard.engine.verdict.VerdictTestData.breach;
import static io.github.cutoverguard.engine.verdict.VerdictTestData.goal;
import static org.assertj.core.api.Assertions.assertThat;

/** The one list of report formats: what a verdict writes, and the names the build's log and the clearing use. */
class ReportFormatsTest {

    @TempDir
    Path dir;

    private static VerdictResult verdict() {
        return VerdictTestData.verdict(Mode.REHEARSAL, List.of(VerdictTestData.passingPin(),
                goal("check-pin", "pin.baseline", breach("PIN-RELEASE-TAG", "config/integration-pin.json", 3, 18))));
    }

    @Test
    void theVerdictsFourReportsAreListedOnceMarkdownFirst() {
        assertThat(ReportFormats.fileNames()).containsExactly("verdict.md", "verdict.json",
                "TEST-cutover-guardrails.xml", "cutover-guardrails.sarif");
    }

    @Test
    void writeAllWritesEachFormatsBytesUnderItsNameAndNothingElse() throws Exception {
        ReportContext context = new ReportContext(new VerdictSubject("storefront",
                new WorkTreeSource("1a2b3c4d5e6f70819a2b3c4d5e6f70819a2b3c4d", "main", false)), "2.1.0",
                ReportLocations.within(dir));

        VerdictResult verdict = verdict();
        ReportFormats.writeAll(verdict, context, dir);

        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    ReportFormats.fileNames());
        }
        for (ReportFormat format : ReportFormats.ALL) {
            assertThat(Files.readAllBytes(dir.resolve(format.fileName()))).as(format.fileName())
                    .isEqualTo(format.render(verdict, context));
        }
        assertThat(Files.readString(dir.resolve("verdict.md"))).contains("storefront at 1a2b3c4");
        assertThat(Files.readString(dir.resolve("cutover-guardrails.sarif"))).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void aContextWithoutVersionNamesItUnknown() {
        assertThat(ReportContext.within(dir).pluginVersion()).isEqualTo("unknown");
        assertThat(new String(new SarifReport().render(verdict(), ReportContext.within(dir)),
                StandardCharsets.UTF_8)).contains("\"version\" : \"unknown\"");
    }
}
