package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Location;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleFormatTest {

    private static final Breach TAG = Breach.error(Rule.PIN_RELEASE_TAG, "release_tag is \"v0.3.3\", baseline is \"v0.3.2\"")
            .file("config/integration-pin.json").at(new Location(3, 18)).build();

    @Test
    void lineNamesFileLocationRuleMessageAndHint() {
        assertThat(ConsoleFormat.line(TAG)).isEqualTo("config/integration-pin.json:3:18 PIN-RELEASE-TAG "
                + "release_tag is \"v0.3.3\", baseline is \"v0.3.2\" "
                + "(repin only with a matching <baseline> change and a new compatibility-matrix row)");
    }

    @Test
    void lineWithoutLocationNamesTheFileOnly() {
        Breach missing = Breach.error(Rule.FILE_MISSING, "config/pin.json does not exist\nat all").file("config/pin.json")
                .hint("create it").build();
        assertThat(ConsoleFormat.line(missing)).isEqualTo("config/pin.json FILE-MISSING config/pin.json does not exist\\nat all (create it)");
    }

    @Test
    void githubAnnotationEscapesPropertiesAndData() {
        ReportLocations module = ReportLocations.within(Path.of("/work/consumer"));
        assertThat(ConsoleFormat.githubAnnotation(TAG, module)).startsWith(
                "::error file=config/integration-pin.json,line=3,col=18,title=PIN-RELEASE-TAG::release_tag is");
        Breach odd = Breach.error(Rule.JSON_PARSE, "100% broken\nhere").file("a,b:c.json").hint("fix").build()
                .withSeverity(io.github.cutoverguard.engine.Severity.WARNING);
        assertThat(ConsoleFormat.githubAnnotation(odd, module))
                .isEqualTo("::warning file=a%2Cb%3Ac.json,title=JSON-PARSE::100%25 broken\\nhere (fix)");
    }

    @Test
    void githubAnnotationNamesTheFileFromTheRepositoryRootAndPlacesAFilelessBreachAtThePom() {
        ReportLocations module = new ReportLocations(Path.of("/work/shop"), Path.of("/work/shop/orders-client"));
        assertThat(ConsoleFormat.githubAnnotation(TAG, module)).startsWith(
                "::error file=orders-client/config/integration-pin.json,line=3,col=18,title=PIN-RELEASE-TAG::");
        Breach approval = Breach.error(Rule.CUTOVER_APPROVAL, "no approval record").at(new Location(3, 1)).build();
        assertThat(ConsoleFormat.githubAnnotation(approval, module))
                .startsWith("::error file=orders-client/pom.xml,title=CUTOVER-APPROVAL::no approval record");
        Breach outside = Breach.error(Rule.FILE_MISSING, "gone").file("../../elsewhere/pin.json").build();
        // issue #25: a file outside the repository is placed at the pom.xml, named in the text as the module reaches it
        assertThat(ConsoleFormat.githubAnnotation(outside, module))
                .startsWith("::error file=orders-client/pom.xml,title=FILE-MISSING::../../elsewhere/pin.json: gone (");
    }

    @Test
    void summaryCountsBreachesAndChecks() {
        assertThat(ConsoleFormat.summary(EvidenceReportTest.failingResult()))
                .isEqualTo("check-pin: FAIL (0 passed, 1 failed, 1 skipped; 1 breach)");
        assertThat(ConsoleFormat.summary(EvidenceReportTest.failingResult().asWarnings()))
                .startsWith("check-pin: WARN");
    }
}
