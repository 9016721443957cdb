package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.io.WriteIntent;
import io.github.cutoverguard.engine.io.WriteJournal;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where every goal starts: a group write ({@code repin}) killed before it finished is finished or undone
 * ({@link AtomicFiles#recover}) before anything is read, with a warning saying which; one that cannot be ended without
 * losing a change made since is a configuration error naming the file and the record.
 */
final class InterruptedWrite {

    private InterruptedWrite() {
    }

    static void end(Path projectDirectory, Log log) throws MojoExecutionException {
        try {
            AtomicFiles.recover(WriteJournal.of(projectDirectory)).ifPresent(log::warn);
        } catch (WriteIntent.Refused | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not end an interrupted write: " + e.getMessage(), e);
        }
    }
}
