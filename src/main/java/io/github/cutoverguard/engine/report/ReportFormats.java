package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.verdict.VerdictResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Every report a verdict writes, in the one list a new format joins: {@link #writeAll} writes them, {@link #fileNames}
 * names them for the build's log and for {@link ReportFiles}, which clears them when a build starts.
 */
public final class ReportFormats {

    /** The verdict's reports, {@code verdict.md} first: the one a person opens, which the build's log shows by path. */
    public static final List<ReportFormat> ALL = List.of(new VerdictMarkdown(), new VerdictReport(), new JUnitReport(),
            new SarifReport());

    private ReportFormats() {
    }

    /** The file names of the verdict's reports, in {@link #ALL}'s order. */
    public static List<String> fileNames() {
        return ALL.stream().map(ReportFormat::fileName).toList();
    }

    /** Writes every report of {@code verdict} into {@code directory}, each atomically. */
    public static void writeAll(VerdictResult verdict, ReportContext context, Path directory) throws IOException {
        for (ReportFormat format : ALL) {
            format.write(verdict, context, directory);
        }
    }
}
