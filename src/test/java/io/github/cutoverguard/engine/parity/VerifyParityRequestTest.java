package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link VerifyParityRequest}: verify-parity's own default selection of a contract pack's files. */
class VerifyParityRequestTest {

    @Test
    void defaultIncludesMatchJsonAtEveryDepthIncludingTheTopLevel() {
        GlobSelection json = VerifyParityRequest.selection(null, null);
        assertThat(json.includes()).containsExactly("**/*.json");
        assertThat(json.selectsFile("manifest.json")).isTrue();
        assertThat(json.selectsFile("schemas/a.schema.json")).isTrue();
        assertThat(json.selectsFile("a/b/c/d.json")).isTrue();
        assertThat(json.selectsFile("README.md")).isFalse();
        assertThat(json.selectsFile("schemas/a.json.bak")).isFalse();
        assertThat(VerifyParityRequest.selection(List.of(" ", ""), null).includes()).containsExactly("**/*.json");
    }

    @Test
    void aRequestWithoutSelectionComparesTheDefaultIncludes() {
        VerifyParityRequest request = new VerifyParityRequest(new RunContext(new ProjectFiles(Path.of("p")), null,
                null, null, null, null, null), Path.of("contracts"), null, null, false, 1);
        assertThat(request.selection().includes()).isEqualTo(VerifyParityRequest.DEFAULT_INCLUDES);
        assertThat(request.selection().excludes()).isEmpty();
    }
}
