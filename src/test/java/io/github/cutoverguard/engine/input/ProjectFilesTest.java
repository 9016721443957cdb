package io.github.cutoverguard.engine.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #25, defect 9: paths as the user wrote them, never the machine's absolute paths. */
class ProjectFilesTest {

    @TempDir
    Path dir;

    @Test
    void aPathInsideTheProjectIsShownRelativeToIt() {
        ProjectFiles storefront = new ProjectFiles(dir.resolve("storefront"));

        assertThat(storefront.display(Path.of("config/integration-pin.json"))).isEqualTo("config/integration-pin.json");
        assertThat(storefront.display(dir.resolve("storefront/docs/STOCK.md"))).isEqualTo("docs/STOCK.md");
        assertThat(storefront.display(dir.resolve("storefront"))).isEqualTo(".");
    }

    @Test
    void aPathOutsideTheProjectIsShownAsTheProjectReachesIt() {
        ProjectFiles storefront = new ProjectFiles(dir.resolve("shop/storefront"));

        assertThat(storefront.display(Path.of("../inventory-service"))).isEqualTo("../inventory-service");
        assertThat(storefront.display(dir.resolve("shop/inventory-service"))).isEqualTo("../inventory-service");
        assertThat(storefront.display(dir.resolve("elsewhere/contracts/stock.v6")))
                .isEqualTo("../../elsewhere/contracts/stock.v6")
                .doesNotContain(dir.toString());
    }

    @Test
    void aFileSystemExceptionIsDescribedByItsKindAndReasonWithoutItsAbsolutePaths() {
        String file = dir.resolve("storefront/config/integration-pin.json").toString();

        assertThat(ProjectFiles.describe(new NoSuchFileException(file))).isEqualTo("NoSuchFileException");
        assertThat(ProjectFiles.describe(new AccessDeniedException(file))).isEqualTo("AccessDeniedException");
        assertThat(ProjectFiles.describe(new FileSystemException(file, file + ".tmp", "Read-only file system")))
                .isEqualTo("FileSystemException: Read-only file system");
        assertThat(ProjectFiles.describe(new IOException("Stream closed"))).isEqualTo("IOException: Stream closed");
        assertThat(ProjectFiles.describe(new IOException())).isEqualTo("IOException");
    }

    @Test
    void aLibrarysMessageNamesAKnownDirectoryAsTheUserNamedIt() {
        Path clone = dir.resolve("inventory-service");

        assertThat(ProjectFiles.withPathShown("Packfile " + clone.resolve(".git/objects/pack/p.pack") + " is corrupt",
                clone, "../inventory-service")).isEqualTo("Packfile ../inventory-service/.git/objects/pack/p.pack is corrupt");
        assertThat(ProjectFiles.withPathShown("FileNotFoundException: " + clone.resolve("sku.json").toUri(), clone,
                "contracts")).isEqualTo("FileNotFoundException: contracts/sku.json");
        assertThat(ProjectFiles.withPathShown("no repository at " + clone, clone, "")).isEqualTo("no repository at .");
    }
}
