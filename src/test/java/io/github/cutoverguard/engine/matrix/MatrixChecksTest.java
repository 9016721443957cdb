package io.github.cutoverguard.engine.matrix;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.cutoverguard.engine.testing.Docs.REHEARSAL_BASELINE;
import static org.assertj.core.api.Assertions.assertThat;

class MatrixChecksTest {

    static final String MATRIX = MatrixChecksTestData.MATRIX;

    private static CompatibilityMatrix matrix(String text) {
        return CompatibilityMatrix.of(Docs.raw("docs/COMPATIBILITY_MATRIX.md", text));
    }

    @Test
    void matrixWithBaselineLinesAndApprovedRowPasses() {
        assertThat(new MatrixCarriesBaseline(REHEARSAL_BASELINE).check(matrix(MATRIX))).isEmpty();
        assertThat(new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(MATRIX))).isEmpty();
    }

    @Test
    void crlfLineEndsAndAnyProductNameAreAccepted() {
        String crlf = MATRIX.replace("MemoryKernel", "Ledger Service").replace("\n", "\r\n");
        assertThat(new MatrixCarriesBaseline(REHEARSAL_BASELINE).check(matrix(crlf))).isEmpty();
        assertThat(new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(crlf))).isEmpty();
    }

    @Test
    void releaseTagLineNamingAnotherTagFailsAtItsLine() {
        List<Breach> breaches = new MatrixCarriesBaseline(REHEARSAL_BASELINE)
                .check(matrix(MATRIX.replace("release tag: `v0.3.2`", "release tag: `v0.3.1`")));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("MATRIX-BASELINE");
            assertThat(b.location()).isEqualTo(Location.ofLine(4));
            assertThat(b.message()).isEqualTo("MemoryKernel release tag is \"v0.3.1\", baseline is \"v0.3.2\"");
        });
    }

    @Test
    void onlyLineFeedsAndCarriageReturnsBreakLines() {
        // found by fuzzing (EngineEntryPointsFuzzTest#compatibilityMatrix): \\R also broke lines at form feeds
        String text = MATRIX.replace("compatibility matrix", "compatibility matrix\f\u000B\u0085\u2028\u2029")
                .replace("release tag: `v0.3.2`", "release tag: `v0.3.1`");
        assertThat(new MatrixCarriesBaseline(REHEARSAL_BASELINE).check(matrix(text)))
                .singleElement().satisfies(b -> assertThat(b.location()).isEqualTo(Location.ofLine(4)));
    }

    @Test
    void missingShaLineFails() {
        List<Breach> breaches = new MatrixCarriesBaseline(REHEARSAL_BASELINE)
                .check(matrix(MATRIX.replace("- MemoryKernel commit SHA: `cf331449e1589581a5dcbb3adecd3e9ae4509277`\n", "")));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("MATRIX-BASELINE");
            assertThat(b.message()).contains("commit SHA");
            assertThat(b.location().isKnown()).isFalse();
        });
    }

    @Test
    void unmentionedContractVersionFails() {
        List<Breach> breaches = new MatrixCarriesBaseline(REHEARSAL_BASELINE)
                .check(matrix(MATRIX.replace("integration/v1", "integration/v10")));
        assertThat(breaches).singleElement().satisfies(b -> assertThat(b.message()).contains("\"integration/v1\""));
    }

    @Test
    void matrixWithoutTheApprovedRowFails() {
        String withoutRow = MATRIX.substring(0, MATRIX.indexOf("| 2026-02-01"));
        List<Breach> breaches = new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(withoutRow));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("MATRIX-APPROVED-ROW");
            assertThat(b.message()).contains("side by side");
        });
    }

    @Test
    void rowWithTheTagButAnotherShaFailsAtThatRow() {
        String otherSha = MATRIX.replace("| `cf331449e1589581a5dcbb3adecd3e9ae4509277` |", "| `ffffffffffffffffffffffffffffffffffffffff` |");
        List<Breach> breaches = new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(otherSha));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.location()).isEqualTo(Location.ofLine(11));
            assertThat(b.actual()).isEqualTo("v0.3.2 | ffffffffffffffffffffffffffffffffffffffff");
        });
    }

    @Test
    void tagAndShaInNonAdjacentCellsDoNotCount() {
        String apart = MATRIX.replace("| `v0.3.2` | `cf331449e1589581a5dcbb3adecd3e9ae4509277` |",
                "| `v0.3.2` | x | `cf331449e1589581a5dcbb3adecd3e9ae4509277` |");
        assertThat(new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(apart)))
                .extracting(Breach::ruleId).containsExactly("MATRIX-APPROVED-ROW");
    }

    @Test
    void revokedSupersededOrRejectedRowDoesNotCountAsTheApprovedPair() {
        for (String status : List.of("Revoked", "Superseded", "Rejected")) {
            String notApproved = MATRIX.replace("integration/v1 | Approved |", "integration/v1 | " + status + " |");
            List<Breach> breaches = new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(notApproved));
            assertThat(breaches).as(status).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("MATRIX-APPROVED-ROW");
                assertThat(b.location()).isEqualTo(Location.ofLine(11));
                assertThat(b.message()).contains("v0.3.2").contains("status is " + status).contains("not Approved");
                assertThat(b.actual()).isEqualTo(status);
                assertThat(b.expected()).isEqualTo("Approved");
            });
        }
    }

    @Test
    void rowWithoutAnyStatusDoesNotCount() {
        String noStatus = MATRIX.replace("integration/v1 | Approved |", "integration/v1 | |");
        assertThat(new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(noStatus)))
                .singleElement().satisfies(b -> assertThat(b.message()).contains("no status"));
    }

    @Test
    void approvedRowOfAnyTeamCountsWithEmphasisOrCaseInTheStatus() {
        String billing = MATRIX.replace("integration/v1 | Approved |", "integration/v1 | **approved** |");
        assertThat(new MatrixHasApprovedRow(REHEARSAL_BASELINE).check(matrix(billing))).isEmpty();
    }
}
