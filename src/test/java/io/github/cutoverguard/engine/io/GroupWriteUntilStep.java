package io.github.cutoverguard.engine.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link GroupWriteKillTest}: writes a storefront's repin of its {@code inventory} pin
 * ({@code stock.v5} -> {@code stock.v6}: pin and mirror changed, a new matrix) as {@code repin} does, and halts the JVM
 * ({@code Runtime.halt}: no finally block, no shutdown hook, as a SIGKILL) right after step {@code args[1]}.
 */
public final class GroupWriteUntilStep {

    private GroupWriteUntilStep() {
    }

    /** The files before the write, relative to the project ({@code null}: absent). */
    static final List<String[]> FILES = List.of(
            new String[] {"config/integration-pin.json",
                    "{\n  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n  \"release_tag\": \"v5.2.0\",\n"
                            + "  \"service_contract\": \"stock.v5\"\n}\n",
                    "{\n  \"inventory_repo\": \"https://git.example.org/inventory.git\",\n  \"release_tag\": \"v6.0.0\",\n"
                            + "  \"service_contract\": \"stock.v6\"\n}\n"},
            new String[] {"config/producer-manifest.json", "{\"release_tag\": \"v5.2.0\", \"service_contract\": \"stock.v5\"}\n",
                    "{\"release_tag\": \"v6.0.0\", \"service_contract\": \"stock.v6\"}\n"},
            new String[] {"docs/COMPATIBILITY_MATRIX.md", null,
                    "# Compatibility matrix\n\n| Storefront | Inventory | Status |\n|---|---|---|\n| 3.1 | v6.0.0 | approved |\n"});

    /** The steps of the write of {@link #FILES}: the record, two per staged file, one per rename, the record's removal. */
    static final int STEPS = 1 + 3 * 3 + 1;

    /** Writes the files as they were before into {@code project}. */
    static void before(Path project) throws Exception {
        for (String[] file : FILES) {
            Path path = project.resolve(file[0]);
            Files.deleteIfExists(path);
            if (file[1] != null) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file[1]);
            }
        }
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int haltAfter = Integer.parseInt(args[1]);
        List<AtomicFiles.Change> changes = FILES.stream().map(f -> new AtomicFiles.Change(project.resolve(f[0]),
                bytes(f[1]), bytes(f[2]))).toList();
        AtomicFiles.writeAll(WriteJournal.of(project), "repin", changes, step -> {
            if (step == haltAfter) {
                Runtime.getRuntime().halt(137);
            }
        });
    }
}
