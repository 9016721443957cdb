package io.github.cutoverguard.engine.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One governance document to check: it must exist, carry an {@code Updated: YYYY-MM-DD} marker
 * when asked, and contain each line (after {@code ${pin.*}} expansion).
 */
public record DocumentSpec(Path path, boolean requireUpdatedMarker, List<String> mustContain) {

    public DocumentSpec {
        Objects.requireNonNull(path, "path");
        mustContain = mustContain == null ? List.of() : List.copyOf(mustContain);
    }
}
