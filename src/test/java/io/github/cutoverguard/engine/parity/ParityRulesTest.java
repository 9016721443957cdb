package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.input.TreeEntry;
import io.github.cutoverguard.engine.Breach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Each parity rule on its own, from hand-built packs. */
class ParityRulesTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static ContractPack pack(String display, Map<String, String> sha256, TreeEntry.Unfollowed... unfollowed) {
        Map<String, TreeEntry.Unfollowed> skipped = new TreeMap<>();
        for (TreeEntry.Unfollowed u : unfollowed) {
            skipped.put(u.relativePath(), u);
        }
        return new ContractPack(Path.of(display), display, new TreeMap<>(sha256), new TreeMap<>(skipped));
    }

    private static TreeEntry.Unfollowed unfollowed(String rel, TreeEntry.Reason reason, String detail) {
        return new TreeEntry.Unfollowed(rel, Path.of(rel), reason, detail);
    }

    @Test
    void eachRuleRaisesItsOwnIdWithTheRuleConstant() {
        assertThat(FilesPresentInMirror.RULE.id()).isEqualTo("PARITY-MISSING");
        assertThat(NoExtraFilesInMirror.RULE.id()).isEqualTo("PARITY-EXTRA");
        assertThat(FilesIdenticalInMirror.RULE.id()).isEqualTo("PARITY-DIFFERENT");
        assertThat(PackFilesReadable.RULE.id()).isEqualTo("FILE-MISSING");
    }

    @Test
    void identicalFilesRaiseNothing() {
        ContractPack canonical = pack("contracts", Map.of("x.json", A));
        assertThat(VerifyParity.compare(canonical, pack("m", Map.of("x.json", A)))).isEmpty();
    }

    @Test
    void unreadableMirrorFileIsFileMissingNotADifference() {
        ContractPack canonical = pack("contracts", Map.of("x.json", A));
        ContractPack mirror = pack("m", Map.of(),
                unfollowed("x.json", TreeEntry.Reason.UNREADABLE, "cannot be read: AccessDeniedException m/x.json"));
        assertThat(VerifyParity.compare(canonical, mirror)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo("m/x.json");
            assertThat(b.message()).isEqualTo("m/x.json cannot be read: AccessDeniedException m/x.json");
        });
    }

    @Test
    void linkInTheMirrorIsDifferentWhereTheCanonicalHasAFileElseExtra() {
        ContractPack canonical = pack("contracts", Map.of("x.json", A),
                unfollowed("z.json", TreeEntry.Reason.SYMBOLIC_LINK, "is a symbolic link to q, which does not exist"));
        ContractPack mirror = pack("m", Map.of(),
                unfollowed("x.json", TreeEntry.Reason.SYMBOLIC_LINK, "is a symbolic link to /etc/x, outside m"),
                unfollowed("y.json", TreeEntry.Reason.NOT_A_FILE, "is not a regular file"),
                unfollowed("z.json", TreeEntry.Reason.SYMBOLIC_LINK, "is a symbolic link to /etc/z, outside m"));
        assertThat(VerifyParity.compare(canonical, mirror)).extracting(Breach::ruleId, Breach::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PARITY-DIFFERENT", "m/x.json"),
                org.assertj.core.groups.Tuple.tuple("PARITY-EXTRA", "m/y.json"),
                org.assertj.core.groups.Tuple.tuple("PARITY-EXTRA", "m/z.json"));
    }

    @Test
    void canonicalPathsThatCannotBeReadAreReportedOnceNotPerMirror() {
        ContractPack canonical = pack("contracts", Map.of(),
                unfollowed("x.json", TreeEntry.Reason.SYMBOLIC_LINK, "is a symbolic link to /etc/x, outside contracts"));
        assertThat(VerifyParity.compare(canonical, pack("m", Map.of("x.json", B)))).isEmpty();
        assertThat(PackFilesReadable.canonicalEntries(canonical)).singleElement().satisfies(b -> {
            assertThat(b.ruleId()).isEqualTo("FILE-MISSING");
            assertThat(b.file()).isEqualTo("contracts/x.json");
            assertThat(b.message()).isEqualTo("canonical contracts/x.json is a symbolic link to /etc/x, outside contracts");
        });
    }

    @Test
    void breachesCarryTheCatalogRuleAndBothHashes() {
        ContractPack canonical = pack("contracts", Map.of("x.json", A, "gone.json", A));
        ContractPack mirror = pack("m", Map.of("x.json", B, "new.json", B));
        assertThat(VerifyParity.compare(canonical, mirror)).extracting(Breach::ruleId, Breach::expected, Breach::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PARITY-MISSING", A, null),
                        org.assertj.core.groups.Tuple.tuple("PARITY-EXTRA", null, B),
                        org.assertj.core.groups.Tuple.tuple("PARITY-DIFFERENT", A, B));
    }
}
