package io.github.cutoverguard.architecture;

import io.github.cutoverguard.engine.io.AtomicFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing the plugin does modifies a user's input file: the only code that writes, moves or
 * deletes files is {@code engine.io.AtomicFiles}, which writes reports (and the generated
 * handoff) by temporary file and rename. Every other main source is scanned for file-changing APIs.
 */
class EngineWritesOnlyReportsTest {

    private static final Pattern WRITES = Pattern.compile("(?<!\\w)Files\\.(write|writeString|newOutputStream|newBufferedWriter"
            + "|delete|deleteIfExists|move|copy|createFile|createTempFile|setLastModifiedTime|setPosixFilePermissions"
            + "|setAttribute|setOwner)\\b|FileOutputStream|FileWriter|RandomAccessFile|PrintWriter|FileChannel"
            + "|StandardOpenOption\\.(WRITE|APPEND|CREATE|TRUNCATE_EXISTING|DELETE_ON_CLOSE)");

    private static final Path ONLY_WRITER = Path.of("src/main/java/io/github/cutoverguard/engine/io/AtomicFiles.java");

    @Test
    void onlyAtomicFilesWritesFiles() throws Exception {
        List<Path> sources;
        try (var walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).contains(ONLY_WRITER).hasSizeGreaterThan(50);
        for (Path source : sources) {
            if (source.equals(ONLY_WRITER)) {
                continue;
            }
            Matcher writes = WRITES.matcher(Files.readString(source));
            assertThat(writes.find() ? writes.group() : null).as("%s changes files; write through AtomicFiles", source)
                    .isNull();
        }
    }

    @Test
    void thePatternRecognisesTheWaysToWrite() {
        for (String code : List.of("Files.write(p, b)", "Files.writeString(p, s)", "new FileOutputStream(f)",
                "Files.newOutputStream(p)", "Files.delete(p)", "Files.move(a, b)", "FileChannel.open(p, WRITE)",
                "StandardOpenOption.APPEND", "java.nio.file.Files.copy(a, b)")) {
            assertThat(WRITES.matcher(code).find()).as(code).isTrue();
        }
        assertThat(WRITES.matcher("Files.readAllBytes(p); Files.newInputStream(p); Files.walk(p); AtomicFiles.write(t, b)").find()).isFalse();
    }
}
