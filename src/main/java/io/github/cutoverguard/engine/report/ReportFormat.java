package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.verdict.VerdictResult;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One report of a verdict in the report directory: its file name and its bytes. Each format is one class
 * ({@link VerdictReport}, {@link VerdictMarkdown}, {@link JUnitReport}, {@link SarifReport}); {@link ReportFormats}
 * lists them, and the writing, the log line and the reports a build clears at its start derive from that list.
 */
public interface ReportFormat {

    /** The report's file name in the report directory, e.g. {@code cutover-guardrails.sarif}. */
    String fileName();

    /** The report's bytes for {@code verdict}, naming and placing what {@code context} says. */
    byte[] render(VerdictResult verdict, ReportContext context);

    /** Writes the report into {@code directory} atomically and returns its path. */
    default Path write(VerdictResult verdict, ReportContext context, Path directory) throws IOException {
        Path target = directory.resolve(fileName());
        AtomicFiles.write(target, render(verdict, context));
        return target;
    }
}
